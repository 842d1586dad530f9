"""PCA in pictures: how much variance each component explains (scree plot), the principal axes of 2-D data, and the
digits seen through their first two components.

PCA centres the data and finds orthonormal directions v₁, v₂, … (``components_``) of decreasing variance::

    (1) C = (1 / (n − 1)) · (X − x̄)ᵀ(X − x̄)            the covariance matrix
    (2) C·vⱼ = λⱼ·vⱼ,  λ₁ ≥ λ₂ ≥ …                       λⱼ = ``explained_variance_[j]``
    (3) ratioⱼ = λⱼ / Σₖ λₖ                              ``explained_variance_ratio_[j]``
    (4) zⱼ = (x − x̄) · vⱼ                                the coordinates drawn (``transform``)

The data spread along vⱼ has standard deviation √λⱼ: the arrows of ``pca_directions`` have that length.
"""

import numpy as np
from matplotlib.lines import Line2D
from matplotlib.offsetbox import AnnotationBbox, OffsetImage

from mldlab.i18n import message
from mldlab.ml import PCA
from mldlab.viz import _clusters, _style

MOST_BARS = 30  # components drawn by scree unless n_components says otherwise
IMAGE_SPACING = 0.07  # pca_digits: images at least this far apart, as a fraction of the axes


def scree(pca, *, n_components: int | None = None, target: float | None = None, ax=None, lang: str | None = None):
    """The scree plot of a fitted PCA: a bar per component (its ``explained_variance_ratio_``) and the cumulative
    sum as a line.

    Parameters
    ----------
    pca : PCA, fitted (mldlab's or scikit-learn's)
    n_components : int, optional
        Bars drawn (default all, at most 30; the title says when some are left out).
    target : float in (0, 1], optional
        A share of the variance, e.g. 0.9: a dashed line at it, and the first component where the cumulative sum
        reaches it marked (``fig.reached``).
    ax : matplotlib Axes, optional
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.ratios`` and ``fig.cumulative`` hold the numbers drawn.

    Examples
    --------
    >>> from mldlab import viz
    >>> from mldlab.data import load_iris
    >>> from mldlab.ml import PCA
    >>> X, _ = load_iris()
    >>> fig = viz.scree(PCA().fit(X), target=0.95)
    >>> [round(float(r), 3) for r in fig.ratios], fig.reached
    ([0.925, 0.053, 0.017, 0.005], 2)
    """
    with _style.speaking(lang):
        op = "scree"
        ratios = np.asarray(_clusters.fitted(pca, "explained_variance_ratio_", op, "PCA().fit(X)"), dtype=np.float64)
        if target is not None and not (isinstance(target, (int, float, np.floating)) and 0 < target <= 1):
            raise ValueError(message("viz_unsup_target", op=op, value=repr(target)))
        shown = n_components if n_components is not None else min(len(ratios), MOST_BARS)
        if not isinstance(shown, (int, np.integer)) or isinstance(shown, bool) or not 1 <= shown <= len(ratios):
            raise ValueError(message("viz_unsup_n_components", op=op, value=repr(n_components), n=len(ratios)))
        cumulative = np.cumsum(ratios)
        fig, ax = _style.figure(figsize=(max(8.0, 0.35 * shown + 4), 6)) if ax is None else (ax.figure, ax)
        fig.ratios, fig.cumulative = ratios[:shown], cumulative[:shown]
        j = np.arange(1, shown + 1)
        bars = ax.bar(j, fig.ratios, color=_style.BLUE, gid="ratios", label=message("viz_unsup_scree_ratio"))
        if shown <= 12:
            _percent_labels(ax, bars, fig.ratios)
        ax.plot(j, fig.cumulative, "o-", color=_style.ORANGE, linewidth=_style.LINE, gid="cumulative",
                label=message("viz_unsup_scree_cumulative"))
        fig.reached = None
        if target is not None:
            fig.reached = int(np.searchsorted(cumulative, target - 1e-12)) + 1
            ax.axhline(target, color=_style.GREY, linestyle="--", linewidth=1.5, gid="target")
            if fig.reached <= shown:
                ax.plot([fig.reached], [cumulative[fig.reached - 1]], "o", markersize=14, markerfacecolor="none",
                        markeredgecolor=_style.RED, markeredgewidth=2.5, gid="reached",
                        label=message("viz_unsup_scree_reached", k=fig.reached, target=f"{target:.0%}"))
        ax.set_ylim(0, 1.08)
        ax.set_xticks(j if shown <= 12 else np.r_[1, np.arange(5, shown + 1, 5)])
        title = message("viz_unsup_scree_title", name=type(pca).__name__)
        if shown < len(ratios):
            title += "\n" + message("viz_unsup_scree_shown", shown=shown, n=len(ratios))
        _style.decorate(ax, title, message("viz_unsup_component"), message("viz_unsup_variance_share"))
        _style.legend(ax, loc="center right")
        return _style.finish(fig)


def _percent_labels(ax, bars, ratios: np.ndarray) -> None:
    """Each bar's share written on it: inside a tall bar (the cumulative line starts at the first bar's top),
    above a short one."""
    for bar, r in zip(bars, ratios):
        inside = r > 0.15
        ax.text(bar.get_x() + bar.get_width() / 2, r - 0.03 if inside else r + 0.01,
                f"{r:.0%}" if r >= 0.01 else f"{r:.1%}", ha="center", va="top" if inside else "bottom",
                fontsize=_style.NOTE, color="white" if inside else "black", gid="share")


def pca_directions(pca, X, *, feature_names=None, ax=None, lang: str | None = None):
    """2-D data with its principal axes: an arrow from the mean x̄ along each vⱼ, of length √λⱼ (one standard
    deviation of the data in that direction), on a dashed line x̄ ± 3√λⱼ·vⱼ.

    Parameters
    ----------
    pca : PCA, fitted on X (2 features)
    X : array-like of shape (n, 2)
    feature_names : (str, str), optional
        Axis labels (default x₁, x₂).
    ax : matplotlib Axes, optional
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.arrows`` holds each arrow as (start, end).

    Examples
    --------
    >>> import numpy as np
    >>> from mldlab import viz
    >>> from mldlab.ml import PCA
    >>> X = np.random.default_rng(0).multivariate_normal([1, 2], [[3, 1.5], [1.5, 1]], size=300)
    >>> fig = viz.pca_directions(PCA().fit(X), X)
    >>> [round(float(np.linalg.norm(end - start)), 2) for start, end in fig.arrows]
    [1.96, 0.44]
    """
    with _style.speaking(lang):
        op = "pca_directions"
        components = np.asarray(_clusters.fitted(pca, "components_", op, "PCA().fit(X)"), dtype=np.float64)
        X = _clusters.check_points(X, op, two_columns=True)
        if components.shape[1] != 2:
            raise ValueError(message("viz_ml_fitted_features", op=op, model=type(pca).__name__,
                                     n=components.shape[1]))
        mean = np.asarray(pca.mean_, dtype=np.float64)
        fig, ax = _style.figure(figsize=(8.5, 7.5)) if ax is None else (ax.figure, ax)
        ax.scatter(X[:, 0], X[:, 1], s=22, color=_style.SKY, alpha=0.6, edgecolors="none", gid="points")
        fig.arrows, handles = [], []
        for j, (v, variance) in enumerate(zip(components, np.asarray(pca.explained_variance_, dtype=np.float64))):
            end = mean + np.sqrt(variance) * v
            fig.arrows.append((mean, end))
            colour = (_style.RED, _style.GREEN)[j % 2]
            ax.plot(*np.transpose([mean - 3 * (end - mean), mean + 3 * (end - mean)]), color=colour, linewidth=1.2,
                    linestyle="--", alpha=0.7, zorder=3, gid=f"line:{j}")
            ax.annotate("", xy=end, xytext=mean, arrowprops={"arrowstyle": "-|>", "color": colour, "linewidth": 3.5,
                                                              "mutation_scale": 16}, zorder=4, gid=f"axis:{j}")
            handles.append(Line2D([], [], color=colour, linewidth=3, label=message(
                "viz_unsup_direction", j=j + 1, std=f"{np.sqrt(variance):.2f}",
                ratio=f"{pca.explained_variance_ratio_[j]:.0%}")))
        handles.append(ax.plot(*mean, "o", color="black", markersize=8, zorder=5, gid="mean",
                               label=message("viz_unsup_mean"))[0])
        ax.set_aspect("equal", adjustable="datalim")
        _style.legend(ax, handles=handles, loc="best")
        x1, x2 = feature_names or ("x₁", "x₂")
        width = fig.get_figwidth() * ax.get_position().width
        _style.decorate(ax, _clusters.wrap_to(message("viz_unsup_directions_title"), width, _style.TITLE), x1, x2)
        return _style.finish(fig)


def _images(X, image_shape, op: str):
    """The rows of X as flat vectors and as images."""
    X = np.asarray(X)
    if X.ndim == 3:
        return _clusters.check_points(X.reshape(len(X), -1), op), X.astype(np.float64)
    X = _clusters.check_points(X, op)
    if image_shape is None:
        side = int(round(np.sqrt(X.shape[1])))
        if side * side != X.shape[1]:
            raise ValueError(message("viz_unsup_image_shape", op=op, d=X.shape[1]))
        image_shape = (side, side)
    if int(np.prod(image_shape)) != X.shape[1]:
        raise ValueError(message("viz_unsup_image_shape", op=op, d=X.shape[1]))
    return X, X.reshape(len(X), *image_shape)


def spread_out(Z: np.ndarray, n: int, spacing: float = IMAGE_SPACING) -> list:
    """Up to ``n`` rows of Z, none closer than ``spacing`` to another (in units of the data's width and height),
    taken greedily in a fixed shuffled order."""
    scaled = (Z - Z.min(axis=0)) / np.maximum(np.ptp(Z, axis=0), 1e-12)
    chosen = []
    for i in np.random.default_rng(0).permutation(len(Z)):
        if len(chosen) == n:
            break
        if not chosen or np.min(np.sum((scaled[chosen] - scaled[i]) ** 2, axis=1)) >= spacing ** 2:
            chosen.append(int(i))
    return chosen


def pca_digits(X, y, pca=None, *, n_images: int = 60, image_shape=None, ax=None, lang: str | None = None):
    """Images (handwritten digits) projected on their first two principal components: a point per image coloured by
    its class, and small pictures of some of them at their points.

    Parameters
    ----------
    X : array-like of shape (n, h·w) or (n, h, w)
        The images, e.g. ``load_digits()``'s (n, 64).
    y : array-like of shape (n,)
        Their classes (the colours).
    pca : PCA, optional
        Fitted on the flat images with at least 2 components (default: ``PCA(n_components=2)`` fitted here).
    n_images : int, default 60
        Images drawn at most, spread out so that they do not cover each other.
    image_shape : (int, int), optional
        (h, w) of each image when X is flat (default: square).
    ax : matplotlib Axes, optional
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.Z`` holds the 2-D coordinates (z₁, z₂) and ``fig.pictured`` the rows drawn as images.

    Examples
    --------
    >>> from mldlab import viz
    >>> from mldlab.data import load_digits
    >>> X, y = load_digits()
    >>> fig = viz.pca_digits(X[:300], y[:300], n_images=20)
    >>> fig.Z.shape, len(fig.pictured)
    ((300, 2), 20)
    """
    with _style.speaking(lang):
        op = "pca_digits"
        flat, pictures = _images(X, image_shape, op)
        y = _clusters.check_labels(y, len(flat), op)
        if pca is None:
            pca = PCA(n_components=2).fit(flat)
        components = np.asarray(_clusters.fitted(pca, "components_", op, "PCA(n_components=2).fit(X)"))
        if components.shape[1] != flat.shape[1] or len(components) < 2:
            raise ValueError(message("viz_unsup_pca_digits", op=op, shape=components.shape, d=flat.shape[1]))
        fig, ax = _style.figure(figsize=(11, 9)) if ax is None else (ax.figure, ax)
        fig.Z = np.asarray(pca.transform(flat), dtype=np.float64)[:, :2]
        palette = _clusters.scatter_by_label(ax, fig.Z, y, size=18, classes=True)
        fig.pictured = spread_out(fig.Z, n_images)
        for i in fig.pictured:
            picture = OffsetImage(pictures[i], cmap="gray_r", zoom=2.6)
            ax.add_artist(AnnotationBbox(picture, fig.Z[i], frameon=True, pad=0.15, gid=f"image:{i}", zorder=4,
                                         bboxprops={"edgecolor": palette[y[i]], "linewidth": 2}))
        ratio = np.asarray(pca.explained_variance_ratio_, dtype=np.float64)
        ax.legend(fontsize=_style.LEGEND, markerscale=2.5, loc="center left", bbox_to_anchor=(1.01, 0.5),
                  frameon=False)
        _style.decorate(ax, message("viz_unsup_pca_digits_title", share=f"{ratio[:2].sum():.0%}"),
                        message("viz_unsup_pc_axis", j=1, share=f"{ratio[0]:.1%}"),
                        message("viz_unsup_pc_axis", j=2, share=f"{ratio[1]:.1%}"))
        return _style.finish(fig)
