"""Keras's ``Conv2D`` and ``Conv1D``: a small kernel slid over an image (or a sequence), written as Keras writes it.

Output channel o at position (i, j) is the kernel's weighted sum of the patch under it, plus a bias, through g:

    (1) zᵢⱼₒ = bₒ + Σₘ Σₙ Σ_c x[s·i + d·m, s·j + d·n, c] · K[m, n, c, o]
    (2) ŷ = g(Z)

Keras keeps images channels-last, X of shape (N, H, W, C), and the kernel K of shape (kH, kW, C_in, filters);
PyTorch keeps them channels-first, (N, C, H, W), with W of shape (filters, C_in, kH, kW). Same numbers:
W = K transposed to (3, 2, 0, 1). This layer moves the axes, then runs the engine's ``F.conv2d``.

``padding='valid'`` uses only whole patches; ``'same'`` pads with zeros so that the output has ⌈H / s⌉ rows,
the extra zero (for an even kernel) going after, as in Keras; Conv1D's ``'causal'`` pads only before, so that
output t sees inputs up to t only.

Examples
--------
>>> import numpy as np
>>> from mldlab.keras import layers
>>> conv = layers.Conv2D(8, 3, activation="relu")
>>> conv(np.ones((2, 28, 28, 1))).shape            # (N, H, W, C) in, (N, H − 2, W − 2, filters) out
(2, 26, 26, 8)
>>> conv.kernel.shape, conv.count_params()          # 3·3·1·8 weights + 8 biases
((3, 3, 1, 8), 80)
"""

import numbers

from mldlab import nn
from mldlab._ops.shape import cast
from mldlab.grad_mode import no_grad
from mldlab.i18n import message
from mldlab.keras import activations, initializers
from mldlab.keras.layers._spatial import (
    channels_first,
    channels_last,
    check_padding,
    output_length,
    padded,
    same_padding,
    spatial_tuple,
)
from mldlab.keras.layers.activation import nn_activation
from mldlab.keras.layers.layer import Layer, check_unknown, check_unsupported
from mldlab.nn import functional as F
from mldlab.nn.config import config_arguments, register_layer
from mldlab.tensor import Tensor


class _Conv(Layer):
    rank = 2
    paddings = ("valid", "same")

    def __init__(self, filters, kernel_size, strides, padding, data_format, dilation_rate, groups, activation,
                 use_bias, kernel_initializer, bias_initializer, unsupported: dict, name, trainable, dtype,
                 input_shape, input_dim, kwargs):
        op = type(self).__name__
        check_unsupported(op, unsupported)
        check_unknown(op, kwargs, config_arguments(type(self)))
        if data_format not in (None, "channels_last"):
            raise NotImplementedError(message("keras_unsupported", op=op, arguments=f"data_format={data_format!r}"))
        super().__init__(name=name, trainable=trainable, dtype=dtype, input_shape=input_shape, input_dim=input_dim)
        if isinstance(filters, bool) or not isinstance(filters, numbers.Integral) or filters < 1:
            raise ValueError(message("keras_cnn_filters", op=op, value=repr(filters)))
        if isinstance(groups, bool) or not isinstance(groups, numbers.Integral) or groups < 1 or filters % groups:
            raise ValueError(message("keras_cnn_groups", op=op, value=repr(groups), filters=filters))
        if not isinstance(use_bias, bool):
            raise TypeError(message("keras_bool", op=op, name="use_bias", value=repr(use_bias)))
        self.filters, self.groups, self.use_bias = int(filters), int(groups), use_bias
        self.kernel_size = spatial_tuple(op, "kernel_size", kernel_size, self.rank)
        self.strides = spatial_tuple(op, "strides", strides, self.rank)
        self.dilation_rate = spatial_tuple(op, "dilation_rate", dilation_rate, self.rank)
        self.padding = check_padding(op, padding, self.paddings)
        if max(self.strides) > 1 and max(self.dilation_rate) > 1:
            raise ValueError(message("keras_cnn_stride_dilation", op=op))
        self.activation = activations.get(activation)
        self.kernel_initializer = initializers.get(kernel_initializer)
        self.bias_initializer = initializers.get(bias_initializer)
        self.register_parameter("kernel", None)
        self.register_parameter("bias", None)
        if self.input_shape_given is not None:
            self.build((None, *self.input_shape_given))

    def build(self, input_shape) -> None:
        """K of shape (*kernel_size, C_in / groups, filters) and b of shape (filters,); C_in = the last axis."""
        if len(input_shape) != self.rank + 2:
            raise ValueError(message("keras_cnn_rnn_input_ndim", name=self.name, op=type(self).__name__,
                                     ndim=self.rank + 2, layout=self._layout(), shape=tuple(input_shape)))
        channels = input_shape[-1]
        if channels % self.groups:
            raise ValueError(message("keras_cnn_groups", op=type(self).__name__, value=self.groups,
                                     filters=f"{self.filters}, C_in = {channels}"))
        shape = (*self.kernel_size, channels // self.groups, self.filters)
        self.kernel = self.add_weight(shape, self.kernel_initializer)
        if self.use_bias:
            self.bias = self.add_weight((self.filters,), self.bias_initializer)
        self.built_input_shape = tuple(input_shape[1:])
        self.built = True

    def _layout(self) -> str:
        return "(batch, height, width, channels)" if self.rank == 2 else "(batch, steps, channels)"

    def compute_output_shape(self, input_shape) -> tuple:
        sizes = [output_length(n, k, s, d, "valid" if self.padding == "valid" else "same")
                 for n, k, s, d in zip(input_shape[1:-1], self.kernel_size, self.strides, self.dilation_rate)]
        return (input_shape[0], *sizes, self.filters)

    def _padding_pairs(self, spatial: tuple) -> list:
        if self.padding == "valid":
            return [(0, 0)] * self.rank
        if self.padding == "causal":
            return [(self.dilation_rate[0] * (self.kernel_size[0] - 1), 0)]
        return [same_padding(n, k, s, d) for n, k, s, d in zip(spatial, self.kernel_size, self.strides,
                                                                 self.dilation_rate)]

    def weight_channels_first(self) -> Tensor:
        """K (*kernel_size, C_in, filters) as PyTorch's W (filters, C_in, *kernel_size)."""
        return self.kernel.permute(self.rank + 1, self.rank, *range(self.rank))

    def forward(self, x: Tensor) -> Tensor:
        if x.ndim != self.rank + 2 or x.shape[-1] != self.kernel.shape[-2] * self.groups:
            raise ValueError(message("keras_cnn_conv_input", name=self.name, op=type(self).__name__,
                                     layout=self._layout(), channels=self.kernel.shape[-2] * self.groups,
                                     shape=tuple(x.shape)))
        if x.dtype != self.kernel.dtype:
            x = cast(x, self.kernel.dtype)
        xc, padding = padded(channels_first(x), self._padding_pairs(tuple(x.shape[1:-1])))
        convolve = F.conv2d if self.rank == 2 else F.conv1d
        z = convolve(xc, self.weight_channels_first(), self.bias, stride=self.strides, padding=padding,
                     dilation=self.dilation_rate, groups=self.groups)  # (1)
        return self.activation(channels_last(z))  # (2)

    def get_config(self) -> dict:
        activation = activations.serialize(self.activation)
        if activation is None:
            raise TypeError(message("keras_activation_not_saved", name=self.name))
        return {**super().get_config(), "filters": self.filters, "kernel_size": list(self.kernel_size),
                "strides": list(self.strides), "padding": self.padding, "data_format": "channels_last",
                "dilation_rate": list(self.dilation_rate), "groups": self.groups, "activation": activation,
                "use_bias": self.use_bias, "kernel_initializer": initializers.serialize(self.kernel_initializer),
                "bias_initializer": initializers.serialize(self.bias_initializer)}

    def to_nn(self) -> nn.Module:
        """PyTorch's ``nn.Conv2d`` (``nn.Conv1d``) with W = K transposed to (filters, C_in, kH, kW), then the
        activation. It works on channels-first inputs (N, C, H, W): the same numbers in PyTorch's layout."""
        if not self.built:
            raise ValueError(message("keras_unbuilt", op="to_nn", name=self.name))
        spatial = self.built_input_shape[:-1]
        pairs = self._padding_pairs(spatial)
        if any(before != after for before, after in pairs):
            raise NotImplementedError(message("keras_cnn_uneven_padding", name=self.name, pairs=pairs))
        cls = nn.Conv2d if self.rank == 2 else nn.Conv1d
        conv = cls(self.kernel.shape[-2] * self.groups, self.filters, self.kernel_size, stride=self.strides,
                   padding=tuple(before for before, _ in pairs), dilation=self.dilation_rate, groups=self.groups,
                   bias=self.use_bias, dtype=self.dtype)
        with no_grad():
            conv.weight._data[...] = self.weight_channels_first()._data
            if self.use_bias:
                conv.bias._data[...] = self.bias._data
        activation = nn_activation(self.activation, self.name)
        return conv if activation is None else nn.Sequential(conv, activation)

    def extra_repr(self) -> str:
        return (f"filters={self.filters}, kernel_size={self.kernel_size}, strides={self.strides}, "
                f"padding={self.padding!r}, name={self.name!r}")


@register_layer("keras.Conv2D")
class Conv2D(_Conv):
    """A 2-D convolution over channels-last images (N, H, W, C): (1)–(2).

    Parameters
    ----------
    filters : int
        The number of output channels (kernels).
    kernel_size : int or (int, int)
        (kH, kW).
    strides : int or (int, int), default (1, 1)
        s, the step between patches.
    padding : {'valid', 'same'}, default 'valid'
    data_format : None or 'channels_last'
        Only Keras's default layout.
    dilation_rate : int or (int, int), default (1, 1)
        d, the spacing of the kernel's taps.
    groups : int, default 1
        The input channels split into groups, each with its own filters / groups kernels.
    activation, use_bias, kernel_initializer, bias_initializer :
        As for ``Dense``.

    Attributes
    ----------
    kernel : Parameter of shape (kH, kW, C_in / groups, filters)
    bias : Parameter of shape (filters,), or None
    """

    def __init__(self, filters, kernel_size, strides=(1, 1), padding="valid", data_format=None, dilation_rate=(1, 1),
                 groups=1, activation=None, use_bias=True, kernel_initializer="glorot_uniform",
                 bias_initializer="zeros", kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None,
                 kernel_constraint=None, bias_constraint=None, *, name=None, trainable=True, dtype=None,
                 input_shape=None, input_dim=None, **kwargs):
        super().__init__(filters, kernel_size, strides, padding, data_format, dilation_rate, groups, activation,
                         use_bias, kernel_initializer, bias_initializer, {
                             "kernel_regularizer": kernel_regularizer, "bias_regularizer": bias_regularizer,
                             "activity_regularizer": activity_regularizer, "kernel_constraint": kernel_constraint,
                             "bias_constraint": bias_constraint}, name, trainable, dtype, input_shape, input_dim,
                         kwargs)


@register_layer("keras.Conv1D")
class Conv1D(_Conv):
    """A 1-D convolution over channels-last sequences (N, steps, C), with ``padding='causal'`` too.

    The same parameters as ``Conv2D``, with one number each; the kernel has shape (k, C_in / groups, filters).
    """

    rank = 1
    paddings = ("valid", "same", "causal")

    def __init__(self, filters, kernel_size, strides=1, padding="valid", data_format=None, dilation_rate=1, groups=1,
                 activation=None, use_bias=True, kernel_initializer="glorot_uniform", bias_initializer="zeros",
                 kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None,
                 bias_constraint=None, *, name=None, trainable=True, dtype=None, input_shape=None, input_dim=None,
                 **kwargs):
        super().__init__(filters, kernel_size, strides, padding, data_format, dilation_rate, groups, activation,
                         use_bias, kernel_initializer, bias_initializer, {
                             "kernel_regularizer": kernel_regularizer, "bias_regularizer": bias_regularizer,
                             "activity_regularizer": activity_regularizer, "kernel_constraint": kernel_constraint,
                             "bias_constraint": bias_constraint}, name, trainable, dtype, input_shape, input_dim,
                         kwargs)
