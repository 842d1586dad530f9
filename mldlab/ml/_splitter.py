"""The best split of one tree node: every feature, every threshold, at once, with cumulative counts or sums.

For a node with N samples, a split (feature j, threshold t) sends the Nₗ samples with xⱼ ≤ t left and the Nᵣ others
right. Its quality is the impurity decrease

    (1) ΔI = I(node) − (Nₗ/N)·I(left) − (Nᵣ/N)·I(right)

with, for class fractions p_k in a node,

    (2) Gini     I = 1 − Σₖ p_k²
    (3) entropy  I = −Σₖ p_k log₂ p_k
    (4) squared error  I = (1/N) Σᵢ (yᵢ − ȳ)²

Sorting each feature once, the class counts (or target sums) of the left child for *every* threshold are one
cumulative sum, and the right child's are the node's total minus the left's: no loop over thresholds. Since I(node)
is the same for every candidate, the search maximises the proxy −(Nₗ·I(left) + Nᵣ·I(right)) (for squared error the
equivalent Sₗ²/Nₗ + Sᵣ²/Nᵣ with S the sums of y), as scikit-learn does.

Thresholds lie halfway between consecutive distinct values, t = xᵢ/2 + xᵢ₊₁/2; values closer than 1e-7 count as
equal. Ties between equally good splits go to the first feature (in the order given) and, within it, to the
smallest threshold.

Examples
--------
>>> import numpy as np
>>> X = np.array([[1.0], [2.0], [3.0], [4.0]])
>>> onehot = np.eye(2)[[0, 0, 1, 1]]
>>> best_split(X, onehot, np.ones(4), "gini", 1, 0.0, np.array([0]))
(0, 2.5)
"""

import numpy as np

FEATURE_THRESHOLD = 1e-7


def node_impurity(target: np.ndarray, weight: np.ndarray, criterion: str) -> float:
    """I(node) by (2), (3) or (4) with weighted counts; ``target`` is one-hot (N, C) for classes, the values y (N,)
    for regression, ``weight`` the N sample weights."""
    total = weight.sum()
    if criterion == "squared_error":
        return float((weight @ target ** 2) / total - (weight @ target / total) ** 2)  # (4) as mean(y²) − ȳ²
    return float(_class_impurity(weight @ target, total, criterion))


def _class_impurity(counts: np.ndarray, n, criterion: str) -> np.ndarray:
    """Gini (2) or entropy (3) from class counts along the last axis and the number of samples ``n``."""
    p = counts / n
    if criterion == "gini":
        return 1.0 - (p ** 2).sum(axis=-1)  # (2)
    logs = np.log2(p, out=np.zeros_like(p), where=p > 0)  # 0·log 0 = 0
    return -(p * logs).sum(axis=-1)  # (3)


def _proxies(ys: np.ndarray, criterion: str, n_left: np.ndarray, n_right: np.ndarray) -> np.ndarray:
    """The proxy of every candidate: rows are split positions, columns features; ``n_left``, ``n_right`` are the
    weighted numbers of samples on each side."""
    cumulative = np.cumsum(ys, axis=0)  # class counts or sums of y of the first i + 1 sorted samples
    left = cumulative[:-1]
    right = cumulative[-1] - left  # the total as the last cumulative sum: exactly 0 where only weights 0 remain
    with np.errstate(divide="ignore", invalid="ignore"):  # a side of weight 0 gives NaN: never the best
        if criterion == "squared_error":
            return left ** 2 / n_left + right ** 2 / n_right
        n_l, n_r = n_left[..., None], n_right[..., None]
        return -(n_left * _class_impurity(left, n_l, criterion) + n_right * _class_impurity(right, n_r, criterion))


def best_split(X: np.ndarray, target: np.ndarray, weight: np.ndarray, criterion: str, min_samples_leaf: int,
               min_weight_leaf: float, features: np.ndarray):
    """The best (feature, threshold) of a node among ``features``, or None if no split leaves
    ``min_samples_leaf`` samples and a weight of ``min_weight_leaf`` on each side between two distinct values."""
    n = len(X)
    x = X[:, features]
    varies = x.max(axis=0) > x.min(axis=0) + FEATURE_THRESHOLD  # a constant feature cannot split
    if not varies.any():
        return None
    features, x = features[varies], x[:, varies]
    order = np.argsort(x, axis=0, kind="stable")  # sort each feature once
    xs = np.take_along_axis(x, order, axis=0)
    weighted = target * (weight[:, None] if target.ndim == 2 else weight)
    w_cumulative = np.cumsum(weight[order], axis=0)
    w_left = w_cumulative[:-1]
    w_right = w_cumulative[-1] - w_left
    proxy = _proxies(weighted[order], criterion, w_left, w_right)
    n_left = np.arange(1, n)[:, None]
    valid = ((xs[1:] > xs[:-1] + FEATURE_THRESHOLD) & (n_left >= min_samples_leaf) & (n - n_left >= min_samples_leaf)
             & (w_left >= min_weight_leaf) & (w_right >= min_weight_leaf) & ~np.isnan(proxy))
    if not valid.any():
        return None
    proxy = np.where(valid, proxy, -np.inf)
    column, position = divmod(int(np.argmax(proxy.T)), n - 1)  # first feature, then smallest threshold
    a, b = xs[position, column], xs[position + 1, column]
    threshold = a / 2.0 + b / 2.0
    if threshold == b or not np.isfinite(threshold):  # rounding reached b: a still separates the two sides
        threshold = a
    return int(features[column]), float(threshold)
