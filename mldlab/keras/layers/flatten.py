"""Keras's ``Flatten``: each sample's values in one row, (N, d₁, d₂, …) → (N, d₁·d₂·…).

An image of 28 × 28 pixels becomes a row of 784 inputs for a ``Dense`` layer.

Examples
--------
>>> import numpy as np
>>> from mldlab.keras import layers
>>> layers.Flatten()(np.zeros((5, 28, 28))).shape
(5, 784)
"""

import math

from mldlab import nn
from mldlab._ops.shape import flatten, reshape
from mldlab.i18n import message
from mldlab.keras.layers.layer import Layer, check_unknown
from mldlab.nn.config import config_arguments, register_layer
from mldlab.tensor import Tensor


@register_layer("keras.Flatten")
class Flatten(Layer):
    """Reshape each sample to one dimension (the batch axis stays).

    Parameters
    ----------
    data_format : {'channels_last', None}
        Only Keras's default ordering is supported.
    """

    def __init__(self, data_format=None, *, name=None, trainable=True,
                 dtype=None, input_shape=None, input_dim=None, **kwargs):
        if data_format not in (None, "channels_last"):
            raise NotImplementedError(message("keras_unsupported", op="Flatten",
                                              arguments=f"data_format={data_format!r}"))
        check_unknown("Flatten", kwargs, config_arguments(Flatten))
        super().__init__(name=name, trainable=trainable, dtype=dtype, input_shape=input_shape, input_dim=input_dim)
        self.built = True

    def compute_output_shape(self, input_shape) -> tuple:
        return (input_shape[0], math.prod(input_shape[1:]))

    def forward(self, x: Tensor) -> Tensor:
        if x.ndim < 2:  # (N,) → (N, 1), as Keras does
            return reshape(x, -1, 1)
        return flatten(x, 1)

    def get_config(self) -> dict:
        return {**super().get_config(), "data_format": "channels_last"}

    def to_nn(self) -> nn.Module:
        """``nn.Flatten()`` (from dimension 1 on)."""
        return nn.Flatten()
