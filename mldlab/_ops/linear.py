"""The dense layer's computation as one graph node: z = x Wᵀ + b (the slide's zᵢ = w₀,ᵢ + Σⱼ xⱼ wⱼ,ᵢ).

One node instead of three (transpose, matmul, add) keeps the graph short and the step fast.
"""

from mldlab._ops._util import operands
from mldlab.i18n import message
from mldlab.tensor import Tensor


def linear(x: Tensor, weight: Tensor, bias: Tensor | None = None) -> Tensor:
    """z = x Wᵀ + b, with W of shape (out_features, in_features) as in PyTorch."""
    x, weight, xd, w = operands("linear", x, weight)
    if w.ndim != 2 or xd.ndim == 0 or xd.shape[-1] != w.shape[1]:
        raise ValueError(message("linear_input", out=w.shape[0], inp=w.shape[1] if w.ndim == 2 else "?",
                                 shape=tuple(xd.shape)))
    z = xd @ w.T
    if bias is not None:
        z += bias._data
        inputs = (x, weight, bias)
    else:
        inputs = (x, weight)

    def backward(g):
        # ∂J/∂x = g·W,  ∂J/∂W = gᵀ·x,  ∂J/∂b = Σ g over the batch
        g2 = g.reshape(-1, g.shape[-1]) if g.ndim != 2 else g
        x2 = xd.reshape(-1, xd.shape[-1]) if xd.ndim != 2 else xd
        gx = g @ w if x._requires_grad else None
        gw = g2.T @ x2 if weight._requires_grad else None
        if bias is None:
            return gx, gw
        gb = g2.sum(axis=0) if bias._requires_grad else None
        return gx, gw, gb

    return Tensor._from_op(z, "linear", inputs, backward)
