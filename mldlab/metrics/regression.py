"""Regression metrics: how far the predicted numbers ŷ are from the true numbers y.

    MSE = 1/N Σ (y − ŷ)²                 mean squared error (the loss of ``nn.MSELoss``), in y's units²
    RMSE = √MSE                          root mean squared error, in y's units
    MAE = 1/N Σ |y − ŷ|                  mean absolute error, in y's units
    R²  = 1 − Σ (y − ŷ)² / Σ (y − ȳ)²     the fraction of y's variance explained: 1 is perfect, 0 is as good
                                          as always predicting the mean ȳ, and it can be negative

With several outputs per sample (y of shape (N, k)) each is computed per column and then averaged
(``multioutput='uniform_average'``), or returned per column (``'raw_values'``), as in scikit-learn.
"""

import warnings

import numpy as np

from mldlab.exceptions import UndefinedMetricWarning
from mldlab.i18n import message
from mldlab.metrics.inputs import regression_pair

MULTIOUTPUT = ("uniform_average", "raw_values")


def mean_squared_error(y_true, y_pred, *, multioutput: str = "uniform_average"):
    """MSE = 1/N Σᵢ (yᵢ − ŷᵢ)², the mean squared error.

    Parameters
    ----------
    y_true, y_pred : array-like or Tensor of shape (N,) or (N, k)
        (N,) and (N, 1) are the same thing here: no broadcasting to (N, N).
    multioutput : {'uniform_average', 'raw_values'}, default 'uniform_average'
        For k outputs: their mean, or one value per output.

    Returns
    -------
    float, or ndarray of shape (k,) for ``multioutput='raw_values'``

    Examples
    --------
    >>> from mldlab.metrics import mean_squared_error
    >>> mean_squared_error([3.0, -0.5, 2.0, 7.0], [2.5, 0.0, 2.0, 8.0])      # (0.25 + 0.25 + 0 + 1) / 4
    0.375
    """
    y_true, y_pred = regression_pair("mean_squared_error", y_true, y_pred)
    return _per_output("mean_squared_error", np.mean((y_true - y_pred) ** 2, axis=0), multioutput)


def root_mean_squared_error(y_true, y_pred, *, multioutput: str = "uniform_average"):
    """RMSE = √(1/N Σᵢ (yᵢ − ŷᵢ)²), the root mean squared error, in y's units.

    Parameters are those of ``mean_squared_error``; with several outputs, the root is taken per output first.

    Examples
    --------
    >>> from mldlab.metrics import root_mean_squared_error
    >>> root_mean_squared_error([3.0, -0.5, 2.0, 7.0], [2.5, 0.0, 2.0, 8.0])      # √0.375
    0.6123724356957945
    """
    y_true, y_pred = regression_pair("root_mean_squared_error", y_true, y_pred)
    return _per_output("root_mean_squared_error", np.sqrt(np.mean((y_true - y_pred) ** 2, axis=0)), multioutput)


def mean_absolute_error(y_true, y_pred, *, multioutput: str = "uniform_average"):
    """MAE = 1/N Σᵢ |yᵢ − ŷᵢ|, the mean absolute error.

    Parameters are those of ``mean_squared_error``.

    Returns
    -------
    float, or ndarray of shape (k,) for ``multioutput='raw_values'``

    Examples
    --------
    >>> from mldlab.metrics import mean_absolute_error
    >>> mean_absolute_error([3.0, -0.5, 2.0, 7.0], [2.5, 0.0, 2.0, 8.0])     # (0.5 + 0.5 + 0 + 1) / 4
    0.5
    """
    y_true, y_pred = regression_pair("mean_absolute_error", y_true, y_pred)
    return _per_output("mean_absolute_error", np.mean(np.abs(y_true - y_pred), axis=0), multioutput)


def r2_score(y_true, y_pred, *, multioutput: str = "uniform_average"):
    """R² = 1 − SS_res / SS_tot, the coefficient of determination.

    Math
    ----
    ::

        (1) SS_res = Σᵢ (yᵢ − ŷᵢ)²      the squared error left by the model
        (2) SS_tot = Σᵢ (yᵢ − ȳ)²       the squared error of always predicting the mean ȳ
        (3) R² = 1 − SS_res / SS_tot    (if SS_tot = 0: 1.0 when SS_res = 0, else 0.0, as in scikit-learn)

    Parameters are those of ``mean_squared_error``.

    Returns
    -------
    float, or ndarray of shape (k,) for ``multioutput='raw_values'``; NaN (with an ``UndefinedMetricWarning``)
    for fewer than two samples.

    Examples
    --------
    >>> from mldlab.metrics import r2_score
    >>> r2_score([1.0, 2.0, 3.0], [1.0, 2.0, 3.0])
    1.0
    >>> r2_score([1.0, 2.0, 3.0], [2.0, 2.0, 2.0])           # always the mean: no better than ȳ
    0.0
    >>> r2_score([1.0, 2.0, 3.0], [3.0, 2.0, 1.0])           # worse than the mean
    -3.0
    """
    op = "r2_score"
    y_true, y_pred = regression_pair(op, y_true, y_pred)
    ss_res = np.sum((y_true - y_pred) ** 2, axis=0)  # (1)
    ss_tot = np.sum((y_true - y_true.mean(axis=0)) ** 2, axis=0)  # (2)
    return r2_from_sums(op, ss_res, ss_tot, len(y_true), multioutput)


def r2_from_sums(op: str, ss_res: np.ndarray, ss_tot: np.ndarray, n: int, multioutput: str):
    """(3) R² per output, averaged as asked; shared by ``r2_score`` and ``R2Score``."""
    if multioutput not in MULTIOUTPUT:
        raise ValueError(message("metric_multioutput", op=op, options=list(MULTIOUTPUT), value=multioutput))
    if n < 2:
        warnings.warn(message("metric_r2_few", op=op), UndefinedMetricWarning, stacklevel=3)
        return float("nan")
    scores = np.ones_like(ss_tot)
    explained = ss_tot != 0
    scores[explained] = 1 - ss_res[explained] / ss_tot[explained]
    scores[~explained & (ss_res != 0)] = 0.0
    return _per_output(op, scores, multioutput)


def _per_output(op: str, values: np.ndarray, multioutput: str):
    if multioutput == "raw_values":
        return values
    if multioutput != "uniform_average":
        raise ValueError(message("metric_multioutput", op=op, options=list(MULTIOUTPUT), value=multioutput))
    return float(np.mean(values))
