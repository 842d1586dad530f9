"""k-nearest neighbours against scikit-learn: the same predictions, probabilities and neighbours."""

import numpy as np
import pytest

from mldlab.ml import KDTree, KNeighborsClassifier, KNeighborsRegressor

DATASETS = ["iris", "wine", "breast_cancer", "digits", "moons", "circles", "gaussians"]


@pytest.mark.parametrize("name", DATASETS)
@pytest.mark.parametrize("n_neighbors", [1, 5, 15])
@pytest.mark.parametrize("weights", ["uniform", "distance"])
def test_classifier_predicts_as_scikit_learn(sklearn, ml_data, name, n_neighbors, weights):
    X_train, X_test, y_train, y_test = ml_data(name)
    ours = KNeighborsClassifier(n_neighbors, weights=weights).fit(X_train, y_train)
    theirs = sklearn.neighbors.KNeighborsClassifier(n_neighbors, weights=weights).fit(X_train, y_train)
    np.testing.assert_array_equal(ours.predict(X_test), theirs.predict(X_test))
    np.testing.assert_allclose(ours.predict_proba(X_test), theirs.predict_proba(X_test), atol=1e-12)
    assert ours.score(X_test, y_test) == theirs.score(X_test, y_test)
    assert ours._fit_method == "brute"  # 'auto': the KD-tree only pays off on large 2-D and 3-D data


@pytest.mark.parametrize("name", ["iris", "wine", "moons", "gaussians"])
@pytest.mark.parametrize("algorithm", ["brute", "kd_tree"])
@pytest.mark.parametrize(("metric", "p"), [("minkowski", 2), ("manhattan", 2), ("minkowski", 1), ("minkowski", 3)])
def test_algorithms_and_metrics_as_scikit_learn(sklearn, ml_data, name, algorithm, metric, p):
    X_train, X_test, y_train, _ = ml_data(name)
    options = {"n_neighbors": 7, "algorithm": algorithm, "metric": metric, "p": p}
    ours = KNeighborsClassifier(**options).fit(X_train, y_train)
    theirs = sklearn.neighbors.KNeighborsClassifier(**options).fit(X_train, y_train)
    np.testing.assert_array_equal(ours.predict(X_test), theirs.predict(X_test))
    dist, ind = ours.kneighbors(X_test)
    their_dist, their_ind = theirs.kneighbors(X_test)
    np.testing.assert_allclose(dist, their_dist, rtol=1e-10)  # their brute force: ‖x‖² − 2x·x' + ‖x'‖², rounded
    exact = sklearn.neighbors.KDTree(X_train, metric="minkowski", p=1 if metric == "manhattan" else p)
    np.testing.assert_allclose(dist, exact.query(X_test, k=7)[0], rtol=1e-12, atol=1e-12)
    k_plus_1 = theirs.kneighbors(X_test, n_neighbors=8)[0]
    untied = np.all(np.diff(k_plus_1, axis=1) > 1e-9, axis=1)  # equal distances may come in another order
    np.testing.assert_array_equal(ind[untied], their_ind[untied])
    assert ours.effective_metric_ == theirs.effective_metric_


@pytest.mark.parametrize("weights", ["uniform", "distance"])
@pytest.mark.parametrize("n_neighbors", [1, 5, 20])
def test_regressor_predicts_as_scikit_learn(sklearn, ml_data, weights, n_neighbors):
    X_train, X_test, y_train, y_test = ml_data("diabetes")
    ours = KNeighborsRegressor(n_neighbors, weights=weights).fit(X_train, y_train)
    theirs = sklearn.neighbors.KNeighborsRegressor(n_neighbors, weights=weights).fit(X_train, y_train)
    np.testing.assert_allclose(ours.predict(X_test), theirs.predict(X_test), rtol=1e-12)
    assert ours.score(X_test, y_test) == pytest.approx(theirs.score(X_test, y_test), abs=1e-12)


def test_kneighbors_of_the_training_points_leave_each_point_out(sklearn, ml_data):
    X_train, _, y_train, _ = ml_data("iris")  # iris has duplicate flowers: a point's twin is its neighbour
    ours = KNeighborsClassifier(4).fit(X_train, y_train)
    theirs = sklearn.neighbors.KNeighborsClassifier(4).fit(X_train, y_train)
    dist, ind = ours.kneighbors()
    their_dist, _ = theirs.kneighbors()
    np.testing.assert_allclose(dist, their_dist, atol=1e-12)
    assert not (ind == np.arange(len(X_train))[:, None]).any()
    assert ours.kneighbors(X_train[:3], n_neighbors=2, return_distance=False).shape == (3, 2)


def test_ties_go_to_the_earlier_training_point():
    X = np.array([[1.0], [-1.0], [2.0], [-2.0]])
    y = np.array([0, 1, 0, 1])
    for algorithm in ("brute", "kd_tree"):
        knn = KNeighborsClassifier(1, algorithm=algorithm).fit(X, y)
        assert knn.kneighbors([[0.0]], 3)[1].tolist() == [[0, 1, 2]]
        assert knn.predict([[0.0]]).tolist() == [0]
    assert KNeighborsClassifier(2).fit(X, y).predict([[0.0]]).tolist() == [0]  # a 1–1 vote: the first class


def test_distance_weights_let_an_exact_match_decide():
    knn = KNeighborsClassifier(3, weights="distance").fit([[0.0], [0.0], [1.0], [1.1]], [0, 0, 1, 1])
    assert knn.predict_proba([[1.0]]).tolist() == [[0.0, 1.0]]


def test_kd_tree_equals_brute_force_on_a_grid_full_of_ties(sklearn):
    rng = np.random.default_rng(0)
    X = rng.integers(0, 6, size=(500, 2)).astype(float)
    Q = rng.integers(0, 6, size=(200, 2)).astype(float) + 0.5 * rng.integers(0, 2, size=(200, 2))
    for p in (1, 2, 3):
        tree_dist, tree_ind = KDTree(X, leaf_size=7, p=p).query(Q, k=9)
        knn = KNeighborsClassifier(9, algorithm="brute", p=p).fit(X, np.arange(500) % 2)
        dist, ind = knn.kneighbors(Q)
        np.testing.assert_array_equal(tree_ind, ind)
        np.testing.assert_allclose(tree_dist, dist, rtol=1e-12)
        their_dist, _ = sklearn.neighbors.KDTree(X, metric="minkowski", p=p).query(Q, k=9)
        np.testing.assert_allclose(dist, their_dist, rtol=1e-12)


@pytest.mark.parametrize(("n", "k", "p", "n_queries", "n_jobs"),
                         [(50, 3, 2, 300, 1), (3000, 1, 2, 300, 1), (3000, 5, 2, 300, 1), (3000, 40, 2, 300, 1),
                          (6, 6, 2, 300, 1), (3000, 5, 1, 300, 1), (3000, 5, 3, 300, 1), (3000, 5, 2, 3000, 2),
                          (3000, 5, 2, 3000, None), (3000, 5, 1, 3000, -1)])
def test_brute_force_equals_a_plain_stable_sort(n, k, p, n_queries, n_jobs):
    rng = np.random.default_rng(n + k)
    X = rng.integers(0, 4, size=(n, 3)).astype(float)  # a few distinct points: ties everywhere
    Q = rng.integers(0, 4, size=(n_queries, 3)).astype(float)
    Q[::7] += rng.random((len(Q[::7]), 3))  # and some without ties
    distances = (np.abs(Q[:, None] - X[None]) ** p).sum(axis=-1) ** (1 / p)
    expected = np.argsort(distances, axis=1, kind="stable")[:, :k]
    knn = KNeighborsClassifier(k, algorithm="brute", p=p, n_jobs=n_jobs).fit(X, np.arange(n) % 3)
    dist, ind = knn.kneighbors(Q)  # 3000 × 3000 distances: searched in threads
    np.testing.assert_array_equal(ind, expected)
    np.testing.assert_allclose(dist, np.take_along_axis(distances, expected, axis=1), rtol=1e-12, atol=1e-12)


def test_n_jobs_is_checked():
    for bad in (0, -2, 1.5, "2", True):
        with pytest.raises(ValueError, match="n_jobs"):
            KNeighborsRegressor(n_jobs=bad).fit([[0.0], [1.0]], [0.0, 1.0])


def test_auto_takes_the_kd_tree_only_on_large_low_dimensional_data():
    X = np.random.default_rng(0).random((150_000, 2))
    assert KNeighborsRegressor().fit(X, X[:, 0])._fit_method == "kd_tree"  # where it beats brute force
    assert KNeighborsRegressor().fit(X[:-1], X[:-1, 0])._fit_method == "brute"
    assert KNeighborsRegressor().fit(X[:, [0, 1, 1]], X[:, 0])._fit_method == "brute"  # 3-D: from 300,000
    assert KNeighborsRegressor(algorithm="kd_tree").fit(X[:100], X[:100, 0])._fit_method == "kd_tree"


def test_reprs_and_parameters_in_scikit_learns_order(sklearn):
    """scikit-learn lists the parameters alphabetically (``get_params``, and the changed ones in ``repr``)."""
    from sklearn.neighbors import KNeighborsClassifier as Theirs

    from mldlab.ml import KNeighborsClassifier

    ours, theirs = KNeighborsClassifier(weights="distance", algorithm="kd_tree"), Theirs(weights="distance",
                                                                                       algorithm="kd_tree")
    assert repr(ours) == repr(theirs)
    assert list(ours.get_params()) == [name for name in theirs.get_params() if name in ours.get_params()]
