"""Any 2-D embedding of labelled data (t-SNE, PCA, …) as a scatter coloured by class, each class's name written
large at the middle of its points.

An embedding gives each sample i a point zᵢ = (zᵢ₁, zᵢ₂) so that samples alike in the original space land near
each other. The classes are not used to compute it: if the points of a class gather in one place anyway, the
features alone tell that class apart. With t-SNE only the neighbourhoods mean something: the distances between
far-apart groups and the axes themselves do not.
"""

import numpy as np
from matplotlib.patheffects import withStroke

from mldlab.i18n import message
from mldlab.viz import _clusters, _style

_METHOD_NAMES = {"TSNE": "t-SNE"}


def _points_and_method(embedded, method, op: str):
    """The (n, 2) coordinates and the name of the method, from an array or a fitted model with ``embedding_``."""
    if hasattr(embedded, "fit"):
        Z = _clusters.fitted(embedded, "embedding_", op, "TSNE().fit(X)")
        name = type(embedded).__name__
        return Z, method or _METHOD_NAMES.get(name, name)
    return embedded, method or message("viz_unsup_embedding_method")


def embedding(embedded, y=None, *, method: str | None = None, class_names=None, ax=None, lang: str | None = None):
    """A 2-D embedding as a scatter coloured by class, each class's name at the median of its points.

    Parameters
    ----------
    embedded : array-like of shape (n, 2), or a fitted model with ``embedding_`` (``TSNE``)
        The 2-D points, e.g. ``TSNE().fit_transform(X)`` or ``PCA(n_components=2).fit_transform(X)``.
    y : array-like of shape (n,), optional
        The class of each point (colours and names); without it every point is drawn in one colour.
    method : str, optional
        The method named in the title, e.g. "t-SNE" or "PCA" (default: from the model, else "embedding").
    class_names : list of str, optional
        Names written at the classes, in the order of the sorted labels (default: the labels, e.g. the digits).
    ax : matplotlib Axes, optional
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.middles`` maps each class to the median (z₁, z₂) of its points, where its name is written (the
        median, not the mean: a few strays far away do not move it off the group).

    Examples
    --------
    >>> from mldlab import viz
    >>> from mldlab.data import load_digits
    >>> from mldlab.ml import PCA
    >>> X, y = load_digits()
    >>> fig = viz.embedding(PCA(n_components=2).fit_transform(X), y, method="PCA", lang="ko")
    >>> fig.axes[0].get_title()
    'PCA: 2차원에 놓은 데이터 (1797개)'
    >>> sorted(fig.middles) == list(range(10))
    True
    """
    with _style.speaking(lang):
        op = "embedding"
        Z, method = _points_and_method(embedded, method, op)
        Z = _clusters.check_points(Z, op, two_columns=True)
        fig, ax = _style.figure(figsize=(10, 8.5)) if ax is None else (ax.figure, ax)
        fig.middles = {}
        if y is None:
            ax.scatter(Z[:, 0], Z[:, 1], s=20, color=_style.BLUE, edgecolors="none", alpha=0.7, gid="points")
        else:
            y = _clusters.check_labels(y, len(Z), op)
            values = np.unique(y)
            if class_names is not None and len(class_names) != len(values):
                raise ValueError(message("viz_unsup_class_names", op=op, n=len(class_names), expected=len(values)))
            palette = _clusters.scatter_by_label(ax, Z, y, size=20, classes=True)
            for k, value in enumerate(values):
                middle = np.median(Z[y == value], axis=0)
                fig.middles[value.item() if hasattr(value, "item") else value] = middle
                name = class_names[k] if class_names is not None else str(value)
                ax.text(*middle, name, fontsize=26, color=palette[value], ha="center", va="center", zorder=5,
                        gid=f"middle:{value}", path_effects=[withStroke(linewidth=5, foreground="white")])
            ax.legend(fontsize=_style.LEGEND, markerscale=2.5, loc="center left", bbox_to_anchor=(1.01, 0.5),
                      frameon=False)
        title = message("viz_unsup_embedding_title", method=method, n=len(Z))
        if hasattr(embedded, "kl_divergence_"):
            title += "\n" + message("viz_unsup_embedding_kl", kl=f"{embedded.kl_divergence_:.3f}")
        _style.decorate(ax, title, message("viz_unsup_embedding_axis", method=method, j=1),
                        message("viz_unsup_embedding_axis", method=method, j=2))
        return _style.finish(fig)
