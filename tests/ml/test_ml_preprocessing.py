"""Preprocessing against scikit-learn (one-hot encoding, pipelines), and one implementation of what the training
workflow and ``mldlab.ml`` share (scalers, the split, the metrics, ``NotFittedError``)."""

import ast
import pathlib

import numpy as np
import pytest

import mldlab.data
import mldlab.exceptions
import mldlab.ml
import mldlab.train.metrics
from mldlab.ml import (
    KNeighborsClassifier,
    LinearRegression,
    MinMaxScaler,
    OneHotEncoder,
    Pipeline,
    PolynomialFeatures,
    StandardScaler,
    clone,
    make_pipeline,
)

ROWS = np.array([["red", "S", 1], ["green", "M", 2], ["blue", "S", 2], ["green", "L", 3]], dtype=object)


@pytest.mark.parametrize("drop", [None, "first", "if_binary"])
def test_one_hot_encoder_as_scikit_learn(sklearn, drop):
    ours = OneHotEncoder(drop=drop).fit(ROWS[:, :2])
    theirs = sklearn.preprocessing.OneHotEncoder(drop=drop, sparse_output=False).fit(ROWS[:, :2])
    np.testing.assert_array_equal(ours.transform(ROWS[:, :2]), theirs.transform(ROWS[:, :2]))
    assert [c.tolist() for c in ours.categories_] == [c.tolist() for c in theirs.categories_]
    assert ours.get_feature_names_out().tolist() == theirs.get_feature_names_out().tolist()
    numbers = np.array([[1, 10], [2, 20], [1, 30]])
    np.testing.assert_array_equal(OneHotEncoder(drop=drop).fit_transform(numbers),
                                  sklearn.preprocessing.OneHotEncoder(drop=drop, sparse_output=False)
                                  .fit_transform(numbers))


def test_one_hot_encoder_unknown_categories(sklearn):
    ignore = OneHotEncoder(handle_unknown="ignore").fit(ROWS[:, :2])
    theirs = sklearn.preprocessing.OneHotEncoder(handle_unknown="ignore", sparse_output=False).fit(ROWS[:, :2])
    new = np.array([["purple", "S"]], dtype=object)
    np.testing.assert_array_equal(ignore.transform(new), theirs.transform(new))
    with pytest.raises(ValueError, match=r"column 0 holds the category 'purple'.*known: \['blue', 'green', 'red'\]"):
        OneHotEncoder().fit(ROWS[:, :2]).transform(new)
    given = OneHotEncoder(categories=[["S", "M", "L", "XL"]]).fit([["S"], ["M"]])
    assert given.transform([["XL"]]).tolist() == [[0.0, 0.0, 0.0, 1.0]]  # sorted: L, M, S, XL


def test_pipeline_predicts_as_scikit_learns(sklearn, ml_data):
    X_train, X_test, y_train, _ = ml_data("wine")
    ours = make_pipeline(StandardScaler(), KNeighborsClassifier(3)).fit(X_train, y_train)
    theirs = sklearn.pipeline.make_pipeline(sklearn.preprocessing.StandardScaler(),
                                            sklearn.neighbors.KNeighborsClassifier(3)).fit(X_train, y_train)
    np.testing.assert_array_equal(ours.predict(X_test), theirs.predict(X_test))
    np.testing.assert_allclose(ours.predict_proba(X_test), theirs.predict_proba(X_test))
    assert list(ours.named_steps) == list(theirs.named_steps)
    assert set(ours.get_params()) <= set(theirs.get_params())
    assert ours.classes_.tolist() == theirs.classes_.tolist() and ours.n_features_in_ == 13
    assert ours[0] is ours.named_steps["standardscaler"] and len(ours[:1]) == 1


def test_pipeline_polynomial_regression_as_scikit_learn(sklearn, ml_data):
    X_train, X_test, y_train, _ = ml_data("diabetes")
    ours = make_pipeline(PolynomialFeatures(2), LinearRegression()).fit(X_train[:, :3], y_train)
    theirs = sklearn.pipeline.make_pipeline(sklearn.preprocessing.PolynomialFeatures(2),
                                            sklearn.linear_model.LinearRegression()).fit(X_train[:, :3], y_train)
    np.testing.assert_allclose(ours.predict(X_test[:, :3]), theirs.predict(X_test[:, :3]), rtol=1e-9)


def test_pipeline_parameters_steps_and_methods():
    pipe = Pipeline([("scale", MinMaxScaler()), ("knn", KNeighborsClassifier())])
    pipe.set_params(knn__n_neighbors=2, scale__clip=True)
    assert pipe.named_steps["knn"].n_neighbors == 2 and pipe.get_params()["scale__clip"] is True
    pipe.set_params(scale=StandardScaler())
    assert isinstance(pipe["scale"], StandardScaler)
    assert not hasattr(pipe, "transform") and not hasattr(pipe, "decision_function")
    assert hasattr(make_pipeline(StandardScaler(), PolynomialFeatures()), "transform")
    copy = clone(pipe)
    assert copy["knn"] is not pipe["knn"] and repr(copy) == repr(pipe)
    names = [name for name, _ in make_pipeline(StandardScaler(), StandardScaler(), LinearRegression()).steps]
    assert names == ["standardscaler-1", "standardscaler-2", "linearregression"]
    with pytest.raises(TypeError, match="step 'knn'"):
        Pipeline([("knn", KNeighborsClassifier()), ("lr", LinearRegression())]).fit([[0.0], [1.0]], [0, 1])
    with pytest.raises(AttributeError, match="KNeighborsClassifier has none"):
        _ = make_pipeline(StandardScaler(), KNeighborsClassifier()).decision_function


def test_scalers_are_estimators_of_the_same_contract(sklearn):
    scaler = MinMaxScaler(feature_range=(-1, 1))
    assert scaler.get_params() == {"feature_range": (-1, 1), "clip": False}
    assert repr(clone(scaler.set_params(clip=True))) == "MinMaxScaler(clip=True, feature_range=(-1, 1))"
    assert set(StandardScaler().get_params()) <= set(sklearn.preprocessing.StandardScaler().get_params())


def test_one_implementation_shared_by_the_training_workflow_and_ml():
    assert mldlab.ml.StandardScaler is mldlab.data.StandardScaler
    assert mldlab.ml.MinMaxScaler is mldlab.data.MinMaxScaler
    assert mldlab.ml.train_test_split is mldlab.data.train_test_split
    assert mldlab.ml.NotFittedError is mldlab.data.NotFittedError is mldlab.exceptions.NotFittedError
    for name in ("accuracy_score", "precision_score", "recall_score", "f1_score", "confusion_matrix", "r2_score",
                 "mean_squared_error", "mean_absolute_error", "root_mean_squared_error", "roc_curve",
                 "roc_auc_score"):
        assert getattr(mldlab.ml, name) is getattr(mldlab.train.metrics, name)


def test_data_never_imports_ml():
    package = pathlib.Path(mldlab.data.__file__).parent
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = [node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module]
        imported += [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names]
        assert not [m for m in imported if m.startswith("mldlab.ml")], path.name


def test_train_test_split_takes_scikit_learns_random_state():
    X, y = np.arange(40).reshape(20, 2), np.arange(20) % 2
    a = mldlab.ml.train_test_split(X, y, random_state=3)
    b = mldlab.data.train_test_split(X, y, seed=3)
    for left, right in zip(a, b):
        np.testing.assert_array_equal(left, right)
    with pytest.raises(ValueError, match="not both"):
        mldlab.ml.train_test_split(X, y, seed=1, random_state=2)
