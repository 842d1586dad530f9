"""Helpers shared by the ops: turning Python numbers into tensors and summing gradients back to shape."""

import numpy as np

from mldlab import _dtype
from mldlab.i18n import message
from mldlab.tensor import Tensor


def unbroadcast(grad: np.ndarray, shape: tuple) -> np.ndarray:
    """Sum ``grad`` back to ``shape``: the adjoint of broadcasting is summation.

    Broadcasting copies an input along new leading axes and along axes of length 1; every copy sent its
    own gradient back, so the input's gradient is their sum.
    """
    if grad.shape == shape:
        return grad
    extra = grad.ndim - len(shape)
    if extra:
        grad = grad.sum(axis=tuple(range(extra)))
    axes = tuple(i for i, n in enumerate(shape) if n == 1 and grad.shape[i] != 1)
    if axes:
        grad = grad.sum(axis=axes, keepdims=True)
    return grad.reshape(shape)


def as_tensor(value, dtype=None) -> Tensor:
    """``value`` itself if it is a tensor, otherwise a constant tensor holding it."""
    if isinstance(value, Tensor):
        return value
    if dtype is None:
        if isinstance(value, (bool, np.bool_)):
            dtype = _dtype.bool_
        elif isinstance(value, (int, np.integer)):
            dtype = _dtype.int64
        else:
            dtype = _dtype.DEFAULT_FLOAT
    return Tensor._make(np.asarray(value, dtype=dtype))


def operands(op: str, a, b):
    """Both operands as tensors of PyTorch's result dtype, and their arrays."""
    if isinstance(a, Tensor) and isinstance(b, Tensor) and a._data.dtype == b._data.dtype:
        return a, b, a._data, b._data
    dtype = _dtype.result_type(a, b)
    a = as_tensor(a, dtype)
    b = as_tensor(b, dtype)
    x = a._data if a._data.dtype == dtype else a._data.astype(dtype)
    y = b._data if b._data.dtype == dtype else b._data.astype(dtype)
    return a, b, x, y


def float_data(op: str, x: Tensor) -> np.ndarray:
    """The array of ``x``, as the default float type when ``x`` holds integers (as PyTorch does)."""
    data = x._data
    if data.dtype.kind == "f":
        return data
    return data.astype(_dtype.DEFAULT_FLOAT)


def normalize_dim(op: str, dim: int, ndim: int) -> int:
    """``dim`` as a non-negative axis, or a clear error naming the op and the valid range."""
    size = max(ndim, 1)
    if not isinstance(dim, (int, np.integer)) or not -size <= dim < size:
        raise IndexError(message("dim_out_of_range", op=op, dim=dim, low=-size, high=size - 1, ndim=ndim))
    return int(dim) % size


def normalize_dims(op: str, dim, ndim: int):
    """``None`` (all axes) or a tuple of non-negative axes (empty for a 0-dim tensor, which has none)."""
    if dim is None:
        return None
    if isinstance(dim, (tuple, list)):
        axes = tuple(normalize_dim(op, d, ndim) for d in dim)
    else:
        axes = (normalize_dim(op, dim, ndim),)
    return axes if ndim else ()


def broadcast_error(op: str, a: np.ndarray, b: np.ndarray) -> ValueError:
    """The error for operands whose shapes do not broadcast."""
    return ValueError(message("broadcast", op=op, a=tuple(a.shape), b=tuple(b.shape)))
