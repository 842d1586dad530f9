"""The confusion matrix: how many samples of each true class were predicted as each class.

For two classes (negative 0, positive 1), rows are the true class and columns the predicted class:

                 predicted 0    predicted 1
    true 0          TN             FP
    true 1          FN             TP

Precision, recall and F1 (``precision_recall_f1``) are read off it: for class c, TP is the diagonal entry,
TP + FP its column sum (predicted c) and TP + FN its row sum (truly c).
"""

import warnings

import numpy as np

from mldlab.i18n import message
from mldlab.metrics.inputs import class_labels


def confusion_matrix(y_true, y_pred, *, labels=None, normalize: str | None = None,
                     threshold: float = 0.5) -> np.ndarray:
    """The confusion matrix M: M[i, j] = the number of samples of true class i predicted as class j.

    Math
    ----
    ::

        (1) M[i, j] = Σₙ [yₙ = labels[i] and ŷₙ = labels[j]]        rows: true class, columns: predicted
        (2) normalize='true': M[i, j] / Σⱼ M[i, j]      (each row sums to 1: the recall on the diagonal)
            normalize='pred': M[i, j] / Σᵢ M[i, j]      (each column sums to 1: the precision on the diagonal)
            normalize='all':  M[i, j] / N

    Parameters
    ----------
    y_true : array-like or Tensor of shape (N,) or (N, 1), or one-hot (N, C)
    y_pred : array-like or Tensor of shape (N,), (N, 1) or (N, C)
        Labels, probabilities (ŷ = 1 if p > threshold) or one score per class (ŷ = argmax), as in
        ``accuracy_score``.
    labels : array-like, optional
        The classes, in the order of the rows and columns (default: every label in y_true or y_pred,
        sorted). Samples of other classes are left out.
    normalize : {'true', 'pred', 'all'}, optional
        Divide by the row sums, the column sums or N (0/0 gives 0), as in scikit-learn.
    threshold : float, default 0.5

    Returns
    -------
    ndarray of shape (n_classes, n_classes)
        Whole numbers (int64), or fractions (float64) with ``normalize``.

    Examples
    --------
    >>> from mldlab.metrics import confusion_matrix
    >>> y_true = [0, 0, 0, 1, 1]
    >>> y_pred = [0, 1, 0, 1, 0]
    >>> confusion_matrix(y_true, y_pred)                  # [[TN, FP], [FN, TP]]
    array([[2, 1],
           [1, 1]])
    >>> confusion_matrix(["cat", "dog", "cat"], ["dog", "dog", "cat"], labels=["dog", "cat"])
    array([[1, 0],
           [1, 1]])
    """
    op = "confusion_matrix"
    y_true, y_pred = class_labels(op, y_true, y_pred, threshold)
    if normalize not in (None, "true", "pred", "all"):
        raise ValueError(message("metric_normalize", op=op, value=normalize))
    if labels is None:
        labels = np.union1d(y_true, y_pred)
    else:
        labels = np.asarray(labels)
        if labels.size == 0:
            raise ValueError(message("metric_no_labels", op=op))
        if not np.isin(y_true, labels).any():
            raise ValueError(message("metric_labels_absent", op=op, labels=labels.tolist()))
    matrix = count_matrix(y_true, y_pred, labels)  # (1)
    if normalize is not None:  # (2)
        with np.errstate(all="ignore"):
            if normalize == "true":
                matrix = matrix / matrix.sum(axis=1, keepdims=True)
            elif normalize == "pred":
                matrix = matrix / matrix.sum(axis=0, keepdims=True)
            else:
                matrix = matrix / matrix.sum()
        matrix = np.nan_to_num(matrix)
    if matrix.shape == (1, 1):
        warnings.warn(message("metric_single_label", op=op), UserWarning, stacklevel=2)
    return matrix


def count_matrix(y_true: np.ndarray, y_pred: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """(1) M[i, j] = Σₙ [yₙ = labels[i] and ŷₙ = labels[j]], leaving out samples with other labels."""
    true_index, pred_index = _positions(y_true, labels), _positions(y_pred, labels)
    kept = (true_index >= 0) & (pred_index >= 0)
    matrix = np.zeros((len(labels), len(labels)), dtype=np.int64)
    np.add.at(matrix, (true_index[kept], pred_index[kept]), 1)  # for each sample n: M[yₙ, ŷₙ] += 1
    return matrix


def class_counts(y_true: np.ndarray, y_pred: np.ndarray, labels) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each class c in ``labels``: (TP, TP + FP, TP + FN) = (diagonal, predicted c, truly c).

    Counted on the confusion matrix of *all* classes, so that a sample predicted as c counts in c's column
    even if its true class is not in ``labels``.
    """
    everything = np.union1d(np.union1d(y_true, y_pred), labels)
    matrix = count_matrix(y_true, y_pred, everything)
    where = _positions(np.asarray(labels), everything)
    true_positives = np.diag(matrix)[where]
    predicted = matrix.sum(axis=0)[where]
    actual = matrix.sum(axis=1)[where]
    return true_positives, predicted, actual


def _positions(values: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """The position of each value in ``labels`` (which need not be sorted), or −1 when it is not there."""
    order = np.argsort(labels, kind="stable")
    place = np.clip(np.searchsorted(labels[order], values), 0, len(labels) - 1)
    found = labels[order][place] == values
    return np.where(found, order[place], -1)
