"""Adaptive pooling: the output size is given, and the windows are chosen to cover the input evenly.

Output i of n_out along an axis of n inputs pools the inputs

    (1) start_i = ⌊i·n / n_out⌋  …  end_i = ⌈(i + 1)·n / n_out⌉ − 1

(neighbouring windows may overlap by one input when n_out does not divide n). The average is a weighted sum with
weight 1/(end_i − start_i + 1) on the inputs of window i: a matrix P of shape (n_out, n) per axis, so

    (2) Y = P_H · X · P_Wᵀ          (every channel of every sample)
    (3) ∂J/∂X = P_Hᵀ · ∂J/∂Y · P_W

Adaptive max pooling takes the maximum of each window instead (the first one gets the gradient, as in
``pool.max_pool2d``); it loops over the offsets inside the largest window, never over the windows.
"""

import numbers

import numpy as np

from mldlab._ops import _pool_util as util
from mldlab.i18n import message
from mldlab.tensor import Tensor


def adaptive_avg_pool2d(input: Tensor, output_size) -> Tensor:
    """(2): the mean of each of H_out × W_out windows that cover an (N, C, H, W) or (C, H, W) input evenly.

    Parameters
    ----------
    input : Tensor
        (N, C, H, W) or unbatched (C, H, W), floating point.
    output_size : int or (int or None, int or None)
        (H_out, W_out); None keeps that axis's input size.

    Examples
    --------
    >>> import mldlab
    >>> x = mldlab.arange(15.0).reshape(1, 1, 3, 5)
    >>> adaptive_avg_pool2d(x, 1)                 # global average pooling
    tensor([[[[7.]]]])
    >>> adaptive_avg_pool2d(x, (1, 2))            # columns 0–2 and 2–4
    tensor([[[[6., 8.]]]])
    """
    op = "adaptive_avg_pool2d"
    x = util.check_input(op, input, 2)
    util.check_float(op, x)
    out = check_output_size(op, output_size, x.shape[-2:])
    p_h, p_w = (_averaging_matrix(o, n, x.dtype) for o, n in zip(out, x.shape[-2:]))
    y = np.matmul(np.matmul(p_h, x), p_w.T)  # (2)

    def backward(g):
        return (np.matmul(np.matmul(p_h.T, g), p_w),)  # (3)

    return Tensor._from_op(y, op, (input,), backward)


def adaptive_avg_pool1d(input: Tensor, output_size) -> Tensor:
    """(2) along the last axis of an (N, C, L) or (C, L) input: Y = X · Pᵀ.

    Examples
    --------
    >>> import mldlab
    >>> adaptive_avg_pool1d(mldlab.tensor([[1.0, 2.0, 3.0, 4.0, 5.0]]), 2)    # inputs 0–2 and 2–4
    tensor([[2., 4.]])
    """
    op = "adaptive_avg_pool1d"
    x = util.check_input(op, input, 1)
    util.check_float(op, x)
    (out,) = check_output_size(op, output_size, x.shape[-1:])
    p = _averaging_matrix(out, x.shape[-1], x.dtype)
    y = np.matmul(x, p.T)

    def backward(g):
        return (np.matmul(g, p),)

    return Tensor._from_op(y, op, (input,), backward)


def adaptive_max_pool2d(input: Tensor, output_size, return_indices: bool = False):
    """The maximum of each of H_out × W_out windows (1) of an (N, C, H, W) or (C, H, W) input.

    With ``return_indices`` also the flat index h·W + w of each maximum (its first occurrence).

    Examples
    --------
    >>> import mldlab
    >>> adaptive_max_pool2d(mldlab.arange(15.0).reshape(1, 3, 5), (1, 2))
    tensor([[[12., 14.]]])
    """
    op = "adaptive_max_pool2d"
    x = util.check_input(op, input, 2)
    util.check_float(op, x)
    out = check_output_size(op, output_size, x.shape[-2:])
    (rows, cols) = (_window_members(o, n) for o, n in zip(out, x.shape[-2:]))
    width = x.shape[-1]
    y = first = None
    for a in range(rows.shape[1]):  # every offset inside the largest window, in row-major order
        for b in range(cols.shape[1]):
            flat = rows[:, a, None] * width + cols[None, :, b]  # (H_out, W_out) input positions
            v = x[..., rows[:, a, None], cols[None, :, b]]
            if y is None:
                y, first = v.copy(), np.broadcast_to(flat, v.shape).copy()
                continue
            larger = (v > y) | np.isnan(v)
            np.copyto(y, v, where=larger)
            np.copyto(first, np.broadcast_to(flat, v.shape), where=larger)

    def backward(g):
        # each window's gradient goes to its first maximum; overlapping windows may send two to one input
        gx = np.zeros(x.shape[:-2] + (x.shape[-2] * width,), dtype=g.dtype)
        lead = np.arange(int(np.prod(x.shape[:-2]))).reshape(x.shape[:-2] + (1, 1)) * gx.shape[-1]
        gx.reshape(-1)[:] = np.bincount((lead + first).ravel(), weights=g.ravel(), minlength=gx.size)
        return (gx.reshape(x.shape),)

    result = Tensor._from_op(y, op, (input,), backward)
    return (result, Tensor._make(first)) if return_indices else result


def check_output_size(op: str, output_size, shape: tuple) -> tuple:
    """``output_size`` as a tuple of whole numbers ≥ 1 (None: the input's size on that axis)."""
    items = tuple(output_size) if isinstance(output_size, (tuple, list)) else (output_size,) * len(shape)
    if len(items) != len(shape) or not all(v is None or (isinstance(v, numbers.Integral) and not isinstance(v, bool))
                                           for v in items):
        raise TypeError(message("pool_output_size", op=op, value=repr(output_size), n=len(shape)))
    items = tuple(n if v is None else int(v) for v, n in zip(items, shape))
    if min(items) < 1:
        raise RuntimeError(message("pool_output_size_value", op=op, value=repr(output_size)))
    return items


def _bounds(out: int, n: int) -> tuple:
    """(1): the first and one-past-the-last input of every window."""
    i = np.arange(out)
    return (i * n) // out, -((-(i + 1) * n) // out)


def _averaging_matrix(out: int, n: int, dtype) -> np.ndarray:
    """P of (2): P[i, j] = 1/(end_i − start_i) for start_i ≤ j < end_i, else 0."""
    start, end = _bounds(out, n)
    j = np.arange(n)
    inside = (start[:, None] <= j) & (j < end[:, None])
    return (inside / (end - start)[:, None]).astype(dtype)


def _window_members(out: int, n: int) -> np.ndarray:
    """(out, largest window) input positions of every window, a shorter window repeating its last input (which
    changes neither its maximum nor where that maximum first occurs)."""
    start, end = _bounds(out, n)
    offsets = np.arange(int((end - start).max()))
    return np.minimum(start[:, None] + offsets, end[:, None] - 1)
