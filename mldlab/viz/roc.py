"""ROC curves: every threshold at once, the true positive rate against the false positive rate, AUC in the legend.

A classifier's score s(x) (``predict_proba``'s positive column, or ``decision_function``) calls x positive when
s(x) ≥ t. Lowering t from +∞ walks the curve from (0, 0) to (1, 1)::

    TPR(t) = TP(t) / P        (recall: the positives found)
    FPR(t) = FP(t) / N        (the negatives wrongly called positive)
    AUC = the area under the curve = P(a random positive scores above a random negative)

The diagonal is a coin toss (AUC = 0.5); the nearer the curve hugs the top-left corner, the better the ranking.
"""

import numpy as np

from mldlab.i18n import message
from mldlab.metrics import roc_auc_score, roc_curve
from mldlab.viz import _style
from mldlab.viz.decision_regions import check_fitted, model_name


def positive_scores(model, X, y, op: str) -> tuple[np.ndarray, np.ndarray]:
    """(y as 0/1 with the model's second class as positive, the model's score for that class)."""
    if not (hasattr(model, "predict_proba") or hasattr(model, "decision_function")):
        raise TypeError(message("viz_ml_no_scores", op=op, type=type(model).__name__))
    check_fitted(model)
    classes = np.asarray(model.classes_)
    if len(classes) != 2:
        raise ValueError(message("viz_ml_roc_binary", op=op, n=len(classes)))
    if hasattr(model, "predict_proba"):
        scores = np.asarray(model.predict_proba(X))[:, 1]
    else:
        scores = np.asarray(model.decision_function(X)).reshape(-1)
    return (np.asarray(y).reshape(-1) == classes[1]).astype(int), scores


def roc(models_or_scores, X=None, y=None, *, names=None, ax=None, lang: str | None = None):
    """ROC curves of fitted binary classifiers (or of given scores), AUC in the legend, the chance diagonal.

    Parameters
    ----------
    models_or_scores : estimator, array of scores, or a list or dict {name: either} of them
        A fitted classifier with ``predict_proba`` or ``decision_function`` (its second class, ``classes_[1]``,
        is the positive one), or the scores themselves (with y in {0, 1}).
    X : array-like of shape (n, n_features), optional
        The data to score with each model (test data, to judge the models fairly); not needed for scores.
    y : array-like of shape (n,)
        The true labels.
    names : list of str, optional
        Legend names (default: the dict's keys, or each model as it was made, or "scores 1", …).
    ax : matplotlib Axes, optional
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.curves`` holds, per curve, ``name``, ``fpr``, ``tpr``, ``thresholds`` and ``auc``.

    Examples
    --------
    >>> from mldlab import viz
    >>> fig = viz.roc([0.1, 0.4, 0.35, 0.8], y=[0, 0, 1, 1], names=["scores"])
    >>> fig.curves[0]["auc"], fig.axes[0].get_legend().get_texts()[0].get_text()
    (0.75, 'scores (AUC = 0.750)')
    """
    with _style.speaking(lang):
        op = "roc"
        if y is None:
            raise ValueError(message("viz_ml_roc_no_y", op=op))
        if isinstance(models_or_scores, dict):
            names, items = names or list(models_or_scores), list(models_or_scores.values())
        elif isinstance(models_or_scores, (list, tuple)) and models_or_scores and not np.isscalar(models_or_scores[0]):
            items = list(models_or_scores)
        else:
            items = [models_or_scores]
        if names is not None and len(names) != len(items):
            raise ValueError(message("viz_ml_titles", op=op, n_models=len(items), n_titles=len(names)))
        curves = []
        for k, item in enumerate(items):
            if hasattr(item, "fit"):
                if X is None:
                    raise ValueError(message("viz_ml_roc_no_X", op=op, type=type(item).__name__))
                y_true, scores = positive_scores(item, X, y, op)
                name = names[k] if names is not None else model_name(item, 60)
            else:
                y_true, scores = y, item
                name = names[k] if names is not None else message("viz_ml_roc_scores", k=k + 1)
            fpr, tpr, thresholds = roc_curve(y_true, scores)
            curves.append({"name": name, "fpr": fpr, "tpr": tpr, "thresholds": thresholds,
                           "auc": roc_auc_score(y_true, scores)})
        if ax is None:
            fig, ax = _style.figure(figsize=(8, 7.5))
        else:
            fig = ax.figure
        fig.curves = curves
        for k, curve in enumerate(curves):
            ax.plot(curve["fpr"], curve["tpr"], color=_style.CLASS_COLOURS[k % len(_style.CLASS_COLOURS)],
                    linewidth=_style.LINE, gid=f"roc:{k}", label=f"{curve['name']} (AUC = {curve['auc']:.3f})")
        ax.plot([0, 1], [0, 1], linestyle="--", color=_style.GREY, linewidth=1.5, gid="chance",
                label=message("viz_ml_roc_chance"))
        ax.set_xlim(-0.01, 1.01)
        ax.set_ylim(-0.01, 1.01)
        ax.set_aspect("equal")
        _style.decorate(ax, message("viz_ml_roc_title"), message("viz_ml_roc_fpr"), message("viz_ml_roc_tpr"))
        _style.legend(ax, loc="lower right")
        return _style.finish(fig)
