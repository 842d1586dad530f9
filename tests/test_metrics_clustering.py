"""Clustering metrics against scikit-learn (``skm`` = ``sklearn.metrics``): equal to 1e-12 on random groupings
(one cluster, all singletons, text labels, renamed clusters), on iris, wine and digits, with each distance; and
their clear errors."""

import numpy as np
import pytest

import mldlab
from mldlab import metrics
from mldlab.data import load_digits, load_iris, load_wine
from mldlab.metrics import silhouette as silhouette_module

PAIR_SCORES = ("adjusted_rand_score", "rand_score", "mutual_info_score", "normalized_mutual_info_score",
               "adjusted_mutual_info_score", "homogeneity_score", "completeness_score", "v_measure_score")


def _groupings():
    """(name, labels_true, labels_pred) covering the special cases of every score."""
    rng = np.random.default_rng(0)
    cases = []
    for n, k_true, k_pred in ((2, 2, 1), (7, 3, 2), (30, 3, 5), (200, 4, 4), (500, 10, 3), (60, 60, 4)):
        cases.append((f"random n={n}", rng.integers(0, k_true, n), rng.integers(0, k_pred, n)))
    y = rng.integers(0, 4, 100)
    cases += [
        ("identical", y, y.copy()),
        ("renamed", y, np.array([3, 0, 2, 1])[y]),
        ("one cluster", y, np.zeros(100, dtype=int)),
        ("one cluster both", np.zeros(10, dtype=int), np.full(10, 7)),
        ("all singletons", y, np.arange(100)),
        ("singletons both", np.arange(50), np.arange(50)[::-1]),
        ("text", np.array(["cat", "dog", "cat", "bird", "dog", "dog"]), np.array(["x", "x", "y", "y", "y", "z"])),
        ("floats", y.astype(float), (y % 2).astype(float)),
        ("almost right", y, np.where(np.arange(100) % 10 == 0, (y + 1) % 4, y)),
        ("one sample", np.array([1]), np.array([5])),
    ]
    return cases


GROUPINGS = _groupings()


@pytest.mark.parametrize("name", PAIR_SCORES)
@pytest.mark.parametrize("case", GROUPINGS, ids=[c[0] for c in GROUPINGS])
def test_pair_scores_equal_sklearn(skm, name, case):
    _, labels_true, labels_pred = case
    ours = getattr(metrics, name)(labels_true, labels_pred)
    assert isinstance(ours, float)
    assert ours == pytest.approx(getattr(skm, name)(labels_true, labels_pred), abs=1e-12, rel=0)


@pytest.mark.parametrize("case", GROUPINGS, ids=[c[0] for c in GROUPINGS])
def test_tables_and_v_measure_equal_sklearn(skm, case):
    _, labels_true, labels_pred = case
    np.testing.assert_array_equal(metrics.contingency_matrix(labels_true, labels_pred),
                                  skm.cluster.contingency_matrix(labels_true, labels_pred))
    np.testing.assert_array_equal(metrics.pair_confusion_matrix(labels_true, labels_pred),
                                  skm.cluster.pair_confusion_matrix(labels_true, labels_pred))
    for beta in (0.5, 1.0, 3.0):
        np.testing.assert_allclose(metrics.homogeneity_completeness_v_measure(labels_true, labels_pred, beta=beta),
                                   skm.homogeneity_completeness_v_measure(labels_true, labels_pred, beta=beta),
                                   atol=1e-12, rtol=0)
    for average in ("arithmetic", "geometric", "min", "max"):
        for name in ("normalized_mutual_info_score", "adjusted_mutual_info_score"):
            if case[0] == "all singletons" and average == "min" and name == "adjusted_mutual_info_score":
                continue  # MI = E[MI] = min(H) exactly (singletons fix the table): 0/0, both sides rounding noise
            ours = getattr(metrics, name)(labels_true, labels_pred, average_method=average)
            theirs = getattr(skm, name)(labels_true, labels_pred, average_method=average)
            assert ours == pytest.approx(theirs, abs=1e-12, rel=0), (name, average)


def test_empty_groupings_and_invariance(skm):
    for name in PAIR_SCORES[:2] + PAIR_SCORES[3:]:
        assert getattr(metrics, name)([], []) == getattr(skm, name)([], []), name
    assert metrics.mutual_info_score([], []) == 0.0  # scikit-learn: "math domain error"
    rng = np.random.default_rng(1)
    y, c = rng.integers(0, 5, 300), rng.integers(0, 4, 300)
    renamed = np.array(["d", "a", "c", "b"])[c]
    for name in ("adjusted_rand_score", "rand_score", "normalized_mutual_info_score", "adjusted_mutual_info_score",
                 "v_measure_score"):
        score = getattr(metrics, name)
        assert score(y, renamed) == pytest.approx(score(y, c), abs=1e-12)
        assert score(c, y) == pytest.approx(score(y, c), abs=1e-12)  # symmetric
    assert metrics.adjusted_rand_score([0, 0, 1, 1], [1, 1, 0, 0]) == 1.0


def test_large_groupings_are_cheap(skm):
    """20,000 singletons: the scores never build the 20,000 × 20,000 table. E[MI] here sums terms
    exp(log-factorials of size ~2·10⁵), whose last digit is ~3·10⁻¹¹, so both sides agree to 1e-10 only."""
    rng = np.random.default_rng(2)
    y = rng.integers(0, 10, 20_000)
    singletons = rng.permutation(20_000)
    for name in ("adjusted_rand_score", "adjusted_mutual_info_score", "v_measure_score"):
        ours, theirs = getattr(metrics, name)(y, singletons), getattr(skm, name)(y, singletons)
        assert ours == pytest.approx(theirs, abs=1e-10 if name == "adjusted_mutual_info_score" else 1e-12), name


def _data():
    """Float64 data (the loaders give float32, for which scikit-learn computes in float32; mldlab in float64)."""
    rng = np.random.default_rng(3)
    iris_X, iris_y = load_iris()
    iris_X = iris_X.astype(np.float64)
    wine_X, wine_y = load_wine()
    wine_X = wine_X.astype(np.float64)
    digits_X, digits_y = load_digits()
    digits_X = digits_X.astype(np.float64)
    return {
        "iris true": (iris_X, iris_y),
        "iris random": (iris_X, rng.integers(0, 4, len(iris_X))),
        "wine text": (wine_X, np.array(["a", "b", "c"])[wine_y]),
        "digits": (digits_X, digits_y),
        "singleton cluster": (iris_X[:40], np.r_[np.zeros(39, dtype=int), 1]),
        "duplicates": (np.repeat(iris_X[:10], 3, axis=0), np.arange(30) % 3),
        "integers": (rng.integers(-5, 5, (50, 3)), rng.integers(0, 3, 50)),
        "zero rows": (np.r_[np.zeros((3, 4)), rng.normal(size=(20, 4))], rng.integers(0, 3, 23)),
    }


DATA = _data()


@pytest.mark.parametrize("metric", ["euclidean", "manhattan", "cosine"])
@pytest.mark.parametrize("name", list(DATA))
def test_silhouette_equals_sklearn(skm, name, metric):
    X, labels = DATA[name]
    if name == "digits" and metric != "euclidean":
        X, labels = X[:400], labels[:400]
    np.testing.assert_allclose(metrics.silhouette_samples(X, labels, metric=metric),
                               skm.silhouette_samples(X, labels, metric=metric), atol=1e-12, rtol=0)
    assert metrics.silhouette_score(X, labels, metric=metric) == pytest.approx(
        skm.silhouette_score(X, labels, metric=metric), abs=1e-12, rel=0)


def test_silhouette_precomputed_and_in_chunks(skm, monkeypatch):
    X, labels = DATA["iris random"]
    D = skm.pairwise_distances(X, metric="manhattan")
    expected = skm.silhouette_samples(D, labels, metric="precomputed")
    np.testing.assert_allclose(metrics.silhouette_samples(D, labels, metric="precomputed"), expected, atol=1e-12)
    monkeypatch.setattr(silhouette_module, "_CHUNK_BYTES", 8 * 150 * 7)  # 7 rows at a time, a last one of 3
    np.testing.assert_allclose(metrics.silhouette_samples(D, labels, metric="precomputed"), expected, atol=1e-12)
    for metric in ("euclidean", "cosine", "manhattan"):
        np.testing.assert_allclose(metrics.silhouette_samples(X, labels, metric=metric),
                                   skm.silhouette_samples(X, labels, metric=metric), atol=1e-12, rtol=0)


def test_silhouette_sample_size():
    X, labels = DATA["iris true"]
    a = metrics.silhouette_score(X, labels, sample_size=60, random_state=0)
    assert a == metrics.silhouette_score(X, labels, sample_size=60, random_state=0)
    keep = np.random.default_rng(0).permutation(150)[:60]
    assert a == pytest.approx(metrics.silhouette_score(X[keep], labels[keep]), abs=1e-15)
    D = np.sqrt(((X[:, None] - X[None]) ** 2).sum(-1))
    assert metrics.silhouette_score(D, labels, metric="precomputed", sample_size=60, random_state=0) == (
        pytest.approx(a, abs=1e-12))
    assert metrics.silhouette_score(X, labels, sample_size=1000, random_state=0) == pytest.approx(
        metrics.silhouette_score(X, labels), abs=1e-12)
    mldlab.manual_seed(5)
    first = metrics.silhouette_score(X, labels, sample_size=50)
    mldlab.manual_seed(5)
    assert metrics.silhouette_score(X, labels, sample_size=50) == first


def test_frozen_values():
    """Reference values from scikit-learn 1.9.1, for a machine without it."""
    X, y = DATA["iris true"]
    assert metrics.silhouette_score(X, y) == pytest.approx(0.5034774462988036, abs=1e-12)
    assert metrics.calinski_harabasz_score(X, y) == pytest.approx(487.3308947254379, abs=1e-9)
    assert metrics.davies_bouldin_score(X, y) == pytest.approx(0.7513706986231686, abs=1e-12)
    assert metrics.adjusted_rand_score(y, np.arange(150) % 3) == -0.0132


@pytest.mark.parametrize("name", list(DATA))
def test_cluster_indices_equal_sklearn(skm, name):
    X, labels = DATA[name]
    for score in ("calinski_harabasz_score", "davies_bouldin_score"):
        ours, theirs = getattr(metrics, score)(X, labels), getattr(skm, score)(X, labels)
        assert ours == pytest.approx(theirs, abs=1e-12, rel=1e-13), score


def test_cluster_indices_special_cases(skm):
    X = np.array([[0.0, 0], [0, 0], [1, 1], [1, 1]])
    for score in ("calinski_harabasz_score", "davies_bouldin_score"):
        assert getattr(metrics, score)(X, [0, 0, 1, 1]) == getattr(skm, score)(X, [0, 0, 1, 1]), score
        assert getattr(metrics, score)(X, [0, 1, 0, 1]) == getattr(skm, score)(X, [0, 1, 0, 1]), score


def test_re_exported_by_ml():
    from mldlab import ml
    for name in ("silhouette_score", "silhouette_samples", "adjusted_rand_score", "rand_score",
                 "contingency_matrix", "calinski_harabasz_score", "davies_bouldin_score",
                 "normalized_mutual_info_score", "adjusted_mutual_info_score", "homogeneity_score",
                 "completeness_score", "v_measure_score", "homogeneity_completeness_v_measure"):
        assert getattr(ml, name) is getattr(metrics, name), name


@pytest.mark.parametrize("labels", [np.zeros(10, dtype=int), np.arange(10)], ids=["one cluster", "n clusters"])
@pytest.mark.parametrize("score", ["silhouette_score", "silhouette_samples", "calinski_harabasz_score",
                                   "davies_bouldin_score"])
def test_number_of_clusters_error(skm, labels, score):
    X = np.random.default_rng(0).normal(size=(10, 2))
    with pytest.raises(ValueError):
        getattr(skm, score)(X, labels)
    with pytest.raises(ValueError, match=rf"{score}: labels has {len(set(labels))} cluster\(s\) for 10 samples.*"
                                         r"between 2 and n_samples − 1 = 9"):
        getattr(metrics, score)(X, labels)
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="군집이 2개에서"):
        getattr(metrics, score)(X, labels)


def test_bad_inputs():
    X = np.random.default_rng(0).normal(size=(6, 2))
    labels = [0, 0, 1, 1, 2, 2]
    cases = [
        (lambda: metrics.silhouette_score(X, labels, metric="minkowski"), r"metric must be one of"),
        (lambda: metrics.silhouette_score(X, labels[:5]), r"X and labels must have the same number of samples, "
                                                          r"got 6 and 5"),
        (lambda: metrics.silhouette_score(X[:, 0], labels), r"expected a 2-D array X"),
        (lambda: metrics.silhouette_score(X, labels, sample_size=0), r"sample_size must be a whole number >= 1"),
        (lambda: metrics.silhouette_score(X, labels, sample_size=3, random_state="x"), r"random_state must be"),
        (lambda: metrics.silhouette_score(X, labels, metric="precomputed"), r"must be a square matrix"),
        (lambda: metrics.silhouette_score(np.ones((6, 6)), labels, metric="precomputed"), r"diagonal"),
        (lambda: metrics.silhouette_score(-np.ones((6, 6)), labels, metric="precomputed"), r"negative"),
        (lambda: metrics.silhouette_score(np.where(X > 0, np.nan, X), labels), r"nan"),
        (lambda: metrics.adjusted_rand_score([0, 1, 1], [0, 1]), r"labels_true and labels_pred must have the same"),
        (lambda: metrics.adjusted_rand_score([[0, 1]], [[0, 1]]), r"labels_true must be a 1-D array"),
        (lambda: metrics.normalized_mutual_info_score([0, 1], [0, 1], average_method="mean"), r"average_method"),
        (lambda: metrics.v_measure_score([0, 1], [0, 1], beta=-1), r"beta must be"),
        (lambda: metrics.rand_score([0, np.nan], [0, 1]), r"nan"),
    ]
    for call, pattern in cases:
        with pytest.raises(ValueError, match=pattern):
            call()
    with pytest.warns(UserWarning, match="look continuous"):
        metrics.adjusted_rand_score([0.5, 1.5, 2.5], [0, 1, 1])
