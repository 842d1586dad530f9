"""The product of elements ``prod``, with its gradient.

    prod:  P = Π xᵢ            ∂P/∂xₖ = Π_{i ≠ k} xᵢ = (Π_{i < k} xᵢ) · (Π_{i > k} xᵢ)

The gradient is the product of the elements before k times those after k (two running products), not P / xₖ,
so a zero among the xᵢ gives the right gradient instead of 0 / 0.

Examples
--------
>>> import mldlab
>>> x = mldlab.tensor([2.0, 0.0, 3.0], requires_grad=True)
>>> x.prod().backward()
>>> x.grad
tensor([0., 6., 0.])
>>> mldlab.tensor([[1, 2], [3, 4]]).prod(dim=1)
tensor([ 2, 12])
"""

import numpy as np

from mldlab import _dtype
from mldlab._ops._util import normalize_dim
from mldlab.tensor import Tensor


def _others(x: np.ndarray, axis: int) -> np.ndarray:
    """Π_{i ≠ k} xᵢ along ``axis`` for every k: the running product from the left times the one from the right."""
    n = x.shape[axis]
    if n == 0:
        return x
    ones = np.ones_like(np.take(x, [0], axis=axis))
    before = np.cumprod(np.concatenate([ones, np.take(x, np.arange(n - 1), axis=axis)], axis), axis)
    flipped = np.flip(x, axis)
    after = np.flip(np.cumprod(np.concatenate([ones, np.take(flipped, np.arange(n - 1), axis=axis)], axis), axis), axis)
    return before * after


def prod(input: Tensor, dim=None, keepdim: bool = False, dtype=None) -> Tensor:
    """Π x over ``dim`` (all elements when ``dim`` is None). Integers and booleans multiply as int64."""
    data = input._data
    if dtype is not None:
        data = data.astype(_dtype.to_dtype(dtype))
    elif data.dtype.kind in "biu":
        data = data.astype(_dtype.int64)
    whole = dim is None or data.ndim == 0
    work = data.reshape(-1) if whole else data
    axis = 0 if whole else normalize_dim("prod", dim, data.ndim)
    out = np.prod(work, axis=axis, keepdims=keepdim and not whole)
    shape = input.shape

    def backward(g):
        g = np.reshape(g, work.shape[:axis] + (1,) + work.shape[axis + 1:])
        return ((g * _others(work, axis)).reshape(shape),)  # ∂P/∂xₖ = Π_{i ≠ k} xᵢ

    return Tensor._from_op(np.asarray(out), "prod", (input,), backward)
