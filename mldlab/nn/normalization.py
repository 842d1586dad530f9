"""``LayerNorm``: standardise each sample over its last dimensions, then let the network rescale it.

    (1) x̂ = (x − μ) / √(σ² + ε),   μ, σ² over the last dimensions (``normalized_shape``) of one sample
    (2) y = γ ⊙ x̂ + β                γ (``weight``) starts at 1, β (``bias``) at 0

The statistics belong to one sample only, so the layer does the same in training and evaluation and works for a
batch of one (unlike ``BatchNorm1d``). The computation is ``mldlab._ops.layer_norm``.

Examples
--------
>>> import mldlab
>>> from mldlab import nn
>>> ln = nn.LayerNorm(4)
>>> ln
LayerNorm((4,), eps=1e-05, elementwise_affine=True, bias=True)
>>> y = ln(mldlab.tensor([[1.0, 2.0, 3.0, 4.0]]))
>>> round(y.mean().item(), 6) + 0.0, round(y.var(unbiased=False).item(), 4)
(0.0, 1.0)
"""

from mldlab import _dtype
from mldlab._ops.layer_norm import layer_norm, normalized_shape_of
from mldlab.nn import _checks, _keras_equivalents, init
from mldlab.nn.config import register_layer
from mldlab.nn.module import Module
from mldlab.nn.parameter import empty_weight
from mldlab.tensor import Tensor


@register_layer
class LayerNorm(Module):
    """(1)–(2) over the last ``len(normalized_shape)`` dimensions of each sample.

    Parameters
    ----------
    normalized_shape : int or tuple of int
        The trailing shape to standardise over, e.g. the number of features (stored as a tuple).
    eps : float, default 1e-5
        ε, added to the variance.
    elementwise_affine : bool, default True
        Learn γ and β of (2).
    bias : bool, default True
        Learn β (with ``elementwise_affine``).
    device : str, optional
        Only ``'cpu'``.
    dtype : dtype, optional
        The parameters' dtype (default float32).

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> ln = nn.LayerNorm((2, 3), elementwise_affine=False)
    >>> ln(mldlab.randn(5, 2, 3)).shape
    (5, 2, 3)
    """

    def __init__(self, normalized_shape, eps: float = 1e-5, elementwise_affine: bool = True, bias: bool = True,
                 device=None, dtype=None):
        super().__init__()
        self.normalized_shape = normalized_shape_of("LayerNorm", normalized_shape)
        self.eps = _checks.number("LayerNorm", "eps", eps)
        self.elementwise_affine = _checks.flag("LayerNorm", "elementwise_affine", elementwise_affine)
        use_bias = _checks.flag("LayerNorm", "bias", bias)
        dtype = _checks.float_dtype("LayerNorm", dtype)
        if self.elementwise_affine:
            self.weight = empty_weight(self.normalized_shape, dtype)
            if use_bias:
                self.bias = empty_weight(self.normalized_shape, dtype)
            else:
                self.register_parameter("bias", None)
        else:
            self.register_parameter("weight", None)
            self.register_parameter("bias", None)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        """γ = 1, β = 0."""
        if self.weight is not None:
            init.ones_(self.weight)
        if self.bias is not None:
            init.zeros_(self.bias)

    def forward(self, input: Tensor) -> Tensor:
        return layer_norm(input, self.normalized_shape, self.weight, self.bias, self.eps)

    def _keras_layer(self, ndim: int) -> list:
        """Keras's equivalent for ``mldlab.interop.to_keras_code``: LayerNormalization over the same last axes."""
        return _keras_equivalents.layer_norm(self, ndim)

    def get_config(self) -> dict:
        dtype = self.weight.dtype if self.weight is not None else _dtype.DEFAULT_FLOAT  # nothing holds a dtype
        return {"normalized_shape": list(self.normalized_shape), "eps": self.eps,
                "elementwise_affine": self.elementwise_affine, "bias": self.bias is not None or not
                self.elementwise_affine, "dtype": dtype.name}

    def extra_repr(self) -> str:
        return (f"{self.normalized_shape}, eps={self.eps}, elementwise_affine={self.elementwise_affine}, "
                f"bias={self.bias is not None}")
