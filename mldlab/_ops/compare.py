"""Comparisons and integer arithmetic: results that carry no gradient."""

import numpy as np

from mldlab._ops._util import broadcast_error, operands
from mldlab.tensor import Tensor


def compare(a, b, ufunc) -> Tensor:
    """``ufunc(a, b)`` (==, <, &, ...) as a tensor outside the graph."""
    _, _, x, y = operands(ufunc.__name__, a, b)
    try:
        return Tensor._make(np.asarray(ufunc(x, y)))
    except ValueError:
        raise broadcast_error(ufunc.__name__, x, y) from None


def floor_divide(a, b) -> Tensor:
    """a // b, rounded down."""
    return compare(a, b, np.floor_divide)


def remainder(a, b) -> Tensor:
    """a mod b, with the sign of b (Python's and PyTorch's rule)."""
    return compare(a, b, np.remainder)


def equal(a: Tensor, b: Tensor) -> bool:
    """True when ``a`` and ``b`` have the same shape and the same values (PyTorch's ``torch.equal``)."""
    return a.shape == b.shape and bool(np.array_equal(a._data, b._data))


def allclose(a: Tensor, b: Tensor, rtol: float = 1e-05, atol: float = 1e-08, equal_nan: bool = False) -> bool:
    """True when |a − b| ≤ atol + rtol·|b| everywhere (PyTorch's ``torch.allclose``)."""
    return bool(np.allclose(a._data, b._data, rtol=rtol, atol=atol, equal_nan=equal_nan))
