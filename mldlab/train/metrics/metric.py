"""``Metric``: a quantity measured batch by batch during ``fit``, with Keras 3's three methods.

A metric object keeps running sums (its *state*), never the data itself:

    reset_state()                  the sums back to 0 (``fit`` calls it at the start of every epoch)
    update_state(y_true, y_pred)   add one batch to the sums
    result()                       the value so far, from the sums

The sums are chosen so that ``result()`` after all batches of an epoch equals the metric computed on all
samples at once (not a mean of per-batch values, which differs whenever batches differ in size or the
metric is not a mean over samples, like precision or R²).
"""

import re

import numpy as np


class Metric:
    """The base class of the metric objects: ``update_state``, ``result``, ``reset_state`` and ``name``.

    A subclass sets its starting state in ``reset_state`` and adds a batch in ``update_state``.
    Calling a metric, ``metric(y_true, y_pred)``, updates it and returns ``result()``, as in Keras.

    Parameters
    ----------
    name : str, optional
        The key under which ``fit`` logs the value (default: the class name in snake_case,
        e.g. ``'binary_accuracy'``).

    Examples
    --------
    A metric that counts the samples it has seen:

    >>> from mldlab.train.metrics import Metric
    >>> class Count(Metric):
    ...     def reset_state(self):
    ...         self.count = 0
    ...     def update_state(self, y_true, y_pred):
    ...         self.count += len(y_true)
    ...     def result(self):
    ...         return float(self.count)
    >>> counter = Count()
    >>> counter.update_state([0, 1, 1], [0, 1, 0])
    >>> counter([1, 0], [1, 1])
    5.0
    >>> counter.name
    'count'
    """

    def __init__(self, name: str | None = None):
        self.name = name if name is not None else _snake_case(type(self).__name__)
        self.reset_state()

    def reset_state(self) -> None:
        """Forget every batch seen so far."""
        raise NotImplementedError

    def update_state(self, y_true, y_pred) -> None:
        """Add one batch of targets ``y_true`` and predictions ``y_pred`` to the state."""
        raise NotImplementedError

    def result(self) -> float:
        """The metric over all batches since the last ``reset_state``."""
        raise NotImplementedError

    def __call__(self, y_true, y_pred) -> float:
        self.update_state(y_true, y_pred)
        return self.result()

    def _config(self) -> dict:
        """The constructor arguments shown by ``repr`` (besides ``name``)."""
        return {}

    def __repr__(self) -> str:
        arguments = [f"{key}={value!r}" for key, value in {**self._config(), "name": self.name}.items()]
        return f"{type(self).__name__}({', '.join(arguments)})"


def _snake_case(name: str) -> str:
    """'BinaryAccuracy' → 'binary_accuracy', 'R2Score' → 'r2_score', 'MSELoss' → 'mse_loss' (as Keras names)."""
    name = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)  # an underscore before each capitalised word
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()  # and between a lower-case letter and a capital


def _divide(numerator: float, denominator: float) -> float:
    """numerator / denominator, and 0.0 when the denominator is 0 (Keras's ``divide_no_nan``)."""
    return float(numerator / denominator) if denominator != 0 else 0.0


def _total(values: np.ndarray) -> float:
    """A float64 sum, so that long epochs of float32 batches lose nothing."""
    return float(np.sum(values, dtype=np.float64))
