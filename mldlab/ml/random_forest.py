"""Random forests: many decision trees, each grown on its own bootstrap sample trying a few random features at
every split, averaged.

    (1) tree m draws N rows with replacement (its bootstrap sample Bₘ; about 63 % of the rows, some twice);
    (2) it grows on Bₘ, choosing each split among ``max_features`` features drawn at random;
    (3) the forest averages the trees: p̂(k | x) = (1/M) Σₘ pₘ(k | x) and predicts argmaxₖ p̂ (classifier, the
        trees' probabilities averaged as in scikit-learn, not their votes counted); ŷ(x) = (1/M) Σₘ ŷₘ(x)
        (regressor);
    (4) every row is predicted by the trees whose sample missed it (out of bag): a free estimate of the score on
        unseen data, ``oob_score_``.

Notes
-----
Each tree gets its own seed from ``random_state`` and draws its sample and features from it; scikit-learn's
random stream is another one, so the same ``random_state`` grows other trees: results agree in distribution
(accuracy within a point or two), not tree by tree. The trees grow together, many at a time, level by level
(``_tree_batch``: far fewer NumPy calls than one tree after another), each exactly as it would grow alone.
``n_jobs`` > 1 grows those batches in that many threads (they share one interpreter, so the gain is modest); the
forest is the same for every ``n_jobs``.
"""

import numbers

import numpy as np

from mldlab.i18n import message
from mldlab.metrics import accuracy_score, r2_score
from mldlab.ml._forest import BaseForest
from mldlab.ml.base import ClassifierMixin, RegressorMixin
from mldlab.ml.tree import DecisionTreeClassifier, DecisionTreeRegressor
from mldlab.ml.validation import check_classification_targets, check_for_predict


def _tree_proba(tree, X: np.ndarray, n_classes: int) -> np.ndarray:
    """A tree's probabilities over all C classes (a bootstrap sample may have missed a class)."""
    proba = tree.predict_proba(X)
    if proba.shape[1] == n_classes:
        return proba
    full = np.zeros((len(X), n_classes))
    full[:, tree.classes_] = proba
    return full


def _per_class_weights(class_weight, classes: np.ndarray, encoded: np.ndarray, weight, op: str) -> np.ndarray:
    """``class_weight`` as one weight per class: 'balanced' (and 'balanced_subsample' without bootstrap)
    w_k = Σᵢ wᵢ / (K · Σ_{i in class k} wᵢ) over all of y (wᵢ = 1 without sample weights), or a dict by label
    (1 for a class it does not name)."""
    if isinstance(class_weight, str) and class_weight in ("balanced", "balanced_subsample"):
        totals = np.bincount(encoded, weights=weight, minlength=len(classes))
        return totals.sum() / (len(classes) * totals)
    if not isinstance(class_weight, dict):
        raise ValueError(message("ml_forest_class_weight", op=op, value=class_weight))
    per_class, known = np.ones(len(classes)), classes.tolist()
    for label, value in class_weight.items():
        if label not in known:
            raise ValueError(message("ml_class_weight_label", op=op, label=label, classes=known))
        if not isinstance(value, numbers.Real) or isinstance(value, bool) or not value >= 0:
            raise ValueError(message("ml_forest_class_weight", op=op, value=class_weight))
        per_class[known.index(label)] = float(value)
    return per_class


class RandomForestClassifier(ClassifierMixin, BaseForest):
    """A forest of classification trees (scikit-learn's ``RandomForestClassifier``), (1)–(4) above.

    Parameters
    ----------
    n_estimators : int, default 100
        The number of trees M.
    criterion, max_depth, min_samples_split, min_samples_leaf, max_features
        Passed to each ``DecisionTreeClassifier``; ``max_features`` defaults to 'sqrt' (√d features per split).
    min_weight_fraction_leaf, max_leaf_nodes, min_impurity_decrease, ccp_alpha, monotonic_cst
        scikit-learn's tree parameters, passed to the trees where they support them (otherwise only the
        default is accepted).
    class_weight : None, 'balanced', 'balanced_subsample' or dict, default None
        Weights of the classes: 'balanced' w_k = N / (K · N_k) over all of y, a dict {label: w_k}; as in
        scikit-learn 1.9 the bootstrap then draws sample i with probability ∝ w of its class (without
        bootstrap, the trees weigh it so). 'balanced_subsample': each tree weighs the classes of its own sample.
    bootstrap : bool, default True
        Draw a bootstrap sample for each tree (False: every tree sees all rows).
    oob_score : bool or callable, default False
        Compute ``oob_score_``: the accuracy, or ``oob_score(y, y_pred)`` for a function.
    n_jobs : int or None, default None
        Threads growing the trees (None: this thread; -1: one per core).
    random_state : int, numpy Generator or None, default None
        Seeds the trees' samples and features.
    verbose : int, default 0
        Above 1, says which tree is being fitted.
    warm_start : bool, default False
        Keep the fitted trees and add trees up to ``n_estimators``.
    max_samples : int, float or None, default None
        Rows each tree draws: None all N, an int that many, a float that fraction of N.

    Attributes
    ----------
    estimator_, estimators_, classes_, n_classes_, n_features_in_, n_outputs_, feature_importances_,
    estimators_samples_, oob_score_, oob_decision_function_ (with ``oob_score``)

    Examples
    --------
    >>> from mldlab.data import load_iris
    >>> X, y = load_iris()
    >>> forest = RandomForestClassifier(n_estimators=20, oob_score=True, random_state=0).fit(X, y)
    >>> forest.predict([[5.0, 3.4, 1.5, 0.2], [6.9, 3.1, 5.8, 2.3]]).tolist()
    [0, 2]
    >>> len(forest.estimators_), round(float(forest.feature_importances_.sum()), 6), forest.oob_score_ > 0.9
    (20, 1.0, True)
    """

    _tree = DecisionTreeClassifier

    def __init__(self, n_estimators: int = 100, *, criterion: str = "gini", max_depth=None, min_samples_split=2,
                 min_samples_leaf=1, min_weight_fraction_leaf=0.0, max_features="sqrt", max_leaf_nodes=None,
                 min_impurity_decrease=0.0, bootstrap: bool = True, oob_score=False, n_jobs=None,
                 random_state=None, verbose: int = 0, warm_start: bool = False, class_weight=None,
                 ccp_alpha=0.0, max_samples=None, monotonic_cst=None):
        self.n_estimators = n_estimators
        self.criterion = criterion
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split
        self.min_samples_leaf = min_samples_leaf
        self.min_weight_fraction_leaf = min_weight_fraction_leaf
        self.max_features = max_features
        self.max_leaf_nodes = max_leaf_nodes
        self.min_impurity_decrease = min_impurity_decrease
        self.bootstrap = bootstrap
        self.oob_score = oob_score
        self.n_jobs = n_jobs
        self.random_state = random_state
        self.verbose = verbose
        self.warm_start = warm_start
        self.class_weight = class_weight
        self.ccp_alpha = ccp_alpha
        self.max_samples = max_samples
        self.monotonic_cst = monotonic_cst

    def _targets(self, y: np.ndarray, op: str) -> np.ndarray:
        self.classes_, encoded = check_classification_targets(self, y, op, min_classes=1)
        self.n_classes_ = len(self.classes_)
        return encoded

    def _subsample_weights(self, bootstrap: bool) -> bool:
        return bootstrap and isinstance(self.class_weight, str) and self.class_weight == "balanced_subsample"

    def _weights(self, weight, target: np.ndarray, bootstrap: bool, op: str):
        """sample_weight × class weight: what the bootstrap draws with (scikit-learn 1.9), or the trees fit with."""
        if self.class_weight is None or self._subsample_weights(bootstrap):
            return weight
        per_sample = _per_class_weights(self.class_weight, self.classes_, target, weight, op)[target]
        return per_sample if weight is None else weight * per_sample

    def _tree_options(self, target: np.ndarray, rows) -> dict:
        """'balanced_subsample': each tree weighs class k by N_drawn / (K_drawn · N_k drawn), from its own sample."""
        if not self._subsample_weights(rows is not None):
            return {}
        counts = np.bincount(target[rows], minlength=self.n_classes_)
        present = np.flatnonzero(counts)
        return {"class_weight": {int(k): len(rows) / (len(present) * counts[k]) for k in present}}

    def predict_proba(self, X) -> np.ndarray:
        """(3) p̂(k | x): the trees' class probabilities, averaged."""
        X = check_for_predict(self, X, f"{type(self).__name__}.predict_proba")
        proba = np.zeros((len(X), self.n_classes_))
        for tree in self.estimators_:
            proba += _tree_proba(tree, X, self.n_classes_)
        proba /= len(self.estimators_)
        return proba

    def predict_log_proba(self, X) -> np.ndarray:
        """log p̂(k | x) (−inf where no tree gives class k any probability)."""
        with np.errstate(divide="ignore"):
            return np.log(self.predict_proba(X))

    def predict(self, X) -> np.ndarray:
        """(3) The class of largest mean probability (the first such class on a tie)."""
        proba = self.predict_proba(X)
        return self.classes_[np.argmax(proba, axis=1)]

    def _set_oob(self, X: np.ndarray, y: np.ndarray, op: str) -> None:
        """(4) ``oob_decision_function_`` (rows of zeros for rows no tree left out) and ``oob_score_``."""
        def predict(tree, rows):
            return _tree_proba(tree, rows, self.n_classes_)

        self.oob_decision_function_ = self._oob_sums(X, predict, self.n_classes_, op)
        score = self.oob_score if callable(self.oob_score) else accuracy_score
        self.oob_score_ = float(score(y, self.classes_[np.argmax(self.oob_decision_function_, axis=1)]))


class RandomForestRegressor(RegressorMixin, BaseForest):
    """A forest of regression trees (scikit-learn's ``RandomForestRegressor``): ŷ(x) = (1/M) Σₘ ŷₘ(x).

    Parameters
    ----------
    n_estimators, bootstrap, oob_score, n_jobs, random_state, verbose, warm_start, max_samples
        As in ``RandomForestClassifier``; ``oob_score`` is R² unless a function is given.
    criterion, max_depth, min_samples_split, min_samples_leaf, max_features, min_weight_fraction_leaf,
    max_leaf_nodes, min_impurity_decrease, ccp_alpha, monotonic_cst
        Passed to each ``DecisionTreeRegressor``; ``max_features`` defaults to 1.0 (all features, as in
        scikit-learn: the trees then differ only by their samples).

    Attributes
    ----------
    estimator_, estimators_, n_features_in_, n_outputs_, feature_importances_, estimators_samples_,
    oob_score_, oob_prediction_ (with ``oob_score``)

    Examples
    --------
    >>> X = [[0.0], [1.0], [2.0], [3.0], [4.0], [5.0], [6.0], [7.0]]
    >>> y = [0.0, 0.0, 0.0, 0.0, 10.0, 10.0, 10.0, 10.0]
    >>> forest = RandomForestRegressor(n_estimators=10, random_state=0).fit(X, y)
    >>> forest.predict([[0.5], [6.5]]).tolist()
    [0.0, 10.0]
    """

    _tree = DecisionTreeRegressor

    def __init__(self, n_estimators: int = 100, *, criterion: str = "squared_error", max_depth=None,
                 min_samples_split=2, min_samples_leaf=1, min_weight_fraction_leaf=0.0, max_features=1.0,
                 max_leaf_nodes=None, min_impurity_decrease=0.0, bootstrap: bool = True, oob_score=False,
                 n_jobs=None, random_state=None, verbose: int = 0, warm_start: bool = False, ccp_alpha=0.0,
                 max_samples=None, monotonic_cst=None):
        self.n_estimators = n_estimators
        self.criterion = criterion
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split
        self.min_samples_leaf = min_samples_leaf
        self.min_weight_fraction_leaf = min_weight_fraction_leaf
        self.max_features = max_features
        self.max_leaf_nodes = max_leaf_nodes
        self.min_impurity_decrease = min_impurity_decrease
        self.bootstrap = bootstrap
        self.oob_score = oob_score
        self.n_jobs = n_jobs
        self.random_state = random_state
        self.verbose = verbose
        self.warm_start = warm_start
        self.ccp_alpha = ccp_alpha
        self.max_samples = max_samples
        self.monotonic_cst = monotonic_cst

    def _targets(self, y: np.ndarray, op: str) -> np.ndarray:
        return y

    def predict(self, X) -> np.ndarray:
        """(3) ŷ(x): the trees' predictions, averaged."""
        X = check_for_predict(self, X, f"{type(self).__name__}.predict")
        total = np.zeros(len(X))
        for tree in self.estimators_:
            total += tree.predict(X)
        total /= len(self.estimators_)
        return total

    def _set_oob(self, X: np.ndarray, y: np.ndarray, op: str) -> None:
        """(4) ``oob_prediction_`` (0 for rows no tree left out, as in scikit-learn) and ``oob_score_``."""
        def predict(tree, rows):
            return tree.predict(rows)[:, None]

        self.oob_prediction_ = self._oob_sums(X, predict, 1, op)[:, 0]
        score = self.oob_score if callable(self.oob_score) else r2_score
        self.oob_score_ = float(score(y, self.oob_prediction_))
