"""Two indices of a clustering computed from the data alone: Calinski–Harabasz and Davies–Bouldin.

With clusters C_1 … C_K of n samples, centroids μ_k = mean of C_k and μ the mean of all the data:

    (1) B = Σ_k |C_k| ‖μ_k − μ‖²                   between-cluster dispersion
        W = Σ_k Σ_{x ∈ C_k} ‖x − μ_k‖²             within-cluster dispersion (the k-means inertia)
        CH = (B / (K − 1)) / (W / (n − K))          higher is better (1.0 when W = 0)
    (2) s_k = 1/|C_k| Σ_{x ∈ C_k} ‖x − μ_k‖          mean distance to the centroid
        DB = 1/K Σ_k max_{l ≠ k} (s_k + s_l) / ‖μ_k − μ_l‖       lower is better, 0 at best
"""

import numpy as np

from mldlab.metrics.clustering_inputs import check_data_labels


def calinski_harabasz_score(X, labels) -> float:
    """The Calinski–Harabasz index (1), the variance ratio criterion.

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features)
    labels : array-like of shape (n_samples,)
        The cluster of each sample; 2 ≤ number of clusters ≤ n_samples − 1.

    Returns
    -------
    float

    Examples
    --------
    >>> from mldlab.metrics import calinski_harabasz_score
    >>> X = [[0.0], [1.0], [10.0], [12.0]]
    >>> round(calinski_harabasz_score(X, [0, 0, 1, 1]), 2)       # B = 4 · 5.25² = 110.25, W = 0.5 + 2
    88.2
    """
    X, k, counts = check_data_labels("calinski_harabasz_score", X, labels)
    n, K = len(X), len(counts)
    mu = np.mean(X, axis=0)
    B, W = 0.0, 0.0
    for c in range(K):
        C_k = X[k == c]
        mu_k = np.mean(C_k, axis=0)
        B += len(C_k) * np.sum((mu_k - mu) ** 2)
        W += np.sum((C_k - mu_k) ** 2)
    return float(1.0 if W == 0.0 else B * (n - K) / (W * (K - 1.0)))


def davies_bouldin_score(X, labels) -> float:
    """The Davies–Bouldin index (2): for each cluster, its worst ratio of spread to separation, averaged.

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features)
    labels : array-like of shape (n_samples,)
        The cluster of each sample; 2 ≤ number of clusters ≤ n_samples − 1.

    Returns
    -------
    float
        ≥ 0; 0.0 when every cluster is a single point or all centroids coincide.

    Notes
    -----
    Distances are computed as scikit-learn's, √(‖x‖² − 2 x·μ + ‖μ‖²), so that the scores agree to the last digits.

    Examples
    --------
    >>> from mldlab.metrics import davies_bouldin_score
    >>> round(davies_bouldin_score([[0, 1], [1, 1], [3, 4]], [0, 0, 1]), 4)
    0.128
    """
    X, k, counts = check_data_labels("davies_bouldin_score", X, labels)
    K = len(counts)
    s, mu = np.zeros(K), np.zeros((K, X.shape[1]))
    for c in range(K):
        C_k = X[k == c]
        mu[c] = np.mean(C_k, axis=0)
        s[c] = np.mean(_distances(C_k, mu[c:c + 1]))
    between = _distances(mu, mu)
    np.fill_diagonal(between, 0.0)
    if np.all(np.isclose(s, 0.0)) or np.all(np.isclose(between, 0.0)):
        return 0.0
    between[between == 0] = np.inf
    return float(np.mean(np.max((s[:, None] + s[None, :]) / between, axis=1)))


def _distances(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """‖a − b‖ for every row a of A and b of B, as √(‖a‖² − 2 a·b + ‖b‖²) (negative rounding clipped to 0)."""
    D = -2.0 * (A @ B.T)
    D += np.einsum("ij,ij->i", A, A)[:, None]
    D += np.einsum("ij,ij->i", B, B)[None, :]
    return np.sqrt(np.maximum(D, 0.0))
