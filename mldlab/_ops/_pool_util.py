"""What the pooling ops share: their arguments as checked tuples, the output size, and the windows as slices.

A pooling window of size k with dilation d covers d·(k − 1) + 1 inputs (its effective size); windows start every
s inputs (the stride), after p padding inputs on each side. Along one axis of n inputs there are

    (1) n_out = ⌊(n + 2p − d·(k − 1) − 1) / s⌋ + 1

windows (⌈·⌉ with ``ceil_mode``, where the last window must still start inside the input or the left padding,
as in PyTorch). Window o covers the (padded) inputs o·s + j·d for j = 0 … k − 1, so the j-th element of every
window is one strided slice ``start=j·d, step=s``: the ops loop over the k (or k₁·k₂) kernel offsets, never over
the windows.
"""

import functools
import numbers
from collections import namedtuple

import numpy as np

from mldlab.i18n import message
from mldlab.tensor import Tensor


def check_input(op: str, input, spatial: int) -> np.ndarray:
    """The array of ``input``: a tensor with ``spatial`` + 1 (unbatched) or ``spatial`` + 2 dimensions, none of
    them empty but the batch."""
    if not isinstance(input, Tensor):
        raise TypeError(message("pool_input_type", op=op, type=type(input).__name__))
    x = input._data
    if x.ndim not in (spatial + 1, spatial + 2) or 0 in x.shape[-spatial - 1:]:
        raise RuntimeError(message("pool_input_shape", op=op, shape=tuple(x.shape), low=spatial + 1,
                                   high=spatial + 2))
    return x


def check_float(op: str, x: np.ndarray) -> None:
    """Averages and normalisations need floating-point numbers (as in PyTorch)."""
    if x.dtype.kind != "f":
        raise TypeError(message("pool_float", op=op, dtype=x.dtype.name))


def sizes(op: str, name: str, value, n: int, default=None, minimum: int = 1) -> tuple:
    """``value`` (one whole number, or ``n`` of them) as a tuple of ``n`` ints ≥ ``minimum``; ``default`` when
    ``value`` is None or empty (a stride defaults to the kernel size)."""
    if default is not None and (value is None or (isinstance(value, (tuple, list)) and len(value) == 0)):
        return default
    items = tuple(value) if isinstance(value, (tuple, list)) else (value,)
    if len(items) not in (1, n) or not all(isinstance(v, numbers.Integral) and not isinstance(v, bool)
                                           for v in items):
        raise TypeError(message("pool_size_type", op=op, name=name, value=repr(value), n=n))
    if len(items) == 1:
        items = items * n
    if min(items) < minimum:
        raise RuntimeError(message("pool_size_value", op=op, name=name, value=repr(value), minimum=minimum))
    return tuple(int(v) for v in items)


def flag(op: str, name: str, value) -> bool:
    """True or False (NumPy's booleans too), or a clear error."""
    if not isinstance(value, (bool, np.bool_)):
        raise TypeError(message("pool_flag", op=op, name=name, value=repr(value)))
    return bool(value)


def check_padding(op: str, kernel: tuple, padding: tuple) -> None:
    """Each side's padding is at most half of the window (PyTorch's check, with or without dilation)."""
    if any(p > k // 2 for k, p in zip(kernel, padding)):
        raise RuntimeError(message("pool_padding", op=op, padding=padding, kernel_size=kernel))


def output_size(n: int, k: int, s: int, p: int, d: int, ceil_mode: bool) -> int:
    """(1) the number of windows along one axis (PyTorch's rule for ``ceil_mode``)."""
    span = n + 2 * p - d * (k - 1) - 1
    out = (span + (s - 1 if ceil_mode else 0)) // s + 1
    if ceil_mode and (out - 1) * s >= n + p:  # the last window would start in the right padding
        out -= 1
    return out


def output_sizes(op: str, shape: tuple, kernel: tuple, stride: tuple, padding: tuple, dilation: tuple,
                 ceil_mode: bool) -> tuple:
    """(1) along every pooled axis (the last ``len(kernel)`` of ``shape``), or a clear error when it is < 1."""
    spatial = shape[-len(kernel):]
    out = tuple(output_size(n, k, s, p, d, ceil_mode)
                for n, k, s, p, d in zip(spatial, kernel, stride, padding, dilation))
    if min(out) < 1:
        raise RuntimeError(message("pool_too_small", op=op, shape=tuple(shape), kernel_size=kernel, stride=stride,
                                   padding=padding, dilation=dilation, out=out))
    return out


def padded(x: np.ndarray, padding: tuple, needed: tuple, fill) -> np.ndarray:
    """``x`` with ``padding`` inputs of ``fill`` before each pooled axis and as many after as the windows reach
    (``needed`` = (n_out − 1)·s + d·(k − 1) + 1 in all); inputs no window reaches are cut off."""
    spatial = x.shape[-len(padding):]
    if all(p == 0 and m == n for p, m, n in zip(padding, needed, spatial)):
        return x
    out = np.full(x.shape[:-len(padding)] + tuple(needed), fill, dtype=x.dtype)
    target = tuple(slice(p, min(p + n, m)) for p, n, m in zip(padding, spatial, needed))
    source = tuple(slice(0, min(n, m - p)) for p, n, m in zip(padding, spatial, needed))
    out[(Ellipsis,) + target] = x[(Ellipsis,) + source]
    return out


def needed_sizes(out: tuple, kernel: tuple, stride: tuple, dilation: tuple) -> tuple:
    """The padded length the windows cover along each axis: (n_out − 1)·s + d·(k − 1) + 1."""
    return tuple((o - 1) * s + d * (k - 1) + 1 for o, k, s, d in zip(out, kernel, stride, dilation))


def offsets(out: tuple, kernel: tuple, stride: tuple, dilation: tuple) -> list:
    """For every kernel offset (j₁, j₂) in row-major order, the slices that pick element (j₁, j₂) of every window."""
    (o1, o2), (k1, k2), (s1, s2), (d1, d2) = out, kernel, stride, dilation
    return [(slice(j1 * d1, j1 * d1 + (o1 - 1) * s1 + 1, s1), slice(j2 * d2, j2 * d2 + (o2 - 1) * s2 + 1, s2))
            for j1 in range(k1) for j2 in range(k2)]


def cropped(gp: np.ndarray, padding: tuple, shape: tuple) -> np.ndarray:
    """The part of a padded array's gradient that belongs to the input of ``shape`` (zeros where the windows never
    reached it)."""
    spatial = shape[-len(padding):]
    if gp.shape[-len(padding):] == spatial and not any(padding):
        return gp
    out = np.zeros(shape, dtype=gp.dtype)
    target = tuple(slice(0, min(n, m - p)) for p, n, m in zip(padding, spatial, gp.shape[-len(padding):]))
    source = tuple(slice(p, min(p + n, m)) for p, n, m in zip(padding, spatial, gp.shape[-len(padding):]))
    out[(Ellipsis,) + target] = gp[(Ellipsis,) + source]
    return out


Plan = namedtuple("Plan", "out kernel stride padding dilation needed slices tiled")
Plan.__doc__ = """Everything a pooling op needs to know about its windows, in 2-D form (a 1-D pooling is a 1×k one):
the output size, the checked arguments, the padded size the windows cover, the slices of each kernel offset, and
whether the windows tile the padded input exactly (stride = kernel, no dilation)."""


def plan(op: str, shape: tuple, n: int, kernel_size, stride, padding, dilation, ceil_mode: bool) -> Plan:
    """The checked windows of a pooling over the last ``n`` (1 or 2) axes of an input of ``shape``."""
    kernel = sizes(op, "kernel_size", kernel_size, n)
    stride = sizes(op, "stride", stride, n, default=kernel)
    padding = sizes(op, "padding", padding, n, minimum=0)
    dilation = sizes(op, "dilation", dilation, n)
    check_padding(op, kernel, padding)
    return _plan(op, shape, kernel, stride, padding, dilation, flag(op, "ceil_mode", ceil_mode))


@functools.lru_cache(maxsize=256)  # worked out once per distinct call: a training loop asks the same at every step
def _plan(op, shape, kernel, stride, padding, dilation, ceil_mode) -> Plan:
    out = output_sizes(op, shape, kernel, stride, padding, dilation, ceil_mode)
    if len(kernel) == 1:  # a row of length L is a 1×L image
        out, kernel, stride, dilation = (1,) + out, (1,) + kernel, (1,) + stride, (1,) + dilation
        padding = (0,) + padding
    return Plan(out, kernel, stride, padding, dilation, needed_sizes(out, kernel, stride, dilation),
                offsets(out, kernel, stride, dilation), stride == kernel and dilation == (1, 1))
