"""im2col and col2im: a convolution as one matrix product, and the adjoint that brings its gradient back.

A convolution multiplies the same kernel with every patch of the image. Copy every patch into one column
(im2col, "image to columns") and all the sums become one matrix product:

    (1) cols[(c, i, j), (y, x, n)] = xp[n, c, y·s + i·d, x·s + j·d]      (s = stride, d = dilation)
    (2) Z = W₂ · cols,   W₂ = W reshaped to (out_channels, in_channels · kH · kW)

The patches are not copied one by one: NumPy's ``as_strided`` gives a view of every patch of ``xp`` at once
(no copy), and one ``reshape`` copies them into ``cols``. The gradient goes the other way: ∂J/∂cols = W₂ᵀ · ∂J/∂Z,
and every pixel collects the gradients of all the patches it was copied into (col2im), one kernel offset (i, j)
at a time.

The arrays here hold the batch axis last, (C, H, W, N): each copied run of numbers is then a whole batch of
neighbouring values in memory, which makes the copies several times faster than with (N, C, H, W).
"""

import numpy as np
from numpy.lib.stride_tricks import as_strided


def batch_last(x: np.ndarray, padding: tuple) -> np.ndarray:
    """x of shape (N, C, H, W) as xp of shape (C, H + top + bottom, W + left + right, N), zeros around it."""
    (top, bottom), (left, right) = padding
    if top == bottom == left == right == 0:
        return np.ascontiguousarray(x.transpose(1, 2, 3, 0))
    n, c, h, w = x.shape
    xp = np.zeros((c, h + top + bottom, w + left + right, n), x.dtype)
    xp[:, top : top + h, left : left + w, :] = x.transpose(1, 2, 3, 0)
    return xp


def im2col(xp: np.ndarray, kernel: tuple, stride: tuple, dilation: tuple, out_size: tuple) -> np.ndarray:
    """(1) Every patch of xp (C, Hp, Wp, N) as one column: cols of shape (C·kH·kW, Ho·Wo·N)."""
    c, _, _, n = xp.shape
    (kh, kw), (sh, sw), (dh, dw), (ho, wo) = kernel, stride, dilation, out_size
    step_c, step_y, step_x, step_n = xp.strides
    patches = as_strided(xp, (c, kh, kw, ho, wo, n),
                         (step_c, step_y * dh, step_x * dw, step_y * sh, step_x * sw, step_n), writeable=False)
    return patches.reshape(c * kh * kw, ho * wo * n)


def col2im(cols: np.ndarray, padded_shape: tuple, kernel: tuple, stride: tuple, dilation: tuple,
           out_size: tuple) -> np.ndarray:
    """The adjoint of ``im2col``: each column's values added back where the patch came from, (C, Hp, Wp, N)."""
    c, _, _, n = padded_shape
    (kh, kw), (sh, sw), (dh, dw), (ho, wo) = kernel, stride, dilation, out_size
    patches = cols.reshape(c, kh, kw, ho, wo, n)
    grad = np.zeros(padded_shape, cols.dtype)
    for i in range(kh):
        for j in range(kw):
            rows = slice(i * dh, i * dh + sh * (ho - 1) + 1, sh)
            columns = slice(j * dw, j * dw + sw * (wo - 1) + 1, sw)
            grad[:, rows, columns] += patches[:, i, j]
    return grad
