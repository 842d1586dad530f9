"""Decision trees against scikit-learn: same predictions, depth, leaves and importances; export_text; errors.

scikit-learn visits the features in a random order (from ``random_state``) even with ``max_features=None`` and
keeps the first of equally good splits; mldlab visits them in column order. So the trees are compared exactly
whenever scikit-learn's own tree does not depend on its ``random_state`` (no ties), and otherwise (ties, shown by
scikit-learn disagreeing with itself) on accuracy and on depth and leaves matching one of scikit-learn's trees.
"""

import importlib
import inspect

import numpy as np
import pytest

from mldlab.i18n import language
from mldlab.ml import DecisionTreeClassifier, DecisionTreeRegressor, check_estimator, export_text

SETTINGS = [(None, 1), (2, 1), (3, 1), (5, 3), (None, 5)]  # (max_depth, min_samples_leaf)
SEEDS = range(6)


def _sklearn_trees(sklearn, cls, params, X, y):
    reference = getattr(sklearn.tree, cls)
    return [reference(**params, random_state=seed).fit(X, y) for seed in SEEDS]


def _stable(trees, X) -> bool:
    """scikit-learn gives the same tree whatever its feature order: no ties between equally good splits."""
    out = [t.predict_proba(X) if hasattr(t, "predict_proba") else t.predict(X) for t in trees]
    return all(np.array_equal(o, out[0]) and np.array_equal(t.feature_importances_, trees[0].feature_importances_)
               for o, t in zip(out, trees))


@pytest.mark.parametrize("criterion", ["gini", "entropy"])
@pytest.mark.parametrize("name", ["iris", "wine", "breast_cancer", "moons", "circles"])
def test_classifier_matches_sklearn(sklearn, ml_data, name, criterion):
    importlib.import_module("sklearn.tree")
    X_train, X_test, y_train, y_test = ml_data(name)
    exact = 0
    for max_depth, leaf in SETTINGS:
        params = {"criterion": criterion, "max_depth": max_depth, "min_samples_leaf": leaf}
        ours = DecisionTreeClassifier(**params).fit(X_train, y_train)
        theirs = _sklearn_trees(sklearn, "DecisionTreeClassifier", params, X_train, y_train)
        if _stable(theirs, X_test):
            exact += 1
            np.testing.assert_array_equal(ours.predict(X_test), theirs[0].predict(X_test))
            np.testing.assert_allclose(ours.predict_proba(X_test), theirs[0].predict_proba(X_test), atol=1e-12)
            np.testing.assert_allclose(ours.feature_importances_, theirs[0].feature_importances_, atol=1e-9)
            assert (ours.get_depth(), ours.get_n_leaves()) == (theirs[0].get_depth(), theirs[0].get_n_leaves())
        else:
            assert ours.get_depth() in {t.get_depth() for t in theirs}
            assert abs(ours.score(X_test, y_test) - theirs[0].score(X_test, y_test)) <= 0.03
        assert ours.get_depth() <= (max_depth or 99)
    if name in ("moons", "circles"):
        assert exact >= 3  # the 2-D sets have few ties: most settings must match exactly


def test_regressor_matches_sklearn(sklearn, ml_data):
    importlib.import_module("sklearn.tree")
    X_train, X_test, y_train, _ = ml_data("diabetes")
    exact = 0
    for max_depth, leaf in SETTINGS:
        params = {"max_depth": max_depth, "min_samples_leaf": leaf}
        ours = DecisionTreeRegressor(**params).fit(X_train, y_train)
        theirs = _sklearn_trees(sklearn, "DecisionTreeRegressor", params, X_train, y_train)
        if _stable(theirs, X_test):
            exact += 1
            np.testing.assert_allclose(ours.predict(X_test), theirs[0].predict(X_test), rtol=0, atol=1e-9)
            np.testing.assert_allclose(ours.feature_importances_, theirs[0].feature_importances_, atol=1e-9)
            assert (ours.get_depth(), ours.get_n_leaves()) == (theirs[0].get_depth(), theirs[0].get_n_leaves())
        else:
            assert ours.get_depth() in {t.get_depth() for t in theirs}
    assert exact >= 3


def test_export_text_as_sklearn(sklearn, ml_data):
    importlib.import_module("sklearn.tree")
    X_train, _, y_train, _ = ml_data("circles")
    ours = DecisionTreeClassifier(max_depth=3).fit(X_train, y_train)
    theirs = sklearn.tree.DecisionTreeClassifier(max_depth=3, random_state=0).fit(X_train, y_train)
    assert export_text(ours) == sklearn.tree.export_text(theirs)
    names = ["x", "y"]
    assert export_text(ours, feature_names=names, decimals=3) == sklearn.tree.export_text(
        theirs, feature_names=names, decimals=3)
    full = DecisionTreeClassifier().fit(X_train, y_train)
    full_theirs = sklearn.tree.DecisionTreeClassifier(random_state=0).fit(X_train, y_train)
    assert export_text(full, max_depth=2) == sklearn.tree.export_text(full_theirs, max_depth=2)
    X_train, _, y_train, _ = ml_data("diabetes")
    reg = DecisionTreeRegressor(max_depth=2).fit(X_train, y_train)
    reg_theirs = sklearn.tree.DecisionTreeRegressor(max_depth=2, random_state=0).fit(X_train, y_train)
    assert export_text(reg) == sklearn.tree.export_text(reg_theirs)


def test_defaults_as_sklearn(sklearn):
    importlib.import_module("sklearn.tree")
    for ours, theirs in ((DecisionTreeClassifier, sklearn.tree.DecisionTreeClassifier),
                         (DecisionTreeRegressor, sklearn.tree.DecisionTreeRegressor)):
        reference = inspect.signature(theirs).parameters
        for name, parameter in inspect.signature(ours).parameters.items():
            assert reference[name].default == parameter.default, name


def test_max_features_and_random_state(ml_data):
    X_train, X_test, y_train, y_test = ml_data("breast_cancer")
    first = DecisionTreeClassifier(max_features="sqrt", random_state=3).fit(X_train, y_train)
    again = DecisionTreeClassifier(max_features="sqrt", random_state=3).fit(X_train, y_train)
    other = DecisionTreeClassifier(max_features=0.2, random_state=4).fit(X_train, y_train)
    np.testing.assert_array_equal(first.predict_proba(X_test), again.predict_proba(X_test))
    assert not np.array_equal(first.feature_importances_, other.feature_importances_)
    assert first.score(X_test, y_test) > 0.85 and other.score(X_test, y_test) > 0.85
    for value in (1, 5, 0.5, "log2"):
        assert DecisionTreeClassifier(max_features=value, random_state=0).fit(X_train, y_train).get_n_leaves() > 2


def test_tree_arrays_and_apply():
    X = np.array([[0.0, 5.0], [1.0, 4.0], [2.0, 3.0], [3.0, 2.0], [4.0, 1.0], [5.0, 0.0]])
    y = np.array([0, 0, 1, 1, 2, 2])
    tree = DecisionTreeClassifier().fit(X, y)
    leaves = tree.apply(X)
    assert tree.get_n_leaves() == 3 and tree.get_depth() == 2
    np.testing.assert_allclose(tree.predict_proba(X).sum(axis=1), 1.0)
    np.testing.assert_array_equal(tree.tree_.children_left[leaves], -1)
    assert tree.n_classes_ == 3 and tree.tree_.impurity[0] == pytest.approx(1 - 3 * (1 / 3) ** 2)  # Gini
    entropy = DecisionTreeClassifier(criterion="entropy").fit(X, y)
    assert entropy.tree_.impurity[0] == pytest.approx(np.log2(3))  # −Σ p log₂ p with p = 1/3
    np.testing.assert_allclose(DecisionTreeClassifier(criterion="log_loss").fit(X, y).tree_.impurity,
                               entropy.tree_.impurity)
    stump = DecisionTreeRegressor(max_depth=1).fit(X, [1.0, 1.0, 1.0, 3.0, 3.0, 3.0])
    assert stump.tree_.threshold[0] == 2.5 and stump.score(X, [1.0, 1.0, 1.0, 3.0, 3.0, 3.0]) == 1.0


@pytest.mark.parametrize("estimator", [
    DecisionTreeClassifier(), DecisionTreeClassifier(max_depth=2, criterion="entropy"),
                                       DecisionTreeClassifier(max_features="sqrt", random_state=0),
                                       DecisionTreeRegressor(), DecisionTreeRegressor(min_samples_leaf=3)])
def test_contract(estimator):
    check_estimator(estimator)


X = np.array([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0], [3.0, 1.0]])
y = np.array([0, 0, 1, 1])

CASES = [
    ("max_depth", lambda: DecisionTreeClassifier(max_depth=0).fit(X, y),
     ("max_depth must be None or a whole number >= 1, got 0", "max_depth는 None이거나 1 이상의 정수여야 하는데 0")),
    ("min_samples_leaf", lambda: DecisionTreeRegressor(min_samples_leaf=0).fit(X, [1.0, 2.0, 3.0, 4.0]),
     ("min_samples_leaf must be a whole number >= 1 or a fraction in \\(0, 1\\)", "min_samples_leaf는 1 이상의 정수")),
    ("min_samples_split", lambda: DecisionTreeClassifier(min_samples_split=1).fit(X, y),
     ("min_samples_split must be a whole number >= 2 or a fraction in \\(0, 1\\]", "min_samples_split는 2 이상의")),
    ("max_features", lambda: DecisionTreeClassifier(max_features="auto").fit(X, y),
     ("max_features must be None, 'sqrt', 'log2', a whole number from 1 to 2", "1부터 2까지의 정수")),
    ("criterion", lambda: DecisionTreeRegressor(criterion="gini").fit(X, [1.0, 2.0, 3.0, 4.0]),
     ("criterion must be one of \\['squared_error', 'friedman_mse'\\], got 'gini'", "criterion는")),
    ("feature_names", lambda: export_text(DecisionTreeClassifier().fit(X, y), feature_names=["a"]),
     ("one name per feature \\(2\\), got 1", "이름이 하나씩\\(2개\\)")),
]


@pytest.mark.parametrize(("case", "call", "texts"), CASES, ids=[c[0] for c in CASES])
def test_errors_in_both_languages(case, call, texts):
    for lang, text in zip(("en", "ko"), texts):
        with language(lang), pytest.raises(ValueError, match=text):
            call()
