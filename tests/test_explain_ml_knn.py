"""explain.knn: the neighbours, distances, vote and prediction it shows are the model's own (kneighbors,
predict_proba, predict), for both estimators, every weighting and several distances."""

import json

import numpy as np
import pytest

from mldlab import explain
from mldlab.data import load_iris
from mldlab.exceptions import NotFittedError
from mldlab.ml import KNeighborsClassifier, KNeighborsRegressor, LinearRegression, StandardScaler, make_pipeline


@pytest.fixture(scope="module")
def iris():
    X, y = load_iris()
    return X, y


@pytest.mark.parametrize("weights", ["uniform", "distance"])
@pytest.mark.parametrize("p", [1, 2, 3])
def test_classifier_equals_the_model(iris, weights, p):
    X, y = iris
    model = KNeighborsClassifier(n_neighbors=7, weights=weights, p=p).fit(X[::2], y[::2])
    for x in X[1::15]:
        result = explain.knn(model, x)
        dist, ind = model.kneighbors([x])
        assert [n["index"] for n in result.neighbors] == ind[0].tolist()
        np.testing.assert_allclose([n["distance"] for n in result.neighbors], dist[0], rtol=1e-12)
        np.testing.assert_allclose(result.proba, model.predict_proba([x])[0], rtol=1e-12)
        assert result.prediction == model.predict([x])[0]
        assert [n["label"] for n in result.neighbors] == y[::2][ind[0]].tolist()
        assert sum(v["count"] for v in result.votes) == 7
        assert result.matches


@pytest.mark.parametrize("weights", ["uniform", "distance"])
def test_regressor_equals_the_model(iris, weights):
    X, y = iris[0][:, :3], iris[0][:, 3]
    model = KNeighborsRegressor(n_neighbors=4, weights=weights, metric="manhattan").fit(X[::2], y[::2])
    for x in X[1::10]:
        result = explain.knn(model, x)
        assert result.prediction == pytest.approx(model.predict([x])[0], rel=1e-12)
        assert [n["index"] for n in result.neighbors] == model.kneighbors([x])[1][0].tolist()
        assert result.proba is None and result.votes == []
        assert result.matches


def test_the_slide_numbers_by_hand():
    X = [[0.0, 0.0], [3.0, 4.0], [6.0, 8.0]]
    model = KNeighborsRegressor(n_neighbors=2, weights="distance").fit(X, [1.0, 2.0, 4.0])
    result = explain.knn(model, [0.0, 0.0 + 5.0])          # distances 5, √10 = 3.162, √(36 + 9) = 6.708
    assert [n["index"] for n in result.neighbors] == [1, 0]
    assert result.neighbors[0]["distance"] == pytest.approx(np.sqrt(10))
    assert result.prediction == pytest.approx((2 / np.sqrt(10) + 1 / 5) / (1 / np.sqrt(10) + 1 / 5))
    assert [t["power"] for t in result.terms] == [9.0, 1.0]  # (0 − 3)², (5 − 4)²
    assert "d = √((0 − 3)² + (5 − 4)²) = √(10) = 3.162" in str(result)


def test_a_training_point_itself_decides_alone_with_distance_weights(iris):
    X, y = iris
    model = KNeighborsClassifier(n_neighbors=5, weights="distance").fit(X, y)
    result = explain.knn(model, X[70])                 # X[70] is a training point (class 1)
    assert result.neighbors[0]["distance"] == 0 and result.neighbors[0]["weight"] == 1
    assert all(n["weight"] == 0 for n in result.neighbors[1:])
    assert result.prediction == model.predict(X[70:71])[0] and result.matches
    assert "distance 0" in str(result)


def test_string_labels_many_classes_and_json(iris):
    X, y = iris
    names = np.array(["setosa", "versicolor", "virginica", "extra", "more"])
    labels = names[np.where(np.arange(150) % 7 == 0, 3 + np.arange(150) % 2, y)]
    model = KNeighborsClassifier(n_neighbors=15).fit(X, labels)
    result = explain.knn(model, [[6.0, 3.0, 4.8, 1.8]])
    assert result.prediction == model.predict([[6.0, 3.0, 4.8, 1.8]])[0] and result.matches
    data = json.loads(json.dumps(result.to_dict()))
    assert data["kind"] == "knn" and data["k"] == 15 and len(data["neighbors"]) == 15
    text = str(result)
    assert "… and 5 more" in text and "every other class" in text
    assert isinstance(data["prediction"], str)


def test_both_languages(iris):
    X, y = iris
    model = KNeighborsClassifier(n_neighbors=3).fit(X, y)
    english, korean = explain.knn(model, X[0] + 0.1, lang="en"), explain.knn(model, X[0] + 0.1, lang="ko")
    assert "nearest" in str(english) and "가장 가까운" in str(korean)
    assert "$" in korean._repr_markdown_()


def test_bad_inputs_get_clear_errors(iris):
    X, y = iris
    model = KNeighborsClassifier(n_neighbors=3).fit(X, y)
    with pytest.raises(NotFittedError, match="not fitted"):
        explain.knn(KNeighborsClassifier(), X[0])
    with pytest.raises(ValueError, match="4 features"):
        explain.knn(model, X[0, :3])
    with pytest.raises(ValueError, match="one sample.*shape \\(2, 4\\)"):
        explain.knn(model, X[:2])
    with pytest.raises(TypeError, match="KNeighborsClassifier, KNeighborsRegressor.*got LinearRegression"):
        explain.knn(LinearRegression().fit(X, y), X[0])
    with pytest.raises(TypeError, match="학습된"):
        explain.knn(LinearRegression().fit(X, y), X[0], lang="ko")
    with pytest.raises(NotFittedError, match="학습되지 않았"):
        explain.knn(KNeighborsClassifier(), X[0], lang="ko")
    with pytest.raises(ValueError, match="nan"):
        explain.knn(model, [np.nan, 1, 2, 3])
    with pytest.raises(ValueError, match="lang"):
        explain.knn(model, X[0], lang="fr")


def test_a_pipeline_explains_its_last_step_on_the_transformed_sample(iris):
    X, y = iris
    pipe = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=5)).fit(X, y)
    x = [6.0, 2.9, 4.5, 1.5]
    result = explain.knn(pipe, x)
    scaled = pipe[0].transform([x])
    np.testing.assert_allclose(result.x, scaled[0])
    assert result.x_given == x and result.steps == ["standardscaler"]
    assert [n["index"] for n in result.neighbors] == pipe[-1].kneighbors(scaled)[1][0].tolist()
    assert result.prediction == pipe.predict([x])[0] and result.matches
    assert "after the pipeline's steps standardscaler: x = [" in str(result)
    with pytest.raises(NotFittedError):
        explain.knn(make_pipeline(StandardScaler(), KNeighborsClassifier()), x)
    with pytest.raises(TypeError, match="got LinearRegression"):
        explain.knn(make_pipeline(StandardScaler(), LinearRegression()).fit(X, y), x)
