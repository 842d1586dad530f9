"""Gradient boosting: small regression trees added one after the other, each fitted to what the model so far
gets wrong (the negative gradient of the loss), each shrunk by the learning rate η.

For M stages, with raw scores F (one per sample, or one per class for K ≥ 3 classes) and the losses of
``_gb_losses`` (squared error; log loss):

    (1) F₀ = the prior: the mean ȳ, the log-odds log(p̄/(1 − p̄)), or the centred log class fractions;
    for m = 1 … M:
        (2) draw a fraction ``subsample`` of the samples without replacement (all of them when subsample = 1);
        (3) residuals r = −∂L/∂F at the current F (y − F; y − p);
        for each of the K trees of the stage (K = 1 for regression and two classes):
            (4) fit a regression tree hₘ to r_k, with the sample weights, on the drawn samples;
            (5) set each leaf R to its Newton step γ_R (``_gb_losses``);
            (6) F_k ← F_k + η·hₘ(x)
        (7) train_score_[m] = the loss on the drawn samples; with subsample < 1 also the loss on the others
            (out-of-bag), and oob_improvement_[m] = how much it fell.
    Early stopping (``n_iter_no_change``): a fraction ``validation_fraction`` is held out, and fitting stops when
    the held-out loss has not fallen by ``tol`` below any of the last ``n_iter_no_change`` values.

A prediction is F(x) = F₀ + η·Σₘ hₘ(x): the number itself (regression), p = σ(F) (two classes) or softmax(F).

Notes
-----
As in scikit-learn, X is rounded to float32, the trees use the squared error criterion (1.9 no longer uses
'friedman_mse'), and step (6) adds each tree's leaf values for the training samples (``apply``), not a new
prediction. The subsample, the features a tree tries (``max_features``) and the early-stopping split come from
``random_state`` in mldlab's own stream: with them, results agree with scikit-learn in distribution. With all
features and no subsample the trees are deterministic: ``train_score_`` and the predictions then agree with
scikit-learn's up to ties between equally good splits (tested).
"""

import numbers

import numpy as np

from mldlab.data.split import train_test_split
from mldlab.estimator import BaseEstimator
from mldlab.i18n import message
from mldlab.ml._gb_losses import AbsoluteError, BinomialLoss, HuberLoss, MultinomialLoss, QuantileLoss, SquaredError
from mldlab.ml._tree_weights import check_sample_weight
from mldlab.ml.base import ClassifierMixin, RegressorMixin, is_classifier
from mldlab.ml.tree import DecisionTreeRegressor
from mldlab.ml.validation import (
    check_choice,
    check_classification_targets,
    check_for_predict,
    check_is_fitted,
    check_number,
    check_random_state,
    check_whole,
    check_X_y,
)

_TREE_PARAMS = ("max_depth", "min_samples_split", "min_samples_leaf", "min_weight_fraction_leaf", "max_features",
                "max_leaf_nodes", "min_impurity_decrease", "ccp_alpha")


def check_fraction(op: str, name: str, value, *, closed: bool) -> float:
    """A fraction in (0, 1] (``closed``) or (0, 1): ``subsample``, ``validation_fraction``."""
    ok = isinstance(value, numbers.Real) and not isinstance(value, bool) and 0.0 < value
    if not (ok and (value <= 1.0 if closed else value < 1.0)):
        raise ValueError(message("ml_boost_fraction", op=op, name=name, interval="(0, 1]" if closed else "(0, 1)",
                                 value=value))
    return float(value)


def tree_importances(tree) -> np.ndarray:
    """Σ over the splits on each feature of W·ΔI, divided by the root's weight W (not normalised)."""
    t = tree.tree_
    importances = np.zeros(tree.n_features_in_)
    w_i = t.weighted_n_node_samples * t.impurity
    inner = np.flatnonzero(t.children_left >= 0)
    decrease = w_i[inner] - w_i[t.children_left[inner]] - w_i[t.children_right[inner]]
    np.add.at(importances, t.feature[inner], decrease)
    return importances / t.weighted_n_node_samples[0]


class BaseGradientBoosting(BaseEstimator):
    """Steps (1)–(7): what the classifier and the regressor share."""

    def fit(self, X, y, sample_weight=None):
        """Fit the stages (1)–(7) on X and y, sample i counting ``sample_weight[i]`` times (default 1)."""
        op = f"{type(self).__name__}.fit"
        eta = check_number(op, "learning_rate", self.learning_rate, positive=True)
        M = check_whole(op, "n_estimators", self.n_estimators, 1)
        subsample = check_fraction(op, "subsample", self.subsample, closed=True)
        patience = None if self.n_iter_no_change is None else check_whole(op, "n_iter_no_change",
                                                                          self.n_iter_no_change, 1)
        tol = check_number(op, "tol", self.tol)
        X, y = check_X_y(X, y, op, y_numeric=not is_classifier(self))
        w = check_sample_weight(sample_weight, len(X), op)
        Y, loss = self._encode(y, op)
        self.n_features_in_, self.n_trees_per_iteration_ = X.shape[1], loss.n_trees
        X = X.astype(np.float32).astype(np.float64)  # once, not again in every tree
        rng = check_random_state(self.random_state, op)
        X_val = None
        if patience is not None:
            fraction = check_fraction(op, "validation_fraction", self.validation_fraction, closed=False)
            stratify = y if is_classifier(self) else None
            X, X_val, Y, Y_val, w, w_val = train_test_split(X, Y, w, test_size=fraction, stratify=stratify,
                                                            seed=int(rng.integers(2 ** 31 - 1)))
            history = np.full(patience, np.inf)
        self._loss, n = loss, len(X)
        self.init_ = loss.prior(Y, None if sample_weight is None else w)  # (1)
        F = np.tile(self.init_, (n, 1))
        F_val = None if X_val is None else np.tile(self.init_, (len(X_val), 1))
        self.estimators_ = np.empty((M, loss.n_trees), dtype=object)
        self.train_score_ = np.zeros(M)
        in_bag = slice(None)  # all samples, without copying them (a mask with subsample < 1)
        if subsample < 1.0:
            self.oob_improvement_, self.oob_scores_ = np.zeros(M), np.zeros(M)
        for m in range(M):
            if subsample < 1.0:  # (2)
                in_bag = np.zeros(n, dtype=bool)
                in_bag[rng.permutation(n)[:max(1, int(subsample * n))]] = True
                if m == 0:
                    previous = loss.score(Y[~in_bag], F[~in_bag], w[~in_bag])
            r = loss.negative_gradient(Y, F, w)  # (3)
            for k in range(loss.n_trees):
                tree = DecisionTreeRegressor(criterion="squared_error", random_state=rng,
                                             **{name: getattr(self, name) for name in _TREE_PARAMS})
                tree.fit(X[in_bag], r[in_bag, k], sample_weight=w[in_bag])  # (4)
                leaves = tree.apply(X)
                gamma = loss.leaf_values(tree.tree_, leaves[in_bag], r[in_bag, k], Y[in_bag, k], F[in_bag, k],
                                         w[in_bag])
                if gamma is not None:
                    is_leaf = tree.tree_.children_left < 0
                    tree.tree_.value[is_leaf] = gamma[is_leaf]  # (5)
                F[:, k] += eta * tree.tree_.value[leaves]  # (6)
                if X_val is not None:
                    F_val[:, k] += eta * tree.predict(X_val)
                self.estimators_[m, k] = tree
            self.train_score_[m] = loss.score(Y[in_bag], F[in_bag], w[in_bag])  # (7)
            if subsample < 1.0:
                self.oob_scores_[m] = loss.score(Y[~in_bag], F[~in_bag], w[~in_bag])
                self.oob_improvement_[m] = previous - self.oob_scores_[m]
                previous = self.oob_scores_[m]
            if X_val is not None:
                validation_loss = loss.score(Y_val, F_val, w_val)
                if not np.any(validation_loss + tol < history):
                    break
                history[m % patience] = validation_loss
        self.n_estimators_ = m + 1
        self.estimators_, self.train_score_ = self.estimators_[:m + 1], self.train_score_[:m + 1]
        if subsample < 1.0:
            self.oob_improvement_, self.oob_scores_ = self.oob_improvement_[:m + 1], self.oob_scores_[:m + 1]
            self.oob_score_ = float(self.oob_scores_[-1])
        return self

    def _staged_raw_predict(self, X, op: str):
        """F after each stage m: F ← F + η·hₘ(x), starting from F₀."""
        X = check_for_predict(self, X, op)
        F = np.tile(self.init_, (len(X), 1))
        for stage in self.estimators_:
            for k, tree in enumerate(stage):
                F[:, k] += self.learning_rate * tree.predict(X)
            yield F.copy()

    def _raw_predict(self, X, op: str) -> np.ndarray:
        """F(x) = F₀ + η·Σₘ hₘ(x)."""
        X = check_for_predict(self, X, op)
        F = np.tile(self.init_, (len(X), 1))
        for stage in self.estimators_:
            for k, tree in enumerate(stage):
                F[:, k] += self.learning_rate * tree.predict(X)
        return F

    def apply(self, X) -> np.ndarray:
        """The leaf each sample ends in, in every tree: shape (n_samples, n_estimators_, K), (…, n_estimators_)
        for regression."""
        X = check_for_predict(self, X, f"{type(self).__name__}.apply")
        leaves = np.stack([[tree.apply(X) for tree in stage] for stage in self.estimators_]).transpose(2, 0, 1)
        return leaves if is_classifier(self) else leaves[:, :, 0]

    @property
    def feature_importances_(self) -> np.ndarray:
        """The mean over the trees (with at least one split) of their unnormalised importances, normalised."""
        check_is_fitted(self)
        trees = [tree for stage in self.estimators_ for tree in stage if tree.tree_.node_count > 1]
        if not trees:
            return np.zeros(self.n_features_in_)
        mean = np.mean([tree_importances(tree) for tree in trees], axis=0)
        return mean / mean.sum()


class GradientBoostingClassifier(ClassifierMixin, BaseGradientBoosting):
    """Gradient boosting for classes with the log loss (scikit-learn's ``GradientBoostingClassifier``).

    Two classes: one tree a stage, p(class 1) = σ(F). K ≥ 3 classes: K trees a stage, one per class, p = softmax(F).

    Parameters
    ----------
    loss : {'log_loss'}, default 'log_loss'
    learning_rate : float, default 0.1
        η > 0, the shrinkage of every tree in (6).
    n_estimators : int, default 100
        The number of stages M.
    subsample : float, default 1.0
        The fraction of the samples each stage draws in (2), in (0, 1]; below 1 it gives ``oob_improvement_``.
    min_samples_split, min_samples_leaf, min_weight_fraction_leaf, max_depth (default 3), min_impurity_decrease,
    max_features, max_leaf_nodes, ccp_alpha
        Passed to every ``DecisionTreeRegressor`` (mldlab's trees refuse what they do not support).
    random_state : int, numpy Generator or None, default None
        Draws the subsamples, the features each node tries and the validation split.
    validation_fraction : float, default 0.1
    n_iter_no_change : int or None, default None
    tol : float, default 1e-4
        Early stopping, as above (only with ``n_iter_no_change``).

    Attributes
    ----------
    classes_, n_classes_, n_features_in_
    init_ : ndarray of shape (K,)
        The prior raw score F₀ (scikit-learn keeps a ``DummyClassifier`` there, whose probabilities give F₀).
    estimators_ : ndarray of DecisionTreeRegressor, shape (n_estimators_, K)
    train_score_ : ndarray of shape (n_estimators_,)
        The deviance (2 × mean log loss; K classes: the mean log loss) on the (drawn) training samples after
        each stage.
    oob_improvement_, oob_scores_, oob_score_
        With subsample < 1: how much each stage lowered the out-of-bag loss, that loss, and its last value.
    n_estimators_, n_trees_per_iteration_, feature_importances_

    Examples
    --------
    >>> X = [[0.0], [1.0], [2.0], [3.0], [4.0], [5.0]]
    >>> model = GradientBoostingClassifier(n_estimators=10).fit(X, [0, 0, 0, 1, 1, 1])
    >>> model.predict([[0.5], [4.5]]).tolist(), model.estimators_.shape
    ([0, 1], (10, 1))
    >>> float(model.init_[0]), model.predict_proba([[4.5]]).round(3).tolist()
    (0.0, [[0.179, 0.821]])
    """

    def __init__(self, *, loss="log_loss", learning_rate=0.1, n_estimators=100, subsample=1.0, min_samples_split=2,
                 min_samples_leaf=1, min_weight_fraction_leaf=0.0, max_depth=3, min_impurity_decrease=0.0,
                 random_state=None, max_features=None, max_leaf_nodes=None, validation_fraction=0.1,
                 n_iter_no_change=None, tol=1e-4, ccp_alpha=0.0):
        self.loss = loss
        self.learning_rate = learning_rate
        self.n_estimators = n_estimators
        self.subsample = subsample
        self.min_samples_split = min_samples_split
        self.min_samples_leaf = min_samples_leaf
        self.min_weight_fraction_leaf = min_weight_fraction_leaf
        self.max_depth = max_depth
        self.min_impurity_decrease = min_impurity_decrease
        self.random_state = random_state
        self.max_features = max_features
        self.max_leaf_nodes = max_leaf_nodes
        self.validation_fraction = validation_fraction
        self.n_iter_no_change = n_iter_no_change
        self.tol = tol
        self.ccp_alpha = ccp_alpha

    def _encode(self, y, op: str):
        check_choice(op, "loss", self.loss, ("log_loss",))
        self.classes_, encoded = check_classification_targets(self, y, op)
        self.n_classes_ = K = len(self.classes_)
        if K == 2:
            return encoded[:, None].astype(np.float64), BinomialLoss()
        return np.eye(K)[encoded], MultinomialLoss(K)

    def decision_function(self, X) -> np.ndarray:
        """The raw scores F(x): shape (n_samples,) for two classes, (n_samples, K) otherwise."""
        F = self._raw_predict(X, "GradientBoostingClassifier.decision_function")
        return F[:, 0] if F.shape[1] == 1 else F

    def staged_decision_function(self, X):
        """F(x) after each stage, as in ``decision_function`` but always 2-D: (n_samples, K or 1)."""
        yield from self._staged_raw_predict(X, "GradientBoostingClassifier.staged_decision_function")

    def predict_proba(self, X) -> np.ndarray:
        """p = σ(F) for two classes ([1 − p, p]), softmax(F) otherwise."""
        F = self._raw_predict(X, "GradientBoostingClassifier.predict_proba")
        return self._loss.proba(F)

    def predict_log_proba(self, X) -> np.ndarray:
        """log of ``predict_proba``."""
        return np.log(self.predict_proba(X))

    def staged_predict_proba(self, X):
        """``predict_proba`` after each stage."""
        for F in self._staged_raw_predict(X, "GradientBoostingClassifier.staged_predict_proba"):
            yield self._loss.proba(F)

    def predict(self, X) -> np.ndarray:
        """The class of the largest F_k (two classes: class 1 where F ≥ 0)."""
        return self._classes(self._raw_predict(X, "GradientBoostingClassifier.predict"))

    def staged_predict(self, X):
        """``predict`` after each stage."""
        for F in self._staged_raw_predict(X, "GradientBoostingClassifier.staged_predict"):
            yield self._classes(F)

    def _classes(self, F: np.ndarray) -> np.ndarray:
        return self.classes_[(F[:, 0] >= 0).astype(int) if F.shape[1] == 1 else F.argmax(axis=1)]


class GradientBoostingRegressor(RegressorMixin, BaseGradientBoosting):
    """Gradient boosting for numbers with the squared error (scikit-learn's ``GradientBoostingRegressor``).

    Parameters
    ----------
    loss : {'squared_error', 'absolute_error', 'huber', 'quantile'}, default 'squared_error'
        The loss L of ``_gb_losses``: 'huber' and 'absolute_error' resist outliers, 'quantile' predicts the
        α-quantile of y (for prediction intervals).
    learning_rate, n_estimators, subsample, min_samples_split, min_samples_leaf, min_weight_fraction_leaf,
    max_depth, min_impurity_decrease, random_state, max_features, max_leaf_nodes, validation_fraction,
    n_iter_no_change, tol, ccp_alpha
        As in ``GradientBoostingClassifier``.
    alpha : float, default 0.9
        In (0, 1): the quantile for loss='quantile', and the quantile of |y − F| that sets Huber's δ.

    Attributes
    ----------
    init_ : ndarray of shape (1,)
        F₀ = the weighted mean of y (the median or the α-quantile for the robust losses; scikit-learn keeps a
        ``DummyRegressor`` there).
    estimators_ : ndarray of DecisionTreeRegressor, shape (n_estimators_, 1)
    train_score_ : ndarray of shape (n_estimators_,)
        The loss on the (drawn) training samples after each stage (for the squared error, the mean squared
        error).
    oob_improvement_, oob_scores_, oob_score_, n_estimators_, n_features_in_, feature_importances_

    Examples
    --------
    >>> X = [[0.0], [1.0], [2.0], [3.0]]
    >>> model = GradientBoostingRegressor(n_estimators=50).fit(X, [1.0, 2.0, 3.0, 10.0])
    >>> float(model.init_[0]), model.predict([[3.0]]).round(2).tolist(), model.train_score_.shape
    (4.0, [9.97], (50,))
    """

    def __init__(self, *, loss="squared_error", learning_rate=0.1, n_estimators=100, subsample=1.0,
                 min_samples_split=2, min_samples_leaf=1, min_weight_fraction_leaf=0.0, max_depth=3,
                 min_impurity_decrease=0.0, random_state=None, max_features=None, alpha=0.9, max_leaf_nodes=None,
                 validation_fraction=0.1, n_iter_no_change=None, tol=1e-4, ccp_alpha=0.0):
        self.loss = loss
        self.learning_rate = learning_rate
        self.n_estimators = n_estimators
        self.subsample = subsample
        self.min_samples_split = min_samples_split
        self.min_samples_leaf = min_samples_leaf
        self.min_weight_fraction_leaf = min_weight_fraction_leaf
        self.max_depth = max_depth
        self.min_impurity_decrease = min_impurity_decrease
        self.random_state = random_state
        self.max_features = max_features
        self.alpha = alpha
        self.max_leaf_nodes = max_leaf_nodes
        self.validation_fraction = validation_fraction
        self.n_iter_no_change = n_iter_no_change
        self.tol = tol
        self.ccp_alpha = ccp_alpha

    def _encode(self, y, op: str):
        check_choice(op, "loss", self.loss, ("squared_error", "absolute_error", "huber", "quantile"))
        alpha = check_fraction(op, "alpha", self.alpha, closed=False)
        losses = {"squared_error": SquaredError, "absolute_error": AbsoluteError,
                  "huber": lambda: HuberLoss(alpha), "quantile": lambda: QuantileLoss(alpha)}
        return y[:, None], losses[self.loss]()

    def predict(self, X) -> np.ndarray:
        """F(x) = F₀ + η·Σₘ hₘ(x)."""
        return self._raw_predict(X, "GradientBoostingRegressor.predict")[:, 0]

    def staged_predict(self, X):
        """F(x) after each stage."""
        for F in self._staged_raw_predict(X, "GradientBoostingRegressor.staged_predict"):
            yield F[:, 0]
