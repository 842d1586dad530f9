"""AgglomerativeClustering and linkage_matrix against scikit-learn (and SciPy's linkage matrix): the same labels,
numbered the same, the same merge tree and distances, for each linkage and metric; and the errors."""

import importlib

import numpy as np
import pytest

import mldlab
from mldlab.data import circles, gaussians, load_digits, load_iris, load_wine, moons
from mldlab.exceptions import NotFittedError
from mldlab.ml import AgglomerativeClustering, KMeans, agglomerative, linkage_matrix
from mldlab.ml._linkage_distances import _exact_by_product, condensed_distances, square_distances

DATA = {
    "iris": lambda: load_iris()[0],
    "wine": lambda: load_wine()[0],
    "digits": lambda: load_digits()[0][:600],
    "moons": lambda: moons(n_samples=300, noise=0.1, seed=0)[0],
    "circles": lambda: circles(n_samples=250, noise=0.05, seed=0)[0],
    "gaussians": lambda: gaussians(n_samples=300, n_classes=4, seed=0)[0],
}
CASES = [("ward", "euclidean"), ("complete", "euclidean"), ("average", "euclidean"), ("single", "euclidean"),
         ("complete", "manhattan"), ("average", "cosine"), ("single", "l1"), ("single", "cosine")]


@pytest.fixture(scope="module")
def data():
    return {name: np.asarray(load(), dtype=np.float64) for name, load in DATA.items()}


def _pair(sklearn, **params):
    theirs = importlib.import_module("sklearn.cluster").AgglomerativeClustering(**params)
    return AgglomerativeClustering(**params), theirs


@pytest.mark.parametrize("name", list(DATA))
@pytest.mark.parametrize(("linkage", "metric"), CASES)
def test_tree_and_labels_equal_sklearns(sklearn, data, name, linkage, metric):
    X = data[name]
    ours, theirs = _pair(sklearn, n_clusters=4, linkage=linkage, metric=metric, compute_distances=True)
    ours.fit(X)
    theirs.fit(X)
    np.testing.assert_array_equal(ours.children_, theirs.children_)
    np.testing.assert_allclose(ours.distances_, theirs.distances_, rtol=0, atol=1e-10)
    np.testing.assert_array_equal(ours.labels_, theirs.labels_)
    assert (ours.n_clusters_, ours.n_leaves_, ours.n_connected_components_, ours.n_features_in_) == (
        theirs.n_clusters_, theirs.n_leaves_, theirs.n_connected_components_, theirs.n_features_in_)
    assert ours.children_.dtype == theirs.children_.dtype and ours.labels_.dtype == theirs.labels_.dtype
    for k in (2, 3, 7, 12):  # the same numbering for other cuts of the same tree
        ours.set_params(n_clusters=k, compute_distances=False).fit(X)
        theirs.set_params(n_clusters=k, compute_distances=False).fit(X)
        np.testing.assert_array_equal(ours.labels_, theirs.labels_)
        assert not hasattr(ours, "distances_")


@pytest.mark.parametrize("linkage", ["ward", "complete", "average", "single"])
def test_all_of_digits_equal_sklearns(sklearn, linkage):
    X = load_digits()[0].astype(np.float64)
    ours, theirs = _pair(sklearn, n_clusters=10, linkage=linkage, compute_distances=True)
    ours.fit(X)
    theirs.fit(X)
    np.testing.assert_array_equal(ours.children_, theirs.children_)
    np.testing.assert_array_equal(ours.distances_, theirs.distances_)
    np.testing.assert_array_equal(ours.labels_, theirs.labels_)


@pytest.mark.parametrize("linkage", ["ward", "complete", "average", "single"])
def test_distance_threshold_equal_sklearns(sklearn, data, linkage):
    for name in ("iris", "moons", "gaussians"):
        X = data[name]
        for threshold in np.quantile(_pair(sklearn, linkage=linkage, compute_distances=True)[1].fit(X).distances_,
                                     [0.9, 0.97, 0.995]):
            ours, theirs = _pair(sklearn, n_clusters=None, distance_threshold=threshold, linkage=linkage)
            ours.fit(X)
            theirs.fit(X)
            assert ours.n_clusters_ == theirs.n_clusters_ > 1
            np.testing.assert_array_equal(ours.labels_, theirs.labels_)
            np.testing.assert_allclose(ours.distances_, theirs.distances_, rtol=0, atol=1e-10)


def test_precomputed_equals_sklearn(sklearn, data):
    X = data["wine"]
    D = importlib.import_module("sklearn.metrics").pairwise_distances(X, metric="manhattan")
    for linkage in ("complete", "average", "single"):
        ours, theirs = _pair(sklearn, n_clusters=5, linkage=linkage, metric="precomputed", compute_distances=True)
        ours.fit(D)
        theirs.fit(D)
        np.testing.assert_array_equal(ours.children_, theirs.children_)
        np.testing.assert_array_equal(ours.labels_, theirs.labels_)
        np.testing.assert_allclose(ours.distances_, theirs.distances_, rtol=0, atol=1e-10)
        np.testing.assert_array_equal(ours.labels_,
                                      AgglomerativeClustering(5, linkage=linkage, metric="manhattan").fit(X).labels_)


@pytest.mark.parametrize("name", ["wine", "digits", "moons"])
def test_the_layout_for_many_samples_gives_the_same_tree(sklearn, data, name, monkeypatch):
    """Beyond SQUARE_LIMIT samples the distances are kept condensed and single linkage measures them as needed:
    run those paths on small data by lowering the limit."""
    monkeypatch.setattr(agglomerative, "SQUARE_LIMIT", 20)
    X = data[name][:300]
    for linkage, metric in CASES + [("single", "precomputed")]:
        ours, theirs = _pair(sklearn, n_clusters=5, linkage=linkage, metric=metric, compute_distances=True)
        Xm = X if metric != "precomputed" else np.sqrt(((X[:, None] - X[None]) ** 2).sum(-1))
        ours.fit(Xm)
        theirs.fit(Xm)
        np.testing.assert_array_equal(ours.children_, theirs.children_)
        np.testing.assert_array_equal(ours.labels_, theirs.labels_)
        np.testing.assert_allclose(ours.distances_, theirs.distances_, rtol=0, atol=1e-10)


@pytest.mark.parametrize("limit", [4096, 3])
def test_small_and_odd_data_equal_sklearns(sklearn, monkeypatch, limit):
    """Two samples, all samples equal, repeated samples, one feature (X must come back unchanged), with both
    layouts of the distances."""
    monkeypatch.setattr(agglomerative, "SQUARE_LIMIT", limit)
    rng = np.random.default_rng(1)
    for X in (np.array([[0.0, 1], [2, 3]]), np.zeros((6, 2)),
              np.repeat(rng.integers(0, 3, size=(8, 2)).astype(float), 3, axis=0), np.arange(12.0)[:, None]):
        before = X.copy()
        for linkage, metric in (("ward", "euclidean"), ("complete", "manhattan"), ("average", "euclidean"),
                                ("single", "euclidean"), ("single", "manhattan")):
            for k in range(1, min(len(X), 4) + 1):
                ours, theirs = _pair(sklearn, n_clusters=k, linkage=linkage, metric=metric, compute_distances=True)
                np.testing.assert_array_equal(ours.fit(X).children_, theirs.fit(X).children_)
                np.testing.assert_array_equal(ours.labels_, theirs.labels_)
                np.testing.assert_array_equal(ours.distances_, theirs.distances_)
        np.testing.assert_array_equal(X, before)


def test_distances_are_scipys_to_the_last_bit(sklearn, data):
    """Sums over features in order (and, for whole numbers, the exact matrix product) give SciPy's pdist bit for
    bit, so equal distances stay equal and ties fall the same way."""
    pdist = importlib.import_module("scipy.spatial.distance").pdist
    for X in (data["wine"], data["digits"], data["digits"] * 2.0**22, data["iris"]):
        for metric, theirs in (("euclidean", "euclidean"), ("manhattan", "cityblock")):
            D = square_distances(X, metric)
            np.testing.assert_array_equal(D[np.triu_indices(len(X), 1)], pdist(X, theirs))
            np.testing.assert_array_equal(condensed_distances(X, metric), pdist(X, theirs))
    assert _exact_by_product(data["digits"]) and not _exact_by_product(data["digits"] * 2.0**22)
    assert not _exact_by_product(data["iris"])


def test_ties_are_broken_as_sklearn(sklearn):
    """A grid: many equal distances, so the order of the merges decides the tree."""
    X = np.array([[i, j] for i in range(6) for j in range(5)], dtype=float)
    for linkage in ("ward", "complete", "average", "single"):
        ours, theirs = _pair(sklearn, n_clusters=6, linkage=linkage, compute_distances=True)
        np.testing.assert_array_equal(ours.fit(X).children_, theirs.fit(X).children_)
        np.testing.assert_array_equal(ours.labels_, theirs.labels_)
        np.testing.assert_array_equal(ours.distances_, theirs.distances_)


def test_linkage_matrix_is_scipys(sklearn, data):
    hierarchy = importlib.import_module("scipy.cluster.hierarchy")
    X = data["iris"]
    for linkage in ("ward", "complete", "average", "single"):
        Z = linkage_matrix(AgglomerativeClustering(linkage=linkage, compute_distances=True).fit(X))
        reference = hierarchy.linkage(X, method=linkage)
        assert Z.shape == (len(X) - 1, 4) and Z.dtype == np.float64
        np.testing.assert_allclose(Z[:, 2:], reference[:, 2:], rtol=0, atol=1e-10)  # distances and sizes
        if linkage != "single":  # scikit-learn (and so mldlab) keeps the MST's order of a single-linkage pair
            np.testing.assert_array_equal(Z[:, :2], reference[:, :2])
        assert hierarchy.is_valid_linkage(Z)
        ours, theirs = (hierarchy.fcluster(z, 3, criterion="maxclust") for z in (Z, reference))
        assert len(set(zip(ours, theirs))) == len(set(ours)) == 3  # the same 3 clusters (numbered in another order)


def test_a_tiny_example_by_hand():
    """Two pairs one apart and a far point: the pairs merge first, then the two pairs, then the far point."""
    X = [[0, 0], [0, 1], [5, 0], [5, 1], [20, 0]]
    model = AgglomerativeClustering(n_clusters=2, linkage="single", compute_distances=True).fit(X)
    assert model.children_.tolist() == [[0, 1], [2, 3], [5, 6], [7, 4]]  # the tree (7) reached point 4: 7 first
    np.testing.assert_allclose(model.distances_, [1, 1, 5, 15])
    assert model.labels_.tolist() == [0, 0, 0, 0, 1]
    ward = AgglomerativeClustering(n_clusters=2, compute_distances=True).fit(X)
    # two points one apart: ‖a − b‖ = 1; the two pairs: √(2·2·2/4)·5 = 5·√2
    np.testing.assert_allclose(ward.distances_[:3], [1, 1, 5 * np.sqrt(2)])


def test_ward_distance_is_the_growth_of_the_sum_of_squares(data):
    """d(A, B) = √(2·Δ), Δ the increase of Σ‖x − c‖² when A and B merge: checked at every merge on wine."""
    X = data["wine"][:60]
    model = AgglomerativeClustering(compute_distances=True).fit(X)
    members = {i: [i] for i in range(len(X))}

    def sse(rows):
        return ((X[rows] - X[rows].mean(axis=0)) ** 2).sum()

    for k, (a, b) in enumerate(model.children_):
        merged = members[a] + members[b]
        delta = sse(merged) - sse(members[a]) - sse(members[b])
        assert model.distances_[k] == pytest.approx(np.sqrt(2 * delta), rel=1e-9)
        members[len(X) + k] = merged


def test_fit_predict_and_clusters_make_sense(data):
    X = data["gaussians"]
    labels = AgglomerativeClustering(n_clusters=4).fit_predict(X)
    kmeans = KMeans(n_clusters=4, random_state=0, n_init=3).fit(X).labels_
    assert sorted(np.bincount(labels)) == sorted(np.bincount(kmeans))  # well-separated blobs: the same groups
    assert AgglomerativeClustering(n_clusters=len(X), linkage="single").fit(X).labels_.tolist() != list(range(len(X)))
    assert sorted(AgglomerativeClustering(n_clusters=len(X)).fit(X).labels_) == list(range(len(X)))


@pytest.mark.parametrize(("params", "X", "words"), [
    ({"n_clusters": 10}, np.ones((5, 2)), ["n_clusters=10", "(5)"]),
    ({"n_clusters": 3, "distance_threshold": 1.0}, None, ["exactly one", "distance_threshold=1.0"]),
    ({"n_clusters": None}, None, ["exactly one", "n_clusters=None"]),
    ({"linkage": "ward", "metric": "manhattan"}, None, ["ward", "'manhattan'"]),
    ({"linkage": "centroid"}, None, ["linkage", "'centroid'", "ward"]),
    ({"metric": "chebyshev", "linkage": "average"}, None, ["metric", "'chebyshev'"]),
    ({"n_clusters": 0}, None, ["n_clusters", "0"]),
    ({"n_clusters": None, "distance_threshold": -1.0}, None, ["distance_threshold", "-1.0"]),
    ({"n_clusters": None, "distance_threshold": 1.0, "compute_full_tree": False}, None, ["compute_full_tree"]),
    ({"connectivity": np.eye(5)}, None, ["connectivity", "not supported"]),
    ({"memory": "/tmp"}, None, ["memory", "not supported"]),
    ({"metric": "precomputed", "linkage": "average"}, np.ones((5, 3)), ["square", "(5, 3)"]),
    ({"metric": "cosine", "linkage": "average"}, np.array([[1.0, 2], [0, 0], [3, 1]]), ["X[1]", "zero"]),
    ({}, np.ones((1, 3)), ["2 samples", "1"]),
])
def test_bad_input_is_a_clear_error_in_both_languages(params, X, words):
    X = np.arange(10.0).reshape(5, 2) if X is None else X
    with pytest.raises(ValueError) as english:
        AgglomerativeClustering(**params).fit(X)
    for word in words:
        assert word in str(english.value)
    mldlab.set_language("ko")
    with pytest.raises(ValueError) as korean:
        AgglomerativeClustering(**params).fit(X)
    assert str(korean.value) != str(english.value) and any("\uac00" <= c <= "\ud7a3" for c in str(korean.value))


def test_sklearn_refuses_the_same_inputs(sklearn):
    X = np.arange(10.0).reshape(5, 2)
    for params in ({"n_clusters": 10}, {"n_clusters": 3, "distance_threshold": 1.0},
                   {"linkage": "ward", "metric": "manhattan"}, {"linkage": "centroid"}):
        for model in _pair(sklearn, **params):
            with pytest.raises(ValueError):
                model.fit(X)


def test_linkage_matrix_errors():
    X = [[0, 0], [1, 1], [5, 5]]
    with pytest.raises(NotFittedError):
        linkage_matrix(AgglomerativeClustering())
    with pytest.raises(ValueError, match="compute_distances=True"):
        linkage_matrix(AgglomerativeClustering().fit(X))
    with pytest.raises(TypeError, match="KMeans"):
        linkage_matrix(KMeans())
    assert linkage_matrix(AgglomerativeClustering(n_clusters=None, distance_threshold=1.0).fit(X)).shape == (2, 4)
