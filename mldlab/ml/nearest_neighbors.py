"""What the k-nearest-neighbour classifier and regressor share: remembering the training data, and finding the k
training points nearest to a new point (``kneighbors``), by brute force or with a KD-tree.

The distance is the Minkowski distance of order p::

    d(x, x') = (Σⱼ |xⱼ − x'ⱼ|ᵖ)^(1/p)      p = 2: euclidean (straight line),  p = 1: manhattan (city blocks)

Brute force (``knn_brute_force.py``) measures the distance from every query point to every training point and
keeps the k smallest of each row; the KD-tree (``kd_tree.py``) skips the boxes of training points that are too
far away.

Ties: among training points at the same distance, the one that comes first in the training data wins, in
both searches, and equal distances are listed in the order of the training data. scikit-learn keeps the k
nearest in a heap, so when a tie falls across the k-th place the point it keeps depends on the order the points
came in and on the heap (often the first, not always), and it lists equal distances in no fixed order. Ties need
equal distances, so they happen with whole-number features: on digits (pixels 0–16) split in halves, 4 of the
899 test images get another set of 5 neighbours than scikit-learn's, and 1 of them another prediction (with
k = 15, where the tied point turns a 6-to-5 vote). With measurements they are rare.
"""

import numbers

import numpy as np

from mldlab.i18n import message
from mldlab.ml.base import BaseEstimator
from mldlab.ml.kd_tree import KDTree
from mldlab.ml.knn_brute_force import brute_force
from mldlab.ml.validation import check_choice, check_for_predict, check_is_fitted, check_number, check_whole


class NeighborsBase(BaseEstimator):
    """Shared by ``KNeighborsClassifier`` and ``KNeighborsRegressor`` (parameters are documented there)."""

    def _fit_data(self, X: np.ndarray, op: str) -> None:
        """Check the parameters, remember X and choose the search algorithm."""
        check_whole(op, "n_neighbors", self.n_neighbors, 1)
        check_choice(op, "weights", self.weights, ("uniform", "distance"))
        check_choice(op, "algorithm", self.algorithm, ("auto", "brute", "kd_tree"))
        check_choice(op, "metric", self.metric, ("minkowski", "euclidean", "manhattan"))
        check_whole(op, "leaf_size", self.leaf_size, 1)
        jobs = self.n_jobs
        if jobs is not None and jobs != -1 and (not isinstance(jobs, numbers.Integral) or isinstance(jobs, bool)
                                                or jobs < 1):
            raise ValueError(message("ml_knn_n_jobs", op=op, value=jobs))
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
        if method == "auto":  # the KD-tree wins only in 2 or 3 dimensions with many points (measured; see the class)
            d, n = X.shape[1], len(X)
            method = "kd_tree" if d <= 3 and n >= 150_000 * max(1, d - 1) and self.n_neighbors < n // 2 else "brute"
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
            dist, ind = brute_force(self._fit_X, Q, k + itself, self._p, self.n_jobs)
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
