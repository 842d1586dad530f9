"""``F.interpolate`` with ``mode='nearest'``: resize an image (or a sequence) by repeating or skipping pixels.

Output position i along an axis copies input position

    (1) src(i) = min(⌊i · scale⌋, n_in − 1),   scale = 1 / scale_factor, or n_in / n_out when a size is given

computed in float32, as PyTorch does (so the same pixels are picked). Doubling the size repeats every pixel
twice (src = i // 2); halving it keeps every second one. The gradient of a pixel is the sum of the gradients
of its copies.

Examples
--------
>>> import mldlab
>>> x = mldlab.tensor([[[1.0, 2.0, 3.0]]])
>>> interpolate(x, scale_factor=2)
tensor([[[1., 1., 2., 2., 3., 3.]]])
>>> interpolate(x, size=2)
tensor([[[1., 2.]]])
"""

import math
import numbers

import numpy as np

from mldlab._ops._axis_gather import gather_axes, scatter_axes
from mldlab.i18n import message
from mldlab.tensor import Tensor


def interpolate(input: Tensor, size=None, scale_factor=None, mode: str = "nearest", align_corners=None,
                recompute_scale_factor=None, antialias: bool = False) -> Tensor:
    """Resize the spatial axes of (N, C, L), (N, C, H, W) or (N, C, D, H, W) input by nearest neighbours (1).

    Parameters
    ----------
    input : Tensor with 3 to 5 dimensions
    size : int or tuple of int, optional
        The output's spatial size (give this or ``scale_factor``).
    scale_factor : float or tuple of float, optional
        Multiplies each spatial size (the result rounded down).
    mode : 'nearest'
        The only mode built here.
    align_corners : None
        Only for the interpolating modes (as in PyTorch).
    recompute_scale_factor : bool, optional
        True picks the pixels with scale = n_in / n_out from the rounded-down size instead of 1 / scale_factor.
    antialias : False
        Only for the bilinear and bicubic modes (as in PyTorch).

    Returns
    -------
    Tensor
    """
    if not isinstance(input, Tensor):
        raise TypeError(message("interp_not_tensor", type=type(input).__name__))
    if mode != "nearest":
        raise NotImplementedError(message("interp_mode", mode=repr(mode)))
    if align_corners is not None or antialias:
        raise ValueError(message("interp_nearest_option", name="align_corners" if align_corners is not None
                                 else "antialias"))
    if input._data.ndim not in (3, 4, 5):
        raise NotImplementedError(message("interp_ndim", shape=tuple(input.shape)))
    sizes_in = input.shape[2:]
    sizes_out, scales = _sizes(sizes_in, size, scale_factor, recompute_scale_factor)
    sources = {axis + 2: _source(n_in, n_out, scale) for axis, (n_in, n_out, scale) in
               enumerate(zip(sizes_in, sizes_out, scales))}
    x = input._data
    out = gather_axes(x, sources)

    def backward(g):
        return (scatter_axes(g, sources, x.shape),)  # each pixel collects the gradients of its copies

    return Tensor._from_op(out, f"upsample_nearest{len(sizes_in)}d", (input,), backward)


def _sizes(sizes_in: tuple, size, scale_factor, recompute: bool | None) -> tuple:
    """The output sizes, and the scale factor (1) uses per axis (None: n_in / n_out)."""
    dims = len(sizes_in)
    if (size is None) == (scale_factor is None):
        raise ValueError(message("interp_size_or_scale"))
    given = size if size is not None else scale_factor
    values = tuple(given) if isinstance(given, (tuple, list)) else (given,) * dims
    kind = numbers.Integral if size is not None else numbers.Real
    if len(values) != dims or not all(isinstance(v, kind) and not isinstance(v, bool) for v in values):
        raise ValueError(message("interp_size_form", name="size" if size is not None else "scale_factor",
                                 value=repr(given), dims=dims, shape=sizes_in))
    if size is not None:
        sizes_out, scales = tuple(int(v) for v in values), (None,) * dims
    else:
        sizes_out = tuple(math.floor(n * float(f)) for n, f in zip(sizes_in, values))
        scales = (None,) * dims if recompute else tuple(float(f) for f in values)
    if min(sizes_out) <= 0:
        raise RuntimeError(message("interp_empty", shape=sizes_in, size=sizes_out))
    return sizes_out, scales


def _source(n_in: int, n_out: int, scale_factor: float | None) -> np.ndarray:
    """(1) in float32, as PyTorch; the same size is a copy and twice the size repeats each pixel twice."""
    i = np.arange(n_out)
    if n_out == n_in:
        return i
    if n_out == 2 * n_in:
        return i // 2
    scale = np.float32(1.0 / scale_factor) if scale_factor else np.float32(n_in) / np.float32(n_out)
    return np.minimum(np.floor(i.astype(np.float32) * scale).astype(np.int64), n_in - 1)
