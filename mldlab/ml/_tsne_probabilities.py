"""t-SNE's similarities in the input space: for each point a Gaussian whose width σᵢ is set by the perplexity.

With squared distances dᵢⱼ² and a precision βᵢ = 1 / (2σᵢ²) for each point::

    (1) p_{j|i} = exp(−βᵢ dᵢⱼ²) / Σ_{k≠i} exp(−βᵢ dᵢₖ²)                 (p_{i|i} = 0)
    (2) Hᵢ = −Σⱼ p_{j|i} ln p_{j|i} = ln Σ_{k≠i} exp(−βᵢ dᵢₖ²) + βᵢ Σⱼ dᵢⱼ² p_{j|i}
    (3) βᵢ is searched (doubled or halved, then bisected) until e^Hᵢ = perplexity, |Hᵢ − ln perplexity| ≤ 10⁻⁵
    (4) pᵢⱼ = max((p_{j|i} + p_{i|j}) / Σ_{k,l} p_{l|k}, ε)                   (symmetric, Σ_{i≠j} pᵢⱼ = 1)

A larger βᵢ (a narrower Gaussian) puts the probability on fewer neighbours: e^Hᵢ is the effective number of
neighbours of point i. As in scikit-learn, the search starts at βᵢ = 1, takes at most 100 steps, measures the
distances in float32 and the probabilities in float64; here every point's search runs at once, one row each.
"""

import math

import numpy as np

_EPS = np.finfo(np.float64).eps  # ε of (4), scikit-learn's MACHINE_EPSILON
_TOLERANCE = float(np.float32(1e-5))  # (3), a float32 number in scikit-learn's search
_TINY_SUM = float(np.float32(1e-8))  # a row whose Gaussian is all zeros divides by this instead
_STEPS = 100


def squared_distances(X: np.ndarray) -> np.ndarray:
    """dᵢⱼ² = ‖xᵢ‖² − 2 xᵢ·xⱼ + ‖xⱼ‖² for every pair (one matrix product, as scikit-learn), dᵢᵢ² = 0."""
    norms = np.einsum("ij,ij->i", X, X)
    D2 = X @ X.T
    D2 *= -2
    D2 += norms[:, None]
    D2 += norms[None, :]
    np.maximum(D2, 0, out=D2)
    np.fill_diagonal(D2, 0)
    return D2


def conditional_probabilities(D2: np.ndarray, perplexity: float) -> np.ndarray:
    """p_{j|i} of (1)–(3), one row per point, from the squared distances ``D2``.

    ``D2`` is (n, n), or (n, k) for the k nearest neighbours of each point (without the point itself): then
    row i's probabilities are spread over its k neighbours only, and no column is left out.
    """
    D2 = D2.astype(np.float32).astype(np.float64)  # scikit-learn searches on float32 distances
    n, k = D2.shape
    square = k == n
    target = math.log(float(np.float32(perplexity)))  # ln perplexity (a float32 number in scikit-learn)
    beta = np.ones(n)
    low, high = np.full(n, -np.inf), np.full(n, np.inf)
    P = np.zeros((n, k))
    active = np.arange(n)
    for _ in range(_STEPS):
        distances = D2 if len(active) == n else D2[active]
        rows = np.multiply(distances, -beta[active, None])
        np.exp(rows, out=rows)  # (1), before dividing
        if square:
            rows[np.arange(len(active)), active] = 0.0  # p_{i|i} = 0
        total = rows.sum(axis=1)
        total[total == 0.0] = _TINY_SUM
        rows /= total[:, None]
        H = np.log(total) + beta[active] * np.einsum("ij,ij->i", distances, rows)  # (2)
        diff = H - target
        searching = np.abs(diff) > _TOLERANCE  # (3)
        P[active[~searching]] = rows[~searching]
        active, diff, rows = active[searching], diff[searching], rows[searching]
        if len(active) == 0:
            break
        b = beta[active]
        wide = diff > 0  # too many neighbours: a narrower Gaussian, a larger β
        low[active[wide]] = b[wide]
        high[active[~wide]] = b[~wide]
        lo, hi = low[active], high[active]
        beta[active] = np.where(wide, np.where(np.isinf(hi), b * 2.0, (b + hi) / 2.0),
                                np.where(np.isinf(lo), b / 2.0, (b + lo) / 2.0))
    P[active] = rows  # the rows still searching after the last step keep their last β's probabilities
    return P


def joint_probabilities(D2: np.ndarray, perplexity: float) -> np.ndarray:
    """pᵢⱼ of (4) as a symmetric (n, n) matrix with zeros on its diagonal."""
    conditional = conditional_probabilities(D2, perplexity)
    P = conditional + conditional.T
    P /= max(P.sum(), _EPS)
    np.maximum(P, _EPS, out=P)
    np.fill_diagonal(P, 0.0)
    return P


def joint_probabilities_nn(D2: np.ndarray, perplexity: float, n_neighbors: int) -> np.ndarray:
    """pᵢⱼ of (4) from each point's ``n_neighbors`` nearest neighbours only (scikit-learn's 'barnes_hut'), as a
    symmetric (n, n) matrix: zero between points that are not neighbours (and no ε floor)."""
    n = len(D2)
    far = D2.copy()
    np.fill_diagonal(far, np.inf)
    neighbors = np.argpartition(far, n_neighbors - 1, axis=1)[:, :n_neighbors]
    row = np.arange(n)[:, None]
    neighbors = np.take_along_axis(neighbors, np.argsort(neighbors, axis=1), axis=1)  # in column order
    conditional = conditional_probabilities(D2[row, neighbors], perplexity)
    P = np.zeros((n, n))
    P[row, neighbors] = conditional
    P = P + P.T
    P /= max(P.sum(), _EPS)
    return P
