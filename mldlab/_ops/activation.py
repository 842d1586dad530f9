"""Activation functions g(z): sigmoid, tanh, ReLU, leaky ReLU, softmax and log-softmax.

The slide's derivatives, each used in its backward closure:

    σ(z) = 1/(1 + e⁻ᶻ)           σ'(z) = σ(z)(1 − σ(z))
    tanh(z)                      tanh'(z) = 1 − tanh²(z)
    ReLU(z) = max(0, z)          ReLU'(z) = 1 if z > 0 else 0
"""

import numpy as np

from mldlab._aliases import numpy_aliases
from mldlab._ops._util import float_data, normalize_dim, normalize_dims
from mldlab.tensor import Tensor


def _sigmoid(z: np.ndarray) -> np.ndarray:
    """σ(z) without overflow: e⁻ᶻ is only taken for z ≥ 0, and eᶻ/(1 + eᶻ) for z < 0."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def sigmoid(z: Tensor) -> Tensor:
    """σ(z) = 1 / (1 + e⁻ᶻ)."""
    s = _sigmoid(float_data("sigmoid", z))

    def backward(g):
        return (g * s * (1 - s),)  # ∂σ(z)/∂z = σ(z)(1 − σ(z))

    return Tensor._from_op(s, "sigmoid", (z,), backward)


def tanh(z: Tensor) -> Tensor:
    """tanh(z) = (eᶻ − e⁻ᶻ) / (eᶻ + e⁻ᶻ)."""
    t = np.tanh(float_data("tanh", z))

    def backward(g):
        return (g * (1 - t * t),)  # ∂tanh(z)/∂z = 1 − tanh²(z)

    return Tensor._from_op(t, "tanh", (z,), backward)


def relu(z: Tensor) -> Tensor:
    """ReLU(z) = max(0, z)."""
    data = z._data
    out = np.maximum(data, 0)

    def backward(g):
        return (g * (data > 0),)  # ∂ReLU(z)/∂z = 1 if z > 0 else 0

    return Tensor._from_op(out, "relu", (z,), backward)


def leaky_relu(z: Tensor, negative_slope: float = 0.01) -> Tensor:
    """LeakyReLU(z) = z if z > 0 else negative_slope · z."""
    data = z._data
    positive = data > 0
    out = np.where(positive, data, data * negative_slope).astype(data.dtype, copy=False)

    def backward(g):
        # ∂/∂z = 1 if z > 0 else negative_slope
        return (np.where(positive, g, g * negative_slope).astype(g.dtype, copy=False),)

    return Tensor._from_op(out, "leaky_relu", (z,), backward)


@numpy_aliases
def softmax(z: Tensor, dim: int) -> Tensor:
    """softmax(z)ᵢ = eᶻⁱ / Σⱼ eᶻʲ along ``dim`` (shifted by the maximum, so it never overflows)."""
    axis = normalize_dim("softmax", dim, z.ndim)
    data = float_data("softmax", z)
    e = np.exp(data - data.max(axis=axis, keepdims=True))
    s = e / e.sum(axis=axis, keepdims=True)

    def backward(g):
        # ∂sᵢ/∂zⱼ = sᵢ(δᵢⱼ − sⱼ)  ⇒  ∂J/∂z = s · (g − Σ g·s)
        return (s * (g - (g * s).sum(axis=axis, keepdims=True)),)

    return Tensor._from_op(s, "softmax", (z,), backward)


@numpy_aliases
def log_softmax(z: Tensor, dim: int) -> Tensor:
    """log softmax(z)ᵢ = zᵢ − log Σⱼ eᶻʲ along ``dim``."""
    axis = normalize_dim("log_softmax", dim, z.ndim)
    data = float_data("log_softmax", z)
    shifted = data - data.max(axis=axis, keepdims=True)
    out = shifted - np.log(np.exp(shifted).sum(axis=axis, keepdims=True))

    def backward(g):
        # ∂J/∂z = g − softmax(z) · Σ g
        return (g - np.exp(out) * g.sum(axis=axis, keepdims=True),)

    return Tensor._from_op(out, "log_softmax", (z,), backward)


@numpy_aliases
def logsumexp(z: Tensor, dim, keepdim: bool = False) -> Tensor:
    """log Σⱼ eᶻʲ over ``dim`` (one axis or several), computed as m + log Σⱼ e^(zⱼ − m) with m = max z.

    It is the normaliser of log_softmax: log softmax(z) = z − logsumexp(z).
    """
    axes = normalize_dims("logsumexp", dim, z.ndim)
    data = float_data("logsumexp", z)
    m = data.max(axis=axes, keepdims=True) if data.size else np.zeros((1,) * data.ndim, data.dtype)
    m = np.where(np.isfinite(m), m, 0)  # all −inf (or an inf) must not give inf − inf
    with np.errstate(divide="ignore"):
        kept = m + np.log(np.exp(data - m).sum(axis=axes, keepdims=True))

    def backward(g):
        if not keepdim and axes is not None:
            g = np.expand_dims(g, axes)
        return (g * np.exp(data - kept),)  # ∂ logsumexp(z)/∂zᵢ = softmax(z)ᵢ

    out = kept if keepdim else (kept.squeeze(axes) if axes is not None else kept.reshape(()))
    return Tensor._from_op(np.asarray(out), "logsumexp", (z,), backward)
