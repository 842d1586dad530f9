"""Average pooling: each output is the mean of its window, and every input of the window gets an equal share of
the gradient.

For a window w of the (zero-padded) input x, with |w| the number of inputs it divides by:

    (1) y_w = (1/|w|) Σ_{j ∈ w} x_j
    (2) ∂J/∂x_j = Σ_{w ∋ j} ∂J/∂y_w / |w|

|w| is, as in PyTorch: ``divisor_override`` when given; otherwise the window's size counting the padding
(``count_include_pad=True``, but not the part of a ``ceil_mode`` window past the padding), or counting only real
inputs (``count_include_pad=False``). The sum loops over the kernel offsets (see ``_pool_util``), not the windows.
"""

import numbers

import numpy as np

from mldlab._ops import _pool_util as util
from mldlab.i18n import message
from mldlab.tensor import Tensor


def avg_pool2d(input: Tensor, kernel_size, stride=None, padding=0, ceil_mode: bool = False,
               count_include_pad: bool = True, divisor_override: int | None = None) -> Tensor:
    """(1) the mean of each k₁×k₂ window of an (N, C, H, W) or (C, H, W) input.

    Parameters
    ----------
    input : Tensor
        (N, C, H, W) or unbatched (C, H, W), floating point.
    kernel_size : int or (int, int)
        The window's height and width.
    stride : int or (int, int), optional
        The step between windows (default: ``kernel_size``).
    padding : int or (int, int), default 0
        Zeros added on each side, at most half of the window.
    ceil_mode : bool, default False
        Round the number of windows up (a last partial window).
    count_include_pad : bool, default True
        Count the padding zeros in |w|.
    divisor_override : int, optional
        Divide every window's sum by this number instead.

    Examples
    --------
    >>> import mldlab
    >>> x = mldlab.tensor([[[[1.0, 3.0, 0.0, 2.0],
    ...                      [2.0, 6.0, 4.0, 2.0]]]])
    >>> avg_pool2d(x, 2)
    tensor([[[[3., 2.]]]])
    >>> avg_pool2d(x, 2, divisor_override=1)    # the window sums
    tensor([[[[12.,  8.]]]])
    """
    x = util.check_input("avg_pool2d", input, 2)
    util.check_float("avg_pool2d", x)
    plan = util.plan("avg_pool2d", x.shape, 2, kernel_size, stride, padding, 1, ceil_mode)
    if divisor_override is not None and (isinstance(divisor_override, bool) or not isinstance(
            divisor_override, numbers.Integral) or divisor_override == 0):
        raise RuntimeError(message("pool_divisor", value=repr(divisor_override)))
    return _avg_pool("avg_pool2d", input, x, plan, util.flag("avg_pool2d", "count_include_pad", count_include_pad),
                     divisor_override)


def avg_pool1d(input: Tensor, kernel_size, stride=None, padding=0, ceil_mode: bool = False,
               count_include_pad: bool = True) -> Tensor:
    """(1) the mean of each window of length k along the last axis of an (N, C, L) or (C, L) input.

    The arguments are those of ``avg_pool2d`` for one axis (PyTorch's has no ``divisor_override``).

    Examples
    --------
    >>> import mldlab
    >>> avg_pool1d(mldlab.tensor([[1.0, 3.0, 2.0, 6.0, 5.0]]), 2)
    tensor([[2., 4.]])
    """
    x = util.check_input("avg_pool1d", input, 1)
    util.check_float("avg_pool1d", x)
    plan = util.plan("avg_pool1d", x.shape, 1, kernel_size, stride, padding, 1, ceil_mode)
    count_include_pad = util.flag("avg_pool1d", "count_include_pad", count_include_pad)
    return _avg_pool("avg_pool1d", input, x.reshape(x.shape[:-1] + (1, x.shape[-1])), plan, count_include_pad, None)


def _avg_pool(op, input, x, plan, count_include_pad, divisor_override):
    """The graph node: ``x`` is ``input``'s array seen as (…, H, W)."""
    xp = util.padded(x, plan.padding, plan.needed, 0)
    total = xp[(Ellipsis,) + plan.slices[0]].copy()
    for rows, cols in plan.slices[1:]:
        total += xp[..., rows, cols]
    if divisor_override is not None:
        divisor = np.asarray(divisor_override, dtype=x.dtype)
    else:
        counts = [_counts(o, n, k, s, p, count_include_pad)
                  for o, n, k, s, p in zip(plan.out, x.shape[-2:], plan.kernel, plan.stride, plan.padding)]
        divisor = np.multiply.outer(*counts).astype(x.dtype)  # |w| of each window (a product of the two axes')
    y = total / divisor  # (1)
    shape = input._data.shape[:-1] + plan.out[-1:] if op == "avg_pool1d" else input._data.shape[:-2] + plan.out

    def backward(g):
        # (2) each input of window w receives ∂J/∂y_w / |w|
        share = g.reshape(y.shape) / divisor
        gp = np.zeros(xp.shape, dtype=share.dtype)
        for rows, cols in plan.slices:
            gp[..., rows, cols] += share
        return (util.cropped(gp, plan.padding, x.shape).reshape(input._data.shape),)

    return Tensor._from_op(y.reshape(shape), op, (input,), backward)


def _counts(out: int, n: int, k: int, s: int, p: int, count_include_pad: bool) -> np.ndarray:
    """|w| along one axis for every window: from its start to its end, both cut at the padding's outer edge, and
    at the input's edges too when the padding does not count."""
    start = np.arange(out) * s - p
    end = np.minimum(start + k, n + p)
    if not count_include_pad:
        start, end = np.maximum(start, 0), np.minimum(end, n)
    return end - start
