"""From what a learner passes (lists, NumPy arrays, mldlab Tensors) to checked NumPy arrays.

Every metric starts here, so every metric refuses bad input in the same words: different numbers of samples,
NaN in the predictions, a class label the scores have no column for, a shape that means nothing.
"""

import math
import warnings

import numpy as np

from mldlab.data.arrays import check_finite, to_numpy
from mldlab.i18n import message


def as_array(y, op: str = "metric", name: str = "y") -> np.ndarray:
    """A NumPy view of ``y``: a Tensor's data, a pandas object's ``.to_numpy()``, or ``np.asarray`` of a list or an
    array (numbers or text labels; None, ragged lists and mixed objects are refused by ``mldlab.data.arrays``)."""
    return to_numpy(y, op, name, numeric=False)


def check_pair(op: str, y_true, y_pred, *, allow_empty: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """``y_true`` and ``y_pred`` as arrays with the same number of samples (rows), and no NaN or ±∞."""
    y_true, y_pred = as_array(y_true, op, "y_true"), as_array(y_pred, op, "y_pred")
    for name, y in (("y_true", y_true), ("y_pred", y_pred)):
        if y.ndim == 0:
            raise ValueError(message("metric_scalar", op=op, name=name, value=y.item()))
    if len(y_true) != len(y_pred):
        raise ValueError(message("metric_length", op=op, n_true=len(y_true), n_pred=len(y_pred),
                                 true_shape=y_true.shape, pred_shape=y_pred.shape))
    if len(y_true) == 0 and not allow_empty:
        raise ValueError(message("metric_empty", op=op))
    if y_true.dtype.kind in "fc" and np.isnan(y_true).any():
        raise ValueError(message("metric_nan_true", op=op, count=int(np.isnan(y_true).sum()), size=y_true.size))
    if y_pred.dtype.kind in "fc" and np.isnan(y_pred).any():
        raise ValueError(message("metric_nan_pred", op=op, count=int(np.isnan(y_pred).sum()), size=y_pred.size))
    check_finite(y_true, op, "y_true")  # ±∞ (as scikit-learn, which refuses it too)
    check_finite(y_pred, op, "y_pred")
    return y_true, y_pred


def is_whole(y: np.ndarray) -> bool:
    """True for class labels: integers, booleans, strings, or floats that are all whole numbers (0.0, 1.0)."""
    return y.dtype.kind not in "fc" or bool(np.all(np.mod(y, 1) == 0))


def column(op: str, name: str, y: np.ndarray) -> np.ndarray:
    """A vector (N,) from a vector or a one-column table (N, 1)."""
    if y.ndim == 2 and y.shape[1] == 1:
        return y[:, 0]
    if y.ndim != 1:
        raise ValueError(message("metric_ndim", op=op, name=name, shape=y.shape))
    return y


def true_labels(op: str, y_true: np.ndarray) -> np.ndarray:
    """Class labels (N,) from labels (N,) or (N, 1), or from one-hot rows (N, C) (the position of the 1)."""
    if y_true.ndim == 2 and y_true.shape[1] > 1:
        one_hot = np.isin(y_true, (0, 1)).all() and (y_true.sum(axis=1) == 1).all()
        if not one_hot:
            raise ValueError(message("metric_multilabel", op=op, shape=y_true.shape))
        return y_true.argmax(axis=1)
    y_true = column(op, "y_true", y_true)
    if not is_whole(y_true):
        value = y_true[np.mod(y_true, 1) != 0][0]
        raise ValueError(message("metric_not_labels", op=op, value=float(value)))
    return y_true


def check_label_range(op: str, y_true: np.ndarray, n_classes: int) -> None:
    """Labels must be 0, 1, …, C − 1 when y_pred has one score per class (C columns)."""
    if y_true.dtype.kind not in "iubf":
        raise ValueError(message("metric_label_range", op=op, label=y_true[0], n_classes=n_classes,
                                 last=n_classes - 1, needed=n_classes))
    outside = (y_true < 0) | (y_true >= n_classes)
    if outside.any():
        label = y_true[outside][0]
        label = int(label) if is_whole(np.asarray(label)) else label
        raise ValueError(message("metric_label_range", op=op, label=label, n_classes=n_classes,
                                 last=n_classes - 1, needed=max(int(np.max(y_true)) + 1, n_classes)))


def class_labels(op: str, y_true, y_pred, threshold: float = 0.5) -> tuple[np.ndarray, np.ndarray]:
    """True and predicted class labels, both of shape (N,), for the classification functions.

    y_pred may be labels (N,), probabilities (N,) or (N, 1) (ŷ = 1 if p > threshold, and then the true labels
    must be 0 and 1), or one score per class (N, C) (ŷ = argmax). Floats that are all whole numbers (0.0, 2.0)
    are labels.
    """
    y_true, y_pred = check_pair(op, y_true, y_pred)
    y_true = true_labels(op, y_true)
    if y_pred.ndim == 2 and y_pred.shape[1] > 1:
        check_label_range(op, y_true, y_pred.shape[1])
        return y_true, y_pred.argmax(axis=1)
    y_pred = column(op, "y_pred", y_pred)
    if not is_whole(y_pred):
        if not np.isin(y_true, (0, 1)).all():  # ŷ ∈ {0, 1} against labels {1, 2} or {−1, 1} would be wrong
            raise ValueError(message("metric_binary_labels", op=op, labels=np.unique(y_true).tolist()))
        if 0 < threshold < 1 and (y_pred.min() < 0 or y_pred.max() > 1):
            warnings.warn(message("metric_logits_function", op=op, threshold=threshold), stacklevel=3)
        y_pred = (y_pred > threshold).astype(np.int64)
    return y_true, y_pred


def check_threshold(op: str, threshold) -> float:
    """A threshold is a probability in [0, 1] (for logits, the metric objects take ``from_logits=True``)."""
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise ValueError(message("metric_threshold", op=op, value=threshold))
    return float(threshold)


def logit(p: float) -> float:
    """The logit z = log(p / (1 − p)), the inverse of σ: σ(z) > p ⇔ z > logit(p)."""
    if p <= 0:
        return -math.inf
    if p >= 1:
        return math.inf
    return math.log(p / (1 - p))


def same_shape(op: str, y_true: np.ndarray, y_pred: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The same shape for both, dropping a last axis of size 1 from one of them ((N,) with (N, 1))."""
    if y_true.shape == y_pred.shape[:-1] and y_pred.shape[-1] == 1:
        y_pred = y_pred[..., 0]
    elif y_pred.shape == y_true.shape[:-1] and y_true.shape[-1] == 1:
        y_true = y_true[..., 0]
    if y_true.shape != y_pred.shape:
        raise ValueError(message("metric_shapes", op=op, true_shape=y_true.shape, pred_shape=y_pred.shape))
    return y_true, y_pred


def binary_pairs(op: str, y_true, y_pred, threshold: float, from_logits: bool) -> tuple[np.ndarray, np.ndarray]:
    """For the binary metric objects: (y = 1?, ŷ = 1?) as flat boolean arrays, one entry per prediction.

    ŷ = 1 if p > threshold, or, from logits z, if z > logit(threshold) (the same thing, since σ grows).
    """
    y_true, y_pred = check_pair(op, y_true, y_pred, allow_empty=True)
    if y_pred.ndim == 2 and y_pred.shape[1] > 1 and y_true.ndim == 1:
        raise ValueError(message("metric_binary_scores", op=op, shape=y_pred.shape))
    y_true, y_pred = same_shape(op, y_true, y_pred)
    if not np.isin(y_true, (0, 1)).all():
        raise ValueError(message("metric_binary_labels", op=op, labels=np.unique(y_true).tolist()))
    if from_logits:
        predicted = y_pred > logit(threshold)
    else:
        if y_pred.size and (y_pred.min() < 0 or y_pred.max() > 1):
            warnings.warn(message("metric_logits_object", op=op), stacklevel=3)
        predicted = y_pred > threshold
    return y_true.ravel() == 1, predicted.ravel()


def regression_pair(op: str, y_true, y_pred, *, allow_empty: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Targets and predictions as float tables (N, k), one column per output: (N,) and (N, 1) are both k = 1."""
    y_true, y_pred = check_pair(op, y_true, y_pred, allow_empty=allow_empty)
    tables = []
    for name, y in (("y_true", y_true), ("y_pred", y_pred)):
        if y.ndim > 2:
            raise ValueError(message("metric_ndim", op=op, name=name, shape=y.shape))
        tables.append((y[:, None] if y.ndim == 1 else y).astype(np.float64))
    y_true, y_pred = tables
    if y_true.shape[1] != y_pred.shape[1]:
        raise ValueError(message("metric_outputs", op=op, n_true=y_true.shape[1], n_pred=y_pred.shape[1],
                                 true_shape=y_true.shape, pred_shape=y_pred.shape))
    return y_true, y_pred
