"""Lesson 3 runs in both languages from its one source: every code cell, every figure, and its numbers are mldlab's
and scikit-learn's on the same data (the lesson says its code runs in scikit-learn with the same results)."""

import importlib
import json
import os
import re

import numpy as np
import pytest

from mldlab import lessons
from mldlab.cli import main
from mldlab.data import gaussians, load_digits, load_iris, moons
from mldlab.lessons import lesson3
from mldlab.lessons._notebook import Code, Markdown, execute, notebook

HANGUL = re.compile("[\uac00-\ud7a3]")
SKLEARN_MODULES = ("cluster", "mixture", "decomposition", "manifold", "metrics")
MLDLAB_ONLY = ("explain.",)  # explain opens mldlab's computations (the figures take scikit-learn's models too)
RANDOM_DRAWS = ("k-means++", "trustworthiness of the t-SNE map",  # another random generator: same kind of number
                "GaussianMixture")  # its start runs k-means from a random start: on the moons, another optimum
NUMBER = re.compile(r"(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)")
ENGLISH_RUN = re.compile(r"[A-Za-z]{2,}(?:[ ,'-]+[A-Za-z]{2,}){3,}")  # four English words in a row: a sentence
FIGURES = 10  # k-means steps, elbow, silhouette, dendrogram, DBSCAN, principal axes, scree, digits, t-SNE, PCA map


@pytest.fixture(scope="module")
def sk():
    """scikit-learn with the submodules used here; skipped without it locally, failed without it in CI."""
    try:
        return {name: importlib.import_module(f"sklearn.{name}") for name in SKLEARN_MODULES}
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("sklearn is not installed, but CI is set: the comparisons with it must run in CI")
        pytest.skip("sklearn is not installed (pip install scikit-learn)")


@pytest.fixture(scope="module", params=["en", "ko"])
def ran(request, tmp_path_factory):
    """The lesson run in English by ``lessons.run`` and in Korean by the command ``mldlab lesson 3``."""
    lang = request.param
    folder = tmp_path_factory.mktemp(f"lesson3-{lang}")
    if lang == "en":
        figures = lessons.run(3, lang, str(folder))["figures"]
    else:
        assert main(["lesson", "3", "--lang", "ko", "--out", str(folder)]) == 0
        figures = sorted(str(path) for path in folder.glob("lesson3-ko-*.png"))
    with open(folder / f"lesson3-{lang}.ipynb", encoding="utf-8") as file:
        return lang, json.load(file), figures


@pytest.fixture(scope="module")
def printed(ran):
    _, book, _ = ran
    return "\n".join("".join(output.get("text", output.get("data", {}).get("text/plain", "")))
                     for cell in book["cells"] if cell["cell_type"] == "code" for output in cell["outputs"])


@pytest.fixture(scope="module")
def blobs():
    X, y = gaussians(n_samples=300, n_classes=3, seed=0)
    return X, y


def _number(printed: str, pattern: str) -> float:
    found = re.search(pattern, printed)
    assert found, f"{pattern!r} not in the lesson's output"
    return float(found.group(1))


def _array(printed: str, title: str, rows: int) -> np.ndarray:
    """The NumPy array printed on the ``rows`` lines after the line that starts with ``title``."""
    lines = printed.splitlines()
    start = next(i for i, text in enumerate(lines) if text.startswith(title))
    return np.array([[float(v) for v in NUMBER.findall(text)] for text in lines[start + 1:start + 1 + rows]])


def test_every_code_cell_ran_in_order_without_an_error(ran):
    _, book, _ = ran
    code = [cell for cell in book["cells"] if cell["cell_type"] == "code"]
    assert [cell["execution_count"] for cell in code] == list(range(1, len(code) + 1))
    assert not any(output["output_type"] == "error" for cell in code for output in cell["outputs"])
    assert book["nbformat"] == 4 and len({cell["id"] for cell in book["cells"]}) == len(book["cells"])


def test_every_figure_is_written_as_png(ran):
    _, book, figures = ran
    images = [output for cell in book["cells"] if cell["cell_type"] == "code" for output in cell["outputs"]
              if "image/png" in output.get("data", {})]
    assert len(figures) == len(images) == FIGURES
    for path in figures:
        with open(path, "rb") as file:
            assert file.read(8) == b"\x89PNG\r\n\x1a\n"
        assert os.path.getsize(path) > 10_000


def test_each_language_comes_from_the_one_source(ran):
    lang, book, _ = ran
    markdown = ["".join(cell["source"]) for cell in book["cells"] if cell["cell_type"] == "markdown"]
    expected = [(cell.ko if lang == "ko" else cell.en).strip() for cell in lesson3.CELLS if isinstance(cell, Markdown)]
    assert markdown == expected
    assert book["metadata"]["mldlab"] == {"title": lesson3.TITLE[lang], "language": lang}
    if lang == "en":
        assert not any(HANGUL.search(text) for text in markdown)
        return
    for text in markdown:
        assert HANGUL.search(text)
        prose = re.sub(r"`[^`]*`|\$[^$]*\$|\"[^\"]*\"", " ", text)
        assert not ENGLISH_RUN.search(prose), ENGLISH_RUN.search(prose).group(0)


def test_the_explanations_agree_with_their_models(ran, printed):
    lang, _, _ = ran
    assert printed.count("✓") >= 5 and "✗" not in printed  # kmeans twice; pca with its two C·v = λ·v checks
    assert printed.count("KMeans stops") + printed.count("KMeans는 여기서 멈춥니다") == 1   # the converged model
    assert ("로이드 반복" in printed) == (lang == "ko") and ("공분산 행렬" in printed) == (lang == "ko")


def test_kmeans_numbers_are_scikit_learns(printed, blobs, sk):
    X, _ = blobs
    reference = sk["cluster"].KMeans(n_clusters=3, init=X[:3], n_init=1).fit(X)
    np.testing.assert_allclose(_array(printed, "cluster_centers_:", 3), reference.cluster_centers_, atol=6e-4)
    assert _number(printed, r"inertia_ J = ([0-9.]+)") == pytest.approx(reference.inertia_, abs=6e-4)
    assert _number(printed, r"n_iter_ = (\d+)") == reference.n_iter_
    one = sk["cluster"].KMeans(n_clusters=3, init=X[:3], n_init=1, max_iter=1).fit(X)   # the first iteration
    np.testing.assert_allclose(_array(printed, "points per cluster:", 3), one.cluster_centers_, atol=6e-4)
    d2 = ((X[:, None, :].astype(np.float64) - X[None, :3, :]) ** 2).sum(axis=2)
    assert _number(printed, r"J before: ([0-9.]+)") == pytest.approx(d2.min(axis=1).sum(), abs=2e-3)
    bad = sk["cluster"].KMeans(n_clusters=3, init=np.array([[3.5, 0.5], [4.5, -0.5], [-2.0, 0.0]]), n_init=1).fit(X)
    assert _number(printed, r"bad start:  J = ([0-9.]+)") == round(bad.inertia_, 1) > 4 * reference.inertia_
    for k in range(2, 7):
        model = sk["cluster"].KMeans(n_clusters=k, init=X[:k], n_init=1).fit(X)
        silhouette = sk["metrics"].silhouette_score(X, model.labels_)
        assert f"k = {k}   J = {model.inertia_:7.1f}   silhouette = {silhouette:.3f}" in printed
    assert _number(printed, r"k = 3: the point with the smallest s\(i\) is #(\d+)") == \
        np.argmin(sk["metrics"].silhouette_samples(X, reference.labels_))


def test_clustering_numbers_are_scikit_learns(printed, blobs, sk):
    X, y = blobs
    X_moons, y_moons = moons(n_samples=300, noise=0.05, seed=0)
    ari = sk["metrics"].adjusted_rand_score
    for linkage in ("ward", "complete", "average", "single"):
        on_blobs = sk["cluster"].AgglomerativeClustering(n_clusters=3, linkage=linkage).fit_predict(X)
        on_moons = sk["cluster"].AgglomerativeClustering(n_clusters=2, linkage=linkage).fit_predict(X_moons)
        assert f"{linkage:>8}:  ARI on the three groups {ari(y, on_blobs):.3f}   on the two moons " \
               f"{ari(y_moons, on_moons):.3f}" in printed
    tree = sk["cluster"].AgglomerativeClustering(n_clusters=3, compute_distances=True).fit(X[:30])
    assert f"the first merges (children_): {tree.children_[:4].tolist()}" in printed
    X_moons, y_moons = moons(n_samples=300, noise=0.08, seed=0)
    dbscan = sk["cluster"].DBSCAN(eps=0.15, min_samples=5).fit(X_moons)
    noise = int((dbscan.labels_ == -1).sum())
    core = len(dbscan.core_sample_indices_)
    assert f"core {core}   border {300 - core - noise}   noise {noise}" in printed
    assert _number(printed, r"DBSCAN (0\.\d+)") == round(ari(y_moons, dbscan.labels_), 3) > 0.95
    assert _number(printed, r"ARI  k-means (0\.\d+)") < 0.5                # k-means cuts the moons wrongly
    for eps in (0.05, 0.1, 0.15, 0.3, 1.0):
        labels = sk["cluster"].DBSCAN(eps=eps, min_samples=5).fit_predict(X_moons)
        assert f"eps = {eps:<4}  clusters {len(set(labels) - {-1}):2d}   noise {np.sum(labels == -1):3d}" in printed
    kmeans = sk["cluster"].KMeans(n_clusters=3, init=X[:3], n_init=1).fit(X)
    gmm = sk["mixture"].GaussianMixture(n_components=3, means_init=kmeans.cluster_centers_, random_state=0).fit(X)
    weights = [float(v) for v in re.search(r"weights_ π: \[([^\]]*)\]", printed).group(1).split()]
    np.testing.assert_allclose(weights, gmm.weights_, atol=6e-4)
    np.testing.assert_allclose(_array(printed, "means_ μ:", 3), gmm.means_, atol=6e-4)


def test_pca_numbers_are_scikit_learns(printed, sk):
    lengths = load_iris()[0][:, [0, 2]].astype(np.float64)
    pca = sk["decomposition"].PCA().fit(lengths)
    np.testing.assert_allclose(_array(printed, "components_ (one axis per row):", 2), pca.components_, atol=6e-5)
    assert f"explained_variance_ratio_: {pca.explained_variance_ratio_.round(4)}" in printed
    X_digits = load_digits()[0]
    digits = sk["decomposition"].PCA().fit(X_digits)
    cumulative = np.cumsum(digits.explained_variance_ratio_)
    for k in (1, 2, 10, 20, 30):
        assert _number(printed, rf"the first +{k} axes keep ([0-9.]+)") == pytest.approx(cumulative[k - 1], abs=6e-4)
    assert _number(printed, r"axes needed for 90 %: (\d+)") == sk["decomposition"].PCA(0.9).fit(X_digits).n_components_
    errors = re.findall(r"squared error per image +([0-9.]+) +\(n−1\)/n · Σ dropped λ = +([0-9.]+)", printed)
    assert len(errors) == 3 and all(a == b for a, b in errors)            # the variance left out is the error
    tsne = _number(printed, r"trustworthiness of the t-SNE map ([0-9.]+)")
    flat = _number(printed, r"of the PCA map ([0-9.]+)")
    reference = sk["manifold"].trustworthiness(X_digits[:300], sk["decomposition"].PCA(2).fit_transform(X_digits[:300]))
    assert flat == round(reference, 3) and tsne > 0.95 > flat


def _in_sklearn(source: str, sk: dict) -> str:
    """``from mldlab.ml import A, B`` → ``from sklearn.<module> import A`` and ``from sklearn.<module> import B``."""

    def module_of(name: str) -> str:
        return next(module for module in sk.values() if hasattr(module, name)).__name__

    def imports(match) -> str:
        return "\n".join(f"from {module_of(name.strip())} import {name.strip()}" for name in match.group(1).split(","))

    return re.sub(r"^from mldlab\.ml import (.+)$", imports, source, flags=re.M)


def _printed(cell: dict) -> list:
    streams = [output for output in cell["outputs"] if output["output_type"] == "stream"]
    return "".join("".join(output["text"]) for output in streams).splitlines()


def _same_line(ours: str, theirs: str) -> bool:
    """The same text, and the same numbers to 0.1 % (or 0.002): float32 sums in another order differ."""
    a, b = NUMBER.split(ours), NUMBER.split(theirs)
    words = [[" ".join(part.split()) for part in parts[::2]] for parts in (a, b)]  # NumPy pads columns to a width
    return len(a) == len(b) and words[0] == words[1] and all(
        float(x) == pytest.approx(float(y), rel=1e-3, abs=2e-3) for x, y in zip(a[1::2], b[1::2]))


@pytest.mark.parametrize("ran", ["en"], indirect=True)  # the numbers are the same in both languages: once
def test_the_lesson_runs_in_scikit_learn_with_the_same_numbers(ran, sk):
    """The lesson's claim: each cell runs in scikit-learn with its imports changed, and prints the same numbers
    (but for the random starts of k-means++ and t-SNE). Run once, in English: the numbers are the same in both."""
    lang, book, _ = ran
    mldlab_only = [isinstance(cell, Code) and any(m in cell.source for m in MLDLAB_ONLY) for cell in lesson3.CELLS]
    kept = [cell for cell, skip in zip(lesson3.CELLS, mldlab_only) if not skip]
    theirs = notebook([Code(_in_sklearn(cell.source, sk)) if isinstance(cell, Code) else cell for cell in kept], lang,
                      "")
    threadpoolctl = importlib.import_module("threadpoolctl")  # scikit-learn's own dependency
    with threadpoolctl.threadpool_limits(limits=1):           # t-SNE's OpenMP threads on a busy machine
        execute(theirs)
    assert sum("from sklearn." in "".join(cell["source"]) for cell in theirs["cells"]) >= 8
    assert sum("image/png" in output.get("data", {}) for cell in theirs["cells"] if cell["cell_type"] == "code"
               for output in cell["outputs"]) == FIGURES                       # viz draws scikit-learn's models too
    ours = [cell for cell, skip in zip(book["cells"], mldlab_only) if cell["cell_type"] == "code" and not skip]
    theirs = [cell for cell in theirs["cells"] if cell["cell_type"] == "code"]
    assert len(ours) == len(theirs) and sum(mldlab_only) == 3
    compared = 0
    for mine, other in zip(ours, theirs):
        assert len(_printed(mine)) == len(_printed(other))
        for a, b in zip(_printed(mine), _printed(other)):
            if not a.strip().startswith(RANDOM_DRAWS):
                assert _same_line(a, b), (a, b)
                compared += 1
    assert compared > 60


def test_the_lesson_is_listed_and_its_notebook_written(tmp_path, capsys):
    assert lessons.available()[:3] == [1, 2, 3]
    assert main(["lesson", "3", "--notebook", "--out", str(tmp_path), "--lang", "ko"]) == 0
    with open(tmp_path / "lesson3-ko.ipynb", encoding="utf-8") as file:
        book = json.load(file)
    assert all(cell.get("outputs", []) == [] for cell in book["cells"])
    assert book["cells"][0]["source"][0] == "# 3차시 · 비지도 학습: 군집화와 차원 축소\n"
    assert "lesson3-ko.ipynb" in capsys.readouterr().out
