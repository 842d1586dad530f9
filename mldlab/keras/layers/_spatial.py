"""What Keras's convolution and pooling layers share: sizes per axis, 'same' padding as Keras computes it, and the
move between Keras's channels-last layout and the engine's channels-first one."""

import math
import numbers

from mldlab.i18n import message
from mldlab.nn import functional as F
from mldlab.tensor import Tensor


def spatial_tuple(op: str, name: str, value, rank: int) -> tuple:
    """An int or a tuple of ``rank`` ints ≥ 1, as a tuple (Keras's ``kernel_size=3`` means (3, 3))."""
    values = (value,) * rank if isinstance(value, numbers.Integral) and not isinstance(value, bool) else value
    if not isinstance(values, (tuple, list)) or len(values) != rank or not all(
            isinstance(v, numbers.Integral) and not isinstance(v, bool) and v >= 1 for v in values):
        raise ValueError(message("keras_cnn_tuple", op=op, name=name, rank=rank, value=repr(value)))
    return tuple(int(v) for v in values)


def check_padding(op: str, padding, allowed: tuple) -> str:
    if not isinstance(padding, str) or padding.lower() not in allowed:
        raise ValueError(message("keras_cnn_padding", op=op, value=repr(padding), allowed=", ".join(allowed)))
    return padding.lower()


def same_padding(length: int, kernel: int, stride: int, dilation: int = 1) -> tuple:
    """Keras's 'same': (before, after) zeros so that the output has ⌈length / stride⌉ positions; an odd total
    puts the extra one after."""
    span = dilation * (kernel - 1) + 1
    total = max((math.ceil(length / stride) - 1) * stride + span - length, 0)
    return total // 2, total - total // 2


def output_length(length, kernel: int, stride: int, dilation: int, padding: str):
    """The number of positions the kernel takes along an axis of ``length`` (None stays None)."""
    if length is None:
        return None
    if padding == "valid":
        return (length - dilation * (kernel - 1) - 1) // stride + 1
    return math.ceil(length / stride)


def channels_first(x: Tensor) -> Tensor:
    """(N, …, C) → (N, C, …), the layout of the engine's convolution and pooling."""
    return x.permute(0, x.ndim - 1, *range(1, x.ndim - 1))


def channels_last(x: Tensor) -> Tensor:
    """(N, C, …) → (N, …, C)."""
    return x.permute(0, *range(2, x.ndim), 1)


def padded(x: Tensor, pairs: list, value: float = 0.0) -> tuple:
    """``x`` (channels-first) padded by (before, after) per spatial axis: the engine's op gets symmetric padding
    itself; uneven padding is done first with ``F.pad``. Returns (input, padding for the op)."""
    if all(before == after for before, after in pairs):
        return x, tuple(before for before, _ in pairs)
    flat = [n for before, after in reversed(pairs) for n in (before, after)]  # F.pad lists the last axis first
    return F.pad(x, flat, value=value), (0,) * len(pairs)
