"""Checks shared by ``KMeans``, ``MiniBatchKMeans`` and ``kmeans_plusplus``: the data (float32 kept, as in
scikit-learn), the sample weights, the number of clusters and the initial centres."""

import numbers

import numpy as np

from mldlab.data.arrays import to_float, to_numpy
from mldlab.i18n import message
from mldlab.ml._tree_weights import check_sample_weight
from mldlab.ml.validation import check_array, check_is_fitted, check_n_features, reject_sparse


def check_data(X, op: str) -> np.ndarray:
    """``X`` as a finite 2-D array: float32 stays float32 (as in scikit-learn), anything else becomes float64."""
    reject_sparse(X, op)
    raw = to_numpy(X, op, "X")
    checked = check_array(raw, op)
    return np.ascontiguousarray(raw) if raw.dtype == np.float32 else checked


def check_predict_data(estimator, X, op: str) -> np.ndarray:
    """``check_data`` for a fitted model, with its number of features."""
    check_is_fitted(estimator)
    X = check_data(X, op)
    check_n_features(estimator, X, op)
    return X


def check_weights(sample_weight, X: np.ndarray, op: str) -> np.ndarray:
    """The sample weights (None: all 1) in the dtype of ``X``."""
    return check_sample_weight(sample_weight, len(X), op).astype(X.dtype)


def check_n_clusters(n_clusters, n_samples: int, op: str) -> int:
    """k must be a whole number ≥ 1 and at most the number of samples."""
    if not isinstance(n_clusters, numbers.Integral) or isinstance(n_clusters, bool) or n_clusters < 1:
        raise ValueError(message("ml_param_whole", op=op, name="n_clusters", low=1, value=n_clusters))
    if n_clusters > n_samples:
        raise ValueError(message("kmeans_too_many_clusters", op=op, n_clusters=n_clusters, n_samples=n_samples))
    return int(n_clusters)


def check_init_kind(init, op: str) -> str:
    """'k-means++', 'random', 'array' or 'callable' (what ``init`` is), or a clear error."""
    if isinstance(init, str):
        if init not in ("k-means++", "random"):
            raise ValueError(message("kmeans_init", op=op, value=init))
        return init
    if callable(init):
        return "callable"
    if isinstance(init, (numbers.Number, type(None))):
        raise ValueError(message("kmeans_init", op=op, value=init))
    return "array"


def check_centers(centers, X: np.ndarray, n_clusters: int, op: str) -> np.ndarray:
    """Initial centres (given, or returned by a callable ``init``): (n_clusters, n_features), finite, X's dtype."""
    array = to_numpy(centers, op, "init")
    if array.ndim != 2 or array.shape[0] != n_clusters or array.shape[1] != X.shape[1]:
        raise ValueError(message("kmeans_init_shape", op=op, shape=array.shape, n_clusters=n_clusters,
                                 n_features=X.shape[1]))
    return np.array(check_array(to_float(array, X.dtype, op, "init"), op, name="init"), dtype=X.dtype)


def check_n_init(n_init, op: str):
    """``n_init`` is 'auto' or a whole number ≥ 1."""
    if isinstance(n_init, str) and n_init == "auto":
        return n_init
    if not isinstance(n_init, numbers.Integral) or isinstance(n_init, bool) or n_init < 1:
        raise ValueError(message("kmeans_n_init", op=op, value=n_init))
    return int(n_init)


def tolerance(X: np.ndarray, tol: float) -> float:
    """scikit-learn's tol is relative: the shift that stops Lloyd is tol × the mean variance of the features."""
    return 0.0 if tol == 0 else float(np.mean(np.var(X, axis=0)) * tol)
