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

The coordinates are kept transposed (features × samples), so that a sum over features is a sum of rows: NumPy adds
rows one after another, in the same order as a C loop over k (a sum along a row would be taken in pairs, which
rounds differently).

When every coordinate is a whole number (pixels, counts) and the sums stay below 2⁵², the expansion
‖a − b‖² = ‖a‖² + ‖b‖² − 2·a·b is exact whatever the order of the sums, so one matrix product per block of rows
gives the very same euclidean distances, many times faster (digits: 0.01 s instead of 0.1 s).

Two layouts of the distances, both with the pair (i, j) and (j, i) once:

- *square*, n × n (8·n² bytes), for up to ``SQUARE_LIMIT`` samples: a row is a slice of memory;
- *condensed*, the rows of the upper triangle one after another (SciPy's ``pdist``): n·(n − 1)/2 numbers, 0.9 GB
  for 15,000 samples; the pair i < j sits at ``offsets[i] + j``, ``offsets[i] = n·i − i·(i + 1)/2 − i − 1``.
"""

import numpy as np

EUCLIDEAN = ("euclidean", "l2")
MANHATTAN = ("manhattan", "l1", "cityblock")
METRICS = EUCLIDEAN + MANHATTAN + ("cosine", "precomputed")
SQUARE_LIMIT = 4096  # samples: 128 MB of distances
_BLOCK = 2**21  # distances per matrix product (16 MB)


def condensed_offsets(n: int) -> np.ndarray:
    """``offsets[i]`` such that the pair (i, j), i < j, is at ``offsets[i] + j`` of the condensed vector."""
    i = np.arange(n, dtype=np.int64)
    return n * i - i * (i + 1) // 2 - i - 1


def distances_to(Xt: np.ndarray, a: np.ndarray, metric: str) -> np.ndarray:
    """d(a, b) for every column b of ``Xt`` (features × points), for 'euclidean' or 'manhattan' (and their aliases)."""
    diff = Xt - a[:, None]
    if metric in EUCLIDEAN:
        return np.sqrt(np.einsum("kj,kj->j", diff, diff))
    np.abs(diff, out=diff)
    return diff.sum(axis=0)


def _exact_by_product(X: np.ndarray) -> bool:
    """Whether ‖a‖² + ‖b‖² − 2·a·b is exact: whole numbers whose sums of squares stay below 2⁵²."""
    return bool(np.all(X == np.round(X))) and float(np.square(X).sum(axis=1).max()) * 4 < 2.0**52


def _product_rows(X: np.ndarray, squares: np.ndarray, start: int, stop: int, out: np.ndarray) -> np.ndarray:
    """The distances of rows start … stop − 1 to every row, from ‖a‖² + ‖b‖² − 2·a·b (exact data only), computed
    in place in ``out`` (stop − start × n): no temporary matrices, a third less time than with them on digits."""
    d2 = np.matmul(X[start:stop], X.T, out=out)
    d2 *= -2.0
    d2 += squares[start:stop, None]
    d2 += squares
    return np.sqrt(d2, out=d2)


def _product_blocks(X: np.ndarray):
    """(first row, their full rows of distances) by blocks of rows (``_product_rows``)."""
    n = len(X)
    squares = np.einsum("ij,ij->i", X, X)
    step = max(1, _BLOCK // n)
    for start in range(0, n, step):
        stop = min(start + step, n)
        yield start, _product_rows(X, squares, start, stop, np.empty((stop - start, n)))


def upper_rows(X: np.ndarray, metric: str):
    """For i = 0, …, n − 2: (i, the distances d(xᵢ, xⱼ) for j = i + 1, …, n − 1)."""
    n = len(X)
    if metric == "precomputed":
        for i in range(n - 1):
            yield i, X[i, i + 1:]
    elif metric == "cosine":
        norms = np.sqrt(np.einsum("ij,ij->i", X, X))
        for i in range(n - 1):
            yield i, 1.0 - (X[i + 1:] @ X[i]) / (norms[i + 1:] * norms[i])
    elif metric in EUCLIDEAN and _exact_by_product(X):
        for start, rows in _product_blocks(X):
            for i in range(start, min(start + len(rows), n - 1)):
                yield i, rows[i - start, i + 1:]
    else:
        Xt = np.ascontiguousarray(X.T)
        for i in range(n - 1):
            yield i, distances_to(Xt[:, i + 1:], Xt[:, i], metric)


def condensed_distances(X: np.ndarray, metric: str) -> np.ndarray:
    """The distance of every pair i < j of samples (rows of X), condensed; for 'precomputed' X is the square matrix."""
    n = len(X)
    D = np.empty(n * (n - 1) // 2)
    offsets = condensed_offsets(n)
    for i, row in upper_rows(X, metric):
        D[offsets[i] + i + 1:offsets[i] + n] = row
    return D


def square_distances(X: np.ndarray, metric: str) -> np.ndarray:
    """The n × n matrix of distances, with ∞ on the diagonal (a sample is not its own neighbour)."""
    n = len(X)
    D = np.empty((n, n))
    if metric in EUCLIDEAN and _exact_by_product(X):
        _product_rows(X, np.einsum("ij,ij->i", X, X), 0, n, D)  # in place: no temporary to keep small
    else:
        for i, row in upper_rows(X, metric):
            D[i, i + 1:] = row
        for start in range(0, n, 256):  # the lower triangle from the upper, a block of rows at a time
            stop = min(start + 256, n)
            D[start:stop, :start] = D[:start, start:stop].T
            block = D[start:stop, start:stop]
            lower = np.tril_indices(stop - start, -1)
            block[lower] = block.T[lower]
    np.fill_diagonal(D, np.inf)
    return D
