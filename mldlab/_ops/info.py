"""Questions about tensors that PyTorch asks as functions: ``is_tensor``, ``numel``, ``is_floating_point``,
``get_default_dtype``.

>>> import mldlab
>>> mldlab.numel(mldlab.ones(2, 3)), mldlab.is_tensor([1.0]), mldlab.get_default_dtype()
(6, False, dtype('float32'))
"""

from mldlab import _dtype
from mldlab.tensor import Tensor


def is_tensor(obj) -> bool:
    """True for an mldlab tensor."""
    return isinstance(obj, Tensor)


def numel(input: Tensor) -> int:
    """The number of elements of ``input``."""
    return input.numel()


def is_floating_point(input: Tensor) -> bool:
    """True when ``input`` holds floating-point numbers."""
    return input.dtype.kind == "f"


def get_default_dtype():
    """The dtype of tensors made from Python floats: float32, as in PyTorch (mldlab does not let it change)."""
    return _dtype.DEFAULT_FLOAT
