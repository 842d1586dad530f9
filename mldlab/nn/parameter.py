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

import numpy as np

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
