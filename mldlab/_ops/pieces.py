"""Cutting a tensor into pieces, tiling and reversing it: ``split``, ``chunk``, ``repeat``, ``flip``; and the
running sum ``cumsum``.

    split/chunk:  each piece is a slice of x, so its gradient goes back into that slice
    repeat:       out = x tiled r times along each axis   ∂J/∂x = the sum of ∂J/∂out over the copies
    cumsum:       outᵢ = Σ_{k ≤ i} xₖ                      ∂J/∂xₖ = Σ_{i ≥ k} ∂J/∂outᵢ (a cumulative sum from the end)

Examples
--------
>>> import mldlab
>>> mldlab.arange(5.0).split(2)
(tensor([0., 1.]), tensor([2., 3.]), tensor([4.]))
>>> mldlab.tensor([1.0, 2.0]).repeat(2)
tensor([1., 2., 1., 2.])
>>> mldlab.tensor([1, 2, 3]).cumsum(0)
tensor([1, 3, 6])
"""

import math

import numpy as np

from mldlab import _dtype
from mldlab._aliases import numpy_aliases
from mldlab._ops._util import normalize_dim
from mldlab.i18n import message
from mldlab.tensor import Tensor


def _slice(x: Tensor, axis: int, start: int, stop: int) -> Tensor:
    return x[(slice(None),) * axis + (slice(start, stop),)]


def split(tensor: Tensor, split_size_or_sections, dim: int = 0) -> tuple:
    """Pieces of ``split_size`` along ``dim`` (the last may be shorter), or of the given list of sizes."""
    axis = normalize_dim("split", dim, tensor.ndim)
    n = tensor.shape[axis]
    if isinstance(split_size_or_sections, (list, tuple)):
        sizes = [int(s) for s in split_size_or_sections]
        if sum(sizes) != n or min(sizes, default=0) < 0:
            raise RuntimeError(message("split_sections", sizes=sizes, n=n, dim=axis))
    else:
        size = int(split_size_or_sections)
        if size <= 0 and n:
            raise RuntimeError(message("split_size", size=size))
        sizes = [min(size, n - start) for start in range(0, n, size)] if n else [0]
    bounds = np.cumsum([0] + sizes)
    return tuple(_slice(tensor, axis, int(a), int(b)) for a, b in zip(bounds[:-1], bounds[1:], strict=True))


def chunk(input: Tensor, chunks: int, dim: int = 0) -> tuple:
    """At most ``chunks`` pieces of equal size ⌈n / chunks⌉ along ``dim`` (the last may be shorter)."""
    if chunks <= 0:
        raise RuntimeError(message("split_size", size=chunks))
    n = input.shape[normalize_dim("chunk", dim, input.ndim)]
    return split(input, max(math.ceil(n / chunks), 1), dim)


def repeat(input: Tensor, *sizes) -> Tensor:
    """``input`` tiled ``sizes[d]`` times along each axis (extra leading sizes add axes), as ``x.repeat``."""
    if len(sizes) == 1 and isinstance(sizes[0], (tuple, list)):
        sizes = tuple(sizes[0])
    sizes = tuple(int(s) for s in sizes)
    data = input._data
    if len(sizes) < data.ndim:
        raise RuntimeError(message("repeat_dims", sizes=sizes, ndim=data.ndim))
    source = (1,) * (len(sizes) - data.ndim) + data.shape
    out = np.tile(data.reshape(source), sizes)

    def backward(g):
        interleaved = g.reshape(tuple(v for pair in zip(sizes, source, strict=True) for v in pair))
        return (interleaved.sum(axis=tuple(range(0, 2 * len(sizes), 2))).reshape(data.shape),)

    return Tensor._from_op(out, "repeat", (input,), backward)


def flip(input: Tensor, *dims) -> Tensor:
    """The elements in reverse order along each of ``dims``; the gradient is flipped back the same way."""
    if len(dims) == 1 and isinstance(dims[0], (tuple, list)):
        dims = tuple(dims[0])
    axes = tuple(normalize_dim("flip", d, input.ndim) for d in dims)

    def backward(g):
        return (np.flip(g, axes),)

    return Tensor._from_op(np.flip(input._data, axes).copy(), "flip", (input,), backward)


@numpy_aliases
def cumsum(input: Tensor, dim: int, dtype=None) -> Tensor:
    """outᵢ = Σ_{k ≤ i} xₖ along ``dim``; integers and booleans add up as int64, as in PyTorch."""
    data = input._data
    axis = normalize_dim("cumsum", dim, data.ndim) if data.ndim else None
    if dtype is not None:
        data = data.astype(_dtype.to_dtype(dtype))
    elif data.dtype.kind in "biu":
        data = data.astype(_dtype.int64)
    out = np.cumsum(data, axis=axis).reshape(data.shape)

    def backward(g):
        if axis is None:
            return (g,)
        return (np.flip(np.cumsum(np.flip(g, axis), axis=axis), axis),)  # ∂J/∂xₖ = Σ_{i ≥ k} ∂J/∂outᵢ

    return Tensor._from_op(out, "cumsum", (input,), backward)
