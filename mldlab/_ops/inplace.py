"""In-place changes: ``w -= lr * w.grad``, ``zero_()``, ``fill_()``, ``copy_()``, ``x[i] = v``, random fills.

As in PyTorch they are refused on a leaf that requires grad while gradients are being recorded (do them
under ``mldlab.no_grad()``), since the graph could no longer tell how the value was made.
"""

import numpy as np

from mldlab import _dtype, _random
from mldlab._ops._util import broadcast_error
from mldlab.grad_mode import is_grad_enabled
from mldlab.i18n import message
from mldlab.tensor import Tensor


def _check(x: Tensor, op: str) -> bool:
    """True when ``x`` may be changed in place; raises for a leaf that requires grad."""
    if x._requires_grad and is_grad_enabled():
        if x._op is None:
            raise RuntimeError(message("inplace_leaf", op=op))
        return False
    return True


def binary(x: Tensor, other, ufunc, fallback) -> Tensor:
    """``x op= other``. A graph node (not a leaf) falls back to the out-of-place op, so ``h += 1`` still works."""
    if not _check(x, ufunc.__name__ + "_"):
        if fallback is None:
            raise RuntimeError(message("inplace_nonleaf", op=ufunc.__name__ + "_"))
        return fallback(x, other)
    y = other._data if isinstance(other, Tensor) else other
    try:
        ufunc(x._data, y, out=x._data, casting="same_kind")
    except TypeError:  # NumPy refuses the cast (a float result into an integer tensor)
        dtype, result = _dtype.dtype_name(x.dtype), _dtype.dtype_name(_dtype.result_type(x, other))
        raise TypeError(message("inplace_dtype", op=ufunc.__name__, dtype=dtype, other=result)) from None
    except ValueError:
        raise broadcast_error(ufunc.__name__ + "_", x._data, np.asarray(y)) from None
    return x


def fill(x: Tensor, value) -> Tensor:
    _check(x, "fill_") or _nonleaf("fill_")
    x._data[...] = value._data if isinstance(value, Tensor) else value
    return x


def copy(x: Tensor, source, op: str = "copy_") -> Tensor:
    """``x`` ← ``source``; ``op`` names the in-place change in the errors (``scatter_`` writes its result so)."""
    _check(x, op) or _nonleaf(op)
    array = source._data if isinstance(source, Tensor) else np.asarray(source)
    try:
        np.copyto(x._data, np.broadcast_to(array, x.shape), casting="unsafe")
    except ValueError:
        raise broadcast_error(op, x._data, array) from None
    return x


def apply(x: Tensor, function) -> Tensor:
    _check(x, "clamp_") or _nonleaf("clamp_")
    function(x._data)
    return x


def random(x: Tensor, kind: str, a: float, b: float, generator) -> Tensor:
    _check(x, kind + "_") or _nonleaf(kind + "_")
    rng = _random.get_rng(generator)
    values = rng.uniform(a, b, x.shape) if kind == "uniform" else rng.normal(a, b, x.shape)
    x._data[...] = values
    return x


def setitem(x: Tensor, index, value) -> None:
    """``x[index] = value`` on a tensor outside the graph."""
    from mldlab._ops.shape import _numpy_index, index_error

    _check(x, "setitem") or _nonleaf("setitem")
    array = value._data if isinstance(value, Tensor) else value
    try:
        x._data[_numpy_index(index)] = array
    except IndexError as error:
        raise index_error(x.shape, error, "setitem") from None
    except ValueError:
        raise broadcast_error("setitem", x._data[_numpy_index(index)], np.asarray(array)) from None


def _nonleaf(op: str):
    raise RuntimeError(message("inplace_nonleaf", op=op))
