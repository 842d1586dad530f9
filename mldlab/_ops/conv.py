"""Convolution as one graph node: every output is a kernel times a patch of the input, plus a bias.

For an input x of shape (N, C, H, W) and a kernel W of shape (O, C, kH, kW) (``groups = 1``), output channel o at
position (y, x) is

    (1) z[n, o, y, x] = b[o] + Σ_c Σ_i Σ_j W[o, c, i, j] · xp[n, c, y·s + i·d, x·s + j·d]

where xp is x with ``padding`` zeros around it, s the stride and d the dilation (the gap between kernel taps).
The output has, per spatial axis,

    (2) H_out = ⌊(H + p_before + p_after − d·(kH − 1) − 1) / s⌋ + 1

With ``groups = G`` the channels are split into G groups of C/G, and each group of O/G outputs sees only its own
group of inputs. The backward pass (3) ∂J/∂W = Σ ∂J/∂z · patch, (4) ∂J/∂b = Σ ∂J/∂z, (5) ∂J/∂x = each kernel
weight times the gradients of the outputs it touched: the im2col products of ``_conv_im2col``.

Like PyTorch (and every deep-learning library) this is cross-correlation: the kernel is not flipped.
"""

import numpy as np

from mldlab._ops import _conv_args
from mldlab._ops._conv_im2col import batch_last, col2im, im2col
from mldlab._ops.padding import pad
from mldlab.tensor import Tensor


def conv1d(input: Tensor, weight: Tensor, bias: Tensor | None = None, stride=1, padding=0, dilation=1,
           groups: int = 1) -> Tensor:
    """A 1-D convolution over (N, C, L) or unbatched (C, L) input, with a kernel of shape (O, C/groups, k).

    Examples
    --------
    >>> import mldlab
    >>> x = mldlab.tensor([[[1.0, 2.0, 4.0, 7.0]]])
    >>> conv1d(x, mldlab.tensor([[[-1.0, 1.0]]]))      # the differences of neighbours
    tensor([[[1., 2., 3.]]])
    """
    return convolution(input, weight, bias, stride, padding, dilation, groups, dims=1)


def conv2d(input: Tensor, weight: Tensor, bias: Tensor | None = None, stride=1, padding=0, dilation=1,
           groups: int = 1) -> Tensor:
    """(1) A 2-D convolution over (N, C, H, W) or unbatched (C, H, W) input, with a kernel (O, C/groups, kH, kW).

    Parameters
    ----------
    input : Tensor of shape (N, C, H, W) or (C, H, W)
    weight : Tensor of shape (O, C / groups, kH, kW)
    bias : Tensor of shape (O,), optional
    stride : int or (int, int), default 1
        How far the kernel moves between outputs.
    padding : int, (int, int), 'valid' or 'same', default 0
        Zeros added on both sides of each spatial axis; 'valid' is none, 'same' keeps the size (stride 1 only;
        for an even d·(k − 1) the extra zero goes after, as in PyTorch).
    dilation : int or (int, int), default 1
        The spacing between kernel taps.
    groups : int, default 1
        Split the channels into groups that do not see each other (C and O must be multiples of it).

    Returns
    -------
    Tensor of shape (N, O, H_out, W_out) (or (O, H_out, W_out)), with (2) for each spatial size.

    Examples
    --------
    A vertical-edge kernel on an image that is dark on the left and bright on the right:

    >>> import mldlab
    >>> image = mldlab.tensor([[[[0.0, 0.0, 1.0, 1.0]] * 3]])
    >>> edge = mldlab.tensor([[[[-1.0, 1.0]]]])
    >>> conv2d(image, edge)
    tensor([[[[0., 1., 0.],
              [0., 1., 0.],
              [0., 1., 0.]]]])
    """
    return convolution(input, weight, bias, stride, padding, dilation, groups, dims=2)


def convolution(input: Tensor, weight: Tensor, bias: Tensor | None, stride, padding, dilation, groups: int,
                dims: int, where: str | None = None, padding_mode: str = "zeros") -> Tensor:
    """``conv1d`` (dims = 1) or ``conv2d`` (dims = 2); ``where`` names the layer in error messages.

    A ``padding_mode`` other than 'zeros' pads the input first with ``F.pad`` (a node of its own, as in PyTorch).
    """
    op = f"conv{dims}d"
    where = where or op
    _conv_args.check(op, where, input, weight, bias, groups, dims)
    kernel = tuple(weight.shape[2:])
    stride = _conv_args.size_tuple(op, "stride", stride, dims, 1)
    dilation = _conv_args.size_tuple(op, "dilation", dilation, dims, 1)
    padding = _conv_args.padding_pairs(op, padding, kernel, stride, dilation)
    if padding_mode != "zeros":
        input = pad(input, tuple(p for pair in reversed(padding) for p in pair), mode=padding_mode)
        padding = tuple((0, 0) for _ in padding)
    out_size = _conv_args.output_size(where, input.shape[-dims:], padding, kernel, stride, dilation)
    unbatched = input._data.ndim == dims + 1
    x = input._data[None] if unbatched else input._data
    w = weight._data
    if dims == 1:  # a 1-D convolution is a 2-D one over images of height 1
        x, w = x[:, :, None, :], w[:, :, None, :]
        kernel, stride, dilation = (1, *kernel), (1, *stride), (1, *dilation)
        padding, out_size = ((0, 0), *padding), (1, *out_size)
    n, c, h, width = x.shape
    o = w.shape[0]
    w2 = w.reshape(o, -1)
    xp = batch_last(x, padding)
    cols = im2col(xp, kernel, stride, dilation, out_size)
    padded_shape = xp.shape
    z = _grouped(w2, cols, groups)  # (1) as W₂ · cols
    if bias is not None:
        z += bias._data[:, None]
    out = _as_given(z.reshape(o, *out_size, n).transpose(3, 0, 1, 2), dims, unbatched)
    inputs = (input, weight) if bias is None else (input, weight, bias)

    def backward(g):
        g4 = g[None] if unbatched else g
        g2 = (g4[:, :, None, :] if dims == 1 else g4).transpose(1, 2, 3, 0).reshape(o, -1)
        gx = gw = gb = None
        if weight._requires_grad:  # (3) ∂J/∂W = ∂J/∂Z · colsᵀ
            gw = _grouped(g2, cols.T, groups, transposed="right").reshape(weight.shape)
        if bias is not None and bias._requires_grad:  # (4) ∂J/∂b = Σ ∂J/∂z over the batch and the positions
            gb = g2.sum(axis=1)
        if input._requires_grad:  # (5) ∂J/∂x = col2im(W₂ᵀ · ∂J/∂Z)
            gcols = _grouped(w2, g2, groups, transposed="left")
            gxp = col2im(gcols, padded_shape, kernel, stride, dilation, out_size)
            (top, _), (left, _) = padding
            gx = _as_given(gxp[:, top : top + h, left : left + width].transpose(3, 0, 1, 2), dims, unbatched)
        return (gx, gw) if bias is None else (gx, gw, gb)

    backward.fresh_grads = True  # each array it returns is new and kept nowhere
    return Tensor._from_op(out, op, inputs, backward)


def _as_given(array: np.ndarray, dims: int, unbatched: bool) -> np.ndarray:
    """A 4-D (N, C, H, W) array back to the caller's form: (N, C, L) for 1-D, without N when unbatched."""
    if dims == 1:
        array = array[:, :, 0]
    return array[0] if unbatched else array


def _grouped(a: np.ndarray, b: np.ndarray, groups: int, transposed: str = "") -> np.ndarray:
    """a · b, group by group: a's rows and b's columns split into ``groups`` blocks that meet only their own.

    ``transposed='left'`` computes aᵀ · b and ``'right'`` a · bᵀ (with b given already transposed) per group.
    """
    if groups == 1:
        return a.T.dot(b) if transposed == "left" else a.dot(b)
    if transposed == "left":
        blocks = np.matmul(a.reshape(groups, -1, a.shape[1]).transpose(0, 2, 1), b.reshape(groups, -1, b.shape[1]))
    elif transposed == "right":
        blocks = np.matmul(a.reshape(groups, -1, a.shape[1]), b.reshape(b.shape[0], groups, -1).transpose(1, 0, 2))
    else:
        blocks = np.matmul(a.reshape(groups, -1, a.shape[1]), b.reshape(groups, -1, b.shape[1]))
    return blocks.reshape(-1, blocks.shape[2])
