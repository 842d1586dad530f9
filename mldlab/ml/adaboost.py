"""AdaBoost: weak learners fitted one after another, each on sample weights that grow where the ensemble so far
was wrong, combined in a vote weighted by how good each learner was.

``AdaBoostClassifier`` (SAMME, Zhu et al. 2009), K classes, M rounds, N samples with weights wᵢ = 1/N at first
(or the given ``sample_weight``, normalised to sum to 1):

    for m = 1 … M:
        (1) fit the weak learner hₘ (by default a stump, a tree of depth 1) with the weights w
        (2) its weighted error  εₘ = Σᵢ wᵢ·[hₘ(xᵢ) ≠ yᵢ] / Σᵢ wᵢ
            εₘ = 0: a perfect fit, αₘ = 1, stop;  εₘ ≥ 1 − 1/K: no better than guessing, drop hₘ and stop
        (3) its say  αₘ = η·(log((1 − εₘ)/εₘ) + log(K − 1))
        (4) wᵢ ← wᵢ·e^(αₘ·[hₘ(xᵢ) ≠ yᵢ]), then w ← w / Σᵢ wᵢ: the misclassified samples weigh more
    (5) decision  f_k(x) = Σₘ αₘ·(1 if hₘ(x) = k else −1/(K − 1)) / Σₘ αₘ;  prediction argmax_k f_k(x)
    (6) probabilities  p = softmax(f / (K − 1))  (two classes: f = f₂ − f₁ and p = softmax((−f, f)/2))

``AdaBoostRegressor`` (``adaboost_regressor``) follows the same rounds with AdaBoost.R2's loss and a weighted
median.

Notes
-----
As in scikit-learn, weights below the machine epsilon are raised to it before each round (weights that were 0
stay 0), weights are not changed after the last round, and ``estimator_weights_`` and ``estimator_errors_`` keep
``n_estimators`` entries (0 and 1 for rounds never run). Each learner gets a seed drawn from ``random_state``
(a stump's splits do not depend on it). Run side by side with scikit-learn on data without ties, αₘ, εₘ, the
decision function and the probabilities agree to 1e-12 (tested); where two classes tie in a leaf, or two splits
are equally good, either choice is right and the later rounds may differ.
"""

import warnings

import numpy as np

from mldlab.estimator import BaseEstimator, clone
from mldlab.i18n import message
from mldlab.metrics import accuracy_score, r2_score
from mldlab.ml._ensemble_base import MAX_SEED, set_random_state, takes_sample_weight
from mldlab.ml._tree_weights import check_sample_weight
from mldlab.ml.base import ClassifierMixin, is_regressor
from mldlab.ml.tree import DecisionTreeClassifier
from mldlab.ml.validation import (
    check_classification_targets,
    check_for_predict,
    check_is_fitted,
    check_number,
    check_random_state,
    check_whole,
    check_X_y,
)


class BaseWeightBoosting(BaseEstimator):
    """Rounds (1)–(4) with the weights' care: what the classifier and the regressor share."""

    def fit(self, X, y, sample_weight=None):
        """Boost ``n_estimators`` rounds on X and y, starting from ``sample_weight`` (default: all equal)."""
        op = f"{type(self).__name__}.fit"
        eta = check_number(op, "learning_rate", self.learning_rate, positive=True)
        M = check_whole(op, "n_estimators", self.n_estimators, 1)
        X, y = check_X_y(X, y, op, y_numeric=is_regressor(self))
        w = check_sample_weight(sample_weight, len(X), op)
        w = w / w.sum()
        estimator = self._check_estimator(op)
        y = self._encode(y, op)
        self.n_features_in_ = X.shape[1]
        rng = check_random_state(self.random_state, op)
        self.estimators_ = []
        self.estimator_weights_, self.estimator_errors_ = np.zeros(M), np.ones(M)
        was_zero = w == 0
        for m in range(M):
            w = np.clip(w, np.finfo(np.float64).eps, None)
            w[was_zero] = 0.0
            learner = clone(estimator)
            set_random_state(learner, rng.integers(MAX_SEED))
            w, alpha, error = self._boost(m, learner, X, y, w, eta, M, rng, op)
            if w is None:
                break
            self.estimator_weights_[m], self.estimator_errors_[m] = alpha, error
            total = w.sum()
            if error == 0 or total <= 0:
                break
            if not np.isfinite(total):
                warnings.warn(message("ml_boost_weights_overflow", op=op, round=m), RuntimeWarning, stacklevel=2)
                break
            if m < M - 1:
                w = w / total
        return self

    def _check_estimator(self, op: str):
        estimator = self._default_estimator() if self.estimator is None else self.estimator
        if not (hasattr(estimator, "fit") and hasattr(estimator, "predict") and hasattr(estimator, "get_params")):
            raise ValueError(message("ml_ensemble_estimator", op=op, value=estimator, type=type(estimator).__name__))
        return estimator

    def _predictions(self, X, op: str) -> np.ndarray:
        """hₘ(x) of every learner: shape (M, n_samples)."""
        X = check_for_predict(self, X, op)
        return np.array([learner.predict(X) for learner in self.estimators_])

    def staged_score(self, X, y):
        """``score`` after each round: the accuracy (classifier) or R² (regressor)."""
        metric = r2_score if is_regressor(self) else accuracy_score
        for prediction in self.staged_predict(X):
            yield metric(y, prediction)

    @property
    def feature_importances_(self) -> np.ndarray:
        """Σₘ αₘ·(importances of hₘ) / Σₘ αₘ."""
        check_is_fitted(self)
        alpha = self.estimator_weights_[:len(self.estimators_)]
        return sum(a * learner.feature_importances_ for a, learner in zip(alpha, self.estimators_)) / alpha.sum()


class AdaBoostClassifier(ClassifierMixin, BaseWeightBoosting):
    """AdaBoost for classes with SAMME, steps (1)–(6) above (scikit-learn's ``AdaBoostClassifier``).

    Parameters
    ----------
    estimator : classifier or None, default None
        The weak learner; None is ``DecisionTreeClassifier(max_depth=1)``, a stump. Its ``fit`` must take
        ``sample_weight``.
    n_estimators : int, default 50
        The largest number of rounds M (fewer after a perfect fit).
    learning_rate : float, default 1.0
        η > 0 in (3).
    random_state : int, numpy Generator or None, default None
        Seeds each learner's ``random_state``.

    Attributes
    ----------
    estimators_ : list of the fitted learners
    estimator_weights_, estimator_errors_ : ndarray of shape (n_estimators,)
        αₘ and εₘ of each round.
    classes_, n_classes_, n_features_in_, feature_importances_

    Examples
    --------
    >>> X = [[0.0], [1.0], [2.0], [3.0], [4.0], [5.0]]
    >>> model = AdaBoostClassifier(n_estimators=5).fit(X, [0, 0, 1, 1, 0, 0])
    >>> model.predict(X).tolist()
    [0, 0, 1, 1, 0, 0]
    >>> model.estimator_errors_.round(3).tolist()
    [0.333, 0.25, 0.167, 0.2, 0.188]
    """

    def __init__(self, estimator=None, *, n_estimators=50, learning_rate=1.0, random_state=None):
        self.estimator = estimator
        self.n_estimators = n_estimators
        self.learning_rate = learning_rate
        self.random_state = random_state

    @staticmethod
    def _default_estimator():
        return DecisionTreeClassifier(max_depth=1)

    def _check_estimator(self, op: str):
        estimator = super()._check_estimator(op)
        if not takes_sample_weight(estimator):
            raise ValueError(message("ml_boost_no_sample_weight", op=op, type=type(estimator).__name__))
        return estimator

    def _encode(self, y, op: str):
        self.classes_, _ = check_classification_targets(self, y, op)
        self.n_classes_ = len(self.classes_)
        return y

    def _boost(self, m, learner, X, y, w, eta, M, rng, op):
        K = self.n_classes_
        learner.fit(X, y, sample_weight=w)  # (1)
        self.estimators_.append(learner)
        incorrect = learner.predict(X) != y
        error = np.average(incorrect, weights=w)  # (2)
        if error <= 0:
            return w, 1.0, 0.0
        if error >= 1.0 - 1.0 / K:
            self.estimators_.pop()
            if not self.estimators_:
                raise ValueError(message("ml_boost_worse_than_random", op=op, error=error, chance=1 - 1 / K,
                                         n_classes=K))
            return None, None, None
        alpha = eta * (np.log((1.0 - error) / error) + np.log(K - 1.0))  # (3)
        if m < M - 1:
            w = w * np.exp(alpha * incorrect * (w > 0))  # (4)
        return w, alpha, error

    def staged_decision_function(self, X):
        """f(x) of (5) after each round: shape (n_samples, K), or (n_samples,) f₂ − f₁ for two classes."""
        predictions = self._predictions(X, "AdaBoostClassifier.staged_decision_function")
        K, f, total = self.n_classes_, 0.0, 0.0
        for alpha, h in zip(self.estimator_weights_, predictions):
            f = f + np.where(h[:, None] == self.classes_, alpha, -alpha / (K - 1))
            total += alpha
            yield (f[:, 1] - f[:, 0]) / total if K == 2 else f / total

    def decision_function(self, X) -> np.ndarray:
        """f(x) of (5) with all the learners, divided by Σₘ αₘ."""
        predictions = self._predictions(X, "AdaBoostClassifier.decision_function")
        K = self.n_classes_
        f = sum(np.where(h[:, None] == self.classes_, alpha, -alpha / (K - 1))
                for alpha, h in zip(self.estimator_weights_, predictions))
        f = f / self.estimator_weights_.sum()
        return f[:, 1] - f[:, 0] if K == 2 else f

    def _proba(self, f: np.ndarray) -> np.ndarray:
        """(6) p = softmax(f / (K − 1)); two classes: softmax((−f, f) / 2)."""
        z = np.column_stack([-f, f]) / 2 if self.n_classes_ == 2 else f / (self.n_classes_ - 1)
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def _label(self, f: np.ndarray) -> np.ndarray:
        return self.classes_[(f > 0).astype(int) if self.n_classes_ == 2 else f.argmax(axis=1)]

    def predict(self, X) -> np.ndarray:
        """The class k with the largest f_k(x) (two classes: the second where f > 0)."""
        return self._label(self.decision_function(X))

    def staged_predict(self, X):
        """``predict`` after each round."""
        for f in self.staged_decision_function(X):
            yield self._label(f)

    def predict_proba(self, X) -> np.ndarray:
        """The probabilities of (6)."""
        return self._proba(self.decision_function(X))

    def staged_predict_proba(self, X):
        """``predict_proba`` after each round."""
        for f in self.staged_decision_function(X):
            yield self._proba(f)

    def predict_log_proba(self, X) -> np.ndarray:
        """log of ``predict_proba``."""
        return np.log(self.predict_proba(X))
