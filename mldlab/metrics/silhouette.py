"""The silhouette: how much closer each sample is to its own cluster than to the nearest other cluster.

For sample i in cluster C_I, with d the distance (euclidean by default):

    (1) a(i) = 1/(|C_I| − 1) · Σ_{j ∈ C_I, j ≠ i} d(i, j)        mean distance to the rest of its own cluster
    (2) b(i) = min_{J ≠ I} 1/|C_J| · Σ_{j ∈ C_J} d(i, j)         mean distance to the nearest other cluster
    (3) s(i) = (b(i) − a(i)) / max(a(i), b(i))                    in [−1, 1]; s(i) = 0 when |C_I| = 1
    (4) silhouette score = 1/n · Σᵢ s(i)

s(i) near 1: i sits well inside its cluster; near 0: on the border between two; negative: closer to another
cluster than to its own (probably in the wrong one).
"""

import numbers

import numpy as np

from mldlab._random import get_rng
from mldlab.i18n import message
from mldlab.metrics.clustering_inputs import check_data_labels

METRICS = ("euclidean", "manhattan", "cosine", "precomputed")
_CHUNK_BYTES = 64 * 2**20  # distances held at once: 64 MiB (20,000 samples: 400 rows of 20,000 at a time)


def silhouette_samples(X, labels, *, metric: str = "euclidean") -> np.ndarray:
    """The silhouette s(i) of every sample (formulas (1)–(3) of the module docstring).

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features), or (n_samples, n_samples) with ``metric='precomputed'``
        The data, or the distances between samples (zeros on the diagonal).
    labels : array-like of shape (n_samples,)
        The cluster of each sample (numbers or text); 2 ≤ number of clusters ≤ n_samples − 1.
    metric : {'euclidean', 'manhattan', 'cosine', 'precomputed'}, default 'euclidean'
        The distance d: ‖x − y‖₂, Σ|x − y| or 1 − cos(x, y).

    Returns
    -------
    ndarray of shape (n_samples,)
        s(i) in [−1, 1]; 0 for a sample alone in its cluster.

    Notes
    -----
    The distances are computed a few hundred rows at a time (64 MiB), never all n² at once, so 20,000 samples
    fit in memory. Euclidean distances are computed as scikit-learn does, √(‖x‖² − 2 x·y + ‖y‖²) with d(i, i) = 0,
    so that the scores agree to the last digits; a sample's cosine distance to itself is 0. Data is computed in
    float64 (for float32 data scikit-learn keeps float32 distances: its scores then differ in the 7th digit).

    Examples
    --------
    >>> from mldlab.metrics import silhouette_samples
    >>> X = [[0.0], [1.0], [10.0], [12.0]]
    >>> silhouette_samples(X, [0, 0, 1, 1]).round(3)     # s(0): a = 1, b = (10 + 12)/2 = 11, (11 − 1)/11
    array([0.909, 0.9  , 0.789, 0.826])
    """
    return _silhouette("silhouette_samples", X, labels, metric)


def silhouette_score(X, labels, *, metric: str = "euclidean", sample_size=None, random_state=None) -> float:
    """The mean silhouette (4) over all samples, or over ``sample_size`` samples drawn at random.

    Parameters
    ----------
    X, labels, metric
        As in ``silhouette_samples``.
    sample_size : int, optional
        Score a random subset of this many samples (their distances to each other only), for large data.
    random_state : int, numpy Generator or None
        The seed of that draw (None: this thread's default generator, ``mldlab.manual_seed``). The subset is
        not scikit-learn's (another generator); without ``sample_size`` the score is the same.

    Returns
    -------
    float
        In [−1, 1]: near 1 for compact, well separated clusters.

    Examples
    --------
    >>> from mldlab.metrics import silhouette_score
    >>> round(silhouette_score([[0.0], [1.0], [10.0], [12.0]], [0, 0, 1, 1]), 4)
    0.8562
    """
    if sample_size is not None:
        op = "silhouette_score"
        if not isinstance(sample_size, numbers.Integral) or isinstance(sample_size, bool) or sample_size < 1:
            raise ValueError(message("ml_param_whole", op=op, name="sample_size", low=1, value=sample_size))
        X, k, _ = check_data_labels(op, X, labels, precomputed=metric == "precomputed")
        keep = _generator(op, random_state).permutation(len(X))[:sample_size]
        X = X[np.ix_(keep, keep)] if metric == "precomputed" else X[keep]
        labels = k[keep]
    return float(np.mean(_silhouette("silhouette_score", X, labels, metric)))


def _silhouette(op: str, X, labels, metric: str) -> np.ndarray:
    """(1)–(3) for every sample; ``op`` names the function the learner called, in errors."""
    if not isinstance(metric, str) or metric not in METRICS:
        raise ValueError(message("ml_param_choice", op=op, name="metric", choices=list(METRICS), value=metric))
    X, k, counts = check_data_labels(op, X, labels, precomputed=metric == "precomputed")
    one_hot = np.zeros((len(k), len(counts)))
    one_hot[np.arange(len(k)), k] = 1.0
    a, b = np.empty(len(k)), np.empty(len(k))
    for rows, D in _distance_chunks(X, metric):
        sums = D @ one_hot  # sums[i, J] = Σ_{j ∈ C_J} d(i, j)
        own = (np.arange(len(sums)), k[rows])
        a[rows] = sums[own]
        sums[own] = np.inf
        b[rows] = (sums / counts).min(axis=1)  # (2)
    with np.errstate(divide="ignore", invalid="ignore"):
        a /= counts[k] - 1  # (1): 0/0 = NaN for a cluster of one sample
        s = (b - a) / np.maximum(a, b)  # (3)
    return np.nan_to_num(s)  # NaN (alone in its cluster, or a = b = 0) → 0


def _distance_chunks(X: np.ndarray, metric: str):
    """(rows, D) for consecutive blocks of rows: D[r, j] = d(x_rows[r], x_j), each block at most 64 MiB."""
    n = len(X)
    step = max(1, _CHUNK_BYTES // (8 * n))
    if metric == "euclidean":
        squared = np.einsum("ij,ij->i", X, X)
        minus_two_XT = -2.0 * X.T  # (−2x)·y = −2 (x·y) exactly: one pass over D saved
    elif metric == "manhattan":
        XT = np.ascontiguousarray(X.T)  # feature f of every sample, contiguous
    elif metric == "cosine":
        norms = np.sqrt(np.einsum("ij,ij->i", X, X))
        norms[norms == 0] = 1.0  # a zero vector stays zero: cos = 0 with everything
        unit = X / norms[:, None]
    for start in range(0, n, step):
        rows = slice(start, min(start + step, n))
        diagonal = (np.arange(rows.stop - start), np.arange(start, rows.stop))
        if metric == "precomputed":
            yield rows, X[rows]
            continue
        if metric == "euclidean":  # ‖x − y‖² = ‖x‖² − 2 x·y + ‖y‖²
            D = X[rows] @ minus_two_XT
            D += squared[rows, None]
            D += squared[None, :]
            np.maximum(D, 0.0, out=D)
            D[diagonal] = 0.0
            np.sqrt(D, out=D)
        elif metric == "manhattan":  # Σ_f |x_f − y_f|, one feature at a time (never an (rows, n, d) array)
            D, difference = np.zeros((rows.stop - start, n)), np.empty((rows.stop - start, n))
            for f in range(X.shape[1]):
                np.subtract(X[rows, f, None], XT[f], out=difference)
                D += np.abs(difference, out=difference)
        else:  # 1 − cos(x, y) = 1 − x̂·ŷ, in [0, 2]
            D = np.clip(1.0 - unit[rows] @ unit.T, 0.0, 2.0)
            D[diagonal] = 0.0
        yield rows, D


def _generator(op: str, random_state) -> np.random.Generator:
    """The generator of ``random_state``: a seed, a Generator, or None (this thread's default)."""
    if random_state is None:
        return get_rng()
    if isinstance(random_state, np.random.Generator):
        return random_state
    if isinstance(random_state, numbers.Integral) and not isinstance(random_state, bool) and random_state >= 0:
        return np.random.default_rng(int(random_state))
    raise ValueError(message("ml_random_state", op=op, value=random_state))
