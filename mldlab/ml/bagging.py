"""Bagging (bootstrap aggregating): fit copies of one estimator on random samples of the rows (and of the
columns), then average them.

    (1) member m draws ``max_samples`` rows (with replacement if ``bootstrap``) and ``max_features`` columns
        (with replacement if ``bootstrap_features``) from its own seed;
    (2) it is fitted on those rows and columns (each distinct row weighted by how often it was drawn when its
        ``fit`` takes ``sample_weight``, as in scikit-learn; the drawn rows themselves otherwise);
    (3) classifier: p̂(k | x) = (1/M) Σₘ pₘ(k | x), the members' probabilities averaged (their votes, as
        fractions, for members without ``predict_proba``), and ŷ = argmaxₖ p̂; regressor: ŷ = (1/M) Σₘ ŷₘ(x);
    (4) out of bag: row i is predicted by the members that did not draw it, ``oob_score_``.

Notes
-----
With the default tree and all features this is a random forest with ``max_features=None``. The members' seeds and
samples come from ``random_state`` through NumPy ``Generator``s, another random stream than scikit-learn's: the
results agree in distribution, not member by member. When all features are kept and not bootstrapped, they keep
their order (``estimators_features_`` is 0 … d − 1; scikit-learn draws a permutation there). ``n_jobs`` > 1 fits
the members in that many threads.
"""

import numpy as np

from mldlab.metrics import accuracy_score, r2_score
from mldlab.ml._bagging import BaseBagging, has_method
from mldlab.ml.base import ClassifierMixin, RegressorMixin, available_if
from mldlab.ml.tree import DecisionTreeClassifier, DecisionTreeRegressor
from mldlab.ml.validation import check_classification_targets, check_for_predict


class BaggingClassifier(ClassifierMixin, BaseBagging):
    """Bagging of classifiers (scikit-learn's ``BaggingClassifier``), (1)–(4) above.

    Parameters
    ----------
    estimator : classifier or None, default None
        What each member is a copy of (None: ``DecisionTreeClassifier()``).
    n_estimators : int, default 10
        The number of members M.
    max_samples : int, float or None, default None
        Rows per member: None all N, an int that many, a float in (0, 1] that fraction of N.
    max_features : int or float, default 1.0
        Columns per member: an int that many, a float in (0, 1] that fraction of d.
    bootstrap : bool, default True
        Rows drawn with replacement (False: without, "pasting").
    bootstrap_features : bool, default False
        Columns drawn with replacement.
    oob_score : bool, default False
        Compute ``oob_score_`` (the out-of-bag accuracy); needs ``bootstrap`` and no ``warm_start``.
    warm_start : bool, default False
        Keep the fitted members and add members up to ``n_estimators``.
    n_jobs : int or None, default None
        Threads fitting the members (None: this thread; -1: one per core).
    random_state : int, numpy Generator or None, default None
        Seeds the members' draws (and each member's own ``random_state``).
    verbose : int, default 0
        Above 1, says which member is being fitted.

    Attributes
    ----------
    estimator_, estimators_, estimators_features_, estimators_samples_, classes_, n_classes_, n_features_in_,
    oob_score_, oob_decision_function_ (with ``oob_score``; NaN rows for rows every member drew)

    Examples
    --------
    >>> from mldlab.data import load_iris
    >>> X, y = load_iris()
    >>> bag = BaggingClassifier(n_estimators=10, max_features=0.5, random_state=0).fit(X, y)
    >>> [f.tolist() for f in bag.estimators_features_][:1], len(bag.estimators_samples_[0])
    ([[0, 3]], 150)
    >>> bag.predict([[5.0, 3.4, 1.5, 0.2], [6.9, 3.1, 5.8, 2.3]]).tolist()
    [0, 2]
    """

    @staticmethod
    def _default():
        return DecisionTreeClassifier()

    def _targets(self, y: np.ndarray, op: str) -> np.ndarray:
        self.classes_, encoded = check_classification_targets(self, y, op, min_classes=1)
        self.n_classes_ = len(self.classes_)
        return encoded

    def _member_proba(self, member, X_member: np.ndarray) -> np.ndarray:
        """A member's probabilities over all C classes, or its vote as a one-hot row."""
        proba = np.zeros((len(X_member), self.n_classes_))
        if hasattr(member, "predict_proba"):
            proba[:, member.classes_] = member.predict_proba(X_member)
        else:
            proba[np.arange(len(X_member)), member.predict(X_member)] = 1.0
        return proba

    def predict_proba(self, X) -> np.ndarray:
        """(3) p̂(k | x): the members' probabilities (or votes), averaged."""
        X = check_for_predict(self, X, f"{type(self).__name__}.predict_proba")
        proba = np.zeros((len(X), self.n_classes_))
        for member, features in zip(self.estimators_, self.estimators_features_):
            proba += self._member_proba(member, X[:, features])
        proba /= len(self.estimators_)
        return proba

    def predict_log_proba(self, X) -> np.ndarray:
        """log p̂(k | x)."""
        with np.errstate(divide="ignore"):
            return np.log(self.predict_proba(X))

    def predict(self, X) -> np.ndarray:
        """(3) The class of largest mean probability."""
        proba = self.predict_proba(X)
        return self.classes_[np.argmax(proba, axis=1)]

    @available_if(has_method("decision_function"))
    def decision_function(self, X) -> np.ndarray:
        """The members' ``decision_function``, averaged."""
        return sum(scores for _, scores in self._members(X, "decision_function")) / len(self.estimators_)

    def _set_oob(self, X: np.ndarray, y: np.ndarray, op: str) -> None:
        sums, counts = self._oob_sums(X, self._member_proba, self.n_classes_)
        self._warn_oob_missing(counts, op)
        with np.errstate(invalid="ignore"):
            self.oob_decision_function_ = sums / sums.sum(axis=1, keepdims=True)
        self.oob_score_ = float(accuracy_score(y, self.classes_[np.argmax(sums, axis=1)]))


class BaggingRegressor(RegressorMixin, BaseBagging):
    """Bagging of regressors (scikit-learn's ``BaggingRegressor``): ŷ(x) = (1/M) Σₘ ŷₘ(x).

    Parameters
    ----------
    estimator : regressor or None, default None
        What each member is a copy of (None: ``DecisionTreeRegressor()``).
    n_estimators, max_samples, max_features, bootstrap, bootstrap_features, oob_score, warm_start, n_jobs,
    random_state, verbose
        As in ``BaggingClassifier``; ``oob_score_`` is the out-of-bag R².

    Attributes
    ----------
    estimator_, estimators_, estimators_features_, estimators_samples_, n_features_in_,
    oob_score_, oob_prediction_ (with ``oob_score``; 0 for rows every member drew, as in scikit-learn)

    Examples
    --------
    >>> X = [[0.0], [1.0], [2.0], [3.0], [4.0], [5.0], [6.0], [7.0]]
    >>> y = [0.0, 0.0, 0.0, 0.0, 10.0, 10.0, 10.0, 10.0]
    >>> BaggingRegressor(random_state=0).fit(X, y).predict([[0.5], [6.5]]).tolist()
    [0.0, 10.0]
    """

    @staticmethod
    def _default():
        return DecisionTreeRegressor()

    def _targets(self, y: np.ndarray, op: str) -> np.ndarray:
        return y

    def predict(self, X) -> np.ndarray:
        """(3) ŷ(x): the members' predictions, averaged."""
        return sum(out for _, out in self._members(X, "predict")) / len(self.estimators_)

    def _set_oob(self, X: np.ndarray, y: np.ndarray, op: str) -> None:
        sums, counts = self._oob_sums(X, lambda member, rows: member.predict(rows)[:, None], 1)
        self._warn_oob_missing(counts, op)
        self.oob_prediction_ = sums[:, 0] / np.maximum(counts, 1)
        self.oob_score_ = float(r2_score(y, self.oob_prediction_))
