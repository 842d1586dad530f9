"""Keras's pooling layers: each window of a channels-last feature map (N, H, W, C) summed up by one number.

    MaxPooling2D            (1) yᵢⱼ꜀ = max over the window at (s·i, s·j) of x[·, ·, c]
    AveragePooling2D        (2) yᵢⱼ꜀ = mean over the window of x[·, ·, c]
    GlobalAveragePooling2D  (3) y꜀ = mean over all positions of x[·, ·, c]        (N, H, W, C) → (N, C)

Each channel is pooled on its own, so the channel count stays. The window has ``pool_size`` (2, 2 by default)
and moves by ``strides`` (by default the window's size, so windows do not overlap). ``padding='same'`` lets the
windows run over the edge (⌈H / s⌉ outputs): a max then ignores the missing values, an average divides by the
number of values present. The 1-D forms work on sequences (N, steps, C).

Examples
--------
>>> import numpy as np
>>> from mldlab.keras import layers
>>> x = np.arange(16.0).reshape(1, 4, 4, 1)
>>> layers.MaxPooling2D()(x)[0, :, :, 0]
tensor([[ 5.,  7.],
        [13., 15.]])
>>> layers.GlobalAveragePooling2D()(x)
tensor([[7.5000]])
"""

from mldlab import nn
from mldlab.creation import ones_like
from mldlab.i18n import message
from mldlab.keras.layers._spatial import (
    channels_first,
    channels_last,
    check_padding,
    output_length,
    padded,
    same_padding,
    spatial_tuple,
)
from mldlab.keras.layers.layer import Layer, check_unknown
from mldlab.nn import functional as F
from mldlab.nn.config import config_arguments, register_layer
from mldlab.tensor import Tensor


class _Pooling(Layer):
    rank = 2
    kind = "max"

    def __init__(self, pool_size, strides, padding, data_format, name, trainable, dtype, input_shape, input_dim,
                 kwargs):
        op = type(self).__name__
        check_unknown(op, kwargs, config_arguments(type(self)))
        if data_format not in (None, "channels_last"):
            raise NotImplementedError(message("keras_unsupported", op=op, arguments=f"data_format={data_format!r}"))
        super().__init__(name=name, trainable=trainable, dtype=dtype, input_shape=input_shape, input_dim=input_dim)
        self.pool_size = spatial_tuple(op, "pool_size", pool_size, self.rank)
        self.strides = self.pool_size if strides is None else spatial_tuple(op, "strides", strides, self.rank)
        self.padding = check_padding(op, padding, ("valid", "same"))
        self.built = True

    def compute_output_shape(self, input_shape) -> tuple:
        sizes = [output_length(n, k, s, 1, self.padding)
                 for n, k, s in zip(input_shape[1:-1], self.pool_size, self.strides)]
        return (input_shape[0], *sizes, input_shape[-1])

    def forward(self, x: Tensor) -> Tensor:
        if x.ndim != self.rank + 2:
            raise ValueError(message("keras_cnn_rnn_input_ndim", name=self.name, op=type(self).__name__,
                                     ndim=self.rank + 2, layout=_layout(self.rank), shape=tuple(x.shape)))
        pairs = [same_padding(n, k, s) if self.padding == "same" else (0, 0)
                 for n, k, s in zip(x.shape[1:-1], self.pool_size, self.strides)]
        xc = channels_first(x)
        if self.kind == "max":
            xc, padding = padded(xc, pairs, value=float("-inf"))  # a missing value never wins the max
            pool = F.max_pool2d if self.rank == 2 else F.max_pool1d
            return channels_last(pool(xc, self.pool_size, self.strides, padding))  # (1)
        pool = F.avg_pool2d if self.rank == 2 else F.avg_pool1d
        sums, padding = padded(xc, pairs)
        y = pool(sums, self.pool_size, self.strides, padding, count_include_pad=True)  # (2)
        if any(before or after for before, after in pairs):  # divide by the values present, not the window's size
            present, _ = padded(ones_like(xc[:1, :1]), pairs)
            y = y / pool(present, self.pool_size, self.strides, padding, count_include_pad=True)
        return channels_last(y)

    def get_config(self) -> dict:
        return {**super().get_config(), "pool_size": list(self.pool_size), "strides": list(self.strides),
                "padding": self.padding, "data_format": "channels_last"}

    def to_nn(self) -> nn.Module:
        """PyTorch's ``nn.MaxPool2d`` / ``nn.AvgPool2d`` (1-D: ``…1d``) with the same window and stride, for
        channels-first inputs. PyTorch has no 'same' padding for pooling: only 'valid' is handed on."""
        if self.padding != "valid":
            raise NotImplementedError(message("keras_cnn_pool_same", name=self.name))
        cls = f"{'Max' if self.kind == 'max' else 'Avg'}Pool{self.rank}d"
        size, strides = (self.pool_size, self.strides) if self.rank == 2 else (self.pool_size[0], self.strides[0])
        return getattr(nn, cls)(size, None if strides == size else strides)

    def extra_repr(self) -> str:
        return f"pool_size={self.pool_size}, strides={self.strides}, padding={self.padding!r}, name={self.name!r}"


def _layout(rank: int) -> str:
    return "(batch, height, width, channels)" if rank == 2 else "(batch, steps, channels)"


@register_layer("keras.MaxPooling2D")
class MaxPooling2D(_Pooling):
    """(1): the largest value of each window, channel by channel.

    Parameters
    ----------
    pool_size : int or (int, int), default (2, 2)
    strides : int or (int, int), optional
        Default: ``pool_size``.
    padding : {'valid', 'same'}, default 'valid'
    data_format : None or 'channels_last'
    """

    def __init__(self, pool_size=(2, 2), strides=None, padding="valid", data_format=None, *, name=None,
                 trainable=True, dtype=None, input_shape=None, input_dim=None, **kwargs):
        super().__init__(pool_size, strides, padding, data_format, name, trainable, dtype, input_shape, input_dim,
                         kwargs)


@register_layer("keras.AveragePooling2D")
class AveragePooling2D(_Pooling):
    """(2): the mean of each window, channel by channel (parameters as ``MaxPooling2D``)."""

    kind = "avg"

    def __init__(self, pool_size=(2, 2), strides=None, padding="valid", data_format=None, *, name=None,
                 trainable=True, dtype=None, input_shape=None, input_dim=None, **kwargs):
        super().__init__(pool_size, strides, padding, data_format, name, trainable, dtype, input_shape, input_dim,
                         kwargs)


@register_layer("keras.MaxPooling1D")
class MaxPooling1D(_Pooling):
    """(1) along the steps of a sequence (N, steps, C); ``pool_size`` 2 by default."""

    rank = 1

    def __init__(self, pool_size=2, strides=None, padding="valid", data_format=None, *, name=None, trainable=True,
                 dtype=None, input_shape=None, input_dim=None, **kwargs):
        super().__init__(pool_size, strides, padding, data_format, name, trainable, dtype, input_shape, input_dim,
                         kwargs)


@register_layer("keras.AveragePooling1D")
class AveragePooling1D(_Pooling):
    """(2) along the steps of a sequence (N, steps, C); ``pool_size`` 2 by default."""

    rank, kind = 1, "avg"

    def __init__(self, pool_size=2, strides=None, padding="valid", data_format=None, *, name=None, trainable=True,
                 dtype=None, input_shape=None, input_dim=None, **kwargs):
        super().__init__(pool_size, strides, padding, data_format, name, trainable, dtype, input_shape, input_dim,
                         kwargs)


class _GlobalAveragePooling(Layer):
    rank = 2

    def __init__(self, data_format, keepdims, name, trainable, dtype, input_shape, input_dim, kwargs):
        op = type(self).__name__
        check_unknown(op, kwargs, config_arguments(type(self)))
        if data_format not in (None, "channels_last"):
            raise NotImplementedError(message("keras_unsupported", op=op, arguments=f"data_format={data_format!r}"))
        if not isinstance(keepdims, bool):
            raise TypeError(message("keras_bool", op=op, name="keepdims", value=repr(keepdims)))
        super().__init__(name=name, trainable=trainable, dtype=dtype, input_shape=input_shape, input_dim=input_dim)
        self.keepdims = keepdims
        self.built = True

    def compute_output_shape(self, input_shape) -> tuple:
        if self.keepdims:
            return (input_shape[0], *[1] * self.rank, input_shape[-1])
        return (input_shape[0], input_shape[-1])

    def forward(self, x: Tensor) -> Tensor:
        if x.ndim != self.rank + 2:
            raise ValueError(message("keras_cnn_rnn_input_ndim", name=self.name, op=type(self).__name__,
                                     ndim=self.rank + 2, layout=_layout(self.rank), shape=tuple(x.shape)))
        return x.mean(dim=tuple(range(1, self.rank + 1)), keepdim=self.keepdims)  # (3)

    def get_config(self) -> dict:
        return {**super().get_config(), "data_format": "channels_last", "keepdims": self.keepdims}

    def to_nn(self) -> nn.Module:
        """``nn.AdaptiveAvgPool2d(1)`` (one value per channel), then ``nn.Flatten()`` unless ``keepdims``."""
        pool = nn.AdaptiveAvgPool2d(1) if self.rank == 2 else nn.AdaptiveAvgPool1d(1)
        return pool if self.keepdims else nn.Sequential(pool, nn.Flatten())


@register_layer("keras.GlobalAveragePooling2D")
class GlobalAveragePooling2D(_GlobalAveragePooling):
    """(3): each channel's mean over the whole image, (N, H, W, C) → (N, C) (``keepdims``: (N, 1, 1, C))."""

    def __init__(self, data_format=None, keepdims=False, *, name=None, trainable=True, dtype=None, input_shape=None,
                 input_dim=None, **kwargs):
        super().__init__(data_format, keepdims, name, trainable, dtype, input_shape, input_dim, kwargs)


@register_layer("keras.GlobalAveragePooling1D")
class GlobalAveragePooling1D(_GlobalAveragePooling):
    """(3) over the steps of a sequence, (N, steps, C) → (N, C)."""

    rank = 1

    def __init__(self, data_format=None, keepdims=False, *, name=None, trainable=True, dtype=None, input_shape=None,
                 input_dim=None, **kwargs):
        super().__init__(data_format, keepdims, name, trainable, dtype, input_shape, input_dim, kwargs)

