"""A fitted decision tree as indented text, one line per branch, in scikit-learn's ``export_text`` format.

Each split is written twice, as its two branches ``feature <= t`` (left) and ``feature >  t`` (right), each followed
by its subtree one level deeper; a leaf shows its class (the most frequent one) or its value ȳ. Branches below
``max_depth`` are cut short as ``truncated branch of depth d``.

Examples
--------
>>> from mldlab.ml.tree import DecisionTreeClassifier
>>> X = [[1.0, 0.0], [2.0, 1.0], [3.0, 0.0], [4.0, 1.0]]
>>> tree = DecisionTreeClassifier().fit(X, ["no", "no", "yes", "yes"])
>>> print(export_text(tree, feature_names=["age", "owns_car"]))
|--- age <= 2.50
|   |--- class: no
|--- age >  2.50
|   |--- class: yes
<BLANKLINE>
"""

import numpy as np

from mldlab.i18n import message
from mldlab.ml.base import is_classifier
from mldlab.ml.validation import check_is_fitted


def export_text(decision_tree, *, feature_names=None, max_depth: int = 10, spacing: int = 3,
                decimals: int = 2) -> str:
    """The rules of ``decision_tree`` as text.

    Parameters
    ----------
    decision_tree : DecisionTreeClassifier or DecisionTreeRegressor, fitted
    feature_names : list of str, optional
        One name per feature (default ``feature_0``, ``feature_1``, …).
    max_depth : int, default 10
        Deeper branches are shown as ``truncated branch of depth d``.
    spacing : int, default 3
        The width of one level of indentation.
    decimals : int, default 2
        Digits after the decimal point of thresholds and values.

    Returns
    -------
    str
    """
    check_is_fitted(decision_tree)
    tree = decision_tree.tree_
    n_features = decision_tree.n_features_in_
    if feature_names is not None and len(feature_names) != n_features:
        raise ValueError(message("ml_export_feature_names", expected=n_features, got=len(feature_names)))
    names = list(feature_names) if feature_names is not None else [f"feature_{j}" for j in range(n_features)]
    lines = []

    def leaf(node: int, indent: str) -> None:
        if is_classifier(decision_tree):
            lines.append(f"{indent} class: {decision_tree.classes_[np.argmax(tree.value[node])]}")
        else:
            lines.append(f"{indent} value: [{tree.value[node]:.{decimals}f}]")

    def depth_below(node: int) -> int:
        left, right = tree.children_left[node], tree.children_right[node]
        return 1 if left < 0 else 1 + max(depth_below(left), depth_below(right))

    def write(node: int, depth: int) -> None:
        indent = ("|" + " " * spacing) * depth
        indent = indent[:-spacing] + "-" * spacing
        left, right = tree.children_left[node], tree.children_right[node]
        if depth > max_depth + 1:
            below = depth_below(node)
            if below == 1:
                leaf(node, indent)
            else:
                lines.append(f"{indent} truncated branch of depth {below}")
        elif left < 0:
            leaf(node, indent)
        else:
            name, threshold = names[tree.feature[node]], f"{tree.threshold[node]:.{decimals}f}"
            lines.append(f"{indent} {name} <= {threshold}")
            write(left, depth + 1)
            lines.append(f"{indent} {name} >  {threshold}")
            write(right, depth + 1)

    write(0, 1)
    return "\n".join(lines) + "\n"
