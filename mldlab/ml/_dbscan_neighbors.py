"""The ε-neighbourhoods of DBSCAN: for every sample, the samples at distance at most ε (itself included).

    N_ε(xᵢ) = { j : d(xᵢ, xⱼ) ≤ ε }

They come back as pairs: j is in N_ε(xᵢ) for each k, with i = ``row[k]`` and j = ``col[k]``.

A distance is symmetric, d(xᵢ, xⱼ) = d(xⱼ, xᵢ), so only the pairs i < j are measured, by brute force in blocks of
rows (each block against the samples after its first row), and each pair found is used both ways; every sample is
in its own neighbourhood (distance 0).

Euclidean distance: with the identity of ``knn_brute_force.py``, ‖q − x‖² = ‖q‖² − 2·q·x + ‖x‖², one matrix product
per block. The identity loses a few digits to rounding, so the pairs whose rounded value lies within its error bound
of ε² are measured again exactly, as Σⱼ (qⱼ − xⱼ)² summed feature by feature, the way scikit-learn's KD-tree measures
them: a pair at a distance of exactly ε (common with whole-number pixels) is decided as scikit-learn decides it.

Manhattan, Chebyshev and Minkowski distances are measured pair by pair, feature by feature (slower: fine for a few
thousand samples), and compared in their "reduced" form, as scikit-learn's trees compare them:
Σⱼ |qⱼ − xⱼ| ≤ ε, maxⱼ |qⱼ − xⱼ| ≤ ε, Σⱼ |qⱼ − xⱼ|ᵖ ≤ εᵖ. A precomputed matrix of distances is read as it is
(row i: the distances from sample i), without assuming it symmetric.
"""

import numpy as np

_BLOCK = 2**22  # distances per block of rows (32 MB)


def radius_neighbors(X: np.ndarray, eps: float, metric: str, p: float) -> tuple[np.ndarray, np.ndarray]:
    """The pairs (``row``, ``col``) with ``col`` in the ε-neighbourhood of ``row``, for the rows of X and the
    ``metric`` 'euclidean', 'manhattan', 'chebyshev' or 'minkowski' (of order ``p``); for 'precomputed', X is the
    matrix of distances and the pairs come row by row, in order."""
    if metric == "precomputed":
        return np.nonzero(X <= eps)
    n = len(X)
    rows = max(1, _BLOCK // n)
    if metric == "euclidean":
        centred = X - X.mean(axis=0)  # smaller norms: smaller rounding errors in the identity
        sq = np.einsum("ij,ij->i", centred, centred)
        X1 = np.vstack([-2 * centred.T, sq])  # [−2·x, ‖x‖²]ᵀ, one column per sample
        Q1 = np.hstack([centred, np.ones((n, 1))])  # [q, 1]
        error = 8 * (X.shape[1] + 2) * np.finfo(np.float64).eps * (sq + sq.max() + eps * eps)
    found_i, found_j = [], []
    for start in range(0, n, rows):
        stop = min(n, start + rows)
        if metric == "euclidean":
            D = Q1[start:stop] @ X1[:, start:]  # ‖x‖² − 2·q·x, for the samples x from ``start`` on
            limit = eps * eps - sq[start:stop]  # D ≤ ε² − ‖q‖²  ⇔  ‖q − x‖² ≤ ε²
            flat = np.flatnonzero(D <= (limit + error[start:stop])[:, None])
            i, j = np.divmod(flat, n - start)
            unsure = D.ravel()[flat] > (limit - error[start:stop])[i]
            keep = _measured(X, i[unsure] + start, j[unsure] + start, eps)
            chosen = np.ones(len(flat), dtype=bool)
            chosen[unsure] = keep
        else:
            reduced = _reduced(X[start:stop], X[start:], metric, p)
            i, j = np.divmod(np.flatnonzero(reduced <= _reduced_radius(eps, metric, p)), n - start)
            chosen = np.ones(len(i), dtype=bool)
        chosen &= j > i  # the pairs i < j; i = j and the pairs i > j follow
        found_i.append(i[chosen] + start)
        found_j.append(j[chosen] + start)
    i, j, itself = np.concatenate(found_i), np.concatenate(found_j), np.arange(n)
    return np.concatenate([itself, i, j]), np.concatenate([itself, j, i])


def _measured(X: np.ndarray, i: np.ndarray, j: np.ndarray, eps: float) -> np.ndarray:
    """Whether Σ_f (x_if − x_jf)² ≤ ε², summed feature by feature in order (as scikit-learn's KD-tree does)."""
    total = np.zeros(len(i))
    for f in range(X.shape[1]):
        total += (X[i, f] - X[j, f]) ** 2
    return total <= eps * eps


def _reduced(Q: np.ndarray, X: np.ndarray, metric: str, p: float) -> np.ndarray:
    """Σ_f |q_f − x_f| (manhattan), max_f |q_f − x_f| (chebyshev) or Σ_f |q_f − x_f|ᵖ (minkowski), for every pair of
    a row q of Q and a row x of X."""
    out = np.zeros((len(Q), len(X)))
    for f in range(X.shape[1]):
        gap = np.abs(Q[:, f, None] - X[None, :, f])
        if metric == "chebyshev":
            np.maximum(out, gap, out=out)
        else:
            out += gap if metric == "manhattan" else gap**p
    return out


def _reduced_radius(eps: float, metric: str, p: float) -> float:
    """ε in the reduced form the distances are compared in: εᵖ for Minkowski, ε otherwise."""
    return eps**p if metric == "minkowski" else eps
