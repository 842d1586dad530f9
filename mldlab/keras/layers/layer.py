"""``Layer``: what every layer of ``mldlab.keras`` shares, on top of mldlab's ``nn.Module``.

A Keras layer differs from a PyTorch one in three ways, and this class adds them:

- it has a ``name`` ('dense', 'dense_1', ...), shown by ``summary()`` and used in the saved file;
- it may create its weights at its first call, when it sees the input's size (``Dense(8)`` needs no input size);
  ``built`` says whether it has, and ``build(input_shape)`` does it explicitly;
- its weights are read and written as NumPy arrays: ``get_weights()``, ``set_weights()``, ``count_params()``.

Everything else (parameters, ``train()``/``eval()``, ``state_dict``) is the ``nn.Module`` underneath, so mldlab's
``Model`` trains Keras layers with the same loop as PyTorch-style ones.
"""

import numbers
import re

import numpy as np

from mldlab.creation import as_tensor
from mldlab.i18n import message
from mldlab.nn.module import Module
from mldlab.nn.parameter import empty_weight
from mldlab.tensor import Tensor

DTYPES = ("float32", "float64")


def snake_case(name: str) -> str:
    """'Dense' → 'dense', 'InputLayer' → 'input_layer', 'Conv2D' → 'conv2d', 'SimpleRNN' → 'simple_rnn': Keras's
    default layer names (a word starts at a capital followed by small letters, or after a small letter)."""
    return re.sub(r"(?<=.)(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z])", "_", name).lower()


def check_unsupported(op: str, options: dict) -> None:
    """Refuse Keras arguments mldlab does not implement, rather than ignore them silently.

    ``options`` maps each such argument to the value received; None (Keras's default: unused) is fine.
    """
    given = [f"{key}={value!r}" for key, value in options.items() if value is not None]
    if given:
        raise NotImplementedError(message("keras_unsupported", op=op, arguments=", ".join(given)))


def check_unknown(op: str, kwargs: dict, allowed: tuple) -> None:
    """A keyword Keras does not know either: a typo, most likely."""
    if kwargs:
        raise TypeError(message("keras_unknown_argument", op=op, arguments=", ".join(sorted(kwargs)),
                                allowed=", ".join(allowed)))


def input_shape_from(op: str, input_shape, input_dim) -> tuple | None:
    """The shape of one sample (without the batch axis) from Keras's ``input_shape=`` or ``input_dim=``."""
    if input_dim is not None:
        input_shape = (input_dim,)
    if input_shape is None:
        return None
    if isinstance(input_shape, numbers.Integral) and not isinstance(input_shape, bool):
        input_shape = (input_shape,)
    if not isinstance(input_shape, (tuple, list)) or not all(
            isinstance(n, numbers.Integral) and not isinstance(n, bool) and n >= 1 for n in input_shape):
        raise ValueError(message("keras_input_shape", op=op, value=repr(input_shape)))
    return tuple(int(n) for n in input_shape)


class Layer(Module):
    """Base class of the Keras-style layers.

    Parameters
    ----------
    name : str, optional
        Default: the class name in snake case ('dense'); a ``Sequential`` makes it unique ('dense_1').
    trainable : bool, default True
        False freezes the layer's weights (``requires_grad=False``): the optimizer leaves them alone.
    dtype : {'float32', 'float64'}, default 'float32'
        The weights' type.
    input_shape : tuple, optional
        The shape of one sample, e.g. ``(2,)``: builds the layer at once (as ``keras.Input(shape=(2,))`` before
        it would). ``input_dim=2`` means the same.
    """

    def __init__(self, *, name=None, trainable: bool = True, dtype=None, input_shape=None, input_dim=None):
        super().__init__()
        op = type(self).__name__
        if name is not None and (not isinstance(name, str) or not name or "." in name):
            raise ValueError(message("keras_layer_name", op=op, value=repr(name)))
        if not isinstance(trainable, bool):
            raise TypeError(message("keras_bool", op=op, name="trainable", value=repr(trainable)))
        dtype = "float32" if dtype is None else getattr(dtype, "name", dtype)
        if dtype not in DTYPES:
            raise ValueError(message("keras_dtype", op=op, value=repr(dtype), allowed=", ".join(DTYPES)))
        self.name = name or snake_case(op)
        self.named_by_user = name is not None
        self.dtype = dtype
        self.built = False
        self._trainable = trainable
        self.input_shape_given = input_shape_from(op, input_shape, input_dim)

    @property
    def trainable(self) -> bool:
        return self._trainable

    @trainable.setter
    def trainable(self, value: bool) -> None:
        self._trainable = bool(value)
        for p in self.parameters():
            p.requires_grad = self._trainable

    def build(self, input_shape) -> None:
        """Create the weights for inputs of ``input_shape`` (with the batch axis, e.g. ``(None, 2)``)."""
        self.built = True

    def compute_output_shape(self, input_shape) -> tuple:
        """The output's shape for an input of ``input_shape`` (batch axis included, as None)."""
        return tuple(input_shape)

    def __call__(self, inputs):
        x = _as_input(type(self).__name__, inputs, self.dtype)
        if not self.built:
            self.build((None, *x.shape[1:]))
        return self.forward(x)

    def add_weight(self, shape: tuple, initializer) -> Tensor:
        """A new weight of ``shape``, filled by ``initializer`` (frozen when the layer is not trainable)."""
        weight = empty_weight(shape, self.dtype)
        weight._data[...] = initializer(shape, self.dtype)._data
        weight.requires_grad = self._trainable
        return weight

    @property
    def weights(self) -> list:
        """The layer's weights in Keras's order (for ``Dense``: kernel, then bias): the Parameters, then the
        buffers, which Keras counts as weights that are never trained (``BatchNormalization``'s moving mean and
        variance)."""
        return [*self.parameters(), *self.buffers()]

    @property
    def trainable_weights(self) -> list:
        return list(self.parameters()) if self._trainable else []

    @property
    def non_trainable_weights(self) -> list:
        return [*([] if self._trainable else self.parameters()), *self.buffers()]

    def get_weights(self) -> list:
        """Copies of the weights as NumPy arrays, in Keras's order and shapes (kernel (in, units), bias)."""
        return [p._data.copy() for p in self.weights]

    def set_weights(self, weights) -> None:
        """Write arrays (as from ``get_weights``, here or in Keras) into the weights, checking their shapes."""
        own = self.weights
        weights = list(weights)
        if len(weights) != len(own):
            raise ValueError(message("keras_set_weights_count", name=self.name, expected=len(own), got=len(weights)))
        arrays = [np.asarray(getattr(w, "_data", w)) for w in weights]
        for index, (p, array) in enumerate(zip(own, arrays)):
            if array.shape != p.shape:
                raise ValueError(message("keras_set_weights_shape", name=self.name, index=index,
                                         expected=p.shape, got=array.shape))
        for p, array in zip(own, arrays):
            p._data[...] = array

    def count_params(self) -> int:
        """The number of numbers in the weights (for ``Dense``: in·units + units)."""
        if not self.built:
            raise ValueError(message("keras_count_unbuilt", name=self.name))
        return sum(p.numel() for p in self.weights)

    def get_config(self) -> dict:
        """Keras's keys ``name``, ``trainable``, ``dtype`` (each layer adds its own), and ``input_shape`` when the
        layer knows its input's size, so that a saved file rebuilds its weights."""
        config = {"name": self.name, "trainable": self._trainable, "dtype": self.dtype}
        shape = getattr(self, "built_input_shape", None) or self.input_shape_given
        if shape is not None:
            config["input_shape"] = list(shape)
        return config

    def extra_repr(self) -> str:
        return f"name={self.name!r}"


def _as_input(op: str, inputs, dtype: str) -> Tensor:
    """The layer's input as a tensor: arrays and lists become tensors of the layer's dtype."""
    if isinstance(inputs, Tensor):
        return inputs
    if hasattr(inputs, "batch_shape"):  # keras.Input(...): the functional API
        raise TypeError(message("keras_functional", op=op))
    array = np.asarray(inputs)
    if array.dtype.kind not in "biuf":
        raise TypeError(message("keras_input_type", op=op, type=type(inputs).__name__))
    return as_tensor(array.astype(dtype, copy=False))
