"""Decision regions: where a fitted classifier with two inputs answers each class, with the training points on top.

Every point x = (x₁, x₂) of a fine grid is coloured by the class the model predicts there, ŷ = model.predict(x),
paler where it is less sure (when it has ``predict_proba``)::

    sure(x) = (max_k P(k | x) − 1/K) / (1 − 1/K)      0: a coin toss between the K classes, 1: certain

Several models side by side make the slide's comparison: KNN with k = 1 follows every training point (jagged
islands, training accuracy 1.00: overfitting) while a large k draws smooth regions.
"""

import textwrap

import numpy as np
from matplotlib.colors import to_rgb

from mldlab.data.arrays import check_finite, to_numpy
from mldlab.i18n import message
from mldlab.ml.base import clone
from mldlab.ml.validation import check_is_fitted
from mldlab.viz import _style

PANELS_PER_ROW = 3


def model_name(model, width: int = 44) -> str:
    """The model as it was made, e.g. ``KNeighborsClassifier(n_neighbors=1)``, wrapped to ``width`` characters; a
    pipeline as its steps, ``StandardScaler() → KNeighborsClassifier()``."""
    text = " → ".join(repr(step) for _, step in model.steps) if hasattr(model, "steps") else repr(model)
    return textwrap.fill(text, width, break_long_words=False, break_on_hyphens=False)


def check_two_features(X, y, op: str):
    """X as an (n, 2) float array and y as a 1-D array of the same length, or a clear error with a hint."""
    X = to_numpy(X, op, "X")
    if X.ndim != 2 or X.shape[1] != 2:
        raise ValueError(message("viz_ml_two_features", op=op, shape=X.shape))
    X = check_finite(X.astype(np.float64), op, "X")
    y = to_numpy(y, op, "y", numeric=False)
    if y.ndim != 1 or len(y) != len(X):
        raise ValueError(message("viz_ml_lengths", op=op, n_X=len(X), shape=np.shape(y)))
    return X, y


def check_fitted(model) -> None:
    """``NotFittedError`` unless ``model`` (or the last step of a pipeline) has been fitted."""
    check_is_fitted(model.steps[-1][1] if hasattr(model, "steps") else model)


def check_classifier(model, op: str) -> None:
    """A fitted model with ``predict``, fitted on two features."""
    if not hasattr(model, "predict") or isinstance(model, type):
        raise TypeError(message("viz_ml_not_a_model", op=op, type=type(model).__name__))
    check_fitted(model)
    n_features = getattr(model, "n_features_in_", 2)
    if n_features != 2:
        raise ValueError(message("viz_ml_fitted_features", op=op, model=type(model).__name__, n=n_features))


def draw_regions(ax, model, X, y, classes, X_test=None, y_test=None, resolution: int = 200) -> dict:
    """Colour ``ax`` by ``model.predict`` on a grid over the points, draw the points, return the accuracies and
    the grid (``xx``, ``yy``, ``predicted``: the predicted label at each grid point)."""
    shown = X if X_test is None else np.vstack([X, X_test])
    xx, yy = _style.grid_over(shown, resolution)
    grid = np.c_[xx.ravel(), yy.ravel()]
    predicted = np.asarray(model.predict(grid)).reshape(xx.shape)
    index = np.searchsorted(classes, predicted)
    if hasattr(model, "predict_proba"):
        P = np.asarray(model.predict_proba(grid), dtype=np.float64)
        K = max(P.shape[1], 2)
        sure = ((P.max(axis=1) - 1 / K) / (1 - 1 / K)).reshape(xx.shape)
    else:
        sure = np.ones(xx.shape)
    colours = np.array([to_rgb(_class_colour(k)) for k in range(len(classes))])
    image = 1 - (0.2 + 0.45 * sure)[..., None] * (1 - colours[index])
    ax.imshow(image, origin="lower", extent=(xx.min(), xx.max(), yy.min(), yy.max()), aspect="auto",
              interpolation="nearest", gid="regions")
    shown_classes = np.unique(index)
    for k in shown_classes if len(shown_classes) > 1 else ():
        ax.contour(xx, yy, (index == k).astype(float), levels=[0.5], colors="black", linewidths=1.2)
    scores = {"train": _points(ax, model, X, y, classes, "o", message("viz_train"))}
    if X_test is not None:
        scores["test"] = _points(ax, model, X_test, y_test, classes, "^", message("viz_test"))
    ax.set_xlim(xx.min(), xx.max())
    ax.set_ylim(yy.min(), yy.max())
    return {"xx": xx, "yy": yy, "predicted": predicted, **scores}


def _class_colour(k: int) -> str:
    return _style.CLASS_COLOURS[k % len(_style.CLASS_COLOURS)]


def _points(ax, model, X, y, classes, marker: str, which: str) -> float:
    for k, label in enumerate(classes):
        mine = y == label
        if mine.any():
            ax.scatter(X[mine, 0], X[mine, 1], s=40 if marker == "o" else 65, marker=marker, color=_class_colour(k),
                       edgecolors="black", linewidths=0.8, zorder=3,
                       label=message("viz_class_points", k=label, which=which))
    return float(np.mean(np.asarray(model.predict(X)).reshape(-1) == y))


def _varied(model, vary: dict, X, y, op: str) -> list:
    """Copies of ``model`` with each value of the one parameter in ``vary``, fitted on X, y."""
    if not isinstance(vary, dict) or len(vary) != 1 or isinstance(model, (list, tuple, dict)):
        raise ValueError(message("viz_ml_vary", op=op, value=repr(vary)[:80]))
    (name, values), = vary.items()
    return [clone(model).set_params(**{name: value}).fit(X, y) for value in values]


def classes_of(models, y) -> np.ndarray:
    """The labels to colour: those the models know (``classes_``) and those in y, sorted."""
    known = [np.asarray(m.classes_) for m in models if hasattr(m, "classes_")]
    return np.unique(np.concatenate(known + [np.unique(y)]))


def decision_regions(models, X, y, *, X_test=None, y_test=None, vary: dict | None = None, titles=None,
                     resolution: int = 200, feature_names=None, ax=None, lang: str | None = None):
    """The decision regions of one or several fitted classifiers with two inputs, the points on top.

    Parameters
    ----------
    models : estimator, list of estimators or dict {title: estimator}
        Fitted classifiers with ``predict`` (any: mldlab's, scikit-learn's, a pipeline); ``predict_proba``, when
        there, shades the regions by certainty. Several models make a row of panels (three to a row).
    X, y : array-like of shape (n, 2) and (n,)
        The training points (any labels: numbers or names).
    X_test, y_test : array-like, optional
        Test points, drawn as triangles; each title then gives the test accuracy too.
    vary : dict {parameter: list of values}, optional
        One parameter and its values: ``models`` is then one estimator (fitted or not), copied with each value
        (``clone(model).set_params(...)``) and fitted on X, y, one panel per value: the slide's comparison in one
        call, ``vary={"n_neighbors": [1, 15, 75]}``.
    titles : list of str, optional
        One per model (default: the dict's keys, or each model as it was made, e.g.
        ``KNeighborsClassifier(n_neighbors=1)``).
    resolution : int, default 200
        Grid points along each axis.
    feature_names : (str, str), optional
        Axis labels (default x₁, x₂).
    ax : matplotlib Axes, optional
        Draw one model into this axes (of your own figure) instead of a new figure.
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.regions`` holds, per panel, the grid (``xx``, ``yy``), the ``predicted`` label at each grid point and
        the ``train`` (and ``test``) accuracy.

    Examples
    --------
    >>> from mldlab import viz
    >>> from mldlab.data import moons
    >>> from mldlab.ml import KNeighborsClassifier
    >>> X, y = moons(n_samples=100, noise=0.3, seed=0)
    >>> models = [KNeighborsClassifier(n_neighbors=k).fit(X, y) for k in (1, 25)]
    >>> fig = viz.decision_regions(models, X, y, resolution=50, lang="ko")
    >>> [round(r["train"], 2) for r in fig.regions]
    [1.0, 0.89]
    >>> fig.axes[0].get_title().splitlines()
    ['KNeighborsClassifier(n_neighbors=1)', '학습 정확도 1.00']
    >>> fig = viz.decision_regions(KNeighborsClassifier(), X, y, vary={"n_neighbors": [1, 25]}, resolution=50)
    >>> [round(r["train"], 2) for r in fig.regions]
    [1.0, 0.89]
    """
    with _style.speaking(lang):
        op = "decision_regions"
        if vary is not None:
            models = _varied(models, vary, X, y, op)
        if isinstance(models, dict):
            titles, models = titles or list(models), list(models.values())
        elif not isinstance(models, (list, tuple)):
            models = [models]
        if not models or titles is not None and len(titles) != len(models):
            raise ValueError(message("viz_ml_titles", op=op, n_models=len(models), n_titles=len(titles or ())))
        if ax is not None and len(models) > 1:
            raise ValueError(message("viz_ml_one_axes", op=op, n=len(models)))
        X, y = check_two_features(X, y, op)
        if X_test is not None:
            X_test, y_test = check_two_features(X_test, y_test, op)
        for model in models:
            check_classifier(model, op)
        classes = classes_of(models, y)
        if ax is None:
            rows, columns = -(-len(models) // PANELS_PER_ROW), min(len(models), PANELS_PER_ROW)
            fig, axes = _style.figure(rows, columns, figsize=(6.5 * columns, 6.2 * rows))
            axes = list(np.ravel(axes))
            for extra in axes[len(models):]:
                extra.set_visible(False)
        else:
            fig, axes = ax.figure, [ax]
        fig.regions = []
        x1, x2 = feature_names or ("x₁", "x₂")
        for k, (panel, model) in enumerate(zip(axes, models)):
            drawn = draw_regions(panel, model, X, y, classes, X_test, y_test, resolution)
            fig.regions.append(drawn)
            accuracy = message("viz_ml_accuracy", train=drawn["train"]) if X_test is None else \
                message("viz_ml_accuracy_test", train=drawn["train"], test=drawn["test"])
            name = titles[k] if titles is not None else model_name(model)
            _style.decorate(panel, f"{name}\n{accuracy}", x1, x2)
        if ax is None:
            handles, labels = axes[0].get_legend_handles_labels()
            fig.legend(handles, labels, loc="outside lower center", ncols=min(len(labels), 6), fontsize=_style.LEGEND)
        else:
            _style.legend(ax, loc="best")
        return _style.finish(fig)
