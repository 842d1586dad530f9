"""Putting features on one scale, with statistics learned from the training data only.

A feature measured in hundreds (a wine's proline) would otherwise swamp one measured in tenths (its hue),
and gradient descent would crawl. The rule that keeps a test honest: ``fit`` on the training data,
then ``transform`` the training data *and* the test data with those same statistics.

Examples
--------
>>> import numpy as np
>>> from mldlab.data import StandardScaler
>>> X_train = np.array([[4.0, 5.0], [2.0, 1.0], [6.0, 9.0]], dtype=np.float32)
>>> scaler = StandardScaler().fit(X_train)
>>> scaler.mean_.tolist(), scaler.var_.round(3).tolist()
([4.0, 5.0], [2.667, 10.667])
>>> scaler.transform(np.array([[4.0, 13.0]], dtype=np.float32)).round(3)
array([[0.   , 2.449]], dtype=float32)
"""

import numbers

import numpy as np

from mldlab.data.arrays import check_finite, to_float, to_numpy
from mldlab.estimator import BaseEstimator
from mldlab.exceptions import NotFittedError
from mldlab.i18n import message
from mldlab.tensor import Tensor


def _as_matrix(name: str, op: str, X) -> tuple[np.ndarray, bool]:
    """``X`` as a float array of shape (samples, features), and whether it came as a Tensor.

    Lists, arrays, Tensors and pandas tables (``.to_numpy()``) are accepted; float arrays keep their dtype, others
    (integers, booleans) become float32, mldlab's default float (scikit-learn would give float64). None, text,
    ragged lists, NaN and ±∞ are refused with the place named (``mldlab.data.arrays``).
    """
    where = f"{name}.{op}"
    array = to_numpy(X, where, "X")
    if array.ndim != 2:
        raise ValueError(message("data_scaler_2d", name=name, shape=array.shape))
    check_finite(array, where, "X")
    return (array if array.dtype.kind == "f" else to_float(array, np.float32, where, "X")), isinstance(X, Tensor)


class _Scaler(BaseEstimator):
    """Shared plumbing: checking inputs, ``fit_transform``, and returning the kind of input received.

    As estimators (``mldlab.estimator``) they have ``get_params``, ``set_params``, ``clone`` and a ``repr`` with
    the parameters that differ from their defaults, so they work in ``mldlab.ml``'s pipelines and searches.
    """

    def fit(self, X, y=None):
        raise NotImplementedError

    def fit_transform(self, X, y=None):
        """``fit(X)`` then ``transform(X)``: for the training data only."""
        return self.fit(X).transform(X)

    def _input(self, X, op: str) -> tuple[np.ndarray, bool]:
        name = type(self).__name__
        if not hasattr(self, "n_features_in_"):
            raise NotFittedError(message("data_scaler_not_fitted", name=name))
        array, is_tensor = _as_matrix(name, op, X)
        if array.shape[1] != self.n_features_in_:
            raise ValueError(message("data_scaler_features", name=name, expected=self.n_features_in_,
                                     got=array.shape[1]))
        return array.copy(), is_tensor

    def _output(self, array: np.ndarray, is_tensor: bool, op: str):
        """The result, of the kind received; values that overflowed the dtype are an error, not a silent ±∞."""
        if not np.isfinite(array).all():
            index = tuple(int(i) for i in np.argwhere(~np.isfinite(array))[0])
            raise ValueError(message("scaler_overflow", name=type(self).__name__, op=op, dtype=array.dtype,
                                     where=f"[{index[0]}, {index[1]}]", value=array[index]))
        return Tensor._make(array) if is_tensor else array


class StandardScaler(_Scaler):
    """Standardise features: subtract the training mean, divide by the training standard deviation.

    For each feature j, over the n training rows::

        (1) μ_j  = (1/n) Σ_i x_ij                    mean_
        (2) σ²_j = (1/n) Σ_i (x_ij − μ_j)²           var_ (the population variance, as scikit-learn)
        (3) s_j  = σ_j, or 1 when σ²_j is 0          scale_ (a constant feature is only shifted)
        (4) z_ij = (x_ij − μ_j) / s_j                transform
        (5) x_ij = z_ij · s_j + μ_j                  inverse_transform

    After ``fit_transform`` every training feature has mean 0 and standard deviation 1; test data
    transformed with the same μ and s will be close to that, not exactly.

    Parameters
    ----------
    with_mean : bool, default True
        Subtract the mean (step 4).
    with_std : bool, default True
        Divide by the standard deviation (step 4).

    Attributes
    ----------
    mean_, var_, scale_ : ndarray of shape (n_features,), float64
        ``var_`` and ``scale_`` are None with ``with_std=False``; ``mean_`` is None when both options are off
        (as in scikit-learn).
    n_features_in_ : int
    n_samples_seen_ : int

    Notes
    -----
    Accepts NumPy arrays and mldlab Tensors and returns the same kind; float32 stays float32. Statistics
    are computed in float64 and rounded to the input's dtype when applied, exactly as scikit-learn does.
    Unlike scikit-learn, integer input becomes float32, and NaN (missing values) is an error.

    Examples
    --------
    >>> import mldlab
    >>> X = mldlab.tensor([[1.0, 10.0], [3.0, 10.0]])
    >>> StandardScaler().fit_transform(X)
    tensor([[-1.,  0.],
            [ 1.,  0.]])
    """

    def __init__(self, with_mean: bool = True, with_std: bool = True):
        self.with_mean = with_mean
        self.with_std = with_std

    def fit(self, X, y=None) -> "StandardScaler":
        """Learn μ and s from ``X`` (the training data) and return the scaler."""
        array, _ = _as_matrix("StandardScaler", "fit", X)
        x = array.astype(np.float64)
        n = len(x)
        if n == 0:
            raise ValueError(message("data_scaler_empty", name="StandardScaler"))
        self.n_features_in_ = x.shape[1]
        self.n_samples_seen_ = n
        self.mean_ = self.var_ = self.scale_ = None
        if self.with_mean or self.with_std:
            self.mean_ = x.sum(axis=0) / n  # (1)
        if self.with_std:
            self.var_ = ((x - self.mean_) ** 2).sum(axis=0) / n  # (2)
            eps = np.finfo(np.float64).eps
            constant = self.var_ <= n * eps * self.var_ + (n * self.mean_ * eps) ** 2  # σ² is 0 up to rounding
            self.scale_ = np.where(constant, 1.0, np.sqrt(self.var_))  # (3)
        return self

    def transform(self, X):
        """Standardise ``X`` (training or test data) with the learned μ and s."""
        out, is_tensor = self._input(X, "transform")
        with np.errstate(over="ignore"):  # an overflow is reported by _output, with its place
            if self.with_mean:
                out -= self.mean_.astype(out.dtype)  # (4)
            if self.with_std:
                out /= self.scale_.astype(out.dtype)
        return self._output(out, is_tensor, "transform")

    def inverse_transform(self, X):
        """Undo ``transform``: back to the original units."""
        out, is_tensor = self._input(X, "inverse_transform")
        with np.errstate(over="ignore"):
            if self.with_std:
                out *= self.scale_.astype(out.dtype)  # (5)
            if self.with_mean:
                out += self.mean_.astype(out.dtype)
        return self._output(out, is_tensor, "inverse_transform")


class MinMaxScaler(_Scaler):
    """Rescale each feature to a range, by default [0, 1], using the training minimum and maximum.

    For each feature j, with feature_range = (a, b)::

        (1) scale_j = (b − a) / (max_j − min_j)      (1 / 1 when max_j = min_j)
        (2) min_j'  = a − min_j · scale_j            min_
        (3) x'_ij   = x_ij · scale_j + min_j'        transform: min_j ↦ a, max_j ↦ b
        (4) x_ij    = (x'_ij − min_j') / scale_j     inverse_transform

    Test data may land outside [a, b] (a value above the training maximum); ``clip=True`` cuts it back.

    Parameters
    ----------
    feature_range : tuple (a, b), default (0, 1)
    clip : bool, default False

    Attributes
    ----------
    data_min_, data_max_, data_range_, scale_, min_ : ndarray of shape (n_features,), the input's dtype
    n_features_in_ : int
    n_samples_seen_ : int

    Examples
    --------
    >>> import numpy as np
    >>> MinMaxScaler().fit_transform(np.array([[0.0], [5.0], [10.0]], dtype=np.float32)).ravel().tolist()
    [0.0, 0.5, 1.0]
    """

    def __init__(self, feature_range=(0, 1), clip: bool = False):
        self.feature_range = feature_range
        self.clip = clip

    def fit(self, X, y=None) -> "MinMaxScaler":
        """Learn each feature's minimum and maximum from ``X`` (the training data) and return the scaler."""
        a, b = _feature_range(self.feature_range)
        array, _ = _as_matrix("MinMaxScaler", "fit", X)
        if len(array) == 0:
            raise ValueError(message("data_scaler_empty", name="MinMaxScaler"))
        self.n_features_in_ = array.shape[1]
        self.n_samples_seen_ = len(array)
        self.data_min_ = array.min(axis=0)
        self.data_max_ = array.max(axis=0)
        with np.errstate(over="ignore"):
            self.data_range_ = self.data_max_ - self.data_min_
        if not np.isfinite(self.data_range_).all():
            j = int(np.argmax(~np.isfinite(self.data_range_)))
            raise ValueError(message("scaler_range_overflow", feature=j, dtype=array.dtype, low=self.data_min_[j],
                                     high=self.data_max_[j]))
        tiny = 10 * np.finfo(array.dtype).eps
        self.scale_ = (b - a) / np.where(self.data_range_ < tiny, 1, self.data_range_).astype(array.dtype)  # (1)
        self.min_ = a - self.data_min_ * self.scale_  # (2)
        return self

    def transform(self, X):
        """Rescale ``X`` (training or test data) with the learned minimum and maximum."""
        out, is_tensor = self._input(X, "transform")
        with np.errstate(over="ignore"):
            out *= self.scale_.astype(out.dtype)  # (3)
            out += self.min_.astype(out.dtype)
        if self.clip:
            np.clip(out, *self.feature_range, out=out)
        return self._output(out, is_tensor, "transform")

    def inverse_transform(self, X):
        """Undo ``transform``: back to the original units."""
        out, is_tensor = self._input(X, "inverse_transform")
        with np.errstate(over="ignore"):
            out -= self.min_.astype(out.dtype)  # (4)
            out /= self.scale_.astype(out.dtype)
        return self._output(out, is_tensor, "inverse_transform")


def _feature_range(value) -> tuple[float, float]:
    """``feature_range`` as two finite numbers a < b."""
    pair = tuple(value) if isinstance(value, (tuple, list)) else ()
    if len(pair) != 2 or not all(isinstance(v, numbers.Real) and not isinstance(v, bool) and np.isfinite(v)
                                 for v in pair) or not pair[0] < pair[1]:
        raise ValueError(message("data_scaler_range", value=value))
    return float(pair[0]), float(pair[1])
