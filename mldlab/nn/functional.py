"""``mldlab.nn.functional`` (``F``): the layers and losses as plain functions, with PyTorch's names.

Layers hold parameters; these functions take everything as arguments, so a network can also be written
by hand:

Examples
--------
>>> import mldlab
>>> import mldlab.nn.functional as F
>>> x = mldlab.tensor([[-1.0, 2.0]])
>>> w = mldlab.tensor([[3.0, -2.0]], requires_grad=True)
>>> b = mldlab.tensor([1.0], requires_grad=True)
>>> y_hat = F.sigmoid(F.linear(x, w, b))          # ŷ = g(w₀ + xᵀw), the slide's perceptron
>>> loss = F.binary_cross_entropy(y_hat, mldlab.tensor([[1.0]]))
>>> loss.backward()
>>> w.grad                                         # ∂J/∂w = (ŷ − y)·x
tensor([[ 0.9975, -1.9951]])
"""

from mldlab._ops.activation import leaky_relu as _leaky_relu
from mldlab._ops.activation import log_softmax as _log_softmax
from mldlab._ops.activation import relu, sigmoid, tanh
from mldlab._ops.activation import softmax as _softmax
from mldlab._ops.linear import linear
from mldlab._ops.loss import (
    binary_cross_entropy,
    binary_cross_entropy_with_logits,
    cross_entropy,
    l1_loss,
    mse_loss,
    nll_loss,
)
from mldlab.nn.activation import _softmax_dim
from mldlab.nn.dropout import dropout
from mldlab.tensor import Tensor


def leaky_relu(input: Tensor, negative_slope: float = 0.01, inplace: bool = False) -> Tensor:
    """LeakyReLU(z) = z if z > 0 else negative_slope · z (``inplace`` is accepted and ignored)."""
    return _leaky_relu(input, negative_slope)


def softmax(input: Tensor, dim: int | None = None, dtype=None) -> Tensor:
    """softmax(z)ᵢ = eᶻⁱ / Σⱼ eᶻʲ along ``dim`` (converted to ``dtype`` first when given)."""
    if dtype is not None:
        input = input.to(dtype)
    return _softmax(input, dim if dim is not None else _softmax_dim("softmax", input.ndim))


def log_softmax(input: Tensor, dim: int | None = None, dtype=None) -> Tensor:
    """log softmax(z)ᵢ = zᵢ − log Σⱼ eᶻʲ along ``dim``."""
    if dtype is not None:
        input = input.to(dtype)
    return _log_softmax(input, dim if dim is not None else _softmax_dim("log_softmax", input.ndim))


__all__ = [
    "linear",
    "sigmoid",
    "tanh",
    "relu",
    "leaky_relu",
    "softmax",
    "log_softmax",
    "dropout",
    "mse_loss",
    "l1_loss",
    "binary_cross_entropy",
    "binary_cross_entropy_with_logits",
    "cross_entropy",
    "nll_loss",
]
