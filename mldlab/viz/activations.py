"""Activation functions g(z) and their derivatives g′(z), one panel each, as on the slides.

The derivative is not typed in: it is what ``backward()`` computes, so the figure shows the engine's own g′::

    sigmoid     g(z) = 1 / (1 + e⁻ᶻ)              g′(z) = g(z)(1 − g(z))
    tanh        g(z) = (eᶻ − e⁻ᶻ) / (eᶻ + e⁻ᶻ)     g′(z) = 1 − g(z)²
    ReLU        g(z) = max(0, z)                  g′(z) = 1 if z > 0, else 0
    leaky ReLU  g(z) = max(0.1·z, z)              g′(z) = 1 if z > 0, else 0.1
"""

import numpy as np

from mldlab.creation import tensor
from mldlab.i18n import message
from mldlab.nn import functional as F
from mldlab.viz import _style

NAMES = ("sigmoid", "tanh", "relu", "leaky_relu")
_Y_RANGE = {"sigmoid": (-0.1, 1.25), "tanh": (-1.2, 1.45), "relu": (-0.7, 3.2), "leaky_relu": (-0.7, 3.2)}


def _function(name: str):
    return {"sigmoid": F.sigmoid, "tanh": F.tanh, "relu": F.relu,
            "leaky_relu": lambda z: F.leaky_relu(z, 0.1)}[name]


def _texts(name: str):
    """(title, g′ legend, the slide's note) of one activation, in the current language."""
    if name == "sigmoid":
        return (message("viz_act_sigmoid"), "g′(z) = g(z)(1 − g(z))", message("viz_act_sigmoid_note"))
    if name == "tanh":
        return (message("viz_act_tanh"), "g′(z) = 1 − g(z)²", message("viz_act_tanh_note"))
    if name == "relu":
        return (message("viz_act_relu"), message("viz_act_relu_derivative"), message("viz_act_relu_note"))
    return (message("viz_act_leaky_relu"), message("viz_act_leaky_derivative"), message("viz_act_leaky_note"))


def g_and_derivative(name: str, z: np.ndarray):
    """g(z) and g′(z) on the points ``z``, g′ by ``backward()`` (each output depends on its own input only)."""
    z_t = tensor(z, requires_grad=True)
    g = _function(name)(z_t)
    g.sum().backward()  # ∂(Σ g(zᵢ))/∂zᵢ = g′(zᵢ)
    return g.detach().numpy().copy(), z_t.grad.numpy().copy()


def activations(names=NAMES, *, z_range=(-5.0, 5.0), lang: str | None = None):
    """g(z) and g′(z) for each activation in ``names``, one panel each.

    Parameters
    ----------
    names : sequence of {'sigmoid', 'tanh', 'relu', 'leaky_relu'}
        The panels, in order (default all four).
    z_range : (float, float), default (−5, 5)
        The range of z.
    lang : {'en', 'ko'}, optional
        Language of the texts (default: the language in force).

    Returns
    -------
    matplotlib.figure.Figure
        In each panel, the line of g has gid ``'g'`` and the line of g′ gid ``'derivative'``.

    Examples
    --------
    >>> fig = activations(["sigmoid"], lang="en")
    >>> g = [line for line in fig.axes[0].lines if line.get_gid() == "g"][0]
    >>> float(g.get_ydata()[len(g.get_ydata()) // 2].round(3))   # σ(0)
    0.5
    """
    for name in names:
        if name not in NAMES:
            raise ValueError(message("viz_act_name", name=name, names=", ".join(NAMES)))
    z = np.linspace(*z_range, 401)
    with _style.speaking(lang):
        fig, _ = _style.figure(1, len(names), figsize=(5 * len(names), 5))
        for ax, name in zip(fig.axes, names):
            title, derivative, note = _texts(name)
            g, dg = g_and_derivative(name, z)
            ax.axhline(0, color="black", linewidth=0.8)
            ax.axvline(0, color="black", linewidth=0.8)
            ax.plot(z, g, color=_style.BLUE, linewidth=_style.LINE + 0.5, label="g(z)", gid="g")
            ax.plot(z, dg, color=_style.RED, linewidth=_style.LINE, linestyle="--", label=derivative,
                    gid="derivative")
            _style.decorate(ax, title, "z", None)
            ax.set_ylim(*_Y_RANGE[name])
            _style.legend(ax, loc="upper left")
            ax.text(0.98, 0.03, note, transform=ax.transAxes, ha="right", va="bottom", fontsize=_style.NOTE,
                    bbox={"facecolor": "white", "edgecolor": _style.GREY, "alpha": 0.9})
        return _style.finish(fig)
