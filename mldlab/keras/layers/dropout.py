"""Keras's ``Dropout(rate)``: the slides' regularisation, switching off random units while training.

    (1) mᵢ ~ Bernoulli(1 − rate)
    (2) yᵢ = mᵢ · xᵢ / (1 − rate)        (training: inside ``fit``)
    (3) y = x                           (evaluate, predict)

The same as PyTorch's ``nn.Dropout(p)`` with p = rate. With ``seed=`` the layer has its own random stream, so its
masks repeat run after run whatever else draws random numbers; without it, masks come from the global stream
(``mldlab.manual_seed``). The masks are not Keras's own (another random generator).

Examples
--------
>>> import numpy as np
>>> from mldlab.keras import layers
>>> drop = layers.Dropout(0.5, seed=0)
>>> drop.train()(np.ones((1, 6)))
tensor([[0., 2., 2., 2., 0., 0.]])
>>> drop.eval()(np.ones((1, 6)))
tensor([[1., 1., 1., 1., 1., 1.]])
"""

import numbers

from mldlab import _random, nn
from mldlab.i18n import message
from mldlab.keras.layers.layer import Layer, check_unknown, check_unsupported
from mldlab.nn.config import config_arguments, register_layer
from mldlab.nn.dropout import dropout
from mldlab.tensor import Tensor


@register_layer("keras.Dropout")
class Dropout(Layer):
    """Inverted dropout with probability ``rate``.

    Parameters
    ----------
    rate : float
        The probability of dropping each unit, 0 ≤ rate < 1.
    noise_shape : None
        Keras's shared masks are not part of mldlab (anything but None raises ``NotImplementedError``).
    seed : int, optional
        A seed for this layer's own random stream.
    """

    def __init__(self, rate, noise_shape=None, seed=None, *, name=None, trainable=True,
                 dtype=None, input_shape=None, input_dim=None, **kwargs):
        check_unsupported("Dropout", {"noise_shape": noise_shape})
        check_unknown("Dropout", kwargs, config_arguments(Dropout))
        super().__init__(name=name, trainable=trainable, dtype=dtype, input_shape=input_shape, input_dim=input_dim)
        if isinstance(rate, bool) or not isinstance(rate, numbers.Real) or not 0 <= rate < 1:
            raise ValueError(message("keras_dropout_rate", value=repr(rate)))
        if seed is not None and (isinstance(seed, bool) or not isinstance(seed, numbers.Integral)):
            raise TypeError(message("keras_seed", op="Dropout", value=repr(seed)))
        self.rate = float(rate)
        self.seed = None if seed is None else int(seed)
        self.generator = None if seed is None else _random.Generator(self.seed)
        self.built = True

    def forward(self, x: Tensor) -> Tensor:
        return dropout(x, self.rate, self.training, generator=self.generator)  # (1)–(3)

    def get_config(self) -> dict:
        return {**super().get_config(), "rate": self.rate, "seed": self.seed, "noise_shape": None}

    def to_nn(self) -> nn.Module:
        """``nn.Dropout(p=rate)``."""
        return nn.Dropout(self.rate)

    def extra_repr(self) -> str:
        return f"rate={self.rate}, name={self.name!r}"
