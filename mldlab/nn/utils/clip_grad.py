"""Gradient clipping: keep one step from being too large (an exploding gradient), as PyTorch's
``torch.nn.utils.clip_grad_norm_`` and ``clip_grad_value_`` do.

Clipping by norm rescales all gradients together, so their direction is kept:

    (1) nᵢ = ‖gᵢ‖_p for each parameter's gradient gᵢ        (p = norm_type; p = inf: max |gᵢ|)
    (2) N = ‖(n₁, n₂, …)‖_p                                 the norm of all gradients as one vector
    (3) c = min(max_norm / (N + 10⁻⁶), 1)
    (4) gᵢ ← c · gᵢ                                          (nothing changes when N ≤ max_norm)

Clipping by value limits each element on its own: g ← clamp(g, −clip_value, clip_value).

Call either between ``loss.backward()`` and ``optimizer.step()``.

Examples
--------
>>> import mldlab
>>> from mldlab.nn.utils import clip_grad_norm_
>>> w = mldlab.tensor([3.0, 4.0], requires_grad=True)
>>> (w * w).sum().backward()                    # ∂J/∂w = 2w = [6, 8], norm 10
>>> clip_grad_norm_([w], max_norm=5.0)          # the norm before clipping
tensor(10.)
>>> w.grad                                      # scaled by 5/(10 + 10⁻⁶)
tensor([3.0000, 4.0000])
"""

import math
import types
import warnings

import numpy as np

from mldlab.i18n import message
from mldlab.tensor import Tensor


def _as_list(parameters) -> list:
    if isinstance(parameters, Tensor):
        return [parameters]
    is_generator = isinstance(parameters, types.GeneratorType)
    parameters = list(parameters)
    if is_generator and not parameters:
        warnings.warn(message("clip_empty_generator"), UserWarning, stacklevel=3)
    return parameters


def _norm(values: np.ndarray, p: float) -> np.ndarray:
    """‖values‖_p, computed in float64 and given back in the values' dtype."""
    a = np.abs(values.astype(np.float64, copy=False)).ravel()
    if p == math.inf:
        out = a.max(initial=0.0)
    elif p == -math.inf:
        out = a.min(initial=math.inf)
    elif p == 0:
        out = np.count_nonzero(a)
    elif p == 1:
        out = a.sum()
    elif p == 2:
        out = np.sqrt(a.dot(a))
    else:
        out = (a**p).sum() ** (1 / p)
    return np.asarray(out, dtype=values.dtype)


def clip_grad_norm_(parameters, max_norm: float, norm_type: float = 2.0, error_if_nonfinite: bool = False,
                    foreach: bool | None = None) -> Tensor:
    """Rescale the gradients of ``parameters`` so that their total norm is at most ``max_norm``.

    Parameters
    ----------
    parameters : Tensor or iterable of Tensor
        Usually ``model.parameters()``; parameters without a gradient are skipped.
    max_norm : float
        The largest total norm allowed.
    norm_type : float, default 2.0
        p of the p-norm; ``float('inf')`` (or ``'inf'``) for the largest absolute value.
    error_if_nonfinite : bool, default False
        Raise an error when the total norm is NaN or infinite, instead of scaling by it.
    foreach : bool, optional
        PyTorch's choice of a faster kernel; accepted and ignored (the result is the same).

    Returns
    -------
    Tensor
        The total norm N of the gradients *before* clipping, a 0-dim tensor (handy to log).
    """
    parameters = _as_list(parameters)
    p = float(norm_type)
    grads = [param.grad._data for param in parameters if param.grad is not None]
    if not grads:
        return Tensor._make(np.asarray(0.0, np.float32))
    norms = np.stack([_norm(g, p) for g in grads])  # (1)
    total = _norm(norms, p)  # (2)
    if error_if_nonfinite and not np.isfinite(total):
        raise RuntimeError(message("clip_nonfinite", norm_type=p))
    coefficient = np.minimum(total.dtype.type(max_norm) / (total + total.dtype.type(1e-6)), 1.0)  # (3)
    for g in grads:
        g *= coefficient.astype(g.dtype)  # (4), in place as PyTorch does
    return Tensor._make(total)


def clip_grad_value_(parameters, clip_value: float, foreach: bool | None = None) -> None:
    """Clamp every gradient element of ``parameters`` to [−clip_value, clip_value], in place.

    Examples
    --------
    >>> import mldlab
    >>> w = mldlab.tensor([3.0, -4.0], requires_grad=True)
    >>> (w * w).sum().backward()
    >>> clip_grad_value_([w], 5.0)
    >>> w.grad
    tensor([ 5., -5.])
    """
    clip_value = float(clip_value)
    for param in _as_list(parameters):
        if param.grad is not None:
            np.clip(param.grad._data, -clip_value, clip_value, out=param.grad._data)
