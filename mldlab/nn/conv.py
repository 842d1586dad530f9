"""Convolution layers: ``Conv1d`` and ``Conv2d``, a small kernel of weights slid over the input.

Output channel o is the kernel W[o] multiplied with every patch of the input, plus the bias b[o]:

    (1) z[n, o, y, x] = b[o] + Σ_c Σ_i Σ_j W[o, c, i, j] · xp[n, c, y·s + i·d, x·s + j·d]

with xp the padded input, s the stride and d the dilation; each spatial size becomes

    (2) H_out = ⌊(H + 2·padding − d·(k − 1) − 1) / s⌋ + 1

The same kernel is used at every position, so a 3×3 kernel from 1 to 16 channels has only 16·9 + 16 = 160
weights, whatever the image size (a dense layer from a 28×28 image to 16 units has 12,560).

Examples
--------
>>> import mldlab
>>> from mldlab import nn
>>> conv = nn.Conv2d(1, 16, 3, padding=1)
>>> conv
Conv2d(1, 16, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))
>>> conv(mldlab.zeros(8, 1, 28, 28)).shape
(8, 16, 28, 28)
>>> sum(p.numel() for p in conv.parameters())
160
"""

import math

from mldlab._ops.conv import convolution
from mldlab.i18n import message
from mldlab.nn import _checks, _keras_equivalents, init
from mldlab.nn.config import register_layer
from mldlab.nn.module import Module
from mldlab.nn.parameter import empty_weight
from mldlab.tensor import Tensor

PADDING_MODES = ("zeros", "reflect", "replicate", "circular")


class _ConvNd(Module):
    """What ``Conv1d`` and ``Conv2d`` share; ``_dims`` is the number of spatial axes."""

    _dims = 2

    def __init__(self, in_channels: int, out_channels: int, kernel_size, stride=1, padding=0, dilation=1,
                 groups: int = 1, bias: bool = True, padding_mode: str = "zeros", device=None, dtype=None):
        super().__init__()
        layer = type(self).__name__
        self.in_channels = _checks.size(layer, "in_channels", in_channels)
        self.out_channels = _checks.size(layer, "out_channels", out_channels)
        self.kernel_size = self._tuple("kernel_size", kernel_size, 1)
        self.stride = self._tuple("stride", stride, 1)
        self.dilation = self._tuple("dilation", dilation, 1)
        self.groups = _checks.size(layer, "groups", groups)
        for name, channels in (("in_channels", self.in_channels), ("out_channels", self.out_channels)):
            if channels % self.groups:
                raise ValueError(message("conv_layer_groups", layer=layer, name=name, channels=channels,
                                         groups=self.groups))
        if isinstance(padding, str):
            if padding not in ("valid", "same"):
                raise ValueError(message("conv_padding_string", op=layer, value=repr(padding)))
            if padding == "same" and any(s != 1 for s in self.stride):
                raise ValueError(message("conv_same_stride", op=layer, stride=self.stride))
            self.padding = padding
        else:
            self.padding = self._tuple("padding", padding, 0)
        if padding_mode not in PADDING_MODES:
            raise ValueError(message("conv_padding_mode", layer=layer, mode=repr(padding_mode),
                                     modes=", ".join(PADDING_MODES)))
        self.padding_mode = padding_mode
        dtype = _checks.float_dtype(layer, dtype)
        self.weight = empty_weight((self.out_channels, self.in_channels // self.groups, *self.kernel_size), dtype)
        if _checks.flag(layer, "bias", bias):
            self.bias = empty_weight((self.out_channels,), dtype)
        else:
            self.register_parameter("bias", None)
        self.reset_parameters()

    def _tuple(self, name: str, value, minimum: int) -> tuple:
        """One whole number, or one per spatial axis, as a tuple (PyTorch keeps ``kernel_size`` etc. as tuples)."""
        layer = type(self).__name__
        values = tuple(value) if isinstance(value, (tuple, list)) else (value,) * self._dims
        if len(values) != self._dims:
            raise ValueError(message("conv_layer_tuple", layer=layer, name=name, value=repr(value), dims=self._dims))
        return tuple(_checks.size(layer, name, v, minimum=minimum) for v in values)

    def reset_parameters(self) -> None:
        """W ~ U(−1/√fan_in, 1/√fan_in) (kaiming_uniform_ with a = √5) and b likewise,
        fan_in = in_channels / groups · kH · kW."""
        init.kaiming_uniform_(self.weight, a=math.sqrt(5))
        if self.bias is not None:
            fan_in = self.in_channels // self.groups * math.prod(self.kernel_size)
            bound = 1 / math.sqrt(fan_in)
            init.uniform_(self.bias, -bound, bound)

    def _where(self) -> str:
        kernel = "×".join(str(k) for k in self.kernel_size)
        return f"{type(self).__name__}({self.in_channels} → {self.out_channels}, {kernel})"

    def forward(self, input: Tensor) -> Tensor:
        return convolution(input, self.weight, self.bias, self.stride, self.padding, self.dilation, self.groups,
                           dims=self._dims, where=self._where(), padding_mode=self.padding_mode)

    def _keras_layer(self, ndim: int) -> list:
        """Keras's equivalent for ``mldlab.interop.to_keras_code``: Conv1D/Conv2D, channels-last."""
        return _keras_equivalents.convolution(self, ndim)

    def get_config(self) -> dict:
        padding = self.padding if isinstance(self.padding, str) else list(self.padding)
        return {"in_channels": self.in_channels, "out_channels": self.out_channels,
                "kernel_size": list(self.kernel_size), "stride": list(self.stride), "padding": padding,
                "dilation": list(self.dilation), "groups": self.groups, "bias": self.bias is not None,
                "padding_mode": self.padding_mode, "dtype": self.weight.dtype.name}

    def extra_repr(self) -> str:
        text = f"{self.in_channels}, {self.out_channels}, kernel_size={self.kernel_size}, stride={self.stride}"
        zeros = (0,) * self._dims
        if self.padding != zeros:
            text += f", padding={self.padding}"
        if self.dilation != (1,) * self._dims:
            text += f", dilation={self.dilation}"
        if self.groups != 1:
            text += f", groups={self.groups}"
        if self.bias is None:
            text += ", bias=False"
        if self.padding_mode != "zeros":
            text += f", padding_mode={self.padding_mode}"
        return text


@register_layer
class Conv1d(_ConvNd):
    """A 1-D convolution over (N, C_in, L) or (C_in, L): (1) with one spatial axis.

    Parameters are those of ``Conv2d`` with one number per argument (a tuple of one is accepted too).

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> conv = nn.Conv1d(2, 4, 5, padding="same")
    >>> conv.weight.shape, conv(mldlab.zeros(3, 2, 50)).shape
    ((4, 2, 5), (3, 4, 50))
    """

    _dims = 1


@register_layer
class Conv2d(_ConvNd):
    """A 2-D convolution over (N, C_in, H, W) or (C_in, H, W): (1), with output sizes (2).

    Parameters
    ----------
    in_channels : int
        C_in, the channels of the input (1 for gray images, 3 for colour ones).
    out_channels : int
        C_out, the number of kernels, one per output channel (feature map).
    kernel_size : int or (int, int)
        kH × kW.
    stride : int or (int, int), default 1
        How far the kernel moves between outputs.
    padding : int, (int, int), 'valid' or 'same', default 0
        Numbers added around each spatial axis ('same' keeps the size; stride 1 only; an odd total
        d·(k − 1) puts the extra one after, as in PyTorch).
    dilation : int or (int, int), default 1
        The spacing between kernel taps.
    groups : int, default 1
        Split the channels into groups that do not see each other (both channel counts must be multiples).
    bias : bool, default True
    padding_mode : {'zeros', 'reflect', 'replicate', 'circular'}, default 'zeros'
        What the padding holds (see ``F.pad``).
    device : str, optional
        Only ``'cpu'`` (accepted for PyTorch compatibility).
    dtype : dtype, optional
        The parameters' dtype (default float32).

    Attributes
    ----------
    weight : Parameter of shape (out_channels, in_channels / groups, kH, kW)
        Drawn from U(−1/√fan_in, 1/√fan_in), fan_in = in_channels / groups · kH · kW (as in PyTorch).
    bias : Parameter of shape (out_channels,) or None
        Drawn from the same range.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> conv = nn.Conv2d(3, 16, 3)
    >>> conv(mldlab.zeros(8, 1, 28, 28))
    Traceback (most recent call last):
        ...
    RuntimeError: Conv2d(3 → 16, 3×3) expected input of shape (N, 3, H, W) / (3, H, W) (3 channels), got ...
    """

    _dims = 2
