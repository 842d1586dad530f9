"""The ε-neighbourhoods of DBSCAN: for every sample, the samples at distance at most ε (itself included).

    N_ε(xᵢ) = { j : d(xᵢ, xⱼ) ≤ ε }

They come back as pairs: j is in N_ε(xᵢ) for each k, with i = ``row[k]`` and j = ``col[k]``.

The samples are sorted along their widest feature and searched by brute force in blocks of sorted rows. A distance
is symmetric, d(xᵢ, xⱼ) = d(xⱼ, xᵢ), so each block is compared only with the samples after its first row, each
pair found is used both ways, and every sample is in its own neighbourhood (distance 0); and a block stops at the
first sample more than ε beyond its last row along the sorted feature (``_sweep_order``).

Euclidean distance: with the identity of ``knn_brute_force.py``, ‖q − x‖² = ‖q‖² − 2·q·x + ‖x‖², one matrix product
per block. The identity loses a few digits to rounding, so the pairs whose rounded value lies within its error bound
of ε² are measured again exactly, as Σⱼ (qⱼ − xⱼ)² summed feature by feature, the way scikit-learn's KD-tree measures
them: a pair at a distance of exactly ε (common with whole-number pixels) is decided as scikit-learn decides it.

Manhattan, Chebyshev and Minkowski distances are measured pair by pair, feature by feature (slower: fine for a few
thousand samples), and compared in their "reduced" form, as scikit-learn's trees compare them:
Σⱼ |qⱼ − xⱼ| ≤ ε, maxⱼ |qⱼ − xⱼ| ≤ ε, Σⱼ |qⱼ − xⱼ|ᵖ ≤ εᵖ. A precomputed matrix of distances is read as it is
(row i: the distances from sample i), without assuming it symmetric. The cosine distance is computed as such a
matrix first (``cosine_distances``: n² numbers, fine for a few thousand samples).
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
    order, key = _sweep_order(X)
    S = X[order]  # the samples sorted along the widest feature
    if metric == "euclidean":
        centred = S - S.mean(axis=0)  # smaller norms: smaller rounding errors in the identity
        sq = np.einsum("ij,ij->i", centred, centred)
        X1 = np.vstack([-2 * centred.T, sq])  # [−2·x, ‖x‖²]ᵀ, one column per sample
        Q1 = np.hstack([centred, np.ones((n, 1))])  # [q, 1]
        error = 8 * (X.shape[1] + 2) * np.finfo(np.float64).eps * (sq + sq.max() + eps * eps)
    found_i, found_j = [], []
    for start in range(0, n, rows):
        stop = min(n, start + rows)
        last = key[stop - 1]
        end = int(np.searchsorted(key, last + eps + 1e-9 * (eps + abs(last)), side="right"))  # beyond: too far
        if metric == "euclidean":
            D = Q1[start:stop] @ X1[:, start:end]  # ‖x‖² − 2·q·x, for the samples x from ``start`` to ``end``
            limit = eps * eps - sq[start:stop]  # D ≤ ε² − ‖q‖²  ⇔  ‖q − x‖² ≤ ε²
            flat = np.flatnonzero(D <= (limit + error[start:stop])[:, None])
            i, j = np.divmod(flat, end - start)
            unsure = D.ravel()[flat] > (limit - error[start:stop])[i]
            keep = _measured(S, i[unsure] + start, j[unsure] + start, eps)
            chosen = np.ones(len(flat), dtype=bool)
            chosen[unsure] = keep
        else:
            reduced = _reduced(S[start:stop], S[start:end], metric, p)
            i, j = np.divmod(np.flatnonzero(reduced <= _reduced_radius(eps, metric, p)), end - start)
            chosen = np.ones(len(i), dtype=bool)
        chosen &= j > i  # the pairs i < j; i = j and the pairs i > j follow
        found_i.append(order[i[chosen] + start])
        found_j.append(order[j[chosen] + start])
    i, j, itself = np.concatenate(found_i), np.concatenate(found_j), np.arange(n)
    return np.concatenate([itself, i, j]), np.concatenate([itself, j, i])


def _sweep_order(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The samples in order along the feature of widest range, and that feature's values in this order.

    Two samples more than ε apart in one feature are more than ε apart in every one of these distances
    (|x_f − x'_f| ≤ d(x, x')), so a block of sorted samples is compared only with the samples up to ε beyond its
    last one (and a hair more, so that rounding cannot drop a pair at distance ε): on spread-out data most pairs
    are never measured.
    """
    f = int(np.argmax(X.max(axis=0) - X.min(axis=0)))
    order = np.argsort(X[:, f], kind="stable")
    return order, X[order, f]


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


def cosine_distances(X: np.ndarray) -> np.ndarray:
    """d(x, x') = 1 − x·x' / (‖x‖·‖x'‖) for every pair of rows, clipped to [0, 2] as scikit-learn clips it.

    A sample of norm (nearly) 0 is left as it is, as scikit-learn's ``normalize`` leaves it: its distance to every
    other sample is 1. Each sample is at distance 0 from itself.
    """
    norms = np.sqrt(np.einsum("ij,ij->i", X, X))
    norms[norms < 10 * np.finfo(np.float64).eps] = 1.0
    U = X / norms[:, None]
    D = U @ U.T
    D *= -1
    D += 1
    np.clip(D, 0, 2, out=D)
    np.fill_diagonal(D, 0)
    return D
