"""What the clustering metrics accept: labels of two groupings, or data X with one cluster label per sample.

Every clustering metric starts here, so every one refuses bad input in the same words. Labels may be numbers or
text (``'cat'``, ``'dog'``): only which samples share a label matters, never the label's value.
"""

import warnings

import numpy as np

from mldlab.data.arrays import check_finite, to_float, to_numpy
from mldlab.i18n import message


def check_labels(op: str, name: str, labels) -> np.ndarray:
    """One grouping: a 1-D array of labels (numbers or text), without NaN."""
    labels = to_numpy(labels, op, name, numeric=False)
    if labels.ndim != 1:
        raise ValueError(message("cluster_metric_labels_ndim", op=op, name=name, shape=labels.shape))
    return check_finite(labels, op, name)


def check_clusterings(op: str, labels_true, labels_pred) -> tuple[np.ndarray, np.ndarray]:
    """Two groupings of the same samples, for the metrics that compare them (Rand index, mutual information).

    Floats that are not whole numbers are accepted with a warning, as scikit-learn does: they are most likely
    measurements passed by mistake.
    """
    labels_true = check_labels(op, "labels_true", labels_true)
    labels_pred = check_labels(op, "labels_pred", labels_pred)
    if len(labels_true) != len(labels_pred):
        raise ValueError(message("cluster_metric_lengths", op=op, name_a="labels_true", name_b="labels_pred",
                                 n_a=len(labels_true), n_b=len(labels_pred)))
    for labels in (labels_true, labels_pred):
        if labels.dtype.kind == "f" and not np.all(np.mod(labels, 1) == 0):
            value = labels[np.mod(labels, 1) != 0][0].item()
            warnings.warn(message("cluster_metric_continuous", op=op, value=value), UserWarning, stacklevel=3)
            break
    return labels_true, labels_pred


def check_data_labels(op: str, X, labels, *, precomputed: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Data X (n, d) (or distances (n, n) when ``precomputed``) as float64, and its labels as cluster numbers.

    Returns ``(X, k, counts)``: ``k[i]`` is sample i's cluster as 0, 1, …, K − 1 (the labels in sorted order) and
    ``counts[c]`` = |C_c|, the size of cluster c. The scores need 2 ≤ K ≤ n − 1 clusters.
    """
    X = to_numpy(X, op, "X")
    if X.ndim == 1:
        raise ValueError(message("ml_1d", op=op, name="X", shape=X.shape))
    if X.ndim != 2:
        raise ValueError(message("ml_ndim", op=op, name="X", ndim=X.ndim, shape=X.shape))
    X = check_finite(to_float(X, np.float64, op, "X"), op, "X")
    labels = check_labels(op, "labels", labels)
    if len(labels) != len(X):
        raise ValueError(message("cluster_metric_lengths", op=op, name_a="X", name_b="labels", n_a=len(X),
                                 n_b=len(labels)))
    if precomputed:
        _check_distances(op, X)
    _, k = np.unique(labels, return_inverse=True)
    counts = np.bincount(k.reshape(-1))
    check_n_labels(op, len(counts), len(labels))
    return X, k.reshape(-1), counts


def check_n_labels(op: str, n_labels: int, n_samples: int) -> None:
    """The silhouette and the cluster indices need 2 ≤ K ≤ n − 1 clusters."""
    if not 1 < n_labels < n_samples:
        raise ValueError(message("cluster_metric_n_labels", op=op, n_labels=n_labels, n_samples=n_samples,
                                 largest=n_samples - 1))


def _check_distances(op: str, D: np.ndarray) -> None:
    """A precomputed distance matrix: square, ≥ 0, zeros on the diagonal (up to 100 ε)."""
    if D.shape[0] != D.shape[1]:
        raise ValueError(message("cluster_metric_not_square", op=op, shape=D.shape))
    negative = D < 0
    if negative.any():
        raise ValueError(message("cluster_metric_negative", op=op, count=int(negative.sum()),
                                 value=float(D[negative][0])))
    diagonal = np.abs(np.diagonal(D))
    off = diagonal > 100 * np.finfo(np.float64).eps
    if off.any():
        raise ValueError(message("cluster_metric_diagonal", op=op, count=int(off.sum()),
                                 value=float(diagonal[off][0])))
