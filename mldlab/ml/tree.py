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
from mldlab.ml.base import ClassifierMixin, RegressorMixin
from mldlab.ml.validation import (
    check_choice,
    check_classification_targets,
    check_for_predict,
    check_is_fitted,
    check_random_state,
    check_X_y,
)


class Tree:
    """The fitted tree as arrays indexed by node id (scikit-learn's ``tree_``); a leaf has children −1."""

    def __init__(self):
        self.children_left, self.children_right, self.feature, self.threshold = [], [], [], []
        self.value, self.impurity, self.n_node_samples = [], [], []

    def add(self, value, impurity: float, n: int) -> int:
        """A new leaf; returns its id (``split`` makes it an internal node)."""
        for name, item in (("children_left", -1), ("children_right", -1), ("feature", -2), ("threshold", -2.0),
                           ("value", value), ("impurity", impurity), ("n_node_samples", n)):
            getattr(self, name).append(item)
        return len(self.feature) - 1

    def freeze(self) -> "Tree":
        """Lists become arrays once the tree is grown."""
        for name in ("children_left", "children_right", "feature", "threshold", "value", "impurity",
                     "n_node_samples"):
            setattr(self, name, np.array(getattr(self, name)))
        self.node_count = len(self.feature)
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

    def _grow(self, X: np.ndarray, target: np.ndarray, op: str) -> None:
        n, n_features = X.shape
        if self.max_depth is not None and (not isinstance(self.max_depth, numbers.Integral)
                                           or isinstance(self.max_depth, bool) or self.max_depth < 1):
            raise ValueError(message("ml_tree_max_depth", op=op, value=self.max_depth))
        max_depth = np.inf if self.max_depth is None else self.max_depth
        leaf = _whole_or_fraction(op, "min_samples_leaf", self.min_samples_leaf, 1, False, n)
        split = max(_whole_or_fraction(op, "min_samples_split", self.min_samples_split, 2, True, n), 2 * leaf)
        n_try = _n_features_to_try(op, self.max_features, n_features)
        rng = check_random_state(self.random_state, op)
        self.n_features_in_ = n_features
        criterion = "entropy" if self.criterion == "log_loss" else self.criterion
        tree = Tree()
        stack = [(np.arange(n), 0, None, False)]  # samples, depth, parent, is_left
        importances = np.zeros(n_features)
        while stack:
            samples, depth, parent, is_left = stack.pop()
            impurity = node_impurity(target[samples], criterion)
            node = tree.add(self._leaf_value(target[samples]), impurity, len(samples))
            if parent is not None:
                (tree.children_left if is_left else tree.children_right)[parent] = node
            if depth >= max_depth or len(samples) < split or impurity <= np.finfo(float).eps:  # (1)
                continue
            found = self._search(X[samples], target[samples], criterion, leaf, n_try, rng)  # (2)
            if found is None:
                continue
            tree.feature[node], tree.threshold[node] = found
            goes_left = X[samples, found[0]] <= found[1]
            stack.append((samples[~goes_left], depth + 1, node, False))
            stack.append((samples[goes_left], depth + 1, node, True))  # popped first: the left child comes first
        self.tree_ = tree.freeze()
        for node in np.flatnonzero(tree.children_left >= 0):  # (4)
            left, right = tree.children_left[node], tree.children_right[node]
            decrease = (tree.n_node_samples[node] * tree.impurity[node]
                        - tree.n_node_samples[left] * tree.impurity[left]
                        - tree.n_node_samples[right] * tree.impurity[right])
            importances[tree.feature[node]] += decrease
        total = importances.sum()
        self.feature_importances_ = importances / total if total > 0 else importances

    @staticmethod
    def _search(X, target, criterion, min_samples_leaf, n_try, rng):
        """All features (``max_features=None``), or random ones until ``n_try`` were tried and a split found."""
        if n_try == X.shape[1]:
            return best_split(X, target, criterion, min_samples_leaf, np.arange(X.shape[1]))
        order = rng.permutation(X.shape[1])
        for stop in range(n_try, X.shape[1] + 1):
            found = best_split(X, target, criterion, min_samples_leaf, order[:stop])
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

    def get_depth(self) -> int:
        """The number of splits on the longest path from the root to a leaf."""
        check_is_fitted(self)
        depth = np.zeros(self.tree_.node_count, dtype=np.int64)
        for node in range(self.tree_.node_count):  # parents come before their children
            for child in (self.tree_.children_left[node], self.tree_.children_right[node]):
                if child >= 0:
                    depth[child] = depth[node] + 1
        return int(depth.max())

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
    max_depth : int or None, default None
        The deepest a leaf may be (the root has depth 0); None grows until the leaves are pure.
    min_samples_split : int or float, default 2
        A node with fewer samples is a leaf (a float is a fraction of the samples).
    min_samples_leaf : int or float, default 1
        Each child of a split needs at least this many samples (a float is a fraction).
    max_features : int, float, 'sqrt', 'log2' or None, default None
        How many features each node tries (None: all).
    random_state : int, numpy Generator or None, default None
        Draws the features a node tries when ``max_features`` is set.

    Attributes
    ----------
    classes_, n_classes_, n_features_in_, feature_importances_, tree_

    Examples
    --------
    >>> X = [[1.0, 0.0], [2.0, 1.0], [3.0, 0.0], [4.0, 1.0]]
    >>> tree = DecisionTreeClassifier().fit(X, ["no", "no", "yes", "yes"])
    >>> tree.predict([[1.5, 1.0], [3.5, 0.0]]).tolist(), tree.get_depth(), tree.get_n_leaves()
    (['no', 'yes'], 1, 2)
    >>> float(tree.tree_.threshold[0]), tree.feature_importances_.tolist()
    (2.5, [1.0, 0.0])
    """

    def __init__(self, *, criterion: str = "gini", max_depth=None, min_samples_split=2, min_samples_leaf=1,
                 max_features=None, random_state=None):
        self.criterion = criterion
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split
        self.min_samples_leaf = min_samples_leaf
        self.max_features = max_features
        self.random_state = random_state

    def fit(self, X, y) -> "DecisionTreeClassifier":
        """Grow the tree on X and the labels y."""
        op = "DecisionTreeClassifier.fit"
        check_choice(op, "criterion", self.criterion, ("gini", "entropy", "log_loss"))
        X, y = check_X_y(X, y, op)
        self.classes_, encoded = check_classification_targets(self, y, op)
        self.n_classes_ = len(self.classes_)
        self._grow(X.astype(np.float32).astype(np.float64), np.eye(self.n_classes_)[encoded], op)
        return self

    def _leaf_value(self, onehot: np.ndarray) -> np.ndarray:
        return onehot.mean(axis=0)  # (3) p_k

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
    criterion : {'squared_error'}, default 'squared_error'
    max_depth, min_samples_split, min_samples_leaf, max_features, random_state
        As in ``DecisionTreeClassifier``.

    Attributes
    ----------
    n_features_in_, feature_importances_, tree_

    Examples
    --------
    >>> X = [[1.0], [2.0], [3.0], [4.0]]
    >>> tree = DecisionTreeRegressor(max_depth=1).fit(X, [1.0, 1.0, 5.0, 7.0])
    >>> tree.predict([[0.0], [10.0]]).tolist()
    [1.0, 6.0]
    """

    def __init__(self, *, criterion: str = "squared_error", max_depth=None, min_samples_split=2,
                 min_samples_leaf=1, max_features=None, random_state=None):
        self.criterion = criterion
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split
        self.min_samples_leaf = min_samples_leaf
        self.max_features = max_features
        self.random_state = random_state

    def fit(self, X, y) -> "DecisionTreeRegressor":
        """Grow the tree on X and the targets y."""
        op = "DecisionTreeRegressor.fit"
        check_choice(op, "criterion", self.criterion, ("squared_error",))
        X, y = check_X_y(X, y, op, y_numeric=True)
        self._grow(X.astype(np.float32).astype(np.float64), y, op)
        return self

    def _leaf_value(self, y: np.ndarray) -> float:
        return float(y.mean())  # (3) ȳ

    def predict(self, X) -> np.ndarray:
        """The mean target ȳ of the leaf each sample ends in."""
        leaves = self.apply(X)
        return self.tree_.value[leaves]
