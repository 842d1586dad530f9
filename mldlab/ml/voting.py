"""Voting: fit several different models on the same data and let them vote.

M members, each fitted on all of (X, y), with weights w₁ … w_M (1 each by default):

    (1) hard voting: each member votes for its predicted class; ŷ = argmaxₖ Σₘ wₘ·[ŷₘ = k]
        (the first class on a tie);
    (2) soft voting: p̂(k | x) = Σₘ wₘ·pₘ(k | x) / Σₘ wₘ, the weighted mean of the members' probabilities;
        ŷ = argmaxₖ p̂(k | x);
    (3) regression: ŷ = Σₘ wₘ·ŷₘ / Σₘ wₘ.

Notes
-----
As in scikit-learn, the classifier's members learn the labels as class positions 0 … C − 1, so their own
``predict`` (and ``transform`` with hard voting) gives positions, and ``voting='soft'`` with a member that has no
``predict_proba`` is refused; mldlab refuses it at ``fit`` (scikit-learn only when probabilities are asked for).
``n_jobs`` > 1 fits the members in that many threads.
"""

import numpy as np

from mldlab.estimator import BaseEstimator, clone
from mldlab.i18n import message
from mldlab.ml._ensemble_base import map_members
from mldlab.ml.base import (
    ClassifierMixin,
    RegressorMixin,
    TransformerMixin,
    available_if,
    is_classifier,
    is_regressor,
)
from mldlab.ml.validation import (
    check_choice,
    check_classification_targets,
    check_for_predict,
    check_X_y,
)


class Bunch(dict):
    """A dict whose keys are also attributes: ``named_estimators_.lr`` is ``named_estimators_['lr']``."""

    def __getattr__(self, name: str):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


class _BaseVoting(TransformerMixin, BaseEstimator):
    """What both voting estimators share: checking ``estimators`` and ``weights``, fitting the members."""

    def _check_members(self, op: str) -> list:
        """The (name, estimator) pairs that are not 'drop', after checking the whole list."""
        pairs = self.estimators
        if not (isinstance(pairs, (list, tuple)) and pairs and all(
                isinstance(pair, (list, tuple)) and len(pair) == 2 and isinstance(pair[0], str) for pair in pairs)):
            raise ValueError(message("ml_voting_estimators", op=op, value=repr(pairs)[:120]))
        names = [name for name, _ in pairs]
        params = self._param_names()
        if len(set(names)) != len(names) or any("__" in name or name in params for name in names):
            raise ValueError(message("ml_voting_names", op=op, params=params, names=names))
        kept = [(name, est) for name, est in pairs if not (isinstance(est, str) and est == "drop")]
        if not kept:
            raise ValueError(message("ml_voting_all_dropped", op=op))
        for name, est in kept:
            if is_classifier(self) and not is_classifier(est):
                raise ValueError(message("ml_voting_not_classifier", op=op, name=name, type=type(est).__name__))
            if is_regressor(self) and not is_regressor(est):
                raise ValueError(message("ml_voting_not_regressor", op=op, name=name, type=type(est).__name__))
        if self.weights is not None and len(self.weights) != len(pairs):
            raise ValueError(message("ml_voting_weights", op=op, n_weights=len(self.weights),
                                     n_estimators=len(pairs)))
        return kept

    def _fit_members(self, X: np.ndarray, target: np.ndarray, kept: list, op: str) -> None:
        def fit_one(job):
            number, (name, est) = job
            if self.verbose:
                print(message("ml_voting_fitting", number=number, n_estimators=len(kept), name=name))
            return clone(est).fit(X, target)

        self.estimators_ = map_members(fit_one, list(enumerate(kept, 1)), self.n_jobs, op)
        fitted = dict(zip([name for name, _ in kept], self.estimators_))
        self.named_estimators_ = Bunch((name, fitted.get(name, est)) for name, est in self.estimators)
        self.n_features_in_ = X.shape[1]

    @property
    def _weights_kept(self):
        """The weights of the members that are not 'drop' (None: all 1)."""
        if self.weights is None:
            return None
        return np.array([w for (_, est), w in zip(self.estimators, self.weights)
                         if not (isinstance(est, str) and est == "drop")], dtype=np.float64)

    def _predictions(self, X, op: str) -> np.ndarray:
        """Each member's ``predict``, one column per member: shape (N, M)."""
        X = check_for_predict(self, X, op)
        return np.column_stack([est.predict(X) for est in self.estimators_])

    def get_params(self, deep: bool = True) -> dict:
        """The parameters; with ``deep``, each member by name and its parameters as ``name__parameter``."""
        params = super().get_params(deep=False)
        if deep and isinstance(self.estimators, (list, tuple)):
            for name, est in self.estimators:
                params[name] = est
                if hasattr(est, "get_params"):
                    params.update((f"{name}__{key}", value) for key, value in est.get_params(deep=True).items())
        return params

    def set_params(self, **params):
        """Replace a member (``name=estimator`` or ``name='drop'``) or change one of its parameters."""
        names = [name for name, _ in self.estimators] if isinstance(self.estimators, (list, tuple)) else []
        for name in [key for key in params if key in names]:
            self.estimators = [(n, params.pop(name) if n == name else est) for n, est in self.estimators]
        return super().set_params(**params) if params else self


class VotingClassifier(ClassifierMixin, _BaseVoting):
    """Majority or probability voting of classifiers (scikit-learn's ``VotingClassifier``), (1)–(2) above.

    Parameters
    ----------
    estimators : list of (str, classifier)
        The members, by name; a member set to 'drop' is left out.
    voting : {'hard', 'soft'}, default 'hard'
        Count the predicted classes (1), or average the probabilities (2).
    weights : list of float or None, default None
        One weight per member (None: equal).
    n_jobs : int or None, default None
        Threads fitting the members (None: this thread).
    flatten_transform : bool, default True
        With soft voting, ``transform`` gives (N, M·C) instead of (M, N, C).
    verbose : bool, default False
        Say which member is being fitted.

    Attributes
    ----------
    estimators_, named_estimators_, classes_, n_features_in_

    Examples
    --------
    >>> from mldlab.ml import DecisionTreeClassifier, KNeighborsClassifier, LogisticRegression
    >>> X = [[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [5.0, 5.0], [6.0, 5.0], [5.0, 6.0]]
    >>> y = ["a", "a", "a", "b", "b", "b"]
    >>> vote = VotingClassifier([("lr", LogisticRegression()), ("knn", KNeighborsClassifier(n_neighbors=3)),
    ...                          ("tree", DecisionTreeClassifier())], voting="soft").fit(X, y)
    >>> vote.predict([[0.5, 0.5], [5.5, 5.5]]).tolist(), vote.transform([[0.5, 0.5]]).shape
    (['a', 'b'], (1, 6))
    >>> vote.named_estimators_.knn.n_neighbors
    3
    """

    def __init__(self, estimators, *, voting: str = "hard", weights=None, n_jobs=None,
                 flatten_transform: bool = True, verbose: bool = False):
        self.estimators = estimators
        self.voting = voting
        self.weights = weights
        self.n_jobs = n_jobs
        self.flatten_transform = flatten_transform
        self.verbose = verbose

    def fit(self, X, y) -> "VotingClassifier":
        """Fit every member on (X, y)."""
        op = "VotingClassifier.fit"
        check_choice(op, "voting", self.voting, ("hard", "soft"))
        kept = self._check_members(op)
        if self.voting == "soft":
            for name, est in kept:
                if not hasattr(est, "predict_proba"):
                    raise ValueError(message("ml_voting_soft_no_proba", op=op, name=name, type=type(est).__name__))
        X, y = check_X_y(X, y, op)
        self.classes_, encoded = check_classification_targets(self, y, op)
        self._fit_members(X, encoded, kept, op)
        return self

    def predict(self, X) -> np.ndarray:
        """(1) the weighted majority of the members' classes, or (2) the class of largest mean probability."""
        if self.voting == "soft":
            winner = np.argmax(self.predict_proba(X), axis=1)
        else:
            votes_of = self._predictions(X, "VotingClassifier.predict")
            weights = np.ones(votes_of.shape[1]) if self.weights is None else self._weights_kept
            votes = np.zeros((len(votes_of), len(self.classes_)))
            for m in range(votes_of.shape[1]):
                votes[np.arange(len(votes_of)), votes_of[:, m]] += weights[m]  # Σₘ wₘ·[ŷₘ = k]
            winner = np.argmax(votes, axis=1)
        return self.classes_[winner]

    def _probas(self, X, op: str) -> np.ndarray:
        """Each member's ``predict_proba``: shape (M, N, C)."""
        X = check_for_predict(self, X, op)
        return np.array([est.predict_proba(X) for est in self.estimators_])

    def _is_soft(self) -> bool:
        if self.voting == "hard":
            raise AttributeError(message("ml_voting_hard_proba", estimator=type(self).__name__))
        return True

    @available_if(_is_soft)
    def predict_proba(self, X) -> np.ndarray:
        """(2) p̂(k | x) = Σₘ wₘ·pₘ(k | x) / Σₘ wₘ."""
        return np.average(self._probas(X, "VotingClassifier.predict_proba"), axis=0, weights=self._weights_kept)

    def transform(self, X) -> np.ndarray:
        """The members' probabilities (soft voting; (N, M·C) flattened, else (M, N, C)) or class positions (hard)."""
        if self.voting == "hard":
            return self._predictions(X, "VotingClassifier.transform")
        probas = self._probas(X, "VotingClassifier.transform")
        return np.hstack(list(probas)) if self.flatten_transform else probas


class VotingRegressor(RegressorMixin, _BaseVoting):
    """The weighted mean of several regressors (scikit-learn's ``VotingRegressor``), (3) above.

    Parameters
    ----------
    estimators : list of (str, regressor)
        The members, by name; a member set to 'drop' is left out.
    weights : list of float or None, default None
        One weight per member (None: equal).
    n_jobs : int or None, default None
        Threads fitting the members (None: this thread).
    verbose : bool, default False
        Say which member is being fitted.

    Attributes
    ----------
    estimators_, named_estimators_, n_features_in_

    Examples
    --------
    >>> from mldlab.ml import LinearRegression, KNeighborsRegressor
    >>> X, y = [[1.0], [2.0], [3.0], [4.0]], [2.0, 4.0, 6.0, 8.0]
    >>> vote = VotingRegressor([("lr", LinearRegression()), ("knn", KNeighborsRegressor(n_neighbors=1))])
    >>> vote.fit(X, y).predict([[2.0], [10.0]]).round(6).tolist()
    [4.0, 14.0]
    """

    def __init__(self, estimators, *, weights=None, n_jobs=None, verbose: bool = False):
        self.estimators = estimators
        self.weights = weights
        self.n_jobs = n_jobs
        self.verbose = verbose

    def fit(self, X, y) -> "VotingRegressor":
        """Fit every member on (X, y)."""
        op = "VotingRegressor.fit"
        kept = self._check_members(op)
        X, y = check_X_y(X, y, op, y_numeric=True)
        self._fit_members(X, y, kept, op)
        return self

    def predict(self, X) -> np.ndarray:
        """(3) ŷ = Σₘ wₘ·ŷₘ / Σₘ wₘ."""
        return np.average(self._predictions(X, "VotingRegressor.predict"), axis=1, weights=self._weights_kept)

    def transform(self, X) -> np.ndarray:
        """Each member's prediction, one column per member: shape (N, M)."""
        return self._predictions(X, "VotingRegressor.transform")
