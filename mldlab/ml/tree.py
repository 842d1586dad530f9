"""Decision trees (CART): split the data again and again on one feature at a time, choosing the split that lowers
the impurity the most.

Growing, from the root (all samples of weight > 0) downwards; wᵢ is sample i's weight (1 by default), W a node's Σ wᵢ:

    (1) a node is a leaf if depth = max_depth, N < min_samples_split, N < 2·min_samples_leaf,
        W < 2·min_weight_leaf or I(node) = 0;
    (2) else pick the split (j, t) with the largest impurity decrease (``_splitter``):
        ΔI = I(node) − (Wₗ/W)·I(left) − (Wᵣ/W)·I(right),   Gini I = 1 − Σₖ p_k²,  entropy I = −Σₖ p_k log₂ p_k,
        squared error I = Σᵢ wᵢ(yᵢ − ȳ)² / W,  with p_k = Σ_{yᵢ=k} wᵢ / W;  no split possible, or
        W·ΔI / W_root < min_impurity_decrease → leaf;
    (3) a leaf predicts its class fractions p_k (classifier) or its mean ȳ = Σ wᵢyᵢ / W (regressor);
    (4) feature importance of j = Σ over the nodes split on j of W·ΔI, normalised to sum to 1.

All the nodes of one depth are split at once (``_tree_grow``), then numbered depth first, left child first, as
scikit-learn numbers them (``_tree_order``); with ``max_leaf_nodes`` the tree is grown best first, as scikit-learn's.

Notes
-----
As in scikit-learn, X is rounded to float32 before fitting and predicting, so thresholds and predictions agree
with it, and samples of weight 0 are left out of every node. With ``max_features=None`` scikit-learn still visits
the features in a random order and keeps the first of equally good splits; mldlab visits them in column order, so
on an exact tie the two may pick different (equally good) splits. With ``max_features`` smaller than the number of
features, each node draws its candidate features from ``random_state`` (a different random stream from
scikit-learn's) among the features that are not constant in the node, as scikit-learn does.
"""

import numpy as np

from mldlab.ml._tree_base import BaseDecisionTree
from mldlab.ml._tree_weights import check_sample_weight, class_weights
from mldlab.ml.base import ClassifierMixin, RegressorMixin
from mldlab.ml.validation import check_choice, check_classification_targets, check_X_y


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
    max_leaf_nodes : int >= 2 or None, default None
        Grow best first (the split that lowers W·I the most next) until the tree has this many leaves.
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
        self._fit_tree(X, *self._grow_inputs(y, weight, op), op)
        return self

    def _grow_inputs(self, y: np.ndarray, weight: np.ndarray, op: str) -> tuple:
        """Sets ``classes_``; what ``_tree_grow.grow`` takes: each sample's weighted class counts (wᵢ in column
        yᵢ), the weights (× class weights), no squares, the class codes, the criterion."""
        self.classes_, encoded = check_classification_targets(self, y, op, min_classes=1)
        self.n_classes_ = len(self.classes_)
        weight = weight * class_weights(self.class_weight, self.classes_, encoded, op)
        counts = np.zeros((len(y), self.n_classes_))
        counts[np.arange(len(y)), encoded] = weight
        return counts, weight, None, encoded, "entropy" if self.criterion == "log_loss" else self.criterion

    @staticmethod
    def _node_values(counts: np.ndarray, weight: np.ndarray) -> np.ndarray:
        return counts / weight[:, None]  # (3) p_k

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
        self._fit_tree(X, *self._grow_inputs(y, weight, op), op)
        return self

    @staticmethod
    def _grow_inputs(y: np.ndarray, weight: np.ndarray, op: str) -> tuple:
        """What ``_tree_grow.grow`` takes: the column wᵢyᵢ, the weights, wᵢyᵢ², wᵢyᵢ again (what the split
        search sums), the criterion ('friedman_mse' splits as 'squared_error')."""
        return (weight * y)[:, None], weight, weight * y ** 2, weight * y, "squared_error"

    @staticmethod
    def _node_values(sums: np.ndarray, weight: np.ndarray) -> np.ndarray:
        return sums[:, 0] / weight  # (3) ȳ

    def predict(self, X) -> np.ndarray:
        """The mean target ȳ of the leaf each sample ends in."""
        leaves = self.apply(X)
        return self.tree_.value[leaves]
