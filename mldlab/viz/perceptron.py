"""The slide's perceptron ŷ = g(1 + 3x₁ − 2x₂): a line in 2-D, the two half-planes, and the point (−1, 2).

With w₀ = 1 and w = [3, −2]ᵀ::

    z = w₀ + xᵀw = 1 + 3x₁ − 2x₂,   ŷ = g(z) = σ(z)

The line z = 0, i.e. x₂ = (1 + 3x₁) / 2, passes through (0, 0.5) and (1, 2). On one side z > 0 and ŷ > 0.5, on the
other z < 0 and ŷ < 0.5 ("선은 두 지점을 분리한다"). For x = (−1, 2): z = 1 + 3·(−1) − 2·2 = −6, ŷ = σ(−6) ≈ 0.002.
"""

import numpy as np

from mldlab.creation import tensor
from mldlab.i18n import message
from mldlab.nn import functional as F
from mldlab.viz import _style


def _y_hat(w0: float, w, X1: np.ndarray, X2: np.ndarray) -> np.ndarray:
    """ŷ = σ(w₀ + w₁x₁ + w₂x₂) computed by the engine."""
    z = w0 + w[0] * tensor(X1) + w[1] * tensor(X2)
    return F.sigmoid(z).numpy()


def _number(value: float) -> str:
    """``value`` as the slides write it: ``−6``, not ``-6``."""
    return f"{value:g}".replace("-", "−")


def perceptron(w0: float = 1.0, w=(3.0, -2.0), x=(-1.0, 2.0), *, lang: str | None = None):
    """The line w₀ + w₁x₁ + w₂x₂ = 0, the half-planes coloured by ŷ = σ(z), and the point ``x`` with its ŷ.

    Parameters
    ----------
    w0 : float, default 1.0
        The bias w₀.
    w : (float, float), default (3.0, −2.0)
        The weights w₁, w₂ (w₂ ≠ 0, so that the line can be written x₂ = −(w₀ + w₁x₁) / w₂).
    x : (float, float), default (−1.0, 2.0)
        The input to mark.
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        The line has gid ``'boundary'``, the point gid ``'input'``.

    Examples
    --------
    >>> fig = perceptron(lang="en")
    >>> line = [l for l in fig.axes[0].lines if l.get_gid() == "boundary"][0]
    >>> [float(np.interp(x1, line.get_xdata(), line.get_ydata())) for x1 in (0, 1)]
    [0.5, 2.0]
    """
    w1, w2 = float(w[0]), float(w[1])
    if w2 == 0:
        raise ValueError(message("viz_perceptron_w2", w=tuple(w)))
    with _style.speaking(lang):
        fig, ax = _style.figure(figsize=(9.5, 7.5))
        x1 = np.linspace(-3, 3, 301)
        X1, X2 = np.meshgrid(x1, np.linspace(-2.5, 4, 301))
        region = ax.contourf(X1, X2, _y_hat(w0, (w1, w2), X1, X2), levels=np.linspace(0, 1, 21),
                             cmap=_style.binary_cmap(), alpha=0.75)
        colorbar = fig.colorbar(region, ax=ax, ticks=np.linspace(0, 1, 6))
        colorbar.set_label(message("viz_perceptron_colorbar"), fontsize=_style.LABEL)
        z_text = f"{w0:g} + {w1:g}x₁ + {w2:g}x₂".replace("+ -", "− ").replace("-", "−")
        ax.plot(x1, -(w0 + w1 * x1) / w2, color="black", linewidth=3, label=f"{z_text} = 0", gid="boundary")
        on_line = [(p, -(w0 + w1 * p) / w2) for p in (0.0, 1.0)]
        ax.scatter(*zip(*on_line), s=90, color="white", edgecolors="black", linewidths=2, zorder=4)
        for p, q in on_line:
            ax.annotate(f"({_number(p)}, {_number(q)})", (p, q), xytext=(12, -6), textcoords="offset points",
                        fontsize=_style.NOTE)
        z = w0 + w1 * x[0] + w2 * x[1]
        y_hat = float(_y_hat(w0, (w1, w2), np.array(x[0]), np.array(x[1])))
        ax.plot([x[0]], [x[1]], marker="*", markersize=22, color=_style.RED, markeredgecolor="black", linestyle="",
                label=message("viz_perceptron_point", x1=_number(x[0]), x2=_number(x[1]), z=_number(z), y_hat=y_hat),
                gid="input")
        ax.annotate(f"ŷ = g({_number(z)}) ≈ {y_hat:.3f}", (x[0], x[1]), xytext=(14, 10), textcoords="offset points",
                    fontsize=_style.LABEL,
                    bbox={"facecolor": "white", "edgecolor": _style.RED, "alpha": 0.95})
        for px, py in ((-2.8, 3.5), (1.0, -2.1)):
            side = message("viz_perceptron_positive") if w0 + w1 * px + w2 * py > 0 else \
                message("viz_perceptron_negative")
            ax.text(px, py, side, fontsize=_style.LABEL, va="center",
                    bbox={"facecolor": "white", "edgecolor": _style.GREY, "alpha": 0.9})
        ax.set_xlim(-3, 3)
        ax.set_ylim(-2.5, 4)
        _style.decorate(ax, message("viz_perceptron_title", z=z_text), "x₁", "x₂")
        _style.legend(ax, loc="upper center", bbox_to_anchor=(0.5, -0.1), ncols=2)
        return _style.finish(fig)
