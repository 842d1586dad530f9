"""Picking and replacing elements by index or mask: ``gather``, ``masked_fill``. Both carry gradients.

    gather:       out[i][j] = x[i][index[i][j]]            (dim = 1; likewise for other dims)
                  ∂J/∂x[i][k] = Σ over j with index[i][j] = k of ∂J/∂out[i][j]   (a picked-twice element adds up)
    masked_fill:  out = value where mask, x elsewhere      ∂J/∂x = ∂J/∂out where not mask, 0 where mask

Examples
--------
The probability each row gives its own class (as in a DQN's Q(s, a) = q.gather(1, actions)):

>>> import mldlab
>>> q = mldlab.tensor([[0.1, 0.9], [0.8, 0.2]])
>>> q.gather(1, mldlab.tensor([[1], [0]]))
tensor([[0.9000],
        [0.8000]])
"""

import numpy as np

from mldlab import _dtype
from mldlab._ops._util import normalize_dim
from mldlab.i18n import message
from mldlab.tensor import Tensor


def gather(input: Tensor, dim: int, index: Tensor) -> Tensor:
    """The elements of ``input`` along ``dim`` at the positions ``index`` (an int64 tensor, same ndim)."""
    data, idx = input._data, index._data
    axis = normalize_dim("gather", dim, data.ndim)
    if idx.dtype != _dtype.int64 or idx.ndim != data.ndim or any(
            idx.shape[d] > data.shape[d] for d in range(data.ndim) if d != axis):
        raise RuntimeError(message("gather_index", shape=tuple(data.shape), index=tuple(idx.shape),
                                   dtype=_dtype.dtype_name(idx.dtype), dim=axis))
    size = data.shape[axis]
    if idx.size and (idx.min() < 0 or idx.max() >= size):
        bad = int(idx.max()) if idx.max() >= size else int(idx.min())
        raise RuntimeError(message("gather_range", value=bad, dim=axis, size=size))
    window = tuple(slice(None) if d == axis else slice(0, n) for d, n in enumerate(idx.shape))
    out = np.take_along_axis(data[window], idx, axis=axis)
    shape = data.shape

    def backward(g):
        grad = np.zeros(shape, dtype=g.dtype)
        positions = list(np.indices(idx.shape, sparse=True))
        positions[axis] = idx
        np.add.at(grad, tuple(positions), g)  # every pick sends its gradient back; repeated picks add
        return (grad, None)

    return Tensor._from_op(out, "gather", (input, index), backward)


def masked_fill(input: Tensor, mask: Tensor, value) -> Tensor:
    """``value`` where the boolean ``mask`` is True, ``input`` elsewhere (mask broadcasts to input's shape)."""
    m = mask._data if isinstance(mask, Tensor) else np.asarray(mask)
    if m.dtype != np.bool_:
        raise RuntimeError(message("masked_fill_mask", dtype=_dtype.dtype_name(m.dtype)))
    data = input._data
    fill = value._data if isinstance(value, Tensor) else value
    try:
        out = np.where(m, np.asarray(fill).astype(data.dtype), data)
    except ValueError:
        raise RuntimeError(message("broadcast", op="masked_fill", a=tuple(data.shape), b=tuple(m.shape))) from None
    if out.shape != data.shape:
        raise RuntimeError(message("broadcast", op="masked_fill", a=tuple(data.shape), b=tuple(m.shape)))

    def backward(g):
        return (np.where(m, np.zeros((), g.dtype), g),)  # the filled places no longer depend on x

    return Tensor._from_op(out, "masked_fill", (input,), backward)
