"""Running means: ``Mean`` (of any value, e.g. the loss) and ``MeanMetricWrapper`` (of a function's value)."""

import numpy as np

from mldlab.data.arrays import to_numpy
from mldlab.grad_mode import no_grad
from mldlab.metrics.inputs import as_array
from mldlab.train.metrics.metric import Metric, _divide, _total


class Mean(Metric):
    """The running (weighted) mean of the values given to ``update_state``: used for the loss in ``fit``.

    Math
    ----
    ::

        (1) total ← total + Σ w·v,   count ← count + Σ w      (w = 1 without sample_weight)
        (2) mean = total / count                            (0.0 before any update, as in Keras)

    Parameters
    ----------
    name : str, optional
        Default ``'mean'``.

    Notes
    -----
    A batch's mean loss J_b over n_b samples, given as ``update_state(J_b, sample_weight=n_b)`` (as Keras's
    ``fit`` does), makes (2) Σ n_b·J_b / Σ n_b: the mean loss over all samples of the epoch, even when the last
    batch is smaller. Without the weight it is the mean of the batch means.

    Examples
    --------
    >>> from mldlab.train.metrics import Mean
    >>> loss = Mean(name="loss")
    >>> loss.update_state(0.5, sample_weight=32)     # a batch of 32 samples with mean loss 0.5
    >>> loss.update_state(0.25, sample_weight=8)     # the last batch: 8 samples
    >>> loss.result()                                # (32·0.5 + 8·0.25) / 40
    0.45
    >>> loss.reset_state()
    >>> loss.result()
    0.0
    """

    def __init__(self, name: str = "mean"):
        super().__init__(name=name)

    def reset_state(self) -> None:
        self.total = 0.0
        self.count = 0.0

    def update_state(self, values, sample_weight=None) -> None:
        """Add ``values`` (a number, a 0-d Tensor like a loss, or an array), each weighted by ``sample_weight``.

        Parameters
        ----------
        values : float, array-like or Tensor
        sample_weight : float or array-like, optional
            A weight w per value (broadcast to the shape of ``values``); default 1.
        """
        op = type(self).__name__
        values = to_numpy(values, op, "values").astype(np.float64)
        weights = np.broadcast_to(np.float64(1.0) if sample_weight is None else
                                  to_numpy(sample_weight, op, "sample_weight"), values.shape)
        self.total += _total(weights * values)  # (1)
        self.count += _total(weights)

    def result(self) -> float:
        return _divide(self.total, self.count)  # (2)


class MeanMetricWrapper(Mean):
    """A function ``fn(y_true, y_pred)`` turned into a metric object: the mean of its values over all samples.

    Math
    ----
    ::

        (1) v ← fn(y_true, y_pred) on a batch of n samples
        (2) total ← total + n·v,  count ← count + n       if v is one number (a batch mean)
            total ← total + Σ v,  count ← count + size(v)  if v has one value per sample (as in Keras)
        (3) result = total / count

    Parameters
    ----------
    fn : callable
        ``fn(y_true, y_pred)`` returning a number (or a 0-d Tensor, e.g. a loss), or one value per sample.
    name : str, optional
        Default: the function's ``__name__``.

    Notes
    -----
    The result is exact on the whole data for functions that are a mean over samples (accuracy, MSE, MAE):
    the batch values are weighted by batch size. For other functions (precision, F1, R²) it is only the
    weighted mean of the batch values: use the metric objects (``Precision``, ``R2Score``, …) instead.

    Examples
    --------
    >>> from mldlab.train.metrics import MeanMetricWrapper, mean_absolute_error
    >>> mae = MeanMetricWrapper(mean_absolute_error)
    >>> mae.update_state([1.0, 2.0, 3.0], [1.0, 2.0, 4.0])      # batch MAE 1/3, over 3 samples
    >>> mae.update_state([0.0], [2.0])                          # batch MAE 2, over 1 sample
    >>> mae.result(), mae.name                                  # (1 + 2) / 4
    (0.75, 'mean_absolute_error')
    """

    def __init__(self, fn, name: str | None = None):
        self.fn = fn
        super().__init__(name=name if name is not None else getattr(fn, "__name__", type(fn).__name__))

    def update_state(self, y_true, y_pred) -> None:
        n = len(as_array(y_true, type(self).__name__, "y_true"))
        if n == 0:
            return
        with no_grad():  # a metric is never differentiated
            values = to_numpy(self.fn(y_true, y_pred), self.name, "values").astype(np.float64)  # (1)
        if values.ndim == 0:  # (2)
            super().update_state(values, sample_weight=n)
        else:
            super().update_state(values)

    def _config(self) -> dict:
        return {"fn": getattr(self.fn, "__name__", self.fn)}
