"""Mutual information between two groupings, and its normalised and chance-adjusted forms.

With the contingency table n_ij (a_i, b_j its row and column sums, N samples):

    (1) H(U) = −Σ_i (a_i/N) log(a_i/N)                         entropy of a grouping (natural log, in nats)
    (2) MI(U, V) = Σ_ij (n_ij/N) log(N n_ij / (a_i b_j))        what knowing one grouping tells about the other
    (3) NMI = MI / mean(H(U), H(V))                              in [0, 1]; 1 for identical groupings
    (4) E[MI] = Σ_ij Σ_{n = max(1, a_i + b_j − N)}^{min(a_i, b_j)} (n/N) log(N n / (a_i b_j))
                · a_i! b_j! (N − a_i)! (N − b_j)! / (N! n! (a_i − n)! (b_j − n)! (N − a_i − b_j + n)!)
        the MI expected between random groupings with these cluster sizes (hypergeometric n_ij)
    (5) AMI = (MI − E[MI]) / (mean(H(U), H(V)) − E[MI])         about 0 for random groupings, 1 for identical

``mean`` is the arithmetic mean by default (``average_method``: 'arithmetic', 'geometric', 'min', 'max').
"""

import math

import numpy as np

from mldlab.i18n import message
from mldlab.metrics.clustering_inputs import check_clusterings
from mldlab.metrics.contingency import contingency_cells

AVERAGES = ("arithmetic", "geometric", "min", "max")
_EPS = np.finfo(np.float64).eps


def mutual_info_score(labels_true, labels_pred) -> float:
    """The mutual information (2) of two groupings, in nats.

    Examples
    --------
    >>> from mldlab.metrics import mutual_info_score
    >>> round(mutual_info_score([0, 0, 1, 1], [1, 1, 0, 0]), 4)    # log 2: one bit, in nats
    0.6931
    """
    return _mutual_info(*check_clusterings("mutual_info_score", labels_true, labels_pred))


def normalized_mutual_info_score(labels_true, labels_pred, *, average_method: str = "arithmetic") -> float:
    """The normalised mutual information (3).

    Examples
    --------
    >>> from mldlab.metrics import normalized_mutual_info_score
    >>> normalized_mutual_info_score([0, 0, 1, 1], [1, 1, 0, 0])
    1.0
    >>> round(normalized_mutual_info_score([0, 0, 1, 1], [0, 0, 1, 2]), 4)
    0.8
    """
    op = "normalized_mutual_info_score"
    _check_average(op, average_method)
    labels_true, labels_pred = check_clusterings(op, labels_true, labels_pred)
    n_true, n_pred = len(np.unique(labels_true)), len(np.unique(labels_pred))
    if n_true == n_pred and n_true <= 1:  # no split on either side (or no samples): a perfect match
        return 1.0
    mi = _mutual_info(labels_true, labels_pred)
    if mi == 0:
        return 0.0
    return float(mi / _mean(entropy(labels_true), entropy(labels_pred), average_method))


def adjusted_mutual_info_score(labels_true, labels_pred, *, average_method: str = "arithmetic") -> float:
    """The mutual information adjusted for chance (5).

    Examples
    --------
    >>> from mldlab.metrics import adjusted_mutual_info_score
    >>> adjusted_mutual_info_score([0, 0, 1, 1], [1, 1, 0, 0])
    1.0
    >>> round(adjusted_mutual_info_score([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]), 4)
    0.2988
    """
    op = "adjusted_mutual_info_score"
    _check_average(op, average_method)
    labels_true, labels_pred = check_clusterings(op, labels_true, labels_pred)
    n_true, n_pred = len(np.unique(labels_true)), len(np.unique(labels_pred))
    if n_true == n_pred and n_true <= 1:
        return 1.0
    if n_true == 1 or n_pred == 1:
        return 0.0
    mi = _mutual_info(labels_true, labels_pred)
    emi = _expected_mutual_info(labels_true, labels_pred)  # (4)
    denominator = _mean(entropy(labels_true), entropy(labels_pred), average_method) - emi
    numerator = mi - emi
    denominator = min(denominator, -_EPS) if denominator < 0 else max(denominator, _EPS)  # never 0/0 (rounding)
    numerator = min(numerator, -_EPS) if numerator < 0 else max(numerator, _EPS)
    return float(numerator / denominator)  # (5)


def entropy(labels) -> float:
    """(1) The entropy of one grouping, in nats (1.0 for no samples, as scikit-learn)."""
    if len(labels) == 0:
        return 1.0
    counts = np.unique(labels, return_counts=True)[1].astype(np.float64)
    if len(counts) == 1:
        return 0.0
    total = np.sum(counts)
    return float(-np.sum((counts / total) * (np.log(counts) - math.log(total))))


def _mutual_info(labels_true: np.ndarray, labels_pred: np.ndarray) -> float:
    """(2), summed over the non-zero cells; terms below ε are 0, and the sum is clipped at 0 (rounding)."""
    i, j, n_ij, (n_rows, n_cols) = contingency_cells(labels_true, labels_pred)
    if n_rows <= 1 or n_cols <= 1:  # no split on one side (or no samples): nothing to learn from it
        return 0.0
    a = np.bincount(i, weights=n_ij, minlength=n_rows).astype(np.int64)
    b = np.bincount(j, weights=n_ij, minlength=n_cols).astype(np.int64)
    N = int(np.sum(n_ij))
    p_ij = n_ij / N
    log_outer = -np.log(a[i] * b[j]) + math.log(N) + math.log(N)
    mi = p_ij * (np.log(n_ij) - math.log(N)) + p_ij * log_outer
    mi = np.where(np.abs(mi) < _EPS, 0.0, mi)
    return float(max(np.sum(mi), 0.0))


def _expected_mutual_info(labels_true: np.ndarray, labels_pred: np.ndarray) -> float:
    """(4), with the factorials as log Γ(k + 1) = log k!, one row of the table at a time."""
    i, j, n_ij, (n_rows, n_cols) = contingency_cells(labels_true, labels_pred)
    a = np.bincount(i, weights=n_ij, minlength=n_rows).astype(np.int64)
    b = np.bincount(j, weights=n_ij, minlength=n_cols).astype(np.int64)
    if len(a) > len(b):  # (4) is symmetric in a and b: loop over the shorter side
        a, b = b, a
    N = len(labels_true)
    log_factorial = np.array([math.lgamma(k + 1) for k in range(N + 1)])  # log k! for k = 0 … N
    emi = 0.0
    for a_i in a:
        low = np.maximum(1, a_i - N + b)  # the possible n_ij for each b_j
        high = np.minimum(a_i, b)
        sizes = np.maximum(high - low + 1, 0)
        b_j = np.repeat(b, sizes)
        n = np.arange(sizes.sum()) - np.repeat(np.cumsum(sizes) - sizes, sizes) + np.repeat(low, sizes)
        log_term = math.log(N) + np.log(n) - math.log(a_i) - np.log(b_j)
        log_p = (log_factorial[a_i] + log_factorial[b_j] + log_factorial[N - a_i] + log_factorial[N - b_j]
                 - log_factorial[n] - log_factorial[N] - log_factorial[a_i - n] - log_factorial[b_j - n]
                 - log_factorial[N - a_i - b_j + n])
        emi += float(np.sum(n / N * log_term * np.exp(log_p)))
    return emi


def _mean(h_true: float, h_pred: float, average_method: str) -> float:
    """The generalised mean of the two entropies, as ``average_method`` says."""
    if average_method == "min":
        return min(h_true, h_pred)
    if average_method == "max":
        return max(h_true, h_pred)
    if average_method == "geometric":
        return float(np.sqrt(h_true * h_pred))
    return (h_true + h_pred) / 2


def _check_average(op: str, average_method) -> None:
    if not isinstance(average_method, str) or average_method not in AVERAGES:
        raise ValueError(message("ml_param_choice", op=op, name="average_method", choices=list(AVERAGES),
                                 value=average_method))
