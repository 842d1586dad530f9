"""The dense (fully connected) layer of the slides, and ``Identity``.

Output i of a dense layer is a weighted sum of the inputs plus a bias (the perceptron, once per output):

    (1) zᵢ = w₀,ᵢ + Σⱼ xⱼ wⱼ,ᵢ

For a batch X of shape (N, in_features) this is one matrix product, with W of shape
(out_features, in_features) and b = w₀ of shape (out_features,), as in PyTorch:

    (2) Z = X Wᵀ + b

Examples
--------
The slide's perceptron ŷ = g(1 + 3x₁ − 2x₂) at x = [−1, 2]:

>>> import mldlab
>>> from mldlab import nn
>>> layer = nn.Linear(2, 1)
>>> with mldlab.no_grad():
...     _ = layer.weight.copy_(mldlab.tensor([[3.0, -2.0]]))
...     _ = layer.bias.fill_(1.0)
>>> z = layer(mldlab.tensor([[-1.0, 2.0]]))
>>> z
tensor([[-6.]], grad_fn=<LinearBackward>)
>>> round(z.sigmoid().item(), 4)
0.0025
"""

import math

from mldlab._ops.linear import linear
from mldlab.nn import _checks, init
from mldlab.nn.config import register_layer
from mldlab.nn.module import Module
from mldlab.nn.parameter import empty_weight
from mldlab.tensor import Tensor


@register_layer
class Linear(Module):
    """A dense layer: (2) Z = X Wᵀ + b, i.e. (1) zᵢ = w₀,ᵢ + Σⱼ xⱼ wⱼ,ᵢ for every output i.

    Parameters
    ----------
    in_features : int
        The size of each input (the number of xⱼ).
    out_features : int
        The number of outputs zᵢ.
    bias : bool, default True
        Whether to add the bias b = w₀ (``bias=False`` registers ``bias`` as None).
    device : str, optional
        Only ``'cpu'`` (accepted for PyTorch compatibility).
    dtype : dtype, optional
        The parameters' dtype (default float32).

    Attributes
    ----------
    weight : Parameter of shape (out_features, in_features)
        W, drawn from U(−1/√in_features, 1/√in_features) (``kaiming_uniform_`` with a = √5, as in PyTorch).
    bias : Parameter of shape (out_features,) or None
        b = w₀, drawn from U(−1/√in_features, 1/√in_features).

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> layer = nn.Linear(3, 4)
    >>> layer
    Linear(in_features=3, out_features=4, bias=True)
    >>> layer.weight.shape, layer.bias.shape
    ((4, 3), (4,))
    >>> layer(mldlab.randn(8, 3)).shape
    (8, 4)
    >>> layer(mldlab.randn(8, 5))
    Traceback (most recent call last):
        ...
    ValueError: Linear(3 → 4) expected input with last dimension 3, got shape (8, 5). Hint: ...
    """

    def __init__(self, in_features: int, out_features: int, bias: bool = True, device=None, dtype=None):
        super().__init__()
        self.in_features = _checks.size("Linear", "in_features", in_features, minimum=0)
        self.out_features = _checks.size("Linear", "out_features", out_features, minimum=0)
        dtype = _checks.float_dtype("Linear", dtype)
        self.weight = empty_weight((self.out_features, self.in_features), dtype)
        if _checks.flag("Linear", "bias", bias):
            self.bias = empty_weight((self.out_features,), dtype)
        else:
            self.register_parameter("bias", None)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        """Draw fresh starting weights: W and b ~ U(−1/√in_features, 1/√in_features)."""
        init.kaiming_uniform_(self.weight, a=math.sqrt(5))
        if self.bias is not None:
            fan_in = self.in_features
            bound = 1 / math.sqrt(fan_in) if fan_in > 0 else 0
            init.uniform_(self.bias, -bound, bound)

    def forward(self, input: Tensor) -> Tensor:
        return linear(input, self.weight, self.bias)  # (2)

    def get_config(self) -> dict:
        return {"in_features": self.in_features, "out_features": self.out_features, "bias": self.bias is not None,
                "dtype": self.weight.dtype.name}

    def _keras_layer(self, ndim: int) -> dict:
        """Keras's Dense computes X K + b with K = Wᵀ (see ``mldlab.interop``)."""
        return {"layer": "Dense", "options": [str(self.out_features)] + ([] if self.bias is not None else
                                                                       ["use_bias=False"]), "dense": True}

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}, bias={self.bias is not None}"


@register_layer
class Identity(Module):
    """Returns its input unchanged (a placeholder layer); any arguments are ignored, as in PyTorch.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> x = mldlab.tensor([1.0, 2.0])
    >>> nn.Identity()(x) is x
    True
    """

    def __init__(self, *args, **kwargs):
        super().__init__()

    def forward(self, input: Tensor) -> Tensor:
        return input

    def get_config(self) -> dict:
        return {}

    def _keras_layer(self, ndim: int) -> dict:
        return {"layer": "Identity", "options": []}
