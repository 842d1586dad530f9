"""Random forests and bagging against scikit-learn: accuracy within 2 points and R² within 0.02 on the bundled data
(mean over a few seeds: the two libraries draw different random samples), out-of-bag scores close to its own,
and the mechanics checked exactly: the samples drawn, the out-of-bag sums, the averaged probabilities, importances,
warm start, threads."""

import inspect

import numpy as np
import pytest

from mldlab.ml import (
    BaggingClassifier,
    BaggingRegressor,
    DecisionTreeClassifier,
    DecisionTreeRegressor,
    KNeighborsClassifier,
    LogisticRegression,
    RandomForestClassifier,
    RandomForestRegressor,
    SGDClassifier,
)

SEEDS = {"iris": 4, "wine": 4, "breast_cancer": 2, "moons": 3, "digits": 1}
N_TREES = {"iris": 25, "wine": 25, "breast_cancer": 25, "moons": 25, "digits": 20}


def _mean_score(make, ml_data, name, n_seeds):
    X_train, X_test, y_train, y_test = ml_data(name)
    return np.mean([make(seed).fit(X_train, y_train).score(X_test, y_test) for seed in range(n_seeds)])


@pytest.mark.parametrize("name", list(SEEDS))
def test_random_forest_accuracy_within_2_points_of_sklearn(sklearn, ml_data, name):
    from sklearn.ensemble import RandomForestClassifier as Theirs

    n = N_TREES[name]
    ours = _mean_score(lambda s: RandomForestClassifier(n_estimators=n, random_state=s), ml_data, name, SEEDS[name])
    theirs = _mean_score(lambda s: Theirs(n_estimators=n, random_state=s), ml_data, name, SEEDS[name])
    assert abs(ours - theirs) <= 0.02, (ours, theirs)


@pytest.mark.parametrize("name", list(SEEDS))
def test_bagging_accuracy_within_2_points_of_sklearn(sklearn, ml_data, name):
    from sklearn.ensemble import BaggingClassifier as Theirs

    options = {"n_estimators": 10, "max_features": 0.5} if name == "digits" else {"n_estimators": N_TREES[name]}
    ours = _mean_score(lambda s: BaggingClassifier(random_state=s, **options), ml_data, name, SEEDS[name])
    theirs = _mean_score(lambda s: Theirs(random_state=s, **options), ml_data, name, SEEDS[name])
    assert abs(ours - theirs) <= 0.02, (ours, theirs)


def test_random_forest_regressor_r2_within_0_02_of_sklearn(sklearn, ml_data):
    from sklearn.ensemble import RandomForestRegressor as Theirs

    options = {"n_estimators": 30, "min_samples_leaf": 5}
    ours = _mean_score(lambda s: RandomForestRegressor(random_state=s, **options), ml_data, "diabetes", 4)
    theirs = _mean_score(lambda s: Theirs(random_state=s, **options), ml_data, "diabetes", 4)
    assert abs(ours - theirs) <= 0.02, (ours, theirs)


def test_out_of_bag_scores_close_to_sklearns(sklearn, ml_data):
    from sklearn.ensemble import BaggingRegressor as SkBagReg
    from sklearn.ensemble import RandomForestClassifier as SkForest
    from sklearn.tree import DecisionTreeRegressor as SkTree

    X_train, _, y_train, _ = ml_data("breast_cancer")
    ours = RandomForestClassifier(n_estimators=30, oob_score=True, random_state=0).fit(X_train, y_train)
    theirs = SkForest(n_estimators=30, oob_score=True, random_state=0).fit(X_train, y_train)
    assert abs(ours.oob_score_ - theirs.oob_score_) <= 0.03
    assert ours.oob_decision_function_.shape == theirs.oob_decision_function_.shape
    X_train, _, y_train, _ = ml_data("diabetes")
    ours = [BaggingRegressor(DecisionTreeRegressor(min_samples_leaf=5), n_estimators=30, oob_score=True,
                             random_state=seed).fit(X_train, y_train).oob_score_ for seed in range(2)]
    theirs = [SkBagReg(SkTree(min_samples_leaf=5), n_estimators=30, oob_score=True,
                       random_state=seed).fit(X_train, y_train).oob_score_ for seed in range(2)]
    assert abs(np.mean(ours) - np.mean(theirs)) <= 0.04


def test_out_of_bag_is_the_mean_over_the_trees_that_missed_each_row(ml_data):
    X_train, _, y_train, _ = ml_data("iris")
    forest = RandomForestClassifier(n_estimators=15, oob_score=True, random_state=1).fit(X_train, y_train)
    sums, counts = np.zeros((len(X_train), 3)), np.zeros(len(X_train))
    for tree, rows in zip(forest.estimators_, forest.estimators_samples_):
        out = ~np.isin(np.arange(len(X_train)), rows)
        sums[out] += tree.predict_proba(X_train[out])
        counts[out] += 1
    np.testing.assert_allclose(forest.oob_decision_function_, sums / np.maximum(counts, 1)[:, None])
    oob_accuracy = np.mean(forest.classes_[forest.oob_decision_function_.argmax(1)] == y_train)
    assert forest.oob_score_ == pytest.approx(oob_accuracy)
    scored = RandomForestClassifier(n_estimators=15, oob_score=lambda y, p: -np.mean(y != p), random_state=1)
    assert scored.fit(X_train, y_train).oob_score_ == pytest.approx(oob_accuracy - 1)


def test_samples_drawn_and_trees_grown_on_them(ml_data):
    X_train, X_test, y_train, _ = ml_data("wine")
    forest = RandomForestClassifier(n_estimators=5, max_samples=0.5, random_state=0).fit(X_train, y_train)
    samples = forest.estimators_samples_
    assert [len(rows) for rows in samples] == [len(X_train) // 2] * 5
    assert [tree.tree_.n_node_samples[0] for tree in forest.estimators_] == [len(set(r)) for r in samples]
    assert len({tree.random_state for tree in forest.estimators_}) == 5
    again = forest.estimators_samples_
    assert all(np.array_equal(a, b) for a, b in zip(samples, again))
    proba = np.mean([tree.predict_proba(X_test) for tree in forest.estimators_], axis=0)
    np.testing.assert_allclose(forest.predict_proba(X_test), proba)
    assert np.array_equal(forest.predict(X_test), forest.classes_[proba.argmax(1)])
    full = RandomForestClassifier(n_estimators=3, bootstrap=False, random_state=0).fit(X_train, y_train)
    assert all(np.array_equal(rows, np.arange(len(X_train))) for rows in full.estimators_samples_)


def test_same_seed_same_forest_warm_start_and_threads(ml_data):
    X_train, X_test, y_train, _ = ml_data("iris")
    first = RandomForestClassifier(n_estimators=12, random_state=3).fit(X_train, y_train).predict_proba(X_test)
    again = RandomForestClassifier(n_estimators=12, random_state=3).fit(X_train, y_train).predict_proba(X_test)
    threads = RandomForestClassifier(n_estimators=12, random_state=3, n_jobs=2).fit(X_train, y_train)
    warm = RandomForestClassifier(n_estimators=5, random_state=3, warm_start=True).fit(X_train, y_train)
    five = list(warm.estimators_)
    warm.set_params(n_estimators=12).fit(X_train, y_train)
    assert warm.estimators_[:5] == five and len(warm.estimators_) == 12
    for other in (again, threads.predict_proba(X_test), warm.predict_proba(X_test)):
        np.testing.assert_array_equal(first, other)
    with pytest.warns(UserWarning, match="no new estimator"):
        warm.fit(X_train, y_train)
    with pytest.raises(ValueError, match="n_estimators=3 must be at least the 12"):
        warm.set_params(n_estimators=3).fit(X_train, y_train)


def test_feature_importances_mean_of_the_trees_and_like_sklearns(sklearn, ml_data):
    from sklearn.ensemble import RandomForestClassifier as Theirs

    X_train, _, y_train, _ = ml_data("iris")
    ours = RandomForestClassifier(n_estimators=50, random_state=0).fit(X_train, y_train)
    mean = np.mean([tree.feature_importances_ for tree in ours.estimators_], axis=0)
    np.testing.assert_allclose(ours.feature_importances_, mean / mean.sum())
    theirs = Theirs(n_estimators=50, random_state=0).fit(X_train, y_train).feature_importances_
    assert np.abs(ours.feature_importances_ - theirs).max() < 0.08
    stump = RandomForestRegressor(n_estimators=3, max_depth=1, random_state=0).fit(X_train, np.ones(len(X_train)))
    assert stump.feature_importances_.tolist() == [0.0] * 4  # no tree split: no importance


@pytest.mark.filterwarnings("ignore::mldlab.exceptions.ConvergenceWarning")  # SGD members with 5 epochs
def test_bagging_features_members_without_weights_or_probabilities(ml_data):
    X_train, X_test, y_train, _ = ml_data("wine")
    bag = BaggingClassifier(KNeighborsClassifier(), n_estimators=6, max_features=5, bootstrap_features=True,
                            max_samples=40, random_state=0).fit(X_train, y_train)
    assert [len(f) for f in bag.estimators_features_] == [5] * 6
    assert all(member.n_features_in_ == 5 for member in bag.estimators_)
    assert [len(rows) for rows in bag.estimators_samples_] == [40] * 6
    assert [member.n_samples_fit_ for member in bag.estimators_] == [40] * 6  # no sample_weight: the drawn rows
    proba = np.mean([m.predict_proba(X_test[:, f]) for m, f in zip(bag.estimators_, bag.estimators_features_)], 0)
    np.testing.assert_allclose(bag.predict_proba(X_test), proba)
    votes = BaggingClassifier(SGDClassifier(max_iter=5), n_estimators=4, random_state=0).fit(X_train, y_train)
    assert not hasattr(SGDClassifier(), "predict_proba")
    fractions = votes.predict_proba(X_test)
    assert np.allclose(fractions.sum(1), 1) and set(np.unique(fractions * 4)) <= {0.0, 1.0, 2.0, 3.0, 4.0}
    assert not hasattr(bag, "decision_function")
    linear = BaggingClassifier(LogisticRegression(), n_estimators=3, random_state=0).fit(X_train, y_train)
    scores = np.mean([m.decision_function(X_test) for m in linear.estimators_], axis=0)
    np.testing.assert_allclose(linear.decision_function(X_test), scores)


def test_bagging_passes_its_seeds_and_pastes_without_replacement(ml_data):
    X_train, _, y_train, _ = ml_data("iris")
    bag = BaggingClassifier(DecisionTreeClassifier(max_features=2), n_estimators=4, bootstrap=False,
                            max_samples=0.5, random_state=0).fit(X_train, y_train)
    assert len({m.random_state for m in bag.estimators_}) == 4
    assert all(len(set(rows)) == len(rows) == len(X_train) // 2 for rows in bag.estimators_samples_)


@pytest.mark.parametrize("name", ["RandomForestClassifier", "RandomForestRegressor", "BaggingClassifier",
                                  "BaggingRegressor"])
def test_parameters_have_sklearns_names_and_defaults(sklearn, name):
    import sklearn.ensemble

    import mldlab.ml

    theirs = inspect.signature(getattr(sklearn.ensemble, name)).parameters
    mine = inspect.signature(getattr(mldlab.ml, name)).parameters
    assert list(mine) == list(theirs)
    assert all(repr(mine[p].default) == repr(theirs[p].default) for p in mine if p != "estimator")


@pytest.mark.parametrize(("build", "english", "korean"), [
    (lambda: RandomForestClassifier(max_samples=0), "max_samples must be None", "max_samples는 None"),
    (lambda: RandomForestClassifier(max_samples=-0.5), "a fraction in (0, ∞)", "(0, ∞) 범위의"),
    (lambda: RandomForestClassifier(bootstrap=False, max_samples=10), "only used with bootstrap=True",
     "bootstrap=True일 때만"),
    (lambda: RandomForestClassifier(bootstrap=False, oob_score=True), "needs bootstrap=True", "bootstrap=True가"),
    (lambda: RandomForestClassifier(oob_score="yes"), "oob_score must be True, False or a function",
     "oob_score는 True"),
    (lambda: RandomForestClassifier(n_estimators=0), "n_estimators", "n_estimators"),
    (lambda: RandomForestClassifier(n_jobs=0), "n_jobs must be None, -1", "n_jobs는 None"),
    (lambda: RandomForestClassifier(monotonic_cst=[1, 0, 0, 0]), "monotonic_cst=[1, 0, 0, 0] is not supported",
     "지원하지 않습니다"),
    (lambda: BaggingClassifier(max_samples=1.5), "a fraction in (0, 1]", "(0, 1] 범위의"),
    (lambda: BaggingClassifier(max_samples=500, bootstrap=False), "a whole number from 1 to 112",
     "1부터 112까지의"),
    (lambda: BaggingClassifier(max_features=9), "max_features must be a whole number from 1 to 4",
     "1부터 4(특성 수)까지"),
    (lambda: BaggingClassifier(estimator="tree"), "estimator must be an estimator with fit and predict",
     "fit과 predict가 있는"),
    (lambda: BaggingClassifier(oob_score=True, warm_start=True), "not available with warm_start=True",
     "warm_start=True일 때는"),
    (lambda: BaggingClassifier(bootstrap="yes"), "bootstrap", "bootstrap"),
])
def test_bad_parameters_clear_errors_in_both_languages(ml_data, build, english, korean):
    from mldlab.i18n import language

    X_train, _, y_train, _ = ml_data("iris")
    for lang, words in (("en", english), ("ko", korean)):
        with language(lang), pytest.raises(ValueError) as info:
            build().fit(X_train, y_train)
        assert words in str(info.value), str(info.value)


def test_too_few_trees_warn_about_rows_without_out_of_bag_prediction(ml_data):
    X_train, _, y_train, _ = ml_data("iris")
    with pytest.warns(UserWarning, match="no out-of-bag prediction"):
        forest = RandomForestClassifier(n_estimators=2, oob_score=True, random_state=0).fit(X_train, y_train)
    assert (forest.oob_decision_function_.sum(1) == 0).any()
    with pytest.warns(UserWarning, match="no out-of-bag prediction"):
        bag = BaggingClassifier(n_estimators=2, oob_score=True, random_state=0).fit(X_train, y_train)
    assert np.isnan(bag.oob_decision_function_).any()


def test_class_weights_from_all_of_y_or_from_each_sample(sklearn, ml_data):
    from sklearn.ensemble import RandomForestClassifier as Theirs

    X_train, X_test, y_train, y_test = ml_data("breast_cancer")
    keep = (y_train == 1) | (np.arange(len(y_train)) % 6 == 0)  # 1 malignant (class 0) for about 11 benign
    X_few, y_few = X_train[keep], np.where(y_train[keep] == 0, "malignant", "benign")
    balanced = RandomForestClassifier(n_estimators=10, class_weight="balanced", random_state=0).fit(X_few, y_few)
    drawn = np.concatenate(balanced.estimators_samples_)  # drawn ∝ class weight (scikit-learn 1.9): half each
    assert abs(np.mean(y_few[drawn] == "malignant") - 0.5) < 0.05 and np.mean(y_few == "malignant") < 0.1
    assert all(tree.class_weight is None for tree in balanced.estimators_)
    pasted = RandomForestClassifier(n_estimators=2, class_weight="balanced", bootstrap=False).fit(X_few, y_few)
    root = [tree.tree_.weighted_n_node_samples[0] for tree in pasted.estimators_]  # Σ N / (K · N_k) = N
    np.testing.assert_allclose(root, len(y_few))
    sub = RandomForestClassifier(n_estimators=4, class_weight="balanced_subsample", random_state=0).fit(X_few, y_few)
    for tree, rows in zip(sub.estimators_, sub.estimators_samples_):
        drawn = np.bincount(np.searchsorted(sub.classes_, y_few[rows]))
        assert tree.class_weight == pytest.approx({0: len(rows) / (2 * drawn[0]), 1: len(rows) / (2 * drawn[1])})
    named = RandomForestClassifier(n_estimators=2, class_weight={"malignant": 5}, bootstrap=False).fit(X_few, y_few)
    expected = np.sum(np.where(y_few == "malignant", 5.0, 1.0))
    assert named.estimators_[0].tree_.weighted_n_node_samples[0] == pytest.approx(expected)
    recall = {}
    for weights in ("balanced", "balanced_subsample"):
        ours = [RandomForestClassifier(n_estimators=25, max_depth=3, class_weight=weights, random_state=s)
                .fit(X_few, y_few).predict(X_test) for s in range(2)]
        theirs = [Theirs(n_estimators=25, max_depth=3, class_weight=weights, random_state=s)
                  .fit(X_few, y_few).predict(X_test) for s in range(2)]
        recall[weights] = [np.mean([np.mean(p[y_test == 0] == "malignant") for p in preds])
                           for preds in (ours, theirs)]
        assert abs(recall[weights][0] - recall[weights][1]) <= 0.05, recall
    with pytest.raises(ValueError, match="'balanced_subsample' or a dict"):
        RandomForestClassifier(class_weight="even").fit(X_few, y_few)


def test_sample_weight_draws_rows_in_proportion_or_weighs_them(ml_data):
    X_train, X_test, y_train, _ = ml_data("iris")
    weight = np.where(y_train == 2, 0.0, 1.0)  # class 2 never drawn
    forest = RandomForestClassifier(n_estimators=5, random_state=0).fit(X_train, y_train, weight)
    assert not any((y_train[rows] == 2).any() for rows in forest.estimators_samples_)
    assert forest.predict_proba(X_test)[:, 2].max() == 0.0 and forest.n_classes_ == 3
    bag = BaggingRegressor(n_estimators=3, max_samples=0.5, random_state=0).fit(X_train, y_train * 1.0, weight)
    assert [len(rows) for rows in bag.estimators_samples_] == [int(0.5 * weight.sum())] * 3  # ⌊f · Σ w⌋
    assert not any((y_train[rows] == 2).any() for rows in bag.estimators_samples_)
    weight = np.arange(len(y_train)) % 3 + 1.0
    pasted = RandomForestRegressor(n_estimators=2, bootstrap=False, max_features=2, random_state=0)
    pasted.fit(X_train, y_train * 1.0, sample_weight=weight)
    for tree in pasted.estimators_:
        alone = DecisionTreeRegressor(max_features=2, random_state=tree.random_state)
        np.testing.assert_array_equal(tree.predict(X_test), alone.fit(X_train, y_train * 1.0, weight).predict(X_test))


@pytest.mark.parametrize(("forest", "tree"), [
    (RandomForestClassifier(n_estimators=6, random_state=1), DecisionTreeClassifier(max_features="sqrt")),
    (RandomForestClassifier(n_estimators=4, max_depth=4, criterion="entropy", class_weight="balanced_subsample",
                            random_state=2),
     DecisionTreeClassifier(max_depth=4, criterion="entropy", max_features="sqrt")),
    (RandomForestRegressor(n_estimators=5, random_state=3), DecisionTreeRegressor(max_features=1.0)),
    (RandomForestRegressor(n_estimators=3, max_features=0.2, min_samples_leaf=3, bootstrap=False, random_state=4),
     DecisionTreeRegressor(max_features=0.2, min_samples_leaf=3)),
], ids=["clf-sqrt", "clf-entropy-subsample", "reg-all-features", "reg-no-bootstrap"])
def test_trees_grown_together_are_the_trees_grown_alone(ml_data, forest, tree):
    """The forest grows its trees together (``_tree_batch``); each must be the tree its ``random_state`` grows
    alone on all rows, weighted by how often its sample drew them."""
    X, _, y, _ = ml_data("wine")
    if isinstance(forest, RandomForestRegressor):
        y = X[:, 0] + X[:, 1]
        X = X[:, 1:]
    forest.fit(X, y)
    target = y if isinstance(forest, RandomForestRegressor) else np.searchsorted(forest.classes_, y)
    for member, rows in zip(forest.estimators_, forest.estimators_samples_):
        weight = np.bincount(rows, minlength=len(X)).astype(float)
        same = {name: member.get_params()[name] for name in ("random_state", "class_weight") if name in
                tree.get_params()}
        alone = tree.set_params(**same).fit(X, target, sample_weight=weight)
        for name in ("feature", "threshold", "children_left", "n_node_samples", "weighted_n_node_samples", "value"):
            np.testing.assert_array_equal(getattr(member.tree_, name), getattr(alone.tree_, name), err_msg=name)
