"""DBSCAN's three kinds of points: core, border and noise, with the ε-neighbourhood that decides each.

With a radius ε (``eps``) and a count m (``min_samples``), N_ε(x) = {x' : ‖x − x'‖ ≤ ε} (x itself included):

    core      |N_ε(x)| ≥ m                                  drawn big, in its cluster's colour
    border    not core, but within ε of a core point        drawn small, in the colour of the cluster it joined
    noise     neither: label −1                             drawn as a black cross

A cluster is every point reachable from a core point by steps of at most ε through core points, plus the border
points next to them. The dashed circles of radius ε around a few points show the rule at work: the circle of a core
point holds at least m points, a border point's holds fewer but a core point, a noise point's neither.
"""

import numpy as np
from matplotlib.lines import Line2D
from matplotlib.patches import Circle

from mldlab.i18n import message
from mldlab.viz import _clusters, _style


def point_kinds(model, n: int) -> np.ndarray:
    """'core', 'border' or 'noise' for each of the n points the model was fitted on."""
    kinds = np.where(np.asarray(model.labels_) == -1, "noise", "border").astype("<U6")
    kinds[np.asarray(model.core_sample_indices_, dtype=np.int64)] = "core"
    return kinds[:n]


def _circled(circles, kinds: np.ndarray, op: str) -> list:
    """The points to circle: 'auto' takes the first core, border and noise point there are."""
    if circles is None:
        return []
    if isinstance(circles, str) and circles == "auto":
        return [int(np.flatnonzero(kinds == kind)[0]) for kind in ("core", "border", "noise") if (kinds == kind).any()]
    chosen = np.asarray(circles).reshape(-1)
    if chosen.dtype.kind not in "iu" or chosen.size and (chosen.min() < 0 or chosen.max() >= len(kinds)):
        raise ValueError(message("viz_unsup_circles", op=op, value=repr(circles)[:80], n=len(kinds)))
    return chosen.tolist()


def dbscan_points(model, X, *, circles="auto", feature_names=None, ax=None, lang: str | None = None):
    """The points of a fitted ``DBSCAN`` (mldlab's or scikit-learn's): core big, border small, noise as crosses.

    Parameters
    ----------
    model : DBSCAN, fitted on X
        Its ``labels_`` (−1 = noise), ``core_sample_indices_`` and ``eps`` are drawn.
    X : array-like of shape (n, 2)
        The points the model was fitted on.
    circles : 'auto', list of int or None, default 'auto'
        Points around which to draw the circle of radius ε: 'auto' takes one core, one border and one noise point
        (those there are); a list gives their row numbers; None draws no circle.
    feature_names : (str, str), optional
        Axis labels (default x₁, x₂).
    ax : matplotlib Axes, optional
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.kinds`` holds 'core', 'border' or 'noise' for each point; ``fig.circled`` the rows circled.

    Examples
    --------
    >>> from mldlab import viz
    >>> from mldlab.data import moons
    >>> from mldlab.ml import DBSCAN
    >>> X, _ = moons(n_samples=200, noise=0.1, seed=0)
    >>> model = DBSCAN(eps=0.2, min_samples=5).fit(X)
    >>> fig = viz.dbscan_points(model, X, lang="ko")
    >>> {kind: int((fig.kinds == kind).sum()) for kind in ("core", "border", "noise")}
    {'core': 186, 'border': 13, 'noise': 1}
    >>> fig.axes[0].get_title()
    'DBSCAN (ε = 0.2, min_samples = 5): 군집 2개, 잡음 1개'
    """
    with _style.speaking(lang):
        op = "dbscan_points"
        _clusters.fitted(model, "core_sample_indices_", op, "DBSCAN(eps=0.3).fit(X)")
        labels = np.asarray(model.labels_)
        X = _clusters.check_points(X, op, two_columns=True)
        if len(X) != len(labels):
            raise ValueError(message("viz_unsup_fitted_rows", op=op, n=len(X), n_fitted=len(labels)))
        kinds = point_kinds(model, len(X))
        if ax is None:
            fig, ax = _style.figure(figsize=(8.5, 7.5))
        else:
            fig = ax.figure
        clusters = np.unique(labels[labels >= 0])
        palette = dict(zip(clusters.tolist(), _clusters.colours(len(clusters))))
        colour = np.array([palette.get(int(label), _clusters.NOISE) for label in labels], dtype=object)
        for kind, size in (("core", 90), ("border", 28)):
            mine = kinds == kind
            if mine.any():
                ax.scatter(X[mine, 0], X[mine, 1], s=size, c=list(colour[mine]), edgecolors="black",
                           linewidths=0.6, zorder=3, gid=kind)
        noise = kinds == "noise"
        if noise.any():
            ax.scatter(X[noise, 0], X[noise, 1], s=60, marker="x", color=_clusters.NOISE, linewidths=2, zorder=3,
                       gid="noise")
        fig.kinds, fig.circled = kinds, _circled(circles, kinds, op)
        for i in fig.circled:
            ax.add_patch(Circle(X[i], model.eps, fill=False, linestyle="--", linewidth=1.8, edgecolor=_style.GREY,
                                zorder=2, gid=f"eps:{i}"))
        ax.set_aspect("equal", adjustable="datalim")
        _legend(ax, kinds, bool(fig.circled))
        x1, x2 = feature_names or ("x₁", "x₂")
        title = message("viz_unsup_dbscan_title", eps=f"{model.eps:g}", min_samples=model.min_samples,
                        clusters=len(clusters), noise=int(noise.sum()))
        _style.decorate(ax, title, x1, x2)
        return _style.finish(fig)


def _legend(ax, kinds: np.ndarray, circles: bool) -> None:
    """Core, border and noise (those there are) and the ε-circle, in black and white: the colours are the clusters."""
    handles = []
    for kind, key_marker in (("core", ("o", 11)), ("border", ("o", 6)), ("noise", ("x", 9))):
        if (kinds == kind).any():
            marker, size = key_marker
            handles.append(Line2D([], [], linestyle="", marker=marker, markersize=size, markerfacecolor="white",
                                  markeredgecolor="black", color="black", markeredgewidth=1.5 if kind == "noise" else 1,
                                  label=_kind_name(kind, int((kinds == kind).sum()))))
    if circles:
        handles.append(Line2D([], [], linestyle="--", color=_style.GREY, label=message("viz_unsup_eps_circle")))
    _style.legend(ax, handles=handles, loc="best")


def _kind_name(kind: str, n: int) -> str:
    if kind == "core":
        return message("viz_unsup_core", n=n)
    if kind == "border":
        return message("viz_unsup_border", n=n)
    return message("viz_unsup_noise_points", n=n)
