"""Keras's ``Activation`` layer: g(z) on its own, as in ``Sequential([Dense(8), Activation("relu")])``.

``Dense(8, activation="relu")`` and ``Dense(8)`` followed by ``Activation("relu")`` compute the same thing; the
second form shows g as a layer of its own, as PyTorch's ``nn.ReLU()`` does.

Examples
--------
>>> from mldlab.keras import layers
>>> layers.Activation("relu")([[-1.0, 2.0]])
tensor([[0., 2.]])
"""

from mldlab import nn
from mldlab.i18n import message
from mldlab.keras import activations
from mldlab.keras.layers.layer import Layer, check_unknown
from mldlab.nn.config import config_arguments, register_layer
from mldlab.tensor import Tensor


def nn_activation(function, name: str) -> nn.Module | None:
    """The ``nn`` module computing the activation ``function`` (None for 'linear'), for the hand-off to PyTorch."""
    key = activations.serialize(function)
    if key == "linear":
        return None
    modules = {
        "relu": nn.ReLU,
        "sigmoid": nn.Sigmoid,
        "tanh": nn.Tanh,
        "softmax": lambda: nn.Softmax(dim=-1),
        "log_softmax": lambda: nn.LogSoftmax(dim=-1),
        "leaky_relu": lambda: nn.LeakyReLU(0.2),
    }
    if key not in modules:
        raise NotImplementedError(message("keras_activation_no_nn", name=name, activation=key or "custom",
                                          names=", ".join(["linear", *modules])))
    return modules[key]()


@register_layer("keras.Activation")
class Activation(Layer):
    """Applies the activation g to its input.

    Parameters
    ----------
    activation : str or function
        A name ('relu', 'sigmoid', 'tanh', 'softmax', ...) or a function.
    """

    def __init__(self, activation, *, name=None, trainable=True,
                 dtype=None, input_shape=None, input_dim=None, **kwargs):
        check_unknown("Activation", kwargs, config_arguments(Activation))
        super().__init__(name=name, trainable=trainable, dtype=dtype, input_shape=input_shape, input_dim=input_dim)
        self.activation = activations.get(activation)
        self.built = True

    def forward(self, x: Tensor) -> Tensor:
        return self.activation(x)

    def get_config(self) -> dict:
        activation = activations.serialize(self.activation)
        if activation is None:
            raise TypeError(message("keras_activation_not_saved", name=self.name))
        return {**super().get_config(), "activation": activation}

    def to_nn(self) -> nn.Module:
        """The ``nn`` activation module (``nn.Identity()`` for 'linear')."""
        return nn_activation(self.activation, self.name) or nn.Identity()

    def extra_repr(self) -> str:
        name = activations.serialize(self.activation) or getattr(self.activation, "__name__", "custom")
        return f"activation={name}, name={self.name!r}"
