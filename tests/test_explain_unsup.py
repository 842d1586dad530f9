"""explain.kmeans and explain.pca: the numbers they write out are the estimators' own (mldlab's and scikit-learn's,
side by side) and NumPy's, and bad inputs get clear errors."""

import importlib
import json
import os

import numpy as np
import pytest

from mldlab import explain
from mldlab.data import load_digits, load_iris, load_wine, pass_exam
from mldlab.exceptions import NotFittedError
from mldlab.ml import StandardScaler, make_pipeline
from mldlab.ml.kmeans import KMeans, kmeans_steps, lloyd_step
from mldlab.ml.minibatch_kmeans import MiniBatchKMeans
from mldlab.ml.pca import PCA


@pytest.fixture(scope="module")
def sk():
    """scikit-learn's cluster and decomposition modules; skipped without it locally, failed without it in CI."""
    try:
        return {name: importlib.import_module(f"sklearn.{name}") for name in ("cluster", "decomposition")}
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("sklearn is not installed, but CI is set: the comparisons with it must run in CI")
        pytest.skip("sklearn is not installed (pip install scikit-learn)")


@pytest.fixture(scope="module")
def exam():
    """The lessons' 2-D "will I pass?" data, in float64."""
    return pass_exam(n_samples=120, seed=0)[0].astype(np.float64)


@pytest.fixture(scope="module")
def data():
    """iris, wine and digits, loaded once, in float64."""
    return {name: load()[0].astype(np.float64) for name, load in (("iris", load_iris), ("wine", load_wine),
                                                                   ("digits", load_digits))}


@pytest.fixture(scope="module")
def iris(data):
    return data["iris"]


def _by_hand(X, centers):
    """One Lloyd iteration in plain NumPy loops, as a teacher would write it."""
    d2 = np.array([[((x - c) ** 2).sum() for c in centers] for x in X])
    labels = d2.argmin(axis=1)
    new = np.array([X[labels == j].mean(axis=0) if (labels == j).any() else c for j, c in enumerate(centers)])
    return d2, labels, new


@pytest.mark.parametrize("start", [[0, 1, 2], [5, 50, 100], [3, 70]])
def test_kmeans_from_given_centres_is_lloyd_step_and_numpy(exam, start):
    centers = exam[start]
    result = explain.kmeans(exam, centers)
    step = lloyd_step(exam, centers)
    d2, labels, new = _by_hand(exam, centers)
    np.testing.assert_allclose(result.distances, d2, rtol=1e-12)
    np.testing.assert_allclose(result.distances, step.distances, rtol=1e-12, atol=1e-12)
    assert result.labels == labels.tolist() == step.labels.tolist()
    np.testing.assert_allclose(result.new_centers, new, rtol=1e-12)
    np.testing.assert_allclose(result.new_centers, step.new_centers, rtol=1e-12)
    assert result.inertia_before == pytest.approx(step.inertia, rel=1e-12)
    assert result.shift == pytest.approx(step.shift, rel=1e-12)
    assert result.inertia_after == pytest.approx(((exam - new[labels]) ** 2).sum(), rel=1e-12)
    assert result.inertia_after <= result.inertia_before
    for cluster in result.clusters:
        members = exam[labels == cluster["cluster"]]
        assert cluster["count"] == len(members)
        np.testing.assert_allclose(cluster["sum"], members.sum(axis=0), rtol=1e-12)
        assert cluster["moved"] == pytest.approx(np.linalg.norm(new[cluster["cluster"]] - centers[cluster["cluster"]]))
    assert result.matches and result.estimator is None
    np.testing.assert_allclose(result.new_centers, kmeans_steps(exam, centers)[0].new_centers, rtol=1e-12)


def test_kmeans_first_iteration_is_scikit_learns(exam, sk):
    centers = exam[[5, 50, 100]]
    result = explain.kmeans(exam, centers)
    one = sk["cluster"].KMeans(n_clusters=3, init=centers, n_init=1, max_iter=1).fit(exam)
    np.testing.assert_allclose(result.new_centers, one.cluster_centers_, rtol=1e-10)


@pytest.mark.parametrize("library", ["mldlab", "sklearn"])
def test_kmeans_from_a_fitted_model_is_its_predict_and_transform(iris, sk, library):
    make = KMeans if library == "mldlab" else sk["cluster"].KMeans
    model = make(n_clusters=3, init=iris[[0, 50, 100]], n_init=1).fit(iris)
    result = explain.kmeans(model, iris)
    assert result.labels == model.predict(iris).tolist() == model.labels_.tolist()
    np.testing.assert_allclose(result.distances, model.transform(iris) ** 2, rtol=1e-9, atol=1e-9)
    assert result.inertia_before == pytest.approx(model.inertia_, rel=1e-9)
    np.testing.assert_allclose(result.centers, model.cluster_centers_)
    assert result.shift <= result.threshold           # a converged model: its centres no longer move
    assert result.matches and result.estimator == "KMeans"
    assert "KMeans stops" in str(result)


def test_kmeans_float32_model_and_pipeline(sk):
    X = load_iris()[0]                                # float32, as the bundled data comes
    model = sk["cluster"].KMeans(n_clusters=3, random_state=0, n_init=1).fit(X)
    assert explain.kmeans(model, X).matches
    pipe = make_pipeline(StandardScaler(), KMeans(n_clusters=3, random_state=0)).fit(X)
    result = explain.kmeans(pipe, X)
    assert result.steps == ["standardscaler"] and result.matches
    assert result.labels == pipe.predict(X).tolist()
    assert "pipeline's steps standardscaler" in str(result)


@pytest.mark.parametrize("library", ["mldlab", "sklearn"])
def test_kmeans_from_a_minibatch_model(exam, sk, library):
    make = MiniBatchKMeans if library == "mldlab" else sk["cluster"].MiniBatchKMeans
    model = make(n_clusters=3, random_state=0, n_init=3, batch_size=64).fit(exam)
    result = explain.kmeans(model, exam)
    assert result.estimator == "MiniBatchKMeans" and result.matches
    assert result.labels == model.predict(exam).tolist()
    np.testing.assert_allclose(result.centers, model.cluster_centers_)


def test_kmeans_samples_shown_and_everything_in_to_dict(exam):
    centers = exam[:2]
    result = explain.kmeans(exam, centers, samples=[7, -1])
    assert result.shown == [7, len(exam) - 1]
    text = str(result)
    assert "sample #7" in text and f"sample #{len(exam) - 1}" in text and "… and 118 more samples" in text
    assert "d²(x, μ₁) = (" in text and "d²(x, μ₂) = (" in text
    data = json.loads(json.dumps(result.to_dict(), allow_nan=False))
    assert data["kind"] == "kmeans" and len(data["distances"]) == len(data["labels"]) == len(exam)
    assert len(explain.kmeans(exam, centers, samples=500).shown) == len(exam)
    assert explain.kmeans(exam, centers, samples=1).shown == [0]


def test_kmeans_many_centres_and_features_are_shortened(data):
    X = data["digits"][:200]
    result = explain.kmeans(X, X[:10], samples=2)
    assert [t["center"] for t in result.terms] == [result.labels[0]]   # beyond 4 centres: only the nearest
    assert result.matches and "+ … +" in str(result)


def test_an_empty_cluster_keeps_its_centre():
    X = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    centers = np.array([[0.5, 0.5], [10.0, 10.0]])
    result = explain.kmeans(X, centers, lang="ko")
    assert result.clusters[1]["count"] == 0 and result.new_centers[1] == [10.0, 10.0]
    assert result.matches and "군집 2은(는) 비었습니다" in str(result)
    assert result.inertia_after == result.inertia_before == 2.0


def test_kmeans_bad_inputs_get_clear_errors(exam, iris):
    with pytest.raises(NotFittedError):
        explain.kmeans(KMeans(n_clusters=2), exam)
    with pytest.raises(TypeError, match="expected a fitted KMeans, MiniBatchKMeans.*got PCA"):
        explain.kmeans(PCA().fit(exam), exam)
    with pytest.raises(ValueError, match="X has 4 features, but the model .* has 2"):
        explain.kmeans(KMeans(n_clusters=2, random_state=0).fit(exam), iris)
    with pytest.raises(ValueError, match="X has 2 features"):
        explain.kmeans(exam, iris[:3])
    with pytest.raises(ValueError, match="5 centres for 3 samples"):
        explain.kmeans(exam[:3], exam[:5])
    with pytest.raises(ValueError, match="samples must be at least 1, got 0"):
        explain.kmeans(exam, exam[:2], samples=0)
    with pytest.raises(IndexError, match="row 500, but X has 120 rows"):
        explain.kmeans(exam, exam[:2], samples=[1, 500])
    with pytest.raises(TypeError, match="samples must be a number of samples or a list of row numbers, got 'all'"):
        explain.kmeans(exam, exam[:2], samples="all")
    with pytest.raises(TypeError, match="list of row numbers, got \\[0.5\\]"):
        explain.kmeans(exam, exam[:2], samples=[0.5])
    with pytest.raises(ValueError, match="nan"):
        explain.kmeans(np.r_[exam, [[np.nan, 1.0]]], exam[:2])
    with pytest.raises(ValueError, match="특성"):
        explain.kmeans(exam, iris[:3], lang="ko")
    with pytest.raises(ValueError, match="fr"):
        explain.kmeans(exam, exam[:2], lang="fr")


@pytest.mark.parametrize("name", ["iris", "wine", "digits"])
@pytest.mark.parametrize("n_components", [None, 2, 0.9])
@pytest.mark.parametrize("library", ["mldlab", "sklearn"])
def test_pca_equals_the_model_and_numpy(data, name, n_components, library, sk):
    X = data[name]
    make = PCA if library == "mldlab" else sk["decomposition"].PCA
    model = make(n_components=n_components).fit(X)
    result = explain.pca(model, X, sample=3)
    k = model.n_components_
    assert result.n_components == k and result.matches
    np.testing.assert_allclose(result.eigenvalues[:k], model.explained_variance_, rtol=1e-8, atol=1e-8)
    np.testing.assert_allclose(result.eigenvectors[:k], model.components_, rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(result.ratio[:k], model.explained_variance_ratio_, rtol=1e-8, atol=1e-12)
    np.testing.assert_allclose(result.z, model.transform(X[3:4])[0], rtol=1e-7, atol=1e-7)
    np.testing.assert_allclose(result.covariance, np.cov(X, rowvar=False), rtol=1e-10, atol=1e-10)
    np.testing.assert_allclose(result.eigenvalues, np.linalg.eigvalsh(np.cov(X, rowvar=False))[::-1],
                               rtol=1e-8, atol=1e-8)
    assert result.total_variance == pytest.approx(np.trace(np.cov(X, rowvar=False)), rel=1e-12)
    assert result.cumulative[-1] == pytest.approx(1.0) and result.mean == pytest.approx(X.mean(axis=0).tolist())
    C, V, lam = np.array(result.covariance), np.array(result.eigenvectors), np.array(result.eigenvalues)
    np.testing.assert_allclose(V[:k] @ C, lam[:k, None] * V[:k], atol=1e-8 * lam[0])   # C·v = λ·v
    np.testing.assert_allclose(V @ V.T, np.eye(len(V)), atol=1e-8)                       # unit, orthogonal


@pytest.mark.parametrize("library", ["mldlab", "sklearn"])
def test_pca_whiten_and_the_data_alone(iris, sk, library):
    make = PCA if library == "mldlab" else sk["decomposition"].PCA
    model = make(n_components=2, whiten=True).fit(iris)
    result = explain.pca(model, iris, sample=10)
    assert result.whiten and result.matches
    np.testing.assert_allclose(result.z, model.transform(iris[10:11])[0], rtol=1e-8)
    assert "zᵢ = vᵢ·(x − μ)/√λᵢ" in str(result)
    alone = explain.pca(iris, n_components=2)
    assert alone.estimator == "PCA" and alone.matches and alone.sample == 0
    np.testing.assert_allclose(alone.eigenvectors[:2], sk["decomposition"].PCA(2).fit(iris).components_, atol=1e-8)


def test_pca_slide_numbers_by_hand():
    X = np.array([[2.0, 1.0], [3.0, 4.0], [5.0, 5.0], [6.0, 8.0]])   # μ = [4, 4.5]; C = [[10, 15], [15, 25]]/3
    result = explain.pca(X, sample=3)
    assert result.mean == [4.0, 4.5]
    np.testing.assert_allclose(result.covariance, [[10 / 3, 5.0], [5.0, 25 / 3]])
    lam = (35 / 3 + np.sqrt((25 / 3 - 10 / 3) ** 2 + 4 * 25)) / 2                      # the larger root of |C − λI| = 0
    assert result.eigenvalues[0] == pytest.approx(lam) and sum(result.eigenvalues) == pytest.approx(35 / 3)
    v = np.array(result.eigenvectors[0])
    assert v[0] > 0 and v[1] > 0 and result.z[0] == pytest.approx(v @ [2.0, 3.5])


def test_pca_pipeline_other_data_and_json(iris, sk):
    pipe = make_pipeline(StandardScaler(), PCA(n_components=2)).fit(iris)
    result = explain.pca(pipe, iris, lang="ko")
    assert result.steps == ["standardscaler"] and result.matches
    assert result.covariance[0][0] == pytest.approx(150 / 149)          # standardised: variance n/(n − 1)
    assert "standardscaler" in str(result) and "공분산 행렬" in str(result)
    other = explain.pca(PCA(2).fit(iris[:75]), iris[75:])
    assert not other.matches and "✗" in str(other) and "other data" in str(other)
    digits32 = load_digits()[0][:300]                                    # float32: the model computes in float32
    digits = explain.pca(sk["decomposition"].PCA(5).fit(digits32), digits32)
    assert digits.matches and "… and 58 more axes" in str(digits) and "its diagonal" in str(digits)
    data = json.loads(json.dumps(digits.to_dict(), allow_nan=False))
    assert data["kind"] == "pca" and np.array(data["covariance"]).shape == (64, 64) and len(data["z"]) == 5


def test_pca_bad_inputs_get_clear_errors(iris, exam):
    with pytest.raises(NotFittedError):
        explain.pca(PCA(), iris)
    with pytest.raises(TypeError, match="expected a fitted PCA.*got KMeans"):
        explain.pca(KMeans(n_clusters=2, random_state=0).fit(iris), iris)
    with pytest.raises(ValueError, match="X has 2 features, but the model .* has 4"):
        explain.pca(PCA().fit(iris), exam)
    with pytest.raises(TypeError, match="sample must be a row number of X, got 1.5"):
        explain.pca(iris, sample=1.5)
    with pytest.raises(IndexError, match="row 150, but X has 150 rows"):
        explain.pca(iris, sample=150)
    with pytest.raises(ValueError, match="1-D|2-D|one row|shape"):
        explain.pca(iris[0])
    with pytest.raises(TypeError, match="PCA"):
        explain.pca(KMeans(n_clusters=2, random_state=0).fit(iris), iris, lang="ko")
