"""Reductions: sum, mean, max, min, var, std (with ``dim`` and ``keepdim``), argmax, argmin.

The gradient of a reduction is spread back over the axes it removed: every summed element gets the
whole gradient, every averaged one 1/N of it.
"""

from collections import namedtuple

import numpy as np

from mldlab import _dtype
from mldlab._aliases import numpy_aliases
from mldlab._ops._util import float_data, normalize_dim, normalize_dims
from mldlab.i18n import message
from mldlab.tensor import Tensor

MaxMin = namedtuple("MaxMin", ["values", "indices"])


def _expand(g: np.ndarray, shape: tuple, axes, keepdim: bool) -> np.ndarray:
    """Give ``g`` back the reduced axes, then broadcast it to ``shape``."""
    if axes is not None and not keepdim:
        g = np.expand_dims(g, axes)
    return np.broadcast_to(g, shape)


def _count(shape: tuple, axes) -> int:
    if axes is None:
        return int(np.prod(shape, dtype=np.int64))
    return int(np.prod([shape[a] for a in axes], dtype=np.int64))


@numpy_aliases
def sum(x: Tensor, dim=None, keepdim: bool = False, dtype=None) -> Tensor:  # noqa: A001
    """Σ x over ``dim`` (all elements when ``dim`` is None). Integers and booleans sum to int64."""
    axes = normalize_dims("sum", dim, x.ndim)
    data = x._data
    if dtype is not None:
        data = data.astype(_dtype.to_dtype(dtype))
    elif data.dtype.kind in "biu":
        data = data.astype(_dtype.int64)
    out = data.sum(axis=axes, keepdims=keepdim)
    shape = x.shape

    def backward(g):
        return (_expand(g, shape, axes, keepdim),)  # ∂(Σ x)/∂xᵢ = 1

    return Tensor._from_op(np.asarray(out), "sum", (x,), backward)


@numpy_aliases
def mean(x: Tensor, dim=None, keepdim: bool = False, dtype=None) -> Tensor:
    """(1/N) Σ x over ``dim``."""
    axes = normalize_dims("mean", dim, x.ndim)
    data = x._data
    if dtype is not None:
        data = data.astype(_dtype.to_dtype(dtype))
    if data.dtype.kind != "f":
        raise TypeError(message("mean_dtype", dtype=_dtype.dtype_name(data.dtype)))
    out = np.asarray(data.mean(axis=axes, keepdims=keepdim))
    shape = x.shape
    n = _count(shape, axes)

    def backward(g):
        return (_expand(g / n, shape, axes, keepdim),)  # ∂(mean x)/∂xᵢ = 1/N

    return Tensor._from_op(out, "mean", (x,), backward)


def _extreme(x: Tensor, dim, keepdim: bool, name: str, pick, arg):
    """max/min: over everything (ties share the gradient equally, as in PyTorch) or along one axis."""
    data = x._data
    if data.size == 0:
        raise RuntimeError(message("reduce_empty", op=name))
    if dim is None:
        out = np.asarray(pick(data))

        def backward(g):
            hits = data == out
            return (g * hits / hits.sum(),)  # the gradient goes to the extreme element(s)

        return Tensor._from_op(out, name, (x,), backward)
    axis = normalize_dim(name, dim, x.ndim)
    indices = np.expand_dims(arg(data, axis=axis), axis) if data.ndim else np.zeros((), np.int64)
    values = np.take_along_axis(data, indices, axis=axis) if data.ndim else data.copy()
    if not keepdim and data.ndim:
        values, indices = values.squeeze(axis), indices.squeeze(axis)
    shape = x.shape

    def backward(g):
        full = np.zeros(shape, dtype=g.dtype)
        if not data.ndim:
            return (g + full,)
        index = indices if keepdim else np.expand_dims(indices, axis)
        grad = g if keepdim else np.expand_dims(g, axis)
        np.put_along_axis(full, index, grad, axis=axis)  # only the chosen element gets the gradient
        return (full,)

    out = Tensor._from_op(values, name, (x,), backward)
    return MaxMin(out, Tensor._make(indices.astype(_dtype.int64)))


@numpy_aliases
def max(x: Tensor, dim=None, keepdim: bool = False):  # noqa: A001
    """The largest element; with ``dim``, ``(values, indices)`` along that axis; with a tensor, ``maximum``."""
    if isinstance(dim, Tensor):
        from mldlab._ops.combine import maximum

        return maximum(x, dim)
    return _extreme(x, dim, keepdim, "max", np.max, np.argmax)


@numpy_aliases
def min(x: Tensor, dim=None, keepdim: bool = False):  # noqa: A001
    """The smallest element; with ``dim``, ``(values, indices)`` along that axis; with a tensor, ``minimum``."""
    if isinstance(dim, Tensor):
        from mldlab._ops.combine import minimum

        return minimum(x, dim)
    return _extreme(x, dim, keepdim, "min", np.min, np.argmin)


def _extreme_over(x: Tensor, dim, keepdim: bool, name: str, pick) -> Tensor:
    """amax/amin: the extreme over one or more axes; ties share the gradient equally."""
    axes = normalize_dims(name, dim, x.ndim)
    data = x._data
    out = np.asarray(pick(data, axis=axes, keepdims=True))

    def backward(g):
        hits = data == out
        if axes is not None and not keepdim:
            g = np.expand_dims(g, axes)
        return (g * hits / hits.sum(axis=axes, keepdims=True),)

    result = out if keepdim else (out.squeeze(axes) if axes is not None else out.reshape(()))
    return Tensor._from_op(np.asarray(result), name, (x,), backward)


@numpy_aliases
def amax(x: Tensor, dim=None, keepdim: bool = False) -> Tensor:
    """The largest elements over ``dim`` (one axis or several)."""
    return _extreme_over(x, dim, keepdim, "amax", np.max)


@numpy_aliases
def amin(x: Tensor, dim=None, keepdim: bool = False) -> Tensor:
    """The smallest elements over ``dim`` (one axis or several)."""
    return _extreme_over(x, dim, keepdim, "amin", np.min)


def _correction(op: str, unbiased, correction) -> float:
    if correction is not None:
        if unbiased is not None:
            raise ValueError(message("var_correction", op=op))
        return correction
    return 1 if unbiased is None or unbiased else 0


@numpy_aliases
def var(x: Tensor, dim=None, unbiased=None, keepdim: bool = False, correction=None) -> Tensor:
    """s² = Σ (x − x̄)² / (N − correction); correction = 1 (Bessel's) by default, as in PyTorch."""
    axes = normalize_dims("var", dim, x.ndim)
    data = float_data("var", x)
    c = _correction("var", unbiased, correction)
    n = _count(x.shape, axes)
    centered = data - data.mean(axis=axes, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.asarray((centered * centered).sum(axis=axes, keepdims=keepdim) / (n - c))

    def backward(g):
        if axes is not None and not keepdim:
            g = np.expand_dims(g, axes)
        return (g * 2 * centered / (n - c),)  # ∂s²/∂xᵢ = 2(xᵢ − x̄)/(N − c)

    return Tensor._from_op(out.astype(data.dtype, copy=False), "var", (x,), backward)


@numpy_aliases
def std(x: Tensor, dim=None, unbiased=None, keepdim: bool = False, correction=None) -> Tensor:
    """s = √(Σ (x − x̄)² / (N − correction))."""
    axes = normalize_dims("std", dim, x.ndim)
    data = float_data("std", x)
    c = _correction("std", unbiased, correction)
    n = _count(x.shape, axes)
    centered = data - data.mean(axis=axes, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.sqrt((centered * centered).sum(axis=axes, keepdims=True) / (n - c)).astype(data.dtype, copy=False)

    def backward(g):
        if axes is not None and not keepdim:
            g = np.expand_dims(g, axes)
        with np.errstate(divide="ignore", invalid="ignore"):
            g = np.where(out == 0, 0, g / out)  # PyTorch's rule: no gradient where s = 0
            return (g * centered / (n - c),)  # ∂s/∂xᵢ = (xᵢ − x̄)/((N − c)·s)

    result = out if keepdim else (out.squeeze(axes) if axes is not None else out.reshape(()))
    return Tensor._from_op(np.asarray(result), "std", (x,), backward)


@numpy_aliases
def argmax(x: Tensor, dim=None, keepdim: bool = False) -> Tensor:
    """The index of the largest element (of the flattened tensor when ``dim`` is None)."""
    return _arg(x, dim, keepdim, np.argmax, "argmax")


@numpy_aliases
def argmin(x: Tensor, dim=None, keepdim: bool = False) -> Tensor:
    """The index of the smallest element."""
    return _arg(x, dim, keepdim, np.argmin, "argmin")


def _arg(x: Tensor, dim, keepdim: bool, arg, name: str) -> Tensor:
    data = x._data
    if dim is None:
        out = np.asarray(arg(data))
        if keepdim:
            out = out.reshape((1,) * data.ndim)
    else:
        axis = normalize_dim(name, dim, data.ndim)
        out = arg(data, axis=axis, keepdims=keepdim) if data.ndim else np.asarray(0)
    return Tensor._make(np.asarray(out, dtype=_dtype.int64))
