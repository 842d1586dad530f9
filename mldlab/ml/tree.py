"""Decision trees (CART): split the data again and again on one feature at a time, choosing the split that lowers
the impurity the most.

Growing, from the root (all samples) downwards, depth first, left child first:

    (1) a node is a leaf if depth = max_depth, N < min_samples_split, N < 2·min_samples_leaf or I(node) = 0;
    (2) else pick the split (j, t) with the largest impurity decrease (``_splitter``):
        ΔI = I(node) − (Nₗ/N)·I(left) − (Nᵣ/N)·I(right),   Gini I = 1 − Σₖ p_k²,  entropy I = −Σₖ p_k log₂ p_k,
        squared error I = (1/N) Σᵢ (yᵢ − ȳ)²;  no split possible → leaf;
    (3) a leaf predicts its class fractions p_k (classifier) or its mean ȳ (regressor);
    (4) feature importance of j = Σ over the nodes split on j of N_node·ΔI, normalised to sum to 1.

Notes
-----
As in scikit-learn, X is rounded to float32 before fitting and predicting, so thresholds and predictions agree
with it. With ``max_features=None`` scikit-learn still visits the features in a random order and keeps the first
of equally good splits; mldlab visits them in column order, so on an exact tie the two may pick different (equally
good) splits. With ``max_features`` smaller than the number of features, each node draws its candidate features
from ``random_state`` (a different random stream from scikit-learn's), and keeps looking past ``max_features`` while
no valid split has been found.
"""

import math
import numbers

import numpy as np

from mldlab.estimator import BaseEstimator
from mldlab.i18n import message
from mldlab.ml._splitter import best_split, node_impurity
from mldlab.ml._tree_weights import check_sample_weight, class_weights
from mldlab.ml.base import ClassifierMixin, RegressorMixin
from mldlab.ml.validation import (
    check_choice,
    check_classification_targets,
    check_for_predict,
    check_is_fitted,
    check_number,
    check_random_state,
    check_X_y,
)

EPSILON = np.finfo(float).eps


class Tree:
    """The fitted tree as arrays indexed by node id (scikit-learn's ``tree_``); a leaf has children −1."""

    _ARRAYS = ("children_left", "children_right", "feature", "threshold", "value", "impurity", "n_node_samples",
               "weighted_n_node_samples")

    def __init__(self):
        for name in self._ARRAYS:
            setattr(self, name, [])

    def add(self, value, impurity: float, n: int, weighted_n: float) -> int:
        """A new leaf; returns its id (``split`` makes it an internal node)."""
        for name, item in zip(self._ARRAYS, (-1, -1, -2, -2.0, value, impurity, n, weighted_n)):
            getattr(self, name).append(item)
        return len(self.feature) - 1

    def freeze(self) -> "Tree":
        """Lists become arrays once the tree is grown; ``max_depth`` is the depth of the deepest leaf."""
        for name in self._ARRAYS:
            setattr(self, name, np.array(getattr(self, name)))
        self.node_count = len(self.feature)
        depth = np.zeros(self.node_count, dtype=np.int64)
        for node in np.flatnonzero(self.children_left >= 0):  # parents come before their children
            depth[[self.children_left[node], self.children_right[node]]] = depth[node] + 1
        self.max_depth = int(depth.max())
        return self


def _whole_or_fraction(op: str, name: str, value, low: int, high_closed: bool, n: int) -> int:
    """``min_samples_split`` / ``min_samples_leaf``: a count >= ``low``, or a fraction of the n samples."""
    if isinstance(value, numbers.Integral) and not isinstance(value, bool) and value >= low:
        return int(value)
    fraction = isinstance(value, numbers.Real) and not isinstance(value, (bool, numbers.Integral))
    if fraction and 0.0 < value and (value <= 1.0 if high_closed else value < 1.0):
        return int(math.ceil(value * n))
    interval = "(0, 1]" if high_closed else "(0, 1)"
    raise ValueError(message("ml_tree_int_or_fraction", op=op, name=name, low=low, interval=interval, value=value))


def _decrease(target: np.ndarray, weight: np.ndarray, goes_left: np.ndarray, criterion: str) -> float:
    """W·ΔI of a split: W·I(node) − Wₗ·I(left) − Wᵣ·I(right), with W the weighted numbers of samples."""
    return (weight.sum() * node_impurity(target, weight, criterion)
            - weight[goes_left].sum() * node_impurity(target[goes_left], weight[goes_left], criterion)
            - weight[~goes_left].sum() * node_impurity(target[~goes_left], weight[~goes_left], criterion))


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


class BaseDecisionTree(BaseEstimator):
    """What both trees share: checking the parameters, growing (1)–(2), ``apply``, depth, leaves, importances."""

    def _check_unsupported(self, op: str) -> None:
        for name, default in (("splitter", "best"), ("max_leaf_nodes", None), ("ccp_alpha", 0.0)):
            value = getattr(self, name)
            if not (value is default or (isinstance(value, (str, float, int)) and value == default)):
                raise ValueError(message("ml_tree_unsupported", op=op, name=name, value=value, default=default))

    def _grow(self, X: np.ndarray, target: np.ndarray, weight: np.ndarray, op: str) -> None:
        self._check_unsupported(op)
        n, n_features = X.shape
        if self.max_depth is not None and (not isinstance(self.max_depth, numbers.Integral)
                                           or isinstance(self.max_depth, bool) or self.max_depth < 1):
            raise ValueError(message("ml_tree_max_depth", op=op, value=self.max_depth))
        max_depth = np.inf if self.max_depth is None else self.max_depth
        leaf = _whole_or_fraction(op, "min_samples_leaf", self.min_samples_leaf, 1, False, n)
        split = max(_whole_or_fraction(op, "min_samples_split", self.min_samples_split, 2, True, n), 2 * leaf)
        fraction = self.min_weight_fraction_leaf
        if not (isinstance(fraction, numbers.Real) and not isinstance(fraction, bool) and 0.0 <= fraction <= 0.5):
            raise ValueError(message("ml_tree_min_weight_fraction", op=op, value=fraction))
        min_decrease = check_number(op, "min_impurity_decrease", self.min_impurity_decrease)
        n_try = _n_features_to_try(op, self.max_features, n_features)
        rng = check_random_state(self.random_state, op)
        self.n_features_in_ = n_features
        criterion = {"log_loss": "entropy", "friedman_mse": "squared_error"}.get(self.criterion, self.criterion)
        total_weight = weight.sum()
        weight_leaf = fraction * total_weight
        tree = Tree()
        stack = [(np.flatnonzero(weight > 0), 0, None, False)]  # samples, depth, parent, is_left; as scikit-learn,
        # a sample of weight 0 is left out altogether (it counts in no node and never places a threshold)
        importances = np.zeros(n_features)
        while stack:
            samples, depth, parent, is_left = stack.pop()
            t, w = target[samples], weight[samples]
            impurity = node_impurity(t, w, criterion)
            node = tree.add(self._leaf_value(t, w), impurity, len(samples), w.sum())
            if parent is not None:
                (tree.children_left if is_left else tree.children_right)[parent] = node
            if depth >= max_depth or len(samples) < split or w.sum() < 2 * weight_leaf or impurity <= EPSILON:  # (1)
                continue
            found = self._search(X[samples], t, w, criterion, leaf, weight_leaf, n_try, rng)  # (2)
            if found is None:
                continue
            goes_left = X[samples, found[0]] <= found[1]
            if min_decrease > 0.0 and _decrease(t, w, goes_left, criterion) / total_weight + EPSILON < min_decrease:
                continue
            tree.feature[node], tree.threshold[node] = found
            stack.append((samples[~goes_left], depth + 1, node, False))
            stack.append((samples[goes_left], depth + 1, node, True))  # popped first: the left child comes first
        self.tree_ = tree.freeze()
        for node in np.flatnonzero(tree.children_left >= 0):  # (4)
            left, right = tree.children_left[node], tree.children_right[node]
            w_i = tree.weighted_n_node_samples * tree.impurity
            importances[tree.feature[node]] += w_i[node] - w_i[left] - w_i[right]
        total = importances.sum()
        self.feature_importances_ = importances / total if total > 0 else importances

    @staticmethod
    def _search(X, target, weight, criterion, min_samples_leaf, min_weight_leaf, n_try, rng):
        """All features (``max_features=None``), or random ones until ``n_try`` were tried and a split found."""
        if n_try == X.shape[1]:
            return best_split(X, target, weight, criterion, min_samples_leaf, min_weight_leaf, np.arange(X.shape[1]))
        order = rng.permutation(X.shape[1])
        for stop in range(n_try, X.shape[1] + 1):
            found = best_split(X, target, weight, criterion, min_samples_leaf, min_weight_leaf, order[:stop])
            if found is not None:
                return found
        return None

    def _check_predict(self, X, op: str) -> np.ndarray:
        return check_for_predict(self, X, op).astype(np.float32).astype(np.float64)

    def apply(self, X) -> np.ndarray:
        """The id of the leaf each sample ends in."""
        X = self._check_predict(X, f"{type(self).__name__}.apply")
        tree = self.tree_
        node = np.zeros(len(X), dtype=np.int64)
        inner = tree.children_left[node] >= 0
        while inner.any():
            rows = np.flatnonzero(inner)
            at = node[rows]
            goes_left = X[rows, tree.feature[at]] <= tree.threshold[at]
            node[rows] = np.where(goes_left, tree.children_left[at], tree.children_right[at])
            inner = tree.children_left[node] >= 0
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
            at_leaf = tree.children_left[node] < 0
            rows, node = rows[~at_leaf], node[~at_leaf]
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


class DecisionTreeClassifier(ClassifierMixin, BaseDecisionTree):
    """A classification tree (scikit-learn's ``DecisionTreeClassifier``): splits by Gini or entropy, (1)–(4) above.

    Parameters
    ----------
    criterion : {'gini', 'entropy', 'log_loss'}, default 'gini'
        The impurity I; 'log_loss' is another name for 'entropy'.
    splitter : {'best'}, default 'best'
        Only scikit-learn's default (the best split of every node) is supported.
    max_depth : int or None, default None
        The deepest a leaf may be (the root has depth 0); None grows until the leaves are pure.
    min_samples_split : int or float, default 2
        A node with fewer samples is a leaf (a float is a fraction of the samples).
    min_samples_leaf : int or float, default 1
        Each child of a split needs at least this many samples (a float is a fraction).
    min_weight_fraction_leaf : float in [0, 0.5], default 0.0
        Each child of a split needs at least this fraction of the total sample weight.
    max_features : int, float, 'sqrt', 'log2' or None, default None
        How many features each node tries (None: all).
    random_state : int, numpy Generator or None, default None
        Draws the features a node tries when ``max_features`` is set.
    max_leaf_nodes : None, default None
        Only None (no limit) is supported.
    min_impurity_decrease : float, default 0.0
        A node is split only if (W_node / W)·ΔI ≥ this (W: sums of sample weights).
    class_weight : None, 'balanced' or dict, default None
        Weights of the classes, multiplied into the sample weights (see ``_tree_weights``).
    ccp_alpha : 0.0, default 0.0
        Only 0.0 (no pruning) is supported.

    Attributes
    ----------
    classes_, n_classes_, n_features_in_, feature_importances_, tree_
        ``tree_.value`` holds each node's (weighted) class fractions p_k, shape (node_count, n_classes):
        scikit-learn's is (node_count, 1, n_classes), for several outputs.

    Examples
    --------
    >>> X = [[1.0, 0.0], [2.0, 1.0], [3.0, 0.0], [4.0, 1.0]]
    >>> tree = DecisionTreeClassifier().fit(X, ["no", "no", "yes", "yes"])
    >>> tree.predict([[1.5, 1.0], [3.5, 0.0]]).tolist(), tree.get_depth(), tree.get_n_leaves()
    (['no', 'yes'], 1, 2)
    >>> float(tree.tree_.threshold[0]), tree.feature_importances_.tolist()
    (2.5, [1.0, 0.0])
    >>> tree.decision_path([[1.5, 1.0]]).tolist()  # root (node 0), then its left child (node 1)
    [[1, 1, 0]]
    """

    def __init__(self, *, criterion: str = "gini", splitter: str = "best", max_depth=None, min_samples_split=2,
                 min_samples_leaf=1, min_weight_fraction_leaf=0.0, max_features=None, random_state=None,
                 max_leaf_nodes=None, min_impurity_decrease=0.0, class_weight=None, ccp_alpha=0.0):
        self.criterion = criterion
        self.splitter = splitter
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split
        self.min_samples_leaf = min_samples_leaf
        self.min_weight_fraction_leaf = min_weight_fraction_leaf
        self.max_features = max_features
        self.random_state = random_state
        self.max_leaf_nodes = max_leaf_nodes
        self.min_impurity_decrease = min_impurity_decrease
        self.class_weight = class_weight
        self.ccp_alpha = ccp_alpha

    def fit(self, X, y, sample_weight=None) -> "DecisionTreeClassifier":
        """Grow the tree on X and the labels y, sample i counting ``sample_weight[i]`` times (default 1)."""
        op = "DecisionTreeClassifier.fit"
        check_choice(op, "criterion", self.criterion, ("gini", "entropy", "log_loss"))
        X, y = check_X_y(X, y, op)
        weight = check_sample_weight(sample_weight, len(X), op)
        self.classes_, encoded = check_classification_targets(self, y, op)
        self.n_classes_ = len(self.classes_)
        weight = weight * class_weights(self.class_weight, self.classes_, encoded, op)
        self._grow(X.astype(np.float32).astype(np.float64), np.eye(self.n_classes_)[encoded], weight, op)
        return self

    @staticmethod
    def _leaf_value(onehot: np.ndarray, weight: np.ndarray) -> np.ndarray:
        return weight @ onehot / weight.sum()  # (3) p_k

    def predict_proba(self, X) -> np.ndarray:
        """The class fractions p_k of the leaf each sample ends in."""
        leaves = self.apply(X)
        return self.tree_.value[leaves]

    def predict(self, X) -> np.ndarray:
        """The most frequent class of each sample's leaf (the first class on a tie)."""
        proba = self.predict_proba(X)
        return self.classes_[np.argmax(proba, axis=1)]


class DecisionTreeRegressor(RegressorMixin, BaseDecisionTree):
    """A regression tree (scikit-learn's ``DecisionTreeRegressor``): splits by squared error, leaves predict ȳ.

    Parameters
    ----------
    criterion : {'squared_error', 'friedman_mse'}, default 'squared_error'
        'friedman_mse' (Friedman's improvement, what gradient boosting uses) picks the same splits as
        'squared_error': scikit-learn 1.9 maps it to 'squared_error' too.
    splitter, max_depth, min_samples_split, min_samples_leaf, min_weight_fraction_leaf, max_features,
    random_state, max_leaf_nodes, min_impurity_decrease, ccp_alpha
        As in ``DecisionTreeClassifier``.

    Attributes
    ----------
    n_features_in_, feature_importances_, tree_
        ``tree_.value`` holds each node's (weighted) mean ȳ, shape (node_count,): scikit-learn's is
        (node_count, 1, 1). A leaf's value may be changed after fitting (gradient boosting does);
        ``predict`` returns what it holds.

    Examples
    --------
    >>> X = [[1.0], [2.0], [3.0], [4.0]]
    >>> tree = DecisionTreeRegressor(max_depth=1).fit(X, [1.0, 1.0, 5.0, 7.0])
    >>> tree.predict([[0.0], [10.0]]).tolist()
    [1.0, 6.0]
    >>> tree.fit(X, [1.0, 1.0, 5.0, 7.0], sample_weight=[1, 1, 3, 1]).predict([[10.0]]).tolist()  # (3·5 + 7) / 4
    [5.5]
    """

    def __init__(self, *, criterion: str = "squared_error", splitter: str = "best", max_depth=None,
                 min_samples_split=2, min_samples_leaf=1, min_weight_fraction_leaf=0.0, max_features=None,
                 random_state=None, max_leaf_nodes=None, min_impurity_decrease=0.0, ccp_alpha=0.0):
        self.criterion = criterion
        self.splitter = splitter
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split
        self.min_samples_leaf = min_samples_leaf
        self.min_weight_fraction_leaf = min_weight_fraction_leaf
        self.max_features = max_features
        self.random_state = random_state
        self.max_leaf_nodes = max_leaf_nodes
        self.min_impurity_decrease = min_impurity_decrease
        self.ccp_alpha = ccp_alpha

    def fit(self, X, y, sample_weight=None) -> "DecisionTreeRegressor":
        """Grow the tree on X and the targets y, sample i counting ``sample_weight[i]`` times (default 1)."""
        op = "DecisionTreeRegressor.fit"
        check_choice(op, "criterion", self.criterion, ("squared_error", "friedman_mse"))
        X, y = check_X_y(X, y, op, y_numeric=True)
        weight = check_sample_weight(sample_weight, len(X), op)
        self._grow(X.astype(np.float32).astype(np.float64), y, weight, op)
        return self

    @staticmethod
    def _leaf_value(y: np.ndarray, weight: np.ndarray) -> float:
        return float(weight @ y / weight.sum())  # (3) ȳ

    def predict(self, X) -> np.ndarray:
        """The mean target ȳ of the leaf each sample ends in."""
        leaves = self.apply(X)
        return self.tree_.value[leaves]
