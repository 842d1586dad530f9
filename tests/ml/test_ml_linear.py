"""Linear models against scikit-learn: least squares, ridge and lasso within 1e-6, logistic regression within 1e-4
(at convergence), polynomial features exactly; the SGD models train with mldlab's optimizers."""

import warnings

import numpy as np
import pytest

from mldlab.data import linear, polynomial
from mldlab.exceptions import ConvergenceWarning
from mldlab.ml import (
    Lasso,
    LinearRegression,
    LogisticRegression,
    PolynomialFeatures,
    Ridge,
    SGDClassifier,
    SGDRegressor,
    StandardScaler,
)


def _regression(name, ml_data):
    if name == "diabetes":
        return ml_data("diabetes")[0], ml_data("diabetes")[2]
    if name == "linear":
        X, y = linear(n_samples=200, n_features=5, noise=0.5, seed=0)
    else:
        X, y = polynomial(n_samples=150, degree=3, noise=0.3, seed=0)
        X = PolynomialFeatures(degree=4, include_bias=False).fit_transform(X.astype(np.float64))
    return X.astype(np.float64), y.astype(np.float64).ravel()


REGRESSION = ["diabetes", "linear", "polynomial"]


def _close(ours, theirs, tol):
    np.testing.assert_allclose(ours.coef_, theirs.coef_, rtol=0, atol=tol)
    np.testing.assert_allclose(ours.intercept_, theirs.intercept_, rtol=0, atol=tol)


@pytest.mark.parametrize("name", REGRESSION)
@pytest.mark.parametrize("fit_intercept", [True, False])
def test_linear_regression_as_scikit_learn(sklearn, ml_data, name, fit_intercept):
    X, y = _regression(name, ml_data)
    ours = LinearRegression(fit_intercept=fit_intercept).fit(X, y)
    theirs = sklearn.linear_model.LinearRegression(fit_intercept=fit_intercept).fit(X, y)
    _close(ours, theirs, 1e-6)
    np.testing.assert_allclose(ours.predict(X), theirs.predict(X), rtol=1e-9)
    assert ours.rank_ == theirs.rank_
    np.testing.assert_allclose(ours.singular_, theirs.singular_, rtol=1e-9)


def test_linear_regression_with_a_repeated_feature_matches_scikit_learn(sklearn, ml_data):
    X, y = _regression("diabetes", ml_data)
    X = np.hstack([X, X[:, :1]])  # XᵀX cannot be inverted: lstsq gives the shortest w, as scikit-learn's
    _close(LinearRegression().fit(X, y), sklearn.linear_model.LinearRegression().fit(X, y), 1e-6)


@pytest.mark.parametrize("name", REGRESSION)
@pytest.mark.parametrize("alpha", [0.0, 0.01, 1.0, 100.0])
def test_ridge_as_scikit_learn(sklearn, ml_data, name, alpha):
    X, y = _regression(name, ml_data)
    _close(Ridge(alpha=alpha).fit(X, y), sklearn.linear_model.Ridge(alpha=alpha).fit(X, y), 1e-6)
    _close(Ridge(alpha, fit_intercept=False).fit(X, y),
           sklearn.linear_model.Ridge(alpha, fit_intercept=False).fit(X, y), 1e-6)


def _lasso_data(name, ml_data):
    """The regression sets, plus a wide one (more features than samples: the sweeps update the residual, not the
    Gram correlations) with a sparse true w."""
    if name != "wide":
        return _regression(name, ml_data)
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 100)) * rng.uniform(0.5, 5, size=100)
    return X, X[:, :5] @ np.array([3.0, -2.0, 1.0, 0.5, -0.2]) + 0.1 * rng.normal(size=40)


def _both_lassos(sklearn, X, y, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Lasso(**options).fit(X, y), sklearn.linear_model.Lasso(**options).fit(X, y)


@pytest.mark.parametrize("name", [*REGRESSION, "wide"])
@pytest.mark.parametrize(("alpha", "tol"), [(0.01, 1e-4), (0.1, 1e-4), (1.0, 1e-4), (0.001, 1e-10)])
@pytest.mark.parametrize("fit_intercept", [True, False])
def test_lasso_as_scikit_learn(sklearn, ml_data, name, alpha, tol, fit_intercept):
    X, y = _lasso_data(name, ml_data)
    if name == "wide" and alpha == 0.001:
        alpha = 0.01  # 40 samples and α = 0.001 take 9,000 sweeps; α = 0.01 takes 900
    ours, theirs = _both_lassos(sklearn, X, y, alpha=alpha, tol=tol, max_iter=100_000, fit_intercept=fit_intercept)
    _close(ours, theirs, 1e-6)
    assert ours.n_iter_ == theirs.n_iter_
    assert ours.dual_gap_ == pytest.approx(theirs.dual_gap_, rel=1e-6, abs=1e-9)


@pytest.mark.parametrize("name", ["diabetes", "wide"])
@pytest.mark.parametrize("alpha", [0.01, 0.05, 0.5])
def test_lasso_positive_as_scikit_learn(sklearn, ml_data, name, alpha):
    X, y = _lasso_data(name, ml_data)
    ours, theirs = _both_lassos(sklearn, X, y, alpha=alpha, positive=True)
    _close(ours, theirs, 1e-6)
    assert ours.n_iter_ == theirs.n_iter_ and (ours.coef_ >= 0).all() and (ours.coef_ == 0).any()


@pytest.mark.parametrize("name", ["diabetes", "wide"])
def test_lasso_warm_start_as_scikit_learn(sklearn, ml_data, name):
    X, y = _lasso_data(name, ml_data)
    ours, theirs = _both_lassos(sklearn, X, y, alpha=0.5, warm_start=True)
    for alpha in (0.1, 0.02):  # a path of alphas, each fit starting from the last one's weights
        ours.set_params(alpha=alpha).fit(X, y)
        theirs.set_params(alpha=alpha).fit(X, y)
        _close(ours, theirs, 1e-6)
        assert ours.n_iter_ == theirs.n_iter_
    assert ours.n_iter_ < Lasso(alpha=0.02).fit(X, y).n_iter_  # the warm start saves sweeps


@pytest.mark.parametrize("name", ["diabetes", "wide"])
def test_lasso_random_selection_reaches_the_same_weights(sklearn, ml_data, name):
    X, y = _lasso_data(name, ml_data)
    options = {"alpha": 0.05, "tol": 1e-12, "max_iter": 100_000, "selection": "random"}
    ours, theirs = _both_lassos(sklearn, X, y, random_state=0, **options)
    _close(ours, theirs, 1e-6)  # the same optimum, reached through other random sweeps
    again = Lasso(random_state=0, **options).fit(X, y)
    assert again.n_iter_ == ours.n_iter_ and np.array_equal(again.coef_, ours.coef_)
    with pytest.raises(ValueError, match="selection"):
        Lasso(selection="shuffle").fit(X, y)


def test_lasso_sets_weights_to_zero_and_warns_when_it_runs_out_of_sweeps(ml_data):
    X, y = _regression("diabetes", ml_data)
    assert (Lasso(alpha=1.0).fit(X, y).coef_ == 0).sum() >= 5
    with pytest.warns(ConvergenceWarning, match="max_iter = 2"):
        Lasso(alpha=0.001, max_iter=2).fit(X, y)


@pytest.mark.parametrize(("name", "C"), [("iris", 0.1), ("iris", 1.0), ("wine", 0.1), ("wine", 1.0),
                                         ("breast_cancer", 0.1), ("breast_cancer", 1.0), ("digits", 1.0),
                                         ("moons", 1.0), ("gaussians", 10.0)])
def test_logistic_regression_as_scikit_learn(sklearn, ml_data, name, C):
    X_train, X_test, y_train, y_test = ml_data(name)
    if name == "digits":
        X_train, y_train = X_train[:300], y_train[:300]  # 10 classes × 65 weights: enough, and quicker
    scaler = StandardScaler().fit(X_train)
    X_train, X_test = scaler.transform(X_train), scaler.transform(X_test)
    ours = LogisticRegression(C=C).fit(X_train, y_train)
    theirs = sklearn.linear_model.LogisticRegression(C=C, solver="newton-cg", tol=1e-10, max_iter=1000)
    theirs.fit(X_train, y_train)
    assert ours.coef_.shape == theirs.coef_.shape and ours.intercept_.shape == theirs.intercept_.shape
    _close(ours, theirs, 1e-4)
    np.testing.assert_allclose(ours.predict_proba(X_test), theirs.predict_proba(X_test), atol=1e-5)
    np.testing.assert_allclose(ours.decision_function(X_test), theirs.decision_function(X_test), atol=1e-3)
    np.testing.assert_array_equal(ours.predict(X_test), theirs.predict(X_test))


def test_logistic_regression_default_solver_agrees_once_scikit_learn_converges(sklearn, ml_data):
    X_train, _, y_train, _ = ml_data("wine")
    X_train = StandardScaler().fit_transform(X_train)
    ours = LogisticRegression(C=0.5, fit_intercept=False).fit(X_train, y_train)
    theirs = sklearn.linear_model.LogisticRegression(C=0.5, fit_intercept=False, tol=1e-10, max_iter=10_000)
    _close(ours, theirs.fit(X_train, y_train), 1e-4)


def test_logistic_regression_text_labels_and_non_convergence(ml_data):
    X_train, X_test, y_train, _ = ml_data("breast_cancer")
    X_train = StandardScaler().fit_transform(X_train)
    names = np.array(["malignant", "benign"])[y_train]
    model = LogisticRegression().fit(X_train, names)
    assert model.classes_.tolist() == ["benign", "malignant"]
    assert set(model.predict(X_train)) == {"benign", "malignant"}
    with pytest.warns(ConvergenceWarning, match="max_iter = 1"):
        LogisticRegression(max_iter=1).fit(X_train, y_train)


@pytest.mark.parametrize("degree", [0, 1, 2, 3])
@pytest.mark.parametrize("interaction_only", [False, True])
@pytest.mark.parametrize("include_bias", [False, True])
def test_polynomial_features_as_scikit_learn(sklearn, degree, interaction_only, include_bias):
    X = np.random.default_rng(0).normal(size=(6, 3))
    options = {"degree": degree, "interaction_only": interaction_only, "include_bias": include_bias}
    if degree == 0 and not include_bias:  # no columns at all: both refuse
        with pytest.raises(ValueError):
            sklearn.preprocessing.PolynomialFeatures(**options).fit(X)
        with pytest.raises(ValueError):
            PolynomialFeatures(**options).fit(X)
        return
    ours = PolynomialFeatures(**options).fit(X)
    theirs = sklearn.preprocessing.PolynomialFeatures(**options).fit(X)
    np.testing.assert_array_equal(ours.powers_, theirs.powers_)
    np.testing.assert_allclose(ours.transform(X), theirs.transform(X), rtol=1e-12)
    assert ours.get_feature_names_out().tolist() == theirs.get_feature_names_out().tolist()


def test_sgd_regressor_reaches_least_squares(ml_data):
    X, y = _regression("linear", ml_data)
    exact = LinearRegression().fit(X, y)
    for optimizer in ("sgd", "adam"):
        model = SGDRegressor(eta0=0.01, alpha=0.0, optimizer=optimizer, random_state=0).fit(X, y)
        np.testing.assert_allclose(model.coef_, exact.coef_, atol=0.2)  # a constant step: noise around the optimum
        assert model.score(X, y) == pytest.approx(exact.score(X, y), abs=0.01)
        assert 1 < model.n_iter_ < 1000 and model.t_ == 1 + model.n_iter_ * len(X)


@pytest.mark.parametrize("loss", ["hinge", "log_loss"])
def test_sgd_classifier_is_about_as_good_as_scikit_learns(sklearn, ml_data, loss):
    X_train, X_test, y_train, y_test = ml_data("breast_cancer")
    scaler = StandardScaler().fit(X_train)
    X_train, X_test = scaler.transform(X_train), scaler.transform(X_test)
    ours = SGDClassifier(loss=loss, random_state=0).fit(X_train, y_train)
    theirs = sklearn.linear_model.SGDClassifier(loss=loss, random_state=0).fit(X_train, y_train)
    assert ours.score(X_test, y_test) >= theirs.score(X_test, y_test) - 0.03
    assert ours.coef_.shape == theirs.coef_.shape == (1, 30)
    assert hasattr(ours, "predict_proba") == (loss == "log_loss")


def test_sgd_classifier_multiclass_is_one_versus_rest(ml_data):
    X_train, X_test, y_train, y_test = ml_data("iris")
    scaler = StandardScaler().fit(X_train)
    model = SGDClassifier(loss="log_loss", eta0=0.1, optimizer="adam", random_state=0)
    model.fit(scaler.transform(X_train), y_train)
    assert model.coef_.shape == (3, 4) and model.intercept_.shape == (3,)
    assert model.score(scaler.transform(X_test), y_test) > 0.85
    proba = model.predict_proba(scaler.transform(X_test))
    np.testing.assert_allclose(proba.sum(axis=1), 1)


def test_sgd_trains_with_the_optimizer_it_names(monkeypatch, ml_data):
    from mldlab.ml import sgd

    steps = []

    class CountingSGD(sgd.SGD):
        def step(self, closure=None):
            steps.append(1)
            return super().step(closure)

    monkeypatch.setitem(sgd._OPTIMIZERS, "sgd", CountingSGD)
    X, y = _regression("linear", ml_data)
    model = SGDRegressor(max_iter=3, tol=None, batch_size=50, random_state=0).fit(X, y)
    assert len(steps) == 3 * 4 and model.n_iter_ == 3
