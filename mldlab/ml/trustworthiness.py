"""Trustworthiness: how far the neighbours on a map are true neighbours in the data (Venna and Kaski 2001).

For each sample i, N_i^k are its k nearest neighbours on the map (``X_embedded``) and r(i, j) is the rank of j
among i's neighbours in the data (1 = nearest)::

    T(k) = 1 − 2 / (n k (2n − 3k − 1)) · Σᵢ Σ_{j ∈ N_i^k} max(0, r(i, j) − k)

A map neighbour that is also among the k nearest in the data costs nothing; one that is the 40th nearest in
the data costs 40 − k. T = 1 when the map keeps every neighbourhood; the factor scales the worst case to 0
(it needs k < n/2).
"""

import numbers

import numpy as np

from mldlab.i18n import message
from mldlab.ml._tsne_distances import METRICS, check_precomputed, pairwise_distances
from mldlab.ml._tsne_probabilities import squared_distances
from mldlab.ml.validation import check_array, check_choice


def trustworthiness(X, X_embedded, *, n_neighbors=5, metric="euclidean") -> float:
    """T(k) of the map ``X_embedded`` of the data ``X`` (scikit-learn's ``sklearn.manifold.trustworthiness``).

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features), or (n_samples, n_samples) with metric='precomputed'
        The data (or the distances between its samples).
    X_embedded : array-like of shape (n_samples, n_components)
        The map: one row per sample of X.
    n_neighbors : int, default 5
        k: the neighbours compared, fewer than n_samples / 2.
    metric : {'euclidean', 'manhattan', 'cosine', 'precomputed'}, default 'euclidean'
        The distance in the data (on the map it is always euclidean).

    Returns
    -------
    float
        T(k), between 0 and 1.

    Examples
    --------
    >>> import numpy as np
    >>> X = np.array([[0.0, 0.0], [1.0, 0.0], [2.0, 0.0], [3.0, 0.0], [4.0, 0.0], [5.0, 0.0]])
    >>> trustworthiness(X, X[:, :1], n_neighbors=2)  # the line itself: every neighbour kept
    1.0
    >>> round(trustworthiness(X, X[[0, 3, 1, 4, 2, 5], :1], n_neighbors=2), 3)  # shuffled: some are not
    0.467
    """
    op = "trustworthiness"
    X = check_array(X, op)
    X_embedded = check_array(X_embedded, op, name="X_embedded")
    check_choice(op, "metric", metric, METRICS)
    n, k = len(X), n_neighbors
    if not isinstance(k, numbers.Integral) or isinstance(k, bool) or k < 1 or k >= n / 2:
        raise ValueError(message("tsne_trust_neighbors", op=op, value=k, half=n / 2))
    if len(X_embedded) != n:
        raise ValueError(message("tsne_trust_lengths", op=op, n_X=n, n_embedded=len(X_embedded)))
    if metric == "precomputed":
        check_precomputed(X, op)
    D = pairwise_distances(X, metric)
    np.fill_diagonal(D, np.inf)  # a sample is not its own neighbour
    order = np.argsort(D, axis=1)  # the data's neighbours of each sample, nearest first
    rank = np.empty((n, n), dtype=np.int64)
    rows = np.arange(n)[:, None]
    rank[rows, order] = np.arange(1, n + 1)  # r(i, j)
    D_map = squared_distances(X_embedded)
    np.fill_diagonal(D_map, np.inf)
    neighbors = np.argpartition(D_map, k - 1, axis=1)[:, :k]  # N_i^k
    excess = rank[rows, neighbors] - k
    penalty = excess[excess > 0].sum()
    return float(1.0 - penalty * (2.0 / (n * k * (2.0 * n - 3.0 * k - 1.0))))
