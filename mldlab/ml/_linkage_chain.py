"""Ward, complete and average linkage: the nearest-neighbour chain, with Lance–Williams updates of the distances.

When clusters A and B merge, the distance from A ∪ B to every other cluster C follows from the distances before the
merge (Lance–Williams), with sizes nA, nB, nC::

    (W) ward       d(A∪B, C) = √( ((nC + nA)·d(A, C)² + (nC + nB)·d(B, C)² − nC·d(A, B)²) / (nA + nB + nC) )
    (C) complete   d(A∪B, C) = max(d(A, C), d(B, C))
    (A) average    d(A∪B, C) = (nA·d(A, C) + nB·d(B, C)) / (nA + nB)

Ward's d is √(2·Δ), Δ the increase of the within-cluster sum of squares the merge causes (SciPy's convention, which
scikit-learn reports): between two single points it is their euclidean distance.

The chain (Murtagh; Müllner, "Modern hierarchical, agglomerative clustering algorithms", 2011)::

    (1) start a chain at the first cluster still alive (when the chain is empty)
    (2) extend it with the nearest neighbour of its last cluster (the one before it when that is as near)
    (3) when the last two clusters are each other's nearest neighbours, merge them and drop both from the chain
    (4) update the distances from the merged cluster to every other (Lance–Williams, above)

For these linkages a merge never brings clusters closer, so the rest of the chain stays valid. The merges come out
in the chain's order, not by distance: ``_linkage_tree.label_merges`` sorts them. The merged cluster takes the
place (slot) of the larger of the two numbers, as in SciPy, so that ties are broken the same way.

Speed: each step (2) and (4) is a few NumPy operations on one row of the condensed matrix, over the clusters still
alive (``alive``, sorted, so a tie goes to the lowest number as in a C loop).
"""

import numpy as np

from mldlab.ml._linkage_distances import condensed_offsets


def _lance_williams(linkage: str, d_ac, d_bc, d_ab: float, n_a: float, n_b: float, n_c):
    """d(A∪B, C) for every C at once."""
    if linkage == "ward":
        t = 1.0 / (n_a + n_b + n_c)
        return np.sqrt((n_c + n_a) * t * d_ac * d_ac + (n_c + n_b) * t * d_bc * d_bc - n_c * t * d_ab * d_ab)  # (W)
    if linkage == "complete":
        return np.maximum(d_ac, d_bc)  # (C)
    return (n_a * d_ac + n_b * d_bc) / (n_a + n_b)  # (A)


class _Rows:
    """Rows of the condensed distance matrix D, read over the clusters still alive."""

    def __init__(self, D: np.ndarray, offsets: np.ndarray):
        self.D = D
        self.offsets = offsets

    def positions(self, x: int, others: np.ndarray, others_offsets: np.ndarray) -> np.ndarray:
        """Where d(x, i) is stored, for each i of the sorted ``others`` (x not among them)."""
        p = np.searchsorted(others, x)
        where = np.empty(len(others), dtype=np.int64)
        np.add(others_offsets[:p], x, out=where[:p])  # i < x: row i, column x
        np.add(others[p:], self.offsets[x], out=where[p:])  # i > x: row x, column i
        return where

    def distance(self, a: int, b: int) -> float:
        a, b = min(a, b), max(a, b)
        return self.D[self.offsets[a] + b]


def nn_chain(D: np.ndarray, n: int, linkage: str) -> np.ndarray:
    """The n − 1 merges (slot a, slot b, distance), in the order the chain makes them. D is overwritten."""
    offsets = condensed_offsets(n)
    condensed = _Rows(D, offsets)
    size = np.ones(n)
    alive = np.arange(n)
    alive_offsets = offsets.copy()
    merges = np.empty((n - 1, 3))
    chain = []
    for k in range(n - 1):
        if not chain:
            chain.append(int(alive[0]))  # (1)
        while True:
            x = chain[-1]
            p = np.searchsorted(alive, x)
            others = np.delete(alive, p)
            row = D[condensed.positions(x, others, np.delete(alive_offsets, p))]
            j = int(np.argmin(row))
            if len(chain) > 1:
                previous = chain[-2]
                d_previous = condensed.distance(x, previous)
                if not row[j] < d_previous:
                    y, d_xy = previous, d_previous
                    break  # (3)
            y, d_xy = int(others[j]), float(row[j])
            chain.append(y)  # (2)
        del chain[-2:]
        a, b = min(x, y), max(x, y)
        merges[k] = a, b, d_xy
        p_a, p_b = np.searchsorted(alive, [a, b])
        keep = np.ones(len(alive), dtype=bool)
        keep[[p_a, p_b]] = False
        others, others_offsets = alive[keep], alive_offsets[keep]
        to_a = condensed.positions(a, others, others_offsets)
        to_b = condensed.positions(b, others, others_offsets)
        D[to_b] = _lance_williams(linkage, D[to_a], D[to_b], d_xy, size[a], size[b], size[others])  # (4)
        size[b] += size[a]
        alive = np.delete(alive, p_a)
        alive_offsets = np.delete(alive_offsets, p_a)
    return merges
