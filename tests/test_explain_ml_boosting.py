"""explain.boosting_round: AdaBoost's weighted error and say are the model's estimator_errors_ and
estimator_weights_ in every round (the weights replayed from its learners); gradient boosting's F ← F + η·h is
its staged_decision_function / staged_predict, and the residuals are y − F or y − p."""

import json

import numpy as np
import pytest

from mldlab import explain
from mldlab.data import load_diabetes, load_iris
from mldlab.exceptions import NotFittedError
from mldlab.ml import (
    AdaBoostClassifier,
    DecisionTreeClassifier,
    GradientBoostingClassifier,
    GradientBoostingRegressor,
)


@pytest.fixture(scope="module")
def iris():
    return load_iris()


@pytest.mark.parametrize("classes", [2, 3])
def test_adaboost_every_round_equals_the_model(iris, classes):
    X, y = iris
    X, y = X[y < classes], y[y < classes]
    X = X + np.random.default_rng(0).normal(scale=0.5, size=X.shape)   # overlapping classes: errors in every round
    model = AdaBoostClassifier(n_estimators=8, learning_rate=0.7, random_state=0).fit(X, y)
    for m in range(len(model.estimators_)):
        result = explain.boosting_round(model, X, y, round=m)
        assert result.error == pytest.approx(model.estimator_errors_[m], rel=1e-12)
        assert result.alpha == pytest.approx(model.estimator_weights_[m], rel=1e-12)
        wrong = model.estimators_[m].predict(X) != y
        assert result.n_wrong == wrong.sum() and result.wrong == np.flatnonzero(wrong)[:10].tolist()
        assert result.alpha == pytest.approx(0.7 * (np.log((1 - result.error) / result.error) + np.log(classes - 1)))
        for row in result.rows:                                     # the misclassified gain e^α, then all ÷ Σ
            grown = row["w"] * (result.factor if row["wrong"] else 1.0)
            assert row["w_new"] == pytest.approx(grown / result.new_total)
        assert result.matches


def test_adaboost_first_round_by_hand_and_sample_weights():
    X, y = [[1.0], [2.0], [3.0], [4.0], [5.0]], [0, 0, 1, 1, 0]
    model = AdaBoostClassifier(n_estimators=3).fit(X, y)
    first = explain.boosting_round(model, X, y)
    assert (first.error, first.n_wrong, first.wrong) == (0.2, 1, [4])
    assert first.alpha == pytest.approx(np.log(4)) and first.factor == pytest.approx(4)
    assert "α₁ = η·(log((1 − ε₁)/ε₁) + log(K − 1)) = 1·(log(0.8/0.2) + log(1)) = 1.386" in str(first)
    weight = [1.0, 1.0, 1.0, 1.0, 6.0]
    weighted = AdaBoostClassifier(n_estimators=3).fit(X, y, sample_weight=weight)
    for m in range(len(weighted.estimators_)):
        assert explain.boosting_round(weighted, X, y, m, sample_weight=weight).matches


def test_adaboost_perfect_first_learner(iris):
    X, y = iris
    X, y = X[y < 2], y[y < 2]                                       # separable by one stump
    model = AdaBoostClassifier(n_estimators=5).fit(X, y)
    result = explain.boosting_round(model, X, y)
    assert result.error == 0 and result.alpha == 1 and result.matches
    assert "perfect" in str(result)


@pytest.mark.parametrize("classes", [2, 3])
def test_gradient_boosting_classifier_equals_the_model(iris, classes):
    X, y = iris
    X, y = X[y >= 3 - classes], y[y >= 3 - classes]
    model = GradientBoostingClassifier(n_estimators=4, max_depth=2, learning_rate=0.3).fit(X, y)
    staged = [np.asarray(F).reshape(len(X), -1) for F in model.staged_decision_function(X)]
    for m in range(4):
        result = explain.boosting_round(model, X, y, round=m)
        before = np.tile(model.init_, (len(X), 1)) if m == 0 else staged[m - 1]
        Y = (y == model.classes_[1]).astype(float)[:, None] if classes == 2 else np.eye(3)[y]
        p = 1 / (1 + np.exp(-before)) if classes == 2 else np.exp(before) / np.exp(before).sum(1, keepdims=True)
        for row in result.rows:
            i = row["i"]
            np.testing.assert_allclose(row["r"], (Y - p)[i].squeeze(), rtol=1e-12)
            np.testing.assert_allclose(row["F_after"], staged[m][i].squeeze(), rtol=1e-12)
        assert result.loss == ("binomial" if classes == 2 else "multinomial")
        assert len(result.trees) == (1 if classes == 2 else 3)
        assert result.loss_after < result.loss_before and result.matches
        assert result.loss_after * (2 if classes == 2 else 1) == pytest.approx(model.train_score_[m], rel=1e-9)


def test_gradient_boosting_regressor_equals_the_model():
    X, y = load_diabetes()
    y = y.astype(np.float64)
    model = GradientBoostingRegressor(n_estimators=3, max_depth=2).fit(X, y)
    staged = list(model.staged_predict(X))
    for m in range(3):
        result = explain.boosting_round(model, X, y, m)
        before = y.mean() if m == 0 else staged[m - 1]
        for row in result.rows:
            assert row["r"] == pytest.approx(y[row["i"]] - np.broadcast_to(before, y.shape)[row["i"]], rel=1e-12)
            assert row["F_after"] == pytest.approx(staged[m][row["i"]], rel=1e-12)
        assert result.loss_after == pytest.approx(model.train_score_[m], rel=1e-9)     # the MSE
        assert result.matches
    text = str(result)
    assert "rᵢ = yᵢ − F₂(xᵢ)" in text and "F₃(x) = F₂(x) + η·h₃(x)" in text


def test_both_languages_and_json(iris):
    X, y = iris
    ada = AdaBoostClassifier(n_estimators=3).fit(X, y)
    gb = GradientBoostingClassifier(n_estimators=2, max_depth=1).fit(X, y)
    for result in (explain.boosting_round(ada, X, y, 1, lang="ko"), explain.boosting_round(gb, X, y, 1, lang="ko")):
        data = json.loads(json.dumps(result.to_dict(), allow_nan=False))
        assert data["kind"] in ("adaboost_round", "gradient_boosting_round") and data["round"] == 1
        assert "샘플" in str(result)
    assert "weighted error" in str(explain.boosting_round(ada, X, y, 1, lang="en"))


def test_bad_inputs_get_clear_errors(iris):
    X, y = iris
    model = AdaBoostClassifier(n_estimators=3).fit(X, y)
    with pytest.raises(NotFittedError):
        explain.boosting_round(GradientBoostingRegressor(), X, y)
    with pytest.raises(TypeError, match="AdaBoostClassifier, GradientBoostingClassifier.*got DecisionTreeClassifier"):
        explain.boosting_round(DecisionTreeClassifier().fit(X, y), X, y)
    with pytest.raises(ValueError, match="round must be a whole number from 0 to 2.*got 3"):
        explain.boosting_round(model, X, y, round=3)
    with pytest.raises(ValueError, match="0부터 2까지"):
        explain.boosting_round(model, X, y, round=-1, lang="ko")
    with pytest.raises(ValueError, match="4 features"):
        explain.boosting_round(model, X[:, :3], y)
    with pytest.raises(ValueError, match="150.*149|149.*150"):
        explain.boosting_round(model, X, y[1:])
    with pytest.raises(ValueError, match="sample_weight must be 150 finite numbers.*shape \\(3,\\)"):
        explain.boosting_round(model, X, y, sample_weight=[1.0, 2.0, 3.0])
    with pytest.raises(ValueError, match="sample_weight"):
        explain.boosting_round(model, X, y, sample_weight=-np.ones(150))


@pytest.mark.parametrize("loss", ["absolute_error", "huber", "quantile"])
def test_gradient_boosting_robust_losses(loss):
    X, y = load_diabetes()
    X, y = X[:150], y[:150].astype(np.float64)
    model = GradientBoostingRegressor(loss=loss, n_estimators=3, max_depth=2, alpha=0.8).fit(X, y)
    staged = list(model.staged_predict(X))
    for m in range(3):
        result = explain.boosting_round(model, X, y, m)
        before = np.broadcast_to(model.init_[0] if m == 0 else staged[m - 1], y.shape)
        d = y - before
        if loss == "absolute_error":
            r = np.sign(d)
        elif loss == "quantile":
            r = np.where(d > 0, 0.8, -0.2)
        else:
            delta = np.sort(np.abs(d))[int(np.ceil(0.8 * len(d))) - 1]          # the 0.8-quantile, inverted CDF
            assert result.delta == pytest.approx(delta)
            r = np.clip(d, -delta, delta)
        assert [row["r"] for row in result.rows] == pytest.approx(r[[row["i"] for row in result.rows]])
        assert result.loss_after == pytest.approx(model.train_score_[m], rel=1e-9)
        assert result.loss == loss and result.alpha == (None if loss == "absolute_error" else 0.8)
        assert result.matches
