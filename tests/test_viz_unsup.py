"""The content of the session-3 figures: k-means panels are kmeans_steps' iterations, the elbow's line is KMeans'
inertias, silhouette bars are silhouette_samples, the dendrogram's links are scipy's, DBSCAN's kinds are the
model's core samples, PCA bars and arrows are the model's numbers; both languages; clear errors."""

import importlib
import os

import numpy as np
import pytest
from matplotlib.colors import to_rgba
from PIL import Image

from mldlab import viz
from mldlab.data import gaussians, load_digits, load_iris, moons
from mldlab.exceptions import NotFittedError
from mldlab.metrics import silhouette_samples, silhouette_score
from mldlab.ml import DBSCAN, PCA, TSNE, AgglomerativeClustering, KMeans, kmeans_steps
from mldlab.viz import _clusters, _style


def _reference(name: str):
    """A reference library (scikit-learn's estimators, scipy's dendrogram): skipped without it on a developer's
    machine, failed in CI."""
    try:
        return importlib.import_module(name)
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed, but CI is set: the comparisons with it must run in CI")
        pytest.skip(f"{name} is not installed (pip install scikit-learn)")


@pytest.fixture(scope="module")
def hierarchy():
    return _reference("scipy.cluster.hierarchy")


@pytest.fixture(scope="module")
def sk():
    """scikit-learn's cluster, manifold and metrics modules."""
    return {name: _reference(f"sklearn.{name}") for name in ("cluster", "manifold", "metrics")}


@pytest.fixture(scope="module")
def blobs():
    X, y = gaussians(n_samples=90, n_classes=3, seed=0)
    return X.astype(np.float64), y


def _by_gid(ax, gid: str):
    return [c for c in ax.collections if c.get_gid() == gid]


def _gid_texts(ax, gid: str) -> list:
    return [t for t in ax.texts if t.get_gid() == gid]


def test_kmeans_steps_panels_are_the_lloyd_iterations(blobs):
    X, _ = blobs
    init = X[[0, 1, 2]]
    steps = kmeans_steps(X, init)
    fig = viz.kmeans_steps(X, init, lang="en")
    visible = [ax for ax in fig.axes if ax.get_visible()]
    assert len(visible) == len(steps) == len(fig.steps) and fig.shown == list(range(len(steps)))
    for t, (ax, step) in enumerate(zip(visible, steps)):
        np.testing.assert_array_equal(fig.steps[t].labels, step.labels)
        for j in range(3):
            points = _by_gid(ax, f"points:{j}")[0].get_offsets()
            np.testing.assert_array_equal(points, X[step.labels == j])
            assert to_rgba(_by_gid(ax, f"points:{j}")[0].get_facecolor()[0]) == to_rgba(_style.CLASS_COLOURS[j])
        np.testing.assert_allclose(_by_gid(ax, "centers")[0].get_offsets(), step.centers)
        np.testing.assert_allclose(_by_gid(ax, "new_centers")[0].get_offsets(), step.new_centers)
        diagonal = np.hypot(np.ptp(ax.get_xlim()), np.ptp(ax.get_ylim()))
        moved = [j for j in range(3) if np.linalg.norm(step.new_centers[j] - step.centers[j]) > 0.04 * diagonal]
        assert sorted(t.get_gid() for t in ax.texts if str(t.get_gid()).startswith("move:")) == \
            [f"move:{j}" for j in moved]
        assert ax.get_title().splitlines() == [f"iteration {t + 1}: inertia J = {step.inertia:.4g}",
                                               f"centres moved Σ‖Δμ‖² = {step.shift:.3g}"]
    assert [s.inertia for s in steps] == sorted((s.inertia for s in steps), reverse=True)
    assert any(t.get_gid() == "move:0" for t in visible[0].texts)  # the first step moves the centres a lot
    model = KMeans(n_clusters=3, init=init, n_init=1).fit(X)
    np.testing.assert_array_equal(steps[-1].labels, model.labels_)
    assert fig._suptitle.get_text().startswith(f"k-means step by step (k = 3, {len(steps)} iterations)")
    korean = viz.kmeans_steps(X, init, lang="ko")
    assert korean.axes[0].get_title().startswith(f"반복 1: 관성 J = {steps[0].inertia:.4g}")
    assert [t.get_text() for t in korean.legends[0].get_texts()] == ["배정에 쓴 중심", "새 중심 (점들의 평균)",
                                                                     "중심의 이동"]


def test_kmeans_steps_many_iterations_show_the_first_and_the_last():
    X, _ = moons(n_samples=120, noise=0.05, seed=0)
    init = X[:6]
    steps = kmeans_steps(X, init)
    assert len(steps) > 4
    fig = viz.kmeans_steps(X, init, max_panels=4)
    assert fig.shown == [0, 1, 2, len(steps) - 1]
    assert sum(ax.get_visible() for ax in fig.axes) == 4
    assert fig.axes[3].get_title().startswith(f"iteration {len(steps)}:")
    assert fig._suptitle.get_text().splitlines()[-1] == f"(the first 3 iterations and the last of {len(steps)})"


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_kmeans_steps_title_is_wrapped_to_the_figure(blobs, lang):
    X, _ = blobs
    centres = KMeans(n_clusters=3, random_state=0).fit(X).cluster_centers_
    fig = viz.kmeans_steps(X, centres, lang=lang)
    assert len(fig.steps) <= 2  # a narrow figure: one row of at most two panels
    fig.canvas.draw()
    assert fig._suptitle.get_window_extent().width <= fig.bbox.width
    assert len(fig._suptitle.get_text().splitlines()) <= 3
    assert _clusters.wrap_to("a b c", 10, 16) == "a b c"
    assert _clusters.wrap_to("aaaa bbbb cccc dddd", 1.3, 16).splitlines() == ["aaaa bbbb", "cccc dddd"]


def test_kmeans_animation_saves_one_gif_frame_per_iteration(blobs, tmp_path):
    X, _ = blobs
    anim = viz.kmeans_animation(X[:30], X[[0, 1, 2]], interval=200, lang="ko")
    assert len(anim.steps) == len(kmeans_steps(X[:30], X[[0, 1, 2]]))
    path = tmp_path / "kmeans.gif"
    anim.save(path, writer="pillow", dpi=30)
    with Image.open(path) as gif:
        assert gif.n_frames == len(anim.steps)
    ax = anim._fig.axes[0]  # after saving: the last frame drawn, its title in the language asked for
    assert ax.get_title().startswith(f"반복 {len(anim.steps)}: 관성 J")


def test_kmeans_figures_errors(blobs):
    X, _ = blobs
    with pytest.raises(ValueError, match=r"exactly 2 columns .* got shape \(90, 3\)"):
        viz.kmeans_steps(np.c_[X, X[:, 0]], X[:3])
    with pytest.raises(ValueError, match="max_panels must be a whole number of at least 2, got 1"):
        viz.kmeans_steps(X, X[:3], max_panels=1)
    with pytest.raises(ValueError, match="interval must be a positive whole number"):
        viz.kmeans_animation(X, X[:3], interval=0)
    with pytest.raises(ValueError, match="X는 열이 정확히 2개"):
        viz.kmeans_animation(X[:, :1], X[:3, :1], lang="ko")


def test_elbow_line_is_kmeans_inertia_and_the_elbow_is_marked(blobs):
    X, _ = blobs
    fig = viz.elbow(X, ks=range(1, 7), mark="auto", lang="ko")
    ax = fig.axes[0]
    expected = [KMeans(n_clusters=k, random_state=0).fit(X).inertia_ for k in range(1, 7)]
    line = [line for line in ax.lines if line.get_gid() == "inertia"][0]
    np.testing.assert_array_equal(line.get_xdata(), range(1, 7))
    np.testing.assert_allclose(line.get_ydata(), expected)
    assert fig.elbow == 3
    assert [line for line in ax.lines if line.get_gid() == "elbow"][0].get_xdata()[0] == 3
    assert ax.get_title() == "엘보 방법: k에 따른 관성" and ax.get_xlabel() == "군집 수 k"
    given = viz.elbow(ks=[2, 4, 8], inertias=[10.0, 4.0, 3.0], mark=4, lang="en")
    assert given.elbow == 4 and given.axes[0].get_title() == "Elbow method: inertia against k"
    assert "elbow: k = 4" in [t.get_text() for t in given.axes[0].texts]
    assert viz.elbow(ks=[1, 2, 3], inertias=[9.0, 2.0, 1.0]).elbow is None
    assert viz.elbow(ks=[1, 2, 3, 4], inertias=[9.0, 2.0, 1.5, 1.0], mark="auto").elbow == 2


def test_elbow_errors(blobs):
    X, _ = blobs
    with pytest.raises(ValueError, match=r"ks must be at least two increasing whole numbers .* got \[3, 2\]"):
        viz.elbow(X, ks=[3, 2])
    with pytest.raises(ValueError, match="give the data X"):
        viz.elbow()
    with pytest.raises(ValueError, match=r"one inertia per k \(3 values of ks\), got 2"):
        viz.elbow(ks=[1, 2, 3], inertias=[3.0, 1.0])
    with pytest.raises(ValueError, match=r"mark must be one of ks \[1, 2, 3\] or 'auto', got 5"):
        viz.elbow(ks=[1, 2, 3], inertias=[3.0, 2.0, 1.0], mark=5)
    with pytest.raises(ValueError, match="k = 12 clusters cannot be made from 10 points"):
        viz.elbow(X[:10], ks=range(1, 13))
    with pytest.raises(ValueError, match=r"inertias\[1\] = nan"):
        viz.elbow(ks=[1, 2], inertias=[3.0, np.nan])


def test_silhouette_bars_are_silhouette_samples(blobs, sk):
    X, _ = blobs
    model = KMeans(n_clusters=3, random_state=0).fit(X)
    fig = viz.silhouette(X, model, lang="en")
    ax = fig.axes[0]
    s = sk["metrics"].silhouette_samples(X, model.labels_)
    np.testing.assert_allclose(fig.samples, s, atol=1e-12)
    np.testing.assert_allclose(fig.samples, silhouette_samples(X, model.labels_))
    for k in range(3):
        bars = [bar for bar in ax.patches if bar.get_gid() == f"cluster:{k}"]
        widths = [bar.get_width() for bar in bars]
        assert len(widths) == np.sum(model.labels_ == k)
        np.testing.assert_allclose(widths, np.sort(s[model.labels_ == k])[::-1])
        assert to_rgba(bars[0].get_facecolor()) == to_rgba(_style.CLASS_COLOURS[k])
    mean = [line for line in ax.lines if line.get_gid() == "mean"][0]
    assert mean.get_xdata()[0] == pytest.approx(silhouette_score(X, model.labels_)) == fig.score
    assert mean.get_linestyle() == "--"
    assert ax.get_title() == f"Silhouette plot: 3 clusters, mean s = {fig.score:.3f}"
    assert [t.get_text() for t in _gid_texts(ax, "cluster_name")] == ["0", "1", "2"]
    korean = viz.silhouette(X, model.labels_, lang="ko").axes[0]
    assert korean.get_title() == f"실루엣 그림: 군집 3개, 평균 s = {fig.score:.3f}"
    with pytest.raises(NotFittedError, match="not fitted yet"):
        viz.silhouette(X, KMeans(n_clusters=3))
    with pytest.raises(ValueError, match=r"one label per row of X \(90 rows\) as a 1-D array, got shape \(89,\)"):
        viz.silhouette(X, model.labels_[:-1])


def _scipy_dendrogram(hierarchy, Z, p):
    return hierarchy.dendrogram(Z, truncate_mode="lastp", p=p, no_plot=True)


@pytest.mark.parametrize("linkage", ["ward", "complete", "average", "single"])
def test_dendrogram_is_scipys_and_the_cut_makes_the_models_clusters(hierarchy, linkage):
    X, _ = load_iris()
    model = AgglomerativeClustering(n_clusters=3, linkage=linkage, compute_distances=True).fit(X)
    Z = hierarchy.linkage(X.astype(np.float64), linkage)
    for p in (150, 12):
        fig = viz.dendrogram(model, p=p)
        theirs = _scipy_dendrogram(hierarchy, Z, p)
        mine = fig.dendrogram
        if linkage == "single":  # iris has tied distances: single linkage may merge the ties in either order
            np.testing.assert_allclose(np.sort(np.asarray(mine["dcoord"])[:, 1]),
                                       np.sort(np.asarray(theirs["dcoord"])[:, 1]), rtol=1e-6)
        else:
            np.testing.assert_allclose(mine["dcoord"], theirs["dcoord"], rtol=1e-6)
            assert mine["leaves"] == theirs["leaves"] and mine["ivl"] == theirs["ivl"]
            np.testing.assert_allclose(mine["icoord"], theirs["icoord"])
        segments = [c for c in fig.axes[0].collections if c.get_gid() == "links"][0].get_segments()
        np.testing.assert_allclose([s[:, 1] for s in segments], mine["dcoord"])
    heights = np.sort(model.distances_)
    cut = [line for line in fig.axes[0].lines if line.get_gid() == "cut"][0].get_ydata()[0]
    assert heights[-3] < cut < heights[-2] and cut == pytest.approx((heights[-3] + heights[-2]) / 2)
    full = viz.dendrogram(model, p=150).dendrogram
    for leaf, cluster in zip(full["leaves"], full["leaf_clusters"]):
        assert cluster == model.labels_[leaf]


def test_dendrogram_colours_titles_and_cuts(blobs, sk):
    X, _ = blobs
    model = AgglomerativeClustering(n_clusters=3, compute_distances=True).fit(X[:24])
    fig = viz.dendrogram(model, lang="en")
    ax = fig.axes[0]
    assert len(fig.dendrogram["leaves"]) == 24
    leaf_colours = [to_rgba(c) for c in _by_gid(ax, "leaves")[0].get_facecolors()]
    palette = _clusters.colours(3)
    assert leaf_colours == [to_rgba(palette[model.labels_[i]]) for i in fig.dendrogram["leaves"]]
    assert [to_rgba(t.get_color()) for t in ax.get_xticklabels()] == leaf_colours
    assert ax.get_title().splitlines() == ["Dendrogram of 24 points (ward linkage)",
                                           f"cut at distance {fig.dendrogram['cut']:.3g}: 3 clusters"]
    links = _by_gid(ax, "links")[0]
    above = [k for k, d in enumerate(fig.dendrogram["dcoord"]) if d[1] > fig.dendrogram["cut"]]
    assert len(above) == 2 and all(to_rgba(links.get_colors()[k]) == to_rgba("black") for k in above)
    by_distance = viz.dendrogram(model, distance=fig.dendrogram["cut"], lang="ko")
    assert by_distance.dendrogram["n_clusters"] == 3
    assert by_distance.axes[0].get_ylabel() == "병합 거리"
    assert by_distance.axes[0].get_title().splitlines()[0] == "점 24개의 덴드로그램 (ward 연결)"
    theirs = sk["cluster"].AgglomerativeClustering(n_clusters=4, compute_distances=True).fit(X[:24])
    from_sklearn = viz.dendrogram(theirs)
    assert from_sklearn.dendrogram["icoord"] == fig.dendrogram["icoord"]
    assert from_sklearn.dendrogram["n_clusters"] == 4
    Z = np.array([[0, 1, 1.0, 2], [2, 3, 2.0, 2], [4, 5, 5.0, 4]])
    bare = viz.dendrogram(Z, labels=["a", "b", "c", "d"])
    assert bare.dendrogram["ivl"] == ["a", "b", "c", "d"] and bare.dendrogram["cut"] is None
    assert not [line for line in bare.axes[0].lines if line.get_gid() == "cut"]
    threshold = AgglomerativeClustering(n_clusters=None, distance_threshold=3.0).fit(X[:24])
    assert viz.dendrogram(threshold).dendrogram["cut"] == 3.0
    big = viz.dendrogram(AgglomerativeClustering(compute_distances=True).fit(X))
    assert len(big.dendrogram["leaves"]) == 30
    assert "the last 30 clusters only" in big.axes[0].get_title()


def test_dendrogram_errors(blobs, sk):
    X, _ = blobs
    model = AgglomerativeClustering(n_clusters=2, compute_distances=True).fit(X[:10])
    with pytest.raises(NotFittedError):
        viz.dendrogram(AgglomerativeClustering())
    with pytest.raises(ValueError, match="compute_distances=True"):
        viz.dendrogram(sk["cluster"].AgglomerativeClustering().fit(X[:10]))
    with pytest.raises(ValueError, match="compute_distances=True"):
        viz.dendrogram(AgglomerativeClustering().fit(X[:10]))
    with pytest.raises(ValueError, match=r"linkage matrix Z of shape \(n − 1, 4\).* got shape \(3, 3\)"):
        viz.dendrogram(np.zeros((3, 3)))
    with pytest.raises(ValueError, match="name only clusters made before"):
        viz.dendrogram(np.array([[0, 5, 1.0, 2], [2, 3, 2.0, 2], [4, 5, 5.0, 4]]))
    with pytest.raises(ValueError, match="not both"):
        viz.dendrogram(model, n_clusters=2, distance=1.0)
    with pytest.raises(ValueError, match=r"n_clusters must be a whole number from 1 to 10 .* got 11"):
        viz.dendrogram(model, n_clusters=11)
    with pytest.raises(ValueError, match="p .* at least 2, got 1"):
        viz.dendrogram(model, p=1)
    with pytest.raises(ValueError, match="expected 10 labels"):
        viz.dendrogram(model, labels=["a"])
    with pytest.raises(TypeError, match="expected a fitted model such as AgglomerativeClustering"):
        viz.dendrogram(KMeans)


@pytest.fixture(scope="module")
def dbscan_data():
    X, _ = moons(n_samples=120, noise=0.1, seed=0)
    return np.vstack([X, [[2.5, 1.5], [-1.5, -0.8]]])  # two points far from everything: noise


@pytest.mark.parametrize("library", ["mldlab", "sklearn"])
def test_dbscan_points_core_border_noise_are_the_models(dbscan_data, sk, library):
    X = dbscan_data
    model = (DBSCAN if library == "mldlab" else sk["cluster"].DBSCAN)(eps=0.2, min_samples=6).fit(X)
    fig = viz.dbscan_points(model, X, lang="en")
    ax = fig.axes[0]
    core = np.zeros(len(X), bool)
    core[model.core_sample_indices_] = True
    noise = model.labels_ == -1
    border = ~core & ~noise
    assert border.sum() > 0 and noise.sum() >= 2
    np.testing.assert_array_equal(fig.kinds == "core", core)
    np.testing.assert_array_equal(fig.kinds == "noise", noise)
    for gid, mine in (("core", core), ("border", border), ("noise", noise)):
        collection = _by_gid(ax, gid)[0]
        np.testing.assert_array_equal(collection.get_offsets(), X[mine])
    assert _by_gid(ax, "core")[0].get_sizes()[0] > _by_gid(ax, "border")[0].get_sizes()[0]
    assert _by_gid(ax, "noise")[0].get_paths()[0] is not _by_gid(ax, "core")[0].get_paths()[0]
    palette = _clusters.colours(len(set(model.labels_[~noise])))
    for colour, label in zip(_by_gid(ax, "core")[0].get_facecolors(), model.labels_[core]):
        assert to_rgba(colour) == to_rgba(palette[label])
    circles = [p for p in ax.patches if str(p.get_gid()).startswith("eps:")]
    assert [fig.kinds[i] for i in fig.circled] == ["core", "border", "noise"] and len(circles) == 3
    assert all(c.get_radius() == 0.2 for c in circles)
    n_clusters = len(set(model.labels_)) - 1
    assert ax.get_title() == f"DBSCAN (ε = 0.2, min_samples = 6): clusters {n_clusters}, noise points {noise.sum()}"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        f"core point ({core.sum()})", f"border point ({border.sum()})", f"noise ({noise.sum()})",
        "radius ε around a point"]
    korean = viz.dbscan_points(model, X, circles=[0, 5], lang="ko")
    assert korean.circled == [0, 5]
    assert korean.axes[0].get_title().endswith(f"군집 {n_clusters}개, 잡음 {noise.sum()}개")
    assert len(viz.dbscan_points(model, X, circles=None).axes[0].patches) == 0


def test_dbscan_points_errors(dbscan_data, sk):
    X = dbscan_data
    model = DBSCAN(eps=0.2).fit(X)
    with pytest.raises(NotFittedError):
        viz.dbscan_points(DBSCAN(), X)
    with pytest.raises(NotFittedError):
        viz.dbscan_points(sk["cluster"].DBSCAN(), X)
    with pytest.raises(ValueError, match=r"X has 10 rows but the model was fitted on 122 points"):
        viz.dbscan_points(model, X[:10])
    with pytest.raises(ValueError, match="circles must be 'auto', None or a list of row numbers from 0 to 122"):
        viz.dbscan_points(model, X, circles=[500])
    with pytest.raises(TypeError, match="expected a fitted model such as DBSCAN"):
        viz.dbscan_points(X, X)


def test_scree_bars_are_the_explained_variance_ratios():
    X, _ = load_iris()
    pca = PCA().fit(X)
    fig = viz.scree(pca, target=0.95, lang="en")
    ax = fig.axes[0]
    bars = ax.containers[0]
    np.testing.assert_allclose([b.get_height() for b in bars], pca.explained_variance_ratio_)
    cumulative = [line for line in ax.lines if line.get_gid() == "cumulative"][0]
    np.testing.assert_allclose(cumulative.get_ydata(), np.cumsum(pca.explained_variance_ratio_))
    assert fig.reached == 2 and [line for line in ax.lines if line.get_gid() == "target"][0].get_ydata()[0] == 0.95
    assert [t.get_text() for t in _gid_texts(ax, "share")] == ["92%", "5%", "2%", "0.5%"]
    assert ax.get_title() == "Scree plot: variance explained by each component (PCA)"
    assert "2 components explain 95%" in [t.get_text() for t in ax.get_legend().get_texts()]
    Xd, _ = load_digits()
    digits = viz.scree(PCA().fit(Xd), lang="ko")
    assert len(digits.axes[0].containers[0]) == 30
    assert digits.axes[0].get_title().splitlines() == ["스크리 그림: 주성분마다 설명하는 분산 (PCA)",
                                                       "(주성분 64개 중 처음 30개)"]
    assert len(viz.scree(pca, n_components=2).axes[0].containers[0]) == 2
    with pytest.raises(ValueError, match=r"target must be a share of the variance in \(0, 1\]"):
        viz.scree(pca, target=95)
    with pytest.raises(ValueError, match="n_components must be a whole number from 1 to 4"):
        viz.scree(pca, n_components=5)
    with pytest.raises(NotFittedError):
        viz.scree(PCA())


def test_pca_directions_arrows_are_the_components_scaled_by_their_std():
    X = np.random.default_rng(0).multivariate_normal([1, 2], [[3, 1.5], [1.5, 1]], size=200)
    pca = PCA().fit(X)
    fig = viz.pca_directions(pca, X, lang="ko")
    for j, (start, end) in enumerate(fig.arrows):
        np.testing.assert_allclose(start, pca.mean_)
        np.testing.assert_allclose(end - start, np.sqrt(pca.explained_variance_[j]) * pca.components_[j])
    texts = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert texts[0] == f"주성분 1: √λ = {np.sqrt(pca.explained_variance_[0]):.2f} " \
                       f"(분산의 {pca.explained_variance_ratio_[0]:.0%})"
    assert fig.axes[0].get_aspect() == 1.0
    with pytest.raises(ValueError, match="fitted on 3 features, but the picture has 2 axes"):
        viz.pca_directions(PCA().fit(np.c_[X, X[:, 0] ** 2]), X)


def test_pca_digits_points_are_the_projection_and_images_are_spread_out():
    X, y = load_digits()
    X, y = X[:300], y[:300]
    pca = PCA(n_components=3).fit(X)
    fig = viz.pca_digits(X, y, pca, n_images=25, lang="en")
    ax = fig.axes[0]
    np.testing.assert_allclose(fig.Z, pca.transform(X.astype(np.float64))[:, :2])
    for digit in range(10):
        np.testing.assert_allclose(_by_gid(ax, f"label:{digit}")[0].get_offsets(), fig.Z[y == digit])
    images = [a for a in ax.artists if str(a.get_gid()).startswith("image:")]
    assert len(images) == len(fig.pictured) == 25
    scaled = (fig.Z - fig.Z.min(axis=0)) / np.ptp(fig.Z, axis=0)
    gaps = np.linalg.norm(scaled[fig.pictured][:, None] - scaled[fig.pictured][None], axis=2)
    assert gaps[np.triu_indices(25, 1)].min() >= 0.07
    np.testing.assert_array_equal(images[0].offsetbox.get_data(), X[fig.pictured[0]].reshape(8, 8))
    ratio = pca.explained_variance_ratio_
    assert ax.get_xlabel() == f"PC1 ({ratio[0]:.1%} of the variance)"
    own = viz.pca_digits(X.reshape(-1, 8, 8), y, n_images=5, lang="ko")
    np.testing.assert_allclose(np.abs(own.Z), np.abs(PCA(n_components=2).fit_transform(X)), rtol=1e-5)
    assert own.axes[0].get_title().startswith("첫 두 주성분 위의 그림들")
    with pytest.raises(ValueError, match=r"rows of X \(63 values\) cannot be drawn as square images"):
        viz.pca_digits(X[:, :63], y)
    with pytest.raises(ValueError, match=r"fitted on the flat images \(64 values each\) with at least 2"):
        viz.pca_digits(X, y, PCA(n_components=1).fit(X))


def test_embedding_names_each_class_at_its_median(sk):
    X, y = load_digits()
    Z = PCA(n_components=2).fit_transform(X[:400])
    fig = viz.embedding(Z, y[:400], method="PCA", lang="en")
    ax = fig.axes[0]
    for digit in range(10):
        np.testing.assert_allclose(fig.middles[digit], np.median(Z[y[:400] == digit], axis=0))
        text = _gid_texts(ax, f"middle:{digit}")[0]
        assert text.get_text() == str(digit) and text.get_position() == tuple(fig.middles[digit])
        assert to_rgba(text.get_color()) == to_rgba(_by_gid(ax, f"label:{digit}")[0].get_facecolor()[0])
    assert ax.get_title() == "PCA: the data laid out in 2-D (400 points)"
    assert ax.get_xlabel() == "PCA axis 1"
    tsne = TSNE(perplexity=10, max_iter=300, random_state=0).fit(X[:80])
    korean = viz.embedding(tsne, y[:80], class_names=[f"숫자 {d}" for d in range(10)], lang="ko")
    assert korean.axes[0].get_title().splitlines() == ["t-SNE: 2차원에 놓은 데이터 (80개)",
                                                       f"KL(P ‖ Q) = {tsne.kl_divergence_:.3f}"]
    assert _gid_texts(korean.axes[0], "middle:3")[0].get_text() == "숫자 3"
    plain = viz.embedding(Z)
    assert plain.middles == {} and plain.axes[0].get_title().startswith("embedding:")
    with pytest.raises(ValueError, match="expected 10 class names"):
        viz.embedding(Z, y[:400], class_names=["a"])
    with pytest.raises(ValueError, match=r"exactly 2 columns"):
        viz.embedding(X[:10], y[:10])
    with pytest.raises(NotFittedError):
        viz.embedding(TSNE())
    theirs = sk["manifold"].TSNE(perplexity=10, max_iter=250, random_state=0).fit(X[:60])
    assert viz.embedding(theirs, y[:60]).axes[0].get_title().startswith("t-SNE: the data laid out in 2-D (60 points)")


def test_every_figure_but_the_grid_draws_into_the_users_own_axes(blobs, dbscan_data):
    X, _ = blobs
    own = _style.blank(figsize=(20, 10))
    axes = own.subplots(2, 4).ravel()
    model = KMeans(n_clusters=3, random_state=0).fit(X)
    pca = PCA().fit(X)
    Xd, yd = load_digits()
    drawn = [viz.elbow(X, ks=range(1, 4), ax=axes[0]), viz.silhouette(X, model, ax=axes[1]),
             viz.dendrogram(AgglomerativeClustering(compute_distances=True).fit(X[:20]), ax=axes[2]),
             viz.dbscan_points(DBSCAN(eps=0.2).fit(dbscan_data), dbscan_data, ax=axes[3]),
             viz.scree(pca, ax=axes[4]), viz.pca_directions(pca, X, ax=axes[5]),
             viz.pca_digits(Xd[:100], yd[:100], n_images=5, ax=axes[6]), viz.embedding(X, model.labels_, ax=axes[7])]
    assert all(fig is own for fig in drawn)
    assert all(ax.has_data() for ax in axes)
