"""The silhouette plot: how well each point sits in its cluster, one thin bar per point, grouped by cluster.

For a point i of cluster C::

    a(i) = mean distance from i to the other points of C            (how close its own cluster is)
    b(i) = min over the other clusters C' of the mean distance from i to the points of C'    (the next best)
    s(i) = (b(i) − a(i)) / max(a(i), b(i))                            (s(i) = 0 when C has i alone)

s(i) near 1: i is far closer to its own cluster than to any other; near 0: on the border between two; below 0:
probably in the wrong cluster. The dashed line is the mean of s(i) over all points, the silhouette score. Good
clusters reach past it with most of their bars; a thin cluster with short or negative bars is a doubtful one.
"""

import numpy as np

from mldlab.i18n import message
from mldlab.metrics import silhouette_samples
from mldlab.viz import _clusters, _style

GAP = 0.04  # space between two clusters' blocks, as a fraction of the number of points


def silhouette(X, labels, *, metric: str = "euclidean", ax=None, lang: str | None = None):
    """The silhouette plot of a clustering: s(i) for every point as a horizontal bar, sorted within each cluster,
    and the mean s as a dashed line.

    Parameters
    ----------
    X : array-like of shape (n, d)
        The data that was clustered.
    labels : array-like of shape (n,), or a fitted clusterer
        The cluster of each point (or a model fitted on X: its ``labels_``). Every label counts as a cluster,
        DBSCAN's −1 too (as in ``silhouette_samples``).
    metric : str, default 'euclidean'
        The distance, passed to ``mldlab.metrics.silhouette_samples``.
    ax : matplotlib Axes, optional
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.samples`` holds s(i) for each point (in the order of X) and ``fig.score`` their mean.

    Examples
    --------
    >>> from mldlab import viz
    >>> from mldlab.data import gaussians
    >>> from mldlab.ml import KMeans
    >>> X, _ = gaussians(n_samples=150, n_classes=3, seed=0)
    >>> model = KMeans(n_clusters=3, random_state=0).fit(X)
    >>> fig = viz.silhouette(X, model, lang="ko")
    >>> fig.axes[0].get_title() == f"실루엣 그림: 군집 3개, 평균 s = {fig.score:.3f}"
    True
    """
    with _style.speaking(lang):
        op = "silhouette"
        if hasattr(labels, "fit"):
            labels = _clusters.fitted(labels, "labels_", op, "KMeans(n_clusters=3).fit(X)")
        X = _clusters.check_points(X, op)
        labels = _clusters.check_labels(labels, len(X), op)
        fig, ax = _style.figure(figsize=(8.5, 7)) if ax is None else (ax.figure, ax)
        fig.samples = np.asarray(silhouette_samples(X, labels, metric=metric), dtype=np.float64)
        fig.score = float(fig.samples.mean())
        clusters = np.unique(labels)
        palette = _clusters.colours(len(clusters))
        gap, top = max(1.0, GAP * len(X)), 0.0
        left = min(0.0, float(fig.samples.min())) - 0.15  # room for the clusters' names, left of every bar
        for k, cluster in enumerate(clusters):
            s = np.sort(fig.samples[labels == cluster])[::-1]
            y = top - np.arange(len(s)) - 0.5
            ax.barh(y, s, height=1.0, color=palette[k], linewidth=0, gid=f"cluster:{cluster}")
            ax.text(left + 0.07, top - len(s) / 2, str(cluster), ha="center", va="center", fontsize=_style.TITLE,
                    color=palette[k], gid="cluster_name")
            top -= len(s) + gap
        ax.axvline(fig.score, color="black", linestyle="--", linewidth=_style.LINE, gid="mean",
                   label=message("viz_unsup_silhouette_mean", score=f"{fig.score:.3f}"))
        ax.set_ylim(top + gap, gap / 2)
        ax.set_xlim(left, 1)
        ax.set_yticks([])
        title = message("viz_unsup_silhouette_title", k=len(clusters), score=f"{fig.score:.3f}")
        _style.decorate(ax, title, message("viz_unsup_silhouette_axis"), message("viz_unsup_silhouette_points"))
        ax.grid(False, axis="y")
        _style.legend(ax, loc="lower right")
        return _style.finish(fig)
