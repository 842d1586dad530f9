"""Scorers: how ``cross_val_score`` and ``GridSearchCV`` judge a fitted model, by name, higher is better.

A scorer is called as ``scorer(estimator, X, y)`` and returns a number; ``scoring=None`` uses the estimator's own
``score`` (accuracy or R²). Errors are turned around so that higher stays better: ``'neg_mean_squared_error'``
is −MSE.

=================================  ============================================================================
name                               value
=================================  ============================================================================
``'accuracy'``                     accuracy of ``predict``
``'precision'``, ``'recall'``,     of the positive class (two classes); ``'_macro'``, ``'_micro'``,
``'f1'``                           ``'_weighted'`` endings average over classes
``'roc_auc'``                      AUC of ``decision_function`` (or ``predict_proba``'s last column)
``'r2'``                           R² of ``predict``
``'neg_mean_squared_error'``,      −MSE, −MAE, −RMSE of ``predict``
``'neg_mean_absolute_error'``,
``'neg_root_mean_squared_error'``
``'adjusted_rand_score'``,         for clusterers: agreement of ``predict``'s clusters with the labels y (any
``'rand_score'``,                  numbering); also ``'homogeneity_score'``, ``'completeness_score'``,
``'adjusted_mutual_info_score'``,  ``'v_measure_score'``, ``'mutual_info_score'``
``'normalized_mutual_info_score'``
=================================  ============================================================================
"""

import functools

import numpy as np

from mldlab.i18n import message
from mldlab.metrics import (
    accuracy_score,
    adjusted_mutual_info_score,
    adjusted_rand_score,
    completeness_score,
    f1_score,
    homogeneity_score,
    mean_absolute_error,
    mean_squared_error,
    mutual_info_score,
    normalized_mutual_info_score,
    precision_score,
    r2_score,
    rand_score,
    recall_score,
    roc_auc_score,
    root_mean_squared_error,
    v_measure_score,
)


def _from_predict(metric, sign: float = 1.0):
    def scorer(estimator, X, y):
        return sign * metric(y, estimator.predict(X))

    return scorer


def _roc_auc(estimator, X, y):
    if hasattr(estimator, "decision_function"):
        scores = estimator.decision_function(X)
    else:
        scores = estimator.predict_proba(X)[:, -1]
    return roc_auc_score(np.asarray(y) == estimator.classes_[-1], scores)


SCORERS = {
    "accuracy": _from_predict(accuracy_score),
    "r2": _from_predict(r2_score),
    "neg_mean_squared_error": _from_predict(mean_squared_error, -1.0),
    "neg_mean_absolute_error": _from_predict(mean_absolute_error, -1.0),
    "neg_root_mean_squared_error": _from_predict(root_mean_squared_error, -1.0),
    "roc_auc": _roc_auc,
}
for _name, _metric in (("precision", precision_score), ("recall", recall_score), ("f1", f1_score)):
    SCORERS[_name] = _from_predict(_metric)
    for _average in ("macro", "micro", "weighted"):
        SCORERS[f"{_name}_{_average}"] = _from_predict(functools.partial(_metric, average=_average))


for _metric in (adjusted_rand_score, rand_score, adjusted_mutual_info_score, normalized_mutual_info_score,
                mutual_info_score, homogeneity_score, completeness_score, v_measure_score):
    SCORERS[_metric.__name__] = _from_predict(_metric)


def _own_score(estimator, X, y):
    return estimator.score(X, y)


def get_scorer(scoring):
    """The scorer for a name in ``SCORERS``, a callable ``scorer(estimator, X, y)`` as it is, or for None the
    estimator's own ``score``.

    Examples
    --------
    >>> sorted(SCORERS)[:4]
    ['accuracy', 'adjusted_mutual_info_score', 'adjusted_rand_score', 'completeness_score']
    """
    if scoring is None:
        return _own_score
    if callable(scoring):
        return scoring
    if isinstance(scoring, str) and scoring in SCORERS:
        return SCORERS[scoring]
    raise ValueError(message("ml_scoring", value=scoring, known=sorted(SCORERS)))
