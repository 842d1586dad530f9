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
