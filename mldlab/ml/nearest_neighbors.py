"""What the k-nearest-neighbour classifier and regressor share: remembering the training data, and finding the k
training points nearest to a new point (``kneighbors``), by brute force or with a KD-tree.

The distance is the Minkowski distance of order p::

    d(x, x') = (Σⱼ |xⱼ − x'ⱼ|ᵖ)^(1/p)      p = 2: euclidean (straight line),  p = 1: manhattan (city blocks)

Brute force measures the distance from every query point to every training point, all at once; for p = 2 with
the identity ‖x − x'‖² = ‖x‖² − 2·x·x' + ‖x'‖², so most of the work is one matrix product (as scikit-learn).
Then it keeps the k smallest of each row.

Ties: among training points at the same distance, the one that comes first in the training data wins. This is
what scikit-learn's brute force does in practice (it keeps the first point it met); its KD-tree and its
parallel searches may pick another of the tied points, which can change a prediction. Ties need equal distances,
so they happen with whole-number features (digits' pixels), rarely with measurements.
"""

import numpy as np

from mldlab.i18n import message
from mldlab.ml.base import BaseEstimator
from mldlab.ml.kd_tree import KDTree
from mldlab.ml.validation import check_choice, check_for_predict, check_is_fitted, check_number, check_whole


class NeighborsBase(BaseEstimator):
    """Shared by ``KNeighborsClassifier`` and ``KNeighborsRegressor`` (parameters are documented there)."""

    def _fit_data(self, X: np.ndarray, op: str) -> None:
        """Check the parameters, remember X and choose the search algorithm (scikit-learn's rule for 'auto')."""
        check_whole(op, "n_neighbors", self.n_neighbors, 1)
        check_choice(op, "weights", self.weights, ("uniform", "distance"))
        check_choice(op, "algorithm", self.algorithm, ("auto", "brute", "kd_tree"))
        check_choice(op, "metric", self.metric, ("minkowski", "euclidean", "manhattan"))
        check_whole(op, "leaf_size", self.leaf_size, 1)
        p = {"euclidean": 2, "manhattan": 1}.get(self.metric, self.p)
        if check_number(op, "p", p, positive=True) < 1:
            raise ValueError(message("ml_knn_p", op=op, value=p))
        self.effective_metric_ = {2: "euclidean", 1: "manhattan"}.get(p, "minkowski")
        self.effective_metric_params_ = {"p": p} if self.effective_metric_ == "minkowski" else {}
        self._p = p
        self._fit_X = X.copy()
        self.n_features_in_ = X.shape[1]
        self.n_samples_fit_ = len(X)
        method = self.algorithm
        if method == "auto":
            many = X.shape[1] > 15 or self.n_neighbors >= len(X) // 2
            method = "brute" if many else "kd_tree"
        self._fit_method = method
        self._tree = KDTree(self._fit_X, self.leaf_size, p) if method == "kd_tree" else None

    def kneighbors(self, X=None, n_neighbors: int | None = None, return_distance: bool = True):
        """The ``n_neighbors`` training points nearest to each row of X: distances and indices, nearest first.

        With ``X=None`` the training points themselves are queried, each without itself (as scikit-learn).

        Returns
        -------
        neigh_dist : ndarray of shape (n_queries, n_neighbors)
            Only with ``return_distance``.
        neigh_ind : ndarray of shape (n_queries, n_neighbors)
            Rows of the training data.
        """
        op = f"{type(self).__name__}.kneighbors"
        k = self.n_neighbors if n_neighbors is None else check_whole(op, "n_neighbors", n_neighbors, 1)
        itself = X is None
        check_is_fitted(self)
        Q = check_for_predict(self, self._fit_X if itself else X, op)
        if k + itself > self.n_samples_fit_:
            raise ValueError(message("ml_knn_too_many", op=op, k=k, n=self.n_samples_fit_ - itself))
        if self._tree is not None:
            dist, ind = self._tree.query(Q, k + itself)
        else:
            dist, ind = _brute_force(self._fit_X, Q, k + itself, self._p)
        if itself:
            not_self = ind != np.arange(len(Q))[:, None]
            duplicate = not_self.all(axis=1)  # itself not among them (equal points): drop the last one instead
            not_self[duplicate, -1] = False
            dist, ind = dist[not_self].reshape(len(Q), k), ind[not_self].reshape(len(Q), k)
        return (dist, ind) if return_distance else ind

    def _weights(self, dist: np.ndarray) -> np.ndarray:
        """w = 1 for 'uniform'; w = 1/d for 'distance', where a point at distance 0 takes all the weight."""
        if self.weights == "uniform":
            return np.ones_like(dist)
        with np.errstate(divide="ignore"):
            w = 1.0 / dist
        exact = np.isinf(w)
        rows = exact.any(axis=1)
        w[rows] = exact[rows]
        return w


def _brute_force(X: np.ndarray, Q: np.ndarray, k: int, p: float) -> tuple[np.ndarray, np.ndarray]:
    """The k nearest rows of X for each row of Q, measuring every distance; a block of rows of Q at a time."""
    ind = np.empty((len(Q), k), dtype=np.int64)
    x_norms = np.einsum("ij,ij->i", X, X)
    minus_2_Xt = -2 * X.T
    chunk = max(1, 2**22 // (len(X) if p == 2 else X.size))  # blocks of about 4 million distances (or differences)
    for start in range(0, len(Q), chunk):
        q = Q[start : start + chunk]
        if p == 2:
            D = q @ minus_2_Xt  # ‖q − x‖² = ‖q‖² − 2·q·x + ‖x‖²; ‖q‖² is the same along a row, so it is left out
            D += x_norms
        elif p == 1:
            D = np.abs(q[:, None] - X[None]).sum(axis=-1)
        else:
            D = (np.abs(q[:, None] - X[None]) ** p).sum(axis=-1)
        ind[start : start + chunk] = _k_smallest(D, k)
    differences = np.abs(Q[:, None] - X[ind])  # the exact distances of the k chosen
    if p == 2:
        dist = np.sqrt(np.einsum("ijk,ijk->ij", differences, differences))
    elif p == 1:
        dist = differences.sum(axis=-1)
    else:
        dist = (differences**p).sum(axis=-1) ** (1 / p)
    order = np.lexsort((ind, dist), axis=1)
    return np.take_along_axis(dist, order, axis=1), np.take_along_axis(ind, order, axis=1)


def _k_smallest(D: np.ndarray, k: int) -> np.ndarray:
    """The columns of the k smallest values of each row of D; of equal values, the first columns.

    A speed trick (it makes KNN on 15,000 points 5× faster; ``benchmarks/bench_ml.py``): instead of searching
    every row of D for its k smallest values, cut each row into blocks of L columns and look only inside the k
    blocks with the smallest minima. Every value below the k-th smallest block minimum τ lies in those blocks,
    so the k smallest values are there too, unless another block's minimum also equals τ (a tie): such rows are
    searched in full.
    """
    n = D.shape[1]
    L = max(2, int(np.sqrt(n / k)))  # block length: n/L minima and k·L candidates, the least work in total
    if 2 * k * L > n:  # the k blocks would hold a good part of the row: no gain
        return _k_smallest_in(D, k)
    full = n - n % L
    minima = D[:, :full].reshape(len(D), -1, L).min(axis=2)
    if full < n:
        minima = np.hstack([minima, D[:, full:].min(axis=1, keepdims=True)])
    blocks = np.sort(np.argpartition(minima, k - 1, axis=1)[:, :k], axis=1)  # in column order
    tau = np.take_along_axis(minima, blocks, axis=1).max(axis=1)
    columns = (blocks[:, :, None] * L + np.arange(L)).reshape(len(D), -1)
    outside = columns >= n  # the short last block
    candidates = np.take_along_axis(D, np.minimum(columns, n - 1), axis=1)
    candidates[outside] = np.inf
    chosen = np.take_along_axis(columns, _k_smallest_in(candidates, k), axis=1)
    missed = np.count_nonzero(minima <= tau[:, None], axis=1) > k  # another block also has its minimum at τ
    for r in np.flatnonzero(missed):  # so a value equal to τ may lie outside the k blocks: search the whole row
        chosen[r] = np.argsort(D[r], kind="stable")[:k]
    return chosen


def _k_smallest_in(D: np.ndarray, k: int) -> np.ndarray:
    """The columns of the k smallest values of each row of D, searching whole rows; ties: the first columns."""
    if k >= D.shape[1]:
        return np.argsort(D, axis=1, kind="stable")[:, :k]
    order = np.argpartition(D, k, axis=1)  # the k smallest first, then the (k+1)-th smallest
    kth = np.take_along_axis(D, order[:, :k], axis=1).max(axis=1)
    next_one = np.take_along_axis(D, order[:, k : k + 1], axis=1)[:, 0]
    for r in np.flatnonzero(kth == next_one):  # a tie across the k-th place: the first columns win
        order[r, :k] = np.argsort(D[r], kind="stable")[:k]
    return order[:, :k]
