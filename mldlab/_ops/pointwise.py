"""Elementwise functions: exp, log, log1p, sqrt, abs, sin, cos, clamp, round, floor, ceil.

Integer inputs give float32 (round, floor and ceil keep integers), as in PyTorch.
"""

import numpy as np

from mldlab import _dtype
from mldlab._ops._util import float_data
from mldlab.i18n import message
from mldlab.tensor import Tensor


def exp(x: Tensor) -> Tensor:
    """eˣ."""
    out = np.exp(float_data("exp", x))

    def backward(g):
        return (g * out,)  # ∂eˣ/∂x = eˣ

    return Tensor._from_op(out, "exp", (x,), backward)


def log(x: Tensor) -> Tensor:
    """ln x (−inf at 0 and nan below, as in PyTorch)."""
    data = float_data("log", x)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.log(data)

    def backward(g):
        with np.errstate(divide="ignore", invalid="ignore"):
            return (g / data,)  # ∂ln x/∂x = 1/x

    return Tensor._from_op(out, "log", (x,), backward)


def sqrt(x: Tensor) -> Tensor:
    """√x."""
    with np.errstate(invalid="ignore"):
        out = np.sqrt(float_data("sqrt", x))

    def backward(g):
        with np.errstate(divide="ignore", invalid="ignore"):
            return (g / (2 * out),)  # ∂√x/∂x = 1/(2√x)

    return Tensor._from_op(out, "sqrt", (x,), backward)


def abs(x: Tensor) -> Tensor:  # noqa: A001 (PyTorch's name)
    """|x|."""
    data = x._data

    def backward(g):
        return (g * np.sign(data),)  # ∂|x|/∂x = sign(x), 0 at 0

    return Tensor._from_op(np.abs(data), "abs", (x,), backward)


def sin(x: Tensor) -> Tensor:
    """sin x."""
    data = float_data("sin", x)

    def backward(g):
        return (g * np.cos(data),)  # ∂sin x/∂x = cos x

    return Tensor._from_op(np.sin(data), "sin", (x,), backward)


def cos(x: Tensor) -> Tensor:
    """cos x."""
    data = float_data("cos", x)

    def backward(g):
        return (-g * np.sin(data),)  # ∂cos x/∂x = −sin x

    return Tensor._from_op(np.cos(data), "cos", (x,), backward)


def clamp(x: Tensor, min=None, max=None) -> Tensor:  # noqa: A002
    """x limited to [min, max]; the gradient passes where min ≤ x ≤ max (PyTorch's rule)."""
    if min is None and max is None:
        raise ValueError(message("clamp_bounds"))
    data = x._data
    low = min._data if isinstance(min, Tensor) else min
    high = max._data if isinstance(max, Tensor) else max
    out = np.clip(data, low, high)
    if out.dtype != data.dtype:  # integers clamped by a float become float32, as in PyTorch
        bounds = [bound for bound in (min, max) if bound is not None]
        out = out.astype(data.dtype if data.dtype.kind == "f" else _dtype.result_type(x, *bounds))

    def backward(g):
        inside = np.ones(data.shape, dtype=bool)
        if low is not None:
            inside &= data >= low
        if high is not None:
            inside &= data <= high
        return (g * inside,)  # ∂clamp(x)/∂x = 1 inside [min, max], else 0

    return Tensor._from_op(out, "clamp", (x,), backward)


def round(input: Tensor, decimals: int = 0) -> Tensor:  # noqa: A001
    """x rounded to ``decimals`` decimal places, halves to even (2.5 → 2, as in PyTorch and NumPy).

    With decimals = d > 0: rint(x·10ᵈ)/10ᵈ; d < 0: rint(x/10⁻ᵈ)·10⁻ᵈ. The gradient is 0 everywhere (a step
    function), as in PyTorch.

    Examples
    --------
    >>> import mldlab
    >>> mldlab.round(mldlab.tensor([2.5, 3.5, 1.2345]), decimals=0)
    tensor([2., 4., 1.])
    """
    data = input._data
    if decimals and data.dtype.kind != "f":
        raise TypeError(message("round_integer", dtype=_dtype.dtype_name(data.dtype)))
    if decimals > 0:
        scale = data.dtype.type(10.0**decimals)
        out = np.rint(data * scale) / scale
    elif decimals < 0:
        scale = data.dtype.type(10.0**-decimals)
        out = np.rint(data / scale) * scale
    else:
        out = np.rint(data) if data.dtype.kind == "f" else data.copy()

    def backward(g):
        return (np.zeros_like(g),)  # ∂round(x)/∂x = 0 (almost everywhere)

    return Tensor._from_op(np.asarray(out), "round", (input,), backward)


def _step(x: Tensor, name: str, rounding) -> Tensor:
    """floor and ceil: integers stay as they are; the gradient is 0 (a step function), as in PyTorch."""
    data = x._data
    out = rounding(data) if data.dtype.kind == "f" else data.copy()

    def backward(g):
        return (np.zeros_like(g),)

    return Tensor._from_op(np.asarray(out), name, (x,), backward)


def floor(x: Tensor) -> Tensor:
    """⌊x⌋, the largest whole number ≤ x."""
    return _step(x, "floor", np.floor)


def ceil(x: Tensor) -> Tensor:
    """⌈x⌉, the smallest whole number ≥ x."""
    return _step(x, "ceil", np.ceil)


def log1p(x: Tensor) -> Tensor:
    """ln(1 + x), exact also for tiny x."""
    data = float_data("log1p", x)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.log1p(data)

    def backward(g):
        with np.errstate(divide="ignore", invalid="ignore"):
            return (g / (1 + data),)  # ∂ln(1 + x)/∂x = 1/(1 + x)

    return Tensor._from_op(out, "log1p", (x,), backward)
