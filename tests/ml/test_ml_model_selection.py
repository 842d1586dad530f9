"""Cross-validation and grid search against scikit-learn: the same folds (without shuffling), the same scores."""

import warnings

import numpy as np
import pytest

from mldlab.ml import (
    GridSearchCV,
    KFold,
    KNeighborsClassifier,
    KNeighborsRegressor,
    ParameterGrid,
    Ridge,
    StandardScaler,
    StratifiedKFold,
    cross_val_score,
    get_scorer,
    make_pipeline,
)


def _same_splits(ours, theirs):
    ours, theirs = list(ours), list(theirs)
    assert len(ours) == len(theirs)
    for (train, test), (their_train, their_test) in zip(ours, theirs):
        np.testing.assert_array_equal(train, their_train)
        np.testing.assert_array_equal(test, their_test)


@pytest.mark.parametrize("n_samples", [5, 7, 10, 23, 150])
@pytest.mark.parametrize("n_splits", [2, 3, 5])
def test_kfold_as_scikit_learn(sklearn, n_samples, n_splits):
    X = np.zeros((n_samples, 1))
    _same_splits(KFold(n_splits).split(X), sklearn.model_selection.KFold(n_splits).split(X))


@pytest.mark.parametrize("name", ["iris", "wine", "breast_cancer", "digits", "moons"])
@pytest.mark.parametrize("n_splits", [2, 3, 5, 10])
def test_stratified_kfold_as_scikit_learn(sklearn, ml_data, name, n_splits):
    X, _, y, _ = ml_data(name)
    _same_splits(StratifiedKFold(n_splits).split(X, y), sklearn.model_selection.StratifiedKFold(n_splits).split(X, y))


def test_stratified_kfold_with_uneven_and_text_classes_as_scikit_learn(sklearn):
    rng = np.random.default_rng(0)
    for _ in range(20):
        y = np.array(["b", "a", "c"])[rng.choice(3, size=rng.integers(12, 40), p=[0.6, 0.3, 0.1])]
        if np.unique(y, return_counts=True)[1].min() < 2:
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # some classes smaller than n_splits: both warn
            _same_splits(StratifiedKFold(4).split(y, y), sklearn.model_selection.StratifiedKFold(4).split(y, y))


@pytest.mark.parametrize("splitter", [KFold, StratifiedKFold])
def test_shuffled_folds_are_a_partition_and_repeat_with_random_state(splitter):
    y = np.repeat([0, 1, 2], [20, 12, 8])
    folds = [test for _, test in splitter(4, shuffle=True, random_state=7).split(y, y)]
    np.testing.assert_array_equal(np.sort(np.concatenate(folds)), np.arange(len(y)))
    again = [test for _, test in splitter(4, shuffle=True, random_state=7).split(y, y)]
    assert all(np.array_equal(a, b) for a, b in zip(folds, again))
    assert not all(np.array_equal(a, b) for a, b in zip(folds, splitter(4).split(y, y)))
    if splitter is StratifiedKFold:
        assert all(np.bincount(y[f]).tolist() in ([5, 3, 2],) for f in folds)


@pytest.mark.parametrize(("name", "scoring"), [("iris", None), ("breast_cancer", "f1"), ("wine", "f1_macro"),
                                               ("breast_cancer", "roc_auc"), ("digits", "accuracy")])
def test_cross_val_score_as_scikit_learn(sklearn, ml_data, name, scoring):
    X, _, y, _ = ml_data(name)
    ours = cross_val_score(KNeighborsClassifier(5), X, y, scoring=scoring, cv=5)
    theirs = sklearn.model_selection.cross_val_score(sklearn.neighbors.KNeighborsClassifier(5), X, y,
                                                     scoring=scoring, cv=5)
    np.testing.assert_allclose(ours, theirs, rtol=1e-12)


@pytest.mark.parametrize("scoring", [None, "r2", "neg_mean_squared_error", "neg_mean_absolute_error",
                                     "neg_root_mean_squared_error"])
def test_cross_val_score_of_a_regressor_as_scikit_learn(sklearn, ml_data, scoring):
    X, _, y, _ = ml_data("diabetes")
    ours = cross_val_score(Ridge(alpha=0.1), X, y, scoring=scoring, cv=4)
    theirs = sklearn.model_selection.cross_val_score(sklearn.linear_model.Ridge(alpha=0.1), X, y, scoring=scoring,
                                                     cv=4)
    np.testing.assert_allclose(ours, theirs, rtol=1e-9)


def test_grid_search_as_scikit_learn(sklearn, ml_data):
    X, X_test, y, y_test = ml_data("wine")
    grid = {"kneighborsclassifier__n_neighbors": [1, 3, 7, 15], "kneighborsclassifier__weights": ["uniform",
                                                                                                   "distance"]}
    ours = GridSearchCV(make_pipeline(StandardScaler(), KNeighborsClassifier()), grid, cv=5).fit(X, y)
    theirs = sklearn.model_selection.GridSearchCV(
        sklearn.pipeline.make_pipeline(sklearn.preprocessing.StandardScaler(),
                                       sklearn.neighbors.KNeighborsClassifier()), grid, cv=5).fit(X, y)
    assert ours.cv_results_["params"] == theirs.cv_results_["params"]
    for key in ("mean_test_score", "std_test_score", "split0_test_score", "split4_test_score"):
        np.testing.assert_allclose(ours.cv_results_[key], theirs.cv_results_[key], rtol=1e-12, atol=1e-15)
    np.testing.assert_array_equal(ours.cv_results_["rank_test_score"], theirs.cv_results_["rank_test_score"])
    assert ours.best_params_ == theirs.best_params_ and ours.best_index_ == theirs.best_index_
    assert ours.best_score_ == pytest.approx(theirs.best_score_)
    np.testing.assert_array_equal(ours.predict(X_test), theirs.predict(X_test))
    assert ours.score(X_test, y_test) == theirs.score(X_test, y_test)


def test_grid_search_of_a_regressor_with_train_scores(sklearn, ml_data):
    X, _, y, _ = ml_data("diabetes")
    grid = [{"n_neighbors": [3, 10]}, {"n_neighbors": [20], "weights": ["distance"]}]
    ours = GridSearchCV(KNeighborsRegressor(), grid, scoring="neg_mean_squared_error", cv=3,
                        return_train_score=True).fit(X, y)
    theirs = sklearn.model_selection.GridSearchCV(sklearn.neighbors.KNeighborsRegressor(), grid,
                                                  scoring="neg_mean_squared_error", cv=3,
                                                  return_train_score=True).fit(X, y)
    for key in ("mean_test_score", "mean_train_score", "rank_test_score"):
        np.testing.assert_allclose(ours.cv_results_[key], theirs.cv_results_[key], rtol=1e-9)
    assert ours.best_params_ == theirs.best_params_ and ours.n_splits_ == 3


def test_parameter_grid_order_and_scorers(sklearn):
    grid = {"b": [1, 2], "a": ["x", "y", "z"]}
    assert list(ParameterGrid(grid)) == list(sklearn.model_selection.ParameterGrid(grid))
    assert len(ParameterGrid([grid, {"c": [0]}])) == 7
    with pytest.raises(ValueError, match="non-empty list"):
        ParameterGrid({"n_neighbors": 3})
    with pytest.raises(ValueError, match="Unknown scoring 'accurcy'"):
        get_scorer("accurcy")


def test_scikit_learn_estimators_are_recognised_as_classifiers_and_regressors(sklearn):
    """scikit-learn ≥ 1.6 says what an estimator is in its tags, not ``_estimator_type``: cross_val_score must still
    stratify the folds of its classifiers (sorted labels in plain folds would score 0) and score its regressors
    with R²."""
    from sklearn.linear_model import LogisticRegression as TheirClassifier
    from sklearn.linear_model import Ridge as TheirRegressor
    from sklearn.model_selection import cross_val_score as their_cross_val_score

    from mldlab.data import load_diabetes, load_iris
    from mldlab.ml.base import is_classifier, is_clusterer, is_regressor

    X, y = load_iris()  # sorted by class
    model = TheirClassifier(max_iter=1000)
    assert is_classifier(model) and not is_regressor(model) and not is_clusterer(model)
    np.testing.assert_allclose(cross_val_score(model, X, y, cv=3), their_cross_val_score(model, X, y, cv=3))
    X, y = load_diabetes()
    assert is_regressor(TheirRegressor()) and not is_classifier(TheirRegressor())
    np.testing.assert_allclose(cross_val_score(TheirRegressor(), X, y, cv=3),
                               their_cross_val_score(TheirRegressor(), X, y, cv=3))
