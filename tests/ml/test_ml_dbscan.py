"""DBSCAN beside scikit-learn: identical labels (the same numbering, the same border samples), core samples and
components, for every metric, sample weights and precomputed distances; clear errors for bad input."""

import importlib

import numpy as np
import pytest

from mldlab.data import circles, gaussians, load_digits, load_iris, load_wine, moons
from mldlab.i18n import language
from mldlab.ml import DBSCAN
from mldlab.ml._dbscan_clusters import connected_components

DATA = {
    "iris": lambda: load_iris()[0],
    "wine": lambda: load_wine()[0],
    "digits": lambda: load_digits()[0],
    "moons": lambda: moons(n_samples=400, noise=0.1, seed=0)[0],
    "circles": lambda: circles(n_samples=400, noise=0.05, seed=0)[0],
    "gaussians": lambda: gaussians(n_samples=400, seed=0)[0],
}


@pytest.fixture(scope="module")
def sk(sklearn):
    """scikit-learn's cluster and neighbors modules."""
    return importlib.import_module("sklearn.cluster"), importlib.import_module("sklearn.neighbors")


def _radii(neighbors, X, min_samples: int, metric: str = "euclidean", p=None) -> list[float]:
    """ε at the 10%, 50% and 90% points of the k-distance (the distance of each sample to its min_samples-th
    nearest, itself counted): few, some and most samples core. Each is some pair's distance exactly, so pairs at
    distance exactly ε are decided too."""
    model = neighbors.NearestNeighbors(n_neighbors=min_samples, metric=metric, p=2 if p is None else p)
    d = model.fit(X).kneighbors(X)[0][:, -1]
    return [float(np.quantile(d, q, method="nearest")) for q in (0.1, 0.5, 0.9)]


def _assert_same(ours, theirs) -> None:
    np.testing.assert_array_equal(ours.labels_, theirs.labels_)
    np.testing.assert_array_equal(ours.core_sample_indices_, theirs.core_sample_indices_)
    np.testing.assert_array_equal(ours.components_, theirs.components_)
    assert ours.labels_.dtype == theirs.labels_.dtype


@pytest.mark.parametrize("min_samples", [3, 10])
@pytest.mark.parametrize("name", list(DATA))
def test_labels_identical_to_sklearn(sk, name, min_samples):
    cluster, neighbors = sk
    X = DATA[name]().astype(np.float64)  # (see test_float32_data for float32)
    clusters = set()
    for eps in _radii(neighbors, X, min_samples):
        theirs = cluster.DBSCAN(eps=eps, min_samples=min_samples).fit(X)
        _assert_same(DBSCAN(eps=eps, min_samples=min_samples).fit(X), theirs)
        clusters.add(theirs.labels_.max() + 1)
    assert len(clusters) > 1  # the radii give different clusterings: the comparison means something


@pytest.mark.parametrize(("metric", "p"), [("manhattan", None), ("cityblock", None), ("chebyshev", None),
                                           ("minkowski", 3), ("minkowski", 1.5), ("minkowski", 1)])
@pytest.mark.parametrize("name", ["iris", "wine", "moons"])
def test_other_metrics_identical_to_sklearn(sk, name, metric, p):
    cluster, neighbors = sk
    X = DATA[name]().astype(np.float64)
    for eps in _radii(neighbors, X, 5, metric=metric, p=p):
        _assert_same(DBSCAN(eps=eps, metric=metric, p=p).fit(X), cluster.DBSCAN(eps=eps, metric=metric, p=p).fit(X))


def test_precomputed_distances_symmetric_or_not(sk):
    cluster, neighbors = sk
    X = DATA["moons"]().astype(np.float64)
    D = np.sqrt(((X[:, None] - X[None]) ** 2).sum(axis=-1))
    for eps in _radii(neighbors, X, 5):
        _assert_same(DBSCAN(eps=eps, metric="precomputed").fit(D), cluster.DBSCAN(eps=eps, metric="precomputed").fit(D))
    lopsided = D * np.random.default_rng(0).uniform(0.7, 1.3, size=D.shape)  # d(i, j) ≠ d(j, i): walked in order
    for eps in _radii(neighbors, X, 5):
        theirs = cluster.DBSCAN(eps=eps, metric="precomputed").fit(lopsided)
        _assert_same(DBSCAN(eps=eps, metric="precomputed").fit(lopsided), theirs)


def test_sample_weight_identical_to_sklearn(sk):
    cluster, _ = sk
    X = DATA["gaussians"]().astype(np.float64)
    rng = np.random.default_rng(0)
    for weights in (rng.integers(0, 4, len(X)), rng.integers(-1, 4, len(X)), 2, rng.uniform(0, 3, len(X))):
        ours = DBSCAN(eps=0.3, min_samples=6).fit(X, sample_weight=weights)
        theirs = cluster.DBSCAN(eps=0.3, min_samples=6).fit(X, sample_weight=weights)
        _assert_same(ours, theirs)
        np.testing.assert_array_equal(DBSCAN(eps=0.3, min_samples=6).fit_predict(X, sample_weight=weights),
                                      theirs.labels_)


def test_float32_data(sk):
    """float32 data are clustered in float64 (mldlab's ``check_array``), as scikit-learn's KD-tree does (up to 15
    features). Its brute-force search (more features) decides a pair at distance exactly ε otherwise in float32:
    on digits, with ε = √507 (rounded down in float64), pairs at distance √507 are in its neighbourhoods."""
    cluster, neighbors = sk
    X = DATA["moons"]()
    for eps in _radii(neighbors, X.astype(np.float64), 5):
        _assert_same(DBSCAN(eps=eps).fit(X), cluster.DBSCAN(eps=eps).fit(X))
    digits = DATA["digits"]()
    _assert_same(DBSCAN(eps=21.0, min_samples=10).fit(digits), cluster.DBSCAN(eps=21.0, min_samples=10).fit(digits))


def test_a_border_sample_joins_the_cluster_reached_first(sk):
    """Sample 2 (at 1.45) is not core but within ε of a core of each cluster (0.5 and 2.4): scikit-learn's walk
    reaches it from the cluster of sample 0 first. Reversed, the other cluster comes first and takes it."""
    cluster, _ = sk
    X = np.array([[0.0], [0.5], [1.45], [-0.5], [-0.3], [2.4], [2.9], [3.4], [3.2], [10.0]])
    model = DBSCAN(eps=1.0, min_samples=4).fit(X)
    assert model.labels_.tolist() == [0, 0, 0, 0, 0, 1, 1, 1, 1, -1]
    assert model.core_sample_indices_.tolist() == [0, 1, 3, 4, 5, 6, 7, 8]
    _assert_same(model, cluster.DBSCAN(eps=1.0, min_samples=4).fit(X))
    reversed_order = DBSCAN(eps=1.0, min_samples=4).fit(X[::-1])
    assert reversed_order.labels_.tolist() == [-1, 0, 0, 0, 0, 1, 1, 0, 1, 1]
    _assert_same(reversed_order, cluster.DBSCAN(eps=1.0, min_samples=4).fit(X[::-1]))


def test_core_border_noise_by_hand():
    """(1)–(5) written out with NumPy on iris."""
    X = DATA["iris"]().astype(np.float64)
    eps, min_samples = 0.4, 5
    model = DBSCAN(eps=eps, min_samples=min_samples).fit(X)
    near = np.sqrt(((X[:, None] - X[None]) ** 2).sum(axis=-1)) <= eps  # (1)
    core = near.sum(axis=1) >= min_samples  # (2)
    np.testing.assert_array_equal(model.core_sample_indices_, np.flatnonzero(core))
    border = ~core & near[:, core].any(axis=1)  # (4)
    assert (model.labels_[core | border] >= 0).all() and (model.labels_[~core & ~border] == -1).all()  # (5)
    for a, b in zip(*np.nonzero(near & core[:, None] & core[None])):  # (3) neighbouring cores share a cluster
        assert model.labels_[a] == model.labels_[b]


def test_connected_components_finds_each_components_smallest_node():
    rng = np.random.default_rng(0)
    n = 300
    a, b = rng.integers(0, n, 200), rng.integers(0, n, 200)
    root = connected_components(n, a, b)
    expected = np.arange(n)  # by repeated relaxation: each node takes the smallest label across its edges
    while True:
        new = expected.copy()
        np.minimum.at(new, a, expected[b])
        np.minimum.at(new, b, expected[a])
        if np.array_equal(new, expected):
            break
        expected = new
    np.testing.assert_array_equal(root, expected)


def test_everything_noise_or_one_cluster():
    X = DATA["moons"]()
    assert (DBSCAN(eps=1e-6).fit(X).labels_ == -1).all()
    assert DBSCAN(eps=1e-6).fit(X).components_.shape == (0, 2)
    assert (DBSCAN(eps=100.0).fit(X).labels_ == 0).all()
    assert (DBSCAN(eps=1e-6, min_samples=1).fit(X).labels_ == np.arange(len(X))).all()  # each sample its own core


X_SMALL = np.random.default_rng(0).normal(size=(10, 3))
ERRORS = [
    (lambda: DBSCAN(eps=0).fit(X_SMALL), ("eps must be a number > 0", "eps는 0보다 큰 숫자")),
    (lambda: DBSCAN(eps=-1.5).fit(X_SMALL), ("got -1.5", "-1.5입니다")),
    (lambda: DBSCAN(min_samples=0).fit(X_SMALL), ("min_samples must be a whole number >= 1, got 0",
                                                  "min_samples는 1 이상의 정수여야 하는데 0입니다")),
    (lambda: DBSCAN(min_samples=2.5).fit(X_SMALL), ("got 2.5", "2.5입니다")),
    (lambda: DBSCAN(metric="hamming").fit(X_SMALL), ("metric must be one of", "metric는")),
    (lambda: DBSCAN(metric="minkowski", p=0).fit(X_SMALL), ("p must be a number > 0", "p는 0보다 큰")),
    (lambda: DBSCAN(metric_params={"w": 1}).fit(X_SMALL), ("a dict with the key 'p'", "키 'p'")),
    (lambda: DBSCAN(metric="precomputed").fit(X_SMALL), ("got shape (10, 3)", "모양이 (10, 3)")),
    (lambda: DBSCAN(metric="precomputed").fit(-np.eye(3)), ("X[0, 0] = -1.0", "X[0, 0] = -1.0")),
    (lambda: DBSCAN().fit(X_SMALL, sample_weight=[1, 2]), ("one weight per sample (10), got shape (2,)",
                                                          "가중치가 하나씩(10개)")),
    (lambda: DBSCAN().fit(X_SMALL, sample_weight=[np.nan] * 10), ("sample_weight[0] = nan", "sample_weight[0] = nan")),
    (lambda: DBSCAN().fit(X_SMALL[:, 0]), ("X.reshape(-1, 1)", "X.reshape(-1, 1)")),
]


@pytest.mark.parametrize("case", range(len(ERRORS)))
def test_bad_input_gets_a_clear_error_in_both_languages(case):
    make, texts = ERRORS[case]
    for lang, text in zip(("en", "ko"), texts):
        with language(lang), pytest.raises(ValueError) as info:
            make()
        assert text in str(info.value)
