"""Checks and reductions shared by the loss kernels (the losses themselves: ``mldlab._ops.loss``)."""

import warnings

import numpy as np

from mldlab import _dtype
from mldlab.i18n import message
from mldlab.tensor import Tensor

_REDUCTIONS = ("mean", "sum", "none")


def check_reduction(op: str, reduction: str) -> None:
    if reduction not in _REDUCTIONS:
        raise ValueError(message("loss_reduction", op=op, reduction=reduction))


def _array(op: str, name: str, x) -> np.ndarray:
    if not isinstance(x, Tensor):
        raise TypeError(message("loss_not_tensor", op=op, name=name, type=type(x).__name__))
    return x._data


def _shape_hint(input_shape: tuple, target_shape: tuple) -> str:
    """The hint for the most common mix-up: a model output of shape (N, 1) against a target of shape (N,)."""
    if len(input_shape) == 2 and input_shape[1] == 1 and target_shape == input_shape[:1]:
        return message("loss_shape_column")
    if len(target_shape) == 2 and target_shape[1] == 1 and input_shape == target_shape[:1]:
        return message("loss_shape_flat")
    return ""


def _float_dtype(op: str, *arrays_or_tensors) -> np.dtype:
    """PyTorch's result dtype of the operands, which must be floating point."""
    dtype = _dtype.result_type(*arrays_or_tensors)
    if dtype.kind != "f":
        raise TypeError(message("loss_input_float", op=op, dtype=_dtype.dtype_name(dtype)))
    return dtype


def _as(array: np.ndarray, dtype: np.dtype) -> np.ndarray:
    return array if array.dtype == dtype else array.astype(dtype)


def _reduce(loss: np.ndarray, reduction: str, n) -> np.ndarray:
    """Σ loss / n for 'mean', Σ loss for 'sum', the losses themselves for 'none'; 0/0 gives NaN as in PyTorch."""
    if reduction == "none":
        return loss
    total = loss.sum()
    if reduction == "sum":
        return total
    return total / n if n else total * np.nan


def _upstream(g: np.ndarray, reduction: str, n) -> np.ndarray:
    """∂J/∂lossᵢ: the incoming gradient, divided by n for 'mean' (when nothing counts, n = 0, no gradient)."""
    if reduction != "mean":
        return g
    return g / n if n else np.zeros_like(g)


def legacy_reduction(op: str, size_average, reduce, reduction: str) -> str:
    """``reduction`` from PyTorch's deprecated ``size_average`` and ``reduce``, when either is given.

    PyTorch's mapping (each None counts as True): both True → 'mean'; reduce alone True → 'sum'; reduce False →
    'none' (whatever size_average says). ``reduction`` is then ignored, and a warning says what to write instead.
    """
    if size_average is None and reduce is None:
        return reduction
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    if size_average and reduce:
        legacy = "mean"
    elif reduce:
        legacy = "sum"
    else:
        legacy = "none"
    warnings.warn(message("loss_legacy_reduction", op=op, reduction=legacy), UserWarning, stacklevel=3)
    return legacy
