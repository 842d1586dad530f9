"""The M-step: the mixture's parameters from the responsibilities γᵢₖ, and the precisions' Cholesky factors.

    (1) Nₖ = Σᵢ γᵢₖ (+ 10 ε, so that an empty component divides by something)
    (2) πₖ = Nₖ / N
    (3) μₖ = (1/Nₖ) Σᵢ γᵢₖ xᵢ
    (4) Σₖ = (1/Nₖ) Σᵢ γᵢₖ (xᵢ − μₖ)(xᵢ − μₖ)ᵀ + reg_covar · I          'full'
        Σ  = (1/N) (Σᵢ xᵢxᵢᵀ − Σₖ Nₖ μₖμₖᵀ) + reg_covar · I            'tied' (one for all components)
        σ²ₖⱼ = (1/Nₖ) Σᵢ γᵢₖ x²ᵢⱼ − μ²ₖⱼ + reg_covar                   'diag'
        σ²ₖ = mean over j of σ²ₖⱼ                                      'spherical'
    (5) Σₖ = Lₖ Lₖᵀ (Cholesky), Uₖ = (Lₖ⁻¹)ᵀ, so that Λₖ = Σₖ⁻¹ = Uₖ Uₖᵀ

reg_covar keeps every Σₖ invertible when a component collapses onto a few points.
"""

import numpy as np

from mldlab.i18n import message


def estimate_gaussian_parameters(X: np.ndarray, resp: np.ndarray, reg_covar: float,
                                 covariance_type: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(1), (3), (4): Nₖ (not yet divided by N), μₖ and the covariances."""
    N_k = np.sum(resp, axis=0) + 10 * np.finfo(resp.dtype).eps  # (1)
    means = (resp.T @ X) / N_k[:, None]  # (3)
    K, d = means.shape
    if covariance_type == "full":
        covariances = np.empty((K, d, d))
        for k in range(K):
            diff = X - means[k]
            covariances[k] = ((resp[:, k] * diff.T) @ diff) / N_k[k]
            covariances[k].flat[:: d + 1] += reg_covar
    elif covariance_type == "tied":
        covariances = X.T @ X - N_k * means.T @ means
        covariances /= np.sum(N_k)
        covariances.flat[:: d + 1] += reg_covar
    else:
        covariances = (resp.T @ (X * X)) / N_k[:, None] - means**2 + reg_covar
        if covariance_type == "spherical":
            covariances = np.mean(covariances, axis=1)
    return N_k, means, covariances


def precisions_cholesky(covariances: np.ndarray, covariance_type: str) -> np.ndarray:
    """(5) Uₖ from Σₖ; a covariance that is not positive definite is a clear error, not a NaN."""
    if covariance_type in ("full", "tied"):
        matrices = covariances if covariance_type == "full" else covariances[None]
        d = matrices.shape[-1]
        U = np.empty_like(matrices)
        for k, sigma in enumerate(matrices):
            try:
                L = np.linalg.cholesky(sigma)
            except np.linalg.LinAlgError:
                raise ValueError(message("gmm_ill_defined", component=k)) from None
            U[k] = np.linalg.solve(L, np.eye(d)).T
        return U if covariance_type == "full" else U[0]
    if np.any(covariances <= 0.0):
        raise ValueError(message("gmm_ill_defined", component=int(np.argwhere(covariances <= 0.0)[0][0])))
    return 1.0 / np.sqrt(covariances)


def cholesky_of_precisions(precisions: np.ndarray, covariance_type: str) -> np.ndarray:
    """Uₖ from given precisions Λₖ: the upper-triangular U with Λ = U Uᵀ (the Cholesky factor of Λ with its rows
    and columns reversed, reversed back), the same factor (5) gives."""
    if covariance_type == "full":
        return np.stack([_upper_cholesky(P) for P in precisions])
    if covariance_type == "tied":
        return _upper_cholesky(precisions)
    return np.sqrt(precisions)


def precisions_from_cholesky(U: np.ndarray, covariance_type: str) -> np.ndarray:
    """Λₖ = Uₖ Uₖᵀ (for 'diag' and 'spherical', λ = u²)."""
    if covariance_type == "full":
        return U @ np.swapaxes(U, 1, 2)
    if covariance_type == "tied":
        return U @ U.T
    return U**2


def covariances_from_precisions(precisions: np.ndarray, covariance_type: str) -> np.ndarray:
    """Σₖ = Λₖ⁻¹, for a mixture given all of its parameters and fitted with ``max_iter=0``."""
    if covariance_type in ("full", "tied"):
        return np.linalg.inv(precisions)
    return 1.0 / precisions


def _upper_cholesky(P: np.ndarray) -> np.ndarray:
    return np.linalg.cholesky(P[::-1, ::-1])[::-1, ::-1]
