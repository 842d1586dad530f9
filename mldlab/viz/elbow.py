"""The elbow method: k-means' inertia for k = 1, 2, 3, … clusters, and where adding a cluster stops paying.

The inertia of k centres μ₁ … μ_k is the sum of squared distances of each point to its nearest centre::

    J(k) = Σᵢ minⱼ ‖xᵢ − μⱼ‖²

J falls as k grows (k = n gives 0), fast while each new centre splits a real group, slowly after. The k where the
curve bends, its elbow, is a sensible number of clusters. ``mark='auto'`` takes the point of the curve farthest
from the straight line through its first and last points (both axes scaled to [0, 1] first)::

    elbow = argmaxₖ  distance((k, J(k)), line from (k₁, J(k₁)) to (k_last, J(k_last)))
"""

import numpy as np

from mldlab.data.arrays import check_finite, to_numpy
from mldlab.i18n import message
from mldlab.ml import KMeans
from mldlab.viz import _clusters, _style


def farthest_from_chord(ks: np.ndarray, inertias: np.ndarray) -> int:
    """The k whose point (k, J(k)) is farthest from the line through the first and the last point, both axes
    scaled to [0, 1]."""
    x = (ks - ks[0]) / (ks[-1] - ks[0])
    y = (inertias - inertias.min()) / max(np.ptp(inertias), 1e-300)
    chord = np.array([x[-1] - x[0], y[-1] - y[0]])
    distance = np.abs(chord[0] * (y - y[0]) - chord[1] * (x - x[0])) / np.hypot(*chord)
    return int(ks[np.argmax(distance)])


def _check_ks(ks, op: str) -> np.ndarray:
    ks = np.asarray(list(ks))
    if ks.ndim != 1 or len(ks) < 2 or ks.dtype.kind not in "iu" or ks.min() < 1 or np.any(np.diff(ks) <= 0):
        raise ValueError(message("viz_unsup_ks", op=op, value=repr(ks.tolist())[:80]))
    return ks


def elbow(X=None, ks=range(1, 11), *, inertias=None, mark=None, random_state=0, ax=None, lang: str | None = None):
    """Inertia against the number of clusters k, from k-means fitted for each k (or from inertias you have).

    Parameters
    ----------
    X : array-like of shape (n, d), optional
        The data: ``KMeans(n_clusters=k, random_state=random_state).fit(X)`` is run for each k. Not needed when
        ``inertias`` is given.
    ks : sequence of int, default range(1, 11)
        The numbers of clusters, increasing.
    inertias : sequence of float, optional
        J(k) for each k of ``ks``, already computed (then nothing is fitted).
    mark : int or 'auto', optional
        The elbow to mark: a k of ``ks``, or 'auto' (the point farthest from the chord, see above).
    random_state : int, default 0
        Seed of each KMeans (its k-means++ start).
    ax : matplotlib Axes, optional
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.ks``, ``fig.inertias`` and ``fig.elbow`` (the k marked, or None).

    Examples
    --------
    >>> from mldlab import viz
    >>> from mldlab.data import gaussians
    >>> X, _ = gaussians(n_samples=300, n_classes=3, seed=0)
    >>> fig = viz.elbow(X, ks=range(1, 8), mark="auto", lang="ko")
    >>> fig.elbow
    3
    >>> fig.axes[0].get_xlabel()
    '군집 수 k'
    """
    with _style.speaking(lang):
        op = "elbow"
        ks = _check_ks(ks, op)
        if inertias is None:
            if X is None:
                raise ValueError(message("viz_unsup_elbow_nothing", op=op))
            X = _clusters.check_points(X, op)
            if ks[-1] > len(X):
                raise ValueError(message("viz_unsup_ks_too_many", op=op, k=int(ks[-1]), n=len(X)))
            inertias = [KMeans(n_clusters=int(k), random_state=random_state).fit(X).inertia_ for k in ks]
        inertias = check_finite(to_numpy(inertias, op, "inertias").astype(np.float64).reshape(-1), op, "inertias")
        if len(inertias) != len(ks):
            raise ValueError(message("viz_unsup_inertias", op=op, n=len(inertias), n_ks=len(ks)))
        if mark is not None and not (isinstance(mark, str) and mark == "auto") and mark not in ks.tolist():
            raise ValueError(message("viz_unsup_mark", op=op, value=repr(mark), ks=ks.tolist()))
        fig, ax = _style.figure(figsize=(8.5, 6)) if ax is None else (ax.figure, ax)
        fig.ks, fig.inertias = ks, inertias
        fig.elbow = farthest_from_chord(ks, inertias) if isinstance(mark, str) else mark
        ax.plot(ks, inertias, "o-", color=_style.BLUE, linewidth=_style.LINE, markersize=8, gid="inertia")
        if fig.elbow is not None:
            j = fig.elbow
            J = inertias[ks.tolist().index(j)]
            ax.plot([j], [J], "o", markersize=22, markerfacecolor="none", markeredgecolor=_style.RED,
                    markeredgewidth=3, gid="elbow")
            ax.annotate(message("viz_unsup_elbow_here", k=j), xy=(j, J), xytext=(30, 40), textcoords="offset points",
                        fontsize=_style.LABEL, color=_style.RED, arrowprops={"arrowstyle": "->", "color": _style.RED})
        ax.set_xticks(ks if len(ks) <= 15 else ks[::-(-len(ks) // 12)])
        ax.set_ylim(bottom=0)
        _style.decorate(ax, message("viz_unsup_elbow_title"), message("viz_unsup_k_axis"),
                        message("viz_unsup_inertia_axis"))
        return _style.finish(fig)
