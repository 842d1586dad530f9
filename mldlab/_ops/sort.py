"""Ordering: sort, argsort, msort, topk. The values carry a gradient; the indices do not.

Sorting only moves values, so the gradient moves back the same way: element j of the sorted values came from
position indices[j], and ∂J/∂x[indices[j]] = ∂J/∂values[j] (the rest of x, left out by topk, gets 0).

Ties keep their original order (a stable sort), and NaN counts as larger than every number, as in PyTorch.
"""

from collections import namedtuple

import numpy as np

from mldlab import _dtype
from mldlab._aliases import numpy_aliases
from mldlab._ops._util import normalize_dim
from mldlab.i18n import message
from mldlab.tensor import Tensor

Sorted = namedtuple("Sorted", ["values", "indices"])


def _order(data: np.ndarray, axis: int, descending: bool) -> np.ndarray:
    """The indices that sort ``data`` along ``axis``, stably, NaN last (first when descending)."""
    if not descending:
        return np.argsort(data, axis=axis, kind="stable")
    # sort the reversed data ascending and read the result backwards: the largest come first and ties
    # keep their original order
    n = data.shape[axis]
    reversed_order = np.argsort(np.flip(data, axis), axis=axis, kind="stable")
    return np.flip(n - 1 - reversed_order, axis)


def _gather(x: Tensor, indices: np.ndarray, axis: int, op: str) -> Tensor:
    """The values of ``x`` at ``indices`` along ``axis``, in the graph."""
    data = x._data
    shape = data.shape

    def backward(g):
        grad = np.zeros(shape, dtype=g.dtype)
        np.put_along_axis(grad, indices, g, axis=axis)  # each value's gradient goes back where it came from
        return (grad,)

    return Tensor._from_op(np.take_along_axis(data, indices, axis=axis), op, (x,), backward)


@numpy_aliases
def sort(input: Tensor, dim: int = -1, descending: bool = False, stable: bool = False) -> Sorted:
    """``(values, indices)``: ``input`` sorted along ``dim`` (ascending unless ``descending``).

    ``stable`` is accepted for PyTorch's signature: the sort is always stable here.

    Examples
    --------
    >>> import mldlab
    >>> mldlab.sort(mldlab.tensor([3.0, 1.0, 2.0]), descending=True)
    Sorted(values=tensor([3., 2., 1.]), indices=tensor([0, 2, 1]))
    """
    if input.ndim == 0:
        return Sorted(_gather(input.reshape(1), np.zeros(1, np.int64), 0, "sort").reshape(()),
                      Tensor._make(np.zeros((), _dtype.int64)))
    axis = normalize_dim("sort", dim, input.ndim)
    indices = _order(input._data, axis, descending)
    return Sorted(_gather(input, indices, axis, "sort"), Tensor._make(indices.astype(_dtype.int64)))


@numpy_aliases
def argsort(input: Tensor, dim: int = -1, descending: bool = False, stable: bool = False) -> Tensor:
    """The indices that sort ``input`` along ``dim``: ``sort(...).indices``."""
    return sort(input, dim, descending, stable).indices


def msort(input: Tensor) -> Tensor:
    """``input`` sorted along its first dimension: ``sort(input, dim=0).values``."""
    return sort(input, 0).values


def topk(input: Tensor, k: int, dim: int = -1, largest: bool = True, sorted: bool = True) -> Sorted:  # noqa: A002
    """``(values, indices)`` of the ``k`` largest (or smallest, ``largest=False``) elements along ``dim``.

    Examples
    --------
    >>> import mldlab
    >>> scores = mldlab.tensor([[0.1, 0.7, 0.2], [0.5, 0.1, 0.4]])
    >>> scores.topk(2).indices
    tensor([[1, 2],
            [0, 2]])
    """
    if input.ndim == 0:
        if k not in (0, 1):
            raise RuntimeError(message("topk_k", k=k, n=1))
        return sort(input) if k else Sorted(input.reshape(1)[:0], Tensor._make(np.zeros(0, _dtype.int64)))
    axis = normalize_dim("topk", dim, input.ndim)
    n = input.shape[axis]
    if not isinstance(k, (int, np.integer)) or isinstance(k, bool) or not 0 <= k <= n:
        raise RuntimeError(message("topk_k", k=k, n=n))
    indices = np.take(_order(input._data, axis, largest), np.arange(k), axis=axis)
    return Sorted(_gather(input, indices, axis, "topk"), Tensor._make(indices.astype(_dtype.int64)))
