"""Writing elements by index, the reverse of ``gather``: ``scatter``, ``scatter_add``, and picking whole rows
with ``index_select``. All carry gradients; ``scatter_``, ``scatter_add_`` and ``masked_fill_`` change a tensor
outside the graph in place.

    scatter:      out = x, then out[i][index[i][j]] = src[i][j]         (dim = 1; likewise for other dims)
                  ∂J/∂x = ∂J/∂out where nothing was written, 0 where src was;  ∂J/∂src[i][j] = ∂J/∂out[i][index[i][j]]
    scatter_add:  out = x, then out[i][index[i][j]] += src[i][j]
                  ∂J/∂x = ∂J/∂out;  ∂J/∂src[i][j] = ∂J/∂out[i][index[i][j]]
    index_select: out = the slices x[..., index[k], ...] along dim, in the order of index
                  ∂J/∂x[..., m, ...] = Σ over k with index[k] = m of ∂J/∂out[..., k, ...]

Examples
--------
One-hot rows made by writing 1 at each label, as tutorials do with ``scatter_``:

>>> import mldlab
>>> labels = mldlab.tensor([[0], [2]])
>>> mldlab.zeros(2, 3).scatter_(1, labels, 1.0)
tensor([[1., 0., 0.],
        [0., 0., 1.]])
>>> mldlab.zeros(4).scatter_add(0, mldlab.tensor([0, 1, 1]), mldlab.ones(3))
tensor([1., 2., 0., 0.])
>>> mldlab.tensor([[1, 2], [3, 4], [5, 6]]).index_select(0, mldlab.tensor([2, 0]))
tensor([[5, 6],
        [1, 2]])
"""

import numpy as np

from mldlab import _dtype
from mldlab._ops import inplace
from mldlab._ops._util import normalize_dim
from mldlab._ops.gather import masked_fill
from mldlab.i18n import message
from mldlab.tensor import Tensor


def _positions(op: str, data: np.ndarray, dim: int, index: Tensor) -> tuple:
    """The places ``out[i][index[i][j]]`` (for dim = 1) as a NumPy index, after checking ``index``."""
    idx = index._data if isinstance(index, Tensor) else np.asarray(index)
    axis = normalize_dim(op, dim, data.ndim) if data.ndim else 0
    if idx.dtype != _dtype.int64 or idx.ndim != max(data.ndim, 1) or any(
            idx.shape[d] > data.shape[d] for d in range(data.ndim) if d != axis):
        raise RuntimeError(message("scatter_index", op=op, shape=tuple(data.shape), index=tuple(idx.shape),
                                   dtype=_dtype.dtype_name(idx.dtype), dim=axis))
    size = data.shape[axis] if data.ndim else 1
    if idx.size and (idx.min() < -size or idx.max() >= size):
        bad = int(idx.max()) if idx.max() >= size else int(idx.min())
        raise RuntimeError(message("index_op_range", op=op, value=bad, dim=axis, size=size))
    positions = list(np.indices(idx.shape, sparse=True))
    positions[axis] = idx % size
    return tuple(positions), idx.shape


def _source(src, shape: tuple, dtype) -> tuple:
    """``src`` cut to the index's shape (a tensor), or a number to write everywhere, as an array."""
    if isinstance(src, Tensor):
        window = tuple(slice(0, n) for n in shape)
        return src._data[window].astype(dtype, copy=False), src
    return np.asarray(src, dtype=dtype), None


def scatter(input: Tensor, dim: int, index: Tensor, src=None, *, value=None) -> Tensor:
    """A copy of ``input`` with ``src`` (a tensor, or the number ``value``) written at the places ``index`` names."""
    src = value if src is None else src
    data = input._data
    places, shape = _positions("scatter", data, dim, index)
    values, source = _source(src, shape, data.dtype)
    out = data.copy()
    out[places] = values

    def backward(g):
        grad_input = g.copy()
        grad_input[places] = 0  # the written places no longer depend on x
        if source is None:
            return (grad_input, None)
        grad_src = np.zeros(source.shape, dtype=g.dtype)
        grad_src[tuple(slice(0, n) for n in shape)] = g[places]
        return (grad_input, None, grad_src)

    inputs = (input, index) if source is None else (input, index, source)
    return Tensor._from_op(out, "scatter", inputs, backward)


def scatter_add(input: Tensor, dim: int, index: Tensor, src: Tensor) -> Tensor:
    """A copy of ``input`` with each ``src[i][j]`` added at ``index[i][j]``; places named twice add up."""
    data = input._data
    places, shape = _positions("scatter_add", data, dim, index)
    values, source = _source(src, shape, data.dtype)
    out = data.copy()
    np.add.at(out, places, values)

    def backward(g):
        grad_src = np.zeros(source.shape, dtype=g.dtype)
        grad_src[tuple(slice(0, n) for n in shape)] = g[places]
        return (g, None, grad_src)

    return Tensor._from_op(out, "scatter_add", (input, index, source), backward)


def index_select(input: Tensor, dim: int, index: Tensor) -> Tensor:
    """The slices of ``input`` along ``dim`` at the positions of the 1-D integer tensor ``index``."""
    data = input._data
    idx = index._data if isinstance(index, Tensor) else np.asarray(index)
    axis = normalize_dim("index_select", dim, data.ndim) if data.ndim else 0
    if idx.dtype.kind not in "iu" or idx.ndim > 1:
        raise RuntimeError(message("index_select_index", shape=tuple(idx.shape), dtype=_dtype.dtype_name(idx.dtype)))
    idx = idx.reshape(-1)
    size = data.shape[axis] if data.ndim else 1
    if idx.size and (idx.min() < 0 or idx.max() >= size):
        bad = int(idx.max()) if idx.max() >= size else int(idx.min())
        raise IndexError(message("index_op_range", op="index_select", value=bad, dim=axis, size=size))
    out = np.take(data.reshape(data.shape or (1,)), idx, axis=axis).reshape(
        data.shape[:axis] + idx.shape + data.shape[axis + 1:] if data.ndim else ())

    def backward(g):
        grad = np.zeros(data.shape or (1,), dtype=g.dtype)
        picked = g.reshape(grad.shape[:axis] + idx.shape + grad.shape[axis + 1:])
        np.add.at(grad, (slice(None),) * axis + (idx,), picked)
        return (grad.reshape(data.shape), None)  # a row picked twice gets both gradients

    return Tensor._from_op(out, "index_select", (input, index), backward)


def scatter_(input: Tensor, dim: int, index: Tensor, src=None, *, value=None) -> Tensor:
    """``scatter`` written into ``input`` itself (outside the graph, as every in-place change)."""
    return inplace.copy(input, scatter(input.detach(), dim, index, value if src is None else src), "scatter_")


def scatter_add_(input: Tensor, dim: int, index: Tensor, src: Tensor) -> Tensor:
    """``scatter_add`` written into ``input`` itself."""
    return inplace.copy(input, scatter_add(input.detach(), dim, index, src), "scatter_add_")


def masked_fill_(input: Tensor, mask: Tensor, value) -> Tensor:
    """``masked_fill`` written into ``input`` itself."""
    return inplace.copy(input, masked_fill(input.detach(), mask, value), "masked_fill_")
