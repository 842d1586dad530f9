"""Training data of one class: the models that count (neighbours, trees, forests, bagging) learn it, as scikit-learn's
do; the models that weigh one class against another (logistic regression, boosting) refuse it, as scikit-learn's do."""

import numpy as np
import pytest

from mldlab.ml import (
    BaggingClassifier,
    DecisionTreeClassifier,
    GradientBoostingClassifier,
    KNeighborsClassifier,
    LogisticRegression,
    RandomForestClassifier,
)

X = np.array([[0.0, 1.0], [1.0, 3.0], [2.0, 0.5], [3.0, 2.0], [4.0, 1.5]])
Y = np.array(["pass"] * 5)

COUNTING = [
    (lambda: DecisionTreeClassifier(), lambda sk: sk.tree.DecisionTreeClassifier()),
    (lambda: KNeighborsClassifier(n_neighbors=3), lambda sk: sk.neighbors.KNeighborsClassifier(n_neighbors=3)),
    (lambda: RandomForestClassifier(n_estimators=4, random_state=0),
     lambda sk: sk.ensemble.RandomForestClassifier(n_estimators=4, random_state=0)),
    (lambda: BaggingClassifier(n_estimators=3, random_state=0),
     lambda sk: sk.ensemble.BaggingClassifier(n_estimators=3, random_state=0)),
]


@pytest.mark.parametrize("make, make_reference", COUNTING)
def test_a_counting_model_learns_one_class_as_scikit_learn_does(make, make_reference, sklearn):
    import sklearn.ensemble  # noqa: F401  (the submodules the references use)
    import sklearn.tree  # noqa: F401

    ours, reference = make().fit(X, Y), make_reference(sklearn).fit(X, Y)
    query = np.array([[10.0, -3.0], [1.5, 1.5]])
    assert ours.classes_.tolist() == reference.classes_.tolist() == ["pass"]
    assert ours.predict(query).tolist() == reference.predict(query).tolist() == ["pass", "pass"]
    np.testing.assert_array_equal(ours.predict_proba(query), reference.predict_proba(query))
    assert ours.score(X, Y) == 1.0


@pytest.mark.parametrize("make", [LogisticRegression, GradientBoostingClassifier])
def test_a_model_that_weighs_classes_refuses_one_class(make):
    with pytest.raises(ValueError, match="pass"):
        make().fit(X, Y)
