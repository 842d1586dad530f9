"""Vector norms ‖x‖_p: ``vector_norm`` (``linalg.vector_norm``), ``norm`` (``torch.norm``, ``x.norm()``).

    ‖x‖_p = (Σᵢ |xᵢ|ᵖ)^(1/p)        p = 2: the length √(Σ xᵢ²), p = 1: Σ |xᵢ|
    ‖x‖_∞ = maxᵢ |xᵢ|,  ‖x‖_−∞ = minᵢ |xᵢ|,  ‖x‖_0 = the number of xᵢ ≠ 0

Gradient, for finite p ≥ 1:  ∂‖x‖_p/∂xᵢ = sign(xᵢ)·|xᵢ|^(p−1) / ‖x‖_p^(p−1)   (p = 2: x/‖x‖, and 0 where ‖x‖ = 0);
for p = ±∞ the gradient goes to the largest (smallest) |xᵢ|, shared equally by ties.

Examples
--------
>>> import mldlab
>>> mldlab.tensor([3.0, 4.0]).norm()
tensor(5.)
"""

import math

import numpy as np

from mldlab._ops._util import float_data, normalize_dims
from mldlab.i18n import message
from mldlab.tensor import Tensor


def vector_norm(x: Tensor, ord=2, dim=None, keepdim: bool = False, dtype=None) -> Tensor:  # noqa: A002
    """‖x‖_ord over ``dim`` (all elements when None), as ``torch.linalg.vector_norm``."""
    if dtype is not None:
        x = x.to(dtype)
    p = float(ord)
    axes = normalize_dims("vector_norm", dim, x.ndim)
    data = float_data("vector_norm", x)
    a = np.abs(data)
    if p == math.inf:
        out = a.max(axis=axes, keepdims=True)
    elif p == -math.inf:
        out = a.min(axis=axes, keepdims=True)
    elif p == 0:
        out = (a != 0).sum(axis=axes, keepdims=True).astype(data.dtype)
    elif p == 1:
        out = a.sum(axis=axes, keepdims=True)
    elif p == 2:
        out = np.sqrt((data * data).sum(axis=axes, keepdims=True))
    else:
        out = ((a**p).sum(axis=axes, keepdims=True)) ** (1 / p)

    def backward(g):
        if not keepdim and axes is not None:
            g = np.expand_dims(g, axes)
        with np.errstate(divide="ignore", invalid="ignore"):
            if p in (math.inf, -math.inf):
                hits = a == out
                local = np.sign(data) * hits / hits.sum(axis=axes, keepdims=True)
            elif p == 0:
                local = np.zeros_like(data)
            elif p == 2:
                local = np.where(out == 0, 0, data / out)  # x/‖x‖
            else:
                local = np.where(out == 0, 0, np.sign(data) * a ** (p - 1) / out ** (p - 1))
        return (g * local,)

    result = out if keepdim else (out.squeeze(axes) if axes is not None else out.reshape(()))
    return Tensor._from_op(np.asarray(result, dtype=data.dtype), "norm", (x,), backward)


def norm(x: Tensor, p="fro", dim=None, keepdim: bool = False, dtype=None) -> Tensor:
    """``torch.norm``: the 2-norm for p = 'fro' (Frobenius, over the given dims or all), else ``vector_norm``."""
    if p == "fro":
        p = 2
    elif isinstance(p, str):
        raise ValueError(message("norm_order", p=p))
    return vector_norm(x, p, dim, keepdim, dtype)
