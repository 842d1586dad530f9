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

Speed: each step (2) and (4) is a few NumPy operations on one row of the distances (``_linkage_matrix.py``).
"""

import numpy as np


def _lance_williams(linkage: str, d_ac, d_bc, d_ab: float, n_a: float, n_b: float, n_c):
    """d(A∪B, C) for every C at once."""
    if linkage == "ward":  # (W), left to right as SciPy's C does it, in three arrays instead of fourteen
        t = 1.0 / (n_a + n_b + n_c)
        out = n_c + n_a
        out *= t
        out *= d_ac
        out *= d_ac  # (nC + nA)·t·d(A, C)²
        u = n_c + n_b
        u *= t
        u *= d_bc
        u *= d_bc
        out += u  # + (nC + nB)·t·d(B, C)²
        np.multiply(n_c, t, out=u)
        u *= d_ab
        u *= d_ab
        out -= u  # − nC·t·d(A, B)²
        return np.sqrt(out, out=out)
    if linkage == "complete":
        return np.maximum(d_ac, d_bc)  # (C)
    return (n_a * d_ac + n_b * d_bc) / (n_a + n_b)  # (A)


def nn_chain(matrix, n: int, linkage: str) -> np.ndarray:
    """The n − 1 merges (slot a, slot b, distance) in the order the chain makes them, on ``matrix`` (a
    ``_linkage_matrix`` layout of the distances, which the merges overwrite)."""
    merges = np.empty((n - 1, 3))
    chain = []
    for k in range(n - 1):
        if not chain:
            chain.append(matrix.first_alive())  # (1)
        while True:
            x = chain[-1]
            y, d_xy = matrix.nearest(x)
            if len(chain) > 1:
                d_previous = matrix.distance(x, chain[-2])
                if not d_xy < d_previous:
                    y, d_xy = chain[-2], d_previous
                    break  # (3)
            chain.append(y)  # (2)
        del chain[-2:]
        a, b = min(x, y), max(x, y)
        merges[k] = a, b, d_xy
        n_a, n_b = matrix.size[a], matrix.size[b]
        matrix.merge(a, b, lambda d_ac, d_bc, n_c: _lance_williams(linkage, d_ac, d_bc, d_xy, n_a, n_b, n_c))  # (4)
    return merges
