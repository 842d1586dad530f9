"""Keras's weight initialisers: the random starting W of the slides' step 1, "initialize weights randomly".

For a kernel of shape (fan_in, fan_out) (inputs × units):

    GlorotUniform   W ~ U(−ℓ, ℓ),  ℓ = √(6 / (fan_in + fan_out))       (Keras's default for Dense)
    GlorotNormal    W ~ N(0, σ²) truncated at ±2σ, σ = √(2 / (fan_in + fan_out)) / 0.8796…
    HeUniform       W ~ U(−ℓ, ℓ),  ℓ = √(6 / fan_in)
    HeNormal        W ~ N(0, σ²) truncated at ±2σ, σ = √(2 / fan_in) / 0.8796…
    RandomNormal    W ~ N(mean, stddev²)                                (0, 0.05²)
    RandomUniform   W ~ U(minval, maxval)                               (−0.05, 0.05; 'uniform', Embedding's)
    Orthogonal      W = gain · Q, Q from the QR decomposition of a normal matrix  (recurrent kernels)
    Zeros, Ones, Constant(value)                                         (Zeros is Dense's bias default)

(0.8796… is the standard deviation of a standard normal cut at ±2, so the cut values keep variance σ².)

With ``seed=`` an initialiser gives the same values at every call, as in Keras; without it, values come from
this thread's random stream (``mldlab.manual_seed``). The numbers differ from Keras's own (another random
generator); the distributions are the same.

Examples
--------
>>> from mldlab.keras import initializers
>>> w = initializers.GlorotUniform(seed=0)((2, 3))
>>> w.shape, bool((abs(w) <= (6 / 5) ** 0.5).all())
((2, 3), True)
>>> bool((w == initializers.GlorotUniform(seed=0)((2, 3))).all())
True
>>> initializers.get("he_normal")
HeNormal(seed=None)
"""

import math
import numbers

import numpy as np

from mldlab import _random
from mldlab.i18n import message
from mldlab.tensor import Tensor

_TRUNCATED_STD = 0.87962566103423978  # std of N(0, 1) cut at ±2


class Initializer:
    """Base class: ``initializer(shape, dtype)`` → a new tensor of starting values."""

    def __call__(self, shape, dtype=None) -> Tensor:
        shape = tuple(int(n) for n in shape)
        dtype = np.dtype(dtype or np.float32)
        return Tensor._make(np.asarray(self._values(shape), dtype=dtype))

    def _values(self, shape: tuple) -> np.ndarray:
        raise NotImplementedError

    def get_config(self) -> dict:
        return {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(" + ", ".join(f"{k}={v!r}" for k, v in self.get_config().items()) + ")"


class _Seeded(Initializer):
    def __init__(self, seed=None):
        if seed is not None and (isinstance(seed, bool) or not isinstance(seed, numbers.Integral)):
            raise TypeError(message("keras_seed", op=type(self).__name__, value=repr(seed)))
        self.seed = None if seed is None else int(seed)

    def _rng(self) -> np.random.Generator:
        return np.random.default_rng(self.seed) if self.seed is not None else _random.get_rng()

    def get_config(self) -> dict:
        return {"seed": self.seed}


def _fans(shape: tuple) -> tuple:
    """(fan_in, fan_out): the rows and columns of a kernel (times the receptive field for larger shapes)."""
    if len(shape) == 0:
        return 1, 1
    if len(shape) == 1:
        return shape[0], shape[0]
    receptive = math.prod(shape[:-2])
    return shape[-2] * receptive, shape[-1] * receptive


class _VarianceScaling(_Seeded):
    """Var(W) = scale / n, with n = fan_in (``mode='fan_in'``) or the mean of fan_in and fan_out ('fan_avg')."""

    scale = 1.0
    mode = "fan_avg"
    distribution = "uniform"

    def _values(self, shape: tuple) -> np.ndarray:
        fan_in, fan_out = _fans(shape)
        n = fan_in if self.mode == "fan_in" else (fan_in + fan_out) / 2
        variance = self.scale / max(1.0, n)
        rng = self._rng()
        if self.distribution == "uniform":
            limit = math.sqrt(3.0 * variance)  # U(−ℓ, ℓ) has variance ℓ²/3
            return rng.uniform(-limit, limit, shape)
        return _truncated_normal(rng, shape, 0.0, math.sqrt(variance) / _TRUNCATED_STD)


def _truncated_normal(rng: np.random.Generator, shape: tuple, mean: float, std: float) -> np.ndarray:
    """N(mean, std²) with every value beyond 2 std drawn again."""
    values = rng.standard_normal(shape)
    outside = np.abs(values) > 2
    while outside.any():
        values[outside] = rng.standard_normal(int(outside.sum()))
        outside = np.abs(values) > 2
    return mean + std * values


class GlorotUniform(_VarianceScaling):
    """W ~ U(−ℓ, ℓ), ℓ = √(6 / (fan_in + fan_out)) (Glorot and Bengio, 2010; PyTorch's ``xavier_uniform_``)."""


class GlorotNormal(_VarianceScaling):
    """W ~ N(0, σ²) cut at ±2σ, σ = √(2 / (fan_in + fan_out)) / 0.8796…"""

    distribution = "truncated_normal"


class HeUniform(_VarianceScaling):
    """W ~ U(−ℓ, ℓ), ℓ = √(6 / fan_in) (He et al., 2015), for ReLU networks."""

    scale, mode = 2.0, "fan_in"


class HeNormal(_VarianceScaling):
    """W ~ N(0, σ²) cut at ±2σ, σ = √(2 / fan_in) / 0.8796…, for ReLU networks."""

    scale, mode, distribution = 2.0, "fan_in", "truncated_normal"


class LecunUniform(_VarianceScaling):
    """W ~ U(−ℓ, ℓ), ℓ = √(3 / fan_in)."""

    mode = "fan_in"


class LecunNormal(_VarianceScaling):
    """W ~ N(0, σ²) cut at ±2σ, σ = √(1 / fan_in) / 0.8796…"""

    mode, distribution = "fan_in", "truncated_normal"


class RandomNormal(_Seeded):
    """W ~ N(mean, stddev²)."""

    def __init__(self, mean: float = 0.0, stddev: float = 0.05, seed=None):
        super().__init__(seed)
        self.mean, self.stddev = _number("RandomNormal", "mean", mean), _number("RandomNormal", "stddev", stddev)

    def _values(self, shape: tuple) -> np.ndarray:
        return self._rng().normal(self.mean, self.stddev, shape)

    def get_config(self) -> dict:
        return {"mean": self.mean, "stddev": self.stddev, "seed": self.seed}


class TruncatedNormal(RandomNormal):
    """W ~ N(mean, stddev²) with values beyond 2·stddev drawn again."""

    def _values(self, shape: tuple) -> np.ndarray:
        return _truncated_normal(self._rng(), shape, self.mean, self.stddev)


class RandomUniform(_Seeded):
    """W ~ U(minval, maxval)."""

    def __init__(self, minval: float = -0.05, maxval: float = 0.05, seed=None):
        super().__init__(seed)
        self.minval = _number("RandomUniform", "minval", minval)
        self.maxval = _number("RandomUniform", "maxval", maxval)

    def _values(self, shape: tuple) -> np.ndarray:
        return self._rng().uniform(self.minval, self.maxval, shape)

    def get_config(self) -> dict:
        return {"minval": self.minval, "maxval": self.maxval, "seed": self.seed}


class Orthogonal(_Seeded):
    """W = gain · Q with orthonormal columns (or rows, for a wide W): Keras's default for recurrent kernels.

    A matrix A ~ N(0, 1) of shape (max(r, c), min(r, c)) is split A = Q R; Q's columns are multiplied by the signs
    of R's diagonal (so Q is uniformly distributed), and Q is transposed when W has fewer rows r than columns c.
    Multiplying h by an orthogonal U keeps its length, so hₜ neither grows nor shrinks at the start of training.
    """

    def __init__(self, gain: float = 1.0, seed=None):
        super().__init__(seed)
        self.gain = _number("Orthogonal", "gain", gain)

    def _values(self, shape: tuple) -> np.ndarray:
        rows, cols = math.prod(shape[:-1]), shape[-1] if shape else 1
        a = self._rng().standard_normal((max(rows, cols), min(rows, cols)))
        q, r = np.linalg.qr(a)
        q *= np.sign(np.diag(r))
        if rows < cols:
            q = q.T
        return self.gain * q.reshape(shape)

    def get_config(self) -> dict:
        return {"gain": self.gain, "seed": self.seed}


class Constant(Initializer):
    """Every value equal to ``value``."""

    def __init__(self, value: float = 0.0):
        self.value = _number("Constant", "value", value)

    def _values(self, shape: tuple) -> np.ndarray:
        return np.full(shape, self.value)

    def get_config(self) -> dict:
        return {"value": self.value}


class Zeros(Initializer):
    """Every value 0 (Keras's default for biases)."""

    def _values(self, shape: tuple) -> np.ndarray:
        return np.zeros(shape)


class Ones(Initializer):
    """Every value 1."""

    def _values(self, shape: tuple) -> np.ndarray:
        return np.ones(shape)


def _number(op: str, name: str, value) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        raise TypeError(message("keras_number", op=op, name=name, value=repr(value)))
    return float(value)


INITIALIZERS = {
    "glorot_uniform": GlorotUniform,
    "glorot_normal": GlorotNormal,
    "he_uniform": HeUniform,
    "he_normal": HeNormal,
    "lecun_uniform": LecunUniform,
    "lecun_normal": LecunNormal,
    "random_normal": RandomNormal,
    "random_uniform": RandomUniform,
    "uniform": RandomUniform,
    "normal": RandomNormal,
    "orthogonal": Orthogonal,
    "truncated_normal": TruncatedNormal,
    "zeros": Zeros,
    "ones": Ones,
    "constant": Constant,
}
"""name → class: the names ``Dense(kernel_initializer=...)`` accepts (also as class names, 'GlorotUniform')."""

_BY_CLASS_NAME = {cls.__name__: cls for cls in INITIALIZERS.values()}


def get(identifier) -> Initializer:
    """An initialiser from a name (``'he_normal'``), an object, or a saved description
    (``{"class_name": "RandomNormal", "config": {"stddev": 0.1}}``).

    Raises
    ------
    ValueError
        For an unknown name, listing the known ones.
    TypeError
        For anything else.
    """
    if isinstance(identifier, Initializer):
        return identifier
    if isinstance(identifier, str):
        cls = INITIALIZERS.get(identifier.lower()) or _BY_CLASS_NAME.get(identifier)
        if cls is None:
            raise ValueError(message("keras_unknown_initializer", name=identifier, names=", ".join(INITIALIZERS)))
        return cls()
    if isinstance(identifier, dict) and isinstance(identifier.get("class_name"), str):
        cls = _BY_CLASS_NAME.get(identifier["class_name"]) or INITIALIZERS.get(identifier["class_name"])
        config = identifier.get("config", {})
        if cls is None or not isinstance(config, dict):
            raise ValueError(message("keras_unknown_initializer", name=identifier["class_name"],
                                     names=", ".join(INITIALIZERS)))
        unknown = sorted(set(config) - set(cls().get_config()))
        if unknown:
            raise ValueError(message("keras_initializer_config", name=cls.__name__, keys=", ".join(unknown),
                                     allowed=", ".join(cls().get_config()) or "-"))
        return cls(**config)
    raise TypeError(message("keras_initializer_type", value=repr(identifier), names=", ".join(INITIALIZERS)))


def serialize(initializer: Initializer) -> dict:
    """``{"class_name": ..., "config": {...}}``, the form a saved model keeps (Keras's keys)."""
    return {"class_name": type(initializer).__name__, "config": initializer.get_config()}
