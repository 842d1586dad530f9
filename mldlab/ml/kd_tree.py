"""A KD-tree: nearest neighbours without measuring the distance to every training point.

Building (once, in ``fit``)::

    (1) a box of points is cut in two at the median of its widest feature (the one with the largest spread);
    (2) each half is cut again, until a box holds fewer than 2·``leaf_size`` points: a leaf;
    (3) each leaf keeps its points' indices and its bounding box [lo, hi] (the smallest box around them).

Querying (all query points at once, in NumPy)::

    (4) the distance from a query point q to a leaf's box is 0 inside it, else the distance to its nearest face:
        gapⱼ = max(loⱼ − qⱼ, 0, qⱼ − hiⱼ),  box distance = (Σⱼ gapⱼᵖ)^(1/p);
    (5) visit the leaves in order of box distance, nearest first, keeping the k nearest points found so far;
    (6) stop when the next leaf's box is farther than the k-th nearest point found: no point in it can be nearer.

In low dimensions (2, 3, … features) a query visits only a few leaves, so it measures a few dozen distances
instead of n. In many dimensions nearly every box is "near" and a brute-force search is faster: that is why
``algorithm='auto'`` picks brute force for more than 15 features.

Ties: among points at the same distance, the one with the smaller index comes first (as the brute force in
``nearest_neighbors.py``), so both algorithms give the same neighbours.

Examples
--------
>>> import numpy as np
>>> X = np.array([[0.0, 0.0], [1.0, 0.0], [5.0, 5.0], [6.0, 5.0]])
>>> tree = KDTree(X, leaf_size=1)
>>> dist, ind = tree.query(np.array([[0.9, 0.1]]), k=2)
>>> ind.tolist(), dist.round(3).tolist()
([[1, 0]], [[0.141, 0.906]])
"""

import numpy as np


class KDTree:
    """A KD-tree over the rows of ``X`` for the Minkowski distance of order ``p`` (2: euclidean, 1: manhattan).

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features), float64
    leaf_size : int, default 40
        A leaf holds leaf_size to 2·leaf_size points (fewer only when all the data does), as in scikit-learn's
        ``KDTree`` (and its default).
    p : float, default 2
        The order of the Minkowski distance (p >= 1).
    """

    def __init__(self, X: np.ndarray, leaf_size: int = 40, p: float = 2):
        self.data = X
        self.leaf_size = leaf_size
        self.p = p
        leaves = []
        self._split(np.arange(len(X)), leaves)
        width = max(len(leaf) for leaf in leaves)
        self.leaf_points = np.full((len(leaves), width), len(X))  # padded with n (no point), for vectorised queries
        for i, leaf in enumerate(leaves):
            self.leaf_points[i, : len(leaf)] = leaf
        self.lo = np.array([X[leaf].min(axis=0) for leaf in leaves])  # (3)
        self.hi = np.array([X[leaf].max(axis=0) for leaf in leaves])

    def _split(self, index: np.ndarray, leaves: list) -> None:
        """Steps (1)–(2): cut at the median of the widest feature until a box holds fewer than 2·leaf_size points."""
        if len(index) < 2 * self.leaf_size:  # a leaf holds leaf_size to 2·leaf_size points, as scikit-learn's
            leaves.append(index)
            return
        points = self.data[index]
        feature = int(np.argmax(points.max(axis=0) - points.min(axis=0)))  # (1)
        middle = len(index) // 2
        order = np.argpartition(points[:, feature], middle)
        self._split(index[order[:middle]], leaves)  # (2)
        self._split(index[order[middle:]], leaves)

    def _reduced(self, differences: np.ndarray) -> np.ndarray:
        """Σⱼ |dⱼ|ᵖ along the last axis: the distance to the power p (cheaper, and it sorts the same)."""
        if self.p == 2:
            return np.einsum("...j,...j->...", differences, differences)
        if self.p == 1:
            return np.abs(differences).sum(axis=-1)
        return (np.abs(differences) ** self.p).sum(axis=-1)

    def query(self, Q: np.ndarray, k: int = 1, return_distance: bool = True):
        """The ``k`` nearest training points of each row of ``Q``: distances and indices, nearest first.

        Returns
        -------
        dist : ndarray of shape (n_queries, k)
            Only with ``return_distance``.
        ind : ndarray of shape (n_queries, k)
        """
        n = len(self.data)
        padded = np.vstack([self.data, np.full((1, self.data.shape[1]), np.inf)])  # row n: a point at infinity
        best_d = np.empty((len(Q), k))
        best_i = np.empty((len(Q), k), dtype=np.int64)
        chunk = max(1, 2**21 // max(1, len(self.lo) * Q.shape[1]))
        for start in range(0, len(Q), chunk):
            q = Q[start : start + chunk]
            gap = np.maximum(np.maximum(self.lo[None] - q[:, None], 0), q[:, None] - self.hi[None])  # (4)
            box = self._reduced(gap)
            order = np.argsort(box, axis=1, kind="stable")
            box = np.take_along_axis(box, order, axis=1)
            d = np.full((len(q), k), np.inf)
            i = np.full((len(q), k), n)
            for step in range(order.shape[1]):  # (5)
                active = np.flatnonzero(box[:, step] <= d.max(axis=1))  # (6) ≤: a tie may have a smaller index
                if len(active) == 0:
                    break
                candidates = self.leaf_points[order[active, step]]
                with np.errstate(invalid="ignore"):
                    new_d = self._reduced(padded[candidates] - q[active, None])
                new_d[candidates == n] = np.inf
                d[active], i[active] = _k_best(np.hstack([d[active], new_d]), np.hstack([i[active], candidates]), k)
            nearest_first = np.lexsort((i, d), axis=1)  # equal distances by index
            best_d[start : start + chunk] = np.take_along_axis(d, nearest_first, axis=1)
            best_i[start : start + chunk] = np.take_along_axis(i, nearest_first, axis=1)
        if not return_distance:
            return best_i
        return (np.sqrt(best_d) if self.p == 2 else best_d if self.p == 1 else best_d ** (1 / self.p)), best_i


def _k_best(d: np.ndarray, i: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The k smallest distances of each row, with their indices (in no order); of equal distances across the
    k-th place, the smaller indices."""
    keep = np.argpartition(d, k, axis=1)
    kth = np.take_along_axis(d, keep[:, :k], axis=1).max(axis=1)
    next_one = np.take_along_axis(d, keep[:, k : k + 1], axis=1)[:, 0]
    for r in np.flatnonzero((kth == next_one) & np.isfinite(kth)):
        keep[r, :k] = np.lexsort((i[r], d[r]))[:k]
    keep = keep[:, :k]
    return np.take_along_axis(d, keep, axis=1), np.take_along_axis(i, keep, axis=1)
