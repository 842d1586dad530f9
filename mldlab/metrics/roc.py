"""The ROC curve and the area under it (AUC): how well scores *rank* the positives above the negatives, at every
threshold at once.

For a threshold t, a sample is called positive when its score s >= t::

    (1) TPR(t) = TP(t) / P      the true positive rate (recall): the share of the positives called positive
    (2) FPR(t) = FP(t) / N      the false positive rate: the share of the negatives called positive

Lowering t from +∞ to the smallest score traces the curve from (0, 0) to (1, 1); the thresholds are the distinct
scores, highest first. ``drop_intermediate`` leaves out the points on straight stretches of the curve (as
scikit-learn). The area under the curve::

    (3) AUC = ∫ TPR d(FPR)  (trapezoids) = the probability that a random positive scores above a random negative

AUC = 1 is a perfect ranking, 0.5 a coin toss. With several classes, ``roc_auc_score(..., multi_class='ovr')``
averages the AUC of each class against the rest.
"""

import numpy as np

from mldlab.i18n import message
from mldlab.metrics.inputs import check_pair, column


def _positives(op: str, y_true: np.ndarray, pos_label) -> np.ndarray:
    """y_true as booleans (y = positive class), for labels with exactly two classes."""
    classes = np.unique(y_true)
    if len(classes) > 2:
        raise ValueError(message("metric_roc_binary", op=op, n=len(classes), labels=classes.tolist()[:10]))
    if pos_label is None:
        if not (set(classes.tolist()) <= {0, 1} or set(classes.tolist()) <= {-1, 1}):
            raise ValueError(message("metric_roc_pos_label", op=op, labels=classes.tolist()))
        pos_label = 1
    return y_true == pos_label


def roc_curve(y_true, y_score, *, pos_label=None, drop_intermediate: bool = True):
    """The ROC curve of binary labels and scores: (FPR, TPR, thresholds), steps (1)–(2).

    Parameters
    ----------
    y_true : array-like of shape (N,)
        Two classes: {0, 1} or {−1, 1}, or any two labels with ``pos_label`` naming the positive one.
    y_score : array-like of shape (N,)
        Scores, higher for "more positive": probabilities (``predict_proba(X)[:, 1]``) or ``decision_function``.
    pos_label : label, optional
    drop_intermediate : bool, default True

    Returns
    -------
    fpr, tpr : ndarray
        Increasing, from 0 to 1.
    thresholds : ndarray
        Decreasing; the first is +∞ (nothing is called positive), as in scikit-learn ≥ 1.3.

    Examples
    --------
    >>> fpr, tpr, thresholds = roc_curve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
    >>> fpr.tolist(), tpr.tolist(), thresholds.tolist()
    ([0.0, 0.0, 0.5, 0.5, 1.0], [0.0, 0.5, 0.5, 1.0, 1.0], [inf, 0.8, 0.4, 0.35, 0.1])
    """
    op = "roc_curve"
    y_true, y_score = check_pair(op, y_true, y_score)
    positive = _positives(op, column(op, "y_true", y_true), pos_label)
    y_score = column(op, "y_score", y_score).astype(np.float64)
    order = np.argsort(y_score, kind="stable")[::-1]
    s, positive = y_score[order], positive[order]
    last_of_each = np.r_[np.flatnonzero(np.diff(s)), len(s) - 1]  # the last sample of each distinct score
    tps = np.cumsum(positive)[last_of_each]  # TP(t) for t = each distinct score
    fps = last_of_each + 1 - tps
    thresholds = s[last_of_each]
    if drop_intermediate and len(fps) > 2:
        corner = np.r_[True, (np.diff(fps, 2) != 0) | (np.diff(tps, 2) != 0), True]
        tps, fps, thresholds = tps[corner], fps[corner], thresholds[corner]
    tps, fps, thresholds = np.r_[0, tps], np.r_[0, fps], np.r_[np.inf, thresholds]
    if fps[-1] == 0 or tps[-1] == 0:
        raise ValueError(message("metric_roc_one_class", op=op))
    return fps / fps[-1], tps / tps[-1], thresholds  # (2), (1)


def auc(x, y) -> float:
    """The area under a curve through the points (x, y), by the trapezoidal rule; x must be monotonic.

    Examples
    --------
    >>> auc([0.0, 0.5, 1.0], [0.0, 1.0, 1.0])
    0.75
    """
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    area = float(np.trapezoid(y, x))
    return -area if len(x) > 1 and x[-1] < x[0] else area


def roc_auc_score(y_true, y_score, *, average: str = "macro", multi_class: str = "raise") -> float:
    """The area under the ROC curve, (3).

    Parameters
    ----------
    y_true : array-like of shape (N,)
    y_score : array-like of shape (N,) for two classes (the positive class's score), or (N, C) for C classes
        (``predict_proba(X)``, columns in sorted label order).
    average : {'macro', 'weighted'}, default 'macro'
        For several classes: the plain mean of the per-class AUCs, or weighted by each class's count.
    multi_class : {'raise', 'ovr'}, default 'raise'
        Several classes need ``'ovr'``: each class against the rest.

    Examples
    --------
    >>> roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
    0.75
    """
    op = "roc_auc_score"
    y_true, y_score = check_pair(op, y_true, y_score)
    y_true = column(op, "y_true", y_true)
    if y_score.ndim == 1:
        fpr, tpr, _ = roc_curve(y_true, y_score)
        return auc(fpr, tpr)
    if multi_class != "ovr":
        raise ValueError(message("metric_roc_multi_class", op=op, value=multi_class))
    if average not in ("macro", "weighted"):
        raise ValueError(message("metric_roc_average", op=op, value=average))
    classes = np.unique(y_true)
    if len(classes) != y_score.shape[1]:
        raise ValueError(message("metric_roc_columns", op=op, n_classes=len(classes), n_columns=y_score.shape[1]))
    scores = np.array([roc_auc_score((y_true == c).astype(int), y_score[:, k]) for k, c in enumerate(classes)])
    weights = np.array([np.mean(y_true == c) for c in classes]) if average == "weighted" else None
    return float(np.average(scores, weights=weights))
