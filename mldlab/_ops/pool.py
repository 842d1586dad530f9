"""Max pooling: each output is the largest input of its window, and only that input receives the gradient.

For a window w of the (padded) input x:

    (1) y_w = max_{j ∈ w} x_j
    (2) ∂J/∂x_j = Σ_{w : j = j*(w)} ∂J/∂y_w,   j*(w) = the FIRST j of w (row-major order) where x_j = y_w

(2) is PyTorch's rule: when several inputs of a window tie for the maximum (all-zero windows after ReLU are
common), only the first one gets the gradient; an input that is the maximum of two overlapping windows gets both
gradients. A NaN counts as larger than everything (the last NaN of a window is its maximum, as in PyTorch).

The windows are strided slices of the padded input (see ``_pool_util``): the ops loop over the k₁·k₂ kernel
offsets, comparing whole slices at once, never over pixels or the batch.
"""

import numpy as np

from mldlab._ops import _pool_util as util
from mldlab.tensor import Tensor


def max_pool2d(input: Tensor, kernel_size, stride=None, padding=0, dilation=1, ceil_mode: bool = False,
               return_indices: bool = False):
    """(1) the largest value of each k₁×k₂ window of an (N, C, H, W) or (C, H, W) input.

    Parameters
    ----------
    input : Tensor
        (N, C, H, W) or unbatched (C, H, W).
    kernel_size : int or (int, int)
        The window's height and width.
    stride : int or (int, int), optional
        The step between windows (default: ``kernel_size``).
    padding : int or (int, int), default 0
        Implicit −∞ added on each side, at most half of the window.
    dilation : int or (int, int), default 1
        The step between the elements of a window.
    ceil_mode : bool, default False
        Round the number of windows up (a last partial window), as in PyTorch.
    return_indices : bool, default False
        Also return where each maximum was: the flat index h·W + w in its (unpadded) input plane.

    Returns
    -------
    Tensor, or (Tensor, Tensor of int64) with ``return_indices``

    Examples
    --------
    >>> import mldlab
    >>> x = mldlab.tensor([[[[1.0, 3.0, 0.0, 0.0],
    ...                      [2.0, 4.0, 0.0, 0.0]]]], requires_grad=True)
    >>> y = max_pool2d(x, 2)
    >>> y
    tensor([[[[4., 0.]]]], grad_fn=<MaxPool2dBackward>)
    >>> y.sum().backward()
    >>> x.grad                          # the gradient goes to the first maximum only (the tie of zeros)
    tensor([[[[0., 0., 1., 0.],
              [0., 1., 0., 0.]]]])
    """
    x = util.check_input("max_pool2d", input, 2)
    plan = util.plan("max_pool2d", x.shape, 2, kernel_size, stride, padding, dilation, ceil_mode)
    return _max_pool("max_pool2d", input, x, plan, return_indices)


def max_pool1d(input: Tensor, kernel_size, stride=None, padding=0, dilation=1, ceil_mode: bool = False,
               return_indices: bool = False):
    """(1) the largest value of each window of length k along the last axis of an (N, C, L) or (C, L) input.

    The arguments are those of ``max_pool2d`` for one axis; the indices count along L.

    Examples
    --------
    >>> import mldlab
    >>> max_pool1d(mldlab.tensor([[1.0, 5.0, 2.0, 0.0, 3.0]]), 2)
    tensor([[5., 2.]])
    """
    x = util.check_input("max_pool1d", input, 1)
    plan = util.plan("max_pool1d", x.shape, 1, kernel_size, stride, padding, dilation, ceil_mode)
    return _max_pool("max_pool1d", input, x.reshape(x.shape[:-1] + (1, x.shape[-1])), plan, return_indices)


def _max_pool(op, input, x, plan, return_indices):
    """The graph node: ``x`` is ``input``'s array seen as (…, H, W)."""
    fill = -np.inf if x.dtype.kind == "f" else np.iinfo(x.dtype).min
    xp = util.padded(x, plan.padding, plan.needed, fill)
    if plan.tiled:  # (…, H_out, k₁, W_out, k₂): window (h, w) is [h, :, w, :], without copying
        windows = xp.reshape(xp.shape[:-2] + (plan.out[0], plan.kernel[0], plan.out[1], plan.kernel[1]))
        views = [windows[..., :, i, :, j] for i in range(plan.kernel[0]) for j in range(plan.kernel[1])]
    else:
        views = [xp[..., rows, cols] for rows, cols in plan.slices]  # element j of every window, for each j
    y = views[0].copy() if len(views) == 1 else np.maximum(views[0], views[1])
    for v in views[2:]:
        np.maximum(y, v, out=y)  # (1) (np.maximum keeps a NaN)
    shape = input._data.shape[:-1] + plan.out[-1:] if op == "max_pool1d" else input._data.shape[:-2] + plan.out

    def backward(g):
        # (2) ∂J/∂x_j = Σ ∂J/∂y_w over the windows w whose first maximum is j
        g = g.reshape(y.shape)
        first = _first_maximum(views, y)
        if plan.tiled:  # each input is in one window: every element of gp is written once, no zeros needed
            gp = np.empty(xp.shape, dtype=g.dtype)
            parts = gp.reshape(windows.shape)
            for o in range(len(views)):
                np.multiply(g, first == o, out=parts[..., :, o // plan.kernel[1], :, o % plan.kernel[1]])
        else:
            gp = np.zeros(xp.shape, dtype=g.dtype)
            for o, (rows, cols) in enumerate(plan.slices):
                gp[..., rows, cols] += g * (first == o)
        return (util.cropped(gp, plan.padding, x.shape).reshape(input._data.shape),)

    result = Tensor._from_op(y.reshape(shape), op, (input,), backward)
    if not return_indices:
        return result
    indices = _flat_indices(_first_maximum(views, y), x.shape, plan)
    return result, Tensor._make(indices.reshape(shape))


def _first_maximum(views: list, y: np.ndarray) -> np.ndarray:
    """j*(w) of (2) as the number of its kernel offset: the first o where views[o] = y.

    With nₒ = 1 where views[o] ≠ y (else 0), j* = n₀·(1 + n₁·(1 + n₂·(… (1 + n_{K−2})))): one comparison, one
    addition and one product per offset. A window whose maximum is NaN takes its LAST NaN, as PyTorch's loop does.
    """
    if y.dtype.kind == "f" and np.isnan(y.sum()):  # one sum finds a NaN anywhere (also +∞ with −∞: no harm)
        return _last_nan_or_first_maximum(views, y)
    kind = np.uint8 if len(views) < 256 else np.int64
    first = np.zeros(y.shape, dtype=kind)
    for v in reversed(views[:-1]):
        first += 1
        first *= np.not_equal(v, y)
    return first


def _last_nan_or_first_maximum(views: list, y: np.ndarray) -> np.ndarray:
    """PyTorch's scan: offset o replaces the best so far when views[o] > best or views[o] is NaN."""
    best = views[0].copy()
    first = np.zeros(y.shape, dtype=np.int64)
    for o, v in enumerate(views[1:], start=1):
        larger = (v > best) | np.isnan(v)
        np.copyto(best, v, where=larger)
        first[larger] = o
    return first


def _flat_indices(first: np.ndarray, shape: tuple, plan) -> np.ndarray:
    """Where each window's first maximum is, as the flat index h·W + w into its unpadded H×W input plane."""
    (s1, s2), (p1, p2), (d1, d2) = plan.stride, plan.padding, plan.dilation
    j1, j2 = np.divmod(first.astype(np.int64), plan.kernel[1])
    h = np.arange(first.shape[-2])[:, None] * s1 - p1 + j1 * d1
    w = np.arange(first.shape[-1]) * s2 - p2 + j2 * d2
    return h * shape[-1] + w
