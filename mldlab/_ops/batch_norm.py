"""Batch normalisation as one graph node: each channel c is standardised over the batch (and positions), then
scaled and shifted.

With m the number of values of channel c in the batch (N, or N·L, or N·H·W):

    (1) μ_c = (1/m) Σ x                       the batch mean of channel c
    (2) σ²_c = (1/m) Σ (x − μ_c)²             the batch variance (biased: divided by m)
    (3) x̂ = (x − μ_c) / √(σ²_c + ε)
    (4) y = γ_c · x̂ + β_c
    (5) running_mean ← (1 − momentum)·running_mean + momentum·μ_c
        running_var  ← (1 − momentum)·running_var  + momentum·σ²_c · m/(m − 1)   (unbiased, as in PyTorch)

In evaluation (``training=False``) the running statistics replace μ_c and σ²_c in (3). The gradient of (3)–(4)
in training, with g = ∂J/∂y:

    (6) ∂J/∂x = γ_c / √(σ²_c + ε) · (g − mean(g) − x̂ · mean(g · x̂))      (means over the m values of c)
    (7) ∂J/∂γ_c = Σ g · x̂,   ∂J/∂β_c = Σ g
"""

import numbers

import numpy as np

from mldlab import _dtype
from mldlab.i18n import message
from mldlab.tensor import Tensor


def batch_norm(input: Tensor, running_mean: Tensor | None, running_var: Tensor | None, weight: Tensor | None = None,
               bias: Tensor | None = None, training: bool = False, momentum: float = 0.1,
               eps: float = 1e-5) -> Tensor:
    """(1)–(5): normalise each channel (axis 1) of an (N, C), (N, C, L) or (N, C, H, W) input.

    Parameters
    ----------
    input : Tensor
        (N, C, …), channels on axis 1.
    running_mean, running_var : Tensor of shape (C,) or None
        The running statistics: updated in place by (5) in training, used in (3) otherwise.
    weight, bias : Tensor of shape (C,), optional
        γ and β of (4) (default: γ = 1, β = 0).
    training : bool, default False
        Batch statistics (1)–(2) and the update (5), or the running statistics.
    momentum : float, default 0.1
        The weight of the new batch in (5).
    eps : float, default 1e-5
        ε of (3).

    Examples
    --------
    >>> import mldlab
    >>> x = mldlab.tensor([[1.0], [3.0]])
    >>> mean, var = mldlab.zeros(1), mldlab.ones(1)
    >>> batch_norm(x, mean, var, training=True, eps=0.0)
    tensor([[-1.],
            [ 1.]])
    >>> mean, var                       # 0.9·0 + 0.1·2 and 0.9·1 + 0.1·2 (the unbiased variance of 1, 3 is 2)
    (tensor([0.2000]), tensor([1.1000]))
    """
    x = _check(input, running_mean, running_var, weight, bias, training, momentum, eps)
    axes = (0,) + tuple(range(2, x.ndim))
    shape = (1, x.shape[1]) + (1,) * (x.ndim - 2)  # a channel's numbers broadcast over the batch and positions
    m = x.size // x.shape[1]
    if training:
        mu = _channel_sum(x, axes) / m  # (1)
        centred = x - mu.astype(x.dtype).reshape(shape)
        var = _channel_sum(np.square(centred), axes) / m  # (2)
        if running_mean is not None:  # (5)
            running_mean._data *= 1 - momentum
            running_mean._data += (momentum * mu).astype(running_mean._data.dtype)
        if running_var is not None:
            running_var._data *= 1 - momentum
            running_var._data += (momentum * m / (m - 1) * var).astype(running_var._data.dtype)
    else:
        var = running_var._data
        centred = x - running_mean._data.reshape(shape)
    inv_std = (1.0 / np.sqrt(var + eps)).astype(x.dtype)
    x_hat = centred * inv_std.reshape(shape)  # (3)
    gamma = weight._data if weight is not None else None
    y = x_hat * gamma.reshape(shape) if gamma is not None else x_hat.copy()  # (4)
    if bias is not None:
        y += bias._data.reshape(shape)
    inputs = tuple(t for t in (input, weight, bias) if t is not None)

    def backward(g):
        scale = inv_std if gamma is None else gamma * inv_std
        g_sum, g_x_hat_sum = _channel_sum(g, axes), _channel_sum(g * x_hat, axes)  # Σ g and Σ g·x̂ of (7)
        if training:  # (6): the batch statistics depend on x too
            g_mean, g_x_hat_mean = (g_sum / m).astype(g.dtype), (g_x_hat_sum / m).astype(g.dtype)
            gx = (g - g_mean.reshape(shape) - x_hat * g_x_hat_mean.reshape(shape)) * scale.reshape(shape)
        else:  # the running statistics are constants: ∂J/∂x = g · γ / √(σ² + ε)
            gx = g * scale.reshape(shape)
        grads = [gx if input._requires_grad else None]
        if weight is not None:
            grads.append(g_x_hat_sum.astype(g.dtype) if weight._requires_grad else None)  # (7)
        if bias is not None:
            grads.append(g_sum.astype(g.dtype) if bias._requires_grad else None)
        return tuple(grads)

    return Tensor._from_op(y, "batch_norm", inputs, backward)


def _channel_sum(a: np.ndarray, axes: tuple) -> np.ndarray:
    """Σ over the batch and positions of each channel, accumulated in float64 (as PyTorch does on the CPU: the sums of
    large batches keep their digits in float32 too)."""
    return np.add.reduce(a, axis=axes, dtype=np.float64)


def _check(input, running_mean, running_var, weight, bias, training, momentum, eps) -> np.ndarray:
    if not isinstance(input, Tensor):
        raise TypeError(message("pool_input_type", op="batch_norm", type=type(input).__name__))
    x = input._data
    if x.ndim < 2:
        raise ValueError(message("norm_batch_ndim", shape=tuple(x.shape)))
    if x.dtype.kind != "f":
        raise TypeError(message("pool_float", op="batch_norm", dtype=_dtype.dtype_name(x.dtype)))
    channels = x.shape[1]
    if training and x.size // max(channels, 1) == 1:
        raise ValueError(message("norm_one_value", shape=tuple(x.shape)))
    if not training and (running_mean is None or running_var is None):
        raise RuntimeError(message("norm_no_running", shape=tuple(x.shape)))
    for name, tensor in (("running_mean", running_mean), ("running_var", running_var), ("weight", weight),
                         ("bias", bias)):
        if tensor is not None and (not isinstance(tensor, Tensor) or tensor._data.shape != (channels,)):
            got = tuple(tensor._data.shape) if isinstance(tensor, Tensor) else type(tensor).__name__
            raise RuntimeError(message("norm_channels", name=name, got=got, channels=channels, shape=tuple(x.shape)))
        if tensor is not None and tensor._data.dtype != x.dtype:
            raise TypeError(message("norm_dtype", op="batch_norm", name=name, dtype=_dtype.dtype_name(x.dtype),
                                    other=_dtype.dtype_name(tensor._data.dtype)))
    for name, value in (("momentum", momentum), ("eps", eps)):
        if isinstance(value, bool) or not isinstance(value, numbers.Real) or not value >= 0:
            raise ValueError(message("norm_number", op="batch_norm", name=name, value=repr(value)))
    return x
