"""Layer normalisation as one graph node: each sample is standardised over its own last dimensions.

Unlike batch normalisation, the statistics do not involve the other samples of the batch (so training and
evaluation compute the same thing). Over the D numbers of the normalised shape of one sample:

    (1) μ = (1/D) Σ x,   σ² = (1/D) Σ (x − μ)²        (biased variance)
    (2) x̂ = (x − μ) / √(σ² + ε)
    (3) y = γ ⊙ x̂ + β                                  (γ, β of the normalised shape)

and the gradient, with g = ∂J/∂y and means over the same D numbers:

    (4) ∂J/∂x = (ĝ − mean(ĝ) − x̂ · mean(ĝ ⊙ x̂)) / √(σ² + ε),   ĝ = g ⊙ γ
    (5) ∂J/∂γ = Σ_samples g ⊙ x̂,   ∂J/∂β = Σ_samples g
"""

import numbers

import numpy as np

from mldlab import _dtype
from mldlab.i18n import message
from mldlab.tensor import Tensor


def layer_norm(input: Tensor, normalized_shape, weight: Tensor | None = None, bias: Tensor | None = None,
               eps: float = 1e-5) -> Tensor:
    """(1)–(3) over the last ``len(normalized_shape)`` dimensions of ``input``.

    Parameters
    ----------
    input : Tensor
        (…, *normalized_shape), floating point.
    normalized_shape : int or tuple of int
        The trailing shape each sample is standardised over.
    weight, bias : Tensor of shape normalized_shape, optional
        γ and β of (3) (default: γ = 1, β = 0).
    eps : float, default 1e-5
        ε of (2).

    Examples
    --------
    >>> import mldlab
    >>> layer_norm(mldlab.tensor([[1.0, 3.0], [10.0, 30.0]]), 2, eps=0.0)
    tensor([[-1.,  1.],
            [-1.,  1.]])
    """
    x, shape = _check(input, normalized_shape, weight, bias, eps)
    axes = tuple(range(x.ndim - len(shape), x.ndim))
    batch_axes = tuple(range(x.ndim - len(shape)))
    mu = x.mean(axis=axes, keepdims=True)  # (1)
    centred = x - mu
    var = np.square(centred).mean(axis=axes, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + np.asarray(eps, dtype=x.dtype))
    x_hat = centred * inv_std  # (2)
    gamma = weight._data if weight is not None else None
    y = x_hat * gamma if gamma is not None else x_hat.copy()  # (3)
    if bias is not None:
        y += bias._data
    inputs = tuple(t for t in (input, weight, bias) if t is not None)

    def backward(g):
        g_hat = g * gamma if gamma is not None else g
        gx = (g_hat - g_hat.mean(axis=axes, keepdims=True)
              - x_hat * (g_hat * x_hat).mean(axis=axes, keepdims=True)) * inv_std  # (4)
        grads = [gx if input._requires_grad else None]
        if weight is not None:
            grads.append(_sum_over(g * x_hat, batch_axes) if weight._requires_grad else None)  # (5)
        if bias is not None:
            grads.append(_sum_over(g, batch_axes) if bias._requires_grad else None)
        return tuple(grads)

    return Tensor._from_op(y, "layer_norm", inputs, backward)


def _sum_over(a: np.ndarray, axes: tuple) -> np.ndarray:
    """Σ over the samples, accumulated in float64 (γ's and β's gradients sum many rows; float32 keeps its digits)."""
    return np.add.reduce(a, axis=axes, dtype=np.float64).astype(a.dtype)


def normalized_shape_of(layer: str, normalized_shape) -> tuple:
    """``normalized_shape`` (a whole number or a sequence of them, each ≥ 1) as a tuple, or a clear error."""
    items = (normalized_shape,) if isinstance(normalized_shape, numbers.Integral) else normalized_shape
    if not isinstance(items, (tuple, list)) or not all(
            isinstance(n, numbers.Integral) and not isinstance(n, bool) and n >= 1 for n in items):
        raise TypeError(message("norm_normalized_shape", op=layer, value=repr(normalized_shape)))
    return tuple(int(n) for n in items)


def _check(input, normalized_shape, weight, bias, eps) -> tuple:
    if not isinstance(input, Tensor):
        raise TypeError(message("pool_input_type", op="layer_norm", type=type(input).__name__))
    x = input._data
    if x.dtype.kind != "f":
        raise TypeError(message("pool_float", op="layer_norm", dtype=_dtype.dtype_name(x.dtype)))
    shape = normalized_shape_of("layer_norm", normalized_shape)
    if x.ndim < len(shape) or x.shape[x.ndim - len(shape):] != shape:
        raise RuntimeError(message("norm_layer_shape", normalized_shape=shape, shape=tuple(x.shape)))
    for name, tensor in (("weight", weight), ("bias", bias)):
        if tensor is not None and (not isinstance(tensor, Tensor) or tuple(tensor.shape) != shape):
            got = tuple(tensor.shape) if isinstance(tensor, Tensor) else type(tensor).__name__
            raise RuntimeError(message("norm_layer_weight", name=name, got=got, normalized_shape=shape))
        if tensor is not None and tensor._data.dtype != x.dtype:
            raise TypeError(message("norm_dtype", op="layer_norm", name=name, dtype=_dtype.dtype_name(x.dtype),
                                    other=_dtype.dtype_name(tensor._data.dtype)))
    if isinstance(eps, bool) or not isinstance(eps, numbers.Real) or not eps >= 0:
        raise ValueError(message("norm_number", op="layer_norm", name="eps", value=repr(eps)))
    return x, shape
