"""Activation layers g(z): the non-linearity applied after a dense layer, ŷ = g(w₀ + xᵀw).

Without a non-linear g, stacked dense layers collapse into a single linear map. The slide's functions and
their derivatives (used by backward):

    (1) σ(z) = 1 / (1 + e⁻ᶻ)                 σ'(z) = σ(z)(1 − σ(z))
    (2) tanh(z) = (eᶻ − e⁻ᶻ) / (eᶻ + e⁻ᶻ)    tanh'(z) = 1 − tanh²(z)
    (3) ReLU(z) = max(0, z)                  ReLU'(z) = 1 if z > 0 else 0
    (4) LeakyReLU(z) = z if z > 0 else α·z
    (5) softmax(z)ᵢ = eᶻⁱ / Σⱼ eᶻʲ           (class probabilities that sum to 1)

Examples
--------
>>> import mldlab
>>> from mldlab import nn
>>> z = mldlab.tensor([-2.0, 0.0, 2.0])
>>> nn.Sigmoid()(z)
tensor([0.1192, 0.5000, 0.8808])
>>> nn.ReLU()(z)
tensor([0., 0., 2.])
"""

import warnings

from mldlab._ops import activation as _activation
from mldlab.i18n import message
from mldlab.nn.module import Module
from mldlab.tensor import Tensor


class Sigmoid(Module):
    """(1) σ(z) = 1 / (1 + e⁻ᶻ), squashing any z into (0, 1): a probability for binary classification."""

    def forward(self, input: Tensor) -> Tensor:
        return _activation.sigmoid(input)


class Tanh(Module):
    """(2) tanh(z) = (eᶻ − e⁻ᶻ) / (eᶻ + e⁻ᶻ), squashing z into (−1, 1)."""

    def forward(self, input: Tensor) -> Tensor:
        return _activation.tanh(input)


class ReLU(Module):
    """(3) ReLU(z) = max(0, z).

    Parameters
    ----------
    inplace : bool, default False
        Accepted for PyTorch compatibility (shown in the repr); mldlab always makes a new tensor.
    """

    def __init__(self, inplace: bool = False):
        super().__init__()
        self.inplace = inplace

    def forward(self, input: Tensor) -> Tensor:
        return _activation.relu(input)

    def extra_repr(self) -> str:
        return "inplace=True" if self.inplace else ""


class LeakyReLU(Module):
    """(4) LeakyReLU(z) = z if z > 0 else α·z, with α = ``negative_slope``.

    Parameters
    ----------
    negative_slope : float, default 0.01
        α, the slope for z < 0 (so that negative units still get a small gradient).
    inplace : bool, default False
        Accepted for PyTorch compatibility; mldlab always makes a new tensor.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> nn.LeakyReLU(0.1)(mldlab.tensor([-2.0, 3.0]))
    tensor([-0.2000,  3.0000])
    """

    def __init__(self, negative_slope: float = 0.01, inplace: bool = False):
        super().__init__()
        self.negative_slope = negative_slope
        self.inplace = inplace

    def forward(self, input: Tensor) -> Tensor:
        return _activation.leaky_relu(input, self.negative_slope)

    def extra_repr(self) -> str:
        return f"negative_slope={self.negative_slope}" + (", inplace=True" if self.inplace else "")


def _softmax_dim(op: str, ndim: int) -> int:
    """PyTorch's choice of axis when none is given (with a warning): 0 for 0-, 1- and 3-d inputs, else 1."""
    dim = 0 if ndim in (0, 1, 3) else 1
    warnings.warn(message("softmax_implicit_dim", op=op, dim=dim, ndim=ndim), stacklevel=3)
    return dim


class Softmax(Module):
    """(5) softmax(z)ᵢ = eᶻⁱ / Σⱼ eᶻʲ along ``dim``: scores → probabilities that sum to 1.

    Parameters
    ----------
    dim : int
        The axis of the classes (``dim=1`` for a batch of shape (N, C)).

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> nn.Softmax(dim=1)(mldlab.tensor([[1.0, 1.0], [0.0, 2.0]]))
    tensor([[0.5000, 0.5000],
            [0.1192, 0.8808]])
    """

    def __init__(self, dim: int | None = None):
        super().__init__()
        self.dim = dim

    def forward(self, input: Tensor) -> Tensor:
        dim = self.dim if self.dim is not None else _softmax_dim("Softmax", input.ndim)
        return _activation.softmax(input, dim)

    def extra_repr(self) -> str:
        return f"dim={self.dim}"


class LogSoftmax(Module):
    """log softmax(z)ᵢ = zᵢ − log Σⱼ eᶻʲ along ``dim`` (computed without overflow); pair it with ``NLLLoss``.

    Parameters
    ----------
    dim : int
        The axis of the classes.
    """

    def __init__(self, dim: int | None = None):
        super().__init__()
        self.dim = dim

    def forward(self, input: Tensor) -> Tensor:
        dim = self.dim if self.dim is not None else _softmax_dim("LogSoftmax", input.ndim)
        return _activation.log_softmax(input, dim)

    def extra_repr(self) -> str:
        return f"dim={self.dim}"
