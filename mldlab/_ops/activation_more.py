"""Activations beyond the slide's four, as PyTorch defines them, each with the derivative its backward uses:

    ELU(z)      = z if z > 0 else α(eᶻ − 1)                 ELU'(z) = 1 if z > 0 else α·eᶻ
    SELU(z)     = λ·ELU(z) with α = 1.6733, λ = 1.0507       SELU'(z) = λ·ELU'(z)
    GELU(z)     = z·Φ(z), Φ the standard normal CDF          GELU'(z) = Φ(z) + z·φ(z)
                  ('tanh': ½z(1 + tanh(√(2/π)(z + 0.044715z³))))
    SiLU(z)     = z·σ(z)                                     SiLU'(z) = σ(z)(1 + z(1 − σ(z)))
    Mish(z)     = z·tanh(softplus(z))                        Mish'(z) = tanh(s) + z(1 − tanh²(s))σ(z)
    Softplus(z) = log(1 + e^{βz}) / β (z when βz > threshold) Softplus'(z) = σ(βz)
    Softsign(z) = z / (1 + |z|)                              Softsign'(z) = 1 / (1 + |z|)²
    LogSigmoid(z) = log σ(z) = −softplus(−z)                 LogSigmoid'(z) = 1 − σ(z)
    Hardtanh(z) = min(max(z, a), b)  (ReLU6: a = 0, b = 6)  Hardtanh'(z) = 1 if a < z < b else 0
"""

import math

import numpy as np

from mldlab._ops._util import float_data
from mldlab._ops.activation import _sigmoid
from mldlab.tensor import Tensor

SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946
_erf = np.frompyfunc(math.erf, 1, 1)  # NumPy has no erf; math.erf is exact to double precision


def _op(name: str, z: Tensor, out: np.ndarray, slope: np.ndarray) -> Tensor:
    """The node: ``out`` = g(z), and ∂g/∂z = ``slope`` for the backward (g·slope)."""
    slope = slope.astype(out.dtype, copy=False)

    def backward(g):
        return (g * slope,)

    return Tensor._from_op(out, name, (z,), backward)


def elu(z: Tensor, alpha: float = 1.0) -> Tensor:
    """ELU(z) = z if z > 0 else α(eᶻ − 1)."""
    x = float_data("elu", z)
    negative = alpha * np.expm1(np.minimum(x, 0))
    return _op("elu", z, np.where(x > 0, x, negative), np.where(x > 0, 1, negative + alpha))


def selu(z: Tensor) -> Tensor:
    """SELU(z) = λ·(z if z > 0 else α(eᶻ − 1)), the self-normalising ELU."""
    x = float_data("selu", z)
    negative = SELU_ALPHA * np.expm1(np.minimum(x, 0))
    return _op("selu", z, SELU_SCALE * np.where(x > 0, x, negative),
               SELU_SCALE * np.where(x > 0, 1, negative + SELU_ALPHA))


def gelu(z: Tensor, approximate: str = "none") -> Tensor:
    """GELU(z) = z·Φ(z) ('none'), or its tanh approximation ('tanh')."""
    x = float_data("gelu", z)
    if approximate == "tanh":
        c = math.sqrt(2 / math.pi)
        t = np.tanh(c * (x + 0.044715 * x**3))
        return _op("gelu", z, 0.5 * x * (1 + t), 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * c * (1 + 3 * 0.044715 * x * x))
    x64 = x.astype(np.float64)
    cdf = 0.5 * (1 + _erf(x64 / math.sqrt(2)).astype(np.float64))  # Φ(z)
    pdf = np.exp(-0.5 * x64 * x64) / math.sqrt(2 * math.pi)  # φ(z)
    return _op("gelu", z, (x64 * cdf).astype(x.dtype), cdf + x64 * pdf)


def silu(z: Tensor) -> Tensor:
    """SiLU(z) = z·σ(z) (also called swish)."""
    x = float_data("silu", z)
    s = _sigmoid(x)
    return _op("silu", z, x * s, s * (1 + x * (1 - s)))


def _softplus(x: np.ndarray) -> np.ndarray:
    """log(1 + eˣ) without overflow."""
    return np.logaddexp(0, x)


def mish(z: Tensor) -> Tensor:
    """Mish(z) = z·tanh(softplus(z))."""
    x = float_data("mish", z)
    t = np.tanh(_softplus(x))
    return _op("mish", z, x * t, t + x * (1 - t * t) * _sigmoid(x))


def softplus(z: Tensor, beta: float = 1.0, threshold: float = 20.0) -> Tensor:
    """Softplus(z) = log(1 + e^{βz}) / β, and z itself where βz > threshold."""
    x = float_data("softplus", z)
    bx = beta * x
    linear = bx > threshold
    return _op("softplus", z, np.where(linear, x, _softplus(bx) / beta), np.where(linear, 1, _sigmoid(bx)))


def softsign(z: Tensor) -> Tensor:
    """Softsign(z) = z / (1 + |z|)."""
    x = float_data("softsign", z)
    d = 1 + np.abs(x)
    return _op("softsign", z, x / d, 1 / (d * d))


def logsigmoid(z: Tensor) -> Tensor:
    """LogSigmoid(z) = log σ(z) = −log(1 + e⁻ᶻ)."""
    x = float_data("logsigmoid", z)
    return _op("logsigmoid", z, -_softplus(-x), _sigmoid(-x))


def hardtanh(z: Tensor, min_val: float = -1.0, max_val: float = 1.0) -> Tensor:
    """Hardtanh(z) = min(max(z, min_val), max_val); ReLU6 is hardtanh(z, 0, 6)."""
    x = float_data("hardtanh", z)
    return _op("hardtanh", z, np.clip(x, min_val, max_val), (x > min_val) & (x < max_val))
