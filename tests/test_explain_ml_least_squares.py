"""explain.least_squares: the normal equations it solves give the model's coef_ and intercept_, and its MSE and R²
are the metrics' own, for least squares and ridge, with and without an intercept."""

import json

import numpy as np
import pytest

from mldlab import explain
from mldlab.data import load_diabetes
from mldlab.exceptions import NotFittedError
from mldlab.metrics import mean_squared_error, r2_score
from mldlab.ml import Lasso, LinearRegression, PolynomialFeatures, Ridge, make_pipeline


@pytest.fixture(scope="module")
def diabetes():
    return load_diabetes()


@pytest.mark.parametrize("make", [lambda: LinearRegression(), lambda: LinearRegression(fit_intercept=False),
                                  lambda: Ridge(alpha=0.5), lambda: Ridge(alpha=3.0, fit_intercept=False)])
@pytest.mark.parametrize("columns", [[2], [2, 3, 8], list(range(10))])
def test_equals_the_model(diabetes, make, columns):
    X, y = diabetes[0][:, columns], diabetes[1]
    model = make().fit(X, y)
    result = explain.least_squares(model, X, y)
    np.testing.assert_allclose(result.w, model.coef_, rtol=1e-7, atol=1e-9)
    assert result.b == pytest.approx(model.intercept_, rel=1e-9, abs=1e-9)
    assert result.mse == pytest.approx(mean_squared_error(y, model.predict(X)), rel=1e-9)
    assert result.r2 == pytest.approx(r2_score(y, model.predict(X)), rel=1e-9)
    assert result.r2 == pytest.approx(1 - result.ss_res / result.ss_tot)
    A, Xty = np.array(result.A), np.array(result.Xty)
    np.testing.assert_allclose(A @ model.coef_, Xty, rtol=1e-6, atol=1e-6 * np.abs(Xty).max())   # (XᵀX + αI)w = Xᵀy
    np.testing.assert_allclose(A - np.array(result.XtX), result.alpha * np.eye(len(columns)))
    assert result.matches and result.alpha == getattr(model, "alpha", 0.0)


def test_by_hand_and_the_data_alone():
    X, y = [[1.0], [2.0], [3.0], [4.0]], [3.0, 5.0, 7.0, 9.5]
    result = explain.least_squares(X, y)                     # x̄ = 2.5, ȳ = 6.125, Σxc² = 5, Σxc·yc = 10.75
    assert result.estimator == "LinearRegression"
    assert (result.x_mean, result.y_mean, result.XtX, result.Xty) == ([2.5], 6.125, [[5.0]], [10.75])
    assert result.w == pytest.approx([2.15]) and result.b == pytest.approx(0.75)
    assert [r["e"] for r in result.residuals] == pytest.approx([0.1, -0.05, -0.2, 0.15])
    ridge = explain.least_squares(X, y, alpha=1.0)           # w = 10.75/(5 + 1)
    assert ridge.estimator == "Ridge" and ridge.w == pytest.approx([10.75 / 6])
    assert "w₁ = 10.75/6 = 1.792" in str(ridge) and "α = 1" in str(ridge)
    through_origin = explain.least_squares(X, y, fit_intercept=False)
    assert through_origin.b == 0 and through_origin.w == pytest.approx([(3 + 10 + 21 + 38) / 30])


def test_dependent_features_take_the_shortest_solution(diabetes):
    X = np.c_[diabetes[0][:, :2], 2 * diabetes[0][:, :1]]
    model = LinearRegression().fit(X, diabetes[1])
    result = explain.least_squares(model, X, diabetes[1])
    assert result.rank == 2 and result.matches
    assert "cannot be inverted (rank 2 < 3" in str(result)


def test_other_data_than_the_models_is_said(diabetes):
    X, y = diabetes[0][:, :3], diabetes[1]
    model = LinearRegression().fit(X[:200], y[:200])
    result = explain.least_squares(model, X[200:], y[200:])
    assert not result.matches
    assert "✗" in str(result) and "fitted on" in str(result)


def test_many_features_are_summarised_and_json(diabetes):
    X, y = diabetes
    result = explain.least_squares(Ridge(alpha=0.1).fit(X, y), X, y, lang="ko")
    text = str(result)
    assert "10×10 행렬의 대각선" in text and "… 외 샘플 437개" in text
    assert "+ …" in text                                          # the fitted line, shortened
    data = json.loads(json.dumps(result.to_dict()))
    assert data["kind"] == "least_squares" and np.array(data["A"]).shape == (10, 10)
    assert len(data["residuals"]) == 5


def test_bad_inputs_get_clear_errors(diabetes):
    X, y = diabetes[0][:, :3], diabetes[1]
    model = LinearRegression().fit(X, y)
    with pytest.raises(NotFittedError):
        explain.least_squares(Ridge(), X, y)
    with pytest.raises(TypeError, match="LinearRegression, Ridge.*got Lasso"):
        explain.least_squares(Lasso().fit(X, y), X, y)
    with pytest.raises(TypeError, match="LinearRegression, Ridge"):
        explain.least_squares(Lasso().fit(X, y), X, y, lang="ko")
    with pytest.raises(ValueError, match="3 features"):
        explain.least_squares(model, X[:, :2], y)
    with pytest.raises(ValueError, match="442.*441|441.*442"):
        explain.least_squares(model, X, y[1:])
    with pytest.raises(ValueError, match="특성"):
        explain.least_squares(model, X[:, :2], y, lang="ko")


def test_a_pipeline_explains_its_last_step_on_the_transformed_data():
    x = np.linspace(-2, 2, 9)
    X, y = x[:, None], 1 + 0.5 * x - x**2
    pipe = make_pipeline(PolynomialFeatures(degree=2, include_bias=False), LinearRegression()).fit(X, y)
    result = explain.least_squares(pipe, X, y)
    assert result.w == pytest.approx([0.5, -1.0]) and result.b == pytest.approx(1.0)
    assert result.steps == ["polynomialfeatures"] and result.matches and result.r2 == pytest.approx(1.0)
    assert "pipeline's steps polynomialfeatures" in str(result)
