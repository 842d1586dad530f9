"""``Parameter``: a tensor that a ``Module`` learns (a weight W or a bias w₀).

Assigning a ``Parameter`` as an attribute of a module (``self.w = nn.Parameter(...)``) registers it, so
that ``model.parameters()`` hands it to the optimizer.

Examples
--------
>>> import mldlab
>>> from mldlab import nn
>>> w = nn.Parameter(mldlab.tensor([3.0, -2.0]))
>>> w
Parameter containing:
tensor([ 3., -2.], requires_grad=True)
>>> w.requires_grad, isinstance(w, mldlab.Tensor)
(True, True)
"""

import contextlib
import math
import threading

import numpy as np

from mldlab.i18n import message
from mldlab.tensor import Tensor


class Parameter(Tensor):
    """A tensor that is a learnable parameter of a module (PyTorch's ``nn.Parameter``).

    Parameters
    ----------
    data : Tensor, optional
        The starting values. A tensor's memory is shared, as in PyTorch; other data (lists, arrays) is
        copied. Without data the parameter is empty (shape ``(0,)``).
    requires_grad : bool, default True
        Whether ``backward()`` computes ∂J/∂(this parameter).

    Notes
    -----
    The results of operations on parameters are plain tensors: only the leaf itself is a ``Parameter``.
    """

    __slots__ = ()

    def __init__(self, data=None, requires_grad: bool = True):
        if data is None:
            array = np.empty((0,), dtype=np.float32)
        elif isinstance(data, Tensor):
            array = data._data
        else:
            array = Tensor(data)._data
        self._data = array
        self.grad = None
        self._op = None
        self._inputs = ()
        self._backward = None
        self._retains_grad = False
        self._requires_grad = False
        if requires_grad:
            self.requires_grad = True

    def __repr__(self) -> str:
        return "Parameter containing:\n" + super().__repr__()


_budget = threading.local()


def empty_weight(shape: tuple, dtype) -> Parameter:
    """A new ``Parameter`` of zeros, for a layer's weights (the layer then draws its starting values).

    Every layer allocates its weights here, so that loading a file can bound what a description may ask for:
    inside ``weight_budget(nbytes)`` a layer whose weights would pass the budget is refused before any memory
    is taken.
    """
    dtype = np.dtype(dtype)
    shape = tuple(int(n) for n in shape)
    remaining = getattr(_budget, "remaining", None)
    if remaining is not None:
        nbytes = math.prod(shape) * dtype.itemsize
        if nbytes > remaining:
            raise ValueError(message("weight_budget", shape=shape, dtype=dtype.name, nbytes=nbytes,
                                     budget=_budget.total))
        _budget.remaining = remaining - nbytes
    return Parameter(Tensor._make(np.zeros(shape, dtype)))


@contextlib.contextmanager
def weight_budget(nbytes: int):
    """Within the block, layers of this thread may allocate at most ``nbytes`` of weights in all (see
    ``empty_weight``); a ``ValueError`` names the layer's request otherwise."""
    saved = getattr(_budget, "remaining", None), getattr(_budget, "total", None)
    _budget.remaining, _budget.total = int(nbytes), int(nbytes)
    try:
        yield
    finally:
        _budget.remaining, _budget.total = saved
