"""The dense layer's computation as one graph node: z = x Wᵀ + b (the slide's zᵢ = w₀,ᵢ + Σⱼ xⱼ wⱼ,ᵢ).

One node instead of three (transpose, matmul, add) keeps the graph short and the step fast.
"""

import functools

import numpy as np

from mldlab import _dtype
from mldlab.i18n import message
from mldlab.tensor import Tensor


def linear(x: Tensor, weight: Tensor, bias: Tensor | None = None) -> Tensor:
    """z = x Wᵀ + b, with W of shape (out_features, in_features) as in PyTorch.

    Examples
    --------
    >>> import mldlab
    >>> x = mldlab.tensor([[-1.0, 2.0]])
    >>> W = mldlab.tensor([[3.0, -2.0]])
    >>> linear(x, W, mldlab.tensor([1.0]))      # 1 + 3·(−1) − 2·2
    tensor([[-6.]])
    """
    xd, w = x._data, weight._data
    if w.ndim != 2 or xd.ndim == 0 or xd.shape[-1] != w.shape[1]:
        inp = w.shape[1] if w.ndim == 2 else "?"
        raise ValueError(message("linear_input", out=w.shape[0], inp=inp, shape=tuple(xd.shape)))
    if xd.dtype != w.dtype:
        raise TypeError(message("linear_dtype", out=w.shape[0], inp=w.shape[1], dtype=_dtype.dtype_name(xd.dtype),
                                weight_dtype=_dtype.dtype_name(w.dtype)))
    z = xd.dot(w.T)
    if bias is not None:
        z += bias._data
        inputs = (x, weight, bias)
    else:
        inputs = (x, weight)

    def backward(g):
        # ∂J/∂x = g·W,  ∂J/∂W = gᵀ·x,  ∂J/∂b = Σ g over the batch
        g2 = g if g.ndim == 2 else g.reshape(-1, g.shape[-1])
        x2 = xd if xd.ndim == 2 else xd.reshape(-1, xd.shape[-1])
        gx = g.dot(w) if x._requires_grad else None
        gw = g2.T.dot(x2) if weight._requires_grad else None
        if bias is None:
            return gx, gw
        gb = _ones(len(g2), g2.dtype).dot(g2) if bias._requires_grad else None  # 1ᵀ·g: the column sums
        return gx, gw, gb

    backward.fresh_grads = True  # each array it returns is a new product, kept nowhere: .grad takes it uncopied
    return Tensor._from_op(z, "linear", inputs, backward)


@functools.lru_cache(maxsize=64)
def _ones(n: int, dtype: np.dtype) -> np.ndarray:
    """A read-only vector of n ones: 1ᵀ·g sums the rows of g, faster than g.sum(axis=0) for small batches."""
    ones = np.ones(n, dtype)
    ones.flags.writeable = False
    return ones
