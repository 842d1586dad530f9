"""Precision, recall and F1: how trustworthy the positive predictions are, and how many positives are found.

    precision = TP / (TP + FP)        of the samples predicted positive, the fraction truly positive
    recall    = TP / (TP + FN)        of the truly positive samples, the fraction predicted positive
    F1        = 2 · precision · recall / (precision + recall) = 2·TP / (2·TP + FP + FN)

With more than two classes each class c gets its own TP, FP, FN (c against all the others), and
``average`` combines the per-class values:

    'macro'     the plain mean over classes (every class counts the same)
    'weighted'  the mean weighted by support, the number of true samples of each class
    'micro'     the formula on TP, FP, FN summed over classes (equals accuracy for single-label data)
    None        one value per class

The functions (scikit-learn's names) take all the data at once; the objects ``Precision``, ``Recall`` and
``F1Score`` (Keras's names) count TP, FP and FN over the batches of an epoch, for binary classification.
"""

import math
import warnings

import numpy as np

from mldlab.exceptions import UndefinedMetricWarning
from mldlab.i18n import message
from mldlab.metrics.confusion import class_counts
from mldlab.metrics.inputs import class_labels

_AVERAGES = ("binary", "micro", "macro", "weighted", None)


def precision_score(y_true, y_pred, *, labels=None, pos_label=1, average: str | None = "binary",
                    zero_division="warn", threshold: float = 0.5):
    """Precision = TP / (TP + FP): of the samples predicted positive, the fraction that truly are.

    Parameters
    ----------
    y_true : array-like or Tensor of shape (N,) or (N, 1), or one-hot (N, C)
    y_pred : array-like or Tensor of shape (N,), (N, 1) or (N, C)
        Labels, probabilities (ŷ = 1 if p > threshold) or one score per class (ŷ = argmax), as in
        ``accuracy_score``.
    labels : array-like, optional
        The classes to report and average over (default: all, sorted). Ignored for ``average='binary'``.
    pos_label : default 1
        The positive class for ``average='binary'``.
    average : {'binary', 'micro', 'macro', 'weighted'} or None, default 'binary'
        'binary' needs at most two classes and reports ``pos_label``; see the module text for the others.
    zero_division : {'warn', 0.0, 1.0, np.nan}, default 'warn'
        The value for 0/0 (no sample predicted as a class). 'warn' gives 0.0 and an ``UndefinedMetricWarning``.
    threshold : float, default 0.5

    Returns
    -------
    float, or ndarray of shape (n_classes,) for ``average=None``

    Examples
    --------
    >>> from mldlab.metrics import precision_score
    >>> y_true = [0, 1, 1, 0, 1]
    >>> y_pred = [0, 1, 0, 1, 1]                          # TP = 2, FP = 1
    >>> precision_score(y_true, y_pred)
    0.6666666666666666
    >>> precision_score([0, 1, 2, 2], [0, 2, 2, 1], average=None)
    array([1. , 0. , 0.5])
    """
    return _scores("precision_score", y_true, y_pred, labels, pos_label, average, zero_division, threshold)[0]


def recall_score(y_true, y_pred, *, labels=None, pos_label=1, average: str | None = "binary",
                 zero_division="warn", threshold: float = 0.5):
    """Recall = TP / (TP + FN): of the truly positive samples, the fraction predicted positive (sensitivity).

    Parameters are those of ``precision_score``; ``zero_division`` applies when a class has no true sample.

    Returns
    -------
    float, or ndarray of shape (n_classes,) for ``average=None``

    Examples
    --------
    >>> from mldlab.metrics import recall_score
    >>> recall_score([0, 1, 1, 0, 1], [0, 1, 0, 1, 1])  # TP = 2, FN = 1
    0.6666666666666666
    >>> recall_score([0, 1, 2, 2], [0, 2, 2, 1], average="macro")     # (1 + 0 + 0.5) / 3
    0.5
    """
    return _scores("recall_score", y_true, y_pred, labels, pos_label, average, zero_division, threshold)[1]


def f1_score(y_true, y_pred, *, labels=None, pos_label=1, average: str | None = "binary",
             zero_division="warn", threshold: float = 0.5):
    """F1 = 2 · precision · recall / (precision + recall) = 2·TP / (2·TP + FP + FN), their harmonic mean.

    Parameters are those of ``precision_score``; ``zero_division`` applies when a class has neither true
    nor predicted samples (2·TP + FP + FN = 0).

    Returns
    -------
    float, or ndarray of shape (n_classes,) for ``average=None``

    Examples
    --------
    >>> from mldlab.metrics import f1_score
    >>> f1_score([0, 1, 1, 0, 1], [0, 1, 0, 1, 1])      # 2·2 / (2·2 + 1 + 1)
    0.6666666666666666
    >>> f1_score([0, 1, 2, 2], [0, 2, 2, 1], average="weighted")       # (1·1 + 1·0 + 2·0.5) / 4
    0.5
    """
    return _scores("f1_score", y_true, y_pred, labels, pos_label, average, zero_division, threshold)[2]


def _scores(op, y_true, y_pred, labels, pos_label, average, zero_division, threshold):
    """(precision, recall, F1), each per class or averaged; only the one asked for (``op``) warns."""
    if average not in _AVERAGES:
        raise ValueError(message("metric_average", op=op, options=list(_AVERAGES), value=average))
    if not (zero_division == "warn" or zero_division in (0, 1) or _is_nan(zero_division)):
        raise ValueError(message("metric_zero_division", op=op, value=zero_division))
    y_true, y_pred = class_labels(op, y_true, y_pred, threshold)
    present = np.union1d(y_true, y_pred)
    if average == "binary":
        if len(present) > 2:
            raise ValueError(message("metric_binary_average", op=op, n_classes=len(present), labels=present.tolist()))
        if pos_label not in present and len(present) == 2:
            raise ValueError(message("metric_pos_label", op=op, pos_label=pos_label, labels=present.tolist()))
        labels = [pos_label]
    elif pos_label not in (None, 1):
        warnings.warn(message("metric_pos_label_ignored", op=op, pos_label=pos_label, average=average),
                      UserWarning, stacklevel=3)
    if labels is None:
        labels = present
    tp, predicted, actual = class_counts(y_true, y_pred, labels)
    if average == "micro":
        tp, predicted, actual = tp.sum(keepdims=True), predicted.sum(keepdims=True), actual.sum(keepdims=True)

    warn = zero_division == "warn"
    precision = _fraction(tp, predicted, zero_division, warn and op == "precision_score", op, "predicted")
    recall = _fraction(tp, actual, zero_division, warn and op == "recall_score", op, "true")
    f1 = _fraction(2 * tp, predicted + actual, zero_division, warn and op == "f1_score", op, "true_nor_predicted")
    if average is None:
        return precision, recall, f1
    weights = actual if average == "weighted" else None
    return _mean(precision, weights), _mean(recall, weights), _mean(f1, weights)


def _fraction(numerator, denominator, zero_division, warn: bool, op: str, missing: str) -> np.ndarray:
    """numerator / denominator per class, with ``zero_division`` (0.0 for 'warn') where the denominator is 0."""
    denominator = np.asarray(denominator, dtype=np.float64)
    zero = denominator == 0
    result = numerator / np.where(zero, 1.0, denominator)
    if zero.any():
        result[zero] = 0.0 if zero_division == "warn" else float(zero_division)
        if warn:
            values = {"op": op, "quantity": _quantity(op), "missing": _missing(missing)}
            text = message("metric_ill_defined_one", **values) if len(result) == 1 \
                else message("metric_ill_defined_some", **values)
            warnings.warn(text, UndefinedMetricWarning, stacklevel=4)
    return result


def _quantity(op: str) -> str:
    """The name of the quantity in the learner's language, as scikit-learn names it in English."""
    if op == "precision_score":
        return message("metric_quantity_precision")
    if op == "recall_score":
        return message("metric_quantity_recall")
    return message("metric_quantity_f")


def _missing(missing: str) -> str:
    """What there was none of: true samples, predicted samples, or both."""
    if missing == "true":
        return message("metric_missing_true")
    if missing == "predicted":
        return message("metric_missing_predicted")
    return message("metric_missing_true_nor_predicted")


def _mean(values: np.ndarray, weights) -> float:
    """The (weighted) mean, leaving out NaN (zero_division=np.nan); unweighted if all weights are 0."""
    kept = ~np.isnan(values)
    if not kept.any():
        return math.nan
    if weights is None or np.sum(weights[kept]) == 0:
        return float(np.mean(values[kept]))
    return float(np.average(values[kept], weights=weights[kept]))


def _is_nan(value) -> bool:
    return isinstance(value, float) and math.isnan(value)
