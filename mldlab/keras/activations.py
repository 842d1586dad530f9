"""Keras's activation functions g(z), by name or as functions, on mldlab tensors (with gradients).

    linear(z) = z                         relu(z) = max(0, z)
    sigmoid(z) = 1 / (1 + e⁻ᶻ)            tanh(z) = (eᶻ − e⁻ᶻ) / (eᶻ + e⁻ᶻ)
    softmax(z)ᵢ = eᶻⁱ / Σⱼ eᶻʲ            leaky_relu(z) = z if z > 0 else 0.2·z   (Keras's slope 0.2)
    elu(z) = z if z > 0 else eᶻ − 1       softplus(z) = log(1 + eᶻ)
    softsign(z) = z / (1 + |z|)           swish(z) = silu(z) = z · σ(z)
    selu(z) = λ·elu_α(z)                  relu6(z) = min(max(0, z), 6)
    exponential(z) = eᶻ                   hard_sigmoid(z) = relu6(z + 3) / 6
    log_softmax(z)ᵢ = zᵢ − log Σⱼ eᶻʲ      gelu(z) = z·Φ(z) (approximate=True: the tanh form)
    mish(z) = z·tanh(softplus(z))         log_sigmoid(z) = log σ(z)

``Dense(8, activation="relu")`` and ``Dense(8, activation=keras.activations.relu)`` are the same layer.
Each function also takes NumPy arrays, lists and numbers, as TensorFlow's ``tf.nn.relu(z)`` does.

Examples
--------
>>> from mldlab.keras import activations
>>> activations.relu([-2.0, 0.5])
tensor([0.0000, 0.5000])
>>> activations.get("tanh") is activations.tanh
True
>>> activations.get("swiish")
Traceback (most recent call last):
    ...
ValueError: Unknown activation 'swiish'. Expected one of: linear, relu, sigmoid, tanh, softmax, ...
"""

import numbers

import numpy as np

from mldlab._ops import activation as _activation
from mldlab._ops import activation_more as _more
from mldlab._ops.combine import minimum, where
from mldlab._ops.pointwise import abs as _abs
from mldlab._ops.pointwise import exp, log
from mldlab.creation import as_tensor
from mldlab.i18n import message
from mldlab.tensor import Tensor

_SELU_ALPHA = 1.6732632423543772
_SELU_SCALE = 1.0507009873554805


def _tensor(z) -> Tensor:
    """``z`` as a float tensor (lists and Python numbers become float32, as in TensorFlow)."""
    if isinstance(z, Tensor):
        return z
    array = np.asarray(z)
    if array.dtype.kind in "biu" or (array.dtype == np.float64 and not isinstance(z, np.ndarray)):
        array = array.astype(np.float32)
    return as_tensor(array)


def linear(x):
    """linear(z) = z (no activation: what ``Dense`` uses when ``activation`` is None)."""
    return _tensor(x)


def relu(x, negative_slope: float = 0.0, max_value=None, threshold: float = 0.0):
    """relu(z) = max(0, z); Keras's options give z ≥ threshold → min(z, max_value), else negative_slope·(z − t)."""
    z = _tensor(x)
    if negative_slope == 0.0 and max_value is None and threshold == 0.0:
        return _activation.relu(z)
    out = where(z >= threshold, z, (z - threshold) * negative_slope)
    return out if max_value is None else minimum(out, as_tensor(np.asarray(max_value, z.dtype)))


def sigmoid(x):
    """σ(z) = 1 / (1 + e⁻ᶻ)."""
    return _activation.sigmoid(_tensor(x))


def tanh(x):
    """tanh(z) = (eᶻ − e⁻ᶻ) / (eᶻ + e⁻ᶻ)."""
    return _activation.tanh(_tensor(x))


def softmax(x, axis: int = -1):
    """softmax(z)ᵢ = eᶻⁱ / Σⱼ eᶻʲ along ``axis`` (the last one by default)."""
    return _activation.softmax(_tensor(x), axis)


def log_softmax(x, axis: int = -1):
    """log_softmax(z)ᵢ = zᵢ − log Σⱼ eᶻʲ along ``axis``."""
    return _activation.log_softmax(_tensor(x), axis)


def leaky_relu(x, negative_slope: float = 0.2):
    """leaky_relu(z) = z if z > 0 else negative_slope·z (Keras's default slope 0.2; PyTorch's is 0.01)."""
    return _activation.leaky_relu(_tensor(x), negative_slope)


def elu(x, alpha: float = 1.0):
    """elu(z) = z if z > 0 else α(eᶻ − 1)."""
    z = _tensor(x)
    return where(z > 0, z, (exp(minimum(z, as_tensor(np.zeros((), z.dtype)))) - 1) * alpha)


def selu(x):
    """selu(z) = λ·(z if z > 0 else α(eᶻ − 1)), with λ ≈ 1.0507 and α ≈ 1.6733."""
    return elu(x, _SELU_ALPHA) * _SELU_SCALE


def softplus(x):
    """softplus(z) = log(1 + eᶻ), computed as max(z, 0) + log(1 + e⁻|ᶻ|) so that it never overflows."""
    z = _tensor(x)
    return _activation.relu(z) + log(exp(-_abs(z)) + 1)


def softsign(x):
    """softsign(z) = z / (1 + |z|)."""
    z = _tensor(x)
    return z / (_abs(z) + 1)


def silu(x):
    """silu(z) = swish(z) = z · σ(z)."""
    z = _tensor(x)
    return z * _activation.sigmoid(z)


def relu6(x):
    """relu6(z) = min(max(0, z), 6)."""
    return relu(x, max_value=6.0)


def hard_sigmoid(x):
    """hard_sigmoid(z) = relu6(z + 3) / 6 (Keras 3's definition)."""
    return relu6(_tensor(x) + 3) / 6


def exponential(x):
    """exponential(z) = eᶻ."""
    return exp(_tensor(x))


def gelu(x, approximate: bool = False):
    """gelu(z) = z·Φ(z), Φ the standard normal CDF; ``approximate=True``: ½z(1 + tanh(√(2/π)(z + 0.044715z³)))."""
    return _more.gelu(_tensor(x), "tanh" if approximate else "none")


def mish(x):
    """mish(z) = z·tanh(softplus(z))."""
    return _more.mish(_tensor(x))


def log_sigmoid(x):
    """log_sigmoid(z) = log σ(z) = −softplus(−z)."""
    return _more.logsigmoid(_tensor(x))


swish = silu

ACTIVATIONS = {
    "linear": linear,
    "relu": relu,
    "sigmoid": sigmoid,
    "tanh": tanh,
    "softmax": softmax,
    "log_softmax": log_softmax,
    "leaky_relu": leaky_relu,
    "elu": elu,
    "selu": selu,
    "softplus": softplus,
    "softsign": softsign,
    "silu": silu,
    "swish": swish,
    "relu6": relu6,
    "hard_sigmoid": hard_sigmoid,
    "exponential": exponential,
    "gelu": gelu,
    "mish": mish,
    "log_sigmoid": log_sigmoid,
}
"""name → function: the names ``Dense(activation=...)`` and ``Activation(...)`` accept."""


def get(identifier):
    """The activation function for a name (``'relu'``), a function, or None (= ``linear``).

    Raises
    ------
    ValueError
        For an unknown name, listing the known ones.
    TypeError
        For something that is neither a name nor a function.
    """
    if identifier is None:
        return linear
    if isinstance(identifier, str):
        function = ACTIVATIONS.get(identifier.lower())
        if function is None:
            raise ValueError(message("keras_unknown_activation", name=identifier, names=", ".join(ACTIVATIONS)))
        return function
    if callable(identifier) and not isinstance(identifier, (numbers.Number, type)):
        return identifier
    raise TypeError(message("keras_activation_type", value=repr(identifier), names=", ".join(ACTIVATIONS)))


def serialize(function) -> str | None:
    """The name of an activation function, as a saved model stores it (None for a function of your own)."""
    for name, known in ACTIVATIONS.items():
        if function is known:
            return name
    for name in ("relu", "sigmoid", "tanh"):  # mldlab.relu, tf.nn.relu, ... are the engine's own functions
        if function is getattr(_activation, name):
            return name
    return None
