"""Grid search: try every combination of hyper-parameters, judge each by cross-validation, keep the best.

    for each combination θ in the grid (every value of every parameter with every other):
        (1) scores(θ) = cross_val_score(estimator with θ, X, y, cv)
        (2) mean(θ)   = mean of scores(θ)
    (3) θ* = the θ with the largest mean (the first one, if several tie)
    (4) refit: best_estimator_ = estimator with θ*, fitted on all of X, y

The test folds chose θ*, so ``best_score_`` is a little optimistic: judge the final model on a test set that the
search never saw (``train_test_split`` first).
"""

import itertools
import time

import numpy as np

from mldlab.i18n import message
from mldlab.ml.base import BaseEstimator, available_if, clone, delegate_has, is_classifier
from mldlab.ml.cross_validation import as_rows, check_cv, splits
from mldlab.ml.scoring import get_scorer
from mldlab.ml.validation import check_is_fitted


class ParameterGrid:
    """All combinations of a grid ``{name: [values]}`` (or a list of such grids), names in sorted order.

    Examples
    --------
    >>> list(ParameterGrid({"n_neighbors": [1, 3], "weights": ["uniform", "distance"]}))[:2]
    [{'n_neighbors': 1, 'weights': 'uniform'}, {'n_neighbors': 1, 'weights': 'distance'}]
    """

    def __init__(self, param_grid):
        grids = [param_grid] if isinstance(param_grid, dict) else list(param_grid)
        for grid in grids:
            if not isinstance(grid, dict):
                raise TypeError(message("ml_grid_type", value=repr(grid)[:80]))
            for name, values in grid.items():
                if isinstance(values, (str, bytes)) or not hasattr(values, "__iter__") or len(values) == 0:
                    raise ValueError(message("ml_grid_values", name=name, value=repr(values)[:80]))
        self.grids = grids

    def __iter__(self):
        for grid in self.grids:
            names = sorted(grid)
            for values in itertools.product(*(grid[name] for name in names)):
                yield dict(zip(names, values))

    def __len__(self) -> int:
        return sum(int(np.prod([len(v) for v in grid.values()])) for grid in self.grids)


class GridSearchCV(BaseEstimator):
    """Exhaustive search over a grid of parameters by cross-validation (scikit-learn's ``GridSearchCV``).

    Parameters
    ----------
    estimator : estimator
        Cloned for every combination and split.
    param_grid : dict or list of dicts
        ``{parameter name: list of values}``; ``'step__parameter'`` reaches into a pipeline.
    scoring : str, callable or None, default None
        As in ``cross_val_score``.
    refit : bool, default True
        Step (4): fit the best combination on all the data, for ``predict``.
    cv : int, splitter, list of (train, test) or None, default None (5 folds)
    return_train_score : bool, default False
        Also score each fitted model on its own training folds (a gap to the test score shows overfitting).

    Attributes
    ----------
    cv_results_ : dict of arrays
        One entry per combination: ``params``, ``param_<name>``, ``split<i>_test_score``, ``mean_test_score``,
        ``std_test_score``, ``rank_test_score`` (1 is best), ``mean_fit_time`` (and the train scores).
    best_index_, best_params_, best_score_
        Step (3).
    best_estimator_ : estimator
        Step (4), with ``refit=True``.
    n_splits_ : int
    scorer_ : callable

    Examples
    --------
    >>> from mldlab.data import load_iris
    >>> from mldlab.ml import KNeighborsClassifier
    >>> X, y = load_iris()
    >>> search = GridSearchCV(KNeighborsClassifier(), {"n_neighbors": [1, 5, 15]}, cv=5).fit(X, y)
    >>> search.best_params_, round(search.best_score_, 3)
    ({'n_neighbors': 5}, 0.973)
    >>> search.cv_results_["rank_test_score"].tolist()
    [3, 1, 2]
    """

    def __init__(self, estimator, param_grid, *, scoring=None, refit: bool = True, cv=None,
                 return_train_score: bool = False):
        self.estimator = estimator
        self.param_grid = param_grid
        self.scoring = scoring
        self.refit = refit
        self.cv = cv
        self.return_train_score = return_train_score

    @property
    def _estimator_type(self):
        return getattr(self.estimator, "_estimator_type", None)

    def fit(self, X, y=None) -> "GridSearchCV":
        """Steps (1)–(4)."""
        candidates = list(ParameterGrid(self.param_grid))
        X = as_rows(X, "GridSearchCV.fit", "X")
        y = None if y is None else as_rows(y, "GridSearchCV.fit", "y")
        self.scorer_ = get_scorer(self.scoring)
        folds = splits(check_cv(self.cv, y, is_classifier(self.estimator)), X, y)
        self.n_splits_ = len(folds)
        test, train, seconds = [], [], []
        for params in candidates:
            test.append([])
            train.append([])
            start = time.perf_counter()
            for fit_rows, test_rows in folds:
                model = clone(self.estimator).set_params(**params)
                model.fit(X[fit_rows], None if y is None else y[fit_rows])  # (1)
                test[-1].append(self.scorer_(model, X[test_rows], None if y is None else y[test_rows]))
                if self.return_train_score:
                    train[-1].append(self.scorer_(model, X[fit_rows], None if y is None else y[fit_rows]))
            seconds.append((time.perf_counter() - start) / len(folds))
        self.cv_results_ = self._results(candidates, np.array(test), np.array(train), seconds)
        self.best_index_ = int(np.argmin(self.cv_results_["rank_test_score"]))  # (3)
        self.best_params_ = candidates[self.best_index_]
        self.best_score_ = float(self.cv_results_["mean_test_score"][self.best_index_])
        if self.refit:
            self.best_estimator_ = clone(self.estimator).set_params(**self.best_params_).fit(X, y)  # (4)
        return self

    def _results(self, candidates, test, train, seconds) -> dict:
        results = {"mean_fit_time": np.array(seconds), "params": candidates}
        for name in sorted({name for params in candidates for name in params}):
            results[f"param_{name}"] = np.array([params.get(name) for params in candidates], dtype=object)
        for part, scores in (("test", test), ("train", train)):
            if part == "train" and not self.return_train_score:
                continue
            for i in range(scores.shape[1]):
                results[f"split{i}_{part}_score"] = scores[:, i]
            results[f"mean_{part}_score"] = scores.mean(axis=1)  # (2)
            results[f"std_{part}_score"] = scores.std(axis=1)
        mean = results["mean_test_score"]
        results["rank_test_score"] = np.array([1 + np.sum(mean > m) for m in mean], dtype=np.int32)
        return results

    @property
    def _delegate(self):
        return self.estimator

    def _best(self):
        check_is_fitted(self, "best_estimator_")
        return self.best_estimator_

    @property
    def classes_(self):
        return self._best().classes_

    @property
    def n_features_in_(self):
        return self._best().n_features_in_

    @available_if(delegate_has("predict"))
    def predict(self, X):
        """``best_estimator_.predict``."""
        return self._best().predict(X)

    @available_if(delegate_has("predict_proba"))
    def predict_proba(self, X):
        """``best_estimator_.predict_proba``."""
        return self._best().predict_proba(X)

    @available_if(delegate_has("decision_function"))
    def decision_function(self, X):
        """``best_estimator_.decision_function``."""
        return self._best().decision_function(X)

    @available_if(delegate_has("transform"))
    def transform(self, X):
        """``best_estimator_.transform``."""
        return self._best().transform(X)

    @available_if(delegate_has("score"))
    def score(self, X, y) -> float:
        """The search's scorer applied to ``best_estimator_`` on X, y."""
        return self.scorer_(self._best(), X, y)
