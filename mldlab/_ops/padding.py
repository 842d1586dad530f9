"""``F.pad``: numbers added around the last axes of a tensor, as one graph node.

``pad`` lists (before, after) pairs from the last axis backwards, as in PyTorch: (left, right) pads the last axis,
(left, right, top, bottom) the last two. The modes fill the border differently; on the row [1 2 3 4] padded by 2:

    constant   (value 0)    0 0 | 1 2 3 4 | 0 0
    reflect                 3 2 | 1 2 3 4 | 3 2      (mirrored at the edge, the edge itself not repeated)
    replicate               1 1 | 1 2 3 4 | 4 4      (the edge value repeated)
    circular                3 4 | 1 2 3 4 | 1 2      (wrapped around: the row as a ring)

A negative pad removes numbers from that side instead. Every output number is a copy of one input number (or of
``value``), so the gradient goes back the same way: each input collects the gradients of all its copies.

Examples
--------
>>> import mldlab
>>> row = mldlab.tensor([[1.0, 2.0, 3.0, 4.0]])
>>> pad(row, (2, 2), mode="reflect")
tensor([[3., 2., 1., 2., 3., 4., 3., 2.]])
>>> pad(row, (1, -2), value=9.0)
tensor([[9., 1., 2.]])
"""

import numbers

import numpy as np

from mldlab._ops._axis_gather import gather_axes, scatter_axes
from mldlab.i18n import message
from mldlab.tensor import Tensor

MODES = ("constant", "reflect", "replicate", "circular")


def pad(input: Tensor, pad, mode: str = "constant", value: float | None = None) -> Tensor:
    """``input`` with ``pad[2k]`` numbers before and ``pad[2k + 1]`` after its k-th axis from the end.

    Parameters
    ----------
    input : Tensor
    pad : tuple of int
        (before, after) for the last axis, then the one before it, and so on (an even number of values).
    mode : {'constant', 'reflect', 'replicate', 'circular'}, default 'constant'
        The last three pad 1 to 3 axes of a tensor with one or two more axes (as in PyTorch).
    value : float, optional
        The fill value of ``'constant'`` (default 0).

    Returns
    -------
    Tensor
    """
    pairs = _pairs(input, pad, mode, value)
    x = input._data
    axes = range(x.ndim - 1, x.ndim - 1 - len(pairs), -1)
    if mode == "constant":
        return _constant(input, dict(zip(axes, pairs)), 0 if value is None else value)
    return _gathered(input, dict(zip(axes, pairs)), mode, len(pairs))


def _pairs(input: Tensor, pad, mode: str, value) -> list:
    """The checked (before, after) pairs, last axis first."""
    if not isinstance(input, Tensor):
        raise TypeError(message("pad_not_tensor", type=type(input).__name__))
    if not isinstance(pad, (tuple, list)) or not all(isinstance(p, numbers.Integral) and not isinstance(p, bool)
                                                      for p in pad):
        raise TypeError(message("pad_form", pad=repr(pad)))
    if len(pad) % 2:
        raise RuntimeError(message("pad_odd", pad=tuple(pad)))
    if mode not in MODES:
        raise NotImplementedError(message("pad_mode", mode=repr(mode), modes=", ".join(MODES)))
    ndim, k = input._data.ndim, len(pad) // 2
    if mode != "constant" and value not in (None, 0):
        raise RuntimeError(message("pad_value_mode", mode=mode, value=value))
    if mode == "constant" and k > ndim:
        raise RuntimeError(message("pad_too_long", length=len(pad), ndim=ndim))
    if mode != "constant" and (k not in (1, 2, 3) or ndim not in (k + 1, k + 2)):
        raise NotImplementedError(message("pad_mode_dims", mode=mode, length=len(pad), ndim=ndim))
    pairs = [(int(pad[2 * i]), int(pad[2 * i + 1])) for i in range(k)]
    for i, (before, after) in enumerate(pairs):
        axis = ndim - 1 - i
        n = input.shape[axis]
        if mode != "constant" and n == 0:
            raise RuntimeError(message("pad_empty_axis", mode=mode, shape=tuple(input.shape), axis=axis))
        if mode == "reflect" and max(before, after) >= n:
            raise RuntimeError(message("pad_reflect_size", before=before, after=after, axis=axis,
                                       shape=tuple(input.shape), limit=n - 1))
        kept = n - max(-before, 0) - max(-after, 0)
        if mode == "circular" and max(before, after) > kept:
            raise RuntimeError(message("pad_circular_size", before=before, after=after, axis=axis,
                                       shape=tuple(input.shape), limit=kept))
        if n + before + after < 0:
            raise RuntimeError(message("pad_negative_size", before=before, after=after, axis=axis,
                                       shape=tuple(input.shape)))
    return pairs


def _constant(input: Tensor, pairs: dict, value) -> Tensor:
    """Fill with ``value``, then copy the kept part of the input inside (negative pads keep less of it)."""
    x = input._data
    shape, source, target = list(x.shape), [slice(None)] * x.ndim, [slice(None)] * x.ndim
    for axis, (before, after) in pairs.items():
        n = x.shape[axis]
        shape[axis] = n + before + after
        source[axis] = slice(max(-before, 0), n - max(-after, 0))
        kept = max(n - max(-before, 0) - max(-after, 0), 0)
        target[axis] = slice(max(before, 0), max(before, 0) + kept)
    source, target = tuple(source), tuple(target)
    out = np.full(shape, value, x.dtype)
    out[target] = x[source]

    def backward(g):
        # the padding came from no input: its gradient is dropped; the rest goes back where it came from
        gx = np.zeros(x.shape, g.dtype)
        gx[source] = g[target]
        return (gx,)

    return Tensor._from_op(out, "constant_pad_nd", (input,), backward)


def _source_index(n: int, before: int, after: int, mode: str) -> np.ndarray:
    """For each output position along one axis, the input position it copies."""
    if mode == "circular":  # the kept part (after any negative pads) as a ring
        start, kept = max(-before, 0), n - max(-before, 0) - max(-after, 0)
        return np.arange(-max(before, 0), kept + max(after, 0)) % max(kept, 1) + start
    t = np.arange(-before, n + after)
    if mode == "reflect":
        t = np.abs(t)
        return np.where(t >= n, 2 * (n - 1) - t, t)
    return np.clip(t, 0, n - 1)  # replicate


def _gathered(input: Tensor, pairs: dict, mode: str, k: int) -> Tensor:
    """reflect, replicate, circular: every output is a copy of one input, picked axis by axis."""
    x = input._data
    index = {axis: _source_index(x.shape[axis], before, after, mode) for axis, (before, after) in pairs.items()}
    out = gather_axes(x, index)

    def backward(g):
        return (scatter_axes(g, index, x.shape),)  # each input number collects the gradients of all its copies

    name = {"reflect": "reflection", "replicate": "replication", "circular": "circular"}[mode]
    return Tensor._from_op(out, f"{name}_pad{k}d", (input,), backward)
