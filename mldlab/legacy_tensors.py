"""PyTorch's legacy tensor types ``FloatTensor``, ``DoubleTensor``, ``LongTensor``, ``IntTensor``, ``BoolTensor``.

Older tutorials write ``torch.FloatTensor([1, 2])`` for a float32 tensor, ``torch.LongTensor(labels)`` for
class indices and ``isinstance(x, torch.FloatTensor)`` to test a dtype. Each name here makes a tensor of its
dtype (with ``Tensor``'s legacy rules: ``FloatTensor(2, 3)`` is a 2×3 tensor, of zeros in mldlab) and answers
``isinstance`` by dtype, as in PyTorch. Today's code writes ``mldlab.tensor(data, dtype=mldlab.float32)``.

Examples
--------
>>> import mldlab
>>> mldlab.LongTensor([1.7, 2.0])
tensor([1, 2])
>>> isinstance(mldlab.tensor([1.0]), mldlab.FloatTensor), isinstance(mldlab.tensor([1]), mldlab.FloatTensor)
(True, False)
"""

from mldlab import _dtype
from mldlab.i18n import message
from mldlab.tensor import Tensor


class _LegacyType(type):
    """The type of ``FloatTensor`` and its kin: calling one makes a tensor, ``isinstance`` compares dtypes."""

    def __call__(cls, *data):
        if len(data) == 1 and isinstance(data[0], Tensor):
            if data[0].dtype != cls.dtype:
                raise TypeError(message("legacy_tensor_dtype", name=cls.__name__,
                                        dtype=_dtype.dtype_name(data[0].dtype)))
            return data[0]
        return Tensor(*data, dtype=cls.dtype)

    def __instancecheck__(cls, instance) -> bool:
        return isinstance(instance, Tensor) and instance.dtype == cls.dtype

    def __repr__(cls) -> str:
        return f"<class 'mldlab.{cls.__name__}'>"


class FloatTensor(metaclass=_LegacyType):
    """float32 tensors."""

    dtype = _dtype.float32


class DoubleTensor(metaclass=_LegacyType):
    """float64 tensors."""

    dtype = _dtype.float64


class LongTensor(metaclass=_LegacyType):
    """int64 tensors (class indices)."""

    dtype = _dtype.int64


class IntTensor(metaclass=_LegacyType):
    """int32 tensors."""

    dtype = _dtype.int32


class BoolTensor(metaclass=_LegacyType):
    """bool tensors (masks)."""

    dtype = _dtype.bool_
