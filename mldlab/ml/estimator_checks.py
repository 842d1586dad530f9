"""``check_estimator``: mldlab's own contract suite, run over every estimator in the tests.

Each check fits the estimator on a small fixed data set and tests one rule of the contract; the first broken
rule raises an ``AssertionError`` that names it (in the learner's language):

 1. ``get_params`` returns every ``__init__`` argument, and ``set_params(**get_params())`` changes nothing
 2. ``predict`` (``transform``, …) before ``fit`` raises ``NotFittedError``
 3. ``fit`` returns the estimator itself and sets ``n_features_in_``
 4. a classifier's ``classes_`` are the sorted labels, text labels work, and it predicts only those labels
 5. ``clone`` gives a new, unfitted estimator with equal parameters and the same ``repr``
 6. ``predict`` gives one value per sample; ``predict_proba`` rows sum to 1; ``transform`` keeps the samples
 7. two fits with the same ``random_state`` (or any two fits, without one) predict the same
 8. ``fit`` and ``predict`` leave the input arrays unchanged
 9. another number of features at predict time is a ``ValueError`` naming both numbers
10. NaN in X and a 1-D X are ``ValueError``s
11. ``score`` is the accuracy (classifiers) or R² (regressors) of ``predict``
12. a clusterer's ``fit_predict(X)`` equals ``fit(X).labels_``, one integer label per sample

Pickling is not part of the contract: mldlab saves models without pickle.

Examples
--------
>>> from mldlab.ml import KNeighborsClassifier
>>> check_estimator(KNeighborsClassifier(n_neighbors=3))
"""

import numpy as np

from mldlab.exceptions import NotFittedError
from mldlab.i18n import message
from mldlab.metrics import accuracy_score, r2_score
from mldlab.ml.base import clone, is_classifier, is_clusterer, is_regressor

_PREDICTING = ("predict", "predict_proba", "decision_function", "transform")


def _data(estimator):
    """A small fixed data set: 3 informative features, 3 classes of 15 (classifiers) or a noisy plane."""
    rng = np.random.default_rng(0)
    y = np.repeat([0, 1, 2], 15)
    X = rng.normal(size=(45, 3)) + y[:, None]
    if is_regressor(estimator):
        return X, X @ np.array([1.0, -2.0, 0.5]) + 0.1 * rng.normal(size=45)
    return X, (y if is_classifier(estimator) else None)


def _methods(estimator) -> list[str]:
    return [m for m in _PREDICTING if hasattr(estimator, m)]


def _same(a, b) -> bool:
    return repr(a) == repr(b)


def _output(estimator, X):
    """What a fitted estimator gives for X: its predictions, X transformed, or what it learned of the training data
    (a clusterer's ``labels_``, an embedding's ``embedding_``)."""
    if hasattr(estimator, "predict"):
        return estimator.predict(X)
    if hasattr(estimator, "transform"):
        return estimator.transform(X)
    return estimator.labels_ if hasattr(estimator, "labels_") else estimator.embedding_


def _check(condition: bool, text: str) -> None:
    if not condition:
        raise AssertionError(text)


def check_params(name, estimator, X, y) -> None:
    """Rule 1."""
    params = estimator.get_params(deep=False)
    _check(set(params) == set(type(estimator)._param_names()), message("ml_check_params", estimator=name))
    _check(estimator.set_params(**params) is estimator and _same(estimator.get_params(deep=False), params),
           message("ml_check_params", estimator=name))


def check_clone(name, estimator, X, y) -> None:
    """Rule 5."""
    fitted = clone(estimator)
    fitted.fit(X, y)
    copy = clone(fitted)
    fitted_attributes = [k for k in vars(copy) if k.endswith("_") and not k.startswith("__")]
    _check(copy is not fitted and type(copy) is type(estimator) and repr(copy) == repr(estimator)
           and _same(copy.get_params(deep=False), estimator.get_params(deep=False)) and not fitted_attributes,
           message("ml_check_clone", estimator=name))


def check_not_fitted(name, estimator, X, y) -> None:
    """Rule 2."""
    for method in _methods(estimator):
        try:
            getattr(clone(estimator), method)(X)
        except NotFittedError:
            continue
        except Exception as error:  # any other error breaks the rule too
            raise AssertionError(message("ml_check_not_fitted", estimator=name, method=method)) from error
        raise AssertionError(message("ml_check_not_fitted", estimator=name, method=method))


def check_fit(name, estimator, X, y) -> None:
    """Rules 3 and 4."""
    model = clone(estimator)
    _check(model.fit(X, y) is model and model.n_features_in_ == X.shape[1], message("ml_check_fit", estimator=name))
    if is_classifier(estimator):
        labels = np.array(["cat", "dog", "emu"])[y]
        model = clone(estimator).fit(X, labels)
        _check(model.classes_.tolist() == ["cat", "dog", "emu"] and set(model.predict(X)) <= set(labels),
               message("ml_check_classes", estimator=name))


def check_outputs(name, estimator, X, y) -> None:
    """Rule 6."""
    model = clone(estimator).fit(X, y)
    for method in _methods(estimator):
        out = np.asarray(getattr(model, method)(X))
        ok = len(out) == len(X)
        if method == "predict":
            ok = ok and out.shape == (len(X),)
        if method == "predict_proba":
            n_columns = len(model.classes_) if hasattr(model, "classes_") else model.n_components  # a mixture
            ok = ok and out.shape == (len(X), n_columns) and np.allclose(out.sum(axis=1), 1)
        _check(ok, message("ml_check_outputs", estimator=name, method=method))


def check_deterministic(name, estimator, X, y) -> None:
    """Rule 7."""
    params = {"random_state": 0} if "random_state" in estimator.get_params(deep=False) else {}
    first = _output(clone(estimator).set_params(**params).fit(X, y), X)
    second = _output(clone(estimator).set_params(**params).fit(X, y), X)
    _check(np.array_equal(first, second), message("ml_check_deterministic", estimator=name))


def check_no_mutation(name, estimator, X, y) -> None:
    """Rule 8."""
    X_copy, y_copy = X.copy(), None if y is None else y.copy()
    model = clone(estimator).fit(X, y)
    for method in _methods(estimator):
        getattr(model, method)(X)
    _check(np.array_equal(X, X_copy) and (y is None or np.array_equal(y, y_copy)),
           message("ml_check_mutation", estimator=name))


def check_feature_mismatch(name, estimator, X, y) -> None:
    """Rule 9."""
    model = clone(estimator).fit(X, y)
    wider = np.hstack([X, X[:, :1]])
    for method in _methods(estimator):
        try:
            getattr(model, method)(wider)
        except ValueError as error:
            _check(str(X.shape[1]) in str(error) and str(wider.shape[1]) in str(error),
                   message("ml_check_features", estimator=name, method=method))
            continue
        raise AssertionError(message("ml_check_features", estimator=name, method=method))


def check_bad_input(name, estimator, X, y) -> None:
    """Rule 10."""
    with_nan = X.copy()
    with_nan[3, 1] = np.nan
    for bad in (with_nan, X[:, 0]):
        try:
            clone(estimator).fit(bad, y)
        except ValueError:
            continue
        raise AssertionError(message("ml_check_bad_input", estimator=name))


def check_score(name, estimator, X, y) -> None:
    """Rule 11."""
    if not (is_classifier(estimator) or is_regressor(estimator)):
        return
    model = clone(estimator).fit(X, y)
    metric = accuracy_score if is_classifier(estimator) else r2_score
    other = np.random.default_rng(1).permutation(y)  # targets the model did not learn: a score below the best
    _check(np.isclose(model.score(X, other), metric(other, model.predict(X))), message("ml_check_score",
                                                                                        estimator=name))


def check_fit_predict(name, estimator, X, y) -> None:
    """Rule 12."""
    if not is_clusterer(estimator):
        return
    params = {"random_state": 0} if "random_state" in estimator.get_params(deep=False) else {}
    labels = np.asarray(clone(estimator).set_params(**params).fit_predict(X))
    fitted = clone(estimator).set_params(**params).fit(X)
    _check(labels.shape == (len(X),) and np.issubdtype(labels.dtype, np.integer)
           and np.array_equal(labels, fitted.labels_), message("ml_check_fit_predict", estimator=name))


CHECKS = (check_params, check_not_fitted, check_fit, check_clone, check_outputs, check_deterministic,
          check_no_mutation, check_feature_mismatch, check_bad_input, check_score, check_fit_predict)


def check_estimator(estimator) -> None:
    """Run every check of the contract on ``estimator``; an ``AssertionError`` names the first rule broken."""
    name = type(estimator).__name__
    X, y = _data(estimator)
    for check in CHECKS:
        check(name, estimator, X, y)
