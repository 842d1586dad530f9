"""Keras's ``Dense``: the slides' dense layer, written as Keras writes it.

Every output i is a weighted sum of all inputs plus a bias, passed through the activation g:

    (1) zᵢ = w₀,ᵢ + Σⱼ xⱼ wⱼ,ᵢ
    (2) Z = X K + b,   ŷ = g(Z)

Keras keeps the kernel K with one row per input and one column per unit, shape (in, units), so (2) needs no
transpose; PyTorch's ``nn.Linear`` keeps W = Kᵀ, shape (units, in), and computes X Wᵀ + b. Same numbers.

The input size is not given: it is read from the first input (or from ``keras.Input(shape=...)``), as in
Keras. Starting weights follow Keras: K ~ GlorotUniform, b = 0.

Examples
--------
>>> import numpy as np
>>> from mldlab.keras import layers
>>> layer = layers.Dense(2, activation="sigmoid")
>>> layer.built
False
>>> y = layer(np.ones((4, 3)))
>>> layer.kernel.shape, layer.bias.shape, y.shape
((3, 2), (2,), (4, 2))
>>> layer.count_params()                     # 3·2 weights + 2 biases
8
"""

import numbers

from mldlab import nn
from mldlab._ops.shape import cast
from mldlab.grad_mode import no_grad
from mldlab.i18n import message
from mldlab.keras import activations, initializers
from mldlab.keras.layers.activation import nn_activation
from mldlab.keras.layers.layer import Layer, check_unknown, check_unsupported
from mldlab.nn.config import config_arguments, register_layer
from mldlab.tensor import Tensor


def dense(x: Tensor, kernel: Tensor, bias: Tensor | None) -> Tensor:
    """(2) Z = X K + b as one graph node (one node instead of two keeps the training step fast).

    Backward, for g = ∂J/∂Z:  ∂J/∂X = g Kᵀ,  ∂J/∂K = Xᵀ g,  ∂J/∂b = Σ g over the batch.
    """
    xd, k = x._data, kernel._data
    z = xd @ k
    if bias is not None:
        z += bias._data

    def backward(g):
        g2 = g.reshape(-1, g.shape[-1])
        x2 = xd.reshape(-1, xd.shape[-1])
        gx = g @ k.T if x._requires_grad else None  # ∂J/∂X = g Kᵀ
        gk = x2.T @ g2 if kernel._requires_grad else None  # ∂J/∂K = Xᵀ g
        if bias is None:
            return gx, gk
        return gx, gk, (g2.sum(axis=0) if bias._requires_grad else None)  # ∂J/∂b = Σ g

    inputs = (x, kernel) if bias is None else (x, kernel, bias)
    return Tensor._from_op(z, "dense", inputs, backward)


@register_layer("keras.Dense")
class Dense(Layer):
    """A dense layer, ŷ = g(X K + b).

    Parameters
    ----------
    units : int
        The number of outputs zᵢ.
    activation : str, function or None, default None
        g, by name ('relu', 'sigmoid', 'tanh', 'softmax', ...; see ``keras.activations``) or as a function;
        None means none (z itself, 'linear').
    use_bias : bool, default True
        Whether to add b = w₀.
    kernel_initializer, bias_initializer : str or initializer, default 'glorot_uniform' and 'zeros'
        How K and b start (see ``keras.initializers``).
    name, trainable, dtype, input_shape, input_dim :
        As for every layer (see ``Layer``).

    Attributes
    ----------
    kernel : Parameter of shape (in, units), or None before the layer is built
    bias : Parameter of shape (units,), or None

    Notes
    -----
    Keras's regularizers, constraints, LoRA and quantization are not part of mldlab: passing any of them raises
    ``NotImplementedError`` instead of being ignored.
    """

    def __init__(self, units, activation=None, use_bias: bool = True, kernel_initializer="glorot_uniform",
                 bias_initializer="zeros", kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None,
                 kernel_constraint=None, bias_constraint=None, lora_rank=None, lora_alpha=None,
                 quantization_config=None, *, name=None, trainable=True,
                 dtype=None, input_shape=None, input_dim=None, **kwargs):
        check_unsupported("Dense", {"kernel_regularizer": kernel_regularizer, "bias_regularizer": bias_regularizer,
                                    "activity_regularizer": activity_regularizer,
                                    "kernel_constraint": kernel_constraint, "bias_constraint": bias_constraint,
                                    "lora_rank": lora_rank, "lora_alpha": lora_alpha,
                                    "quantization_config": quantization_config})
        check_unknown("Dense", kwargs, config_arguments(Dense))
        super().__init__(name=name, trainable=trainable, dtype=dtype, input_shape=input_shape, input_dim=input_dim)
        if isinstance(units, bool) or not isinstance(units, numbers.Integral) or units < 1:
            raise ValueError(message("keras_units", value=repr(units)))
        if not isinstance(use_bias, bool):
            raise TypeError(message("keras_bool", op="Dense", name="use_bias", value=repr(use_bias)))
        self.units = int(units)
        self.activation = activations.get(activation)
        self.use_bias = use_bias
        self.kernel_initializer = initializers.get(kernel_initializer)
        self.bias_initializer = initializers.get(bias_initializer)
        self.register_parameter("kernel", None)
        self.register_parameter("bias", None)
        if self.input_shape_given is not None:
            self.build((None, *self.input_shape_given))

    def build(self, input_shape) -> None:
        """Create K of shape (in, units) and b of shape (units,), with in = the input's last dimension."""
        n_in = input_shape[-1]
        self.kernel = self.add_weight((n_in, self.units), self.kernel_initializer)
        if self.use_bias:
            self.bias = self.add_weight((self.units,), self.bias_initializer)
        self.built_input_shape = tuple(input_shape[1:])
        self.built = True

    def compute_output_shape(self, input_shape) -> tuple:
        return (*tuple(input_shape)[:-1], self.units)

    def forward(self, x: Tensor) -> Tensor:
        n_in = self.kernel.shape[0]
        if x.ndim < 2 or x.shape[-1] != n_in:
            raise ValueError(message("keras_dense_input", name=self.name, n_in=n_in, units=self.units,
                                     shape=tuple(x.shape)))
        if x.dtype != self.kernel.dtype and x.dtype.kind in "biuf":
            x = cast(x, self.kernel.dtype)
        return self.activation(dense(x, self.kernel, self.bias))  # ŷ = g(X K + b)

    def get_config(self) -> dict:
        activation = activations.serialize(self.activation)
        if activation is None:
            raise TypeError(message("keras_activation_not_saved", name=self.name))
        return {**super().get_config(), "units": self.units, "activation": activation, "use_bias": self.use_bias,
                "kernel_initializer": initializers.serialize(self.kernel_initializer),
                "bias_initializer": initializers.serialize(self.bias_initializer),
                "kernel_regularizer": None, "bias_regularizer": None, "kernel_constraint": None,
                "bias_constraint": None}

    def to_nn(self) -> nn.Module:
        """The same layer as PyTorch-style ``nn`` layers: ``Linear`` with W = Kᵀ (then the activation's module)."""
        if not self.built:
            raise ValueError(message("keras_unbuilt", op="to_nn", name=self.name))
        activation = nn_activation(self.activation, self.name)
        linear = nn.Linear(self.kernel.shape[0], self.units, bias=self.use_bias, dtype=self.dtype)
        with no_grad():
            linear.weight._data[...] = self.kernel._data.T  # W = Kᵀ
            if self.use_bias:
                linear.bias._data[...] = self.bias._data
        return linear if activation is None else nn.Sequential(linear, activation)

    def extra_repr(self) -> str:
        name = activations.serialize(self.activation) or getattr(self.activation, "__name__", "custom")
        return f"units={self.units}, activation={name}, use_bias={self.use_bias}, name={self.name!r}"
