"""Arithmetic: + − × ÷ **, negation and the matrix product ``@``.

Each op broadcasts like NumPy; the engine sums every gradient back to its input's shape.
"""

import numpy as np

from mldlab import _dtype
from mldlab._ops._util import broadcast_error, operands
from mldlab.i18n import message
from mldlab.tensor import Tensor


def add(a, b) -> Tensor:
    """a + b."""
    a, b, x, y = operands("add", a, b)
    try:
        out = x + y
    except ValueError:
        raise broadcast_error("add", x, y) from None

    def backward(g):
        return g, g  # ∂(a + b)/∂a = 1, ∂(a + b)/∂b = 1

    return Tensor._from_op(out, "add", (a, b), backward)


def sub(a, b) -> Tensor:
    """a − b. Like PyTorch, refuses bools (to flip a mask use ``~mask``)."""
    if (a.__class__ is bool or b.__class__ is bool
            or (isinstance(a, Tensor) and a._data.dtype is _dtype.bool_)
            or (isinstance(b, Tensor) and b._data.dtype is _dtype.bool_)):
        raise RuntimeError(message("sub_bool"))
    a, b, x, y = operands("sub", a, b)
    try:
        out = x - y
    except ValueError:
        raise broadcast_error("sub", x, y) from None

    def backward(g):
        return g, (-g if b._requires_grad else None)  # ∂(a − b)/∂b = −1

    return Tensor._from_op(out, "sub", (a, b), backward)


def mul(a, b) -> Tensor:
    """a · b (elementwise)."""
    a, b, x, y = operands("mul", a, b)
    try:
        out = x * y
    except ValueError:
        raise broadcast_error("mul", x, y) from None

    def backward(g):
        # ∂(a·b)/∂a = b, ∂(a·b)/∂b = a
        return (g * y if a._requires_grad else None), (g * x if b._requires_grad else None)

    return Tensor._from_op(out, "mul", (a, b), backward)


def div(a, b) -> Tensor:
    """a / b (true division: integers give floats, as in PyTorch)."""
    a, b, x, y = operands("div", a, b)
    if x.dtype.kind != "f":
        x, y = x.astype(_dtype.DEFAULT_FLOAT), y.astype(_dtype.DEFAULT_FLOAT)
    try:
        with np.errstate(divide="ignore", invalid="ignore"):
            out = x / y
    except ValueError:
        raise broadcast_error("div", x, y) from None

    def backward(g):
        # ∂(a/b)/∂a = 1/b, ∂(a/b)/∂b = −a/b²
        ga = g / y if a._requires_grad else None
        gb = -g * x / (y * y) if b._requires_grad else None
        return ga, gb

    return Tensor._from_op(out, "div", (a, b), backward)


def neg(a: Tensor) -> Tensor:
    """−a."""
    if a._data.dtype == _dtype.bool_:
        raise TypeError(message("neg_bool"))

    def backward(g):
        return (-g,)

    return Tensor._from_op(-a._data, "neg", (a,), backward)


def pow(a, b) -> Tensor:  # noqa: A001 (PyTorch's name)
    """aᵇ."""
    a, b, x, y = operands("pow", a, b)
    try:
        with np.errstate(divide="ignore", invalid="ignore"):
            out = np.power(x, y)
    except ValueError as error:
        if "broadcast" in str(error):
            raise broadcast_error("pow", x, y) from None
        raise ValueError(message("pow_int_negative")) from None

    def backward(g):
        ga = gb = None
        with np.errstate(divide="ignore", invalid="ignore"):
            if a._requires_grad:
                ga = g * y * np.power(x, y - 1)  # ∂aᵇ/∂a = b·aᵇ⁻¹
                ga = np.where(y == 0, 0, ga).astype(x.dtype, copy=False)
            if b._requires_grad:
                gb = g * out * np.log(x)  # ∂aᵇ/∂b = aᵇ·ln a
                gb = np.where((x == 0) & (y >= 0), 0, gb).astype(x.dtype, copy=False)
        return ga, gb

    return Tensor._from_op(out, "pow", (a, b), backward)


def matmul(a, b) -> Tensor:
    """The matrix product a @ b (1-D vectors, matrices and batches of matrices, as ``torch.matmul``)."""
    if not isinstance(a, Tensor) or not isinstance(b, Tensor):
        raise TypeError(message("matmul_type", a=type(a).__name__, b=type(b).__name__))
    a, b, x, y = operands("matmul", a, b)
    if x.ndim == 0 or y.ndim == 0:
        raise RuntimeError(message("matmul_0d", a=tuple(x.shape), b=tuple(y.shape)))
    k_a = x.shape[-1]
    k_b = y.shape[-2] if y.ndim > 1 else y.shape[0]
    if k_a != k_b:
        raise ValueError(message("matmul_shape", a=tuple(x.shape), b=tuple(y.shape), ka=k_a, kb=k_b))
    try:
        out = np.matmul(x, y)
    except ValueError:
        raise ValueError(message("matmul_batch", a=tuple(x.shape), b=tuple(y.shape))) from None

    def backward(g):
        # out = a·b  ⇒  ∂J/∂a = ∂J/∂out · bᵀ,  ∂J/∂b = aᵀ · ∂J/∂out
        if x.ndim == 1 and y.ndim == 1:
            return (g * y if a._requires_grad else None), (g * x if b._requires_grad else None)
        x2 = x[None, :] if x.ndim == 1 else x
        y2 = y[:, None] if y.ndim == 1 else y
        g2 = g
        if x.ndim == 1:
            g2 = np.expand_dims(g2, -2)
        if y.ndim == 1:
            g2 = np.expand_dims(g2, -1)
        ga = gb = None
        if a._requires_grad:
            ga = np.matmul(g2, np.swapaxes(y2, -1, -2))
            if x.ndim == 1:
                ga = ga.reshape(ga.shape[:-2] + ga.shape[-1:])
        if b._requires_grad:
            if x2.ndim == 2 and g2.ndim == 2:
                gb = x2.T @ g2
            else:
                gb = np.matmul(np.swapaxes(x2, -1, -2), g2)
            if y.ndim == 1:
                gb = gb[..., 0]
        return ga, gb

    return Tensor._from_op(out, "matmul", (a, b), backward)
