"""The contingency table of two groupings of the same samples: how many samples each pair of clusters shares.

    n_ij = |{samples in class i of labels_true and in cluster j of labels_pred}|
    a_i = Σ_j n_ij  (size of class i),   b_j = Σ_i n_ij  (size of cluster j),   N = Σ_ij n_ij

The Rand index, the mutual information, homogeneity and completeness are all read off this table; only which
samples share a label counts, so renaming the clusters permutes its rows or columns and changes no score.
"""

import numpy as np

from mldlab.metrics.clustering_inputs import check_clusterings


def contingency_matrix(labels_true, labels_pred) -> np.ndarray:
    """The table n_ij (rows: the sorted classes of ``labels_true``, columns: the sorted clusters of
    ``labels_pred``).

    Parameters
    ----------
    labels_true, labels_pred : array-like of shape (n_samples,)
        Two groupings of the same samples (numbers or text).

    Returns
    -------
    ndarray of shape (n_classes, n_clusters), int64
        Dense, as scikit-learn's ``contingency_matrix(..., sparse=False)``: n_classes × n_clusters numbers, so
        for many thousands of labels on each side prefer the scores, which never build it.

    Examples
    --------
    >>> from mldlab.metrics import contingency_matrix
    >>> contingency_matrix([0, 0, 1, 1, 1], ["a", "b", "b", "b", "c"])
    array([[1, 1, 0],
           [0, 2, 1]])
    """
    labels_true, labels_pred = check_clusterings("contingency_matrix", labels_true, labels_pred)
    i, j, n_ij, shape = contingency_cells(labels_true, labels_pred)
    table = np.zeros(shape, dtype=np.int64)
    table[i, j] = n_ij
    return table


def contingency_cells(labels_true: np.ndarray, labels_pred: np.ndarray):
    """The non-zero cells of the table, row by row: ``(i, j, n_ij, (n_classes, n_clusters))``.

    Only the cells that hold samples (at most N of them) are made, so N singletons against N singletons cost N
    numbers, not N².
    """
    _, row = np.unique(labels_true, return_inverse=True)
    _, col = np.unique(labels_pred, return_inverse=True)
    row, col = row.reshape(-1), col.reshape(-1)
    n_cols = int(col.max()) + 1 if len(col) else 0
    n_rows = int(row.max()) + 1 if len(row) else 0
    cells, n_ij = np.unique(row.astype(np.int64) * max(n_cols, 1) + col, return_counts=True)
    return cells // max(n_cols, 1), cells % max(n_cols, 1), n_ij.astype(np.int64), (n_rows, n_cols)
