"""What both bagging estimators share: the draws of each member (rows and columns), fitting, out-of-bag sums.

    (1) member m draws ``max_features`` columns, then ``max_samples`` rows, from the generator seeded with its
        own seed s_m (``_ensemble_base``), with or without replacement (``bootstrap_features``, ``bootstrap``);
    (2) it is fitted on those rows and columns (``_ensemble_base.fit_member``);
    (4) out of bag: the predictions of the members that did not draw row i are summed, and counted.
"""

import warnings

import numpy as np

from mldlab.estimator import BaseEstimator, clone
from mldlab.i18n import message
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
from mldlab.ml._tree_weights import check_sample_weight
from mldlab.ml.base import is_regressor
from mldlab.ml.validation import check_for_predict, check_is_fitted, check_random_state, check_whole, check_X_y


def _n_features_drawn(op: str, max_features, n_features: int) -> int:
    """``max_features``: a count 1 … d, or a fraction f in (0, 1] → max(1, ⌊f·d⌋)."""
    if isinstance(max_features, (int, np.integer)) and not isinstance(max_features, bool):
        if 1 <= max_features <= n_features:
            return int(max_features)
    elif isinstance(max_features, (float, np.floating)) and 0.0 < max_features <= 1.0:
        return max(1, int(max_features * n_features))
    raise ValueError(message("ml_ensemble_max_features", op=op, n_features=n_features, value=max_features))


def has_method(method: str):
    """An ``available_if`` check: the (default) estimator has ``method``."""
    def check(self) -> bool:
        if not hasattr(self._template(), method):
            raise AttributeError(message("ml_no_method", estimator=type(self).__name__,
                                         inner=type(self._template()).__name__, method=method))
        return True

    return check


class BaseBagging(BaseEstimator):
    """``fit`` (1)–(2), the draws of each member and the out-of-bag sums, for both bagging estimators (which take
    the same parameters, so the ``__init__`` that stores them is here, once)."""

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
        return features, draw(rng, self._n_samples, self._n_draws, self.bootstrap, self._draw_weight)

    def fit(self, X, y, sample_weight=None):
        """Fit the members on their samples of (X, y); with ``sample_weight``, row i is drawn with probability
        ∝ ``sample_weight[i]`` (scikit-learn 1.9)."""
        op = f"{type(self).__name__}.fit"
        X, y = check_X_y(X, y, op, y_numeric=is_regressor(self))
        self._draw_weight = None if sample_weight is None else check_sample_weight(sample_weight, len(X), op)
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
                                        max_fraction=1.0, weight=self._draw_weight)
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
