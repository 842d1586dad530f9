"""GaussianMixture against scikit-learn's: from the same initial parameters the same EM iterations, lower bound,
scores, labels and parameters (iris, wine, 2-D gaussians; every covariance type); from random initialisations
fits as good; and clear errors."""

import importlib
import warnings

import numpy as np
import pytest

import mldlab
from mldlab.data import gaussians, load_iris, load_wine
from mldlab.exceptions import ConvergenceWarning, NotFittedError
from mldlab.ml import GaussianMixture

COVARIANCE_TYPES = ("full", "diag", "tied", "spherical")


def _data(name):
    if name == "iris":
        return load_iris()[0].astype(np.float64)
    if name == "wine":
        return load_wine()[0].astype(np.float64)
    return gaussians(n_samples=300, n_classes=3, seed=0)[0].astype(np.float64)


def _inits(X, K, covariance_type, seed=0):
    """weights_init, means_init, precisions_init: K samples as means, 1/variance of each feature as precisions."""
    rng = np.random.default_rng(seed)
    variance = X.var(axis=0)
    precisions = {"full": np.stack([np.diag(1 / variance)] * K), "tied": np.diag(1 / variance),
                  "diag": np.tile(1 / variance, (K, 1)), "spherical": np.full(K, 1 / variance.mean())}
    return dict(weights_init=rng.dirichlet(np.full(K, 5.0)), means_init=X[rng.choice(len(X), K, replace=False)],
                precisions_init=precisions[covariance_type])


@pytest.fixture(scope="module")
def mixture(sklearn):
    return importlib.import_module("sklearn.mixture")


@pytest.mark.parametrize("covariance_type", COVARIANCE_TYPES)
@pytest.mark.parametrize("name, K", [("iris", 3), ("wine", 3), ("gaussians", 3), ("iris", 5)])
def test_same_as_sklearn_from_the_same_start(mixture, name, K, covariance_type):
    X = _data(name)
    params = dict(n_components=K, covariance_type=covariance_type, max_iter=300, **_inits(X, K, covariance_type))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a run that reaches max_iter: both warn (tested below)
        theirs = mixture.GaussianMixture(**params)
        their_labels = theirs.fit_predict(X)
        ours = GaussianMixture(**params)
        our_labels = ours.fit_predict(X)
    assert ours.n_iter_ == theirs.n_iter_ and ours.converged_ == theirs.converged_
    assert ours.lower_bound_ == pytest.approx(theirs.lower_bound_, abs=1e-10)
    np.testing.assert_allclose(ours.lower_bounds_, theirs.lower_bounds_, atol=1e-10)
    np.testing.assert_array_equal(our_labels, their_labels)
    np.testing.assert_array_equal(ours.predict(X), theirs.predict(X))
    np.testing.assert_allclose(ours.score_samples(X), theirs.score_samples(X), atol=1e-9)
    assert ours.score(X) == pytest.approx(theirs.score(X), abs=1e-10)
    np.testing.assert_allclose(ours.predict_proba(X), theirs.predict_proba(X), atol=1e-8)
    for attribute in ("weights_", "means_", "covariances_", "precisions_", "precisions_cholesky_"):
        np.testing.assert_allclose(getattr(ours, attribute), getattr(theirs, attribute), rtol=1e-7, atol=1e-9,
                                   err_msg=attribute)
    assert ours.bic(X) == pytest.approx(theirs.bic(X), rel=1e-12, abs=1e-8)
    assert ours.aic(X) == pytest.approx(theirs.aic(X), rel=1e-12, abs=1e-8)


@pytest.mark.parametrize("covariance_type", ["full", "diag"])
def test_not_converged_warm_start_and_no_iterations(mixture, covariance_type):
    X = _data("wine")
    params = dict(n_components=3, covariance_type=covariance_type, **_inits(X, 3, covariance_type, seed=1))
    with pytest.warns(ConvergenceWarning, match="did not converge in max_iter=3"):
        ours = GaussianMixture(max_iter=3, **params).fit(X)
    with pytest.warns(importlib.import_module("sklearn.exceptions").ConvergenceWarning):
        theirs = mixture.GaussianMixture(max_iter=3, **params).fit(X)
    assert ours.lower_bound_ == pytest.approx(theirs.lower_bound_, abs=1e-10) and not ours.converged_
    ours.set_params(warm_start=True, max_iter=100)
    theirs.set_params(warm_start=True, max_iter=100)
    ours.fit(X)
    theirs.fit(X)
    assert ours.n_iter_ == theirs.n_iter_ and ours.converged_
    assert ours.lower_bound_ == pytest.approx(theirs.lower_bound_, abs=1e-10)
    zero = GaussianMixture(max_iter=0, **params).fit(X)  # the given parameters, no EM
    assert zero.n_iter_ == 0 and zero.lower_bound_ == -np.inf and not zero.converged_
    np.testing.assert_allclose(zero.means_, params["means_init"])
    np.testing.assert_allclose(zero.precisions_, params["precisions_init"], rtol=1e-10)


@pytest.mark.parametrize("init_params", ["kmeans", "k-means++", "random", "random_from_data"])
def test_random_starts_are_as_good(mixture, init_params):
    """The draws differ from scikit-learn's (another generator): over 8 seeds the mean log-likelihood is as good
    (EM finds another local optimum now and then, on both sides); from k-means, the usual result is the same."""
    X = _data("iris")
    ours, theirs = [], []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for seed in range(8):
            params = dict(n_components=3, init_params=init_params, random_state=seed)
            ours.append(GaussianMixture(**params).fit(X).score(X))
            theirs.append(mixture.GaussianMixture(**params).fit(X).score(X))
    assert np.mean(ours) >= np.mean(theirs) - 0.1, (ours, theirs)
    if init_params == "kmeans":
        assert np.median(ours) == pytest.approx(np.median(theirs), abs=1e-3)


def test_kmeans_start_is_seeded_and_n_init_keeps_the_best():
    X = _data("gaussians")
    a = GaussianMixture(3, random_state=0).fit(X)
    b = GaussianMixture(3, random_state=0).fit(X)
    assert a.lower_bound_ == b.lower_bound_
    np.testing.assert_array_equal(a.means_, b.means_)
    one = GaussianMixture(3, init_params="random", random_state=4).fit(X)
    five = GaussianMixture(3, init_params="random", n_init=5, random_state=4).fit(X)  # run 1 = the one above
    assert five.lower_bound_ >= one.lower_bound_
    mldlab.manual_seed(3)
    c = GaussianMixture(3, init_params="random_from_data").fit(X)
    mldlab.manual_seed(3)
    assert GaussianMixture(3, init_params="random_from_data").fit(X).lower_bound_ == c.lower_bound_


def test_predictions_sample_and_criteria():
    X = _data("gaussians")
    gm = GaussianMixture(3, random_state=0).fit(X)
    proba = gm.predict_proba(X)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    np.testing.assert_array_equal(proba.argmax(axis=1), gm.predict(X))
    np.testing.assert_array_equal(gm.fit_predict(X), gm.predict(X))
    assert gm.score(X) == pytest.approx(gm.score_samples(X).mean())
    # p(x) integrates to 1: a Riemann sum over a fine grid (2-D data)
    lo, hi = X.min(axis=0) - 6, X.max(axis=0) + 6
    g0, g1 = np.linspace(lo[0], hi[0], 400), np.linspace(lo[1], hi[1], 400)
    grid = np.stack(np.meshgrid(g0, g1), axis=-1).reshape(-1, 2)
    total = np.exp(gm.score_samples(grid)).sum() * (g0[1] - g0[0]) * (g1[1] - g1[0])
    assert total == pytest.approx(1.0, abs=1e-3)
    sample, component = gm.sample(3000)
    assert sample.shape == (3000, 2) and component.shape == (3000,)
    assert np.all(np.diff(component) >= 0)
    for k in range(3):
        np.testing.assert_allclose(sample[component == k].mean(axis=0), gm.means_[k], atol=0.15)
    np.testing.assert_array_equal(gm.sample(10)[0], gm.sample(10)[0])  # random_state=0: the same draws
    n, d = X.shape
    assert gm.bic(X) == pytest.approx(-2 * gm.score(X) * n + (3 * d * (d + 1) / 2 + 3 * d + 2) * np.log(n))
    assert gm.aic(X) == pytest.approx(-2 * gm.score(X) * n + 2 * (3 * d * (d + 1) / 2 + 3 * d + 2))
    assert GaussianMixture(3, covariance_type="spherical", random_state=0).fit(X).sample(5)[0].shape == (5, 2)


def test_verbose(capsys):
    X = _data("iris")
    GaussianMixture(2, verbose=1, verbose_interval=1, random_state=0).fit(X)
    out = capsys.readouterr().out
    assert "Initialization 0" in out and "Iteration 1" in out and "Initialization converged" in out
    mldlab.set_language("ko")
    GaussianMixture(2, verbose=1, random_state=0).fit(X)
    assert "초기화 0" in capsys.readouterr().out


def test_bad_inputs():
    X = _data("iris")
    K = 3
    good = _inits(X, K, "full")
    cases = [
        (GaussianMixture(200), r"n_components=200 is more than the 150 samples"),
        (GaussianMixture(0), r"n_components must be a whole number >= 1"),
        (GaussianMixture(2, covariance_type="circle"), r"covariance_type must be one of"),
        (GaussianMixture(2, init_params="kmeans++"), r"init_params must be one of"),
        (GaussianMixture(2, tol=-1), r"tol must be"),
        (GaussianMixture(K, means_init=X[:2]), r"means_init must have shape \(3, 4\), got shape \(2, 4\)"),
        (GaussianMixture(K, weights_init=[0.5, 0.5]), r"weights_init must have shape \(3,\)"),
        (GaussianMixture(K, weights_init=[0.5, 0.5, 0.5]), r"weights_init must sum to 1"),
        (GaussianMixture(K, weights_init=[1.5, -0.5, 0.0]), r"weights_init must hold probabilities"),
        (GaussianMixture(K, precisions_init=good["precisions_init"][:, :2, :2]),
         r"precisions_init must have shape \(3, 4, 4\)"),
        (GaussianMixture(K, precisions_init=-good["precisions_init"]), r"component 0 is not symmetric positive"),
        (GaussianMixture(K, covariance_type="diag", precisions_init=np.zeros((K, 4))), r"must all be > 0"),
        (GaussianMixture(K, covariance_type="tied", precisions_init=np.ones((4, 4))), r"not symmetric positive"),
    ]
    for model, pattern in cases:
        with pytest.raises(ValueError, match=pattern):
            model.fit(X)
    with pytest.raises(ValueError, match=r"at least 2 samples, got 1"):
        GaussianMixture().fit(X[:1])
    duplicated = np.repeat(X[:3], 10, axis=0)
    with pytest.raises(ValueError, match=r"covariance of component \d is not positive definite"):
        GaussianMixture(3, reg_covar=0.0, random_state=0).fit(duplicated)
    with pytest.raises(NotFittedError):
        GaussianMixture().predict(X)
    with pytest.raises(NotFittedError):
        GaussianMixture().sample()
    gm = GaussianMixture(2, random_state=0).fit(X)
    with pytest.raises(ValueError, match=r"fitted with 4 features"):
        gm.predict(X[:, :2])
    with pytest.raises(ValueError, match=r"n_samples must be a whole number >= 1"):
        gm.sample(0)
    warm = GaussianMixture(2, warm_start=True, random_state=0).fit(X)
    with pytest.raises(ValueError, match=r"fitted with 4 features"):
        warm.fit(X[:, :3])
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="샘플 수 150보다 많습니다"):
        GaussianMixture(200).fit(X)
