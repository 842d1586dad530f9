"""``explain.perceptron``: the slide's perceptron worked out with numbers.

    (1) z = w₀ + Σᵢ xᵢwᵢ            the linear combination of the inputs, term by term
    (2) ŷ = g(z)                    the non-linear activation
    (3) w₀ + xᵀw = 0                the line (plane) that splits the inputs: z > 0 on one side, z < 0 on the other

The slide's numbers are the defaults: w₀ = 1, w = [3, −2], x = [−1, 2] give z = 1 + 3·(−1) + (−2)·2 = −6 and
ŷ = σ(−6) ≈ 0.002: the point lies on the side of the line 1 + 3x₁ − 2x₂ = 0 where ŷ < 0.5.
"""

import dataclasses

import numpy as np

from mldlab import _dtype
from mldlab.creation import tensor
from mldlab.explain._format import factor, num, vector
from mldlab.explain._result import Math, Result, heading, line
from mldlab.explain.activation import FUNCTIONS, check_name, values
from mldlab.i18n import message

_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def _sub(i: int) -> str:
    return str(i).translate(_SUBSCRIPT)


@dataclasses.dataclass(repr=False)
class PerceptronResult(Result):
    """The perceptron's computation: the ``terms`` xᵢwᵢ, ``z``, ``y_hat`` and the ``side`` of the line.

    ``side`` is +1 where z > 0, −1 where z < 0 and 0 on the line; ``threshold`` is g(0), the output on the line.
    """

    w0: float
    w: list
    x: list
    activation: str
    terms: list
    z: float
    y_hat: float
    threshold: float
    side: int
    line: str

    kind = "perceptron"

    def _lines(self) -> list:
        g = FUNCTIONS[self.activation][0]
        products = " + ".join(f"{factor(t['x'])}·{factor(t['w'])}" for t in self.terms)
        values_ = " + ".join(factor(t["product"]) for t in self.terms)
        lines = [
            heading(message("explain_perceptron_title"), Math("ŷ = g(w₀ + xᵀw)")),
            line(message("explain_given"), Math(f"w₀ = {num(self.w0)},  w = {vector(self.w)},  x = {vector(self.x)}")),
            line("(1) ", message("explain_perceptron_sum"), depth=1),
            line(Math(f"z = w₀ + Σᵢ xᵢwᵢ = {num(self.w0)} + {products}"), depth=2),
            line(Math(f"  = {num(self.w0)} + {values_} = {num(self.z)}"), depth=2),
            line("(2) ", message("explain_perceptron_activation", name=self.activation), depth=1),
            line(Math(f"ŷ = g(z) = {g}({num(self.z)}) = {num(self.y_hat)}"), depth=2),
            line("(3) ", message("explain_perceptron_line"), Math(self.line), depth=1),
        ]
        compare = "<" if self.side < 0 else ">"
        if self.side == 0:
            lines.append(line(message("explain_perceptron_on_line", threshold=num(self.threshold)), depth=2))
        else:
            output = "<" if self.y_hat < self.threshold else "=" if self.y_hat == self.threshold else ">"
            lines.append(line(message("explain_perceptron_side"), Math(f"z {compare} 0"), ", ",
                              Math(f"ŷ {output} {num(self.threshold)}"), depth=2))
        return lines


def _line(w0: float, w: np.ndarray) -> str:
    """w₀ + w₁x₁ + w₂x₂ + … = 0, written as on the slide: 1 + 3x₁ − 2x₂ = 0."""
    text = num(w0)
    for i, wi in enumerate(w, start=1):
        if wi == 0:
            continue
        magnitude = "" if abs(wi) == 1 else num(abs(wi))
        text += f" {'−' if wi < 0 else '+'} {magnitude}x{_sub(i)}"
    return text + " = 0"


def perceptron(w0=1.0, w=(3.0, -2.0), x=(-1.0, 2.0), activation: str = "sigmoid", *,
               lang: str | None = None) -> PerceptronResult:
    """The perceptron ŷ = g(w₀ + xᵀw) with numbers: z term by term, ŷ = g(z), and which side of the line.

    Parameters
    ----------
    w0 : float, default 1
        The bias w₀.
    w : sequence of float, default [3, −2]
        The weights w₁ … wₘ.
    x : sequence of float, default [−1, 2]
        The input x₁ … xₘ (as many numbers as weights).
    activation : {'sigmoid', 'tanh', 'relu', 'leaky_relu', 'linear'}, default 'sigmoid'
        The activation g.
    lang : {'en', 'ko'}, optional
        The language of the rendering (default: the language in force when it is printed).

    Returns
    -------
    PerceptronResult

    Examples
    --------
    The slide's example:

    >>> result = perceptron()
    >>> result.z, round(result.y_hat, 7), result.side
    (-6.0, 0.0024726, -1)
    >>> print(result)
    Perceptron ŷ = g(w₀ + xᵀw)
    ──────────────────────────
    Given: w₀ = 1,  w = [3, −2],  x = [−1, 2]
      (1) Linear combination of the inputs, term by term:
        z = w₀ + Σᵢ xᵢwᵢ = 1 + (−1)·3 + 2·(−2)
          = 1 + (−3) + (−4) = −6
      (2) Non-linear activation g = sigmoid:
        ŷ = g(z) = σ(−6) = 0.002473
      (3) The line where z = 0: 1 + 3x₁ − 2x₂ = 0
        The point lies on the side where z < 0, ŷ < 0.5
    """
    op = "explain.perceptron"
    key = check_name(op, activation)
    try:
        w_ = np.atleast_1d(np.asarray(w, dtype=float)).ravel()
        x_ = np.atleast_1d(np.asarray(x, dtype=float)).ravel()
        bias = float(w0)
    except (TypeError, ValueError):
        raise TypeError(message("explain_perceptron_numbers", op=op, w0=repr(w0), w=repr(w), x=repr(x))) from None
    if w_.shape != x_.shape:
        raise ValueError(message("explain_perceptron_lengths", op=op, nw=w_.size, nx=x_.size))
    if not (np.isfinite(w_).all() and np.isfinite(x_).all() and np.isfinite(bias)):
        raise ValueError(message("explain_perceptron_finite", op=op))
    z = (tensor(bias, dtype=_dtype.float64) + tensor(x_, dtype=_dtype.float64) @ tensor(w_, dtype=_dtype.float64))
    z = float(z.item())
    (y_hat, threshold), _ = values(key, [z, 0.0])
    terms = [{"i": i, "x": float(xi), "w": float(wi), "product": float(xi * wi)}
             for i, (xi, wi) in enumerate(zip(x_, w_), start=1)]
    return PerceptronResult(bias, w_.tolist(), x_.tolist(), key, terms, z, float(y_hat), float(threshold),
                            int(np.sign(z)), _line(bias, w_), lang=lang)
