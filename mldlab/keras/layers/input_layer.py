"""``keras.Input(shape=...)``: the size of one input sample, given before the first layer.

    model = keras.Sequential([keras.Input(shape=(2,)), layers.Dense(8, activation="tanh"), layers.Dense(1)])

With it every ``Dense`` knows its input size at once, so the weights exist (and ``summary()`` can count them)
before any data is seen. Without it they are created at the first call (``fit``, ``predict``, ``model(x)``).

mldlab has Keras's ``Sequential`` models only: an ``Input`` is the first entry of a ``Sequential``, not the start of
a functional model (calling a layer on it raises an error that says so).

Examples
--------
>>> from mldlab import keras
>>> keras.Input(shape=(2,))
<KerasTensor shape=(None, 2), dtype=float32, name=input_layer>
"""

import numbers

from mldlab.i18n import message
from mldlab.keras.layers.layer import DTYPES, Layer, check_unsupported


class KerasTensor:
    """What ``keras.Input`` returns: a placeholder that records the shape (None for the batch axis) and dtype."""

    def __init__(self, batch_shape: tuple, dtype: str, name: str):
        self.batch_shape = batch_shape
        self.shape = batch_shape
        self.dtype = dtype
        self.name = name

    def __repr__(self) -> str:
        return f"<KerasTensor shape={self.shape}, dtype={self.dtype}, name={self.name}>"


class InputLayer(Layer):
    """The input of a ``Sequential``: one sample's ``shape`` (or ``batch_shape``, with the batch axis first)."""

    def __init__(self, shape=None, batch_size=None, dtype=None, sparse=None, batch_shape=None, input_tensor=None,
                 optional=False, name=None):
        check_unsupported("InputLayer", {"sparse": sparse or None, "input_tensor": input_tensor,
                                         "optional": optional or None})
        super().__init__(name=name or "input_layer", dtype=dtype)
        self.batch_shape = _batch_shape(shape, batch_size, batch_shape)
        self.output = KerasTensor(self.batch_shape, self.dtype, self.name)
        self.built = True

    def forward(self, x):
        return x


def _batch_shape(shape, batch_size, batch_shape) -> tuple:
    if batch_shape is not None:
        shape, batch_size = tuple(batch_shape)[1:], tuple(batch_shape)[0]
    if isinstance(shape, numbers.Integral) and not isinstance(shape, bool):
        shape = (shape,)
    if not isinstance(shape, (tuple, list)) or not all(
            n is None or (isinstance(n, numbers.Integral) and not isinstance(n, bool) and n >= 1) for n in shape):
        raise ValueError(message("keras_input_shape", op="Input", value=repr(shape)))
    return (batch_size, *(None if n is None else int(n) for n in shape))


def Input(shape=None, batch_size=None, dtype=None, sparse=None, batch_shape=None, name=None, tensor=None,  # noqa: N802
          optional=False) -> KerasTensor:
    """The shape of one input sample, e.g. ``keras.Input(shape=(2,))`` for the slides' two inputs x₁, x₂.

    Returns
    -------
    KerasTensor
        Put it first in a ``Sequential`` (or ``model.add`` it first).
    """
    if dtype is not None and getattr(dtype, "name", dtype) not in DTYPES:
        raise ValueError(message("keras_dtype", op="Input", value=repr(dtype), allowed=", ".join(DTYPES)))
    return InputLayer(shape=shape, batch_size=batch_size, dtype=dtype, sparse=sparse, batch_shape=batch_shape,
                      input_tensor=tensor, optional=optional, name=name).output
