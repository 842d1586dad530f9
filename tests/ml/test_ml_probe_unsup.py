"""A scikit-learn user's programs on session 3's estimators (unsupervised learning): what they reached for and
mldlab lacked, each checked beside scikit-learn — DBSCAN's cosine distance, ``Pipeline.fit_predict`` and a
pipeline ending in t-SNE, clustering scorers for ``GridSearchCV``, ``get_feature_names_out``, a legacy
``RandomState`` as ``random_state``, and a clear error for a SciPy sparse matrix."""

import importlib

import numpy as np
import pytest

from mldlab.data import load_iris, moons
from mldlab.i18n import language
from mldlab.ml import (
    DBSCAN,
    PCA,
    TSNE,
    GaussianMixture,
    GridSearchCV,
    KMeans,
    LogisticRegression,
    MiniBatchKMeans,
    StandardScaler,
    cross_val_score,
    get_scorer,
    make_pipeline,
)


@pytest.fixture(scope="module")
def sk(sklearn):
    """scikit-learn's cluster, decomposition, manifold, metrics and model_selection modules."""
    return {part: importlib.import_module(f"sklearn.{part}")
            for part in ("cluster", "decomposition", "manifold", "metrics", "model_selection", "pipeline",
                         "preprocessing")}


def _blobs(n=150, seed=0):
    rng = np.random.default_rng(seed)
    centres = np.array([[0.0, 0.0, 0.0], [6.0, 6.0, 0.0], [0.0, 7.0, 5.0]])
    y = np.arange(n) % 3
    return centres[y] + rng.normal(size=(n, 3)), y


@pytest.mark.parametrize("eps", [0.002, 0.02, 0.1])
@pytest.mark.parametrize("min_samples", [3, 8])
@pytest.mark.parametrize("data", ["moons", "iris"])
def test_dbscan_cosine_labels_equal_scikit_learns(sk, eps, min_samples, data):
    X = moons(n_samples=200, noise=0.1, seed=0)[0] if data == "moons" else load_iris()[0]
    ours = DBSCAN(eps=eps, min_samples=min_samples, metric="cosine").fit(X)
    theirs = sk["cluster"].DBSCAN(eps=eps, min_samples=min_samples, metric="cosine").fit(X)
    assert np.array_equal(ours.labels_, theirs.labels_)
    assert np.array_equal(ours.core_sample_indices_, theirs.core_sample_indices_)
    assert np.array_equal(ours.components_, theirs.components_)


def test_dbscan_cosine_with_zero_rows_and_weights_equals_scikit_learns(sk):
    X = np.vstack([np.zeros((4, 3)), _blobs(60)[0]])
    w = np.arange(64) % 3 + 1.0
    ours = DBSCAN(eps=0.05, min_samples=4, metric="cosine").fit(X, sample_weight=w)
    theirs = sk["cluster"].DBSCAN(eps=0.05, min_samples=4, metric="cosine").fit(X, sample_weight=w)
    assert np.array_equal(ours.labels_, theirs.labels_)


def test_pipeline_fit_predict_equals_scikit_learns(sk):
    X, _ = _blobs()
    init = X[[0, 1, 2]]
    ours = make_pipeline(StandardScaler(), KMeans(3, init=init, n_init=1)).fit_predict(X)
    theirs = sk["pipeline"].make_pipeline(sk["preprocessing"].StandardScaler(),
                                          sk["cluster"].KMeans(3, init=init, n_init=1)).fit_predict(X)
    assert np.array_equal(ours, theirs)
    gmm = make_pipeline(StandardScaler(), GaussianMixture(3, means_init=init, random_state=0))
    assert gmm.fit_predict(X).shape == (150,)


def test_pipeline_fit_transform_uses_the_last_steps_own(sk):
    X, _ = _blobs(60)
    Y = make_pipeline(StandardScaler(), TSNE(perplexity=10, max_iter=250, random_state=0)).fit_transform(X)
    assert Y.shape == (60, 2)
    ours = make_pipeline(StandardScaler(), PCA(2)).fit_transform(X)
    theirs = sk["pipeline"].make_pipeline(sk["preprocessing"].StandardScaler(),
                                          sk["decomposition"].PCA(2)).fit_transform(X)
    assert np.allclose(np.abs(ours), np.abs(theirs), atol=1e-10)


def test_pipeline_without_fit_predict_says_why():
    pipe = make_pipeline(StandardScaler(), LogisticRegression())
    assert not hasattr(pipe, "fit_predict") and not hasattr(pipe, "fit_transform")
    with pytest.raises(AttributeError, match="LogisticRegression has none"):
        pipe.fit_predict([[0.0], [1.0]])


SCORERS = ["adjusted_rand_score", "rand_score", "adjusted_mutual_info_score", "normalized_mutual_info_score",
           "mutual_info_score", "homogeneity_score", "completeness_score", "v_measure_score"]


@pytest.mark.parametrize("name", SCORERS)
def test_clustering_scorers_equal_scikit_learns(sk, name):
    X, y = _blobs()
    model = KMeans(4, init=X[[0, 1, 2, 5]], n_init=1).fit(X)
    theirs = getattr(sk["metrics"], name)(y, model.predict(X))  # what scikit-learn's scorer of that name computes
    assert np.isclose(get_scorer(name)(model, X, y), theirs, rtol=1e-12)


def test_grid_search_picks_n_clusters_by_adjusted_rand_score(sk):
    X, y = _blobs()
    grid = {"n_clusters": [2, 3, 4, 5]}
    ours = GridSearchCV(KMeans(random_state=0), grid, scoring="adjusted_rand_score", cv=3).fit(X, y)
    theirs = sk["model_selection"].GridSearchCV(sk["cluster"].KMeans(random_state=0), grid,
                                                scoring="adjusted_rand_score", cv=3).fit(X, y)
    assert ours.best_params_ == theirs.best_params_ == {"n_clusters": 3}
    assert cross_val_score(KMeans(3, random_state=0), X, y, scoring="v_measure_score", cv=3).min() > 0.9


@pytest.mark.parametrize("name, kwargs", [
    ("KMeans", {"n_clusters": 3, "random_state": 0}), ("MiniBatchKMeans", {"n_clusters": 4, "random_state": 0}),
    ("PCA", {"n_components": 2}), ("PCA", {"n_components": 0.99}), ("PCA", {}),
    ("TSNE", {"perplexity": 10, "max_iter": 250, "method": "exact", "random_state": 0}),
])
def test_feature_names_out_equal_scikit_learns(sk, name, kwargs):
    X, _ = _blobs(60)
    theirs_module = {"KMeans": "cluster", "MiniBatchKMeans": "cluster", "PCA": "decomposition", "TSNE": "manifold"}
    ours = {"KMeans": KMeans, "MiniBatchKMeans": MiniBatchKMeans, "PCA": PCA, "TSNE": TSNE}[name](**kwargs).fit(X)
    theirs = getattr(sk[theirs_module[name]], name)(**kwargs).fit(X)
    assert ours.get_feature_names_out().tolist() == theirs.get_feature_names_out().tolist()
    assert ours.get_feature_names_out().dtype == theirs.get_feature_names_out().dtype == object


def test_feature_names_out_checks_its_input():
    with language("en"):
        with pytest.raises(ValueError, match="input_features has 1 names, but the model was fitted with 3"):
            PCA(2).fit(_blobs(20)[0]).get_feature_names_out(["a"])
    with language("ko"), pytest.raises(ValueError, match="이름이 1개"):
        PCA(2).fit(_blobs(20)[0]).get_feature_names_out(["a"])


@pytest.mark.parametrize("make", [
    lambda rs: KMeans(3, random_state=rs), lambda rs: MiniBatchKMeans(3, random_state=rs),
    lambda rs: GaussianMixture(3, random_state=rs), lambda rs: PCA(2, svd_solver="randomized", random_state=rs),
])
def test_a_random_state_instance_is_accepted_and_repeatable(make):
    X, _ = _blobs(60)
    first = make(np.random.RandomState(3)).fit(X)
    again = make(np.random.RandomState(3)).fit(X)
    name = "cluster_centers_" if hasattr(first, "cluster_centers_") else ("means_" if hasattr(first, "means_")
                                                                          else "components_")
    assert np.array_equal(getattr(first, name), getattr(again, name))


def test_one_random_state_instance_advances_between_fits():
    X, _ = _blobs(60)
    rs = np.random.RandomState(0)
    starts = {tuple(KMeans(3, init="random", n_init=1, max_iter=1, random_state=rs).fit(X).cluster_centers_[0])
              for _ in range(4)}
    assert len(starts) > 1


@pytest.mark.parametrize("make", [KMeans, MiniBatchKMeans, PCA, DBSCAN, GaussianMixture, TSNE])
def test_sparse_input_gets_a_clear_type_error(sklearn, make):
    sparse = importlib.import_module("scipy.sparse")
    X = sparse.csr_matrix(_blobs(20)[0])
    with language("en"), pytest.raises(TypeError, match=r"X is a SciPy sparse matrix \(csr_matrix of shape"
                                                         r" \(20, 3\)\).*X\.toarray\(\)"):
        make().fit(X)
    with language("ko"), pytest.raises(TypeError, match="희소 행렬"):
        make().fit(X)
