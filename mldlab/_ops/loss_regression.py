"""Regression losses (1) MSE and (2) L1: the distance between the prediction f and a real-valued target y.

The formulas of all six losses, and what ``reduction`` means, are in ``mldlab._ops.loss``.
"""

import warnings

import numpy as np

from mldlab._ops._loss_util import _array, _as, _float_dtype, _reduce, _shape_hint, _upstream, check_reduction
from mldlab._ops._util import broadcast_error
from mldlab.i18n import message
from mldlab.tensor import Tensor


def _regression_pair(op: str, input: Tensor, target: Tensor):
    """Both arrays in their common float dtype; like PyTorch, different shapes broadcast with a warning."""
    f = _array(op, "input", input)
    y = _array(op, "target", target)
    dtype = f.dtype if f.dtype == y.dtype and f.dtype.kind == "f" else _float_dtype(op, input, target)
    f, y = _as(f, dtype), _as(y, dtype)
    if f.shape != y.shape:
        try:
            shape = np.broadcast_shapes(f.shape, y.shape)
        except ValueError:
            raise broadcast_error(op, f, y) from None
        warnings.warn(message("loss_broadcast", op=op, input=f.shape, target=y.shape, shape=shape,
                              hint=_shape_hint(f.shape, y.shape)), stacklevel=3)
    return f, y, dtype


def _sample_weight(op: str, weight, f: np.ndarray, dtype: np.dtype):
    if weight is None:
        return None
    w = _as(_array(op, "weight", weight), dtype)
    if w.shape != f.shape:
        raise ValueError(message("loss_weight_size", op=op, input=f.shape, weight=w.shape))
    return w


def mse_loss(input: Tensor, target: Tensor, *, reduction: str = "mean", weight: Tensor | None = None) -> Tensor:
    """(1) Mean squared error J(W) = 1/n Σ (y − f)².

    Parameters
    ----------
    input : Tensor
        The predictions f.
    target : Tensor
        The targets y, of the same shape (other shapes broadcast, with a warning, as in PyTorch).
    reduction : {'mean', 'sum', 'none'}, default 'mean'
    weight : Tensor, optional
        A weight wᵢ per element, of the input's shape: 'mean' is then Σ wᵢ(yᵢ − fᵢ)² / Σ wᵢ (as in PyTorch).

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.nn import functional as F
    >>> F.mse_loss(mldlab.tensor([1.0, 2.0]), mldlab.tensor([1.0, 4.0]))
    tensor(2.)
    """
    op = "mse_loss"
    check_reduction(op, reduction)
    f, y, dtype = _regression_pair(op, input, target)
    w = _sample_weight(op, weight, f, dtype)
    d = f - y
    loss = d * d  # (y − f)²
    if w is not None:
        loss *= w
    n = loss.size if w is None else w.sum()
    out = _reduce(loss, reduction, n)

    def backward(g):
        gf = _upstream(g, reduction, n) * 2 * d  # ∂J/∂f = 2(f − y)/n
        if w is not None:
            gf = gf * w
        return gf, (-gf if target._requires_grad else None)

    return Tensor._from_op(out, "mse_loss", (input, target), backward)


def l1_loss(input: Tensor, target: Tensor, *, reduction: str = "mean", weight: Tensor | None = None) -> Tensor:
    """(2) Mean absolute error J(W) = 1/n Σ |y − f|; the arguments are those of ``mse_loss``.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.nn import functional as F
    >>> F.l1_loss(mldlab.tensor([1.0, 2.0]), mldlab.tensor([1.0, 4.0]))
    tensor(1.)
    """
    op = "l1_loss"
    check_reduction(op, reduction)
    f, y, dtype = _regression_pair(op, input, target)
    w = _sample_weight(op, weight, f, dtype)
    d = f - y
    loss = np.abs(d)
    if w is not None:
        loss *= w
    n = loss.size if w is None else w.sum()
    out = _reduce(loss, reduction, n)

    def backward(g):
        gf = _upstream(g, reduction, n) * np.sign(d)  # ∂J/∂f = sign(f − y)/n
        if w is not None:
            gf = gf * w
        return gf, (-gf if target._requires_grad else None)

    return Tensor._from_op(out, "l1_loss", (input, target), backward)
