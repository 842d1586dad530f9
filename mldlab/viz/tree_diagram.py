"""A fitted decision tree drawn as boxes and arrows: the question at each node, and what reached it.

Each box is one node of ``tree_``, read from top to bottom:

    x[j] ≤ t             the test (internal nodes): samples for which it holds go left ("True", 예), the rest right
    gini = 0.444         the node's impurity I (gini, entropy or squared error, the tree's criterion)
    samples = 30         N, the training samples that reached the node
    value = [10, 20]     the samples of each class (classifier) or their mean ȳ (regressor)
    class = 1            the class the node would predict (classifier)

The colour of a box is the class it predicts, stronger the purer the node (the regressor's: stronger the larger
ȳ). Deep trees are cut at ``max_depth`` levels: a box with "(…)" under it has more nodes below.
"""

import numpy as np
from matplotlib.patches import FancyArrowPatch

from mldlab.i18n import message
from mldlab.ml.validation import check_is_fitted
from mldlab.viz import _style

READABLE_DEPTH = 4  # deeper trees are cut here unless max_depth says otherwise


def node_arrays(tree) -> dict:
    """The ``tree_`` arrays, with the class counts per node (scikit-learn's 3-D ``value`` read too)."""
    t = tree.tree_
    value = np.asarray(t.value, dtype=np.float64)
    classifier = hasattr(tree, "classes_")
    if value.ndim == 3:  # scikit-learn: (node_count, n_outputs, n_classes)
        value = value[:, 0, :] if classifier else value[:, 0, 0]
    if classifier:  # fractions (or counts) → weighted counts
        value = value / value.sum(axis=1, keepdims=True) * np.asarray(t.weighted_n_node_samples)[:, None]
    return {"left": np.asarray(t.children_left), "right": np.asarray(t.children_right),
            "feature": np.asarray(t.feature), "threshold": np.asarray(t.threshold), "impurity": np.asarray(t.impurity),
            "samples": np.asarray(t.n_node_samples), "value": value, "classifier": classifier}


def _number(v: float) -> str:
    return str(int(round(v))) if abs(v - round(v)) < 1e-9 else f"{v:.3g}"


def node_text(nodes: dict, i: int, tree, feature_names, class_names) -> str:
    """The lines of node ``i``'s box."""
    lines = []
    if nodes["left"][i] >= 0:
        j = nodes["feature"][i]
        name = feature_names[j] if feature_names is not None else f"x[{j}]"
        lines.append(f"{name} ≤ {nodes['threshold'][i]:.3g}")
    impurity = nodes["impurity"][i]
    lines.append(f"{tree.criterion} = {impurity:.3f}" if abs(impurity) < 100 else f"{tree.criterion} = {impurity:.1f}")
    lines.append(message("viz_ml_tree_samples", n=int(nodes["samples"][i])))
    value = nodes["value"][i]
    if nodes["classifier"]:
        lines.append(message("viz_ml_tree_value", value="[" + ", ".join(_number(v) for v in value) + "]"))
        names = class_names if class_names is not None else tree.classes_
        lines.append(message("viz_ml_tree_class", name=names[int(np.argmax(value))]))
    else:
        lines.append(message("viz_ml_tree_value", value=f"{value:.3g}"))
    return "\n".join(lines)


def _layout(nodes: dict, depth_limit: int) -> tuple[dict, set]:
    """(x, depth) of each node shown, and the nodes cut off below. Each bottom node gets the next slot from the
    left; a parent sits midway between its children."""
    place, cut, next_slot = {}, set(), [0]

    def visit(i: int, depth: int) -> float:
        left, right = nodes["left"][i], nodes["right"][i]
        if left < 0 or depth == depth_limit:
            if left >= 0:
                cut.add(i)
            x = float(next_slot[0])
            next_slot[0] += 1
        else:
            x = (visit(left, depth + 1) + visit(right, depth + 1)) / 2
        place[i] = (x, depth)
        return x

    visit(0, 0)
    return place, cut


def _colour(nodes: dict, i: int, low: float, high: float) -> tuple:
    """The class colour (regressor: orange), mixed with white by how pure (how large) the node is."""
    value = nodes["value"][i]
    if nodes["classifier"]:
        p = value / value.sum()
        K = len(p)
        strength = (p.max() - 1 / K) / (1 - 1 / K) if K > 1 else 1.0
        base = _style.CLASS_COLOURS[int(np.argmax(p)) % len(_style.CLASS_COLOURS)]
    else:
        strength = (value - low) / (high - low) if high > low else 0.5
        base = _style.ORANGE
    rgb = np.array([int(base[k:k + 2], 16) / 255 for k in (1, 3, 5)])
    return tuple(1 - 0.75 * strength * (1 - rgb))


def tree_diagram(tree, feature_names=None, class_names=None, max_depth=None, *, fontsize=None, ax=None,
                 lang: str | None = None):
    """Draw a fitted ``DecisionTreeClassifier`` or ``DecisionTreeRegressor`` (mldlab's or scikit-learn's).

    Parameters
    ----------
    tree : DecisionTreeClassifier or DecisionTreeRegressor, fitted
    feature_names : list of str, optional
        Names of the columns of X (default x[0], x[1], …).
    class_names : list of str, optional
        Names of the classes, in the order of ``tree.classes_`` (default: the labels).
    max_depth : int, optional
        Levels drawn below the root. Default: the whole tree when it is at most 4 deep, else 4 levels (the title
        says how deep the tree really is).
    fontsize : float, optional
        Size of the box texts (default: 13 points, less for wide trees).
    ax : matplotlib Axes, optional
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        Each box is a text whose gid is ``node:<id>``, the node's index in ``tree.tree_``.

    Examples
    --------
    >>> from mldlab import viz
    >>> from mldlab.data import load_wine
    >>> from mldlab.ml import DecisionTreeClassifier
    >>> X, y, feature_names, class_names = load_wine(return_names=True)
    >>> tree = DecisionTreeClassifier(max_depth=2).fit(X, y)
    >>> fig = viz.tree_diagram(tree, feature_names, class_names)
    >>> print(fig.boxes[0].get_text())
    proline ≤ 755
    gini = 0.658
    samples = 178
    value = [59, 71, 48]
    class = class_1
    """
    with _style.speaking(lang):
        op = "tree_diagram"
        if not hasattr(tree, "criterion") or not hasattr(tree, "get_depth"):
            raise TypeError(message("viz_ml_not_a_tree", op=op, type=type(tree).__name__))
        check_is_fitted(tree, "tree_")
        nodes = node_arrays(tree)
        n_features = len(feature_names) if feature_names is not None else None
        if n_features is not None and n_features != tree.n_features_in_:
            raise ValueError(message("viz_ml_feature_names", op=op, n=n_features, expected=tree.n_features_in_))
        if class_names is not None and nodes["classifier"] and len(class_names) != len(tree.classes_):
            raise ValueError(message("viz_ml_class_names", op=op, n=len(class_names), expected=len(tree.classes_)))
        depth = tree.get_depth()
        limit = depth if max_depth is None and depth <= READABLE_DEPTH else READABLE_DEPTH if max_depth is None \
            else max_depth
        if not isinstance(limit, (int, np.integer)) or isinstance(limit, bool) or limit < 0:
            raise ValueError(message("viz_ml_max_depth", op=op, value=max_depth))
        place, cut = _layout(nodes, limit)
        slots = max(x for x, _ in place.values()) + 1
        shown_depth = max(d for _, d in place.values())
        size = fontsize or (13 if slots <= 8 else 11 if slots <= 12 else 9)
        low, high = (0, 1) if nodes["classifier"] else (float(np.min(nodes["value"])), float(np.max(nodes["value"])))
        if ax is None:
            texts = [node_text(nodes, i, tree, feature_names, class_names) for i in place]
            widest = max(len(line) for text in texts for line in text.splitlines())
            slot = 0.62 * size / 72 * widest + 0.4  # inches: the widest line in this font size, and a margin
            fig, ax = _style.figure(figsize=(max(8.0, slots * slot), 2.3 + 2.1 * (shown_depth + 1)))
        else:
            fig = ax.figure
        fig.boxes = {}
        for i, (x, d) in place.items():
            fig.boxes[i] = ax.text(x, -d, node_text(nodes, i, tree, feature_names, class_names), ha="center",
                                   va="center", fontsize=size, gid=f"node:{i}", zorder=3,
                                   bbox={"boxstyle": "round,pad=0.4", "facecolor": _colour(nodes, i, low, high),
                                         "edgecolor": _style.GREY})
        for i, (x, d) in place.items():
            for child, answer in ((nodes["left"][i], message("viz_ml_tree_true")),
                                  (nodes["right"][i], message("viz_ml_tree_false"))):
                if child in place:
                    _arrow(ax, fig.boxes[i], fig.boxes[child], answer, size, d == 0)
            if i in cut:
                ax.text(x, -d - 0.55, "(…)", ha="center", va="center", fontsize=size, color=_style.GREY, gid="cut")
        ax.set_xlim(-0.6, slots - 0.4)
        ax.set_ylim(-shown_depth - (0.85 if cut else 0.6), 0.6)
        ax.set_axis_off()
        title = message("viz_ml_tree_title", name=type(tree).__name__, depth=depth, leaves=tree.get_n_leaves())
        if shown_depth < depth:
            title += "\n" + message("viz_ml_tree_cut", shown=limit)
        ax.set_title(title, fontsize=_style.TITLE)
        return _style.finish(fig)


def _arrow(ax, parent, child, answer: str, size: float, label: bool) -> None:
    """An arrow from the parent's box to the child's, with the answer to the parent's test beside it."""
    arrow = FancyArrowPatch(posA=parent.get_position(), posB=child.get_position(), patchA=parent.get_bbox_patch(),
                            patchB=child.get_bbox_patch(), arrowstyle="-|>", mutation_scale=14, color=_style.GREY,
                            linewidth=1.3, zorder=2)
    ax.add_patch(arrow)
    if label:
        (x0, y0), (x1, y1) = parent.get_position(), child.get_position()
        ax.text((x0 + x1) / 2 + (0.12 if x1 > x0 else -0.12) * abs(x1 - x0), (y0 + y1) / 2, answer, fontsize=size,
                ha="left" if x1 > x0 else "right", va="center", color="black", gid="answer")
