"""Keras's ``Reshape``: each sample's numbers, in the same order, laid out in another shape (the batch axis stays).

    Reshape((28, 28, 1)):  (N, 784) → (N, 28, 28, 1)        one size may be -1: "whatever is left"

Examples
--------
>>> import numpy as np
>>> from mldlab.keras import layers
>>> layers.Reshape((2, -1))(np.zeros((5, 6))).shape
(5, 2, 3)
"""

import math
import numbers

from mldlab import nn
from mldlab.i18n import message
from mldlab.keras.layers.layer import Layer, check_unknown
from mldlab.nn.config import config_arguments, register_layer
from mldlab.tensor import Tensor


@register_layer("keras.Reshape")
class Reshape(Layer):
    """Reshape each sample to ``target_shape``.

    Parameters
    ----------
    target_shape : tuple of int
        The shape of one sample after the layer, without the batch axis; at most one -1.
    """

    def __init__(self, target_shape, *, name=None, trainable=True, dtype=None, input_shape=None, input_dim=None,
                 **kwargs):
        check_unknown("Reshape", kwargs, config_arguments(Reshape))
        super().__init__(name=name, trainable=trainable, dtype=dtype, input_shape=input_shape, input_dim=input_dim)
        sizes = tuple(target_shape) if isinstance(target_shape, (tuple, list)) else None
        if not sizes or not all(isinstance(n, numbers.Integral) and not isinstance(n, bool) and (n >= 1 or n == -1)
                                for n in sizes) or sizes.count(-1) > 1:
            raise ValueError(message("keras_cnn_reshape_target", value=repr(target_shape)))
        self.target_shape = tuple(int(n) for n in sizes)
        self.built = True

    def _target(self, sample: tuple) -> tuple:
        """``target_shape`` with its -1 worked out for samples of shape ``sample``, checked."""
        total = math.prod(sample)
        known = math.prod(n for n in self.target_shape if n != -1)
        if (-1 in self.target_shape and total % known) or (-1 not in self.target_shape and total != known):
            raise ValueError(message("keras_cnn_reshape_size", name=self.name, target=self.target_shape,
                                     shape=sample))
        return tuple(total // known if n == -1 else n for n in self.target_shape)

    def compute_output_shape(self, input_shape) -> tuple:
        if any(n is None for n in input_shape[1:]):
            return (input_shape[0], *(None if n == -1 else n for n in self.target_shape))
        return (input_shape[0], *self._target(tuple(input_shape[1:])))

    def forward(self, x: Tensor) -> Tensor:
        self.built_input_shape = tuple(x.shape[1:])
        return x.reshape(x.shape[0], *self._target(tuple(x.shape[1:])))

    def get_config(self) -> dict:
        return {**super().get_config(), "target_shape": list(self.target_shape)}

    def to_nn(self) -> nn.Module:
        """``nn.Flatten()`` then ``nn.Unflatten(1, target_shape)``: the same numbers in the same order (valid
        where the data is laid out alike in both, i.e. not on channels-first images)."""
        return nn.Sequential(nn.Flatten(), nn.Unflatten(1, self.target_shape))

    def extra_repr(self) -> str:
        return f"target_shape={self.target_shape}, name={self.name!r}"
