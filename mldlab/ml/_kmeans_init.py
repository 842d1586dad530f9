"""Where k-means starts: k-means++ (spread-out centres drawn at random) or k random samples.

Greedy k-means++ (Arthur and Vassilvitskii 2007, as scikit-learn does it), with D(x)² the squared distance from x to
the nearest centre chosen so far::

    (1) the first centre: a sample drawn with probability ∝ wᵢ
    (2) draw L = 2 + ⌊ln k⌋ candidates, each with probability ∝ wᵢ·D(xᵢ)²   (far points are likely)
    (3) keep the candidate that makes the potential Σᵢ wᵢ·D(xᵢ)² smallest
    (4) repeat (2)–(3) until there are k centres

Points far from every chosen centre are the likely next centres, so the centres start spread over the data, and
Lloyd's iterations need fewer steps and end in better minima than from k random samples.

Examples
--------
>>> import numpy as np
>>> X = np.array([[1, 2], [1, 4], [1, 0], [10, 2], [10, 4], [10, 0]])
>>> centers, indices = kmeans_plusplus(X, n_clusters=2, random_state=0)
>>> sorted(centers[:, 0].tolist())  # one centre in each group of points
[1.0, 10.0]
>>> bool((X[indices] == centers).all())
True
"""

import numpy as np

from mldlab.i18n import message
from mldlab.ml._kmeans_checks import check_data, check_n_clusters, check_weights
from mldlab.ml.validation import check_random_state


def _squared_distances_to(X: np.ndarray, x_sq: np.ndarray, points: np.ndarray) -> np.ndarray:
    """‖xᵢ − p‖² for every candidate p (rows) and sample xᵢ (columns), never below 0."""
    out = points @ X.T
    out *= -2
    out += x_sq
    out += np.einsum("ij,ij->i", points, points)[:, None]
    return np.maximum(out, 0, out=out)


def plusplus(X: np.ndarray, n_clusters: int, x_sq: np.ndarray, sample_weight: np.ndarray,
             rng: np.random.Generator, n_local_trials: int | None = None):
    """Greedy k-means++ on checked data: (centres, their row numbers in X)."""
    n = len(X)
    L = 2 + int(np.log(n_clusters)) if n_local_trials is None else n_local_trials
    indices = np.empty(n_clusters, dtype=np.int64)
    indices[0] = rng.choice(n, p=sample_weight / sample_weight.sum())  # (1)
    D2 = _squared_distances_to(X, x_sq, X[indices[:1]])[0]
    potential = D2 @ sample_weight
    for c in range(1, n_clusters):  # (4)
        draws = rng.uniform(size=L) * potential  # (2)
        candidates = np.minimum(np.searchsorted(np.cumsum(sample_weight * D2), draws), n - 1)
        D2_with = np.minimum(D2, _squared_distances_to(X, x_sq, X[candidates]))
        potentials = D2_with @ sample_weight
        best = int(np.argmin(potentials))  # (3)
        indices[c], D2, potential = candidates[best], D2_with[best], potentials[best]
    return X[indices].copy(), indices


def random_samples(X: np.ndarray, n_clusters: int, sample_weight: np.ndarray, rng: np.random.Generator):
    """k distinct samples drawn with probability ∝ wᵢ (``init='random'``)."""
    rows = rng.choice(len(X), size=n_clusters, replace=False, p=sample_weight / sample_weight.sum())
    return X[rows].copy()


def kmeans_plusplus(X, n_clusters, *, sample_weight=None, x_squared_norms=None, random_state=None,
                    n_local_trials=None):
    """Initial centres for k-means by greedy k-means++ (scikit-learn's ``kmeans_plusplus``).

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features)
        The data to draw the centres from (float32 stays float32).
    n_clusters : int
        k, the number of centres.
    sample_weight : array-like of shape (n_samples,), default None
        wᵢ in steps (1)–(3); None gives every sample weight 1.
    x_squared_norms : array-like of shape (n_samples,), default None
        ‖xᵢ‖², if already computed.
    random_state : int, numpy Generator or None, default None
        The draws (None: mldlab's thread default, see ``mldlab.manual_seed``).
    n_local_trials : int, default None
        L, the candidates per centre; None gives 2 + ⌊ln k⌋. 1 is the original (not greedy) k-means++.

    Returns
    -------
    centers : ndarray of shape (n_clusters, n_features)
    indices : ndarray of shape (n_clusters,)
        The row of each centre in X: ``X[indices] == centers``.

    Notes
    -----
    The draws come from a NumPy ``Generator``, not scikit-learn's ``RandomState``: the same seed picks other
    centres than scikit-learn's; the quality (the inertia reached) is the same on average.
    """
    op = "kmeans_plusplus"
    X = check_data(X, op)
    n_clusters = check_n_clusters(n_clusters, len(X), op)
    sample_weight = check_weights(sample_weight, X, op)
    if x_squared_norms is None:
        x_sq = np.einsum("ij,ij->i", X, X)
    else:
        x_sq = np.asarray(x_squared_norms, dtype=X.dtype).reshape(-1)
        if len(x_sq) != len(X):
            raise ValueError(message("kmeans_x_squared_norms", op=op, got=len(x_sq), n_samples=len(X)))
    if n_local_trials is not None and (not isinstance(n_local_trials, (int, np.integer)) or n_local_trials < 1):
        raise ValueError(message("ml_param_whole", op=op, name="n_local_trials", low=1, value=n_local_trials))
    return plusplus(X, n_clusters, x_sq, sample_weight, check_random_state(random_state, op), n_local_trials)
