"""Keras's losses, as classes (``BinaryCrossentropy(from_logits=True)``) and functions (``binary_crossentropy``).

The slides' empirical risk J(W) = 1/n Σᵢ L(f(x⁽ⁱ⁾; W), y⁽ⁱ⁾), with Keras's L for each sample (a mean over the
last axis) and Keras's conventions: arguments in the order (y_true, y_pred); probabilities clipped to
[ε, 1 − ε] with ε = 1e-7 before their log; ``from_logits=True`` for scores before the sigmoid or softmax.

    binary_crossentropy        L = −[y log p + (1 − y) log(1 − p)]           p = σ(z) with from_logits
    categorical_crossentropy   L = −Σ_c y_c log p_c  (one-hot y)             p = softmax(z) with from_logits
    sparse_categorical_…       L = −log p_y          (class index y)
    mean_squared_error         L = (y − ŷ)²
    mean_absolute_error        L = |y − ŷ|

A loss object averages over the batch (Keras's ``reduction='sum_over_batch_size'``); a function returns one
loss per sample.

Examples
--------
>>> import numpy as np
>>> from mldlab.keras import losses
>>> y_true = np.array([[0.0], [1.0]])
>>> y_pred = np.array([[0.1], [0.8]])
>>> losses.BinaryCrossentropy()(y_true, y_pred)            # −(log 0.9 + log 0.8) / 2
tensor(0.1643)
>>> losses.binary_crossentropy(y_true, y_pred)             # per sample
tensor([0.1054, 0.2231])
"""

import numpy as np

from mldlab._ops import activation as _activation
from mldlab._ops.pointwise import log
from mldlab.creation import as_tensor
from mldlab.i18n import message
from mldlab.keras.layers.layer import check_unsupported
from mldlab.nn import functional as F
from mldlab.tensor import Tensor

EPSILON = 1e-7
REDUCTIONS = ("sum_over_batch_size", "mean", "sum", "none", None)


def _pair(op: str, y_true, y_pred, same_rank: bool = True) -> tuple:
    """(y_true, y_pred) as tensors of y_pred's float type, brought to the same rank as Keras does: a column
    (N, 1) against a vector (N,) is reshaped."""
    y_pred = y_pred if isinstance(y_pred, Tensor) else as_tensor(np.asarray(y_pred, dtype=np.float32))
    dtype = y_pred.dtype if y_pred.dtype.kind == "f" else np.dtype(np.float32)
    y_true = np.asarray(getattr(y_true, "_data", y_true))
    if same_rank:
        if y_true.ndim == y_pred.ndim - 1 and y_pred.shape[-1] == 1:
            y_true = y_true[..., None]
        elif y_true.ndim == y_pred.ndim + 1 and y_true.shape[-1] == 1:
            y_true = y_true[..., 0]
        if y_true.shape != tuple(y_pred.shape):
            raise ValueError(message("keras_loss_shapes", op=op, y_true=y_true.shape, y_pred=tuple(y_pred.shape)))
    return as_tensor(y_true.astype(dtype, copy=False)), y_pred


def _clipped_log(p: Tensor) -> Tensor:
    return log(p.clamp(EPSILON, 1 - EPSILON))


def binary_crossentropy(y_true, y_pred, from_logits: bool = False, label_smoothing: float = 0.0, axis: int = -1):
    """L = −[y log p + (1 − y) log(1 − p)], averaged over the last axis (one value per sample)."""
    y, out = _pair("binary_crossentropy", y_true, y_pred)
    if label_smoothing:
        y = y * (1.0 - label_smoothing) + 0.5 * label_smoothing
    if from_logits:  # −[y log σ(z) + (1 − y) log(1 − σ(z))], computed from z without overflow
        losses = F.binary_cross_entropy_with_logits(out, y, reduction="none")
    else:
        losses = F.binary_cross_entropy(out.clamp(EPSILON, 1 - EPSILON), y, reduction="none")
    return losses.mean(dim=axis)


def categorical_crossentropy(y_true, y_pred, from_logits: bool = False, label_smoothing: float = 0.0,
                             axis: int = -1):
    """L = −Σ_c y_c log p_c for one-hot (or probability) targets y (one value per sample)."""
    y, out = _pair("categorical_crossentropy", y_true, y_pred)
    if label_smoothing:
        y = y * (1.0 - label_smoothing) + label_smoothing / out.shape[axis]
    if from_logits:
        log_p = _activation.log_softmax(out, axis)
    else:
        log_p = _clipped_log(out / out.sum(dim=axis, keepdim=True))  # probabilities rescaled to sum to 1
    return -(y * log_p).sum(dim=axis)


def sparse_categorical_crossentropy(y_true, y_pred, from_logits: bool = False, ignore_class=None, axis: int = -1):
    """L = −log p_y for class indices y (0 … C−1) (one value per sample)."""
    check_unsupported("sparse_categorical_crossentropy", {"ignore_class": ignore_class})
    out = y_pred if isinstance(y_pred, Tensor) else as_tensor(np.asarray(y_pred, dtype=np.float32))
    labels = np.asarray(getattr(y_true, "_data", y_true))
    if labels.ndim == out.ndim and labels.shape[-1] == 1:
        labels = labels[..., 0]
    n_classes = out.shape[axis]
    if labels.shape != tuple(out.shape[:-1]) or not np.all(np.isfinite(labels)) or np.any(labels != np.round(
            labels)) or np.any((labels < 0) | (labels >= n_classes)):
        raise ValueError(message("keras_sparse_labels", shape=labels.shape, n_classes=n_classes,
                                 y_pred=tuple(out.shape)))
    one_hot = as_tensor(np.eye(n_classes, dtype=out.dtype)[labels.astype(np.int64)])
    if from_logits:
        log_p = _activation.log_softmax(out, axis)
    else:
        log_p = _clipped_log(out / out.sum(dim=axis, keepdim=True))
    return -(one_hot * log_p).sum(dim=axis)


def mean_squared_error(y_true, y_pred):
    """L = mean over the last axis of (y − ŷ)²."""
    y, out = _pair("mean_squared_error", y_true, y_pred)
    return F.mse_loss(out, y, reduction="none").mean(dim=-1)


def mean_absolute_error(y_true, y_pred):
    """L = mean over the last axis of |y − ŷ|."""
    y, out = _pair("mean_absolute_error", y_true, y_pred)
    return F.l1_loss(out, y, reduction="none").mean(dim=-1)


mse = MSE = mean_squared_error
mae = MAE = mean_absolute_error


class Loss:
    """Base class: ``loss(y_true, y_pred)`` → the batch's loss, reduced as ``reduction`` says.

    Parameters
    ----------
    reduction : {'sum_over_batch_size', 'mean', 'sum', 'none', None}
        The mean over the samples (Keras's default), their sum, or one loss per sample.
    name : str
        The name that ``fit`` shows.
    """

    def __init__(self, reduction="sum_over_batch_size", name=None, dtype=None, **options):
        check_unsupported(type(self).__name__, {"dtype": dtype})
        if reduction not in REDUCTIONS:
            raise ValueError(message("keras_reduction", op=type(self).__name__, value=repr(reduction),
                                     allowed=", ".join(map(str, REDUCTIONS))))
        if options.get("axis", -1) != -1:
            check_unsupported(type(self).__name__, {"axis": options["axis"]})
        self.reduction = reduction
        self.name = name or self.function.__name__
        self.options = options

    def __call__(self, y_true, y_pred, sample_weight=None):
        check_unsupported(self.name, {"sample_weight": sample_weight})
        losses = type(self).function(y_true, y_pred, **self.options)
        if self.reduction in ("sum_over_batch_size", "mean"):
            return losses.mean()
        if self.reduction == "sum":
            return losses.sum()
        return losses

    def get_config(self) -> dict:
        return {"name": self.name, "reduction": self.reduction, **self.options}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(" + ", ".join(f"{k}={v!r}" for k, v in self.get_config().items()) + ")"


class BinaryCrossentropy(Loss):
    """Binary cross-entropy (for a sigmoid output, or logits with ``from_logits=True``)."""

    function = staticmethod(binary_crossentropy)

    def __init__(self, from_logits: bool = False, label_smoothing: float = 0.0, axis: int = -1,
                 reduction="sum_over_batch_size", name="binary_crossentropy", dtype=None):
        super().__init__(reduction, name, dtype, from_logits=from_logits, label_smoothing=label_smoothing, axis=axis)


class CategoricalCrossentropy(Loss):
    """Cross-entropy with one-hot targets (for a softmax output, or logits with ``from_logits=True``)."""

    function = staticmethod(categorical_crossentropy)

    def __init__(self, from_logits: bool = False, label_smoothing: float = 0.0, axis: int = -1,
                 reduction="sum_over_batch_size", name="categorical_crossentropy", dtype=None):
        super().__init__(reduction, name, dtype, from_logits=from_logits, label_smoothing=label_smoothing, axis=axis)


class SparseCategoricalCrossentropy(Loss):
    """Cross-entropy with class indices 0 … C−1 as targets."""

    function = staticmethod(sparse_categorical_crossentropy)

    def __init__(self, from_logits: bool = False, ignore_class=None, reduction="sum_over_batch_size",
                 name="sparse_categorical_crossentropy", dtype=None):
        super().__init__(reduction, name, dtype, from_logits=from_logits, ignore_class=ignore_class)


class MeanSquaredError(Loss):
    """The mean squared error, for regression."""

    function = staticmethod(mean_squared_error)

    def __init__(self, reduction="sum_over_batch_size", name="mean_squared_error", dtype=None):
        super().__init__(reduction, name, dtype)


class MeanAbsoluteError(Loss):
    """The mean absolute error, for regression."""

    function = staticmethod(mean_absolute_error)

    def __init__(self, reduction="sum_over_batch_size", name="mean_absolute_error", dtype=None):
        super().__init__(reduction, name, dtype)


class LossFunctionWrapper(Loss):
    """A loss object around a function ``fn(y_true, y_pred)`` of your own, returning one loss per sample."""

    def __init__(self, fn, reduction="sum_over_batch_size", name=None):
        self.function = fn
        super().__init__(reduction, name or getattr(fn, "__name__", "loss"))

    def __call__(self, y_true, y_pred, sample_weight=None):
        check_unsupported(self.name, {"sample_weight": sample_weight})
        losses = self.function(y_true, y_pred)
        if self.reduction in ("sum_over_batch_size", "mean"):
            return losses.mean()
        return losses.sum() if self.reduction == "sum" else losses


LOSSES = {
    "binary_crossentropy": BinaryCrossentropy,
    "categorical_crossentropy": CategoricalCrossentropy,
    "sparse_categorical_crossentropy": SparseCategoricalCrossentropy,
    "mean_squared_error": MeanSquaredError,
    "mse": MeanSquaredError,
    "mean_absolute_error": MeanAbsoluteError,
    "mae": MeanAbsoluteError,
}
"""name → class, for ``compile(loss='binary_crossentropy')``."""


def get(identifier) -> Loss:
    """A loss object from a name (with Keras's defaults: probabilities, not logits), an object, a class, or a
    function ``fn(y_true, y_pred)``."""
    if isinstance(identifier, Loss):
        return identifier
    if isinstance(identifier, type) and issubclass(identifier, Loss):
        return identifier()
    if isinstance(identifier, str) and identifier.lower() in LOSSES:
        return LOSSES[identifier.lower()](name=identifier)
    for name, cls in LOSSES.items():
        if identifier is cls.function:
            return cls(name=name)
    if callable(identifier):
        return LossFunctionWrapper(identifier)
    raise ValueError(message("keras_unknown_loss", name=repr(identifier), names=", ".join(LOSSES)))
