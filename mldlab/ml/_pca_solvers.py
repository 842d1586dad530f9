"""The ways ``PCA`` finds its directions, and the sign rule that makes them unique.

Every solver returns the same thing: the directions wₖ (rows of ``Vt``, largest variance first), the variance
along each, λₖ, and (where the solver has it) U, the samples' coordinates before scaling::

    covariance_eigh   C = (XᵀX − n·μμᵀ) / (n − 1),  C = V Λ Vᵀ          one d × d eigen-decomposition
    full              X − μ = U S Vᵀ,  λₖ = sₖ² / (n − 1)                  one SVD of the n × d data
    randomized        the SVD of X − μ seen through a few random directions (Halko, Martinsson, Tropp 2011)

An eigenvector is only fixed up to its sign (−wₖ is one too), so ``svd_flip`` makes the largest entry of each wₖ
positive, scikit-learn's rule: both libraries then print the same components, signs included.
"""

import math

import numpy as np


def svd_flip(U: np.ndarray | None, Vt: np.ndarray) -> tuple[np.ndarray | None, np.ndarray]:
    """Make the entry of largest magnitude of each row of ``Vt`` positive (the first such entry, on a tie), and flip
    the matching columns of ``U`` with it, so U·S·Vt is unchanged."""
    largest = np.argmax(np.abs(Vt), axis=1)
    signs = np.sign(Vt[np.arange(len(Vt)), largest])
    return (None if U is None else U * signs), Vt * signs[:, None]


def covariance_eigh(X: np.ndarray, mean: np.ndarray):
    """λ and Vt from the covariance matrix, without centring a copy of X (fast when n ≫ d). No U."""
    n = len(X)
    C = X.T @ X
    C -= n * mean[:, None] * mean[None, :]  # XᵀX − n·μμᵀ = (X − μ)ᵀ(X − μ)
    C /= n - 1
    lam, V = np.linalg.eigh(C)  # ascending
    lam, V = lam[::-1].copy(), V[:, ::-1]
    lam[lam < 0] = 0  # C is positive semi-definite: a tiny negative λ is rounding
    return None, np.sqrt(lam * (n - 1)), V.T


def full_svd(X_centered: np.ndarray):
    """U, s and Vt of the centred data: X − μ = U S Vᵀ (LAPACK's divide-and-conquer SVD, as scikit-learn's)."""
    return np.linalg.svd(X_centered, full_matrices=False)


def randomized_svd(X_centered: np.ndarray, k: int, n_oversamples: int, n_iter, normalizer: str,
                   rng: np.random.Generator):
    """The k largest singular triplets of X − μ, approximately, from k + ``n_oversamples`` random directions.

    (1) Ω: d × (k + p) Gaussian random matrix;  Y = (X − μ) Ω   (a sample of the range of X − μ)
    (2) power iterations Y ← (X − μ)(X − μ)ᵀ Y, re-orthonormalised (QR) between steps: the large singular
        values stand out more and more;
    (3) Q = orth(Y);  B = Qᵀ(X − μ) (small);  B = Û S Vᵀ;  U = Q Û.
    """
    A = X_centered
    if n_iter == "auto":
        n_iter = 7 if k < 0.1 * min(A.shape) else 4
    Q = A @ rng.standard_normal((A.shape[1], k + n_oversamples)).astype(A.dtype, copy=False)  # (1)
    for _ in range(n_iter):  # (2)
        if normalizer != "none":
            Q = np.linalg.qr(Q)[0]
        Z = A.T @ Q
        if normalizer != "none":
            Z = np.linalg.qr(Z)[0]
        Q = A @ Z
    Q = np.linalg.qr(Q)[0]  # (3)
    U_small, s, Vt = np.linalg.svd(Q.T @ A, full_matrices=False)
    return (Q @ U_small)[:, :k], s[:k], Vt[:k]


def infer_dimension(spectrum: np.ndarray, n_samples: int) -> int:
    """Minka's choice of the number of components ('mle'): the rank k of largest log-likelihood.

    The data are modelled as k directions of their own variance plus the same noise variance v in the other
    d − k; each k in 1 … d − 1 gets its log-likelihood (Minka 2000, "Automatic choice of dimensionality for
    PCA", eq. (30)–(31), as scikit-learn computes it) and the best k is returned.
    """
    ll = np.full(len(spectrum), -np.inf)
    for rank in range(1, len(spectrum)):
        ll[rank] = _log_likelihood(spectrum, rank, n_samples)
    ll[~np.isfinite(ll)] = -np.inf  # two equal kept eigenvalues (log 0): scikit-learn stops with an error there
    return int(np.argmax(ll))


def _log_likelihood(spectrum: np.ndarray, rank: int, n: int) -> float:
    """The log-likelihood of rank ``rank`` for the eigenvalues ``spectrum`` of n samples (Minka's formula)."""
    d = len(spectrum)
    if spectrum[rank - 1] < 1e-15:  # a vanishing eigenvalue among the kept ones: not the best rank
        return -np.inf
    i = np.arange(1, rank + 1)
    p_u = -rank * math.log(2.0) + sum(math.lgamma((d - j + 1) / 2.0) for j in i) \
        - math.log(math.pi) * float(np.sum((d - i + 1) / 2.0))
    p_l = -float(np.sum(np.log(spectrum[:rank]))) * n / 2.0
    v = max(1e-15, float(np.sum(spectrum[rank:])) / (d - rank))
    p_v = -math.log(v) * n * (d - rank) / 2.0
    m = d * rank - rank * (rank + 1.0) / 2.0
    p_p = math.log(2.0 * math.pi) * (m + rank) / 2.0
    kept = spectrum.astype(np.float64)
    kept[rank:] = v
    a, b = np.triu_indices(d, k=1)
    a, b = a[a < rank], b[a < rank]
    with np.errstate(divide="ignore", invalid="ignore"):
        p_a = float(np.sum(np.log((spectrum[a] - spectrum[b]) * (1.0 / kept[b] - 1.0 / kept[a])) + math.log(n)))
    return p_u + p_l + p_v + p_p - p_a / 2.0 - rank * math.log(n) / 2.0
