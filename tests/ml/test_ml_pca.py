"""PCA beside scikit-learn: the same components (signs too), variances, projections and likelihoods, for every form
of n_components and every solver, on float64 and float32 data; clear errors for bad input."""

import importlib

import numpy as np
import pytest

from mldlab.data import gaussians, load_digits, load_iris, load_wine, moons
from mldlab.i18n import language
from mldlab.ml import PCA

DATA = {
    "iris": lambda: load_iris()[0],
    "wine": lambda: load_wine()[0],
    "digits": lambda: load_digits()[0],
    "moons 2-D": lambda: moons(n_samples=300, noise=0.1, seed=0)[0],
    "gaussians 3-D": lambda: gaussians(n_samples=300, centers=[[0, 0, 0], [4, 1, 0], [1, 5, 2]],
                                       cluster_std=[1.0, 0.5, 2.0], seed=0)[0],
}
FORMS = [None, 2, 0.9, "mle"]
SOLVERS = ["auto", "full", "covariance_eigh", "arpack"]


@pytest.fixture(scope="module")
def sk(sklearn):
    """scikit-learn's decomposition module (``sk.PCA``)."""
    return importlib.import_module("sklearn.decomposition")


@pytest.fixture(scope="module", params=list(DATA))
def dataset(request):
    return request.param, DATA[request.param]()


def _distinct(lam: np.ndarray) -> np.ndarray:
    """The components whose variance differs from its neighbours' (the direction of a repeated variance, e.g. the
    blank pixels of digits, is any vector of its plane: no library can be compared on it)."""
    gap = np.diff(lam, prepend=np.inf, append=-np.inf)
    return np.minimum(-gap[:-1], -gap[1:]) > 1e-6 * lam[0]


def _assert_same_model(ours, theirs, tol: float) -> None:
    assert ours.n_components_ == theirs.n_components_
    assert ours.components_.dtype == theirs.components_.dtype
    scale = theirs.explained_variance_[0] if theirs.n_components_ else 1.0
    np.testing.assert_allclose(ours.explained_variance_, theirs.explained_variance_, rtol=0, atol=tol * scale)
    np.testing.assert_allclose(ours.explained_variance_ratio_, theirs.explained_variance_ratio_, rtol=0, atol=tol)
    top = theirs.singular_values_[0] if theirs.n_components_ else 1.0
    np.testing.assert_allclose(ours.singular_values_, theirs.singular_values_, rtol=0, atol=tol * top)
    np.testing.assert_allclose(ours.mean_, theirs.mean_, rtol=tol, atol=tol)
    np.testing.assert_allclose(ours.noise_variance_, theirs.noise_variance_, rtol=0, atol=tol * scale)
    rows = _distinct(theirs.explained_variance_)
    np.testing.assert_allclose(ours.components_[rows], theirs.components_[rows], rtol=0, atol=tol * 10)  # signs too


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize(("solver", "n_components"), [(solver, form) for solver in SOLVERS for form in FORMS
                                                      if solver != "arpack" or isinstance(form, int)], ids=str)
def test_pca_equals_sklearn(sk, dataset, dtype, solver, n_components):
    """(arpack takes a whole number of components only: its other forms are among the errors)"""
    name, X = dataset
    X = X.astype(dtype)
    if solver == "arpack" and n_components == X.shape[1]:  # arpack needs fewer components than features
        for model in (PCA(n_components, svd_solver=solver), sk.PCA(n_components, svd_solver=solver)):
            with pytest.raises(ValueError):
                model.fit(X)
        return
    ours = PCA(n_components, svd_solver=solver).fit(X)
    try:
        theirs = sk.PCA(n_components, svd_solver=solver).fit(X)
    except ValueError:  # 'mle' on float32 digits: equal eigenvalues make scikit-learn take log(0) and stop
        assert (name, n_components, dtype) == ("digits", "mle", np.float32)
        assert 1 <= ours.n_components_ < X.shape[1]
        return
    _assert_same_model(ours, theirs, 1e-8 if dtype == np.float64 else 1e-5)


def test_auto_picks_scikit_learns_solver(sk):
    rng = np.random.default_rng(0)
    for shape, n_components in (((150, 4), None), ((60, 20), 2), ((600, 100), 5), ((600, 100), 90),
                                ((600, 100), 0.5), ((600, 100), "mle"), ((100, 700), 5)):
        X = rng.normal(size=shape)
        theirs = sk.PCA(n_components).fit(X)
        ours = PCA(n_components, random_state=0).fit(X)
        assert ours._fit_svd_solver == theirs._fit_svd_solver, (shape, n_components)


@pytest.mark.parametrize("name", ["iris", "wine", "digits"])
def test_randomized_finds_the_same_leading_components(sk, name):
    X = DATA[name]().astype(np.float64)
    theirs = sk.PCA(2, svd_solver="full").fit(X)
    ours = PCA(2, svd_solver="randomized", random_state=0).fit(X)
    np.testing.assert_allclose(ours.components_, theirs.components_, atol=1e-6)
    np.testing.assert_allclose(ours.explained_variance_, theirs.explained_variance_, rtol=1e-8)
    np.testing.assert_allclose(ours.explained_variance_ratio_, theirs.explained_variance_ratio_, rtol=1e-8)
    np.testing.assert_allclose(ours.noise_variance_, theirs.noise_variance_, rtol=1e-8)
    again = PCA(2, svd_solver="randomized", random_state=0, power_iteration_normalizer="none").fit(X)
    np.testing.assert_allclose(again.components_, theirs.components_, atol=1e-6)


@pytest.mark.parametrize("whiten", [False, True])
@pytest.mark.parametrize("n_components", [2, 0.95, None], ids=str)
def test_transform_inverse_and_likelihood_equal_sklearn(sk, dataset, whiten, n_components):
    name, X = dataset
    X = X.astype(np.float64)
    theirs = sk.PCA(n_components, whiten=whiten).fit(X)
    ours = PCA(n_components, whiten=whiten).fit(X)
    rows = _distinct(theirs.explained_variance_)
    scale = np.abs(X).max()
    Z = ours.transform(X)
    np.testing.assert_allclose(Z[:, rows], theirs.transform(X)[:, rows], atol=1e-8 * scale)
    np.testing.assert_allclose(ours.fit_transform(X)[:, rows], theirs.fit_transform(X)[:, rows], atol=1e-8 * scale)
    np.testing.assert_allclose(ours.inverse_transform(Z), theirs.inverse_transform(theirs.transform(X)),
                               atol=1e-8 * scale)
    np.testing.assert_allclose(ours.get_covariance(), theirs.get_covariance(), atol=1e-8 * scale**2)
    if ours.n_components_ == min(X.shape):  # nothing left for the noise: the round trip is exact
        np.testing.assert_allclose(ours.inverse_transform(Z), X, atol=1e-9 * scale)
    if ours.noise_variance_ > 0:
        P = theirs.get_precision()
        np.testing.assert_allclose(ours.get_precision(), P, atol=1e-8 * np.abs(P).max())
        np.testing.assert_allclose(ours.score_samples(X), theirs.score_samples(X), rtol=1e-8)
        assert ours.score(X) == pytest.approx(theirs.score(X), rel=1e-8)


def test_whitened_coordinates_have_unit_variance():
    X = DATA["wine"]().astype(np.float64)
    Z = PCA(3, whiten=True).fit_transform(X)
    np.testing.assert_allclose(Z.var(axis=0, ddof=1), 1.0, atol=1e-10)
    np.testing.assert_allclose(np.cov(Z.T), np.eye(3), atol=1e-10)


def test_float32_stays_float32_and_copy_false_centres_in_place(sk):
    X = DATA["iris"]()
    model = PCA(2).fit(X)
    assert model.components_.dtype == np.float32 and model.transform(X).dtype == np.float32
    assert PCA(2).fit(X.astype(int)).components_.dtype == np.float64
    ours, theirs = X.astype(np.float64), X.astype(np.float64)
    PCA(2, svd_solver="full", copy=False).fit(ours)
    sk.PCA(2, svd_solver="full", copy=False).fit(theirs)
    np.testing.assert_array_equal(ours, theirs)
    np.testing.assert_allclose(ours.mean(axis=0), 0, atol=1e-12)


def test_the_formulas_by_hand():
    """(2) covariance, (3) its eigenvectors, (5) the ratio, (6) the projection, written out with NumPy."""
    X = DATA["wine"]().astype(np.float64)
    model = PCA().fit(X)
    mu = X.mean(axis=0)
    C = (X - mu).T @ (X - mu) / (len(X) - 1)
    np.testing.assert_allclose(C @ model.components_.T, model.components_.T * model.explained_variance_,
                               atol=1e-8 * np.abs(C).max())
    np.testing.assert_allclose(model.explained_variance_ratio_, model.explained_variance_ / np.trace(C), atol=1e-12)
    np.testing.assert_allclose(model.transform(X), (X - mu) @ model.components_.T, atol=1e-8)
    largest = np.abs(model.components_).argmax(axis=1)
    assert (model.components_[np.arange(13), largest] > 0).all()


ERRORS = [
    (lambda X: PCA(5).fit(X[:, :3]), ("n_components=5 is more than min(n_samples, n_features) = min(10, 3) = 3",
                                      "n_components=5가 min(n_samples, n_features) = min(10, 3) = 3보다 큽니다")),
    (lambda X: PCA(1.5).fit(X), ("a fraction strictly between 0 and 1", "0과 1 사이")),
    (lambda X: PCA(-1).fit(X), ("got -1", "-1입니다")),
    (lambda X: PCA("all").fit(X), ("got 'all'", "'all'입니다")),
    (lambda X: PCA(0.5, svd_solver="arpack").fit(X), ("with svd_solver='arpack', n_components must be a whole "
                                                      "number from 1 to 3", "1부터 3까지의 정수")),
    (lambda X: PCA(4, svd_solver="arpack").fit(X), ("from 1 to 3", "1부터 3까지")),
    (lambda X: PCA("mle").fit(X[:3]), ("at least as many samples as features, got 3 samples and 4 features",
                                       "샘플 3개, 특성 4개")),
    (lambda X: PCA(svd_solver="lapack").fit(X), ("svd_solver must be one of", "svd_solver는")),
    (lambda X: PCA(2).fit(X).inverse_transform(X), ("X has 4 columns, but the PCA keeps 2 components",
                                                    "X의 열은 4개인데 PCA의 주성분은 2개입니다")),
    (lambda X: PCA(2).fit(X).transform(X[:, :3]), ("X has 3 features, but PCA was fitted with 4 features",
                                                   "X의 특성은 3개인데 PCA는 특성 4개로")),
    (lambda X: PCA().fit(np.hstack([X[:, :2], X[:, :2]])).get_precision(), ("rank 2 < 4", "랭크가 2 < 4")),
]


@pytest.mark.parametrize("case", range(len(ERRORS)))
def test_bad_input_gets_a_clear_error_in_both_languages(case):
    make, texts = ERRORS[case]
    X = np.random.default_rng(0).normal(size=(10, 4))
    for lang, text in zip(("en", "ko"), texts):
        with language(lang), pytest.raises(ValueError) as info:
            make(X)
        assert text in str(info.value)
