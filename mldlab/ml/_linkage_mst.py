"""Single linkage: the minimum spanning tree of the samples (Prim's algorithm).

    (S) single   d(A∪B, C) = min(d(A, C), d(B, C))

The two nearest clusters under (S) are always joined by an edge of the minimum spanning tree, so the merges of
single linkage are the tree's edges taken from the shortest up (``_linkage_tree.label_merges`` sorts them). Prim
grows the tree from sample 0::

    (1) nearest[i] = distance from sample i to the tree (∞ at the start)
    (2) after adding sample c: nearest[i] ← min(nearest[i], d(c, i)) for every i outside the tree
    (3) the next sample is the i outside the tree with the smallest nearest[i] (the lowest number on a tie);
        (c, i, nearest[i]) is recorded, c the sample added last (Müllner's MST-LINKAGE-CORE, as scikit-learn:
        c need not be i's nearest sample in the tree, but it is in the same cluster when the merge is made)

Each step measures the distances from one sample to all the samples outside the tree: n − 1 steps of O(n) NumPy
work, O(n) memory. The samples outside the tree are kept in one block (a sample that joins the tree is replaced by
the last one), so the block shrinks as the tree grows.
"""

import numpy as np

from mldlab.ml._linkage_distances import condensed_offsets, distances_to


def _prim(n: int, distances_from, forget=None) -> np.ndarray:
    """Prim's n − 1 edges (c, i, distance). ``distances_from(c, outside)`` measures from sample c to the samples
    ``outside`` the tree; ``forget(j, m)`` moves the last of the m samples outside to position j."""
    outside = np.arange(1, n)  # the block: the samples outside the tree
    nearest = np.full(n - 1, np.inf)  # (1)
    edges = np.empty((n - 1, 3))
    c = 0
    for k in range(n - 1):
        m = n - 1 - k
        np.minimum(nearest[:m], distances_from(c, outside[:m]), out=nearest[:m])  # (2)
        best = nearest[:m].min()
        ties = np.flatnonzero(nearest[:m] == best)
        j = int(ties[np.argmin(outside[ties])]) if len(ties) > 1 else int(ties[0])
        edges[k] = c, outside[j], best  # (3)
        c = int(outside[j])
        outside[j], nearest[j] = outside[m - 1], nearest[m - 1]
        if forget is not None:
            forget(j, m)
    return edges


def mst_of_points(X: np.ndarray, metric: str) -> np.ndarray:
    """Prim's edges, measuring distances between the samples (rows of X) as they are needed."""
    block = X[1:].T.copy()  # features × samples outside the tree, in the order of ``outside`` (a copy: it changes)

    def distances_from(c: int, outside: np.ndarray) -> np.ndarray:
        return distances_to(block[:, :len(outside)], X[c], metric)

    def forget(j: int, m: int) -> None:
        block[:, j] = block[:, m - 1]

    return _prim(len(X), distances_from, forget)


def mst_of_square(D: np.ndarray) -> np.ndarray:
    """Prim's edges, reading distances from the n × n matrix D."""
    return _prim(len(D), lambda c, outside: D[c].take(outside))


def mst_of_condensed(D: np.ndarray, n: int) -> np.ndarray:
    """Prim's edges, reading distances from the condensed matrix D."""
    offsets = condensed_offsets(n)

    def distances_from(c: int, outside: np.ndarray) -> np.ndarray:
        return D[np.where(outside < c, offsets[np.minimum(outside, c)] + c, offsets[c] + outside)]

    return _prim(n, distances_from)
