"""Distances between samples for hierarchical clustering, in the order of operations scikit-learn's (SciPy's) C code
uses, so that equal distances stay equal to the last bit and ties are broken as there.

=============================  ===================================================
metric                         d(a, b)
=============================  ===================================================
'euclidean', 'l2'              √( Σₖ (aₖ − bₖ)² )     summed k = 1, 2, …, in order
'manhattan', 'l1', 'cityblock' Σₖ |aₖ − bₖ|
'cosine'                       1 − a·b / (‖a‖·‖b‖)
'precomputed'                  X[i, j], given (the upper triangle i < j is read)
=============================  ===================================================

Each pair i < j is stored once, in a *condensed* vector (the rows of the upper triangle one after another, as
SciPy's ``pdist``): n·(n − 1)/2 numbers instead of n², 0.9 GB for 15,000 samples. The pair (i, j), i < j, sits at
``offsets[i] + j`` with ``offsets[i] = n·i − i·(i + 1)/2 − i − 1``.

The coordinates are kept transposed (features × samples), so that a sum over features is a sum of rows: NumPy adds
rows one after another, in the same order as a C loop over k (a sum along a row would be taken in pairs, which
rounds differently).
"""

import numpy as np

EUCLIDEAN = ("euclidean", "l2")
MANHATTAN = ("manhattan", "l1", "cityblock")
METRICS = EUCLIDEAN + MANHATTAN + ("cosine", "precomputed")


def condensed_offsets(n: int) -> np.ndarray:
    """``offsets[i]`` such that the pair (i, j), i < j, is at ``offsets[i] + j`` of the condensed vector."""
    i = np.arange(n, dtype=np.int64)
    return n * i - i * (i + 1) // 2 - i - 1


def distances_to(Xt: np.ndarray, a: np.ndarray, metric: str) -> np.ndarray:
    """d(a, b) for every column b of ``Xt`` (features × points), for 'euclidean' or 'manhattan' (and their aliases)."""
    diff = Xt - a[:, None]
    if metric in EUCLIDEAN:
        np.square(diff, out=diff)
        return np.sqrt(diff.sum(axis=0))
    np.abs(diff, out=diff)
    return diff.sum(axis=0)


def condensed_distances(X: np.ndarray, metric: str) -> np.ndarray:
    """The distance of every pair i < j of samples (rows of X), condensed; for 'precomputed' X is the square matrix."""
    n = len(X)
    D = np.empty(n * (n - 1) // 2)
    start = 0
    if metric == "cosine":
        norms = np.sqrt(np.einsum("ij,ij->i", X, X))
    Xt = np.ascontiguousarray(X.T)
    for i in range(n - 1):
        stop = start + n - i - 1
        if metric == "precomputed":
            D[start:stop] = X[i, i + 1:]
        elif metric == "cosine":
            D[start:stop] = 1.0 - (X[i + 1:] @ X[i]) / (norms[i + 1:] * norms[i])
        else:
            D[start:stop] = distances_to(Xt[:, i + 1:], Xt[:, i], metric)
        start = stop
    return D
