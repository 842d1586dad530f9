"""How the trees grow, against scikit-learn: node numbering, best-first trees (max_leaf_nodes), depth limits, and
the random-feature trees forests use (max_features with bootstrap weights)."""

import importlib

import numpy as np
import pytest

from mldlab.ml import DecisionTreeClassifier, DecisionTreeRegressor

ARRAYS = ("children_left", "children_right", "feature", "n_node_samples")


def _same_arrays(ours, theirs):
    for name in ARRAYS:
        np.testing.assert_array_equal(getattr(ours.tree_, name), getattr(theirs.tree_, name), err_msg=name)
    np.testing.assert_allclose(ours.tree_.threshold, theirs.tree_.threshold, rtol=0, atol=1e-12)
    np.testing.assert_allclose(ours.tree_.impurity, theirs.tree_.impurity, rtol=0, atol=1e-12)
    np.testing.assert_allclose(ours.tree_.weighted_n_node_samples, theirs.tree_.weighted_n_node_samples)
    assert ours.tree_.max_depth == theirs.tree_.max_depth


@pytest.mark.parametrize("name", ["moons", "circles"])
@pytest.mark.parametrize("max_leaf_nodes", [2, 3, 5, 8])
def test_best_first_as_sklearn(sklearn, ml_data, name, max_leaf_nodes):
    tree = importlib.import_module("sklearn.tree")
    X_train, X_test, y_train, _ = ml_data(name)
    ours = DecisionTreeClassifier(max_leaf_nodes=max_leaf_nodes).fit(X_train, y_train)
    theirs = tree.DecisionTreeClassifier(max_leaf_nodes=max_leaf_nodes, random_state=0).fit(X_train, y_train)
    _same_arrays(ours, theirs)  # the same nodes, numbered in the order scikit-learn creates them
    assert ours.get_n_leaves() == max_leaf_nodes
    np.testing.assert_array_equal(ours.predict_proba(X_test), theirs.predict_proba(X_test))


@pytest.mark.parametrize("max_leaf_nodes", [2, 5, 10])  # more leaves: ties, scikit-learn's tree varies
def test_best_first_regressor_as_sklearn(sklearn, ml_data, max_leaf_nodes):
    tree = importlib.import_module("sklearn.tree")
    X_train, X_test, y_train, _ = ml_data("diabetes")
    ours = DecisionTreeRegressor(max_leaf_nodes=max_leaf_nodes, max_depth=6).fit(X_train, y_train)
    theirs = tree.DecisionTreeRegressor(max_leaf_nodes=max_leaf_nodes, max_depth=6, random_state=0)
    _same_arrays(ours, theirs.fit(X_train, y_train))
    np.testing.assert_allclose(ours.predict(X_test), theirs.predict(X_test), rtol=1e-12)


@pytest.mark.parametrize(("name", "params"), [  # settings where scikit-learn's tree has no ties (the same for 8 seeds)
    ("moons", {"max_depth": 5}), ("circles", {"min_samples_leaf": 3}), ("circles", {"min_samples_leaf": 5}),
    ("moons", {"max_depth": 4, "min_samples_split": 10})])
def test_depth_first_numbering_as_sklearn(sklearn, ml_data, name, params):
    tree = importlib.import_module("sklearn.tree")
    X_train, X_test, y_train, _ = ml_data(name)
    ours = DecisionTreeClassifier(**params).fit(X_train, y_train)
    theirs = tree.DecisionTreeClassifier(**params, random_state=0).fit(X_train, y_train)
    _same_arrays(ours, theirs)  # grown level by level, numbered depth first, left child first
    np.testing.assert_array_equal(ours.apply(X_test), theirs.apply(X_test))


def test_random_features_with_bootstrap_weights(ml_data):
    X_train, X_test, y_train, y_test = ml_data("digits")
    rng = np.random.default_rng(0)
    scores = []
    for seed in range(3):
        counts = np.bincount(rng.integers(0, len(X_train), len(X_train)), minlength=len(X_train))
        tree = DecisionTreeClassifier(max_features="sqrt", random_state=seed).fit(X_train, y_train, counts)
        again = DecisionTreeClassifier(max_features="sqrt", random_state=seed).fit(X_train, y_train, counts)
        np.testing.assert_array_equal(tree.tree_.threshold, again.tree_.threshold)  # random_state decides
        np.testing.assert_array_equal(tree.predict(X_train[counts > 0]), y_train[counts > 0])  # pure leaves
        scores.append(tree.score(X_test, y_test))
    assert min(scores) > 0.6 and len(set(scores)) > 1  # different features drawn, different trees


def test_stump_and_single_leaf():
    X = np.array([[0.0], [1.0], [2.0], [3.0]])
    leaf = DecisionTreeRegressor().fit(X, [2.0, 2.0, 2.0, 2.0])
    assert leaf.tree_.node_count == 1 and leaf.get_depth() == 0 and leaf.predict([[9.0]]).tolist() == [2.0]
    np.testing.assert_array_equal(leaf.apply(X), 0)
    np.testing.assert_array_equal(leaf.decision_path(X), np.ones((4, 1)))
    stump = DecisionTreeClassifier(max_leaf_nodes=2).fit(X, [0, 1, 1, 0])
    assert stump.get_n_leaves() == 2 and stump.get_depth() == 1
