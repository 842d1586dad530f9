"""What both decision trees share: the fitted ``tree_`` arrays, checking the parameters, growing, importances and
following samples down the tree (``apply``, ``decision_path``)."""

import math
import numbers

import numpy as np

from mldlab.estimator import BaseEstimator
from mldlab.i18n import message
from mldlab.ml._tree_grow import Limits, grow
from mldlab.ml._tree_order import best_first, depth_first, renumber
from mldlab.ml.validation import check_for_predict, check_is_fitted, check_number, check_random_state


def rounded_columns(X: np.ndarray) -> np.ndarray:
    """X transposed (features × samples) and rounded to float32, as the trees split it (as scikit-learn's)."""
    return np.ascontiguousarray(X.T, dtype=np.float32).astype(np.float64)


class Tree:
    """The fitted tree as arrays indexed by node id (scikit-learn's ``tree_``); a leaf has children −1, feature
    −2 and threshold −2. ``value`` is set by the estimator: class fractions (classifier) or means (regressor)."""

    def __init__(self, arrays: dict, value: np.ndarray):
        self.children_left, self.children_right = arrays["children_left"], arrays["children_right"]
        self.feature, self.threshold = arrays["feature"], arrays["threshold"]
        self.impurity, self.n_node_samples = arrays["impurity"], arrays["n"]
        self.weighted_n_node_samples = arrays["weight"]
        self.value = value
        self.node_count = len(self.feature)
        self.max_depth = int(arrays["depth"].max())


def _whole_or_fraction(op: str, name: str, value, low: int, high_closed: bool, n: int) -> int:
    """``min_samples_split`` / ``min_samples_leaf``: a count >= ``low``, or a fraction of the n samples."""
    if isinstance(value, numbers.Integral) and not isinstance(value, bool) and value >= low:
        return int(value)
    fraction = isinstance(value, numbers.Real) and not isinstance(value, (bool, numbers.Integral))
    if fraction and 0.0 < value and (value <= 1.0 if high_closed else value < 1.0):
        return int(math.ceil(value * n))
    interval = "(0, 1]" if high_closed else "(0, 1)"
    raise ValueError(message("ml_tree_int_or_fraction", op=op, name=name, low=low, interval=interval, value=value))


def _n_features_to_try(op: str, value, n_features: int) -> int:
    """``max_features``: None (all), a count, a fraction, 'sqrt' or 'log2' of the number of features."""
    if value is None:
        return n_features
    if isinstance(value, str) and value in ("sqrt", "log2"):
        return max(1, int(np.sqrt(n_features) if value == "sqrt" else np.log2(n_features)))
    if isinstance(value, numbers.Integral) and not isinstance(value, bool) and 1 <= value <= n_features:
        return int(value)
    if isinstance(value, numbers.Real) and not isinstance(value, (bool, numbers.Integral)) and 0.0 < value <= 1.0:
        return max(1, int(value * n_features))
    raise ValueError(message("ml_tree_max_features", op=op, value=value, n_features=n_features))


def _is_whole(value, low: int) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool) and value >= low


class BaseDecisionTree(BaseEstimator):
    """Checking the parameters, growing (1)–(2), importances (4), ``apply``, ``decision_path``, depth, leaves."""

    def _limits(self, n: int, n_features: int, total_weight: float, op: str) -> Limits:
        for name, default in (("splitter", "best"), ("ccp_alpha", 0.0)):
            value = getattr(self, name)
            if not (isinstance(value, (str, float, int)) and value == default):
                raise ValueError(message("ml_tree_unsupported", op=op, name=name, value=value, default=default))
        if self.max_depth is not None and not _is_whole(self.max_depth, 1):
            raise ValueError(message("ml_tree_max_depth", op=op, value=self.max_depth))
        if self.max_leaf_nodes is not None and not _is_whole(self.max_leaf_nodes, 2):
            raise ValueError(message("ml_tree_max_leaf_nodes", op=op, value=self.max_leaf_nodes))
        fraction = self.min_weight_fraction_leaf
        if not (isinstance(fraction, numbers.Real) and not isinstance(fraction, bool) and 0.0 <= fraction <= 0.5):
            raise ValueError(message("ml_tree_min_weight_fraction", op=op, value=fraction))
        leaf = _whole_or_fraction(op, "min_samples_leaf", self.min_samples_leaf, 1, False, n)
        split = max(_whole_or_fraction(op, "min_samples_split", self.min_samples_split, 2, True, n), 2 * leaf)
        max_depth = np.inf if self.max_depth is None else self.max_depth
        if self.max_leaf_nodes is not None:  # a tree with L leaves is at most L − 1 deep
            max_depth = min(max_depth, self.max_leaf_nodes - 1)
        return Limits(max_depth, split, leaf, fraction * total_weight,
                      check_number(op, "min_impurity_decrease", self.min_impurity_decrease),
                      _n_features_to_try(op, self.max_features, n_features))

    def _fit_tree(self, X: np.ndarray, sums: np.ndarray, weight: np.ndarray, squares, search, criterion: str,
                  op: str):
        """Grow the tree (1)–(2) on X rounded to float32 (``_tree_grow.grow`` says what the arrays are), set
        ``tree_`` and the importances (4)."""
        n, n_features = X.shape
        limits = self._limits(n, n_features, weight.sum(), op)
        rng = check_random_state(self.random_state, op)
        self._set_tree(grow(rounded_columns(X), sums, weight, squares, search, criterion, limits, [rng]), n_features)

    def _set_tree(self, grown: dict, n_features: int) -> None:
        """``tree_`` from the arrays ``grow`` returns (numbered depth first, or best first with
        ``max_leaf_nodes``), and the importances (4)."""
        if self.max_leaf_nodes is None:
            order = depth_first(grown["children_left"], grown["children_right"], grown["level_sizes"])
        else:
            order = best_first(grown["children_left"], grown["children_right"], grown["improvement"],
                               self.max_leaf_nodes)
        self._set_numbered(renumber(grown, order), n_features)

    def _set_numbered(self, arrays: dict, n_features: int) -> None:
        """``tree_`` and the importances (4) from the tree's arrays in their final numbering."""
        self.n_features_in_ = n_features
        self.tree_ = Tree(arrays, self._node_values(arrays["sums"], arrays["weight"]))
        tree = self.tree_
        inner = np.flatnonzero(tree.children_left >= 0)
        w_i = tree.weighted_n_node_samples * tree.impurity
        decrease = w_i[inner] - w_i[tree.children_left[inner]] - w_i[tree.children_right[inner]]
        importances = np.bincount(tree.feature[inner], weights=decrease, minlength=n_features)  # (4)
        total = importances.sum()
        self.feature_importances_ = importances / total if total > 0 else importances

    def _check_predict(self, X, op: str) -> np.ndarray:
        return check_for_predict(self, X, op).astype(np.float32).astype(np.float64)

    def apply(self, X) -> np.ndarray:
        """The id of the leaf each sample ends in."""
        X = self._check_predict(X, f"{type(self).__name__}.apply")
        tree = self.tree_
        node = np.zeros(len(X), dtype=np.int64)
        rows = np.arange(len(X) if tree.node_count > 1 else 0)  # the samples not at a leaf yet
        while len(rows):
            at = node[rows]
            goes_left = X[rows, tree.feature[at]] <= tree.threshold[at]
            node[rows] = np.where(goes_left, tree.children_left[at], tree.children_right[at])
            rows = rows[tree.children_left[node[rows]] >= 0]
        return node

    def decision_path(self, X) -> np.ndarray:
        """Which nodes each sample passes through: a dense 0/1 array of shape (n_samples, node_count).

        scikit-learn returns the same numbers as a scipy sparse matrix; mldlab needs NumPy only, so the array is
        dense (``np.flatnonzero(path[i])`` lists the nodes sample i visits, root first).
        """
        X = self._check_predict(X, f"{type(self).__name__}.decision_path")
        tree = self.tree_
        path = np.zeros((len(X), tree.node_count), dtype=np.int64)
        rows = np.arange(len(X))
        node = np.zeros(len(X), dtype=np.int64)
        while len(rows):
            path[rows, node] = 1
            inner = tree.children_left[node] >= 0
            rows, node = rows[inner], node[inner]
            goes_left = X[rows, tree.feature[node]] <= tree.threshold[node]
            node = np.where(goes_left, tree.children_left[node], tree.children_right[node])
        return path

    def get_depth(self) -> int:
        """The number of splits on the longest path from the root to a leaf (``tree_.max_depth``)."""
        check_is_fitted(self)
        return self.tree_.max_depth

    def get_n_leaves(self) -> int:
        """The number of leaves."""
        check_is_fitted(self)
        return int((self.tree_.children_left < 0).sum())
