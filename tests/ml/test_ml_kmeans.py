"""KMeans beside scikit-learn's: from the same initial centres the same labels, inertia, iterations and centres
(float64 and float32), k-means++ as good on average, and the teaching steps equal to the model's iterations."""

import warnings

import numpy as np
import pytest

from mldlab.data import gaussians, load_digits, load_iris, load_wine, moons
from mldlab.exceptions import ConvergenceWarning
from mldlab.ml import KMeans, kmeans_plusplus, kmeans_steps, lloyd_step

DATA = {
    "iris": lambda: load_iris()[0],
    "wine": lambda: load_wine()[0],
    "digits": lambda: load_digits()[0],
    "gaussians": lambda: gaussians(n_samples=300, n_classes=3, seed=0)[0],
    "moons": lambda: moons(n_samples=400, noise=0.3, seed=0)[0],
}


@pytest.fixture(scope="module")
def data():
    return {name: np.asarray(make(), dtype=np.float64) for name, make in DATA.items()}


def _starts(X, k, n_starts=3):
    """Initial centres: samples, and samples moved away from the data (empty clusters happen)."""
    rng = np.random.default_rng(k)
    for start in range(n_starts):
        init = X[rng.choice(len(X), k, replace=False)].copy()
        yield init + (3 * rng.normal(size=init.shape) if start == n_starts - 1 else 0)


def _fit_both(sklearn, X, **params):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ours = KMeans(**params).fit(X)
        theirs = sklearn.cluster.KMeans(**params).fit(X)
    return ours, theirs


@pytest.mark.parametrize("name", list(DATA))
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_same_as_sklearn_from_the_same_centres(sklearn, data, name, dtype):
    import sklearn.cluster  # noqa: F401

    X = data[name].astype(dtype)
    for k in (2, 3, 8):
        for init in _starts(X, k):
            ours, theirs = _fit_both(sklearn, X, n_clusters=k, init=init.astype(dtype), n_init=1)
            assert ours.labels_.dtype == theirs.labels_.dtype == np.int32
            assert ours.cluster_centers_.dtype == theirs.cluster_centers_.dtype == dtype
            np.testing.assert_array_equal(ours.labels_, theirs.labels_)
            assert ours.n_iter_ == theirs.n_iter_
            # float32: scikit-learn adds the n squared distances one by one in float32 (its sum is off by ~1e-6)
            assert ours.inertia_ == pytest.approx(theirs.inertia_, rel=1e-6 if dtype == np.float64 else 1e-5)
            tolerance = {"rtol": 0, "atol": 1e-8} if dtype == np.float64 else {"rtol": 1e-6, "atol": 1e-4}  # 2 ulp
            np.testing.assert_allclose(ours.cluster_centers_, theirs.cluster_centers_, **tolerance)
            Xtest = X[::7] + 0.5
            np.testing.assert_array_equal(ours.predict(Xtest), theirs.predict(Xtest))
            np.testing.assert_allclose(ours.transform(Xtest), theirs.transform(Xtest), rtol=1e-5 if dtype ==
                                       np.float32 else 1e-9, atol=1e-4 if dtype == np.float32 else 1e-9)
            assert ours.score(Xtest) == pytest.approx(theirs.score(Xtest), rel=1e-6 if dtype == np.float64 else 1e-5)


def test_sample_weight_and_tol_and_max_iter_as_sklearn(sklearn, data):
    import sklearn.cluster  # noqa: F401

    X = data["wine"]
    w = np.random.default_rng(0).uniform(0.1, 3, size=len(X))
    for params in ({"tol": 0.0}, {"tol": 1e-2}, {"max_iter": 2}, {"max_iter": 1}, {"tol": 1.0}):
        init = next(_starts(X, 4))
        ours = KMeans(4, init=init, n_init=1, **params).fit(X, sample_weight=w)
        theirs = sklearn.cluster.KMeans(4, init=init, n_init=1, **params).fit(X, sample_weight=w)
        np.testing.assert_array_equal(ours.labels_, theirs.labels_)
        assert ours.n_iter_ == theirs.n_iter_
        assert ours.inertia_ == pytest.approx(theirs.inertia_, rel=1e-6)
        assert ours.score(X, sample_weight=w) == pytest.approx(theirs.score(X, sample_weight=w), rel=1e-6)


def test_kmeans_plusplus_as_good_as_sklearn(sklearn, data):
    import sklearn.cluster  # noqa: F401

    X = data["digits"]
    ours = [KMeans(10, random_state=seed).fit(X).inertia_ for seed in range(8)]
    theirs = [sklearn.cluster.KMeans(10, random_state=seed).fit(X).inertia_ for seed in range(8)]
    assert np.mean(ours) == pytest.approx(np.mean(theirs), rel=0.03)
    centers, indices = kmeans_plusplus(X, 10, random_state=0)
    np.testing.assert_array_equal(X[indices], centers)
    assert len(set(indices.tolist())) == 10


def test_teaching_steps_are_the_models_iterations(data):
    X = data["iris"]
    for init in _starts(X, 3):
        model = KMeans(3, init=init, n_init=1).fit(X)
        steps = kmeans_steps(X, init)
        assert len(steps) in (model.n_iter_, model.n_iter_ + 1)
        np.testing.assert_array_equal(steps[-1].labels, model.labels_)
        np.testing.assert_array_equal(steps[-1].centers, model.cluster_centers_)
        assert steps[-1].inertia == pytest.approx(model.inertia_, rel=1e-12)
        np.testing.assert_array_equal(steps[0].centers, init)
        for before, after in zip(steps, steps[1:]):
            np.testing.assert_array_equal(before.new_centers, after.centers)
            assert after.inertia <= before.inertia + 1e-9
        step = lloyd_step(X, init)
        np.testing.assert_array_equal(step.labels, steps[0].labels)
        full = np.isin(np.arange(3), step.labels)
        if full.all():
            np.testing.assert_allclose(step.new_centers, steps[0].new_centers, atol=1e-12)
        else:  # KMeans moves an empty cluster onto a far point; lloyd_step leaves it where it is
            np.testing.assert_array_equal(step.new_centers[~full], init[~full])
        np.testing.assert_allclose(step.distances, ((X[:, None] - init[None]) ** 2).sum(-1), atol=1e-9)


def test_lloyd_step_keeps_the_centre_of_an_empty_cluster():
    X = np.array([[0.0, 0.0], [1.0, 0.0]])
    step = lloyd_step(X, [[0.5, 0.0], [50.0, 50.0]])
    assert step.labels.tolist() == [0, 0]
    assert step.new_centers.tolist() == [[0.5, 0.0], [50.0, 50.0]]
    assert step.shift == 0.0 and step.inertia == 0.5


def test_duplicate_points_warn_as_sklearn(sklearn):
    import sklearn.cluster  # noqa: F401

    X = np.array([[0.0, 0.0]] * 5 + [[1.0, 1.0]] * 5)
    with pytest.warns(ConvergenceWarning, match="distinct clusters"):
        ours = KMeans(3, random_state=0).fit(X)
    with pytest.warns(sklearn.exceptions.ConvergenceWarning):
        sklearn.cluster.KMeans(3, random_state=0).fit(X)
    assert len(set(ours.labels_.tolist())) == 2 and ours.inertia_ == 0.0


def test_more_clusters_than_distinct_points_as_sklearn(sklearn):
    """Empty clusters that cannot be relocated (every point on its centre) land where scikit-learn puts them."""
    import sklearn.cluster  # noqa: F401

    X = np.array([[0.0, 0.0]] * 5 + [[1.0, 1.0]] * 5 + [[3.0, 0.0]] * 3)
    rng = np.random.default_rng(0)
    for trial in range(40):
        k = int(rng.integers(2, 7))
        init = rng.normal(size=(k, 2)) * [1, 5, 50][trial % 3]
        init[:min(k, 3)] = X[[0, 5, 10]][:min(k, 3)] if trial % 2 else init[:min(k, 3)]
        ours, theirs = _fit_both(sklearn, X, n_clusters=k, init=init, n_init=1)
        np.testing.assert_array_equal(ours.labels_, theirs.labels_)
        assert ours.n_iter_ == theirs.n_iter_
        np.testing.assert_allclose(ours.cluster_centers_, theirs.cluster_centers_, atol=1e-8)


@pytest.mark.parametrize("k", [1, 3, 10, 16, 17])
def test_assignment_in_chunks_equals_one_pass(monkeypatch, k):
    """The assignment works through X in chunks of rows (the last one shorter) with work arrays made once: with
    small chunks it gives the first nearest centre of every point, ties included, again after the centres move."""
    from mldlab.ml import _kmeans_lloyd

    monkeypatch.setattr(_kmeans_lloyd, "_CHUNK", 7 * k)  # 7 points a chunk: 169 = 24 chunks of 7 and one of 1
    X = np.stack(np.meshgrid(np.arange(-6, 7), np.arange(-6, 7)), axis=-1).reshape(-1, 2).astype(np.float64)
    assign = _kmeans_lloyd.Assignment(X, k)
    rng = np.random.default_rng(k)
    for _ in range(2):
        centers = rng.integers(-6, 7, size=(k, 2)).astype(np.float64)
        distances = ((X[:, None, :] - centers[None]) ** 2).sum(axis=-1)
        np.testing.assert_array_equal(assign(centers), distances.argmin(axis=1))


@pytest.mark.parametrize("k", [1, 2, 5, 10, 16, 17, 40])
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_points_go_to_the_first_nearest_centre_on_ties(sklearn, k, dtype):
    """On a grid of integer points with integer centres (in pairs c, −c) many distances tie exactly: the point goes
    to the first of the nearest centres, as in scikit-learn, for few centres (counted) and many (argmax)."""
    import sklearn.cluster  # noqa: F401

    rng = np.random.default_rng(k)
    X = np.stack(np.meshgrid(np.arange(-6, 7), np.arange(-6, 7)), axis=-1).reshape(-1, 2).astype(dtype)
    centers = rng.integers(-6, 7, size=(k, 2)).astype(dtype)
    centers[1::2] = -centers[: k // 2]  # c and −c tie on the line x·c = 0
    distances = ((X[:, None, :] - centers[None]) ** 2).sum(axis=-1)
    expected = distances.argmin(axis=1)  # the first minimum
    assert k == 1 or np.count_nonzero(distances == distances.min(axis=1, keepdims=True)) > len(X)  # ties happen
    np.testing.assert_array_equal(lloyd_step(X, centers).labels, expected)
    ours, theirs = _fit_both(sklearn, X, n_clusters=k, init=centers, n_init=1, max_iter=1)
    np.testing.assert_array_equal(ours.labels_, theirs.labels_)
    np.testing.assert_array_equal(ours.predict(X), theirs.predict(X))
