"""MSE, MAE and R² counted over the batches of an epoch, under Keras's names: ``MeanSquaredError``,
``MeanAbsoluteError``, ``R2Score`` (the formulas and the functions are in ``mldlab.metrics.regression``).
"""

import numpy as np

from mldlab.i18n import message
from mldlab.metrics.inputs import regression_pair
from mldlab.metrics.regression import MULTIOUTPUT, r2_from_sums
from mldlab.train.metrics.metric import Metric, _divide, _total


class MeanSquaredError(Metric):
    """MSE = Σ (y − ŷ)² / count over all batches (all outputs together).

    Math
    ----
    ::

        (1) total ← total + Σ (y − ŷ)²,   count ← count + (number of values in the batch)
        (2) MSE = total / count

    Parameters
    ----------
    name : str, default 'mean_squared_error'

    Notes
    -----
    With k outputs per sample this is the mean over all N·k values, which equals scikit-learn's
    ``mean_squared_error`` (mean over outputs of per-output means) and Keras's ``MeanSquaredError``.

    Examples
    --------
    >>> from mldlab.train.metrics import MeanSquaredError
    >>> metric = MeanSquaredError()
    >>> metric.update_state([[3.0], [-0.5], [2.0]], [[2.5], [0.0], [2.0]])
    >>> metric.update_state([[7.0]], [[8.0]])
    >>> metric.result()                          # (0.25 + 0.25 + 0 + 1) / 4
    0.375
    """

    def __init__(self, name: str = "mean_squared_error"):
        super().__init__(name=name)

    def reset_state(self) -> None:
        self.total = 0.0
        self.count = 0

    def update_state(self, y_true, y_pred) -> None:
        y_true, y_pred = regression_pair(type(self).__name__, y_true, y_pred, allow_empty=True)
        self.total += _total((y_true - y_pred) ** 2)  # (1)
        self.count += y_true.size

    def result(self) -> float:
        return _divide(self.total, self.count)  # (2)


class MeanAbsoluteError(MeanSquaredError):
    """MAE = Σ |y − ŷ| / count over all batches (all outputs together).

    Math
    ----
    ::

        (1) total ← total + Σ |y − ŷ|,   count ← count + (number of values in the batch)
        (2) MAE = total / count

    Parameters
    ----------
    name : str, default 'mean_absolute_error'

    Examples
    --------
    >>> from mldlab.train.metrics import MeanAbsoluteError
    >>> metric = MeanAbsoluteError()
    >>> metric.update_state([3.0, -0.5], [2.5, 0.0])
    >>> metric.update_state([2.0, 7.0], [2.0, 8.0])
    >>> metric.result()                          # (0.5 + 0.5 + 0 + 1) / 4
    0.5
    """

    def __init__(self, name: str = "mean_absolute_error"):
        super().__init__(name=name)

    def update_state(self, y_true, y_pred) -> None:
        y_true, y_pred = regression_pair(type(self).__name__, y_true, y_pred, allow_empty=True)
        self.total += _total(np.abs(y_true - y_pred))  # (1)
        self.count += y_true.size


class R2Score(Metric):
    """R² = 1 − SS_res / SS_tot over all batches, exactly as ``r2_score`` on all the data.

    SS_tot = Σ (y − ȳ)² needs the mean ȳ of *all* samples, unknown until the epoch ends. Each batch b
    (n_b samples, mean ȳ_b, M_b = Σ (y − ȳ_b)² within the batch) is merged into the running n, ȳ and
    M = Σ (y − ȳ)² (Chan et al.'s parallel variance), so that no data is kept:

    Math
    ----
    ::

        (1) δ = ȳ_b − ȳ,   n' = n + n_b
        (2) ȳ ← ȳ + δ·n_b / n'
        (3) M ← M + M_b + δ²·n·n_b / n',   n ← n'
        (4) SS_res ← SS_res + Σ (y − ŷ)²
        (5) R² = 1 − SS_res / M per output, averaged over the outputs (rules of ``r2_score``)

    Parameters
    ----------
    multioutput : {'uniform_average', 'raw_values'}, default 'uniform_average'
        Keras's ``class_aggregation`` (``'uniform_average'`` or ``None``).
    name : str, default 'r2_score'

    Notes
    -----
    Keras's ``R2Score`` keeps Σy and Σy² instead, and computes SS_tot = Σy² − (Σy)²/n, which loses digits
    when the mean is large compared with the spread. Before any update the result is 0.0; with one
    sample it is NaN (with a warning), as ``r2_score``.

    References
    ----------
    Chan, Golub, LeVeque. Updating formulae and a pairwise algorithm for computing sample variances. 1979.

    Examples
    --------
    >>> from mldlab.train.metrics import R2Score
    >>> metric = R2Score()
    >>> metric.update_state([1.0, 2.0], [1.5, 2.0])
    >>> metric.update_state([3.0, 4.0], [3.0, 3.5])
    >>> metric.result()                          # 1 − 0.5 / 5
    0.9
    """

    def __init__(self, multioutput: str = "uniform_average", name: str = "r2_score"):
        if multioutput not in MULTIOUTPUT:
            raise ValueError(message("metric_multioutput", op="R2Score", options=list(MULTIOUTPUT),
                                     value=multioutput))
        self.multioutput = multioutput
        super().__init__(name=name)

    def reset_state(self) -> None:
        self.count = 0
        self.mean = None  # ȳ, one per output (created at the first batch, when k is known)
        self.m2 = None  # M = Σ (y − ȳ)²
        self.ss_res = None  # Σ (y − ŷ)²

    def update_state(self, y_true, y_pred) -> None:
        y_true, y_pred = regression_pair(type(self).__name__, y_true, y_pred, allow_empty=True)
        n_b = len(y_true)
        if n_b == 0:
            return
        if self.mean is None:
            k = y_true.shape[1]
            self.mean, self.m2, self.ss_res = np.zeros(k), np.zeros(k), np.zeros(k)
        elif y_true.shape[1] != len(self.mean):
            raise ValueError(message("metric_outputs_changed", op=type(self).__name__, before=len(self.mean),
                                     now=y_true.shape[1]))
        mean_b = y_true.mean(axis=0)
        m2_b = np.sum((y_true - mean_b) ** 2, axis=0)
        delta = mean_b - self.mean  # (1)
        n = self.count + n_b
        self.mean = self.mean + delta * (n_b / n)  # (2)
        self.m2 = self.m2 + m2_b + delta**2 * self.count * n_b / n  # (3)
        self.count = n
        self.ss_res = self.ss_res + np.sum((y_true - y_pred) ** 2, axis=0)  # (4)

    def result(self):
        if self.count == 0:
            return 0.0
        return r2_from_sums(type(self).__name__, self.ss_res, self.m2, self.count, self.multioutput)  # (5)

    def _config(self) -> dict:
        return {"multioutput": self.multioutput}
