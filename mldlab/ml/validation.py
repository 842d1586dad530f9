"""Checking what a learner passes to ``fit`` and ``predict``, so a mistake gets a clear message, not a traceback.

============================================  ========================================================================
mistake                                       message
============================================  ========================================================================
NaN or ±∞ in X                                names the first place, e.g. ``X[3, 1] = nan``
text in X                                     names the first such value and where it is
1-D X (one feature? one sample?)              the hint ``X.reshape(-1, 1)`` or ``X.reshape(1, -1)``
no samples or no features                     the shape received
X and y of different lengths                  both numbers
another number of features in ``predict``     both numbers: fitted with … features, got …
continuous y for a classifier                 a value, and the hint to use a regressor
a SciPy sparse matrix                         ``TypeError``, with the hint ``X.toarray()``
``predict`` before ``fit``                    ``NotFittedError`` (``mldlab.exceptions``, one class for all of mldlab)
============================================  ========================================================================

Examples
--------
>>> import numpy as np
>>> check_array([[1, 2], [3, 4]], "fit").dtype
dtype('float64')
>>> check_array(np.array([1.0, 2.0, 3.0]), "KNeighborsClassifier.fit")
Traceback (most recent call last):
...
ValueError: KNeighborsClassifier.fit: expected a 2-D array X (samples × features), got a 1-D array of shape (3,)...
"""

import numbers

import numpy as np

from mldlab._random import get_rng
from mldlab.data.arrays import check_finite, to_float, to_numpy
from mldlab.exceptions import NotFittedError
from mldlab.i18n import message


def check_array(X, op: str, *, name: str = "X") -> np.ndarray:
    """``X`` as a float64 array of shape (samples, features) with finite numbers, or a clear error.

    Lists, NumPy arrays, mldlab Tensors and pandas tables are accepted. The input is never modified: a new array
    is returned whenever the values had to be converted (and the estimators copy what they keep).
    """
    reject_sparse(X, op, name)
    array = to_numpy(X, op, name)
    if array.ndim == 1:
        raise ValueError(message("ml_1d", op=op, name=name, shape=array.shape))
    if array.ndim != 2:
        raise ValueError(message("ml_ndim", op=op, name=name, ndim=array.ndim, shape=array.shape))
    if array.shape[0] == 0 or array.shape[1] == 0:
        raise ValueError(message("ml_empty", op=op, name=name, n_samples=array.shape[0], n_features=array.shape[1]))
    return check_finite(to_float(array, np.float64, op, name), op, name)


def reject_sparse(X, op: str, name: str = "X") -> None:
    """A SciPy sparse matrix (its zeros are not stored) gets a ``TypeError`` with the hint ``toarray()``."""
    if hasattr(X, "toarray") and hasattr(X, "nnz"):
        raise TypeError(message("ml_sparse", op=op, name=name, kind=type(X).__name__, shape=X.shape))


def check_X_y(X, y, op: str, *, y_numeric: bool = False) -> tuple[np.ndarray, np.ndarray]:  # noqa: N802
    """``X`` (see ``check_array``) and ``y`` as a 1-D array with one target per sample.

    With ``y_numeric`` (regressors) ``y`` becomes float64 and must be finite; otherwise (classifiers) labels may
    be numbers or text. A column (N, 1) is taken as N targets.
    """
    X = check_array(X, op)
    y = to_numpy(y, op, "y", numeric=y_numeric)
    if y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    if y.ndim != 1:
        raise ValueError(message("ml_y_ndim", op=op, shape=y.shape))
    if len(y) != len(X):
        raise ValueError(message("ml_lengths", op=op, n_X=len(X), n_y=len(y)))
    if y_numeric:
        y = to_float(y, np.float64, op, "y")
    return X, check_finite(y, op, "y")


def check_classification_targets(estimator, y: np.ndarray, op: str, *,
                                 min_classes: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """The sorted classes in ``y`` and ``y`` as class positions 0, 1, …, C − 1.

    Floats that are not whole numbers are continuous targets: a regressor's job, not a classifier's.
    Models that weigh classes against each other (logistic regression, boosting) need two classes; those that
    only count (neighbours, trees, forests, bagging) accept one, as scikit-learn's do (``min_classes=1``).
    """
    if y.dtype.kind == "f" and not np.all(np.mod(y, 1) == 0):
        value = y[np.mod(y, 1) != 0][0]
        raise ValueError(message("ml_continuous_labels", op=op, estimator=type(estimator).__name__, value=value))
    classes, encoded = np.unique(y, return_inverse=True)
    if len(classes) < min_classes:
        raise ValueError(message("ml_one_class", op=op, estimator=type(estimator).__name__, label=classes[0]))
    return classes, encoded.reshape(-1)


def check_is_fitted(estimator, attributes=None) -> None:
    """Raise ``NotFittedError`` unless ``estimator`` has been fitted.

    Fitted means: it has the ``attributes`` named, or else any attribute whose name ends in ``_`` (what ``fit``
    learns: ``coef_``, ``classes_``, ``n_features_in_``).
    """
    names = [attributes] if isinstance(attributes, str) else attributes
    if names is not None:
        fitted = all(hasattr(estimator, a) for a in names)
    else:
        fitted = any(k.endswith("_") and not k.startswith("__") for k in vars(estimator))
    if not fitted:
        raise NotFittedError(message("ml_not_fitted", estimator=type(estimator).__name__))


def check_n_features(estimator, X: np.ndarray, op: str) -> None:
    """At predict time, X must have the number of features the estimator was fitted with."""
    if X.shape[1] != estimator.n_features_in_:
        raise ValueError(message("ml_features", op=op, estimator=type(estimator).__name__, got=X.shape[1],
                                 expected=estimator.n_features_in_))


def check_for_predict(estimator, X, op: str) -> np.ndarray:
    """``check_is_fitted``, ``check_array`` and ``check_n_features`` in one call: the start of every predict."""
    check_is_fitted(estimator)
    X = check_array(X, op)
    check_n_features(estimator, X, op)
    return X


def check_random_state(random_state, op: str) -> np.random.Generator:
    """A NumPy generator: from the seed ``random_state``, or this thread's default one (``mldlab.manual_seed``).

    A ``np.random.RandomState`` (scikit-learn's kind) gives a generator seeded from its next number: the same
    RandomState gives the same numbers, and passing one instance to several fits gives each fit other numbers.
    """
    if random_state is None:
        return get_rng()
    if isinstance(random_state, np.random.Generator):
        return random_state
    if isinstance(random_state, np.random.RandomState):  # a legacy generator: a seed drawn from it, as it advances
        return np.random.default_rng(int(random_state.randint(2**31 - 1)))
    if isinstance(random_state, numbers.Integral) and not isinstance(random_state, bool) and random_state >= 0:
        return np.random.default_rng(int(random_state))
    raise ValueError(message("ml_random_state", op=op, value=random_state))


def check_whole(op: str, name: str, value, low: int) -> int:
    """A parameter that must be a whole number >= ``low`` (``n_neighbors``, ``max_iter``, ``n_splits``)."""
    if not isinstance(value, numbers.Integral) or isinstance(value, bool) or value < low:
        raise ValueError(message("ml_param_whole", op=op, name=name, low=low, value=value))
    return int(value)


def check_number(op: str, name: str, value, *, positive: bool = False) -> float:
    """A parameter that must be a number >= 0 (``alpha``, ``tol``), or > 0 with ``positive`` (``C``)."""
    ok = isinstance(value, numbers.Real) and not isinstance(value, bool) and np.isfinite(value)
    if not ok or value < 0 or (positive and value == 0):
        key_value = {"op": op, "name": name, "value": value}
        raise ValueError(message("ml_param_positive", **key_value) if positive else message("ml_param_nonneg",
                                                                                             **key_value))
    return float(value)


def check_choice(op: str, name: str, value, choices: tuple):
    """A parameter that must be one of a few names (``weights``, ``metric``, ``algorithm``)."""
    if not isinstance(value, (str, bool, type(None))) or value not in choices:
        raise ValueError(message("ml_param_choice", op=op, name=name, choices=list(choices), value=value))
    return value
