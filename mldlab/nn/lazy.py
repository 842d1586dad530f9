"""``LazyLinear``: a dense layer that learns its number of inputs from the first batch it sees.

``nn.LazyLinear(out_features)`` leaves ``in_features`` open (0, with empty weights) until the first call
``layer(X)``; then in_features = the last dimension of X, the weights are drawn exactly as
``nn.Linear(in_features, out_features)`` would draw them, and the layer *becomes* a ``Linear`` (its class
changes, as in PyTorch). The ``Parameter`` objects stay the same, so an optimizer made before the first
call keeps working (PyTorch's tutorials call the model on one batch before making the optimizer).

Examples
--------
>>> import mldlab
>>> from mldlab import nn
>>> layer = nn.LazyLinear(4)
>>> layer
LazyLinear(in_features=0, out_features=4, bias=True)
>>> layer(mldlab.randn(8, 3)).shape
(8, 4)
>>> layer
Linear(in_features=3, out_features=4, bias=True)
"""

from mldlab.nn.config import register_layer
from mldlab.nn.linear import Linear
from mldlab.nn.parameter import empty_weight
from mldlab.tensor import Tensor


@register_layer
class LazyLinear(Linear):
    """A ``Linear`` layer whose ``in_features`` is set by the first input (PyTorch's ``nn.LazyLinear``).

    Parameters
    ----------
    out_features : int
        The number of outputs zᵢ.
    bias : bool, default True
        Whether to add the bias b = w₀.
    device : str, optional
        Only ``'cpu'``.
    dtype : dtype, optional
        The parameters' dtype (default float32).
    """

    def __init__(self, out_features: int, bias: bool = True, device=None, dtype=None):
        super().__init__(0, out_features, bias=bias, device=device, dtype=dtype)

    def reset_parameters(self) -> None:
        """Nothing to draw before the first call: the weights' shape is not known yet."""

    def forward(self, input: Tensor) -> Tensor:
        if input.ndim == 0:  # let Linear say what is wrong with the input
            return super().forward(input)
        self.in_features = input.shape[-1]
        self.weight.data = empty_weight((self.out_features, self.in_features), self.weight.dtype)
        self.__class__ = Linear  # from now on an ordinary dense layer (PyTorch's cls_to_become)
        self.reset_parameters()  # Linear's: W, b ~ U(−1/√in_features, 1/√in_features)
        return self.forward(input)

    def get_config(self) -> dict:
        return {"out_features": self.out_features, "bias": self.bias is not None}
