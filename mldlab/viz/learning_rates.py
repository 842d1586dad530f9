"""One problem, three learning rates: too small, good, too large (W ← W − η ∂J/∂W).

The problem is the simplest there is: fit y ≈ w·x (one weight, no bias) to points around y = 2x with the mean squared
error J(w) = 1/n Σ (w·xᵢ − yᵢ)², by full-batch gradient descent. J is a parabola in w, and each step multiplies the
distance to the best w by (1 − η·J″), J″ = 2/n Σ xᵢ². So

* η too small: |1 − η·J″| close to 1, many tiny steps ("느린 속도로 수렴");
* η good: the distance shrinks fast;
* η too large (η·J″ > 2): every step overshoots further, the loss grows without bound until it is no longer a number
  ("초과, 불안정해지고 발산"). ``fit(..., on_divergence='stop')`` stops there and the figure marks the epoch.
"""

import numpy as np

from mldlab import nn, optim
from mldlab.data import linear
from mldlab.i18n import message
from mldlab.train import Model
from mldlab.train.callbacks import LambdaCallback
from mldlab.viz import _style

COLOURS = (_style.BLUE, _style.GREEN, _style.RED)


def _train(X, y, lr: float, w_start: float, epochs: int):
    """Full-batch gradient descent from w = ``w_start``: the weights visited and the History."""
    layer = nn.Linear(1, 1, bias=False)
    nn.init.constant_(layer.weight, w_start)
    model = Model(layer)
    model.compile(optimizer=optim.SGD(layer.parameters(), lr=lr), loss="mse")
    path = [w_start]
    record = LambdaCallback(on_epoch_end=lambda epoch, logs: path.append(layer.weight.item()))
    history = model.fit(X, y, batch_size=len(X), epochs=epochs, shuffle=False, verbose=0, callbacks=[record],
                        on_divergence="stop")
    return np.array([w for w in path if np.isfinite(w)]), history


def learning_rates(lrs=(0.003, 0.1, 0.7), *, epochs: int = 50, w_start: float = -1.0, seed: int = 0,
                   lang: str | None = None):
    """Gradient descent on one problem with a too-small, a good and a too-large learning rate.

    Parameters
    ----------
    lrs : (float, float, float), default (0.003, 0.1, 0.7)
        The learning rates η, from too small to too large.
    epochs : int, default 50
        Full-batch epochs (one step each).
    w_start : float, default −1.0
        The initial weight.
    seed : int, default 0
        Seed of the data (60 points around y = 2x).
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        Top: J(w) with the steps of each η; bottom: J per epoch (log scale), a diverged run ending in ×.
        ``fig.histories`` holds the three ``History`` objects (``history.diverged`` is set for a run that diverged).

    Examples
    --------
    >>> fig = learning_rates(epochs=40, lang="en")
    >>> [h.diverged is not None for h in fig.histories]
    [False, False, True]
    """
    X, y = linear(n_samples=60, coef=[2.0], bias=0.0, noise=1.0, seed=seed)
    x, t = X[:, 0].astype(np.float64), y.astype(np.float64)
    w_best = float(x @ t / (x @ x))
    J = lambda w: ((np.multiply.outer(w, x) - t) ** 2).mean(axis=-1)  # noqa: E731 (the slide's J(w))
    with _style.speaking(lang):
        kinds = (message("viz_lr_small"), message("viz_lr_good"), message("viz_lr_large"))
        fig = _style.blank(figsize=(17, 10))
        axes = fig.subplot_mosaic([["0", "1", "2"], ["curve", "curve", "curve"]], height_ratios=[1, 0.9])
        fig.histories = []
        for k, (lr, kind, colour) in enumerate(zip(lrs, kinds, COLOURS)):
            path, hist = _train(X, y, lr, w_start, epochs)
            fig.histories.append(hist)
            ax = axes[str(k)]
            half_width = max(3.5, 1.15 * float(np.abs(path[:3] - w_best).max()))
            w_axis = np.linspace(w_best - half_width, w_best + half_width, 300)
            ax.plot(w_axis, J(w_axis), color="black", linewidth=_style.LINE, label="J(w)")
            shown = path[np.abs(path - w_best) <= half_width]
            ax.plot(shown, J(shown), marker="o", color=colour, linewidth=1.8, markersize=7, gid="path",
                    label=message("viz_lr_steps", steps=len(path) - 1))
            ax.plot([path[0]], [J(path[0])], marker="s", markersize=12, color="white", markeredgecolor="black",
                    linestyle="", label=message("viz_lr_start"))
            ax.set_ylim(0, J(w_axis).max() * 1.05)
            ax.set_xlim(w_axis[0], w_axis[-1])
            if len(shown) < len(path):
                ax.text(0.5, 0.6, message("viz_lr_left_view"), transform=ax.transAxes, ha="center", va="top",
                        fontsize=_style.LABEL, color=_style.RED,
                        bbox={"facecolor": "white", "edgecolor": _style.RED, "alpha": 0.9})
            _style.decorate(ax, f"{kind}: η = {lr:g}", message("viz_lr_weight"), "J(w)")
            _style.legend(ax, loc="upper center" if len(shown) < len(path) else "upper right")
        curve = axes["curve"]
        curve.set_yscale("log")
        finite = [v for h in fig.histories for v in h.history.get("loss", []) if np.isfinite(v)]
        curve.set_ylim(min(finite) / 2, max(h.history["loss"][0] for h in fig.histories) * 1e3)
        for lr, kind, colour, hist in zip(lrs, kinds, COLOURS, fig.histories):
            _draw_losses(curve, hist, lr, kind, colour)
        _style.decorate(curve, message("viz_lr_curve_title"), message("viz_history_epoch"), message("viz_lr_loss"))
        _style.legend(curve, loc="center right")
        return _style.finish(fig)


def _draw_losses(ax, hist, lr: float, kind: str, colour: str) -> None:
    losses = hist.history.get("loss", [])
    epochs = np.arange(1, len(losses) + 1)
    ax.plot(epochs, losses, marker="o", markersize=4, color=colour, linewidth=_style.LINE, gid=f"loss_lr{lr:g}",
            label=f"{kind}: η = {lr:g}")
    if hist.diverged:
        at = hist.diverged["epoch"]
        top = ax.get_ylim()[1] / 2
        ax.plot([at], [top], marker="X", markersize=18, color=colour, markeredgecolor="black", linestyle="",
                gid="diverged")
        ax.text(at, top / 4, message("viz_lr_diverged", epoch=at), ha="center", va="top", fontsize=_style.LABEL,
                color=colour, bbox={"facecolor": "white", "edgecolor": colour, "alpha": 0.9})
