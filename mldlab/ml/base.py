"""The estimator contract: ``BaseEstimator`` and ``clone`` (shared with ``mldlab.data``'s scalers), and the mixins
that give classifiers, regressors and transformers their common methods.

Every estimator in ``mldlab.ml`` follows scikit-learn's rules:

1. ``__init__`` only stores its arguments, under the same names (so ``get_params``, ``clone`` and ``repr`` work);
2. ``fit(X, y)`` checks its input, learns attributes whose names end in ``_`` and returns ``self``;
3. ``predict``, ``transform`` and the like raise ``NotFittedError`` before ``fit``;
4. ``score(X, y)`` is the accuracy for a classifier and R² for a regressor.

Examples
--------
>>> from mldlab.ml import KNeighborsClassifier, clone
>>> knn = KNeighborsClassifier(n_neighbors=3)
>>> knn
KNeighborsClassifier(n_neighbors=3)
>>> clone(knn).set_params(weights="distance").get_params()["weights"]
'distance'
"""

import functools
import types

from mldlab.estimator import BaseEstimator, clone
from mldlab.i18n import message
from mldlab.metrics import accuracy_score, r2_score


class ClassifierMixin:
    """``score`` = accuracy = (1/N) Σᵢ [ŷᵢ = yᵢ], the fraction of samples classified correctly."""

    _estimator_type = "classifier"

    def score(self, X, y) -> float:
        """The accuracy of ``predict(X)`` against ``y``."""
        return accuracy_score(y, self.predict(X))


class RegressorMixin:
    """``score`` = R² = 1 − Σᵢ (yᵢ − ŷᵢ)² / Σᵢ (yᵢ − ȳ)²: 1 is perfect, 0 is no better than predicting ȳ."""

    _estimator_type = "regressor"

    def score(self, X, y) -> float:
        """R² of ``predict(X)`` against ``y``."""
        return r2_score(y, self.predict(X))


class TransformerMixin:
    """``fit_transform(X)`` = ``fit(X).transform(X)``, for the training data."""

    def fit_transform(self, X, y=None):
        """Fit to ``X`` and return ``X`` transformed."""
        return self.fit(X, y).transform(X)


class ClusterMixin:
    """``fit_predict(X)`` = ``fit(X).labels_``: the cluster of each training sample (−1 marks noise where a
    clusterer has it)."""

    _estimator_type = "clusterer"

    def fit_predict(self, X, y=None):
        """Fit to ``X`` and return the cluster label of each of its samples."""
        return self.fit(X, y).labels_


class DensityMixin:
    """``score(X)`` = the mean log-likelihood (1/N) Σᵢ log p(xᵢ) of a density model such as a Gaussian mixture."""

    _estimator_type = "density_estimator"

    def score(self, X, y=None) -> float:
        """The mean log-likelihood of the samples of ``X`` under the fitted density."""
        return float(self.score_samples(X).mean())


class available_if:  # noqa: N801 (a decorator, named like scikit-learn's)
    """A method that exists only when ``check(self)`` allows it, so ``hasattr`` tells the truth.

    ``check`` returns True or raises ``AttributeError`` (with its reason). A pipeline has ``predict_proba``
    only when its last step has one; ``SGDClassifier`` only with ``loss='log_loss'``.
    """

    def __init__(self, check):
        self.check = check

    def __call__(self, method):
        self.method = method
        functools.update_wrapper(self, method)
        return self

    def __get__(self, obj, owner=None):
        if obj is None:
            return self.method
        self.check(obj)
        return types.MethodType(self.method, obj)


def delegate_has(method: str):
    """A check for ``available_if``: the estimator's ``_delegate`` (a pipeline's last step) has ``method``."""

    def check(self) -> bool:
        inner = self._delegate
        if not hasattr(inner, method):
            raise AttributeError(message("ml_no_method", estimator=type(self).__name__, inner=type(inner).__name__,
                                         method=method))
        return True

    return check


def _kind(estimator):
    """'classifier', 'regressor', 'clusterer', … : mldlab's ``_estimator_type``, or what a scikit-learn
    estimator's tags say (scikit-learn ≥ 1.6 keeps it there)."""
    kind = getattr(estimator, "_estimator_type", None)
    if kind is None and not isinstance(estimator, type) and hasattr(estimator, "__sklearn_tags__"):
        kind = estimator.__sklearn_tags__().estimator_type
    return kind


def is_classifier(estimator) -> bool:
    """Whether ``estimator`` is a classifier (a pipeline is one when its last step is; scikit-learn's classifiers
    count too)."""
    return _kind(estimator) == "classifier"


def is_clusterer(estimator) -> bool:
    """Whether ``estimator`` is a clusterer (it has ``fit_predict`` and learns ``labels_``)."""
    return _kind(estimator) == "clusterer"


def is_regressor(estimator) -> bool:
    """Whether ``estimator`` is a regressor (a pipeline is one when its last step is; scikit-learn's regressors
    count too)."""
    return _kind(estimator) == "regressor"


__all__ = ["BaseEstimator", "clone", "ClassifierMixin", "RegressorMixin", "TransformerMixin", "ClusterMixin",
           "DensityMixin", "is_classifier", "is_regressor", "is_clusterer", "available_if", "delegate_has"]
