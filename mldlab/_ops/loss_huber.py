"""Robust regression losses (7) Smooth L1 and (8) Huber: squared near the target, absolute far from it, so one
outlier pulls the weights with a bounded force. With d = f − y:

    (7) Smooth L1 (β):  lᵢ = ½dᵢ²/β        if |dᵢ| < β,   |dᵢ| − ½β     otherwise     ∂l/∂f = dᵢ/β  or  sign(dᵢ)
    (8) Huber (δ):      lᵢ = ½dᵢ²          if |dᵢ| < δ,   δ(|dᵢ| − ½δ)  otherwise     ∂l/∂f = dᵢ    or  δ·sign(dᵢ)

so Huber(δ) = δ · Smooth L1(β = δ), and Smooth L1 with β = 0 is the L1 loss. ``reduction`` as for every loss
(``mldlab._ops.loss``).

Examples
--------
>>> import mldlab
>>> from mldlab.nn import functional as F
>>> f, y = mldlab.tensor([0.5, 3.0]), mldlab.tensor([0.0, 0.0])
>>> F.smooth_l1_loss(f, y, reduction="none")       # ½·0.5², 3 − ½
tensor([0.1250, 2.5000])
>>> F.huber_loss(f, y, reduction="none", delta=2.0)  # ½·0.5², 2·(3 − 1)
tensor([0.1250, 4.0000])
"""

import numpy as np

from mldlab._ops._loss_util import _reduce, _upstream, check_reduction
from mldlab._ops.loss_regression import _regression_pair
from mldlab.i18n import message
from mldlab.tensor import Tensor


def _robust(op: str, input: Tensor, target: Tensor, reduction: str, threshold: float, scale: float) -> Tensor:
    """scale · (½d²/t where |d| < t, |d| − ½t elsewhere), t the threshold (β or δ), t = 0 meaning |d|."""
    check_reduction(op, reduction)
    f, y, dtype = _regression_pair(op, input, target)
    d = f - y
    near = np.abs(d) < threshold
    t = threshold if threshold > 0 else 1.0  # with t = 0 no |d| is near, so the quadratic branch is never used
    loss = scale * np.where(near, 0.5 * d * d / t, np.abs(d) - 0.5 * threshold)
    out = _reduce(loss.astype(dtype, copy=False), reduction, loss.size)

    def backward(g):
        gf = _upstream(g, reduction, loss.size) * scale * np.where(near, d / t, np.sign(d))  # d/t or sign(d)
        return gf, (-gf if target._requires_grad else None)

    return Tensor._from_op(out, op, (input, target), backward)


def smooth_l1_loss(input: Tensor, target: Tensor, *, reduction: str = "mean", beta: float = 1.0) -> Tensor:
    """(7) Smooth L1: ½d²/β where |d| < β, |d| − ½β elsewhere (β = 1 by default, as in PyTorch)."""
    if beta < 0:
        raise RuntimeError(message("smooth_l1_beta", value=beta))
    return _robust("smooth_l1_loss", input, target, reduction, float(beta), 1.0)


def huber_loss(input: Tensor, target: Tensor, *, reduction: str = "mean", delta: float = 1.0) -> Tensor:
    """(8) Huber: ½d² where |d| < δ, δ(|d| − ½δ) elsewhere (δ = 1 by default, as in PyTorch)."""
    if delta <= 0:
        raise RuntimeError(message("huber_delta", value=delta))
    return _robust("huber_loss", input, target, reduction, float(delta), float(delta))
