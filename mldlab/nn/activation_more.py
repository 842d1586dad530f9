"""Activation layers beyond the slide's four, with PyTorch's names, options and numbers: ELU, SELU, GELU, SiLU,
Mish, Softplus, Softsign, LogSigmoid, Hardtanh and ReLU6 (their formulas and derivatives: ``_ops/activation_more.py``).

Examples
--------
>>> import mldlab
>>> from mldlab import nn
>>> z = mldlab.tensor([-2.0, 0.0, 2.0])
>>> nn.ELU()(z)
tensor([-0.8647,  0.0000,  2.0000])
>>> nn.ReLU6()(mldlab.tensor([-1.0, 3.0, 9.0]))
tensor([0., 3., 6.])
"""

from mldlab._ops import activation_more as _more
from mldlab.i18n import message
from mldlab.nn import _checks
from mldlab.nn.config import register_layer
from mldlab.nn.module import Module
from mldlab.tensor import Tensor


class _Activation(Module):
    """An activation with options ``_options`` (name → default) and Keras's activation of the same name when every
    option has its default (``_keras``)."""

    _options: dict = {}
    _keras: str | None = None

    def get_config(self) -> dict:
        return {name: getattr(self, name) for name in self._options}

    def _keras_layer(self, ndim: int) -> dict:
        if self._keras is None or any(getattr(self, k) != v for k, v in self._options.items() if k != "inplace"):
            raise ValueError(message("interop_keras_no_layer"))
        return {"layer": "Activation", "options": [f'"{self._keras}"'], "activation": self._keras}

    def extra_repr(self) -> str:
        shown = [f"{k}={getattr(self, k)!r}" for k in self._options if k != "inplace"]
        return ", ".join(shown + (["inplace=True"] if getattr(self, "inplace", False) else []))


def _inplace(layer: str, inplace) -> bool:
    return _checks.flag(layer, "inplace", inplace)


class _InplaceOnly(_Activation):
    """An activation whose only option is ``inplace`` (accepted for PyTorch's sake; a new tensor is always made)."""

    _options = {"inplace": False}

    def __init__(self, inplace: bool = False):
        super().__init__()
        self.inplace = _inplace(type(self).__name__, inplace)


@register_layer
class ELU(_Activation):
    """ELU(z) = z if z > 0 else α(eᶻ − 1): smooth below 0, mean activations nearer 0 than ReLU's."""

    _options, _keras = {"alpha": 1.0, "inplace": False}, "elu"

    def __init__(self, alpha: float = 1.0, inplace: bool = False):
        super().__init__()
        self.alpha, self.inplace = _checks.number("ELU", "alpha", alpha), _inplace("ELU", inplace)

    def forward(self, input: Tensor) -> Tensor:
        return _more.elu(input, self.alpha)


@register_layer
class SELU(_InplaceOnly):
    """SELU(z) = λ·ELU(z) with α = 1.6733 and λ = 1.0507, which keep activations near mean 0 and variance 1."""

    _keras = "selu"

    def forward(self, input: Tensor) -> Tensor:
        return _more.selu(input)


@register_layer
class GELU(_Activation):
    """GELU(z) = z·Φ(z) (Φ the standard normal CDF), or its tanh approximation with ``approximate='tanh'``."""

    _options, _keras = {"approximate": "none"}, "gelu"

    def __init__(self, approximate: str = "none"):
        super().__init__()
        if approximate not in ("none", "tanh"):
            raise ValueError(message("gelu_approximate", value=approximate))
        self.approximate = approximate

    def forward(self, input: Tensor) -> Tensor:
        return _more.gelu(input, self.approximate)


@register_layer
class SiLU(_InplaceOnly):
    """SiLU(z) = z·σ(z), also called swish."""

    _keras = "silu"

    def forward(self, input: Tensor) -> Tensor:
        return _more.silu(input)


@register_layer
class Mish(_InplaceOnly):
    """Mish(z) = z·tanh(softplus(z))."""

    _keras = "mish"

    def forward(self, input: Tensor) -> Tensor:
        return _more.mish(input)


@register_layer
class Softplus(_Activation):
    """Softplus(z) = log(1 + e^{βz}) / β, a smooth ReLU (z itself where βz > threshold)."""

    _options, _keras = {"beta": 1.0, "threshold": 20.0}, "softplus"

    def __init__(self, beta: float = 1.0, threshold: float = 20.0):
        super().__init__()
        self.beta = _checks.number("Softplus", "beta", beta)
        self.threshold = _checks.number("Softplus", "threshold", threshold)

    def forward(self, input: Tensor) -> Tensor:
        return _more.softplus(input, self.beta, self.threshold)


@register_layer
class Softsign(_Activation):
    """Softsign(z) = z / (1 + |z|), into (−1, 1) like tanh but with polynomial tails."""

    _keras = "softsign"

    def forward(self, input: Tensor) -> Tensor:
        return _more.softsign(input)


@register_layer
class LogSigmoid(_Activation):
    """LogSigmoid(z) = log σ(z), computed without overflow."""

    _keras = "log_sigmoid"

    def forward(self, input: Tensor) -> Tensor:
        return _more.logsigmoid(input)


@register_layer
class Hardtanh(_Activation):
    """Hardtanh(z) = min(max(z, min_val), max_val)."""

    _options = {"min_val": -1.0, "max_val": 1.0, "inplace": False}

    def __init__(self, min_val: float = -1.0, max_val: float = 1.0, inplace: bool = False):
        super().__init__()
        self.min_val = _checks.number("Hardtanh", "min_val", min_val)
        self.max_val = _checks.number("Hardtanh", "max_val", max_val)
        if self.max_val <= self.min_val:
            raise ValueError(message("hardtanh_range", min_val=min_val, max_val=max_val))
        self.inplace = _inplace("Hardtanh", inplace)

    def forward(self, input: Tensor) -> Tensor:
        return _more.hardtanh(input, self.min_val, self.max_val)


@register_layer
class ReLU6(_InplaceOnly):
    """ReLU6(z) = min(max(0, z), 6)."""

    _keras = "relu6"

    def forward(self, input: Tensor) -> Tensor:
        return _more.hardtanh(input, 0.0, 6.0)
