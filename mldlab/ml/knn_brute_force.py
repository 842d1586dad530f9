"""Brute-force nearest neighbours: measure the distance from every query point to every training point, keep the
k smallest of each row.

For p = 2 the identity ‖q − x‖² = ‖q‖² − 2·q·x + ‖x‖² turns most of the work into one matrix product (as
scikit-learn). ‖q‖² is the same along a row, so it is left out, and ‖x‖² rides along in the product::

    D = [q, 1] · [−2·x, ‖x‖²]ᵀ = ‖x‖² − 2·q·x          one row of D per query, one column per training point

The rows are ranked by D, and the exact distances of the k chosen are measured afterwards (the identity loses a
few digits to rounding). The queries go in blocks of rows: a few large matrix products (a call to BLAS costs a
little, and much more on a busy machine), each searched in parts small enough for the processor's cache; with
``n_jobs`` > 1 the blocks are shared among threads (NumPy releases Python's lock in the matrix product and the
searches, so two threads can run on two cores). The matrix product itself already runs on all cores, through
NumPy's BLAS.

Ties: among training points at the same distance, the one that comes first in the training data wins.
"""

import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np

_PRODUCT = 2**22  # distances per matrix product (32 MB): few calls to BLAS, each of which wakes its threads
_SEARCH = 2**19  # distances searched at a time (4 MB): they stay in the processor's cache
_THREADED = 2**18  # fewer distances than this in all are measured in the calling thread (threads cost more)


def brute_force(X: np.ndarray, Q: np.ndarray, k: int, p: float, n_jobs=None) -> tuple[np.ndarray, np.ndarray]:
    """The k nearest rows of X for each row of Q (distances and indices, nearest first), measuring every distance.

    ``n_jobs``: threads (None or 1: only the calling thread, -1: one per CPU).
    """
    ind = np.empty((len(Q), k), dtype=np.int64)
    workers = _workers(n_jobs) if len(Q) * len(X) >= _THREADED else 1
    searched = max(1, _SEARCH // len(X))  # rows of D searched at a time
    if p == 2:
        X1 = np.vstack([-2 * X.T, np.einsum("ij,ij->i", X, X)])  # [−2·x, ‖x‖²]ᵀ, one column per training point
        Q1 = np.hstack([Q, np.ones((len(Q), 1))])  # [q, 1]
        rows = max(1, _PRODUCT // len(X))
    else:
        rows = searched = max(1, 2**22 // X.size)  # the differences q − x of a block: about 4 million numbers
    rows = min(rows, -(-len(Q) // workers))  # at least one block for each thread

    def search(start: int) -> None:
        if p == 2:
            D = Q1[start : start + rows] @ X1
        else:
            D = (np.abs(Q[start : start + rows, None] - X[None]) ** p).sum(axis=-1)
        for first in range(0, len(D), searched):
            part = D[first : first + searched]
            ind[start + first : start + first + len(part)] = _k_smallest(part, k)

    starts = range(0, len(Q), rows)
    if workers > 1:
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(search, starts))
    else:
        for start in starts:
            search(start)
    differences = np.abs(Q[:, None] - X[ind])  # the exact distances of the k chosen
    if p == 2:
        dist = np.sqrt(np.einsum("ijk,ijk->ij", differences, differences))
    elif p == 1:
        dist = differences.sum(axis=-1)
    else:
        dist = (differences**p).sum(axis=-1) ** (1 / p)
    order = np.lexsort((ind, dist), axis=1)
    return np.take_along_axis(dist, order, axis=1), np.take_along_axis(ind, order, axis=1)


def _workers(n_jobs) -> int:
    """The number of threads for ``n_jobs`` (already checked: None, -1 or a whole number >= 1)."""
    if n_jobs is None:
        return 1
    return (os.cpu_count() or 1) if n_jobs == -1 else n_jobs


def _k_smallest(D: np.ndarray, k: int) -> np.ndarray:
    """The columns of the k smallest values of each row of D; of equal values, the first columns.

    A speed trick (it makes KNN on 15,000 points 5× faster; ``benchmarks/bench_ml.py``): instead of searching
    every row of D for its k smallest values, deal its columns into G groups of L (column j into group j mod G),
    and look only inside the k groups with the smallest minima (and the last n − G·L columns, in no group).
    Every value below the k-th smallest group minimum τ lies there, so the k smallest values are there too.
    Only a tie can spoil this, when the k-th smallest value equals the next one, or another group's minimum also
    equals τ: such rows are searched again in full. (Groups of every G-th column, rather than runs of neighbouring
    columns, let NumPy take the minima of whole rows at once.)
    """
    n = D.shape[1]
    if k >= n:
        return _first_at_most(D, D.max(axis=1), k)
    L = max(2, int(np.sqrt(n / k)))  # columns per group: n/L minima and k·L candidates, the least work in total
    row = np.arange(len(D))[:, None]
    if 2 * k * L > n:  # the k groups would hold a good part of the row: no gain
        columns, candidates, unsure = np.broadcast_to(np.arange(n), D.shape), D, False
    else:
        G = n // L
        minima = D[:, : G * L].reshape(len(D), L, G).min(axis=1)  # group g: columns g, g + G, g + 2G, …
        groups = np.argpartition(minima, k - 1, axis=1)[:, :k]
        tau = minima[row, groups].max(axis=1)
        unsure = np.count_nonzero(minima <= tau[:, None], axis=1) > k  # another group's minimum also equals τ
        columns = (groups[:, :, None] + G * np.arange(L)).reshape(len(D), -1)
        columns = np.hstack([columns, np.broadcast_to(np.arange(G * L, n), (len(D), n - G * L))])
        candidates = D[row, columns]
    order = np.argpartition(candidates, k, axis=1)  # the k smallest first, then the (k+1)-th smallest
    kth = candidates[row, order[:, :k]].max(axis=1)
    unsure = unsure | (candidates[row[:, 0], order[:, k]] == kth)  # a tie across the k-th place
    chosen = columns[row, order[:, :k]]
    if unsure.any():
        chosen[unsure] = _first_at_most(D[unsure], kth[unsure], k)
    return chosen


def _first_at_most(D: np.ndarray, limit: np.ndarray, k: int) -> np.ndarray:
    """The columns of the k smallest values of each row of D, all of them at most ``limit`` (at least k values of
    each row are); of equal values, the first columns."""
    rows, columns = np.nonzero(D <= limit[:, None])
    order = np.lexsort((columns, D[rows, columns], rows))  # by row, then value, then column
    counts = np.bincount(rows, minlength=len(D))
    first = np.cumsum(counts) - counts  # where each row's values start in ``order``
    return columns[order[first[:, None] + np.arange(k)]]
