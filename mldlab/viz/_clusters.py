"""What the session-3 figures share: checking the points to draw, a colour per cluster (or class), the labels of a
fitted clusterer, and a scatter of points coloured by their label."""

import numpy as np
from matplotlib import colormaps

from mldlab.data.arrays import check_finite, to_numpy
from mldlab.i18n import message
from mldlab.ml.validation import check_is_fitted
from mldlab.viz import _style

NOISE = "black"


def check_points(X, op: str, two_columns: bool = False) -> np.ndarray:
    """X as an (n, d) float64 array of finite numbers (with ``two_columns``: d = 2, the axes of the picture)."""
    X = to_numpy(X, op, "X")
    if X.ndim != 2 or X.shape[0] == 0:
        raise ValueError(message("viz_unsup_table", op=op, shape=X.shape))
    if two_columns and X.shape[1] != 2:
        raise ValueError(message("viz_ml_two_features", op=op, shape=X.shape))
    return check_finite(X.astype(np.float64), op, "X")


def check_labels(labels, n: int, op: str) -> np.ndarray:
    """One label per row of X, as a 1-D array."""
    labels = to_numpy(labels, op, "labels", numeric=False)
    if labels.ndim != 1 or len(labels) != n:
        raise ValueError(message("viz_unsup_labels", op=op, n=n, shape=np.shape(labels)))
    return labels


def fitted(model, attribute: str, op: str, example: str):
    """``model``'s ``attribute`` (e.g. ``labels_``): a TypeError for what is no such model, NotFittedError when it
    has not been fitted yet."""
    if isinstance(model, (type, np.ndarray, list, tuple)) or not hasattr(model, "fit"):
        raise TypeError(message("viz_unsup_not_a_model", op=op, expected=example, type=type(model).__name__))
    check_is_fitted(model, attribute)
    return getattr(model, attribute)


def colours(n: int) -> list:
    """``n`` distinguishable colours: the Okabe–Ito palette for up to 8, matplotlib's tab10 / tab20 beyond."""
    if n <= len(_style.CLASS_COLOURS):
        return list(_style.CLASS_COLOURS[:n])
    cmap = colormaps["tab10" if n <= 10 else "tab20"]
    return [cmap(k % cmap.N) for k in range(n)]


def scatter_by_label(ax, X: np.ndarray, labels: np.ndarray, size: float = 30, classes: bool = False) -> dict:
    """The points of each label in its colour (label −1, DBSCAN's noise, as black crosses), one collection per label
    with gid ``label:<value>``, named "cluster k" (``classes``: "class k") in the legend; returns {label: colour}."""
    values = np.unique(labels)
    clusters = [v for v in values if not _is_noise(v)]
    palette = dict(zip(clusters, colours(len(clusters))))
    for value in values:
        mine = labels == value
        if _is_noise(value):
            palette[value] = NOISE
            ax.scatter(X[mine, 0], X[mine, 1], s=size, marker="x", color=NOISE, linewidths=1.2, zorder=3,
                       gid=f"label:{value}", label=message("viz_unsup_noise"))
        else:
            name = message("viz_unsup_class", k=value) if classes else message("viz_unsup_cluster", k=value)
            ax.scatter(X[mine, 0], X[mine, 1], s=size, color=palette[value], edgecolors="white", linewidths=0.4,
                       zorder=3, gid=f"label:{value}", label=name)
    return palette


def _is_noise(value) -> bool:
    return isinstance(value, (int, np.integer)) and value == -1


def wrap_to(text: str, inches: float, size: float) -> str:
    """``text`` broken between words into lines of about equal length that each fit ``inches`` at ``size`` points,
    counting a Hangul syllable 1 em wide and any other character 0.55 em (matplotlib does not wrap a figure's
    title by itself)."""
    room = inches * 72 / size * 0.95
    return "\n".join(line for paragraph in text.split("\n") for line in _balanced(paragraph.split(" "), room))


def _width(word: str) -> float:
    return sum(1.0 if "\uac00" <= ch <= "\ud7a3" else 0.55 for ch in word) + 0.3


def _greedy(words: list, room: float) -> list:
    lines, line, used = [], [], 0.0
    for word in words:
        if line and used + _width(word) > room:
            lines.append(" ".join(line))
            line, used = [], 0.0
        line.append(word)
        used += _width(word)
    return lines + [" ".join(line)]


def _balanced(words: list, room: float) -> list:
    """As few lines as the greedy fill to ``room`` needs, each about as long as the others."""
    n = len(_greedy(words, room))
    even = sum(_width(w) for w in words) / n
    while len(_greedy(words, even)) > n:
        even *= 1.05
    return _greedy(words, min(even, room))


def grid_of_panels(n: int, per_row: int, panel=(5.0, 4.6)):
    """A figure with ``n`` panels, ``per_row`` to a row; the spare axes of the last row hidden."""
    rows, columns = -(-n // per_row), min(n, per_row)
    fig, axes = _style.figure(rows, columns, figsize=(panel[0] * columns, panel[1] * rows + 0.8))
    axes = list(np.ravel(axes))
    for extra in axes[n:]:
        extra.set_visible(False)
    return fig, axes[:n]
