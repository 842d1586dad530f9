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

import warnings

import numpy as np

from mldlab.estimator import BaseEstimator, clone
from mldlab.i18n import message
from mldlab.metrics import accuracy_score, r2_score
from mldlab.ml._ensemble_base import (
    check_bool,
    check_oob_score,
    draw,
    fit_member,
    map_members,
    member_seeds,
    n_new_members,
    n_samples_drawn,
    set_random_state,
)
from mldlab.ml.base import ClassifierMixin, RegressorMixin, available_if, is_regressor
from mldlab.ml.tree import DecisionTreeClassifier, DecisionTreeRegressor
from mldlab.ml.validation import (
    check_classification_targets,
    check_for_predict,
    check_is_fitted,
    check_random_state,
    check_whole,
    check_X_y,
)


def _n_features_drawn(op: str, max_features, n_features: int) -> int:
    """``max_features``: a count 1 … d, or a fraction f in (0, 1] → max(1, ⌊f·d⌋)."""
    if isinstance(max_features, (int, np.integer)) and not isinstance(max_features, bool):
        if 1 <= max_features <= n_features:
            return int(max_features)
    elif isinstance(max_features, (float, np.floating)) and 0.0 < max_features <= 1.0:
        return max(1, int(max_features * n_features))
    raise ValueError(message("ml_ensemble_max_features", op=op, n_features=n_features, value=max_features))


def _has(method: str):
    """An ``available_if`` check: the (default) estimator has ``method``."""
    def check(self) -> bool:
        if not hasattr(self._template(), method):
            raise AttributeError(message("ml_no_method", estimator=type(self).__name__,
                                         inner=type(self._template()).__name__, method=method))
        return True

    return check


class BaseBagging(BaseEstimator):
    """``fit`` (1)–(2), the draws of each member and the out-of-bag sums, for both bagging estimators."""

    def _template(self):
        return self._default() if self.estimator is None else self.estimator

    def _draws(self, seed: int) -> tuple[np.ndarray, np.ndarray]:
        """(1) A member's columns and rows, drawn again from its seed: columns first, as in scikit-learn."""
        rng = np.random.default_rng(seed)
        n_features = self.n_features_in_
        if self._n_columns == n_features and not self.bootstrap_features:
            features = np.arange(n_features)
        else:
            features = draw(rng, n_features, self._n_columns, replace=self.bootstrap_features)
        return features, draw(rng, self._n_samples, self._n_draws, replace=self.bootstrap)

    def fit(self, X, y):
        """Fit the members on their samples of (X, y)."""
        op = f"{type(self).__name__}.fit"
        X, y = check_X_y(X, y, op, y_numeric=is_regressor(self))
        target = self._targets(y, op)
        n, n_features = X.shape
        check_whole(op, "n_estimators", self.n_estimators, 1)
        bootstrap = check_bool(op, "bootstrap", self.bootstrap)
        check_bool(op, "bootstrap_features", self.bootstrap_features)
        warm_start = check_bool(op, "warm_start", self.warm_start)
        check_oob_score(op, self.oob_score, bootstrap, scorer=False)
        if self.oob_score and warm_start:
            raise ValueError(message("ml_ensemble_oob_warm_start", op=op))
        template = self._template()
        if not (hasattr(template, "fit") and hasattr(template, "predict")):
            raise ValueError(message("ml_ensemble_estimator", op=op, value=repr(template)[:80],
                                     type=type(template).__name__))
        self._n_draws = n_samples_drawn(op, self.max_samples, n, max_count=np.inf if bootstrap else n,
                                        max_fraction=1.0)
        self._n_columns = _n_features_drawn(op, self.max_features, n_features)
        n_new = n_new_members(op, self, self.n_estimators)
        if not (warm_start and hasattr(self, "estimators_")):
            self.estimators_, self.estimators_features_, self._seeds = [], [], []
        elif n_new == 0:
            warnings.warn(message("ml_ensemble_warm_start_same", op=op, n_estimators=self.n_estimators),
                          UserWarning, stacklevel=2)
        seeds = member_seeds(check_random_state(self.random_state, op), self.n_estimators, len(self.estimators_))
        self.estimator_, self._n_samples, self.n_features_in_ = template, n, n_features

        def fit_one(job):  # (1), (2)
            number, seed = job
            if self.verbose > 1:
                print(message("ml_ensemble_building", estimator=type(self).__name__, number=number,
                              n_estimators=self.n_estimators))
            member = clone(template)
            set_random_state(member, seed)
            features, rows = self._draws(seed)
            return fit_member(member, X, target, rows, features), features

        fitted = map_members(fit_one, list(enumerate(seeds, len(self.estimators_) + 1)), self.n_jobs, op)
        self.estimators_ = self.estimators_ + [member for member, _ in fitted]
        self.estimators_features_ = self.estimators_features_ + [features for _, features in fitted]
        self._seeds = self._seeds + [int(seed) for seed in seeds]
        if self.oob_score:
            self._set_oob(X, y, op)
        return self

    @property
    def estimators_samples_(self) -> list:
        """The rows each member drew (drawn again from its seed)."""
        check_is_fitted(self, "estimators_")
        return [self._draws(seed)[1] for seed in self._seeds]

    def _members(self, X, method: str):
        """Each member's ``method`` on its columns of X (checked once, for all members)."""
        X = check_for_predict(self, X, f"{type(self).__name__}.{method}")
        for member, features in zip(self.estimators_, self.estimators_features_):
            yield member, getattr(member, method)(X[:, features])

    def _oob_sums(self, X: np.ndarray, predict, width: int) -> tuple[np.ndarray, np.ndarray]:
        """(4) Σ of the predictions of the members that did not draw row i, and how many they are."""
        n = len(X)
        sums, counts = np.zeros((n, width)), np.zeros(n)
        for member, features, rows in zip(self.estimators_, self.estimators_features_, self.estimators_samples_):
            out = np.bincount(rows, minlength=n) == 0
            sums[out] += predict(member, X[np.ix_(out, features)])
            counts[out] += 1
        return sums, counts

    def _warn_oob_missing(self, counts: np.ndarray, op: str) -> None:
        if (counts == 0).any():
            warnings.warn(message("ml_ensemble_oob_missing", op=op, count=int((counts == 0).sum()),
                                  n=len(counts), n_estimators=len(self.estimators_)), UserWarning, stacklevel=4)


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

    def __init__(self, estimator=None, n_estimators: int = 10, *, max_samples=None, max_features=1.0,
                 bootstrap: bool = True, bootstrap_features: bool = False, oob_score: bool = False,
                 warm_start: bool = False, n_jobs=None, random_state=None, verbose: int = 0):
        self.estimator = estimator
        self.n_estimators = n_estimators
        self.max_samples = max_samples
        self.max_features = max_features
        self.bootstrap = bootstrap
        self.bootstrap_features = bootstrap_features
        self.oob_score = oob_score
        self.warm_start = warm_start
        self.n_jobs = n_jobs
        self.random_state = random_state
        self.verbose = verbose

    @staticmethod
    def _default():
        return DecisionTreeClassifier()

    def _targets(self, y: np.ndarray, op: str) -> np.ndarray:
        self.classes_, encoded = check_classification_targets(self, y, op)
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

    @available_if(_has("decision_function"))
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

    def __init__(self, estimator=None, n_estimators: int = 10, *, max_samples=None, max_features=1.0,
                 bootstrap: bool = True, bootstrap_features: bool = False, oob_score: bool = False,
                 warm_start: bool = False, n_jobs=None, random_state=None, verbose: int = 0):
        self.estimator = estimator
        self.n_estimators = n_estimators
        self.max_samples = max_samples
        self.max_features = max_features
        self.bootstrap = bootstrap
        self.bootstrap_features = bootstrap_features
        self.oob_score = oob_score
        self.warm_start = warm_start
        self.n_jobs = n_jobs
        self.random_state = random_state
        self.verbose = verbose

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
