"""Keras's ``Embedding``: each whole number (a word's or a character's id) looked up as a learned vector.

    (1) y[n, t] = E[x[n, t]]        E of shape (input_dim, output_dim), one row per id

Looking up row i is the same as multiplying a one-hot vector eᵢ by E, so training E moves only the rows of the
ids seen in the batch. Keras starts E ~ U(−0.05, 0.05) (PyTorch's ``nn.Embedding``: N(0, 1)).

Examples
--------
>>> import numpy as np
>>> from mldlab.keras import layers
>>> embed = layers.Embedding(10, 3)
>>> embed(np.array([[1, 2, 2]])).shape               # (N, T) ids → (N, T, output_dim)
(1, 3, 3)
>>> embed.embeddings.shape, embed.count_params()
((10, 3), 30)
"""

import numbers

import numpy as np

from mldlab import nn
from mldlab.creation import as_tensor
from mldlab.grad_mode import no_grad
from mldlab.i18n import message
from mldlab.keras import initializers
from mldlab.keras.layers.layer import Layer, check_unknown, check_unsupported
from mldlab.nn import functional as F
from mldlab.nn.config import config_arguments, register_layer
from mldlab.tensor import Tensor


@register_layer("keras.Embedding")
class Embedding(Layer):
    """A table of ``input_dim`` vectors of ``output_dim`` numbers, indexed by the input's ids: (1).

    Parameters
    ----------
    input_dim : int
        The number of ids (the vocabulary's size); ids run from 0 to input_dim − 1.
    output_dim : int
        The length of each vector.
    embeddings_initializer : str or initializer, default 'uniform'
        U(−0.05, 0.05).

    Attributes
    ----------
    embeddings : Parameter of shape (input_dim, output_dim)
    """

    def __init__(self, input_dim, output_dim, embeddings_initializer="uniform", embeddings_regularizer=None,
                 embeddings_constraint=None, mask_zero=False, weights=None, lora_rank=None, lora_alpha=None,
                 quantization_config=None, *, name=None, trainable=True, dtype=None, input_shape=None, **kwargs):
        check_unsupported("Embedding", {"embeddings_regularizer": embeddings_regularizer,
                                        "embeddings_constraint": embeddings_constraint, "mask_zero": mask_zero or None,
                                        "lora_rank": lora_rank, "lora_alpha": lora_alpha,
                                        "quantization_config": quantization_config})
        kwargs.pop("input_length", None)  # Keras 2's argument: the sequence length is read from the data
        check_unknown("Embedding", kwargs, config_arguments(Embedding))
        super().__init__(name=name, trainable=trainable, dtype=dtype, input_shape=input_shape)
        for key, value in (("input_dim", input_dim), ("output_dim", output_dim)):
            if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 1:
                raise ValueError(message("keras_cnn_embedding_size", name=key, value=repr(value)))
        self.input_dim, self.output_dim = int(input_dim), int(output_dim)
        self.embeddings_initializer = initializers.get(embeddings_initializer)
        self.embeddings = self.add_weight((self.input_dim, self.output_dim), self.embeddings_initializer)
        if weights is not None:
            self.set_weights(weights)
        self.built = True

    def __call__(self, inputs):
        ids = inputs._data if isinstance(inputs, Tensor) else np.asarray(inputs)
        if ids.dtype.kind not in "biuf" or (ids.dtype.kind == "f" and not np.array_equal(ids, np.round(ids))):
            raise TypeError(message("keras_cnn_embedding_ids", name=self.name, dtype=ids.dtype))
        ids = ids.astype(np.int64, copy=False)
        if ids.size and (ids.min() < 0 or ids.max() >= self.input_dim):
            raise ValueError(message("keras_cnn_embedding_range", name=self.name, low=int(ids.min()),
                                     high=int(ids.max()), input_dim=self.input_dim))
        self.built_input_shape = tuple(ids.shape[1:])
        return self.forward(as_tensor(ids))

    def compute_output_shape(self, input_shape) -> tuple:
        return (*tuple(input_shape), self.output_dim)

    def forward(self, ids: Tensor) -> Tensor:
        return F.embedding(ids, self.embeddings)  # (1)

    def get_config(self) -> dict:
        return {**super().get_config(), "input_dim": self.input_dim, "output_dim": self.output_dim,
                 "embeddings_initializer": initializers.serialize(self.embeddings_initializer),
                 "embeddings_regularizer": None, "embeddings_constraint": None, "mask_zero": False}

    def to_nn(self) -> nn.Module:
        """``nn.Embedding(input_dim, output_dim)`` with the same table."""
        layer = nn.Embedding(self.input_dim, self.output_dim, dtype=self.dtype)
        with no_grad():
            layer.weight._data[...] = self.embeddings._data
        return layer

    def extra_repr(self) -> str:
        return f"input_dim={self.input_dim}, output_dim={self.output_dim}, name={self.name!r}"
