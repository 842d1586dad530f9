"""``MonitorCallback``: watch one number of ``logs`` and tell whether it improved (shared by ``EarlyStopping``,
``ReduceLROnPlateau`` and ``ModelCheckpoint``)."""

import math
import numbers
import operator
import warnings

from mldlab.i18n import message
from mldlab.train.callbacks.callback import Callback

# Metrics for which higher is better, by their name in logs (without "val_"): Keras's names and mldlab's.
_HIGHER_IS_BETTER = frozenset({
    "accuracy", "acc", "binary_accuracy", "categorical_accuracy", "sparse_categorical_accuracy",
    "top_k_categorical_accuracy", "sparse_top_k_categorical_accuracy", "auc", "precision", "recall",
    "f1_score", "fbeta_score", "r2_score", "r2", "cosine_similarity", "pearson_correlation",
    "concordance_correlation", "iou", "mean_iou", "binary_iou", "one_hot_iou", "one_hot_mean_iou",
    "precision_at_recall", "recall_at_precision", "sensitivity_at_specificity", "specificity_at_sensitivity",
})
# Metrics for which lower is better.
_LOWER_IS_BETTER = frozenset({
    "loss", "mse", "mae", "mape", "msle", "rmse", "mean_squared_error", "mean_absolute_error",
    "mean_absolute_percentage_error", "mean_squared_logarithmic_error", "root_mean_squared_error", "logcosh",
    "log_cosh", "hinge", "squared_hinge", "categorical_hinge", "crossentropy", "binary_crossentropy",
    "categorical_crossentropy", "sparse_categorical_crossentropy", "kl_divergence", "kld", "poisson",
})


class MonitorCallback(Callback):
    """Base class of the callbacks that watch a metric (``monitor``) and compare it with the best value so far.

    Math
    ----
    With δ = |min_delta|, a new value is an *improvement* over the reference (the best so far) when::

        (1) mode 'min':  current + δ < best        (lower is better: a loss, an error)
        (2) mode 'max':  current − δ > best        (higher is better: accuracy, AUC)

    and always when there is no best yet. A change of δ or less does not count.

    ``mode='auto'`` reads the direction from the name of ``monitor`` without its ``val_`` prefix: ``loss``
    and errors (``mse``, ``mae``, ``…crossentropy``, ``…_cross_entropy``…) go down; ``accuracy``, ``acc``,
    ``auc``, ``precision``, ``recall``, ``f1_score``, ``r2_score``… go up. A metric object in
    ``model.metrics`` with the same ``name`` and a ``direction`` (or Keras's ``_direction``) of ``"up"`` or
    ``"down"`` decides first.

    Parameters
    ----------
    monitor : str, optional
        The key of ``logs`` to watch (default: ``"val_loss"``).
    mode : {"auto", "min", "max"}, optional
        Whether lower or higher is better; an unknown mode warns and becomes ``"auto"`` (default: ``"auto"``).
    baseline : float, optional
        The best value to start from (default: None, so the first value counts as an improvement).
    min_delta : float, optional
        δ, the smallest change that counts as an improvement; its sign is ignored (default: 0).

    Raises
    ------
    ValueError
        With ``mode='auto'``, when the direction cannot be read from the name (Keras does the same).
    """

    def __init__(self, monitor: str = "val_loss", mode: str = "auto", baseline=None, min_delta: float = 0):
        super().__init__()
        if mode not in ("auto", "min", "max"):
            warnings.warn(message("cb_mode_unknown", name=type(self).__name__, mode=mode), stacklevel=3)
            mode = "auto"
        if not isinstance(monitor, str):
            raise TypeError(message("cb_monitor_type", name=type(self).__name__, value=monitor))
        self._check_numbers(min_delta=min_delta)
        self.monitor = monitor
        self.mode = mode
        self.best = baseline
        self.min_delta = abs(min_delta)
        self.monitor_op = None

    def _check_numbers(self, low=None, **options) -> None:
        """Each option (min_delta, baseline, min_lr, …) must be a finite number (and >= ``low`` when given); a NaN
        would make every comparison false and the callback silently do nothing."""
        for option, value in options.items():
            number = isinstance(value, numbers.Real) and not isinstance(value, bool) and math.isfinite(value)
            if not number and low is None:
                raise ValueError(message("cb_number", name=type(self).__name__, option=option, value=value))
            if low is not None and not (number and value >= low):
                raise ValueError(message("cb_number_low", name=type(self).__name__, option=option, low=low,
                                         value=value))

    def _check_whole_numbers(self, **options) -> None:
        """Each option (patience, cooldown, …) must be a whole number ≥ 0."""
        for option, value in options.items():
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(message("cb_whole_number", name=type(self).__name__, option=option, low=0,
                                         value=value))

    def _set_monitor_op(self) -> None:
        """Choose ``operator.lt`` (lower is better) or ``operator.gt`` (higher is better)."""
        if self.mode == "min":
            self.monitor_op = operator.lt
        elif self.mode == "max":
            self.monitor_op = operator.gt
        else:
            direction = _direction(self.monitor.removeprefix("val_"), self.model)
            if direction is None:
                raise ValueError(message("cb_mode_infer", name=type(self).__name__, monitor=self.monitor))
            self.monitor_op = operator.gt if direction == "up" else operator.lt

    def _is_improvement(self, current, reference) -> bool:
        if reference is None:
            return True
        if self.monitor_op is operator.lt:
            return current + self.min_delta < reference  # (1)
        return current - self.min_delta > reference  # (2)

    def _get_monitor_value(self, logs):
        """``logs[monitor]``, or None with a warning that lists the keys there are."""
        logs = logs or {}
        value = logs.get(self.monitor)
        if value is None:
            keys = ", ".join(logs) or "-"
            warnings.warn(message("cb_monitor_missing", name=type(self).__name__, monitor=self.monitor, keys=keys),
                          stacklevel=3)
        return value


def _direction(name: str, model):
    """``"up"``, ``"down"`` or None (unknown) for the metric called ``name``."""
    if name == "loss":
        return "down"
    for metric in getattr(model, "metrics", None) or []:
        if getattr(metric, "name", None) == name:
            direction = getattr(metric, "direction", getattr(metric, "_direction", None))
            if direction in ("up", "down"):
                return direction
    if name in _HIGHER_IS_BETTER:
        return "up"
    if name in _LOWER_IS_BETTER:
        return "down"
    if name.endswith(("accuracy", "_acc", "auc")):
        return "up"
    if name.endswith(("loss", "error", "entropy")):
        return "down"
    return None
