"""Homogeneity, completeness and the V-measure: entropy-based scores of a clustering against known classes.

With C the classes (``labels_true``), K the clusters (``labels_pred``), H the entropy and MI the mutual
information (``mutual_info``):

    (1) homogeneity  h = MI(C, K) / H(C)      1: each cluster holds members of one class only
    (2) completeness c = MI(C, K) / H(K)      1: all members of a class are in one cluster
    (3) V-measure    v = (1 + β) h c / (β h + c)      (β = 1: the harmonic mean of h and c)

(h = 1 when H(C) = 0, c = 1 when H(K) = 0, v = 0 when h + c = 0.)  Putting every sample alone in its own
cluster is perfectly homogeneous but not complete; one cluster for everything is complete but not homogeneous.
"""

import numbers

import numpy as np

from mldlab.i18n import message
from mldlab.metrics.clustering_inputs import check_clusterings
from mldlab.metrics.mutual_info import _mutual_info, entropy


def homogeneity_completeness_v_measure(labels_true, labels_pred, *, beta: float = 1.0) -> tuple[float, float, float]:
    """(h, c, v) of formulas (1)–(3) at once.

    Parameters
    ----------
    labels_true : array-like of shape (n_samples,)
        The known classes.
    labels_pred : array-like of shape (n_samples,)
        The clusters found.
    beta : float, default 1.0
        The weight of completeness against homogeneity in v (β > 1: completeness counts more).

    Returns
    -------
    tuple of three floats in [0, 1]
        (1.0, 1.0, 1.0) for no samples.

    Examples
    --------
    >>> from mldlab.metrics import homogeneity_completeness_v_measure
    >>> h, c, v = homogeneity_completeness_v_measure([0, 0, 1, 1], [0, 1, 2, 3])   # every sample alone
    >>> round(h, 4), round(c, 4), round(v, 4)
    (1.0, 0.5, 0.6667)
    """
    op = "homogeneity_completeness_v_measure"
    if not isinstance(beta, numbers.Real) or isinstance(beta, bool) or not np.isfinite(beta) or beta < 0:
        raise ValueError(message("ml_param_nonneg", op=op, name="beta", value=beta))
    labels_true, labels_pred = check_clusterings(op, labels_true, labels_pred)
    if len(labels_true) == 0:
        return 1.0, 1.0, 1.0
    h_C, h_K = entropy(labels_true), entropy(labels_pred)
    mi = _mutual_info(labels_true, labels_pred)
    h = mi / h_C if h_C else 1.0  # (1)
    c = mi / h_K if h_K else 1.0  # (2)
    v = 0.0 if h + c == 0.0 else (1 + beta) * h * c / (beta * h + c)  # (3)
    return float(h), float(c), float(v)


def homogeneity_score(labels_true, labels_pred) -> float:
    """Homogeneity (1): 1 when every cluster holds samples of a single class.

    Examples
    --------
    >>> from mldlab.metrics import homogeneity_score
    >>> round(homogeneity_score([0, 0, 1, 1], [0, 0, 1, 2]), 12)     # splitting a class keeps clusters pure
    1.0
    """
    return homogeneity_completeness_v_measure(labels_true, labels_pred)[0]


def completeness_score(labels_true, labels_pred) -> float:
    """Completeness (2): 1 when all samples of each class are in one cluster.

    Examples
    --------
    >>> from mldlab.metrics import completeness_score
    >>> round(completeness_score([0, 0, 1, 2], [0, 0, 1, 1]), 12)     # merging classes keeps each one whole
    1.0
    """
    return homogeneity_completeness_v_measure(labels_true, labels_pred)[1]


def v_measure_score(labels_true, labels_pred, *, beta: float = 1.0) -> float:
    """The V-measure (3), the weighted harmonic mean of homogeneity and completeness (= NMI, arithmetic mean,
    for β = 1).

    Examples
    --------
    >>> from mldlab.metrics import v_measure_score
    >>> round(v_measure_score([0, 0, 1, 1], [0, 0, 1, 2]), 4)
    0.8
    """
    return homogeneity_completeness_v_measure(labels_true, labels_pred, beta=beta)[2]
