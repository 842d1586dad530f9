"""``explain.activation``: an activation function g, its derivative g′, its range, and when to use it.

The slide's three, and two more the course meets:

    sigmoid      g(z) = 1/(1 + e⁻ᶻ)         g′(z) = g(z)(1 − g(z))      (0, 1)
    tanh         g(z) = (eᶻ − e⁻ᶻ)/(eᶻ + e⁻ᶻ)  g′(z) = 1 − g(z)²       (−1, 1)
    relu         g(z) = max(0, z)           g′(z) = 1 (z > 0), 0 (z ≤ 0)      [0, ∞)
    leaky_relu   g(z) = max(0.01z, z)       g′(z) = 1 (z > 0), 0.01 (z ≤ 0)   (−∞, ∞)
    linear       g(z) = z                   g′(z) = 1                   (−∞, ∞)

The values come from the engine itself: g(z) from its op, g′(z) from ``backward()``.
"""

import dataclasses

import numpy as np

from mldlab import _dtype
from mldlab._ops.activation import leaky_relu, relu, sigmoid, tanh
from mldlab.creation import tensor
from mldlab.explain._format import num
from mldlab.explain._result import Math, Result, heading, line
from mldlab.i18n import message

# name → (symbol, g(z), g′(z), range, the engine's op)
FUNCTIONS = {
    "sigmoid": ("σ", "σ(z) = 1/(1 + e⁻ᶻ)", "σ′(z) = σ(z)(1 − σ(z))", "(0, 1)", sigmoid),
    "tanh": ("tanh", "tanh(z) = (eᶻ − e⁻ᶻ)/(eᶻ + e⁻ᶻ)", "tanh′(z) = 1 − tanh(z)²", "(−1, 1)", tanh),
    "relu": ("ReLU", "ReLU(z) = max(0, z)", "ReLU′(z) = 1 (z > 0), 0 (z ≤ 0)", "[0, ∞)", relu),
    "leaky_relu": ("LeakyReLU", "LeakyReLU(z) = max(0.01·z, z)", "LeakyReLU′(z) = 1 (z > 0), 0.01 (z ≤ 0)",
                   "(−∞, ∞)", leaky_relu),
    "linear": ("g", "g(z) = z", "g′(z) = 1", "(−∞, ∞)", lambda z: z * 1.0),
}


def check_name(op: str, name) -> str:
    """The activation's name in lower case, or a clear error listing the names known."""
    key = name.lower() if isinstance(name, str) else name
    if key not in FUNCTIONS:
        raise ValueError(message("explain_activation_name", op=op, name=name, names=", ".join(FUNCTIONS)))
    return key


def values(name: str, points) -> tuple:
    """g(z) and g′(z) at ``points``, computed by the engine (float64): the op, then ``backward()``."""
    z = tensor(np.asarray(points, dtype=float), dtype=_dtype.float64, requires_grad=True)
    g = FUNCTIONS[name][4](z)
    g.sum().backward()
    return g.detach().numpy().copy(), z.grad.numpy().copy()


@dataclasses.dataclass(repr=False)
class ActivationResult(Result):
    """An activation function at a few points: ``name``, its formulas and ``points`` [{z, g, dg}]."""

    name: str
    formula: str
    derivative: str
    range: str
    points: list

    kind = "activation"

    def _lines(self) -> list:
        lines = [heading(message("explain_activation_title", name=self.name)),
                 line(Math(self.formula)), line(Math(self.derivative)),
                 line(message("explain_activation_range"), Math(self.range)),
                 line(when_to_use(self.name))]
        symbol = FUNCTIONS[self.name][0]
        for point in self.points:
            z = num(point["z"])
            lines.append(line(Math(f"z = {z}:  {symbol}({z}) = {num(point['g'])},  "
                                   f"{symbol}′({z}) = {num(point['dg'])}"), depth=1))
        return lines


def when_to_use(name: str) -> str:
    """When the slides (and practice) use this activation."""
    if name == "sigmoid":
        return message("explain_activation_use_sigmoid")
    if name == "tanh":
        return message("explain_activation_use_tanh")
    if name == "relu":
        return message("explain_activation_use_relu")
    if name == "leaky_relu":
        return message("explain_activation_use_leaky_relu")
    return message("explain_activation_use_linear")


def activation(name: str = "sigmoid", points=(-4.0, -2.0, -1.0, 0.0, 1.0, 2.0, 4.0), *,
               lang: str | None = None) -> ActivationResult:
    """An activation function g, its derivative g′, its range and when it is used, with values at ``points``.

    Parameters
    ----------
    name : {'sigmoid', 'tanh', 'relu', 'leaky_relu', 'linear'}, default 'sigmoid'
    points : sequence of float
        The values of z at which to show g(z) and g′(z).
    lang : {'en', 'ko'}, optional
        The language of the rendering (default: the language in force when it is printed).

    Returns
    -------
    ActivationResult

    Examples
    --------
    >>> result = activation("sigmoid", points=[0.0, -6.0])
    >>> [round(p["g"], 4) for p in result.points]
    [0.5, 0.0025]
    >>> result.points[0]["dg"]                # σ′(0) = σ(0)(1 − σ(0)) = 1/4
    0.25
    >>> print(activation("relu", points=[-1.0, 2.0]))
    Activation function: relu
    ─────────────────────────
    ReLU(z) = max(0, z)
    ReLU′(z) = 1 (z > 0), 0 (z ≤ 0)
    Range: [0, ∞)
    Cheap, and never saturates for z > 0; a unit whose z stays negative is dead (output 0, gradient 0).
      z = −1:  ReLU(−1) = 0,  ReLU′(−1) = 0
      z = 2:  ReLU(2) = 2,  ReLU′(2) = 1
    """
    key = check_name("explain.activation", name)
    try:
        z = np.asarray(points, dtype=float).ravel()
    except (TypeError, ValueError):
        raise TypeError(message("explain_points", op="explain.activation", value=repr(points)[:60])) from None
    g, dg = values(key, z)
    rows = [{"z": float(a), "g": float(b), "dg": float(c)} for a, b, c in zip(z, g, dg)]
    formula, derivative, value_range = FUNCTIONS[key][1:4]
    return ActivationResult(key, formula, derivative, value_range, rows, lang=lang)
