"""Checking a Gaussian mixture's parameters and given initial values, so that a mistake gets a clear message."""

import numbers

import numpy as np

from mldlab.data.arrays import check_finite, to_float, to_numpy
from mldlab.i18n import message
from mldlab.ml.validation import check_choice, check_number, check_whole

COVARIANCE_TYPES = ("full", "tied", "diag", "spherical")
INIT_PARAMS = ("kmeans", "k-means++", "random", "random_from_data")


def check_parameters(model, X: np.ndarray, op: str) -> None:
    """The hyper-parameters, and at least max(2, n_components) samples."""
    check_whole(op, "n_components", model.n_components, 1)
    check_choice(op, "covariance_type", model.covariance_type, COVARIANCE_TYPES)
    check_number(op, "tol", model.tol)
    check_number(op, "reg_covar", model.reg_covar)
    check_whole(op, "max_iter", model.max_iter, 0)
    check_whole(op, "n_init", model.n_init, 1)
    check_choice(op, "init_params", model.init_params, INIT_PARAMS)
    check_choice(op, "warm_start", model.warm_start, (True, False))
    if not isinstance(model.verbose, bool):
        check_whole(op, "verbose", model.verbose, 0)
    check_whole(op, "verbose_interval", model.verbose_interval, 1)
    if len(X) < 2:
        raise ValueError(message("gmm_one_sample", op=op, n_samples=len(X)))
    if len(X) < model.n_components:
        raise ValueError(message("gmm_too_many_components", op=op, n_components=model.n_components,
                                 n_samples=len(X)))


def check_inits(model, n_features: int, op: str) -> tuple:
    """``weights_init``, ``means_init`` and ``precisions_init`` as float64 arrays of the right shapes (or None)."""
    K, d = model.n_components, n_features
    weights = _init_array(op, "weights_init", model.weights_init, (K,))
    if weights is not None:
        if np.any(weights < 0.0) or np.any(weights > 1.0):
            raise ValueError(message("gmm_weights_range", op=op, low=float(weights.min()), high=float(weights.max())))
        if not abs(1.0 - np.sum(weights)) <= 1e-8:
            raise ValueError(message("gmm_weights_sum", op=op, total=float(np.sum(weights))))
    means = _init_array(op, "means_init", model.means_init, (K, d))
    shapes = {"full": (K, d, d), "tied": (d, d), "diag": (K, d), "spherical": (K,)}
    precisions = _init_array(op, "precisions_init", model.precisions_init, shapes[model.covariance_type])
    if precisions is not None:
        if model.covariance_type in ("full", "tied"):
            for k, P in enumerate(precisions if model.covariance_type == "full" else [precisions]):
                if not (np.allclose(P, P.T) and np.all(np.linalg.eigvalsh(P) > 0.0)):
                    raise ValueError(message("gmm_precision_not_pd", op=op, component=k,
                                             covariance_type=model.covariance_type))
        elif np.any(precisions <= 0.0):
            raise ValueError(message("gmm_precision_not_positive", op=op, value=float(precisions.min()),
                                     covariance_type=model.covariance_type))
    return weights, means, precisions


def check_n_samples(op: str, n_samples) -> int:
    """``sample(n_samples)`` needs a whole number >= 1."""
    if not isinstance(n_samples, numbers.Integral) or isinstance(n_samples, bool) or n_samples < 1:
        raise ValueError(message("ml_param_whole", op=op, name="n_samples", low=1, value=n_samples))
    return int(n_samples)


def _init_array(op: str, name: str, value, shape: tuple) -> np.ndarray | None:
    if value is None:
        return None
    array = check_finite(to_float(to_numpy(value, op, name), np.float64, op, name), op, name)
    if array.shape != shape:
        raise ValueError(message("gmm_init_shape", op=op, name=name, expected=shape, shape=array.shape))
    return array
