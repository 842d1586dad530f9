"""Pooling layers: each output summarises a small window of its input channel (its maximum or its mean).

Pooling has no weights. It makes feature maps smaller (a 2×2 window with stride 2 halves the height and the
width) and a little insensitive to where exactly a feature is:

    (1) max pooling       y_w = max_{j ∈ w} x_j        (the gradient goes to the first maximum of w only)
    (2) average pooling   y_w = (1/|w|) Σ_{j ∈ w} x_j   (every input of w gets 1/|w| of the gradient)
    (3) adaptive pooling  window i of n inputs → n_out outputs: ⌊i·n/n_out⌋ … ⌈(i+1)·n/n_out⌉ − 1

The layers store their arguments as given (``kernel_size=2`` stays 2, as in PyTorch; a list becomes a tuple),
``stride`` defaulting to ``kernel_size``. The computations are in ``mldlab._ops.pool``.

Examples
--------
>>> import mldlab
>>> from mldlab import nn
>>> pool = nn.MaxPool2d(2)
>>> pool
MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)
>>> pool(mldlab.randn(8, 6, 28, 28)).shape
(8, 6, 14, 14)
"""

from mldlab._ops import _pool_util
from mldlab._ops._pool_adaptive import adaptive_avg_pool1d, adaptive_avg_pool2d, adaptive_max_pool2d, check_output_size
from mldlab._ops._pool_avg import avg_pool1d, avg_pool2d
from mldlab._ops.pool import max_pool1d, max_pool2d
from mldlab.nn import _checks, _keras_equivalents
from mldlab.nn.config import register_layer
from mldlab.nn.module import Module
from mldlab.tensor import Tensor


def _given(layer: str, name: str, value, n: int, minimum: int = 1):
    """A size argument checked as ``F`` would check it, but kept as given (a list becomes a tuple)."""
    _pool_util.sizes(layer, name, value, n, minimum=minimum)
    return tuple(int(v) for v in value) if isinstance(value, (tuple, list)) else int(value)


def _window(layer, n: int, kernel_size, stride, padding) -> tuple:
    """kernel_size, stride (the kernel when not given, as in F) and padding, as the layer keeps them, checked:
    the padding may be at most half the kernel."""
    kernel_size = _given(layer, "kernel_size", kernel_size, n)
    empty = stride is None or (isinstance(stride, (tuple, list)) and not stride)
    stride = kernel_size if empty else _given(layer, "stride", stride, n)
    padding = _given(layer, "padding", padding, n, minimum=0)
    _pool_util.check_padding(layer, _pool_util.sizes(layer, "kernel_size", kernel_size, n),
                             _pool_util.sizes(layer, "padding", padding, n, minimum=0))
    return kernel_size, stride, padding


class _MaxPoolNd(Module):
    _n = 2

    def __init__(self, kernel_size, stride=None, padding=0, dilation=1, return_indices: bool = False,
                 ceil_mode: bool = False):
        super().__init__()
        name, n = type(self).__name__, self._n
        self.kernel_size, self.stride, self.padding = _window(name, n, kernel_size, stride, padding)
        self.dilation = _given(name, "dilation", dilation, n)
        self.return_indices = _checks.flag(name, "return_indices", return_indices)
        self.ceil_mode = _checks.flag(name, "ceil_mode", ceil_mode)

    def _keras_layer(self, ndim: int) -> list:
        """Keras's equivalent for ``mldlab.interop.to_keras_code``: MaxPooling1D/2D on channels-last data."""
        return _keras_equivalents.pooling(self, ndim)

    def get_config(self) -> dict:
        return {"kernel_size": self.kernel_size, "stride": self.stride, "padding": self.padding,
                "dilation": self.dilation, "return_indices": self.return_indices, "ceil_mode": self.ceil_mode}

    def extra_repr(self) -> str:
        return (f"kernel_size={self.kernel_size}, stride={self.stride}, padding={self.padding}, "
                f"dilation={self.dilation}, ceil_mode={self.ceil_mode}")


@register_layer
class MaxPool2d(_MaxPoolNd):
    """(1) over k₁×k₂ windows of (N, C, H, W) or (C, H, W) inputs (``F.max_pool2d``).

    Parameters
    ----------
    kernel_size : int or (int, int)
        The window's height and width.
    stride : int or (int, int), optional
        The step between windows (default: ``kernel_size``).
    padding : int or (int, int), default 0
        Implicit −∞ on each side (at most half of the window).
    dilation : int or (int, int), default 1
        The step between the elements of a window.
    return_indices : bool, default False
        Also return the flat index h·W + w of each maximum.
    ceil_mode : bool, default False
        Round the number of windows up.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> x = mldlab.tensor([[[[1.0, 2.0, 5.0, 0.0],
    ...                      [3.0, 4.0, 1.0, 1.0]]]])
    >>> nn.MaxPool2d(2)(x)
    tensor([[[[4., 5.]]]])
    """

    _n = 2

    def forward(self, input: Tensor):
        return max_pool2d(input, self.kernel_size, self.stride, self.padding, self.dilation, self.ceil_mode,
                          self.return_indices)


@register_layer
class MaxPool1d(_MaxPoolNd):
    """(1) over windows of length k along the last axis of (N, C, L) or (C, L) inputs (``F.max_pool1d``).

    The arguments are those of ``MaxPool2d``, one number each.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> nn.MaxPool1d(3, stride=1)(mldlab.tensor([[1.0, 5.0, 2.0, 0.0, 3.0]]))
    tensor([[5., 5., 3.]])
    """

    _n = 1

    def forward(self, input: Tensor):
        return max_pool1d(input, self.kernel_size, self.stride, self.padding, self.dilation, self.ceil_mode,
                          self.return_indices)


class _AvgPoolNd(Module):
    _n = 2

    def __init__(self, kernel_size, stride=None, padding=0, ceil_mode: bool = False, count_include_pad: bool = True):
        super().__init__()
        name, n = type(self).__name__, self._n
        self.kernel_size, self.stride, self.padding = _window(name, n, kernel_size, stride, padding)
        self.ceil_mode = _checks.flag(name, "ceil_mode", ceil_mode)
        self.count_include_pad = _checks.flag(name, "count_include_pad", count_include_pad)

    def _keras_layer(self, ndim: int) -> list:
        """Keras's equivalent for ``mldlab.interop.to_keras_code``: AveragePooling1D/2D on channels-last data."""
        return _keras_equivalents.pooling(self, ndim)

    def get_config(self) -> dict:
        return {"kernel_size": self.kernel_size, "stride": self.stride, "padding": self.padding,
                "ceil_mode": self.ceil_mode, "count_include_pad": self.count_include_pad}

    def extra_repr(self) -> str:
        return f"kernel_size={self.kernel_size}, stride={self.stride}, padding={self.padding}"


@register_layer
class AvgPool2d(_AvgPoolNd):
    """(2) over k₁×k₂ windows of (N, C, H, W) or (C, H, W) inputs (``F.avg_pool2d``).

    Parameters
    ----------
    kernel_size : int or (int, int)
        The window's height and width.
    stride : int or (int, int), optional
        The step between windows (default: ``kernel_size``).
    padding : int or (int, int), default 0
        Zeros added on each side (at most half of the window).
    ceil_mode : bool, default False
        Round the number of windows up.
    count_include_pad : bool, default True
        Count the padding zeros in the window's size |w|.
    divisor_override : int, optional
        Divide every window's sum by this number instead of |w|.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> nn.AvgPool2d(2)(mldlab.tensor([[[[1.0, 3.0], [2.0, 6.0]]]]))
    tensor([[[[3.]]]])
    """

    def __init__(self, kernel_size, stride=None, padding=0, ceil_mode: bool = False, count_include_pad: bool = True,
                 divisor_override: int | None = None):
        super().__init__(kernel_size, stride, padding, ceil_mode, count_include_pad)
        if divisor_override is not None:
            divisor_override = _checks.size("AvgPool2d", "divisor_override", divisor_override)
        self.divisor_override = divisor_override

    def forward(self, input: Tensor) -> Tensor:
        return avg_pool2d(input, self.kernel_size, self.stride, self.padding, self.ceil_mode, self.count_include_pad,
                          self.divisor_override)

    def get_config(self) -> dict:
        return {**super().get_config(), "divisor_override": self.divisor_override}


@register_layer
class AvgPool1d(_AvgPoolNd):
    """(2) over windows of length k along the last axis of (N, C, L) or (C, L) inputs (``F.avg_pool1d``).

    The arguments are those of ``AvgPool2d``, one number each (without ``divisor_override``, as in PyTorch); like
    PyTorch's, the layer keeps them as 1-tuples: ``kernel_size=(3,)``.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> nn.AvgPool1d(3)
    AvgPool1d(kernel_size=(3,), stride=(3,), padding=(0,))
    >>> nn.AvgPool1d(2)(mldlab.tensor([[1.0, 3.0, 2.0, 6.0]]))
    tensor([[2., 4.]])
    """

    _n = 1

    def __init__(self, kernel_size, stride=None, padding=0, ceil_mode: bool = False, count_include_pad: bool = True):
        super().__init__(kernel_size, stride, padding, ceil_mode, count_include_pad)
        # PyTorch's AvgPool1d keeps these as 1-tuples: kernel_size=(3,)
        self.kernel_size, self.stride, self.padding = ((v,) if isinstance(v, int) else v
                                                       for v in (self.kernel_size, self.stride, self.padding))

    def forward(self, input: Tensor) -> Tensor:
        return avg_pool1d(input, self.kernel_size, self.stride, self.padding, self.ceil_mode, self.count_include_pad)


class _AdaptivePoolNd(Module):
    _n = 2

    def __init__(self, output_size):
        super().__init__()
        n = self._n
        items = tuple(output_size) if isinstance(output_size, (tuple, list)) else (output_size,) * n
        check_output_size(type(self).__name__, items, (1,) * n)
        self.output_size = tuple(output_size) if isinstance(output_size, (tuple, list)) else output_size

    def _keras_layer(self, ndim: int) -> list:
        """Keras's equivalent for ``mldlab.interop.to_keras_code``: GlobalAveragePooling2D for output_size 1."""
        return _keras_equivalents.adaptive_pooling(self, ndim)

    def get_config(self) -> dict:
        return {"output_size": self.output_size}

    def extra_repr(self) -> str:
        return f"output_size={self.output_size}"


@register_layer
class AdaptiveAvgPool2d(_AdaptivePoolNd):
    """(3): the mean of each of H_out × W_out windows that cover the input evenly (``F.adaptive_avg_pool2d``).

    ``AdaptiveAvgPool2d(1)`` is global average pooling: one number per channel, whatever the image size.

    Parameters
    ----------
    output_size : int or (int or None, int or None)
        (H_out, W_out); None keeps that axis's size.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> nn.AdaptiveAvgPool2d((2, 1))(mldlab.arange(12.0).reshape(1, 1, 4, 3))
    tensor([[[[2.5000],
              [8.5000]]]])
    """

    def forward(self, input: Tensor) -> Tensor:
        return adaptive_avg_pool2d(input, self.output_size)


@register_layer
class AdaptiveAvgPool1d(_AdaptivePoolNd):
    """(3) along the last axis of (N, C, L) or (C, L) inputs (``F.adaptive_avg_pool1d``).

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> nn.AdaptiveAvgPool1d(2)(mldlab.tensor([[1.0, 2.0, 3.0, 4.0, 5.0]]))
    tensor([[2., 4.]])
    """

    _n = 1

    def forward(self, input: Tensor) -> Tensor:
        return adaptive_avg_pool1d(input, self.output_size)


@register_layer
class AdaptiveMaxPool2d(_AdaptivePoolNd):
    """The maximum of each of H_out × W_out windows (3) (``F.adaptive_max_pool2d``).

    Parameters
    ----------
    output_size : int or (int or None, int or None)
        (H_out, W_out); None keeps that axis's size.
    return_indices : bool, default False
        Also return the flat index h·W + w of each maximum.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> nn.AdaptiveMaxPool2d(1)(mldlab.arange(6.0).reshape(1, 2, 3))
    tensor([[[5.]]])
    """

    def __init__(self, output_size, return_indices: bool = False):
        super().__init__(output_size)
        self.return_indices = _checks.flag("AdaptiveMaxPool2d", "return_indices", return_indices)

    def forward(self, input: Tensor):
        return adaptive_max_pool2d(input, self.output_size, self.return_indices)

    def get_config(self) -> dict:
        return {"output_size": self.output_size, "return_indices": self.return_indices}
