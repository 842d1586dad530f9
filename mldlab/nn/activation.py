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
from mldlab.nn import _checks
from mldlab.nn.config import register_layer
from mldlab.nn.module import Module
from mldlab.tensor import Tensor


@register_layer
class Sigmoid(Module):
    """(1) σ(z) = 1 / (1 + e⁻ᶻ), squashing any z into (0, 1): a probability for binary classification."""

    def forward(self, input: Tensor) -> Tensor:
        return _activation.sigmoid(input)

    def get_config(self) -> dict:
        return {}

    def _keras_layer(self, ndim: int) -> dict:
        return {"layer": "Activation", "options": ['"sigmoid"'], "activation": "sigmoid"}


@register_layer
class Tanh(Module):
    """(2) tanh(z) = (eᶻ − e⁻ᶻ) / (eᶻ + e⁻ᶻ), squashing z into (−1, 1)."""

    def forward(self, input: Tensor) -> Tensor:
        return _activation.tanh(input)

    def get_config(self) -> dict:
        return {}

    def _keras_layer(self, ndim: int) -> dict:
        return {"layer": "Activation", "options": ['"tanh"'], "activation": "tanh"}


@register_layer
class ReLU(Module):
    """(3) ReLU(z) = max(0, z).

    Parameters
    ----------
    inplace : bool, default False
        Accepted for PyTorch compatibility (shown in the repr); mldlab always makes a new tensor.
    """

    def __init__(self, inplace: bool = False):
        super().__init__()
        self.inplace = _checks.flag("ReLU", "inplace", inplace)

    def forward(self, input: Tensor) -> Tensor:
        return _activation.relu(input)

    def get_config(self) -> dict:
        return {"inplace": self.inplace}

    def _keras_layer(self, ndim: int) -> dict:
        return {"layer": "Activation", "options": ['"relu"'], "activation": "relu"}

    def extra_repr(self) -> str:
        return "inplace=True" if self.inplace else ""


@register_layer
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
        _checks.number("LeakyReLU", "negative_slope", negative_slope)
        self.negative_slope = negative_slope
        self.inplace = _checks.flag("LeakyReLU", "inplace", inplace)

    _code_positional = ("negative_slope",)  # always written: Keras's default slope is 0.3, PyTorch's 0.01

    def get_config(self) -> dict:
        return {"negative_slope": float(self.negative_slope), "inplace": self.inplace}

    def _keras_layer(self, ndim: int) -> dict:
        return {"layer": "LeakyReLU", "options": [f"negative_slope={float(self.negative_slope)!r}"]}

    def forward(self, input: Tensor) -> Tensor:
        return _activation.leaky_relu(input, self.negative_slope)

    def extra_repr(self) -> str:
        return f"negative_slope={self.negative_slope}" + (", inplace=True" if self.inplace else "")


def _softmax_dim(op: str, ndim: int) -> int:
    """PyTorch's choice of axis when none is given (with a warning): 0 for 0-, 1- and 3-d inputs, else 1."""
    dim = 0 if ndim in (0, 1, 3) else 1
    warnings.warn(message("softmax_implicit_dim", op=op, dim=dim, ndim=ndim), stacklevel=3)
    return dim


def _keras_axis(dim, ndim: int) -> int:
    """The axis a softmax works along for inputs with ``ndim`` axes, for Keras, which has no batch-axis softmax."""
    axis = (0 if ndim in (0, 1, 3) else 1) if dim is None else dim + ndim if dim < 0 else dim
    if not 0 <= axis < ndim:
        raise ValueError(message("interop_keras_dim", dim=dim, ndim=ndim))
    if axis == 0:
        raise ValueError(message("interop_keras_batch_axis", dim=axis))
    return axis


@register_layer
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
        self.dim = _checks.axis("Softmax", "dim", dim, optional=True)

    def get_config(self) -> dict:
        return {"dim": self.dim}

    def _keras_layer(self, ndim: int) -> dict:
        axis = _keras_axis(self.dim, ndim)
        if axis == ndim - 1:
            return {"layer": "Softmax", "options": [], "activation": "softmax"}
        return {"layer": "Softmax", "options": [f"axis={axis}"]}

    def forward(self, input: Tensor) -> Tensor:
        dim = self.dim if self.dim is not None else _softmax_dim("Softmax", input.ndim)
        return _activation.softmax(input, dim)

    def extra_repr(self) -> str:
        return f"dim={self.dim}"


@register_layer
class LogSoftmax(Module):
    """log softmax(z)ᵢ = zᵢ − log Σⱼ eᶻʲ along ``dim`` (computed without overflow); pair it with ``NLLLoss``.

    Parameters
    ----------
    dim : int
        The axis of the classes.
    """

    def __init__(self, dim: int | None = None):
        super().__init__()
        self.dim = _checks.axis("LogSoftmax", "dim", dim, optional=True)

    def get_config(self) -> dict:
        return {"dim": self.dim}

    def _keras_layer(self, ndim: int) -> dict:
        if _keras_axis(self.dim, ndim) != ndim - 1:
            raise ValueError(message("interop_keras_log_softmax", dim=self.dim, ndim=ndim))
        return {"layer": "Activation", "options": ['"log_softmax"'], "activation": "log_softmax"}

    def forward(self, input: Tensor) -> Tensor:
        dim = self.dim if self.dim is not None else _softmax_dim("LogSoftmax", input.ndim)
        return _activation.log_softmax(input, dim)

    def extra_repr(self) -> str:
        return f"dim={self.dim}"
