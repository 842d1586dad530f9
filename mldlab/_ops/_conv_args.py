"""The arguments of a convolution, checked and put in one form: stride, dilation and kernel as (h, w) pairs,
padding as ((top, bottom), (left, right)); and the checks of its input, with messages that name the layer."""

import numbers

from mldlab import _dtype
from mldlab.i18n import message
from mldlab.tensor import Tensor

PADDING_STRINGS = ("valid", "same")


def _whole(value) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def size_tuple(op: str, name: str, value, dims: int, minimum: int) -> tuple:
    """``value`` (one number, or one per spatial axis) as a tuple of ``dims`` whole numbers ≥ ``minimum``."""
    values = tuple(value) if isinstance(value, (tuple, list)) else (value,) * dims
    if len(values) != dims or not all(_whole(v) for v in values):
        raise RuntimeError(message("conv_arg_form", op=op, name=name, value=repr(value), dims=dims))
    if any(v < minimum for v in values):
        raise RuntimeError(message("conv_arg_small", op=op, name=name, value=repr(value), minimum=minimum))
    return tuple(int(v) for v in values)


def same_padding(kernel: tuple, dilation: tuple) -> tuple:
    """'same': d·(k − 1) zeros in all per axis, half before and the rest after (one more after when odd)."""
    pairs = []
    for k, d in zip(kernel, dilation):
        total = d * (k - 1)
        pairs.append((total // 2, total - total // 2))
    return tuple(pairs)


def padding_pairs(op: str, padding, kernel: tuple, stride: tuple, dilation: tuple) -> tuple:
    """``padding`` (a number, a tuple, 'valid' or 'same') as ((before, after), ...) per spatial axis."""
    if isinstance(padding, str):
        if padding not in PADDING_STRINGS:
            raise RuntimeError(message("conv_padding_string", op=op, value=repr(padding)))
        if padding == "valid":
            return tuple((0, 0) for _ in kernel)
        if any(s != 1 for s in stride):
            raise RuntimeError(message("conv_same_stride", op=op, stride=stride))
        return same_padding(kernel, dilation)
    return tuple((p, p) for p in size_tuple(op, "padding", padding, len(kernel), 0))


def check(op: str, where: str, x: Tensor, weight: Tensor, bias, groups, dims: int) -> None:
    """The input's and the weight's shapes, dtypes and groups, before any padding."""
    for name, tensor in (("input", x), ("weight", weight), ("bias", bias)):
        if not isinstance(tensor, Tensor) and not (name == "bias" and tensor is None):
            raise TypeError(message("conv_not_tensor", op=op, name=name, type=type(tensor).__name__))
    spatial = ("L",) if dims == 1 else ("H", "W")
    if weight._data.ndim != dims + 2:
        expected = _shape_text(("out_channels", "in_channels/groups", *("k" + s for s in spatial)))
        raise RuntimeError(message("conv_weight_ndim", op=op, ndim=dims + 2, shape=tuple(weight.shape),
                                   expected=expected))
    if not _whole(groups) or groups < 1:
        raise RuntimeError(message("conv_groups_value", op=op, groups=repr(groups)))
    out_channels, channels = weight.shape[0], weight.shape[1] * groups
    if out_channels % groups:
        raise RuntimeError(message("conv_groups_out", op=op, groups=groups, out_channels=out_channels))
    if x._data.ndim not in (dims + 1, dims + 2):
        raise RuntimeError(message("conv_input_ndim", layer=where, expected=_expected(channels, spatial),
                                   shape=tuple(x.shape), ndim=x._data.ndim, batched=dims + 2, unbatched=dims + 1))
    got = x.shape[-dims - 1]
    if got != channels:
        raise RuntimeError(message("conv_input_channels", layer=where, expected=_expected(channels, spatial),
                                   shape=tuple(x.shape), got=got, channels=channels, groups=groups))
    if bias is not None and tuple(bias.shape) != (out_channels,):
        raise RuntimeError(message("conv_bias_shape", op=op, out_channels=out_channels, shape=tuple(bias.shape)))
    dtypes = {t._data.dtype for t in (x, weight, bias) if t is not None}
    if len(dtypes) > 1 or x._data.dtype.kind != "f":
        raise TypeError(message("conv_dtype", layer=where, dtype=_dtype.dtype_name(x._data.dtype),
                                weight_dtype=_dtype.dtype_name(weight._data.dtype)))


def output_size(where: str, size: tuple, padding: tuple, kernel: tuple, stride: tuple, dilation: tuple) -> tuple:
    """(1) per axis: ⌊(size + before + after − d·(k − 1) − 1) / s⌋ + 1, or an error when the kernel is larger."""
    padded = tuple(n + before + after for n, (before, after) in zip(size, padding))
    reach = tuple(d * (k - 1) + 1 for k, d in zip(kernel, dilation))
    if any(p < r for p, r in zip(padded, reach)):
        raise RuntimeError(message("conv_input_small", layer=where, padded=_shape_text(padded),
                                   kernel=_shape_text(kernel), reach=_shape_text(reach)))
    return tuple((p - r) // s + 1 for p, r, s in zip(padded, reach, stride))


def _expected(channels: int, spatial: tuple) -> str:
    """'(N, 3, H, W) / (3, H, W)': a batch or one sample."""
    return f"{_shape_text(('N', channels, *spatial))} / {_shape_text((channels, *spatial))}"


def _shape_text(values) -> str:
    return "(" + ", ".join(str(v) for v in values) + ")"
