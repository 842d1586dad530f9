"""DBSCAN: clusters are regions dense with samples, separated by sparse regions; lone samples are noise.

For a radius ε and a count ``min_samples``::

    (1) ε-neighbourhood   N_ε(xᵢ) = { j : d(xᵢ, xⱼ) ≤ ε }              (xᵢ itself included)
    (2) core sample       |N_ε(xᵢ)| ≥ min_samples                       (with weights: Σ_{j ∈ N_ε(xᵢ)} wⱼ ≥ min_samples)
    (3) cluster           core samples joined by chains of cores, each in the ε-neighbourhood of the next,
                          together with the samples in their ε-neighbourhoods
    (4) border sample     not core, but in the ε-neighbourhood of a core: it joins that core's cluster
    (5) noise             neither: label −1

Clusters are numbered as scikit-learn numbers them (by their first core sample), and a border sample within reach of
two clusters joins the one scikit-learn's walk reaches first, the lower-numbered (``_dbscan_clusters.py``).
There is no ``predict``: DBSCAN labels the samples it was fitted on (``labels_``, ``fit_predict``).
"""

import numbers

import numpy as np

from mldlab.data.arrays import check_finite, to_float, to_numpy
from mldlab.i18n import message
from mldlab.ml._dbscan_clusters import cluster_labels, walk_in_order
from mldlab.ml._dbscan_neighbors import cosine_distances, radius_neighbors
from mldlab.ml.base import BaseEstimator, ClusterMixin
from mldlab.ml.validation import check_array, check_choice, check_number, check_whole

_METRICS = ("euclidean", "manhattan", "cityblock", "l1", "l2", "chebyshev", "infinity", "minkowski", "cosine",
            "precomputed")


class DBSCAN(ClusterMixin, BaseEstimator):
    """Density-based clustering (scikit-learn's ``DBSCAN``): the same core samples and the same labels.

    Parameters
    ----------
    eps : float, default 0.5
        ε, the radius of a neighbourhood (1). Too small: everything is noise; too large: one cluster. A guide:
        the distance of each sample to its ``min_samples``-th nearest neighbour, sorted (the "k-distance"
        curve), bends near a good ε.
    min_samples : int, default 5
        The count (2) that makes a sample a core sample, the sample itself included.
    metric : {'euclidean', 'manhattan', 'chebyshev', 'minkowski', 'cosine', 'precomputed'}, default 'euclidean'
        The distance d in (1): ‖x − x'‖₂, Σⱼ |xⱼ − x'ⱼ|, maxⱼ |xⱼ − x'ⱼ|, (Σⱼ |xⱼ − x'ⱼ|ᵖ)^(1/p),
        1 − x·x'/(‖x‖·‖x'‖) (the n × n matrix of it is made first); with 'precomputed', X is the n × n matrix of
        distances. A callable metric is not supported: pass the matrix of its distances with 'precomputed'.
        ('cityblock', 'l1', 'l2' and 'infinity' are other names, as in scikit-learn.)
    metric_params : dict or None, default None
        {'p': value} for 'minkowski' (``p`` wins when both are given).
    algorithm : {'auto', 'ball_tree', 'kd_tree', 'brute'}, default 'auto'
        scikit-learn's choice of neighbour search. Here the neighbourhoods are always found by brute force in
        blocks (one matrix product per block for the euclidean distance); every choice gives the same clusters.
    leaf_size : int, default 30
        The leaf size of scikit-learn's trees: checked (>= 1), with no effect on brute force.
    p : float or None, default None
        The order of the Minkowski distance (None: 2).
    n_jobs : int or None, default None
        Checked (None, -1 or >= 1); the matrix products already use every core through NumPy's BLAS.

    Attributes
    ----------
    labels_ : ndarray of shape (n_samples,)
        The cluster of each sample, 0, 1, …, or −1 for noise.
    core_sample_indices_ : ndarray of shape (n_core_samples,)
    components_ : ndarray of shape (n_core_samples, n_features)
        The core samples themselves (rows of the distance matrix with 'precomputed').
    n_features_in_ : int

    Notes
    -----
    Distances are measured in float64, whatever the data's type. For float32 data with more than 15 features,
    scikit-learn 1.9's brute-force search decides a pair at a distance of exactly ε in float32 (on digits, with
    ε = √507 rounded down, it counts the pairs at distance √507 as neighbours; mldlab, and scikit-learn on the same
    data in float64, do not). Pass float64 data to compare such cases.

    Examples
    --------
    >>> X = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [2.0, 1.8], [9.0, 9.0], [9.0, 8.0], [8.0, 9.0]]
    >>> model = DBSCAN(eps=1.5, min_samples=3).fit(X)
    >>> model.labels_.tolist()
    [0, 0, 0, 0, 0, 1, 1, 1]
    >>> model.core_sample_indices_.tolist()
    [0, 1, 2, 3, 5, 6, 7]
    >>> DBSCAN(eps=1.0, min_samples=4).fit_predict(X).tolist()
    [-1, -1, -1, -1, -1, -1, -1, -1]
    """

    def __init__(self, eps: float = 0.5, *, min_samples: int = 5, metric: str = "euclidean", metric_params=None,
                 algorithm: str = "auto", leaf_size: int = 30, p=None, n_jobs=None):
        self.eps = eps
        self.min_samples = min_samples
        self.metric = metric
        self.metric_params = metric_params
        self.algorithm = algorithm
        self.leaf_size = leaf_size
        self.p = p
        self.n_jobs = n_jobs

    def fit(self, X, y=None, sample_weight=None) -> "DBSCAN":
        """Find the core samples and the clusters of X (``y`` is ignored)."""
        op = "DBSCAN.fit"
        X = check_array(X, op)
        metric, p = self._check_params(op)
        n = len(X)
        if metric == "precomputed":
            _check_distances(op, X)
        weights = np.ones(n) if sample_weight is None else _check_weights(op, sample_weight, n)
        D = cosine_distances(X) if metric == "cosine" else X
        row, col = radius_neighbors(D, float(self.eps), "precomputed" if metric == "cosine" else metric, p)  # (1)
        count = np.bincount(row, weights=weights[col], minlength=n)
        is_core = count >= self.min_samples  # (2)
        if metric in ("precomputed", "cosine") and not _symmetric(D <= self.eps):
            self.labels_ = walk_in_order(is_core, row, col)
        else:
            self.labels_ = cluster_labels(is_core, row, col)  # (3)–(5)
        self.core_sample_indices_ = np.flatnonzero(is_core)
        self.components_ = X[is_core].copy()
        self.n_features_in_ = X.shape[1]
        return self

    def fit_predict(self, X, y=None, sample_weight=None) -> np.ndarray:
        """Fit to X and return the cluster of each sample (−1 for noise)."""
        return self.fit(X, sample_weight=sample_weight).labels_

    def _check_params(self, op: str) -> tuple[str, float]:
        """Check the parameters; the metric by its main name, and its order p."""
        eps = self.eps
        if not isinstance(eps, numbers.Real) or isinstance(eps, bool) or not np.isfinite(eps) or eps <= 0:
            raise ValueError(message("dbscan_eps", op=op, value=eps))
        check_whole(op, "min_samples", self.min_samples, 1)
        check_choice(op, "metric", self.metric, _METRICS)
        check_choice(op, "algorithm", self.algorithm, ("auto", "ball_tree", "kd_tree", "brute"))
        check_whole(op, "leaf_size", self.leaf_size, 1)
        jobs = self.n_jobs
        if jobs is not None and jobs != -1:
            check_whole(op, "n_jobs", jobs, 1)
        params = self.metric_params or {}
        if not isinstance(params, dict) or set(params) - {"p"}:
            raise ValueError(message("dbscan_metric_params", op=op, value=self.metric_params))
        p = self.p if self.p is not None else params.get("p", 2)
        if p != np.inf:
            check_number(op, "p", p, positive=True)
        metric = {"cityblock": "manhattan", "l1": "manhattan", "l2": "euclidean", "infinity": "chebyshev"}.get(
            self.metric, self.metric)
        if metric == "minkowski":  # as scikit-learn: p = 1, 2, ∞ are the manhattan, euclidean, chebyshev distances
            metric = {1: "manhattan", 2: "euclidean", np.inf: "chebyshev"}.get(p, "minkowski")
        return metric, float(p)


def _check_distances(op: str, D: np.ndarray) -> None:
    """A precomputed matrix must be square, with distances >= 0."""
    if D.shape[0] != D.shape[1]:
        raise ValueError(message("dbscan_not_square", op=op, shape=D.shape))
    if (D < 0).any():
        i, j = (int(k) for k in np.argwhere(D < 0)[0])
        raise ValueError(message("dbscan_negative", op=op, i=i, j=j, value=D[i, j]))


def _check_weights(op: str, sample_weight, n: int) -> np.ndarray:
    """One finite weight per sample (a single number: the same weight for all, as scikit-learn)."""
    w = to_float(to_numpy(sample_weight, op, "sample_weight"), np.float64, op, "sample_weight")
    if w.ndim == 0:
        w = np.full(n, float(w))
    if w.shape != (n,):
        raise ValueError(message("dbscan_weights", op=op, shape=w.shape, n=n))
    return check_finite(w, op, "sample_weight")


def _symmetric(A: np.ndarray) -> bool:
    return bool(np.array_equal(A, A.T))
