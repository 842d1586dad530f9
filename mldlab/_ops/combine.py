"""Ops on several tensors: maximum, minimum, where, cat, stack."""

import numpy as np

from mldlab import _dtype
from mldlab._aliases import numpy_aliases
from mldlab._ops._util import as_tensor, broadcast_error, normalize_dim, operands
from mldlab._ops.triangle import nonzero
from mldlab.i18n import message
from mldlab.tensor import Tensor


def maximum(a, b) -> Tensor:
    """The larger of a and b, element by element. Where they tie, each gets half the gradient (as PyTorch)."""
    return _pick(a, b, np.maximum, np.greater, "maximum")


def minimum(a, b) -> Tensor:
    """The smaller of a and b, element by element."""
    return _pick(a, b, np.minimum, np.less, "minimum")


def _pick(a, b, choose, wins, name: str) -> Tensor:
    a, b, x, y = operands(name, a, b)
    try:
        out = choose(x, y)
    except ValueError:
        raise broadcast_error(name, x, y) from None

    def backward(g):
        a_wins = wins(x, y)
        tie = x == y
        share_a = a_wins + 0.5 * tie
        return g * share_a.astype(g.dtype), g * (1 - share_a).astype(g.dtype)

    return Tensor._from_op(out, name, (a, b), backward)


def where(condition, x=None, y=None) -> Tensor:
    """x where ``condition`` holds, y elsewhere. The gradient goes to whichever was chosen.

    With the condition alone, ``where(condition)`` gives the positions where it holds, as
    ``nonzero(condition, as_tuple=True)`` (PyTorch's one-argument form)."""
    if x is None and y is None:
        return nonzero(condition, as_tuple=True)
    mask = condition._data if isinstance(condition, Tensor) else np.asarray(condition)
    if mask.dtype != np.bool_:
        mask = mask.astype(bool)
    dtype = _dtype.result_type(x, y)
    x, y = as_tensor(x, dtype), as_tensor(y, dtype)
    xd, yd = x._data.astype(dtype, copy=False), y._data.astype(dtype, copy=False)
    try:
        out = np.where(mask, xd, yd)
    except ValueError:
        raise ValueError(message("where_shape", c=tuple(mask.shape), x=tuple(xd.shape), y=tuple(yd.shape))) from None

    def backward(g):
        zero = np.zeros((), dtype=g.dtype)
        return None, np.where(mask, g, zero), np.where(mask, zero, g)

    return Tensor._from_op(out, "where", (Tensor._make(mask), x, y), backward)


def _check_list(name: str, tensors) -> list:
    if isinstance(tensors, Tensor) or not isinstance(tensors, (list, tuple)) or not tensors:
        raise TypeError(message("cat_list", op=name))
    return [as_tensor(t) for t in tensors]


@numpy_aliases
def cat(tensors, dim: int = 0) -> Tensor:
    """Join tensors along an existing axis ``dim``."""
    tensors = _check_list("cat", tensors)
    dtype = _dtype.result_type(*tensors)
    axis = normalize_dim("cat", dim, tensors[0].ndim)
    arrays = [t._data.astype(dtype, copy=False) for t in tensors]
    try:
        out = np.concatenate(arrays, axis=axis)
    except ValueError:
        raise ValueError(message("cat_shapes", op="cat", shapes=[tuple(a.shape) for a in arrays], dim=dim)) from None
    bounds = np.cumsum([a.shape[axis] for a in arrays])[:-1]

    def backward(g):
        return tuple(np.split(g, bounds, axis=axis))

    return Tensor._from_op(out, "cat", tuple(tensors), backward)


@numpy_aliases
def stack(tensors, dim: int = 0) -> Tensor:
    """Join tensors of one shape along a new axis ``dim``."""
    tensors = _check_list("stack", tensors)
    dtype = _dtype.result_type(*tensors)
    axis = normalize_dim("stack", dim, tensors[0].ndim + 1)
    arrays = [t._data.astype(dtype, copy=False) for t in tensors]
    try:
        out = np.stack(arrays, axis=axis)
    except ValueError:
        raise ValueError(message("cat_shapes", op="stack", shapes=[tuple(a.shape) for a in arrays], dim=dim)) from None

    def backward(g):
        return tuple(np.moveaxis(g, axis, 0))

    return Tensor._from_op(out, "stack", tuple(tensors), backward)
