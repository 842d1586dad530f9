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

import numpy as np

from mldlab import _dtype
from mldlab._ops import activation_more as _more
from mldlab._ops import loss as _loss
from mldlab._ops._loss_util import legacy_reduction
from mldlab._ops._pool_adaptive import adaptive_avg_pool1d, adaptive_avg_pool2d, adaptive_max_pool2d
from mldlab._ops._pool_avg import avg_pool1d, avg_pool2d
from mldlab._ops.activation import leaky_relu as _leaky_relu
from mldlab._ops.activation import log_softmax as _log_softmax
from mldlab._ops.activation import relu, sigmoid, tanh
from mldlab._ops.activation import softmax as _softmax
from mldlab._ops.batch_norm import batch_norm
from mldlab._ops.conv import conv1d, conv2d
from mldlab._ops.embedding import embedding
from mldlab._ops.interpolate import interpolate
from mldlab._ops.layer_norm import layer_norm
from mldlab._ops.linear import linear
from mldlab._ops.padding import pad
from mldlab._ops.pool import max_pool1d, max_pool2d
from mldlab.i18n import message
from mldlab.nn.activation import _softmax_dim
from mldlab.nn.dropout import dropout
from mldlab.tensor import Tensor


def leaky_relu(input: Tensor, negative_slope: float = 0.01, inplace: bool = False) -> Tensor:
    """LeakyReLU(z) = z if z > 0 else negative_slope · z (``inplace`` is accepted and ignored)."""
    return _leaky_relu(input, negative_slope)


def elu(input: Tensor, alpha: float = 1.0, inplace: bool = False) -> Tensor:
    """ELU(z) = z if z > 0 else α(eᶻ − 1) (``inplace`` is accepted and ignored)."""
    return _more.elu(input, alpha)


def selu(input: Tensor, inplace: bool = False) -> Tensor:
    """SELU(z) = λ·ELU(z) with α = 1.6733, λ = 1.0507."""
    return _more.selu(input)


def gelu(input: Tensor, approximate: str = "none") -> Tensor:
    """GELU(z) = z·Φ(z), or its tanh approximation with ``approximate='tanh'``."""
    if approximate not in ("none", "tanh"):
        raise ValueError(message("gelu_approximate", value=approximate))
    return _more.gelu(input, approximate)


def silu(input: Tensor, inplace: bool = False) -> Tensor:
    """SiLU(z) = z·σ(z)."""
    return _more.silu(input)


def mish(input: Tensor, inplace: bool = False) -> Tensor:
    """Mish(z) = z·tanh(softplus(z))."""
    return _more.mish(input)


def softplus(input: Tensor, beta: float = 1.0, threshold: float = 20.0) -> Tensor:
    """Softplus(z) = log(1 + e^{βz}) / β (z where βz > threshold)."""
    return _more.softplus(input, beta, threshold)


def softsign(input: Tensor) -> Tensor:
    """Softsign(z) = z / (1 + |z|)."""
    return _more.softsign(input)


def logsigmoid(input: Tensor) -> Tensor:
    """LogSigmoid(z) = log σ(z)."""
    return _more.logsigmoid(input)


def hardtanh(input: Tensor, min_val: float = -1.0, max_val: float = 1.0, inplace: bool = False) -> Tensor:
    """Hardtanh(z) = min(max(z, min_val), max_val)."""
    return _more.hardtanh(input, min_val, max_val)


def relu6(input: Tensor, inplace: bool = False) -> Tensor:
    """ReLU6(z) = min(max(0, z), 6)."""
    return _more.hardtanh(input, 0.0, 6.0)


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


def one_hot(tensor: Tensor, num_classes: int = -1) -> Tensor:
    """Class indices as one-hot rows: onehot(y)ᵢ,c = 1 if yᵢ = c else 0, an int64 tensor of shape (…, C).

    ``num_classes = -1`` (the default) takes C = max(y) + 1, as PyTorch does.

    Examples
    --------
    >>> import mldlab
    >>> import mldlab.nn.functional as F
    >>> F.one_hot(mldlab.tensor([0, 2, 1]))
    tensor([[1, 0, 0],
            [0, 0, 1],
            [0, 1, 0]])
    """
    y = tensor._data
    if y.dtype != _dtype.int64:
        raise RuntimeError(message("one_hot_dtype", dtype=_dtype.dtype_name(y.dtype)))
    if num_classes == -1:
        if y.size == 0:
            raise RuntimeError(message("one_hot_empty"))
        num_classes = int(y.max()) + 1
    if y.size and y.min() < 0:
        raise RuntimeError(message("one_hot_negative", value=int(y.min())))
    if y.size and y.max() >= num_classes:
        raise RuntimeError(message("one_hot_too_large", num_classes=num_classes, value=int(y.max())))
    return Tensor._make((y[..., None] == np.arange(num_classes)).astype(_dtype.int64))


def mse_loss(input: Tensor, target: Tensor, size_average=None, reduce=None, reduction: str = "mean",
             weight: Tensor | None = None) -> Tensor:
    """(1) J(W) = 1/n Σ (y − f)², see ``mldlab._ops.loss`` (``size_average``, ``reduce``: deprecated)."""
    reduction = legacy_reduction("mse_loss", size_average, reduce, reduction)
    return _loss.mse_loss(input, target, reduction=reduction, weight=weight)


def l1_loss(input: Tensor, target: Tensor, size_average=None, reduce=None, reduction: str = "mean",
            weight: Tensor | None = None) -> Tensor:
    """(2) J(W) = 1/n Σ |y − f|."""
    reduction = legacy_reduction("l1_loss", size_average, reduce, reduction)
    return _loss.l1_loss(input, target, reduction=reduction, weight=weight)


def smooth_l1_loss(input: Tensor, target: Tensor, size_average=None, reduce=None, reduction: str = "mean",
                   beta: float = 1.0) -> Tensor:
    """(7) ½d²/β where |d| < β, |d| − ½β elsewhere, d = f − y."""
    reduction = legacy_reduction("smooth_l1_loss", size_average, reduce, reduction)
    return _loss.smooth_l1_loss(input, target, reduction=reduction, beta=beta)


def huber_loss(input: Tensor, target: Tensor, reduction: str = "mean", delta: float = 1.0) -> Tensor:
    """(8) ½d² where |d| < δ, δ(|d| − ½δ) elsewhere, d = f − y."""
    return _loss.huber_loss(input, target, reduction=reduction, delta=delta)


def binary_cross_entropy(input: Tensor, target: Tensor, weight: Tensor | None = None, size_average=None,
                         reduce=None, reduction: str = "mean") -> Tensor:
    """(3) J(W) = −1/n Σ [y log f + (1 − y) log(1 − f)] on probabilities f."""
    reduction = legacy_reduction("binary_cross_entropy", size_average, reduce, reduction)
    return _loss.binary_cross_entropy(input, target, weight, reduction=reduction)


def binary_cross_entropy_with_logits(input: Tensor, target: Tensor, weight: Tensor | None = None, size_average=None,
                                     reduce=None, reduction: str = "mean",
                                     pos_weight: Tensor | None = None) -> Tensor:
    """(4) binary cross-entropy on the logits z, f = σ(z)."""
    reduction = legacy_reduction("binary_cross_entropy_with_logits", size_average, reduce, reduction)
    return _loss.binary_cross_entropy_with_logits(input, target, weight, reduction=reduction, pos_weight=pos_weight)


def cross_entropy(input: Tensor, target: Tensor, weight: Tensor | None = None, size_average=None,
                  ignore_index: int = -100, reduce=None, reduction: str = "mean",
                  label_smoothing: float = 0.0) -> Tensor:
    """(5) J = −1/n Σᵢ log softmax(zᵢ)_yᵢ on the logits z (all target forms: ``mldlab._ops.loss_classes``)."""
    reduction = legacy_reduction("cross_entropy", size_average, reduce, reduction)
    return _loss.cross_entropy(input, target, weight, ignore_index=ignore_index, reduction=reduction,
                               label_smoothing=label_smoothing)


def nll_loss(input: Tensor, target: Tensor, weight: Tensor | None = None, size_average=None,
             ignore_index: int = -100, reduce=None, reduction: str = "mean") -> Tensor:
    """(6) J = −1/n Σᵢ aᵢ,yᵢ on log-probabilities a."""
    reduction = legacy_reduction("nll_loss", size_average, reduce, reduction)
    return _loss.nll_loss(input, target, weight, ignore_index=ignore_index, reduction=reduction)


__all__ = [
    "linear",
    "interpolate",
    "max_pool1d",
    "max_pool2d",
    "avg_pool1d",
    "avg_pool2d",
    "adaptive_avg_pool1d",
    "adaptive_avg_pool2d",
    "adaptive_max_pool2d",
    "batch_norm",
    "embedding",
    "layer_norm",
    "conv1d",
    "conv2d",
    "pad",
    "sigmoid",
    "tanh",
    "relu",
    "leaky_relu",
    "elu",
    "selu",
    "gelu",
    "silu",
    "mish",
    "softplus",
    "softsign",
    "logsigmoid",
    "hardtanh",
    "relu6",
    "softmax",
    "log_softmax",
    "dropout",
    "mse_loss",
    "l1_loss",
    "smooth_l1_loss",
    "huber_loss",
    "binary_cross_entropy",
    "binary_cross_entropy_with_logits",
    "cross_entropy",
    "nll_loss",
    "one_hot",
]
