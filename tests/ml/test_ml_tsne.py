"""t-SNE and trustworthiness side by side with scikit-learn: the probabilities P of the binary search, the KL
divergence and its gradient, the optimiser, whole runs from the same start, and the quality of the map.

Whole runs: during the early exaggeration the descent amplifies rounding (a start moved by 10⁻¹⁵ makes
scikit-learn's own map differ by more than its size after 250 iterations), so two correct implementations
agree there only for a few dozen iterations. Without exaggeration (early_exaggeration=1) they agree to 10⁻⁸
after 500 iterations; with it, the optimiser is shown identical on scikit-learn's own objective, and the maps
are compared by their trustworthiness.
"""

import importlib
import inspect

import numpy as np
import pytest

from mldlab.data import load_digits
from mldlab.ml import TSNE, trustworthiness
from mldlab.ml._tsne_gradient import kl_divergence
from mldlab.ml._tsne_optimizer import gradient_descent
from mldlab.ml._tsne_probabilities import (
    conditional_probabilities,
    joint_probabilities,
    joint_probabilities_nn,
    squared_distances,
)


@pytest.fixture(scope="module")
def sk(sklearn):
    """scikit-learn's t-SNE module (its private functions are the reference for each step) and scipy's
    squareform (scikit-learn keeps P as the condensed upper triangle)."""
    t_sne = importlib.import_module("sklearn.manifold._t_sne")
    return t_sne, importlib.import_module("sklearn.manifold._utils"), t_sne.squareform


@pytest.fixture(scope="module")
def manifold(sklearn):
    importlib.import_module("sklearn.decomposition")
    return importlib.import_module("sklearn.manifold")


@pytest.fixture(autouse=True)
def _one_openmp_thread():
    """scikit-learn's Barnes-Hut runs on OpenMP threads, which on a busy machine wait for each other (10× slower)."""
    with importlib.import_module("threadpoolctl").threadpool_limits(limits=1, user_api="openmp"):
        yield


@pytest.fixture(scope="module")
def blobs():
    rng = np.random.default_rng(0)
    return np.vstack([rng.normal(c, 1.0, size=(70, 8)) for c in (0.0, 4.0, 8.0)])


@pytest.mark.parametrize("perplexity", [5.0, 30.0, 50.5])
def test_probabilities_equal_scikit_learns(sk, blobs, perplexity):
    t_sne, utils, squareform = sk
    D2 = squared_distances(blobs)
    reference = t_sne.pairwise_distances(blobs, squared=True)
    assert np.abs(D2 - reference).max() < 1e-12
    conditional = conditional_probabilities(D2, perplexity)
    expected = utils._binary_search_perplexity(reference.astype(np.float32), perplexity, 0)
    assert np.abs(conditional - expected).max() < 1e-6
    assert np.allclose(conditional.sum(axis=1), 1.0) and np.all(np.diag(conditional) == 0)
    entropy = -np.sum(conditional * np.log(np.where(conditional > 0, conditional, 1.0)), axis=1)
    assert np.abs(np.exp(entropy) - perplexity).max() < 1e-3  # (3): e^H is the perplexity
    P = joint_probabilities(D2, perplexity)
    expected = squareform(t_sne._joint_probabilities(reference, perplexity, 0))
    assert np.abs(P - expected).max() < 1e-6 and np.array_equal(P, P.T) and np.isclose(P.sum(), 1.0)
    k = min(len(blobs) - 1, int(3 * perplexity + 1))
    graph = t_sne.NearestNeighbors(n_neighbors=k).fit(blobs).kneighbors_graph(mode="distance")
    graph.data **= 2
    expected = t_sne._joint_probabilities_nn(graph, perplexity, 0).toarray()
    assert np.abs(joint_probabilities_nn(D2, perplexity, k) - expected).max() < 1e-6


@pytest.mark.parametrize("n_components", [2, 3])
@pytest.mark.parametrize("scale", [1e-4, 1.0, 30.0])
def test_kl_divergence_and_gradient_equal_scikit_learns(sk, blobs, n_components, scale):
    t_sne, _, squareform = sk
    P = 12.0 * joint_probabilities(squared_distances(blobs), 30.0)  # exaggerated, as in the first phase
    Y = np.random.default_rng(1).normal(size=(len(blobs), n_components)) * scale
    dof = max(n_components - 1, 1)
    expected_kl, expected_grad = t_sne._kl_divergence(Y.ravel(), squareform(P, checks=False), dof, len(Y),
                                                      n_components)
    kl, grad = kl_divergence(P, Y, dof)
    assert abs(kl - expected_kl) < 1e-8 and np.abs(grad.ravel() - expected_grad).max() < 1e-8
    assert np.isnan(kl_divergence(P, Y, dof, compute_error=False)[0])
    kl32, grad32 = kl_divergence(P.astype(np.float32), Y.astype(np.float32), dof, dtype=np.float32)
    assert grad32.dtype == np.float32 and abs(kl32 - expected_kl) < 1e-5 * expected_kl
    assert np.abs(grad32.ravel() - expected_grad).max() < 1e-5 * np.abs(expected_grad).max()


def test_sparse_p_of_the_neighbours_gives_the_same_objective(sk, blobs):
    t_sne, _, squareform = sk
    P = 12.0 * joint_probabilities_nn(squared_distances(blobs), 30.0, 91)  # 'barnes_hut': zero beyond neighbours
    i, j = np.nonzero(P)
    Y = np.random.default_rng(7).normal(size=(len(blobs), 2)) * 5.0
    expected_kl, expected_grad = t_sne._kl_divergence(Y.ravel(), squareform(P, checks=False), 1, len(Y), 2)
    kl, grad = kl_divergence((i, j, P[i, j]), Y, 1)
    assert abs(kl - expected_kl) < 1e-8 and np.abs(grad.ravel() - expected_grad).max() < 1e-8
    kl32, grad32 = kl_divergence((i, j, P[i, j].astype(np.float32)), Y.astype(np.float32), 1, dtype=np.float32)
    assert abs(kl32 - expected_kl) < 1e-5 * expected_kl
    assert np.abs(grad32.ravel() - expected_grad).max() < 1e-5 * np.abs(expected_grad).max()


def test_gradient_equals_finite_differences(blobs):
    P = joint_probabilities(squared_distances(blobs[::5]), 10.0)
    Y = np.random.default_rng(2).normal(size=(len(P), 2))
    _, grad = kl_divergence(P, Y, 1)
    h = 1e-6
    for i, k in [(0, 0), (3, 1), (17, 0), (41, 1)]:
        step = np.zeros_like(Y)
        step[i, k] = h
        numeric = (kl_divergence(P, Y + step, 1)[0] - kl_divergence(P, Y - step, 1)[0]) / (2 * h)
        assert abs(numeric - grad[i, k]) < 1e-7 * max(1.0, abs(grad[i, k]))
    wrong = kl_divergence(P, Y, 2)[1]  # another kernel: the check must be able to fail
    assert np.abs(wrong - grad).max() > 1e-3


@pytest.mark.parametrize(("momentum", "n_iter_without_progress", "max_iter"), [(0.5, 250, 250), (0.8, 30, 400)])
def test_optimiser_equals_scikit_learns_on_its_own_objective(sk, blobs, momentum, n_iter_without_progress,
                                                             max_iter):
    t_sne, _, squareform = sk
    n = len(blobs)
    P = squareform(12.0 * joint_probabilities(squared_distances(blobs), 30.0), checks=False)
    Y0 = 1e-4 * np.random.default_rng(3).standard_normal((n, 2))
    options = {"n_iter_check": 50, "n_iter_without_progress": n_iter_without_progress, "momentum": momentum,
               "learning_rate": np.maximum(n / 12.0 / 4, 50), "min_grad_norm": 1e-7}
    p, error, it = t_sne._gradient_descent(t_sne._kl_divergence, Y0.ravel(), 0, max_iter, args=[P, 1, n, 2],
                                           **options)

    def objective(Y, compute_error):
        kl, grad = t_sne._kl_divergence(Y.ravel(), P, 1, n, 2, compute_error=compute_error)
        return kl, grad.reshape(Y.shape)

    Y, our_error, our_it = gradient_descent(objective, Y0, 0, max_iter, **options)
    assert np.array_equal(Y.ravel(), p) and our_error == error and our_it == it


def test_whole_run_without_exaggeration_equals_scikit_learns(manifold, blobs):
    init = 1e-4 * np.random.default_rng(4).standard_normal((len(blobs), 2))
    options = {"method": "exact", "init": init, "max_iter": 500, "perplexity": 20, "early_exaggeration": 1.0,
               "learning_rate": 10.0}
    ours = TSNE(**options).fit(blobs)
    theirs = manifold.TSNE(**options).fit(blobs)
    assert np.abs(ours.embedding_ - theirs.embedding_).max() < 1e-6 * np.abs(theirs.embedding_).max()
    assert abs(ours.kl_divergence_ - theirs.kl_divergence_) < 1e-10
    assert ours.n_iter_ == theirs.n_iter_ == 499 and ours.embedding_.dtype == np.float64


def test_precomputed_distances_equal_scikit_learns(manifold, blobs):
    D = np.sqrt(squared_distances(blobs))
    init = 1e-4 * np.random.default_rng(5).standard_normal((len(blobs), 2))
    options = {"metric": "precomputed", "init": init, "max_iter": 300, "early_exaggeration": 1.0,
               "learning_rate": 10.0, "method": "exact"}
    ours, theirs = TSNE(**options).fit_transform(D), manifold.TSNE(**options).fit_transform(D)
    assert np.abs(ours - theirs).max() < 1e-6 * np.abs(theirs).max()


def test_schedule_and_attributes_follow_scikit_learn(manifold, blobs):
    tsne = TSNE(perplexity=20, max_iter=250, random_state=0).fit(blobs)
    theirs = manifold.TSNE(perplexity=20, max_iter=250, random_state=0).fit(blobs)
    # max_iter=250: only the exaggerated phase runs, and scikit-learn reports no KL (the largest float)
    assert tsne.n_iter_ == theirs.n_iter_ == 250 and tsne.kl_divergence_ == theirs.kl_divergence_
    assert tsne.learning_rate_ == theirs.learning_rate_ == 50.0 and tsne.n_features_in_ == 8
    assert tsne.embedding_.dtype == theirs.embedding_.dtype == np.float32
    pca = importlib.import_module("sklearn.decomposition").PCA(n_components=2).fit_transform(blobs).astype(np.float32)
    start = TSNE()._initial_map("fit", blobs)
    expected = pca / np.std(pca[:, 0]) * 1e-4
    assert np.allclose(np.abs(start), np.abs(expected), rtol=1e-5, atol=0) and start.dtype == np.float32
    first, second = (TSNE(init="random", random_state=7, max_iter=250, n_jobs=jobs).fit_transform(blobs)
                     for jobs in (None, 2))  # the threads share the work, the numbers stay the same
    assert np.array_equal(first, second)


def test_parameters_and_repr_are_scikit_learns(manifold):
    ours, theirs = inspect.signature(TSNE).parameters, inspect.signature(manifold.TSNE).parameters
    assert list(ours) == list(theirs)
    assert all(repr(ours[name].default) == repr(theirs[name].default) for name in ours)
    assert repr(TSNE(perplexity=5)) == repr(manifold.TSNE(perplexity=5))
    assert list(inspect.signature(trustworthiness).parameters) == list(
        inspect.signature(manifold.trustworthiness).parameters)


def test_trustworthiness_equals_scikit_learns(manifold):
    rng = np.random.default_rng(6)
    for n, d in ((57, 3), (120, 10)):
        X, X_embedded = rng.normal(size=(n, d)), rng.normal(size=(n, 2))
        for metric in ("euclidean", "manhattan", "cosine"):
            for k in (1, 5, 12):
                expected = manifold.trustworthiness(X, X_embedded, n_neighbors=k, metric=metric)
                assert abs(trustworthiness(X, X_embedded, n_neighbors=k, metric=metric) - expected) < 1e-12
        D = np.abs(X[:, None, 0] - X[None, :, 0])
        expected = manifold.trustworthiness(D, X_embedded, metric="precomputed")
        assert abs(trustworthiness(D, X_embedded, metric="precomputed") - expected) < 1e-12
    assert trustworthiness(X, X[:, :2] * 3.0) > trustworthiness(X, X_embedded)


@pytest.fixture(scope="module")
def digits_maps(manifold):
    """360 digits and scikit-learn's map of them with its defaults (Barnes-Hut), with its trustworthiness."""
    X, _ = load_digits()
    X = X[::5].astype(np.float64)
    with importlib.import_module("threadpoolctl").threadpool_limits(limits=1, user_api="openmp"):
        theirs = manifold.TSNE(random_state=0).fit_transform(X)
    return X, trustworthiness(X, theirs, n_neighbors=5)


@pytest.mark.parametrize("method", ["barnes_hut", "exact"])
def test_map_of_digits_is_as_trustworthy_as_scikit_learns(digits_maps, method):
    X, theirs = digits_maps
    ours = trustworthiness(X, TSNE(method=method, random_state=0).fit_transform(X), n_neighbors=5)
    assert theirs > 0.95 and abs(ours - theirs) < 0.02
