"""Learning and validation curves: the training and validation scores as the data, or one hyper-parameter, grows.

``learning_curve`` (more data)::

    for each split (train, test) of the cross-validation:
        (1) with shuffle=True, the training indices are shuffled first
        for each size m in train_sizes (fractions of the largest training part, or counts):
            (2) model = clone(estimator).fit(X[train[:m]], y[train[:m]])     the first m training samples
            (3) train_scores[m, split] = score(model, X[train[:m]], y[train[:m]])
                test_scores[m, split]  = score(model, X[test], y[test])

``validation_curve`` (more capacity)::

    for each split (train, test), for each value v of param_name:
        (4) model = clone(estimator).set_params(param_name=v).fit(X[train], y[train])
        (5) train_scores[v, split], test_scores[v, split] as in (3)

How to read them: a training score far above the validation score is overfitting (high variance: more data or a
simpler model helps); both low and close is underfitting (high bias: a richer model helps).
"""

import time
import warnings

import numpy as np

from mldlab.i18n import message
from mldlab.ml.base import clone, is_classifier
from mldlab.ml.cross_validation import as_rows, check_cv
from mldlab.ml.scoring import get_scorer
from mldlab.ml.validation import check_random_state

TRAIN_SIZES = np.linspace(0.1, 1.0, 5)  # scikit-learn's default: 10 %, 32.5 %, 55 %, 77.5 %, 100 %


def _sizes(train_sizes, n_max: int) -> np.ndarray:
    """Absolute training sizes: fractions in (0, 1] of ``n_max``, or counts in [1, n_max]; duplicates removed."""
    sizes = np.asarray(train_sizes)
    if sizes.ndim != 1 or len(sizes) == 0 or sizes.dtype.kind not in "iuf":
        raise ValueError(message("ml_curve_sizes_type", value=repr(train_sizes)[:80]))
    if sizes.dtype.kind == "f":
        if sizes.min() <= 0 or sizes.max() > 1:
            raise ValueError(message("ml_curve_sizes_fraction", low=float(sizes.min()), high=float(sizes.max())))
        sizes = np.clip((sizes * n_max).astype(int), 1, n_max)
    elif sizes.min() <= 0 or sizes.max() > n_max:
        raise ValueError(message("ml_curve_sizes_count", n_max=n_max, low=int(sizes.min()), high=int(sizes.max())))
    unique = np.unique(sizes)
    if len(unique) < len(sizes):
        warnings.warn(message("ml_curve_sizes_duplicates", n=len(unique), n_given=len(sizes)), RuntimeWarning,
                      stacklevel=3)
    return unique


class _Scores:
    """Fits and scores one model per (split, setting), keeping the scores, the times and the failures."""

    def __init__(self, scorer, error_score, params: dict | None, n_samples: int):
        if not (error_score == "raise" or isinstance(error_score, (int, float)) and not isinstance(error_score, bool)):
            raise ValueError(message("ml_curve_error_score", value=repr(error_score)))
        self.scorer, self.error_score, self.params, self.n_samples = scorer, error_score, params or {}, n_samples
        self.train, self.test, self.fit_times, self.score_times, self.failures = [], [], [], [], []

    def _fit_params(self, rows: np.ndarray) -> dict:
        """``params`` for a fit on ``rows``: per-sample arrays (like sample_weight) cut to those rows."""
        return {name: np.asarray(value)[rows] if np.ndim(value) and len(value) == self.n_samples else value
                for name, value in self.params.items()}

    def fit_and_score(self, model, X, y, train: np.ndarray, test: np.ndarray, chunk=None, **partial) -> None:
        """(2)–(3): fit ``model`` on ``train`` (or only ``partial_fit`` it on ``chunk``), score it on both parts."""
        start = time.perf_counter()
        fit, rows = (model.fit, train) if chunk is None else (model.partial_fit, chunk)
        try:
            fit(X[rows], None if y is None else y[rows], **partial, **self._fit_params(rows))
        except Exception as error:
            if self.error_score == "raise":
                raise
            self.failures.append(f"{type(error).__name__}: {error}")
            self._keep(self.error_score, self.error_score, time.perf_counter() - start, 0.0)
            return
        fitted = time.perf_counter()
        test_score = self.scorer(model, X[test], None if y is None else y[test])
        train_score = self.scorer(model, X[train], None if y is None else y[train])
        self._keep(train_score, test_score, fitted - start, time.perf_counter() - fitted)

    def _keep(self, train_score, test_score, fit_time, score_time) -> None:
        self.train.append(train_score)
        self.test.append(test_score)
        self.fit_times.append(fit_time)
        self.score_times.append(score_time)

    def tables(self, n_settings: int, op: str) -> list:
        """Scores (and times) as arrays of shape (n_settings, n_splits); failures warned about or raised."""
        if self.failures and len(self.failures) == len(self.train):
            raise ValueError(message("ml_curve_all_failed", op=op, n=len(self.failures), error=self.failures[0]))
        if self.failures:
            warnings.warn(message("ml_curve_some_failed", op=op, n=len(self.failures), total=len(self.train),
                                  value=self.error_score, error=self.failures[0]), RuntimeWarning, stacklevel=3)
        return [np.asarray(values, dtype=np.float64).reshape(-1, n_settings).T
                for values in (self.train, self.test, self.fit_times, self.score_times)]


def _is_classifier(estimator) -> bool:
    """mldlab's classifiers and scikit-learn's (known by their tags) get stratified folds and partial_fit's classes."""
    tags = estimator.__sklearn_tags__() if hasattr(estimator, "__sklearn_tags__") else None
    return is_classifier(estimator) or getattr(tags, "estimator_type", None) == "classifier"


def _folds(cv, estimator, X, y, groups) -> list:
    cv = check_cv(cv, y, _is_classifier(estimator))
    return list(cv.split(X, y, groups)) if hasattr(cv, "split") else list(cv)


def learning_curve(estimator, X, y, *, groups=None, train_sizes=TRAIN_SIZES, cv=None, scoring=None,
                   exploit_incremental_learning: bool = False, n_jobs=None, pre_dispatch="all", verbose=0,
                   shuffle: bool = False, random_state=None, error_score=np.nan, return_times: bool = False,
                   params=None):
    """Training and validation scores for growing training sets, steps (1)–(3) (scikit-learn's ``learning_curve``).

    Parameters
    ----------
    estimator : estimator
        Cloned for every fit; the one passed stays unfitted.
    X : array-like of shape (n_samples, n_features)
    y : array-like of shape (n_samples,) or None
    groups : array-like of shape (n_samples,), optional
        Passed to the splitter's ``split``.
    train_sizes : array-like, default np.linspace(0.1, 1.0, 5)
        Floats: fractions in (0, 1] of the largest training part; integers: numbers of samples.
    cv : int, splitter, list of (train, test) or None, default None (5 folds, stratified for a classifier)
    scoring : str, callable or None, default None
        As in ``cross_val_score`` (None: the estimator's ``score``).
    exploit_incremental_learning : bool, default False
        Grow one model per split with ``partial_fit`` on each new chunk instead of fitting from scratch.
    n_jobs, pre_dispatch : accepted as in scikit-learn; the fits run one after another here.
    verbose : int, default 0
        Above 0, print the training sizes.
    shuffle : bool, default False
        Step (1). The shuffle uses NumPy's ``Generator``, so shuffled curves differ from scikit-learn's.
    random_state : int, numpy Generator or None, default None
    error_score : 'raise' or number, default nan
        The score of a fit that fails (with a ``RuntimeWarning``), or 'raise' to raise its error. If every fit
        fails, a ``ValueError`` is raised.
    return_times : bool, default False
        Also return the seconds spent fitting and scoring.
    params : dict, optional
        Passed to ``fit`` (per-sample arrays such as ``sample_weight`` are cut to the training rows).

    Returns
    -------
    train_sizes_abs : ndarray of shape (n_unique_ticks,)
    train_scores, test_scores : ndarray of shape (n_ticks, n_cv_folds)
    fit_times, score_times : ndarray of shape (n_ticks, n_cv_folds), with ``return_times=True``

    Examples
    --------
    >>> from mldlab.data import load_iris
    >>> from mldlab.ml import DecisionTreeClassifier
    >>> X, y = load_iris()
    >>> sizes, train, test = learning_curve(DecisionTreeClassifier(max_depth=2), X, y, train_sizes=[0.5, 1.0])
    >>> sizes.tolist(), test.mean(axis=1).round(3).tolist()
    ([60, 120], [0.667, 0.933])
    """
    op = "learning_curve"
    if exploit_incremental_learning and not hasattr(estimator, "partial_fit"):
        raise ValueError(message("ml_curve_partial_fit", type=type(estimator).__name__))
    X = as_rows(X, op, "X")
    y = None if y is None else as_rows(y, op, "y")
    folds = _folds(cv, estimator, X, y, groups)
    sizes = _sizes(train_sizes, len(folds[0][0]))
    if verbose > 0:
        print(message("ml_curve_sizes_verbose", sizes=sizes.tolist()))
    if shuffle:
        rng = check_random_state(random_state, op)
        folds = [(rng.permutation(train), test) for train, test in folds]  # (1)
    scores = _Scores(get_scorer(scoring), error_score, params, len(X))
    for train, test in folds:
        if exploit_incremental_learning:
            model = clone(estimator)
            classes = {"classes": np.unique(y)} if _is_classifier(estimator) else {}
            for m, chunk in zip(sizes, np.split(train, sizes)[:-1]):
                scores.fit_and_score(model, X, y, train[:m], test, chunk, **classes)
        else:
            for m in sizes:
                scores.fit_and_score(clone(estimator), X, y, train[:m], test)  # (2), (3)
    train_scores, test_scores, fit_times, score_times = scores.tables(len(sizes), op)
    return (sizes, train_scores, test_scores) + ((fit_times, score_times) if return_times else ())


def validation_curve(estimator, X, y, *, param_name, param_range, groups=None, cv=None, scoring=None, n_jobs=None,
                     pre_dispatch="all", verbose=0, error_score=np.nan, params=None):
    """Training and validation scores for each value of one parameter, steps (4)–(5) (scikit-learn's
    ``validation_curve``).

    Parameters
    ----------
    estimator : estimator
    X : array-like of shape (n_samples, n_features)
    y : array-like of shape (n_samples,) or None
    param_name : str
        The parameter to vary (``'n_neighbors'``, ``'max_depth'``; ``'step__name'`` inside a pipeline).
    param_range : array-like
        Its values.
    groups, cv, scoring, n_jobs, pre_dispatch, error_score, params
        As in ``learning_curve``. Where scikit-learn fills failed fits with ``error_score`` silently, a
        ``RuntimeWarning`` says so here.
    verbose : int, default 0
        Accepted as in scikit-learn; nothing is printed.

    Returns
    -------
    train_scores, test_scores : ndarray of shape (n_values, n_cv_folds)

    Examples
    --------
    >>> from mldlab.data import load_iris
    >>> from mldlab.ml import KNeighborsClassifier
    >>> X, y = load_iris()
    >>> train, test = validation_curve(KNeighborsClassifier(), X, y, param_name="n_neighbors", param_range=[1, 15])
    >>> train.mean(axis=1).round(3).tolist(), test.mean(axis=1).round(3).tolist()
    ([1.0, 0.977], [0.96, 0.967])
    """
    op = "validation_curve"
    X = as_rows(X, op, "X")
    y = None if y is None else as_rows(y, op, "y")
    param_range = list(param_range)
    scores = _Scores(get_scorer(scoring), error_score, params, len(X))
    for train, test in _folds(cv, estimator, X, y, groups):
        for value in param_range:
            scores.fit_and_score(clone(estimator).set_params(**{param_name: value}), X, y, train, test)  # (4), (5)
    return tuple(scores.tables(len(param_range), op)[:2])
