"""Learning and validation curves: the training score against the validation score, ±1 standard deviation.

Both come from cross-validation (``mldlab.ml.learning_curve`` and ``validation_curve``): each point is the mean of
the k folds' scores, the band the mean ± one standard deviation. What to read from them:

    training ≫ validation   overfitting (high variance): more data, or a simpler model
    both low and close      underfitting (high bias): a richer model
    both high and close     a good fit

The validation curve marks the value with the best validation score; on the side where the gap grows the model
overfits, on the other side (when the validation score falls there too) it underfits.
"""

import numpy as np

from mldlab.i18n import message
from mldlab.ml.base import is_classifier
from mldlab.ml.learning_curve import TRAIN_SIZES
from mldlab.ml.learning_curve import learning_curve as _learning_scores
from mldlab.ml.learning_curve import validation_curve as _validation_scores
from mldlab.viz import _style
from mldlab.viz.decision_regions import model_name

GAP = 0.05  # a training score this much above the validation score is called overfitting


def _band(ax, x, scores: np.ndarray, colour: str, label: str, gid: str) -> None:
    """The mean of the folds as a line with dots, mean ± std as a band."""
    mean, std = scores.mean(axis=1), scores.std(axis=1)
    ax.fill_between(x, mean - std, mean + std, color=colour, alpha=0.18, linewidth=0, gid=f"{gid}_band")
    ax.plot(x, mean, "o-", color=colour, linewidth=_style.LINE, label=label, gid=gid)


def _score_name(model, scoring) -> str:
    if scoring is not None:
        return scoring if isinstance(scoring, str) else getattr(scoring, "__name__", "score")
    return message("viz_ml_accuracy_name") if is_classifier(model) else "R²"


def _figure(ax, size):
    return _style.figure(figsize=size) if ax is None else (ax.figure, ax)


def learning_curve(model, X, y, *, train_sizes=TRAIN_SIZES, cv=5, scoring=None, shuffle: bool = False,
                   random_state=None, ax=None, lang: str | None = None):
    """Training and validation scores as the training set grows (``mldlab.ml.learning_curve``).

    Parameters
    ----------
    model : estimator
        Not fitted by this function (cloned for every fit).
    X, y : array-like
    train_sizes, cv, scoring, shuffle, random_state
        As in ``mldlab.ml.learning_curve`` (cv default 5 folds).
    ax : matplotlib Axes, optional
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.scores`` holds ``train_sizes``, ``train_scores`` and ``test_scores`` (one row per size, one column
        per fold).

    Examples
    --------
    >>> from mldlab import viz
    >>> from mldlab.data import moons
    >>> from mldlab.ml import KNeighborsClassifier
    >>> X, y = moons(n_samples=150, noise=0.3, seed=0)
    >>> fig = viz.learning_curve(KNeighborsClassifier(n_neighbors=1), X, y, lang="ko")
    >>> fig.axes[0].get_title()
    '학습 곡선: KNeighborsClassifier(n_neighbors=1)'
    """
    with _style.speaking(lang):
        sizes, train, test = _learning_scores(model, X, y, train_sizes=train_sizes, cv=cv, scoring=scoring,
                                              shuffle=shuffle, random_state=random_state)
        fig, ax = _figure(ax, (9, 6.5))
        fig.scores = {"train_sizes": sizes, "train_scores": train, "test_scores": test}
        _band(ax, sizes, train, _style.BLUE, message("viz_ml_curve_train"), "train")
        _band(ax, sizes, test, _style.ORANGE, message("viz_ml_curve_validation"), "validation")
        gap = float(train[-1].mean() - test[-1].mean())
        verdict = message("viz_ml_curve_overfit_more_data", gap=gap) if gap > GAP else \
            message("viz_ml_curve_close", gap=gap)
        colour = _style.RED if gap > GAP else _style.GREEN
        top, bottom = train[-1].mean(), test[-1].mean()
        ax.annotate("", xy=(sizes[-1], bottom), xytext=(sizes[-1], top), gid="gap",
                    arrowprops={"arrowstyle": "<->", "color": colour, "lw": 2})
        ax.annotate(verdict, xy=(sizes[-1], (top + bottom) / 2), xytext=(-12, 0), textcoords="offset points",
                    ha="right", va="center", fontsize=_style.NOTE, color=colour, gid="verdict",
                    bbox={"facecolor": "white", "alpha": 0.85, "edgecolor": "none"})
        title = message("viz_ml_learning_title", name=model_name(model, width=60))
        _style.decorate(ax, title, message("viz_ml_curve_sizes"), _score_name(model, scoring))
        _style.legend(ax, loc="best")
        return _style.finish(fig)


def validation_curve(model, X, y, param_name: str, param_range, *, cv=5, scoring=None, log_scale=None, ax=None,
                     lang: str | None = None):
    """Training and validation scores for each value of one hyper-parameter (``mldlab.ml.validation_curve``),
    with the best value marked and the overfitting side shaded.

    Parameters
    ----------
    model : estimator
    X, y : array-like
    param_name : str
        ``'n_neighbors'``, ``'max_depth'``, ``'C'``, … (``'step__name'`` inside a pipeline).
    param_range : list of numbers
    cv, scoring
        As in ``mldlab.ml.validation_curve`` (cv default 5 folds).
    log_scale : bool, optional
        A logarithmic x axis (default: when the values are positive and span more than a factor of 50).
    ax : matplotlib Axes, optional
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.scores`` holds ``param_range``, ``train_scores``, ``test_scores``, ``best`` (the value with the
        best mean validation score), ``overfitting`` (the values beyond ``best`` on the side where the training
        score runs away from the validation score) and ``underfitting`` (the values on the other side).

    Examples
    --------
    >>> from mldlab import viz
    >>> from mldlab.data import moons
    >>> from mldlab.ml import KNeighborsClassifier
    >>> X, y = moons(n_samples=150, noise=0.3, seed=0)
    >>> fig = viz.validation_curve(KNeighborsClassifier(), X, y, "n_neighbors", [1, 3, 9, 27, 81])
    >>> fig.scores["best"], fig.scores["overfitting"]
    (27, [1, 3, 9])
    """
    with _style.speaking(lang):
        values = list(param_range)
        if not values or not all(isinstance(v, (int, float, np.number)) and not isinstance(v, bool) for v in values):
            raise ValueError(message("viz_ml_param_numbers", name=param_name, values=repr(values)[:80]))
        x = np.asarray(values, dtype=np.float64)
        train, test = _validation_scores(model, X, y, param_name=param_name, param_range=values, cv=cv, scoring=scoring)
        gap = train.mean(axis=1) - test.mean(axis=1)
        best = int(np.argmax(test.mean(axis=1)))
        towards_start = gap[0] > gap[-1]  # the overfitting side: where the training score runs away
        over = list(range(best)) if towards_start else list(range(best + 1, len(values)))
        under = list(range(best + 1, len(values))) if towards_start else list(range(best))
        fig, ax = _figure(ax, (9, 6.5))
        fig.scores = {"param_range": values, "train_scores": train, "test_scores": test, "best": values[best],
                      "overfitting": [values[i] for i in over], "underfitting": [values[i] for i in under]}
        log = log_scale if log_scale is not None else bool(x.min() > 0 and x.max() / x.min() > 50)
        if log:
            ax.set_xscale("log")
        for side, colour, gid, text in ((over, _style.RED, "overfitting", message("viz_ml_curve_overfitting")),
                                        (under, _style.SKY, "underfitting", message("viz_ml_curve_underfitting"))):
            if side:
                a, b = sorted((x[best], x[side[-1] if side[-1] > best else side[0]]))
                ax.axvspan(a, b, color=colour, alpha=0.08, linewidth=0, gid=gid)
                ax.text(np.sqrt(a * b) if log else (a + b) / 2, 0.97, text, color=colour, ha="center", va="top",
                        transform=ax.get_xaxis_transform(), fontsize=_style.LABEL, gid=gid,
                        bbox={"facecolor": "white", "alpha": 0.8, "edgecolor": "none"})
        _band(ax, x, train, _style.BLUE, message("viz_ml_curve_train"), "train")
        _band(ax, x, test, _style.ORANGE, message("viz_ml_curve_validation"), "validation")
        ax.axvline(x[best], color=_style.GREEN, linestyle="--", linewidth=2, gid="best",
                   label=message("viz_ml_curve_best", name=param_name, value=values[best],
                                 score=float(test[best].mean())))
        _style.decorate(ax, message("viz_ml_validation_title", name=type(model).__name__, param=param_name),
                        param_name, _score_name(model, scoring))
        _style.legend(ax, loc="best")
        return _style.finish(fig)
