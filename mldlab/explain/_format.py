"""Numbers and formulas as a teacher writes them: 4 significant digits, a real minus sign, Unicode in the terminal
and LaTeX in Jupyter.

Formulas are written once, in plain Unicode (``ŷ = σ(z₁,₂) = 0.2473``); ``to_latex`` turns them into LaTeX
(``\\hat{y} = \\sigma(z_{1,2}) = 0.2473``), so the two renderings can never tell different stories.
"""

import math
import re

import numpy as np

SHOWN = 6  # an array with more elements than this is summarised: the first few values, …, the last one


def num(x) -> str:
    """``x`` with 4 significant digits and a Unicode minus: ``num(-6.0) == '−6'``, ``num(0.0024726) == '0.002473'``."""
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "∞" if x > 0 else "−∞"
    text = f"{x:.4g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}·10^{int(exponent)}"
    return text.replace("-", "−")


def factor(x) -> str:
    """``num(x)``, in brackets when negative, to stand in a product: ``3·(−1)``."""
    text = num(x)
    return f"({text})" if text.startswith("−") else text


def vector(values) -> str:
    """A short list of numbers, ``[0.1, −0.2, …, 0.7]`` when longer than ``SHOWN``."""
    flat = np.asarray(values, dtype=float).ravel()
    if flat.size <= SHOWN:
        return "[" + ", ".join(num(v) for v in flat) + "]"
    return "[" + ", ".join(num(v) for v in flat[:SHOWN - 1]) + ", …, " + num(flat[-1]) + "]"


def shape(dims) -> str:
    """A shape as the engine prints it: ``(8, 2)``."""
    dims = tuple(int(d) for d in dims)
    return "(" + ", ".join(str(d) for d in dims) + ("," if len(dims) == 1 else "") + ")"


def summary(array) -> dict:
    """What a large array looks like: shape, size, minimum, maximum, mean, norm, and its first values."""
    array = np.asarray(array, dtype=float)
    finite = array[np.isfinite(array)] if array.size else array
    return {
        "shape": list(array.shape),
        "size": int(array.size),
        "min": float(finite.min()) if finite.size else None,
        "max": float(finite.max()) if finite.size else None,
        "mean": float(finite.mean()) if finite.size else None,
        "norm": float(np.sqrt((finite * finite).sum())),
        "first": [float(v) for v in array.ravel()[:SHOWN]],
    }


_SUBSCRIPTS = dict(zip("₀₁₂₃₄₅₆₇₈₉ᵢⱼₖₗₘₙᵣₜ₊₋₍₎", "0123456789ijklmnrt+-()"))
_SUPERSCRIPTS = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾ⁱⁿᵏᵖᵗᶻᵀᴸ⁺⁻ᐟ", "0123456789()inkptzTL+-/"))
_RUN = re.compile("([" + "".join(_SUBSCRIPTS) + "]+(?:,[" + "".join(_SUBSCRIPTS) + "]+)*)|([" + "".join(
    _SUPERSCRIPTS) + "]+)")
_SYMBOLS = {
    "ŷ": r"\hat{y}", "σ": r"\sigma", "η": r"\eta", "β": r"\beta", "ε": r"\varepsilon", "ρ": r"\rho",
    "α": r"\alpha", "λ": r"\lambda", "μ": r"\mu", "δ": r"\delta", "θ": r"\theta", "τ": r"\tau", "Σ": r"\sum ",
    "∂": r"\partial ", "·": r"\cdot ", "−": "-", "←": r"\leftarrow ", "→": r"\to ", "≈": r"\approx ",
    "≤": r"\le ", "≥": r"\ge ", "≠": r"\ne ", "⊙": r"\odot ", "√": r"\sqrt", "‖": r"\|", "…": r"\dots ",
    "∞": r"\infty ", "×": r"\times ", "%": r"\%", "ḡ": r"\bar{g}", "ṽ": r"\tilde{v}", "ℒ": r"\mathcal{L}", "′": "'",
    "∈": r"\in ", "∉": r"\notin ", "Δ": r"\Delta ", "γ": r"\gamma ", "ȳ": r"\bar{y}",
}

_OPERATORS = ("max", "min", "tanh", "log", "exp")
_WORDS = re.compile(r"(?<![A-Za-z\\{])(LeakyReLU|ReLU|softmax|max|min|tanh|log|exp)(?![A-Za-z])")


_RADICAND = re.compile(r"√(\\hat\{\w\}|\w(?:_\{\w+\})?)")


def _radicands(text: str) -> str:
    """``√x̂`` and ``√(u + ε)`` as ``\\sqrt{…}``: ``\\sqrt`` takes one argument, which must be in braces."""
    text = _RADICAND.sub(lambda m: "√{" + m.group(1) + "}", text)
    while "√(" in text:
        start = text.index("√(")
        depth = 0
        for end in range(start + 1, len(text)):
            depth += {"(": 1, ")": -1}.get(text[end], 0)
            if depth == 0:
                break
        else:
            return text
        text = text[:start] + "√{" + text[start + 2:end] + "}" + text[end + 1:]
    return text


def to_latex(plain: str) -> str:
    """The LaTeX of a formula written in plain Unicode.

    >>> to_latex("ŷ = σ(z₁,₂) = 10^−3")
    '\\\\hat{y} = \\\\sigma(z_{1,2}) = 10^{-3}'
    >>> to_latex("lr_decay = 0.1,  ŷ_y")
    '\\\\text{lr\\\\_decay} = 0.1, \\\\hat{y}_y'
    >>> to_latex("m̂ ← m / (1 − β₁ᵗ)")
    '\\\\hat{m} \\\\leftarrow m / (1 - \\\\beta_{1}^{t})'
    >>> to_latex("v_max ← max(v_max, v)")
    'v_{\\\\mathrm{max}} \\\\leftarrow \\\\max (v_{\\\\mathrm{max}}, v)'
    >>> to_latex("η·m̂/(√v̂ + ε) + √(u + ε)")
    '\\\\eta\\\\cdot \\\\hat{m}/(\\\\sqrt{\\\\hat{v}} + \\\\varepsilon) + \\\\sqrt{u + \\\\varepsilon}'
    >>> to_latex("ΔI = Iₘ − ȳ·x̄,  (Σⱼ |dⱼ|ᵖ)¹ᐟᵖ,  y₍ᵢ₎")
    '\\\\Delta I = I_{m} - \\\\bar{y}\\\\cdot \\\\bar{x}, (\\\\sum _{j} |d_{j}|^{p})^{1/p}, y_{(i)}'
    """
    text = re.sub(r"[A-Za-z]{2,}(?:_[A-Za-z]+)+", lambda m: r"\text{" + m.group().replace("_", r"\_") + "}", plain)
    text = re.sub(r"(?<=[A-Za-z])_([A-Za-z]{2,})", r"_{\\mathrm{\1}}", text)   # v_max: a word as a subscript
    text = re.sub(r"(\w)\u0302", r"\\hat{\1}", text)
    text = re.sub(r"(\w)\u0304", r"\\bar{\1}", text)   # x̄: x and a combining macron
    text = _RUN.sub(lambda m: "_{" + "".join(_SUBSCRIPTS.get(ch, ch) for ch in m.group(1)) + "}" if m.group(1)
                    else "^{" + "".join(_SUPERSCRIPTS[ch] for ch in m.group(2)) + "}", text)
    text = _WORDS.sub(lambda m: "\\" + m.group(1) + " " if m.group(1) in _OPERATORS else
                      "\\mathrm{" + m.group(1) + "}", text)
    text = _radicands(text)
    text = "".join(_SYMBOLS.get(ch, ch) for ch in text)
    return re.sub(" {2,}", " ", re.sub(r"10\^(-?\d+)", r"10^{\1}", text))
