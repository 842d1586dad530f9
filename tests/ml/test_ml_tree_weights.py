"""Decision trees with sample weights, class weights and scikit-learn's other parameters, against scikit-learn.

A weight counts a sample that many times: integer weights give the tree of the duplicated rows; random float
weights give scikit-learn's tree wherever scikit-learn's own tree does not depend on its ``random_state``.
"""

import importlib
import warnings

import numpy as np
import pytest

from mldlab.i18n import language
from mldlab.ml import DecisionTreeClassifier, DecisionTreeRegressor

SEEDS = range(4)


def _reference(sklearn, cls, params, X, y, weight):
    module = importlib.import_module("sklearn.tree")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # criterion='friedman_mse' is deprecated in 1.9
        return [getattr(module, cls)(**params, random_state=s).fit(X, y, sample_weight=weight) for s in SEEDS]


def _outputs(tree, X):
    return tree.predict_proba(X) if hasattr(tree, "predict_proba") else tree.predict(X)


def _compare(ours, theirs, X, *, whole_tree: bool = False) -> bool:
    """Same outputs and importances as scikit-learn, when its trees agree; with ``whole_tree`` (integer weights)
    also the same depth, leaves, node weights and impurities.

    With float weights, scikit-learn computes a child's class counts as the parent's minus the left child's, so a
    pure node can get an impurity a rounding error above 0 and be split once more (into two pure leaves: same
    predictions); mldlab counts each node's own samples, so the node stays a leaf.
    """
    if not all(np.allclose(_outputs(t, X), _outputs(theirs[0], X), rtol=0, atol=1e-12)
               and np.allclose(t.feature_importances_, theirs[0].feature_importances_, rtol=0, atol=1e-12)
               for t in theirs):
        return False  # ties between equally good splits: scikit-learn's tree depends on its random_state
    np.testing.assert_allclose(_outputs(ours, X), _outputs(theirs[0], X), rtol=0, atol=1e-9)
    np.testing.assert_allclose(ours.feature_importances_, theirs[0].feature_importances_, atol=1e-9)
    assert ours.tree_.weighted_n_node_samples[0] == pytest.approx(theirs[0].tree_.weighted_n_node_samples[0])
    assert ours.tree_.impurity[0] == pytest.approx(theirs[0].tree_.impurity[0])
    if whole_tree:
        assert (ours.get_depth(), ours.get_n_leaves()) == (theirs[0].get_depth(), theirs[0].get_n_leaves())
        np.testing.assert_allclose(ours.tree_.weighted_n_node_samples, theirs[0].tree_.weighted_n_node_samples)
        np.testing.assert_allclose(ours.tree_.impurity, theirs[0].tree_.impurity, atol=1e-9)
    return True


@pytest.mark.parametrize("name", ["wine", "breast_cancer", "moons", "circles"])
@pytest.mark.parametrize("criterion", ["gini", "entropy"])
def test_classifier_float_weights_as_sklearn(sklearn, ml_data, name, criterion):
    X_train, X_test, y_train, _ = ml_data(name)
    weight = np.random.default_rng(1).uniform(0.1, 3.0, len(X_train))
    weight[::7] = 0.0  # zero weights are allowed
    exact = 0
    for params in ({"max_depth": 2}, {"max_depth": 3}, {"max_depth": None, "min_samples_leaf": 2},
                   {"min_weight_fraction_leaf": 0.05}, {"min_weight_fraction_leaf": 0.1},
                   {"min_impurity_decrease": 0.01}, {"class_weight": "balanced", "max_depth": 4}):
        params = {"criterion": criterion, **params}
        ours = DecisionTreeClassifier(**params).fit(X_train, y_train, sample_weight=weight)
        exact += _compare(ours, _reference(sklearn, "DecisionTreeClassifier", params, X_train, y_train, weight),
                          X_test)
    assert exact >= 3


@pytest.mark.parametrize("criterion", ["squared_error", "friedman_mse"])
def test_regressor_float_weights_as_sklearn(sklearn, ml_data, criterion):
    X_train, X_test, y_train, _ = ml_data("diabetes")
    weight = np.random.default_rng(2).exponential(size=len(X_train))
    weight[::5] = 0.0
    exact = 0
    for params in ({"max_depth": 2}, {"max_depth": 3}, {"max_depth": 4}, {"max_depth": 6, "min_samples_leaf": 3},
                   {"min_weight_fraction_leaf": 0.02}, {"min_impurity_decrease": 50.0, "max_depth": 8}):
        params = {"criterion": criterion, **params}
        ours = DecisionTreeRegressor(**params).fit(X_train, y_train, sample_weight=weight)
        exact += _compare(ours, _reference(sklearn, "DecisionTreeRegressor", params, X_train, y_train, weight),
                          X_test)
    assert exact >= 3


def test_integer_weights_are_duplicated_rows(ml_data):
    X_train, X_test, y_train, _ = ml_data("wine")
    counts = np.random.default_rng(3).integers(0, 4, len(X_train))
    rows = np.repeat(np.arange(len(X_train)), counts)
    for cls, y in ((DecisionTreeClassifier, y_train), (DecisionTreeRegressor, X_train[:, 0] * 3 + y_train)):
        weighted = cls(max_depth=6).fit(X_train, y, sample_weight=counts)
        copied = cls(max_depth=6).fit(X_train[rows], y[rows])
        np.testing.assert_allclose(_outputs(weighted, X_test), _outputs(copied, X_test), atol=1e-12)
        np.testing.assert_array_equal(weighted.tree_.threshold, copied.tree_.threshold)
        np.testing.assert_allclose(weighted.tree_.weighted_n_node_samples, copied.tree_.n_node_samples)
        np.testing.assert_allclose(weighted.feature_importances_, copied.feature_importances_, atol=1e-12)


def test_weighted_impurity_by_hand():
    X = np.array([[0.0], [1.0], [2.0], [3.0]])
    y = np.array([0, 0, 1, 1])
    tree = DecisionTreeClassifier(max_depth=1).fit(X, y, sample_weight=[1.0, 3.0, 2.0, 2.0])
    # root: W = 8, p = (4/8, 4/8), Gini = 1 − 0.25 − 0.25 = 0.5
    assert tree.tree_.weighted_n_node_samples[0] == 8.0 and tree.tree_.impurity[0] == 0.5
    assert tree.tree_.threshold[0] == 1.5 and tree.tree_.impurity[1] == 0.0
    tree = DecisionTreeClassifier(max_depth=1).fit(X, [0, 1, 0, 1], sample_weight=[1.0, 3.0, 2.0, 2.0])
    # root p = (3/8, 5/8): Gini = 1 − 9/64 − 25/64 = 30/64. Candidates, Wₗ·Iₗ + Wᵣ·Iᵣ with weighted counts:
    # x ≤ 0.5: {0: 1} | {0: 2, 1: 5} → 1·0 + 7·(1 − 4/49 − 25/49) = 20/7 ≈ 2.86   (the best)
    # x ≤ 1.5: {0: 1, 1: 3} | {0: 2, 1: 2} → 4·6/16 + 4·1/2 = 3.5;   x ≤ 2.5: 6·1/2 + 2·0 = 3
    assert tree.tree_.threshold[0] == 0.5
    np.testing.assert_allclose(tree.tree_.impurity, [30 / 64, 0.0, 20 / 49])
    np.testing.assert_allclose(tree.tree_.value, [[3 / 8, 5 / 8], [1.0, 0.0], [2 / 7, 5 / 7]])
    np.testing.assert_allclose(tree.tree_.weighted_n_node_samples, [8.0, 1.0, 7.0])
    assert tree.feature_importances_.tolist() == [1.0]
    reg = DecisionTreeRegressor(max_depth=1).fit(X, [1.0, 2.0, 4.0, 8.0], sample_weight=[3.0, 1.0, 0.0, 2.0])
    # root: ȳ = (3 + 2 + 16) / 6 = 3.5, I = (3·1 + 4 + 2·64) / 6 − 3.5² = 10.25
    assert reg.tree_.value[0] == 3.5 and reg.tree_.impurity[0] == pytest.approx(10.25)
    assert reg.tree_.value[1] == pytest.approx(1.25) and reg.tree_.value[2] == pytest.approx(8.0)


def test_zero_weight_is_a_removed_sample(ml_data):
    X_train, X_test, y_train, _ = ml_data("moons")
    keep = np.arange(len(X_train)) % 3 != 0
    weighted = DecisionTreeClassifier().fit(X_train, y_train, sample_weight=keep.astype(float))
    removed = DecisionTreeClassifier().fit(X_train[keep], y_train[keep])
    np.testing.assert_array_equal(weighted.predict_proba(X_test), removed.predict_proba(X_test))


def test_class_weight_dict_as_sklearn(sklearn, ml_data):
    X_train, X_test, y_train, _ = ml_data("moons")
    params = {"class_weight": {0: 1.0, 1: 5.0}, "max_depth": 3}
    ours = DecisionTreeClassifier(**params).fit(X_train, y_train)
    theirs = _reference(sklearn, "DecisionTreeClassifier", params, X_train, y_train, None)
    assert _compare(ours, theirs, X_test)
    counts = np.random.default_rng(6).integers(0, 3, len(X_train))
    ours = DecisionTreeClassifier(max_depth=3).fit(X_train, y_train, sample_weight=counts)
    theirs = _reference(sklearn, "DecisionTreeClassifier", {"max_depth": 3}, X_train, y_train, counts)
    assert _compare(ours, theirs, X_test, whole_tree=True)


def test_leaf_value_overwritten_is_predicted(ml_data):
    X_train, X_test, y_train, _ = ml_data("diabetes")
    tree = DecisionTreeRegressor(max_depth=3, criterion="friedman_mse").fit(X_train, y_train)
    leaves = tree.apply(X_test)
    tree.tree_.value[leaves[0]] = -123.0
    assert tree.predict(X_test)[0] == -123.0
    assert tree.tree_.max_depth == tree.get_depth() == 3


def test_decision_path_as_sklearn(sklearn, ml_data):
    X_train, X_test, y_train, _ = ml_data("circles")
    ours = DecisionTreeClassifier(max_depth=4).fit(X_train, y_train)
    theirs = _reference(sklearn, "DecisionTreeClassifier", {"max_depth": 4}, X_train, y_train, None)
    assert _compare(ours, theirs, X_test, whole_tree=True)
    path = ours.decision_path(X_test)
    np.testing.assert_array_equal(path, theirs[0].decision_path(X_test).toarray())
    assert path.shape == (len(X_test), ours.tree_.node_count)
    np.testing.assert_array_equal(path[np.arange(len(X_test)), ours.apply(X_test)], 1)


X = np.array([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0], [3.0, 1.0]])
y = np.array([0, 0, 1, 1])

CASES = [
    ("negative", lambda: DecisionTreeClassifier().fit(X, y, sample_weight=[1.0, -1.0, 1.0, 1.0]),
     ("sample_weight\\[1\\] = -1.0", "0 이상의 유한한 수")),
    ("nan", lambda: DecisionTreeRegressor().fit(X, [1.0, 2, 3, 4], sample_weight=[1.0, 1.0, np.nan, 1.0]),
     ("sample_weight\\[2\\] = nan", "sample_weight\\[2\\] = nan")),
    ("length", lambda: DecisionTreeClassifier().fit(X, y, sample_weight=[1.0, 2.0]),
     ("one weight per sample \\(4\\), got an array of shape \\(2,\\)", "샘플마다 가중치가 하나씩")),
    ("zero", lambda: DecisionTreeClassifier().fit(X, y, sample_weight=np.zeros(4)),
     ("sum to 0", "합이 0")),
    ("class_weight", lambda: DecisionTreeClassifier(class_weight={7: 2.0}).fit(X, y),
     ("names the class 7, which is not in y", "클래스 7가 y에 없습니다")),
    ("class_weight_kind", lambda: DecisionTreeClassifier(class_weight="even").fit(X, y),
     ("class_weight must be None, 'balanced' or a dict", "class_weight는")),
    ("splitter", lambda: DecisionTreeClassifier(splitter="random").fit(X, y),
     ("splitter='random' is not supported", "splitter='random'를 지원하지 않습니다")),
    ("ccp_alpha", lambda: DecisionTreeRegressor(ccp_alpha=0.1).fit(X, [1.0, 2, 3, 4]),
     ("ccp_alpha=0.1 is not supported", "ccp_alpha=0.1를")),
    ("min_weight_fraction_leaf", lambda: DecisionTreeClassifier(min_weight_fraction_leaf=0.6).fit(X, y),
     ("from 0 to 0.5, got 0.6", "0부터 0.5까지")),
    ("min_impurity_decrease", lambda: DecisionTreeClassifier(min_impurity_decrease=-1.0).fit(X, y),
     ("min_impurity_decrease", "min_impurity_decrease")),
]


@pytest.mark.parametrize(("case", "call", "texts"), CASES, ids=[c[0] for c in CASES])
def test_errors_in_both_languages(case, call, texts):
    for lang, text in zip(("en", "ko"), texts):
        with language(lang), pytest.raises(ValueError, match=text):
            call()
