"""explain.tree_path: the path it walks is the tree's own (decision_path, apply), its impurities are the tree's, and
its prediction is predict's, for both trees, every criterion and with sample weights."""

import json

import numpy as np
import pytest

from mldlab import explain
from mldlab.data import load_diabetes, load_iris
from mldlab.exceptions import NotFittedError
from mldlab.ml import DecisionTreeClassifier, DecisionTreeRegressor, KNeighborsClassifier, StandardScaler, make_pipeline


@pytest.fixture(scope="module")
def iris():
    return load_iris()


def _check_path(model, result, x):
    nodes = [step["node"] for step in result.path]
    assert nodes == np.flatnonzero(model.decision_path([x])[0]).tolist()
    assert result.leaf == nodes[-1] == model.apply([x])[0]
    np.testing.assert_allclose([s["impurity"] for s in result.path], model.tree_.impurity[nodes], atol=1e-15)
    for step in result.path[:-1]:
        left, right = model.tree_.children_left[step["node"]], model.tree_.children_right[step["node"]]
        assert step["next"] == (left if step["x_value"] <= step["threshold"] else right)
        N, Nl, Nr = (model.tree_.weighted_n_node_samples[i] for i in (step["node"], left, right))
        I, Il, Ir = (model.tree_.impurity[i] for i in (step["node"], left, right))
        assert step["decrease"] == pytest.approx(I - Nl / N * Il - Nr / N * Ir)
        assert step["decrease"] >= -1e-12
    assert result.matches


@pytest.mark.parametrize("criterion", ["gini", "entropy", "log_loss"])
def test_classifier_path_equals_the_tree(iris, criterion):
    X, y = iris
    model = DecisionTreeClassifier(criterion=criterion, max_depth=4, random_state=0).fit(X, y)
    for x in X[::13]:
        result = explain.tree_path(model, x)
        _check_path(model, result, x)
        assert result.prediction == model.predict([x])[0]
        np.testing.assert_allclose(result.proba, model.predict_proba([x])[0])
        for step in result.path:                            # the impurity written out from the counts
            p = np.array(step["counts"]) / step["n"]
            p = p[p > 0]
            by_hand = 1 - (p**2).sum() if criterion == "gini" else -(p * np.log2(p)).sum()
            assert step["impurity"] == pytest.approx(by_hand, abs=1e-12)


def test_regressor_path_equals_the_tree():
    X, y = load_diabetes()
    model = DecisionTreeRegressor(max_depth=5, min_samples_leaf=5).fit(X, y)
    for x in X[::40]:
        result = explain.tree_path(model, x)
        _check_path(model, result, x)
        assert result.prediction == model.predict([x])[0] and result.proba is None
        assert result.path[0]["value"] == pytest.approx(y.mean())
        assert result.path[0]["impurity"] == pytest.approx(y.var())


def test_sample_weights_count_in_n(iris):
    X, y = iris
    weight = np.where(y == 2, 3.0, 1.0)
    model = DecisionTreeClassifier(max_depth=3).fit(X, y, sample_weight=weight)
    result = explain.tree_path(model, X[120])
    _check_path(model, result, X[120])
    assert result.path[0]["n"] == 250 and result.path[0]["n_samples"] == 150
    assert result.path[0]["counts"] == pytest.approx([50, 50, 150])


def test_by_hand():
    X = [[1.0, 0.0], [2.0, 1.0], [3.0, 0.0], [4.0, 1.0], [5.0, 1.0]]
    model = DecisionTreeClassifier().fit(X, [0, 0, 1, 1, 1])
    result = explain.tree_path(model, [2.2, 5.0], feature_names=["hours", "pets"])
    root = result.path[0]
    assert root["impurity"] == pytest.approx(1 - 0.4**2 - 0.6**2)       # 0.48
    assert (root["feature_name"], root["threshold"], root["goes_left"]) == ("hours", 2.5, True)
    assert root["decrease"] == pytest.approx(0.48)                        # both children pure
    text = str(result)
    assert "Test “hours ≤ 2.5”: 2.2 ≤ 2.5 → left, to node #1" in text
    assert "1 − (0.4² + 0.6²) = 0.48" in text
    assert "0.48 − (2/5)·0 − (3/5)·0 = 0.48" in text


def test_both_languages_and_json(iris):
    X, y = iris
    model = DecisionTreeClassifier(max_depth=2).fit(X, y)
    names = ["sl", "sw", "pl", "pw"]
    korean = explain.tree_path(model, X[100], feature_names=names, lang="ko")
    assert "지니 불순도" in str(korean) and "pl ≤ 2.45?" in str(korean)
    assert "Gini impurity" in str(explain.tree_path(model, X[100], lang="en"))
    data = json.loads(json.dumps(korean.to_dict()))
    assert data["kind"] == "tree_path" and data["feature_names"] == names and data["classes"] == [0, 1, 2]
    assert [s["node"] for s in data["path"]][0] == 0


def test_bad_inputs_get_clear_errors(iris):
    X, y = iris
    model = DecisionTreeClassifier(max_depth=2).fit(X, y)
    with pytest.raises(NotFittedError):
        explain.tree_path(DecisionTreeRegressor(), X[0])
    with pytest.raises(TypeError, match="DecisionTreeClassifier, DecisionTreeRegressor.*got KNeighborsClassifier"):
        explain.tree_path(KNeighborsClassifier().fit(X, y), X[0])
    with pytest.raises(ValueError, match="4 features"):
        explain.tree_path(model, X[0, :2])
    with pytest.raises(ValueError, match="feature_names has 3 names.*4 features"):
        explain.tree_path(model, X[0], feature_names=["a", "b", "c"])
    with pytest.raises(ValueError, match="이름이 3개"):
        explain.tree_path(model, X[0], feature_names=["a", "b", "c"], lang="ko")
    with pytest.raises(ValueError, match="one sample"):
        explain.tree_path(model, X[:3])


def test_a_pipeline_explains_its_tree_on_the_transformed_sample(iris):
    X, y = iris
    pipe = make_pipeline(StandardScaler(), DecisionTreeClassifier(max_depth=3)).fit(X, y)
    result = explain.tree_path(pipe, X[60])
    _check_path(pipe[-1], result, pipe[0].transform(X[60:61])[0])
    assert result.steps == ["standardscaler"] and result.prediction == pipe.predict(X[60:61])[0]


def test_regression_by_hand():
    model = DecisionTreeRegressor(max_depth=1).fit([[1.0], [2.0], [3.0], [4.0]], [1.0, 1.0, 5.0, 7.0])
    result = explain.tree_path(model, [3.5])
    text = str(result)                                    # Σ(y − ȳ)² = 2·2.5² + 1.5² + 3.5² = 27 around ȳ = 3.5
    assert "ȳ = 3.5,  squared error I = (1/N)·Σᵢ (yᵢ − ȳ)² = (1/4)·27 = 6.75" in text
    assert "ΔI = I − (Nₗ/N)·Iₗ − (Nᵣ/N)·Iᵣ = 6.75 − (2/4)·0 − (2/4)·1 = 6.25" in text
    assert result.prediction == 6.0 and result.matches
