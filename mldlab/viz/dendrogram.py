"""The dendrogram of an agglomerative clustering: every merge drawn as a ∏-shaped link at the height of its distance.

Agglomerative clustering starts from n clusters of one point and merges the two closest clusters n − 1 times. The
linkage matrix Z records merge t (t = 0 … n − 2) as one row::

    Z[t] = [a, b, d, size]     clusters a and b merged at distance d into cluster n + t of `size` points
                               (ids below n are the points themselves)

A horizontal line at height h cuts the tree into the clusters that exist at distance h: cutting between the
(n − k)-th and the (n − k + 1)-th merge heights leaves k clusters, which is what ``n_clusters=k`` asks for. The
leaves (and the links below the cut) are coloured by those clusters.

The layout is scipy's: the leaves at x = 5, 15, 25, …, left child before right child as the rows of Z say, each
link above the middle of its two children; ``fig.dendrogram`` holds the same ``icoord``, ``dcoord``, ``leaves``
and ``ivl`` as ``scipy.cluster.hierarchy.dendrogram(Z, truncate_mode='lastp', p=p, no_plot=True)``.
"""

import numpy as np
from matplotlib.collections import LineCollection

from mldlab.data.arrays import check_finite, to_numpy
from mldlab.i18n import message
from mldlab.ml.agglomerative import AgglomerativeClustering, linkage_matrix
from mldlab.viz import _clusters, _style

READABLE_LEAVES = 40  # with more points only the last 30 clusters are drawn, unless p says otherwise
TRUNCATED_LEAVES = 30
MIXED = "black"  # links above the cut, and truncated leaves that hold several clusters


def check_linkage(Z, op: str) -> np.ndarray:
    """Z as an (n − 1, 4) float array whose rows name existing clusters, or a clear error."""
    Z = check_finite(to_numpy(Z, op, "Z").astype(np.float64), op, "Z")
    n = len(Z) + 1
    ids = Z[:, :2] if Z.ndim == 2 and Z.shape[1] == 4 else None
    if ids is None or n < 2 or np.any(ids != np.round(ids)) or np.any(ids < 0) or \
            np.any(ids >= n + np.arange(n - 1)[:, None]):
        raise ValueError(message("viz_unsup_linkage", op=op, shape=Z.shape))
    return Z


def layout(Z: np.ndarray, p: int) -> dict:
    """scipy's dendrogram layout of the last p clusters: leaves left to right (singletons' ids, truncated branches'
    cluster ids), and each drawn link as its x and height corners, in the order they are finished (post-order)."""
    n = len(Z) + 1
    x, height, nodes = {}, {}, []
    leaves, icoord, dcoord = [], [], []
    stack = [(2 * n - 2, False)]
    while stack:
        i, children_done = stack.pop()
        if i < 2 * n - p:  # a point, or a cluster merged before the last p − 1 merges: a leaf here
            x[i], height[i] = 5.0 + 10.0 * len(leaves), 0.0
            leaves.append(i)
        elif not children_done:
            a, b = int(Z[i - n, 0]), int(Z[i - n, 1])
            stack += [(i, True), (b, False), (a, False)]
        else:
            a, b, h = int(Z[i - n, 0]), int(Z[i - n, 1]), float(Z[i - n, 2])
            icoord.append([x[a], x[a], x[b], x[b]])
            dcoord.append([height[a], h, h, height[b]])
            x[i], height[i] = (x[a] + x[b]) / 2, h
            nodes.append(i)
    return {"leaves": leaves, "icoord": icoord, "dcoord": dcoord, "nodes": nodes}


def cut_height(Z: np.ndarray, n_clusters: int) -> float:
    """A height between the merges that leave n_clusters clusters and the next: the middle of the (n − k)-th and
    the (n − k + 1)-th smallest merge distances."""
    d = np.sort(Z[:, 2])
    n, k = len(Z) + 1, n_clusters
    below = d[n - k - 1] if k < n else 0.0
    above = d[n - k] if k > 1 else d[-1] * 1.05
    return float((below + above) / 2)


def clusters_at(Z: np.ndarray, cut: float, labels=None) -> dict:
    """{cluster id: its number} for the clusters that exist at height ``cut``: numbered left to right, or by the
    model's ``labels_`` when they agree with the cut."""
    n = len(Z) + 1
    roots, stack = [], [2 * n - 2]
    while stack:
        i = stack.pop()
        if i < n or Z[i - n, 2] <= cut:
            roots.append(i)
        else:
            stack += [int(Z[i - n, 1]), int(Z[i - n, 0])]
    numbers = list(range(len(roots)))
    if labels is not None:
        first_point = []
        for root in roots:
            while root >= n:
                root = int(Z[root - n, 0])
            first_point.append(int(labels[root]))
        if sorted(first_point) == numbers:
            numbers = first_point
    return dict(zip(roots, numbers))


def _cluster_of_each(Z: np.ndarray, p: int, roots: dict) -> dict:
    """{drawn node: its cluster's number}, None for the nodes above the cut (or a truncated leaf holding several)."""
    n = len(Z) + 1
    cluster, stack = {}, [(2 * n - 2, None)]
    while stack:
        i, current = stack.pop()
        current = roots.get(i, current)
        cluster[i] = current
        if i >= 2 * n - p:
            stack += [(int(Z[i - n, 1]), current), (int(Z[i - n, 0]), current)]
    return cluster


def _linkage_and_model(model, op: str):
    """The linkage matrix and the fitted model (None when Z itself was given). mldlab's model gives its
    ``linkage_matrix``; another library's (scikit-learn's) is read the same way from its ``children_`` and
    ``distances_``, each merge's size being the sum of its children's."""
    if not hasattr(model, "fit"):
        return check_linkage(model, op), None
    _clusters.fitted(model, "children_", op, "AgglomerativeClustering(compute_distances=True).fit(X)")
    if isinstance(model, AgglomerativeClustering):
        return linkage_matrix(model), model
    if not hasattr(model, "distances_"):
        raise ValueError(message("viz_unsup_no_distances", op=op))
    children, n = np.asarray(model.children_, dtype=np.int64), len(model.children_) + 1
    size = np.ones(2 * n - 1)
    for t, (a, b) in enumerate(children):
        size[n + t] = size[a] + size[b]
    return np.column_stack([children, model.distances_, size[n:]]).astype(np.float64), model


def _cut(Z: np.ndarray, model, n_clusters, distance, op: str) -> tuple:
    """(height of the cut line, number of clusters there), or (None, None) for no cut."""
    n = len(Z) + 1
    if n_clusters is not None and distance is not None:
        raise ValueError(message("viz_unsup_cut_both", op=op, n_clusters=n_clusters, distance=distance))
    if n_clusters is None and distance is None and model is not None:
        if getattr(model, "distance_threshold", None) is not None:
            distance = model.distance_threshold
        else:
            n_clusters = model.n_clusters_
    if n_clusters is not None:
        if not isinstance(n_clusters, (int, np.integer)) or isinstance(n_clusters, bool) or not 1 <= n_clusters <= n:
            raise ValueError(message("viz_unsup_cut_clusters", op=op, value=repr(n_clusters), n=n))
        return cut_height(Z, int(n_clusters)), int(n_clusters)
    if distance is not None:
        if not isinstance(distance, (int, float, np.number)) or isinstance(distance, bool) or not distance >= 0:
            raise ValueError(message("viz_unsup_cut_distance", op=op, value=repr(distance)))
        return float(distance), int(np.sum(Z[:, 2] > distance)) + 1
    return None, None


def dendrogram(model, *, n_clusters: int | None = None, distance: float | None = None, p: int | None = None,
               labels=None, ax=None, lang: str | None = None):
    """Draw the merge tree of a fitted ``AgglomerativeClustering`` (or of a linkage matrix Z) with matplotlib.

    Parameters
    ----------
    model : AgglomerativeClustering fitted with ``compute_distances=True`` (or ``distance_threshold``), or Z
        mldlab's or scikit-learn's model (read by ``mldlab.ml.linkage_matrix``), or an (n − 1, 4) linkage
        matrix such as scipy's ``linkage`` returns.
    n_clusters : int, optional
        Cut the tree into this many clusters: a dashed line at that height, the clusters in colour. Default: the
        model's own clustering (its ``distance_threshold``, else its ``n_clusters_``); no cut for a bare Z.
    distance : float, optional
        Cut at this height instead (the clusters are those merged below it).
    p : int, optional
        Draw only the last p clusters (the last p − 1 merges), as scipy's ``truncate_mode='lastp'``; a truncated
        branch is one leaf labelled with its number of points, "(12)". Default: every point when there are at
        most 40, else the last 30 clusters.
    labels : list of str, optional
        A name for each point, written under its leaf (default: its row number).
    ax : matplotlib Axes, optional
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.dendrogram`` holds ``icoord``, ``dcoord``, ``leaves`` and ``ivl`` (as scipy's), ``cut`` (the height
        of the line, or None), ``n_clusters`` and ``leaf_clusters`` (each leaf's cluster, None when it holds
        several).

    Examples
    --------
    >>> from mldlab import viz
    >>> from mldlab.data import gaussians
    >>> from mldlab.ml import AgglomerativeClustering
    >>> X, _ = gaussians(n_samples=24, n_classes=3, seed=0)
    >>> model = AgglomerativeClustering(n_clusters=3, compute_distances=True).fit(X)
    >>> fig = viz.dendrogram(model, lang="ko")
    >>> len(fig.dendrogram["leaves"]), fig.dendrogram["n_clusters"]
    (24, 3)
    >>> fig.axes[0].get_ylabel()
    '병합 거리'
    """
    with _style.speaking(lang):
        op = "dendrogram"
        Z, fitted = _linkage_and_model(model, op)
        n = len(Z) + 1
        if p is not None and (not isinstance(p, (int, np.integer)) or isinstance(p, bool) or p < 2):
            raise ValueError(message("viz_unsup_p", op=op, value=repr(p)))
        p = min(p, n) if p is not None else n if n <= READABLE_LEAVES else TRUNCATED_LEAVES
        if labels is not None and len(labels) != n:
            raise ValueError(message("viz_unsup_leaf_labels", op=op, n=len(labels), expected=n))
        cut, k = _cut(Z, fitted, n_clusters, distance, op)
        drawn = layout(Z, p)
        roots = clusters_at(Z, cut, getattr(fitted, "labels_", None)) if cut is not None else {}
        cluster = _cluster_of_each(Z, p, roots)
        palette = _clusters.colours(max(len(roots), 1))
        colour = {i: MIXED if c is None else palette[c] for i, c in cluster.items()}
        drawn["ivl"] = [f"({int(Z[i - n, 3])})" if i >= n else str(labels[i] if labels is not None else i)
                        for i in drawn["leaves"]]
        drawn.update(cut=cut, n_clusters=k, leaf_clusters=[cluster[i] for i in drawn["leaves"]])
        fig, ax = _style.figure(figsize=(max(9.0, 0.32 * len(drawn["leaves"]) + 3), 6.5)) if ax is None else \
            (ax.figure, ax)
        fig.dendrogram = drawn
        segments = [np.column_stack([xs, ds]) for xs, ds in zip(drawn["icoord"], drawn["dcoord"])]
        ax.add_collection(LineCollection(segments, colors=[colour[i] for i in drawn["nodes"]], linewidths=2,
                                         gid="links"))
        x = 5.0 + 10.0 * np.arange(len(drawn["leaves"]))
        ax.scatter(x, np.zeros(len(x)), s=40, c=[colour[i] for i in drawn["leaves"]], zorder=3, clip_on=False,
                   gid="leaves")
        ax.set_xticks(x, drawn["ivl"], rotation=90 if len(x) > 16 else 0,
                      fontsize=_style.TICK if len(x) <= 30 else 9)
        for tick, i in zip(ax.get_xticklabels(), drawn["leaves"]):
            tick.set_color(colour[i])
        top = max(float(Z[:, 2].max()), cut or 0.0) * 1.05
        ax.set_xlim(0, 10.0 * len(x))
        ax.set_ylim(0, top if top > 0 else 1.0)
        title = [message("viz_unsup_dendrogram_title", n=n) if fitted is None else
                 message("viz_unsup_dendrogram_title_linkage", n=n, linkage=fitted.linkage)]
        if cut is not None:
            ax.axhline(cut, color="black", linestyle="--", linewidth=2, gid="cut")
            title.append(message("viz_unsup_dendrogram_cut", k=k, distance=f"{cut:.3g}"))
        if p < n:
            title.append(message("viz_unsup_dendrogram_truncated", p=p))
        _style.decorate(ax, "\n".join(title), message("viz_unsup_dendrogram_leaves") if p < n else
                        message("viz_unsup_dendrogram_points"), message("viz_unsup_dendrogram_height"))
        ax.grid(False, axis="x")
        return _style.finish(fig)
