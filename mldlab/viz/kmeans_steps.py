"""k-means step by step: Lloyd's iterations from given initial centres, one panel (or one animation frame) each.

Each iteration t does two things, drawn in its panel::

    (1) assign     cᵢ = argminⱼ ‖xᵢ − μⱼ‖²                     points coloured by their nearest centre μⱼ (○)
    (2) update     μⱼ ← mean of the points with cᵢ = j          the new centre (✕), an arrow from the old one
        inertia    J = Σᵢ ‖xᵢ − μ_cᵢ‖²                          of the assignment (1), in the panel's title
        shift      Σⱼ ‖μⱼ(new) − μⱼ(old)‖²                      how far the centres moved

J never increases from one iteration to the next; the iterations stop when the shift is at most ``tol`` (relative
to the data's mean variance, as ``KMeans``) or after ``max_iter``. The steps are ``mldlab.ml.kmeans_steps``'s:
the same iterations ``KMeans(init=init, n_init=1)`` makes, so its last panel shows ``KMeans``'s labels.
"""

import numpy as np
from matplotlib.animation import FuncAnimation
from matplotlib.lines import Line2D

from mldlab.i18n import message
from mldlab.ml import kmeans_steps as lloyd_steps
from mldlab.viz import _clusters, _style

PANELS_PER_ROW = 3
MOST_PANELS = 9  # more iterations: the first 8 and the last are drawn
SHORTEST_ARROW = 0.04  # moves shorter than this share of the panel's diagonal get no arrow (it would hide under ✕)


def _steps(X, init, max_iter: int, tol: float, op: str):
    X = _clusters.check_points(X, op, two_columns=True)
    return X, lloyd_steps(X, init, max_iter=max_iter, tol=tol)


def _limits(X: np.ndarray, steps) -> tuple:
    """The same x and y ranges for every panel: the points and every centre, with a margin."""
    every = np.vstack([X] + [s.centers for s in steps] + [steps[-1].new_centers])
    lo, hi = every.min(axis=0), every.max(axis=0)
    margin = 0.06 * np.maximum(hi - lo, 1e-9)
    return (lo[0] - margin[0], hi[0] + margin[0]), (lo[1] - margin[1], hi[1] + margin[1])


def _panel_title(t: int, step) -> str:
    return message("viz_unsup_kmeans_step", t=t, inertia=f"{step.inertia:.4g}") + "\n" + \
        message("viz_unsup_kmeans_shift", shift=f"{step.shift:.3g}")


def draw_step(ax, X: np.ndarray, step, palette: list, title: str, limits: tuple) -> None:
    """One Lloyd iteration in ``ax``: the points by their assignment, the old centres (○), the new ones (✕) and an
    arrow from each old centre to its new place (when it moved far enough to see one)."""
    labels = np.asarray(step.labels)
    for j, colour in enumerate(palette):
        mine = labels == j
        ax.scatter(X[mine, 0], X[mine, 1], s=28, color=colour, edgecolors="white", linewidths=0.4, zorder=2,
                   gid=f"points:{j}")
    old, new = np.asarray(step.centers), np.asarray(step.new_centers)
    ax.scatter(old[:, 0], old[:, 1], s=260, facecolors="white", edgecolors=palette, linewidths=3, zorder=4,
               gid="centers")
    ax.scatter(new[:, 0], new[:, 1], s=330, marker="X", c=palette, edgecolors="black", linewidths=1.2, zorder=5,
               gid="new_centers")
    diagonal = np.hypot(limits[0][1] - limits[0][0], limits[1][1] - limits[1][0])
    for j in range(len(old)):
        if np.linalg.norm(new[j] - old[j]) > SHORTEST_ARROW * diagonal:
            ax.annotate("", xy=new[j], xytext=old[j], zorder=3, gid=f"move:{j}",
                        arrowprops={"arrowstyle": "-|>", "color": "black", "linewidth": 2, "mutation_scale": 18,
                                    "shrinkA": 8, "shrinkB": 9})
    ax.set_xlim(*limits[0])
    ax.set_ylim(*limits[1])
    ax.set_title(title, fontsize=_style.LABEL)
    ax.grid(True, alpha=0.3)


def _legend_handles() -> list:
    return [Line2D([], [], linestyle="", marker="o", markersize=14, markerfacecolor="white", markeredgecolor="black",
                   markeredgewidth=2.5, label=message("viz_unsup_kmeans_old")),
            Line2D([], [], linestyle="", marker="X", markersize=15, color=_style.GREY, markeredgecolor="black",
                   label=message("viz_unsup_kmeans_new")),
            Line2D([], [], color="black", linewidth=2, marker=">", markevery=[1],
                   label=message("viz_unsup_kmeans_move"))]


def _shown(n: int, most: int) -> list:
    """The iterations drawn: all when they fit, else the first most − 1 and the last."""
    return list(range(n)) if n <= most else list(range(most - 1)) + [n - 1]


def kmeans_steps(X, init, *, max_iter: int = 300, tol: float = 1e-4, max_panels: int = MOST_PANELS,
                 feature_names=None, lang: str | None = None):
    """A grid of panels, one per Lloyd iteration of k-means on 2-D data from the initial centres ``init``.

    Parameters
    ----------
    X : array-like of shape (n, 2)
    init : array-like of shape (k, 2)
        The initial centres, e.g. three rows of X, or ``kmeans_plusplus(X, 3, random_state=0)[0]``.
    max_iter, tol
        As ``KMeans``'s (``tol`` relative to the mean variance of the features).
    max_panels : int, default 9
        With more iterations, the first ``max_panels − 1`` and the last are drawn.
    feature_names : (str, str), optional
        Axis labels (default x₁, x₂).
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.steps`` holds every ``LloydStep`` (centres, labels, new_centers, inertia, shift) and ``fig.shown``
        the indices of those drawn.

    Examples
    --------
    >>> from mldlab import viz
    >>> from mldlab.data import gaussians
    >>> X, _ = gaussians(n_samples=90, n_classes=3, seed=0)
    >>> fig = viz.kmeans_steps(X, X[:3], lang="ko")
    >>> len(fig.steps) == len(fig.shown) == sum(ax.get_visible() for ax in fig.axes)
    True
    >>> fig.axes[0].get_title().splitlines()[0] == f"반복 1: 관성 J = {fig.steps[0].inertia:.4g}"
    True
    """
    with _style.speaking(lang):
        op = "kmeans_steps"
        if not isinstance(max_panels, (int, np.integer)) or isinstance(max_panels, bool) or max_panels < 2:
            raise ValueError(message("viz_unsup_max_panels", op=op, value=repr(max_panels)))
        X, steps = _steps(X, init, max_iter, tol, op)
        shown = _shown(len(steps), max_panels)
        fig, axes = _clusters.grid_of_panels(len(shown), PANELS_PER_ROW)
        fig.steps, fig.shown = steps, shown
        palette = _clusters.colours(len(steps[0].centers))
        limits = _limits(X, steps)
        x1, x2 = feature_names or ("x₁", "x₂")
        for ax, t in zip(axes, shown):
            draw_step(ax, X, steps[t], palette, _panel_title(t + 1, steps[t]), limits)
            ax.set_xlabel(x1, fontsize=_style.LABEL)
            ax.set_ylabel(x2, fontsize=_style.LABEL)
        title = message("viz_unsup_kmeans_title", k=len(palette), n=len(steps))
        if len(shown) < len(steps):
            title += "\n" + message("viz_unsup_kmeans_some", shown=len(shown) - 1, n=len(steps))
        fig.suptitle(_clusters.wrap_to(title, fig.get_figwidth(), _style.TITLE), fontsize=_style.TITLE)
        fig.legend(handles=_legend_handles(), loc="outside lower center", ncols=3, fontsize=_style.LEGEND)
        return _style.finish(fig)


def kmeans_animation(X, init, *, max_iter: int = 300, tol: float = 1e-4, interval: int = 1000, feature_names=None,
                     lang: str | None = None) -> FuncAnimation:
    """The same Lloyd iterations as ``kmeans_steps``, one animation frame each.

    Parameters
    ----------
    X, init, max_iter, tol, feature_names, lang
        As ``kmeans_steps``.
    interval : int, default 1000
        Milliseconds between frames.

    Returns
    -------
    matplotlib.animation.FuncAnimation
        One frame per iteration (``anim.steps`` holds them). Save it as a GIF with matplotlib's Pillow writer,
        ``anim.save("kmeans.gif", writer="pillow")``; show it in Jupyter with
        ``IPython.display.HTML(anim.to_jshtml())``.

    Examples
    --------
    >>> from mldlab import viz
    >>> from mldlab.data import gaussians
    >>> X, _ = gaussians(n_samples=90, n_classes=3, seed=0)
    >>> anim = viz.kmeans_animation(X, X[:3])
    >>> len(anim.steps)  # frames: one per Lloyd iteration
    4
    >>> import os, tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     anim.save(os.path.join(folder, "kmeans.gif"), writer="pillow", dpi=40)
    """
    with _style.speaking(lang):
        op = "kmeans_animation"
        if not isinstance(interval, (int, np.integer)) or isinstance(interval, bool) or interval <= 0:
            raise ValueError(message("viz_unsup_interval", op=op, value=repr(interval)))
        X, steps = _steps(X, init, max_iter, tol, op)
        fig, ax = _style.figure(figsize=(8, 7.4))
        palette = _clusters.colours(len(steps[0].centers))
        limits = _limits(X, steps)
        titles = [_panel_title(t + 1, step) for t, step in enumerate(steps)]
        x1, x2 = feature_names or ("x₁", "x₂")
        fig.suptitle(_clusters.wrap_to(message("viz_unsup_kmeans_title", k=len(palette), n=len(steps)),
                                       fig.get_figwidth(), _style.LABEL), fontsize=_style.LABEL)
        fig.legend(handles=_legend_handles(), loc="outside lower center", ncols=3, fontsize=_style.LEGEND)

        def frame(t: int) -> list:
            ax.clear()
            draw_step(ax, X, steps[t], palette, titles[t], limits)
            ax.set_xlabel(x1, fontsize=_style.LABEL)
            ax.set_ylabel(x2, fontsize=_style.LABEL)
            _style.finish(fig)
            return []

        frame(0)
        anim = FuncAnimation(fig, frame, frames=len(steps), interval=interval, repeat_delay=2 * interval,
                             init_func=lambda: [], cache_frame_data=False)
        anim.steps = steps
        return anim
