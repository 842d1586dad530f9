"""The Rand index and the adjusted Rand index: how often two groupings agree about pairs of samples.

Each of the n(n − 1)/2 pairs of samples is either together in both groupings, apart in both (agreements), or
together in one and apart in the other. From the contingency table n_ij (a_i, b_j its row and column sums),
counting ordered pairs (i ≠ j) as scikit-learn does:

    (1) together in both            TP = Σ_ij n_ij² − N
        together in pred only       FP = Σ_ij n_ij b_j − Σ_ij n_ij²
        together in true only       FN = Σ_ij n_ij a_i − Σ_ij n_ij²
        apart in both               TN = N² − FP − FN − Σ_ij n_ij²
    (2) RI  = (TP + TN) / (TP + FP + FN + TN)                               in [0, 1]
    (3) ARI = 2 (TP·TN − FN·FP) / ((TP + FN)(FN + TN) + (TP + FP)(FP + TN))

RI of two random groupings is often far above 0; the ARI subtracts what chance gives: 0 for random labels,
1 for identical groupings (up to renaming), negative when worse than chance.
"""

import numpy as np

from mldlab.metrics.clustering_inputs import check_clusterings
from mldlab.metrics.contingency import contingency_cells


def pair_confusion_matrix(labels_true, labels_pred) -> np.ndarray:
    """The 2 × 2 table of ordered pairs of samples, (1): [[TN, FP], [FN, TP]].

    Examples
    --------
    >>> from mldlab.metrics import pair_confusion_matrix
    >>> pair_confusion_matrix([0, 0, 1, 1], [0, 0, 1, 2])
    array([[8, 0],
           [2, 2]])
    """
    labels_true, labels_pred = check_clusterings("pair_confusion_matrix", labels_true, labels_pred)
    return _pairs(labels_true, labels_pred)


def rand_score(labels_true, labels_pred) -> float:
    """The Rand index (2): the fraction of pairs of samples on which the two groupings agree.

    Examples
    --------
    >>> from mldlab.metrics import rand_score
    >>> round(rand_score([0, 0, 1, 1], [0, 0, 1, 2]), 4)
    0.8333
    """
    (tn, fp), (fn, tp) = _pairs(*check_clusterings("rand_score", labels_true, labels_pred))
    agree, total = tn + tp, tn + fp + fn + tp
    if agree == total or total == 0:  # one cluster on both sides, or singletons on both: perfect agreement
        return 1.0
    return float(agree / total)


def adjusted_rand_score(labels_true, labels_pred) -> float:
    """The adjusted Rand index (3): 1 for identical groupings (up to renaming), about 0 for random ones.

    Parameters
    ----------
    labels_true, labels_pred : array-like of shape (n_samples,)
        Two groupings of the same samples, e.g. the classes and a clustering's ``labels_``.

    Returns
    -------
    float
        In [−0.5, 1].

    Examples
    --------
    >>> from mldlab.metrics import adjusted_rand_score
    >>> adjusted_rand_score([0, 0, 1, 1], [1, 1, 0, 0])              # the same grouping, renamed
    1.0
    >>> round(adjusted_rand_score([0, 0, 1, 1], [0, 0, 1, 2]), 4)
    0.5714
    """
    (tn, fp), (fn, tp) = _pairs(*check_clusterings("adjusted_rand_score", labels_true, labels_pred))
    tn, fp, fn, tp = int(tn), int(fp), int(fn), int(tp)  # Python integers: no overflow in the products
    if fn == 0 and fp == 0:
        return 1.0
    return 2.0 * (tp * tn - fn * fp) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn))


def _pairs(labels_true: np.ndarray, labels_pred: np.ndarray) -> np.ndarray:
    """(1) from the non-zero cells of the contingency table."""
    i, j, n_ij, (n_rows, n_cols) = contingency_cells(labels_true, labels_pred)
    N = np.int64(len(labels_true))
    a = np.bincount(i, weights=n_ij, minlength=n_rows).astype(np.int64)
    b = np.bincount(j, weights=n_ij, minlength=n_cols).astype(np.int64)
    squares = np.sum(n_ij**2)
    C = np.empty((2, 2), dtype=np.int64)
    C[1, 1] = squares - N
    C[0, 1] = np.sum(n_ij * b[j]) - squares
    C[1, 0] = np.sum(n_ij * a[i]) - squares
    C[0, 0] = N**2 - C[0, 1] - C[1, 0] - squares
    return C
