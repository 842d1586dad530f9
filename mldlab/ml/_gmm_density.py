"""The E-step's arithmetic: log 𝒩(x | μₖ, Σₖ) for every sample and component, from the precision's Cholesky factor.

With Λₖ = Σₖ⁻¹ the precision and Uₖ its Cholesky factor (Λₖ = Uₖ Uₖᵀ, as ``precisions_cholesky_``), d features:

    (1) log 𝒩(x | μₖ, Σₖ) = −½ (d log 2π + ‖(x − μₖ)ᵀ Uₖ‖²) + log det Uₖ
        since (x − μₖ)ᵀ Λₖ (x − μₖ) = ‖(x − μₖ)ᵀ Uₖ‖²  and  −½ log det Σₖ = ½ log det Λₖ = log det Uₖ
    (2) log πₖ 𝒩(xᵢ | μₖ, Σₖ), then log p(xᵢ) = log Σₖ πₖ 𝒩(xᵢ | μₖ, Σₖ) by log-sum-exp (no underflow)
    (3) responsibilities γᵢₖ = πₖ 𝒩(xᵢ | μₖ, Σₖ) / p(xᵢ), kept as logarithms

Uₖ is a (d, d) triangular matrix for 'full', one matrix for all components for 'tied', the square roots of the
diagonal precisions (K, d) for 'diag', and one number per component (K,) for 'spherical'.
"""

import math

import numpy as np


def log_det_cholesky(U: np.ndarray, covariance_type: str, n_features: int) -> np.ndarray:
    """log det Uₖ = Σⱼ log Uₖ[j, j] for each component (one number for 'tied')."""
    if covariance_type == "full":
        return np.sum(np.log(np.diagonal(U, axis1=1, axis2=2)), axis=1)
    if covariance_type == "tied":
        return np.sum(np.log(np.diagonal(U)))
    if covariance_type == "diag":
        return np.sum(np.log(U), axis=1)
    return n_features * np.log(U)


def log_gaussian_prob(X: np.ndarray, means: np.ndarray, U: np.ndarray, covariance_type: str) -> np.ndarray:
    """(1) log 𝒩(xᵢ | μₖ, Σₖ) as an (n_samples, n_components) array."""
    n, d = X.shape
    K = len(means)
    if covariance_type in ("full", "tied"):
        squared = np.empty((n, K))
        for k in range(K):
            U_k = U[k] if covariance_type == "full" else U
            y = X @ U_k - means[k] @ U_k  # (x − μₖ)ᵀ Uₖ
            squared[:, k] = np.sum(np.square(y), axis=1)
    elif covariance_type == "diag":  # Σⱼ λₖⱼ (xⱼ − μₖⱼ)², expanded into matrix products
        precisions = U**2
        squared = (np.sum(means**2 * precisions, axis=1) - 2.0 * (X @ (means * precisions).T)
                   + (X**2 @ precisions.T))
    else:  # λₖ ‖x − μₖ‖²
        precisions = U**2
        squared = (np.sum(means**2, axis=1) * precisions - 2 * (X @ means.T * precisions)
                   + np.outer(np.einsum("ij,ij->i", X, X), precisions))
    return -0.5 * (d * math.log(2 * math.pi) + squared) + log_det_cholesky(U, covariance_type, d)


def logsumexp(a: np.ndarray) -> np.ndarray:
    """log Σₖ exp(aᵢₖ) for each row, computed as m + log Σₖ exp(aᵢₖ − m) with m = maxₖ aᵢₖ (no overflow)."""
    m = np.max(a, axis=1, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    with np.errstate(divide="ignore"):
        return (m + np.log(np.sum(np.exp(a - m), axis=1, keepdims=True)))[:, 0]


def log_resp(weighted_log_prob: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(2) and (3): log p(xᵢ) and log γᵢₖ from log πₖ 𝒩(xᵢ | μₖ, Σₖ)."""
    log_p = logsumexp(weighted_log_prob)
    with np.errstate(under="ignore"):
        return log_p, weighted_log_prob - log_p[:, None]
