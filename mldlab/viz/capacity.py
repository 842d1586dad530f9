"""Under-, well- and over-fitting: one data set fitted by models of three capacities, train against test error.

A model's capacity is how complicated a function it can be; here, a polynomial of degree d (d + 1 parameters) fitted
by least squares to a few noisy points of a sine wave:

* too little capacity (a line): it cannot follow the data, train and test errors both high (과소적합, underfitting);
* enough: it follows the shape, not the noise (ideal fit);
* too much (nearly as many parameters as points): it bends towards every training point, noise included, and
  misses the points it has not seen (과적합, overfitting: "학습 데이터를 너무 많이 기억").

The last panel shows the train and test errors of every degree: the training error only goes down, the test error
goes down and then up again.
"""

import warnings

import numpy as np
from numpy.polynomial import Polynomial

from mldlab.data import sine
from mldlab.i18n import message
from mldlab.viz import _style

COLOURS = (_style.BLUE, _style.GREEN, _style.RED)


def _errors(fit: Polynomial, X: np.ndarray, y: np.ndarray) -> float:
    return float(np.mean((fit(X) - y) ** 2))


def capacity(degrees=(1, 4, 12), *, n_train: int = 20, noise: float = 0.25, seed: int = 0, lang: str | None = None):
    """Three fits of one data set (too simple, right, too complex), and train/test error against capacity.

    Parameters
    ----------
    degrees : (int, int, int), default (1, 4, 12)
        Polynomial degrees of the under-, well- and over-fitting models.
    n_train : int, default 20
        Training points (the test set has 200).
    noise : float, default 0.25
        Standard deviation of the noise on y = sin x.
    seed : int, default 0
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.errors[d] = (train MSE, test MSE)`` for every degree d from 0 to max(degrees).

    Examples
    --------
    >>> fig = capacity(lang="en")
    >>> train, test = fig.errors[12]
    >>> train < fig.errors[4][0] and test > fig.errors[4][1]
    True
    """
    X_train, y_train = sine(n_samples=n_train, noise=noise, seed=seed)
    X_test, y_test = sine(n_samples=200, noise=noise, seed=seed + 1)
    x, t, x_test = X_train[:, 0].astype(np.float64), y_train.astype(np.float64), X_test[:, 0].astype(np.float64)
    with warnings.catch_warnings():  # high degrees are poorly conditioned: that is the point being made
        warnings.simplefilter("ignore", np.exceptions.RankWarning)
        fits = {d: Polynomial.fit(x, t, d) for d in range(max(degrees) + 1)}
    errors = {d: (_errors(f, x, t), _errors(f, x_test, y_test)) for d, f in fits.items()}
    with _style.speaking(lang):
        kinds = (message("viz_capacity_under"), message("viz_capacity_good"), message("viz_capacity_over"))
        fig, axes = _style.figure(1, 4, figsize=(22, 5.8))
        grid = np.linspace(0, 2 * np.pi, 400)
        for ax, d, kind, colour in zip(axes.ravel(), degrees, kinds, COLOURS):
            ax.scatter(x_test, y_test, s=12, color=_style.GREY, alpha=0.35, label=message("viz_capacity_test_points"))
            ax.scatter(x, t, s=60, color=_style.ORANGE, edgecolors="black", zorder=3,
                       label=message("viz_capacity_train_points"))
            ax.plot(grid, np.sin(grid), color="black", linestyle=":", linewidth=1.8, label="sin x")
            ax.plot(grid, fits[d](grid), color=colour, linewidth=_style.LINE + 0.5, gid=f"fit:{d}",
                    label=message("viz_capacity_model", d=d))
            ax.set_ylim(-2.2, 2.2)
            ax.text(0.03, 0.04, message("viz_capacity_errors", train=errors[d][0], test=errors[d][1]),
                    transform=ax.transAxes, fontsize=_style.NOTE,
                    bbox={"facecolor": "white", "edgecolor": colour, "alpha": 0.9})
            _style.decorate(ax, kind, "x", "y")
            ax.legend(loc="upper right", fontsize=_style.NOTE - 1, framealpha=0.9)
        ax = axes.ravel()[3]
        ds = np.arange(max(degrees) + 1)
        ax.plot(ds, [errors[d][0] for d in ds], marker="o", color=_style.BLUE, linewidth=_style.LINE, gid="train_error",
                label=message("viz_capacity_train_error"))
        ax.plot(ds, [errors[d][1] for d in ds], marker="s", color=_style.ORANGE, linewidth=_style.LINE,
                gid="test_error", label=message("viz_capacity_test_error"))
        for d, colour in zip(degrees, COLOURS):
            ax.axvline(d, color=colour, linestyle="--", linewidth=2)
        ax.set_yscale("log")
        _style.decorate(ax, message("viz_capacity_curve_title"), message("viz_capacity_degree"),
                        message("viz_capacity_mse"))
        _style.legend(ax, loc="upper left")
        fig.errors = errors
        return _style.finish(fig)
