"""Feature importances as horizontal bars, the most important on top.

For a tree (and forests and boosting, averaged over their trees) the importance of feature j is the impurity it
removed, share of the total::

    importance(j) = Σ over the nodes split on j of N_node · ΔI  /  Σ over all splits of N_node · ΔI

For a linear model the size of a coefficient |w_j| says how much ŷ moves when x_j moves by one unit: compare them
only when the features share a scale (standardise them first, e.g. with ``StandardScaler``).
"""

import numpy as np

from mldlab.i18n import message
from mldlab.ml.validation import check_is_fitted
from mldlab.viz import _style

MOST = 20  # bars drawn unless top= says otherwise


def _final_step(model):
    """The estimator at the end of a pipeline (the model itself otherwise)."""
    return model.steps[-1][1] if hasattr(model, "steps") else model


def importances_of(model, kind: str, op: str) -> tuple[np.ndarray, str]:
    """The numbers to draw and what they are (``'importances'`` or ``'coef'``)."""
    if kind not in ("auto", "importances", "coef"):
        raise ValueError(message("viz_ml_importance_kind", op=op, value=kind))
    model = _final_step(model)
    check_is_fitted(model)
    has_importances, has_coef = hasattr(model, "feature_importances_"), hasattr(model, "coef_")
    if kind == "importances" and not has_importances or kind == "coef" and not has_coef or \
            not (has_importances or has_coef):
        raise TypeError(message("viz_ml_no_importances", op=op, type=type(model).__name__))
    if kind == "importances" or kind == "auto" and has_importances:
        return np.asarray(model.feature_importances_, dtype=np.float64), "importances"
    coef = np.abs(np.asarray(model.coef_, dtype=np.float64))
    return (coef if coef.ndim == 1 else coef.mean(axis=0)), "coef"


def feature_importances(model, feature_names=None, *, kind: str = "auto", top: int | None = None, ax=None,
                        lang: str | None = None):
    """Horizontal bars of a fitted model's ``feature_importances_`` (or |coef_|), sorted, the largest on top.

    Parameters
    ----------
    model : estimator, fitted
        Anything with ``feature_importances_`` (trees, forests, boosting) or ``coef_`` (linear models); the last
        step of a pipeline.
    feature_names : list of str, optional
        One per column of X (default x[0], x[1], …).
    kind : {'auto', 'importances', 'coef'}, default 'auto'
        'auto' takes ``feature_importances_`` when there, else |coef_| (averaged over the classes of a
        multi-class model).
    top : int, optional
        Draw only the ``top`` largest (default: all, at most 20; the title says when some are left out).
    ax : matplotlib Axes, optional
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.order`` holds the feature indices drawn, from the top bar down.

    Examples
    --------
    >>> from mldlab import viz
    >>> from mldlab.data import load_iris
    >>> from mldlab.ml import DecisionTreeClassifier
    >>> X, y = load_iris()
    >>> tree = DecisionTreeClassifier(max_depth=3).fit(X, y)
    >>> fig = viz.feature_importances(tree, ["sepal length", "sepal width", "petal length", "petal width"])
    >>> [label.get_text() for label in fig.axes[0].get_yticklabels()][0]
    'petal length'
    """
    with _style.speaking(lang):
        op = "feature_importances"
        values, what = importances_of(model, kind, op)
        names = list(feature_names) if feature_names is not None else [f"x[{j}]" for j in range(len(values))]
        if len(names) != len(values):
            raise ValueError(message("viz_ml_feature_names", op=op, n=len(names), expected=len(values)))
        order = np.argsort(-values, kind="stable")[:top or MOST]
        if ax is None:
            fig, ax = _style.figure(figsize=(9, 2.2 + 0.42 * len(order)))
        else:
            fig = ax.figure
        fig.order = order.tolist()
        bars = ax.barh(np.arange(len(order))[::-1], values[order], color=_style.BLUE, gid="importances")
        ax.set_yticks(np.arange(len(order))[::-1], [names[j] for j in order])
        ax.bar_label(bars, labels=[f"{v:.3f}" for v in values[order]], padding=4, fontsize=_style.NOTE)
        ax.set_xlim(0, values.max() * 1.18 if values.max() > 0 else 1)
        ax.set_ylim(-0.6, len(order) - 0.4)
        name = type(_final_step(model)).__name__
        title = message("viz_ml_importances_title", name=name) if what == "importances" else \
            message("viz_ml_coef_title", name=name)
        if len(order) < len(values):
            title += "\n" + message("viz_ml_importances_top", shown=len(order), n=len(values))
        _style.decorate(ax, title, message("viz_ml_importances_axis") if what == "importances" else
                        message("viz_ml_coef_axis"))
        ax.grid(False, axis="y")
        return _style.finish(fig)
