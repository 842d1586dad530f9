"""Cross-validation: a model's score on data it never saw, averaged over k train/test splits.

    for each split (train, test) of the k folds:
        (1) model = clone(estimator).fit(X[train], y[train])     a fresh, unfitted copy every time
        (2) scoreᵢ = scorer(model, X[test], y[test])
    return (score₁, …, score_k)

The mean of the scores estimates how well the model does on new data; their spread says how much that depends
on the luck of the split. With ``cv=k``, a classifier gets stratified folds (each class in the same share in
every fold), anything else plain folds, as in scikit-learn.
"""

import numpy as np

from mldlab.data.arrays import rows, to_numpy
from mldlab.ml.base import clone, is_classifier
from mldlab.ml.k_fold import KFold, StratifiedKFold
from mldlab.ml.scoring import get_scorer


def check_cv(cv, y, classifier: bool):
    """A splitter from ``cv``: None (5 folds), a number of folds, a splitter (with ``split``) or a list of splits."""
    if cv is None or isinstance(cv, (int, np.integer)) and not isinstance(cv, bool):
        k = 5 if cv is None else int(cv)
        labels = y is not None and (y.dtype.kind not in "f" or np.all(np.mod(y, 1) == 0))
        return StratifiedKFold(k) if classifier and labels else KFold(k)
    return cv


def as_rows(X, op: str, name: str) -> np.ndarray:
    """Data that can be indexed by rows (numbers or text; the estimator checks the values)."""
    return rows(to_numpy(X, op, name, numeric=False), op, name)


def splits(cv, X, y) -> list:
    """The (train, test) index pairs of a splitter or a list of them."""
    return list(cv.split(X, y)) if hasattr(cv, "split") else list(cv)


def cross_val_score(estimator, X, y=None, *, scoring=None, cv=None) -> np.ndarray:
    """The test score of each cross-validation split, steps (1)–(2) (scikit-learn's ``cross_val_score``).

    Parameters
    ----------
    estimator : estimator
        Cloned for every split; the one passed is left unfitted.
    X : array-like of shape (n_samples, n_features)
    y : array-like of shape (n_samples,), optional
    scoring : str, callable or None, default None
        A name from ``mldlab.ml.scoring.SCORERS``, ``scorer(estimator, X, y)``, or None for ``estimator.score``.
    cv : int, splitter, list of (train, test) or None, default None (5 folds)

    Returns
    -------
    ndarray of shape (n_splits,)

    Examples
    --------
    >>> from mldlab.data import load_iris
    >>> from mldlab.ml import KNeighborsClassifier
    >>> X, y = load_iris()
    >>> cross_val_score(KNeighborsClassifier(), X, y, cv=5).round(3).tolist()
    [0.967, 1.0, 0.933, 0.967, 1.0]
    """
    X = as_rows(X, "cross_val_score", "X")
    y = None if y is None else as_rows(y, "cross_val_score", "y")
    scorer = get_scorer(scoring)
    cv = check_cv(cv, y, is_classifier(estimator))
    scores = []
    for train, test in splits(cv, X, y):
        model = clone(estimator).fit(X[train], None if y is None else y[train])  # (1)
        scores.append(scorer(model, X[test], None if y is None else y[test]))  # (2)
    return np.array(scores)
