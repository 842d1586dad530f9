"""What ``KMeans`` and ``MiniBatchKMeans`` share: the checks of their common parameters, the initial centres, and
``predict`` (nearest centre), ``transform`` (distance to every centre) and ``score`` (−J)."""

import warnings

import numpy as np

from mldlab.i18n import message
from mldlab.ml._kmeans_checks import (
    check_centers,
    check_data,
    check_init_kind,
    check_n_clusters,
    check_n_init,
    check_predict_data,
    check_weights,
    tolerance,
)
from mldlab.ml._kmeans_init import plusplus, random_samples
from mldlab.ml._kmeans_lloyd import inertia, nearest, squared_distances
from mldlab.ml._names_out import PrefixedNamesOutMixin
from mldlab.ml.base import BaseEstimator, ClusterMixin, TransformerMixin
from mldlab.ml.validation import check_number, check_whole


class BaseKMeans(PrefixedNamesOutMixin, ClusterMixin, TransformerMixin, BaseEstimator):
    """The parts of k-means that do not depend on how the centres are learned."""

    @property
    def _n_features_out(self) -> int:
        return len(self.cluster_centers_)  # transform: the distance to each centre

    def _check_params(self, X: np.ndarray, op: str, default_n_init: int) -> None:
        """Check the shared parameters against the data; sets ``_n_clusters``, ``_init_kind``, ``_n_init``,
        ``_tol`` (relative to the mean variance of the features, as scikit-learn)."""
        self._n_clusters = check_n_clusters(self.n_clusters, len(X), op)
        self._init_kind = check_init_kind(self.init, op)
        n_init = check_n_init(self.n_init, op)
        check_whole(op, "max_iter", self.max_iter, 1)
        self._tol = tolerance(X, check_number(op, "tol", self.tol))
        if n_init == "auto":
            n_init = 1 if self._init_kind in ("k-means++", "array") else default_n_init
        if self._init_kind == "array" and n_init != 1:
            warnings.warn(message("kmeans_n_init_array", op=op, estimator=type(self).__name__, n_init=n_init),
                          RuntimeWarning, stacklevel=3)
            n_init = 1
        self._n_init = n_init

    def _initial_centers(self, X, x_sq, sample_weight, rng, op: str, init_size: int | None = None):
        """Step 0: the initial centres from 'k-means++', 'random' or a callable ``init`` (on at most ``init_size``
        random samples); given centres are checked by the caller, before the data are centred."""
        if init_size is not None and init_size < len(X):
            rows = rng.integers(0, len(X), init_size)
            X, x_sq, sample_weight = X[rows], x_sq[rows], sample_weight[rows]
        if self._init_kind == "k-means++":
            return plusplus(X, self._n_clusters, x_sq, sample_weight, rng)[0]
        if self._init_kind == "random":
            return random_samples(X, self._n_clusters, sample_weight, rng)
        return check_centers(self.init(X, self._n_clusters, random_state=rng), X, self._n_clusters, op)  # callable

    def _prepare(self, X, sample_weight, op: str):
        """The checked data and weights of a fit (n_features_in_ is set here)."""
        X = check_data(X, op)
        self.n_features_in_ = X.shape[1]
        return X, check_weights(sample_weight, X, op)

    def fit_predict(self, X, y=None, sample_weight=None) -> np.ndarray:
        """Fit to ``X`` and return the cluster of each of its samples (``labels_``)."""
        return self.fit(X, sample_weight=sample_weight).labels_

    def fit_transform(self, X, y=None, sample_weight=None) -> np.ndarray:
        """Fit to ``X`` and return its distances to the centres."""
        return self.fit(X, sample_weight=sample_weight).transform(X)

    def predict(self, X) -> np.ndarray:
        """The nearest centre of each sample: c(x) = argminⱼ ‖x − μⱼ‖² (int32 labels, as scikit-learn's)."""
        X = check_predict_data(self, X, f"{type(self).__name__}.predict")
        return nearest(X, self.cluster_centers_.astype(X.dtype, copy=False))

    def transform(self, X) -> np.ndarray:
        """‖x − μⱼ‖ for every sample and centre, shape (n_samples, n_clusters): the data in "distance space"."""
        X = check_predict_data(self, X, f"{type(self).__name__}.transform")
        d2 = squared_distances(X.astype(np.float64), self.cluster_centers_.astype(np.float64))  # float64 even for
        return np.sqrt(d2.astype(X.dtype, copy=False))  # float32 data: ‖x‖² − 2x·μ + ‖μ‖² cancels digits

    def score(self, X, y=None, sample_weight=None) -> float:
        """−J = −Σᵢ wᵢ·‖xᵢ − μ_{c(i)}‖² on ``X`` (higher is better; the negated inertia)."""
        op = f"{type(self).__name__}.score"
        X = check_predict_data(self, X, op)
        weight = check_weights(sample_weight, X, op)
        centers = self.cluster_centers_.astype(X.dtype, copy=False)
        return -inertia(X, weight, centers, nearest(X, centers))
