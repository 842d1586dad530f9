"""The TensorFlow names the slides use, on mldlab: ``import mldlab.tf as tf`` and the deck's code runs as written.

    import mldlab.tf as tf

    tf.math.sigmoid(z), tf.math.tanh(z), tf.nn.relu(z)          # the activation-function slides
    model = tf.keras.Sequential([                               # the dense-layer slide
        tf.keras.layers.Dense(n),
        tf.keras.layers.Dense(2)
    ])
    tf.keras.optimizers.SGD, tf.keras.optimizers.Adam, ...      # the optimizer slide

``tf.keras`` is ``mldlab.keras``, so the session-4 layers are there too: ``tf.keras.layers.Conv2D``,
``MaxPooling2D``, ``BatchNormalization``, ``Embedding``, ``SimpleRNN``, ``LSTM``, ``GRU``, ... Besides, a few basics
of TensorFlow code for teaching: ``tf.constant``, ``tf.Variable``, ``tf.matmul``, ``tf.reduce_mean``,
``tf.reduce_sum``, ``tf.square``, ``tf.exp``, ``tf.math.log``, ``tf.random.set_seed``, ``tf.random.normal``,
``tf.random.uniform`` and ``tf.GradientTape``. Values are mldlab tensors, so everything else of mldlab
(``.backward()``, ``.grad``) works on them too. Anything else of TensorFlow raises an error that says it is not part
of mldlab.tf.

Examples
--------
>>> import mldlab.tf as tf
>>> tf.math.sigmoid(-6.0)                      # the slide's g(−6) ≈ 0.002
tensor(0.0025)
>>> w = tf.Variable([3.0, -2.0])
>>> with tf.GradientTape() as tape:
...     z = 1.0 + tf.reduce_sum(tf.constant([-1.0, 2.0]) * w)
>>> tape.gradient(z, w)                        # ∂z/∂w = x
tensor([-1.,  2.])
>>> x = tf.constant(2.0)
>>> with tf.GradientTape() as tape:
...     tape.watch(x)
...     y = tf.square(x)
>>> tape.gradient(y, x)                        # ∂x²/∂x = 2x
tensor(4.)
>>> tf.keras.layers.Conv2D(8, 3, activation="relu")(tf.random.normal((1, 28, 28, 1))).shape
(1, 26, 26, 8)
"""

import numpy as np

from mldlab import _random, keras
from mldlab._ops import arithmetic as _arithmetic
from mldlab._ops import pointwise as _pointwise
from mldlab.creation import as_tensor
from mldlab.i18n import message
from mldlab.keras import activations as _activations
from mldlab.tensor import Tensor

float32, float64, int32, int64 = np.float32, np.float64, np.int32, np.int64


def constant(value, dtype=None) -> Tensor:
    """A tensor of ``value``, with TensorFlow's types: Python floats → float32, Python ints → int32."""
    array = np.asarray(getattr(value, "_data", value), dtype=dtype)
    if dtype is None and not isinstance(value, (np.ndarray, Tensor)):
        array = array.astype({"f": np.float32, "i": np.int32}.get(array.dtype.kind, array.dtype), copy=False)
    return as_tensor(array.copy())


def Variable(initial_value, trainable: bool = True, name=None, dtype=None) -> Tensor:  # noqa: N802 (TensorFlow's name)
    """A tensor whose gradient is computed (``requires_grad=True`` when ``trainable``): a weight W."""
    variable = constant(initial_value, dtype)
    if trainable:
        variable.requires_grad = True
    return variable


def convert_to_tensor(value, dtype=None) -> Tensor:
    """``value`` as a tensor (a tensor stays itself)."""
    return value if isinstance(value, Tensor) and dtype is None else constant(value, dtype)


def _tensor(x) -> Tensor:
    return x if isinstance(x, Tensor) else constant(x)


def matmul(a, b) -> Tensor:
    """The matrix product a @ b."""
    return _arithmetic.matmul(_tensor(a), _tensor(b))


def reduce_mean(input_tensor, axis=None, keepdims: bool = False) -> Tensor:
    """The mean over ``axis`` (all values when None), e.g. J(W) = 1/n Σᵢ Lᵢ."""
    return _tensor(input_tensor).mean(dim=axis, keepdim=keepdims)


def reduce_sum(input_tensor, axis=None, keepdims: bool = False) -> Tensor:
    """The sum over ``axis`` (all values when None)."""
    return _tensor(input_tensor).sum(dim=axis, keepdim=keepdims)


def square(x) -> Tensor:
    """x², elementwise."""
    x = _tensor(x)
    return x * x


def exp(x) -> Tensor:
    """eˣ, elementwise."""
    return _pointwise.exp(_tensor(x))


def log(x) -> Tensor:
    """The natural logarithm, elementwise."""
    return _pointwise.log(_tensor(x))


class _Namespace:
    """A group of functions (``tf.math``, ``tf.nn``, ``tf.random``) that names what it lacks in its error."""

    def __init__(self, prefix: str, **functions):
        self._prefix = prefix
        self.__dict__.update(functions)

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        raise AttributeError(message("tf_unsupported", name=f"{self._prefix}.{name}"))


def _set_seed(seed: int) -> None:
    """Seed mldlab's random stream (weights, shuffling, dropout), as ``tf.random.set_seed`` does TensorFlow's."""
    _random.manual_seed(seed)


def _normal(shape, mean: float = 0.0, stddev: float = 1.0, dtype=np.float32, seed=None) -> Tensor:
    rng = np.random.default_rng(seed) if seed is not None else _random.get_rng()
    return as_tensor(rng.normal(mean, stddev, tuple(shape)).astype(dtype))


def _uniform(shape, minval: float = 0.0, maxval: float = 1.0, dtype=np.float32, seed=None) -> Tensor:
    rng = np.random.default_rng(seed) if seed is not None else _random.get_rng()
    return as_tensor(rng.uniform(minval, maxval, tuple(shape)).astype(dtype))


math = _Namespace("math", sigmoid=_activations.sigmoid, tanh=_activations.tanh, exp=exp, log=log, square=square,
                  sqrt=lambda x: _pointwise.sqrt(_tensor(x)), abs=lambda x: _pointwise.abs(_tensor(x)),
                  reduce_mean=reduce_mean, reduce_sum=reduce_sum, softplus=_activations.softplus)
nn = _Namespace("nn", relu=_activations.relu, sigmoid=_activations.sigmoid, tanh=_activations.tanh,
                softmax=_activations.softmax, log_softmax=_activations.log_softmax, elu=_activations.elu,
                selu=_activations.selu, softplus=_activations.softplus, silu=_activations.silu,
                swish=_activations.silu, relu6=_activations.relu6,
                leaky_relu=lambda features, alpha=0.2: _activations.leaky_relu(features, alpha))
random = _Namespace("random", set_seed=_set_seed, normal=_normal, uniform=_uniform)


class GradientTape:
    """Records the computation inside ``with tf.GradientTape() as tape:``; ``tape.gradient(J, [W, b])`` gives ∂J/∂W.

    mldlab records every computation on tensors that need gradients anyway, so the tape only runs
    ``J.backward()`` and hands back the gradients, leaving the tensors' own ``.grad`` as they were.
    """

    def __enter__(self) -> "GradientTape":
        return self

    def __exit__(self, *exc) -> None:
        return None

    def watch(self, tensor: Tensor) -> None:
        """Compute gradients with respect to ``tensor`` too (a constant, not a Variable)."""
        tensor.requires_grad = True

    def gradient(self, target: Tensor, sources):
        """∂target/∂source for each source (a tensor, or a list of them); None for one the target does not use."""
        single = isinstance(sources, Tensor)
        sources = [sources] if single else list(sources)
        saved = [s.grad for s in sources]
        for s in sources:
            s.grad = None
        target.backward()
        grads = [s.grad for s in sources]
        for s, grad in zip(sources, saved):
            s.grad = grad
        return grads[0] if single else grads


def __getattr__(name: str):
    raise AttributeError(message("tf_unsupported", name=name))


__all__ = ["keras", "math", "nn", "random", "constant", "Variable", "convert_to_tensor", "matmul", "reduce_mean",
           "reduce_sum", "square", "exp", "log", "GradientTape", "float32", "float64", "int32", "int64"]
