"""Binary classification losses (3) BCE on probabilities and (4) BCE on logits, with the sigmoid fused in.

The formulas of all six losses, and what ``reduction`` means, are in ``mldlab._ops.loss``.
"""

import numpy as np

from mldlab import _dtype
from mldlab._ops._loss_util import _array, _as, _float_dtype, _reduce, _shape_hint, _upstream, check_reduction
from mldlab.i18n import message
from mldlab.tensor import Tensor

_BCE_EPSILON = float(np.float32(1e-12))  # PyTorch keeps f(1 − f) ≥ 1e-12 rounded to float32


def _check_same_shape(op: str, f: np.ndarray, y: np.ndarray) -> None:
    if f.shape != y.shape:
        hint = _shape_hint(f.shape, y.shape)
        raise ValueError(message("loss_shape", op=op, input=f.shape, target=y.shape, hint=hint))


def _weight(op: str, name: str, weight, shape: tuple, dtype: np.dtype):
    """An elementwise weight broadcast to the loss's shape (None stays None)."""
    if weight is None:
        return None
    w = _as(_array(op, name, weight), dtype)
    try:
        return np.broadcast_to(w, shape)
    except ValueError:
        raise ValueError(message("loss_weight_shape", op=op, name=name, weight=w.shape, input=shape)) from None


def binary_cross_entropy(input: Tensor, target: Tensor, weight: Tensor | None = None, *,
                         reduction: str = "mean") -> Tensor:
    """(3) Binary cross-entropy J(W) = −1/n Σ [y log f + (1 − y) log(1 − f)] for probabilities f.

    Parameters
    ----------
    input : Tensor
        The predicted probabilities f (after a sigmoid), each in [0, 1].
    target : Tensor
        The labels y (0 or 1, or any value in [0, 1]), of the input's shape and dtype.
    weight : Tensor, optional
        A weight per element, broadcast to the input's shape: each term is multiplied by it
        ('mean' still divides by n).
    reduction : {'mean', 'sum', 'none'}, default 'mean'

    Notes
    -----
    As in PyTorch, each log is clamped at −100, so f = 0 or 1 gives a finite loss, and the gradient is
    (f − y) / max(f(1 − f), 10⁻¹²). Prefer ``binary_cross_entropy_with_logits`` on the raw scores z: it is
    exact for every z.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.nn import functional as F
    >>> f = mldlab.tensor([0.9, 0.2])
    >>> y = mldlab.tensor([1.0, 0.0])
    >>> F.binary_cross_entropy(f, y)        # −(log 0.9 + log 0.8)/2
    tensor(0.1643)
    """
    op = "binary_cross_entropy"
    check_reduction(op, reduction)
    f = _array(op, "input", input)
    y = _array(op, "target", target)
    _check_same_shape(op, f, y)
    if f.dtype.kind != "f":
        raise TypeError(message("loss_input_float", op=op, dtype=_dtype.dtype_name(f.dtype)))
    if y.dtype != f.dtype:
        raise TypeError(message("loss_target_dtype", op=op, target=_dtype.dtype_name(y.dtype),
                                input=_dtype.dtype_name(f.dtype)))
    w = _weight(op, "weight", weight, f.shape, f.dtype)
    with np.errstate(divide="ignore", invalid="ignore"):
        log_f = np.maximum(np.log(f), -100)  # log f, clamped at −100 as in PyTorch
        log_1mf = np.maximum(np.log1p(-f), -100)  # log(1 − f)
    loss = (y - 1) * log_1mf - y * log_f  # −[y log f + (1 − y) log(1 − f)]
    if w is not None:
        loss *= w
    n = loss.size
    out = _reduce(loss, reduction, n)
    nan = np.isnan(out).any() if reduction == "none" else out != out  # f outside [0, 1] gives NaN
    if nan and not (f.size == 0 or (f.min() >= 0 and f.max() <= 1)):
        raise ValueError(message("bce_range", op=op, low=float(f.min()), high=float(f.max())))

    def backward(g):
        c = _upstream(g, reduction, n)
        gf = c * (f - y) / np.maximum(f * (1 - f), _BCE_EPSILON)  # ∂J/∂f = (f − y) / (f(1 − f))
        gy = c * (log_1mf - log_f) if target._requires_grad else None  # ∂J/∂y = log(1 − f) − log f
        if w is not None:
            gf = gf * w
            gy = gy * w if gy is not None else None
        return gf, gy

    return Tensor._from_op(out, "binary_cross_entropy", (input, target), backward)


def binary_cross_entropy_with_logits(input: Tensor, target: Tensor, weight: Tensor | None = None, *,
                                     reduction: str = "mean", pos_weight: Tensor | None = None) -> Tensor:
    """(4) Sigmoid and binary cross-entropy in one: J = 1/n Σ [(1 − y)·z − log σ(z)], ∂J/∂z = (σ(z) − y)/n.

    This is (3) with f = σ(z), since log(1 − σ(z)) = log σ(z) − z. It never forms σ(z) = 0 or 1, so it is
    exact for any logit z.

    Parameters
    ----------
    input : Tensor
        The logits z (scores before the sigmoid).
    target : Tensor
        The labels y in [0, 1], of the input's shape (float; the dtypes are promoted as in PyTorch).
    weight : Tensor, optional
        A weight per element, broadcast to the input's shape.
    reduction : {'mean', 'sum', 'none'}, default 'mean'
    pos_weight : Tensor, optional
        p, a weight for the positive examples (broadcast, usually one per class): each term becomes
        (1 − y)·z − (1 + (p − 1)·y)·log σ(z). p = #negatives/#positives balances rare positives.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.nn import functional as F
    >>> z = mldlab.tensor([1000.0, -1000.0, 0.0])
    >>> F.binary_cross_entropy_with_logits(z, mldlab.tensor([1.0, 0.0, 1.0]), reduction="none")
    tensor([0.0000, 0.0000, 0.6931])
    """
    op = "binary_cross_entropy_with_logits"
    check_reduction(op, reduction)
    z = _array(op, "input", input)
    y = _array(op, "target", target)
    _check_same_shape(op, z, y)
    if y.dtype.kind != "f":
        raise TypeError(message("loss_target_float", op=op, dtype=_dtype.dtype_name(y.dtype)))
    dtype = z.dtype if z.dtype == y.dtype else _float_dtype(op, input, target)
    z, y = _as(z, dtype), _as(y, dtype)
    w = _weight(op, "weight", weight, z.shape, dtype)
    p = _weight(op, "pos_weight", pos_weight, z.shape, dtype)
    softplus = np.logaddexp(0, z)  # log(1 + eᶻ) = −log(1 − σ(z)), exact for any z (no overflow)
    if p is None:
        loss = softplus - y * z  # (1 − y)·z − log σ(z), as log σ(z) = z − log(1 + eᶻ)
    else:
        log_sigma = z - softplus
        loss = (1 - y) * z - ((p - 1) * y + 1) * log_sigma
    if w is not None:
        loss *= w
    n = loss.size
    out = _reduce(loss, reduction, n)

    def backward(g):
        c = _upstream(g, reduction, n)
        sigma = np.exp(z - softplus)  # σ(z) = eᶻ / (1 + eᶻ)
        if p is None:
            gz = c * (sigma - y)  # ∂J/∂z = σ(z) − y
            gy = c * -z if target._requires_grad else None  # ∂J/∂y = −z
        else:
            gz = c * (((p - 1) * y + 1) * sigma - p * y)  # ∂J/∂z = (1 + (p − 1)y)σ(z) − p·y
            gy = c * (-z - (p - 1) * log_sigma) if target._requires_grad else None
        if w is not None:
            gz = gz * w
            gy = gy * w if gy is not None else None
        return gz, gy

    return Tensor._from_op(out, "binary_cross_entropy_with_logits", (input, target), backward)
