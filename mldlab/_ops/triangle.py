"""Where the nonzero elements are, and the triangles of a matrix: ``nonzero``, ``tril``, ``triu``.

    tril(X, k):  out[i][j] = X[i][j] if j − i ≤ k, else 0     (the lower triangle; k = 0 keeps the diagonal)
    triu(X, k):  out[i][j] = X[i][j] if j − i ≥ k, else 0     ∂J/∂X = ∂J/∂out on the kept triangle, 0 elsewhere
    nonzero(x):  the positions (one row of indices per element) where x ≠ 0; ``torch.where(cond)`` is
                 ``nonzero(cond, as_tuple=True)``

A causal attention mask is ``torch.tril(torch.ones(n, n))``: position i may look at positions j ≤ i only.

Examples
--------
>>> import mldlab
>>> mldlab.tril(mldlab.ones(3, 3))
tensor([[1., 0., 0.],
        [1., 1., 0.],
        [1., 1., 1.]])
>>> mldlab.tensor([[0, 2], [3, 0]]).nonzero()
tensor([[0, 1],
        [1, 0]])
"""

import numpy as np

from mldlab import _dtype
from mldlab.i18n import message
from mldlab.tensor import Tensor


def _triangle(op: str, input: Tensor, diagonal: int, keep) -> Tensor:
    data = input._data
    if data.ndim < 2:
        raise RuntimeError(message("triangle_ndim", op=op, shape=tuple(data.shape)))
    out = keep(data, int(diagonal))

    def backward(g):
        return (keep(g, int(diagonal)),)  # the zeroed triangle no longer depends on X

    return Tensor._from_op(out, op, (input,), backward)


def tril(input: Tensor, diagonal: int = 0) -> Tensor:
    """The lower triangle of the last two dimensions (j − i ≤ diagonal); zeros above."""
    return _triangle("tril", input, diagonal, np.tril)


def triu(input: Tensor, diagonal: int = 0) -> Tensor:
    """The upper triangle of the last two dimensions (j − i ≥ diagonal); zeros below."""
    return _triangle("triu", input, diagonal, np.triu)


def nonzero(input: Tensor, *, as_tuple: bool = False):
    """The indices of the nonzero elements: an int64 tensor of shape (count, ndim), or one 1-D tensor per
    dimension with ``as_tuple=True``."""
    data = input._data if isinstance(input, Tensor) else np.asarray(input)
    positions = np.argwhere(data).astype(_dtype.int64)
    if as_tuple:
        return tuple(Tensor._make(np.ascontiguousarray(positions[:, d])) for d in range(max(data.ndim, 1)))
    return Tensor._make(positions)
