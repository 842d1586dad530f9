"""A copy that picks, along some axes, which input position each output position repeats; and its gradient.

``F.pad`` (reflect, replicate, circular) and ``F.interpolate`` (nearest) are both such copies. Along one axis the
pick is a 0/1 matrix P with one 1 per row (output i copies input ``source[i]``), so

    (1) out = P · x along that axis,   (2) ∂J/∂x = Pᵀ · ∂J/∂out

(2) adds up the gradients of all the copies of each input, as a matrix product rather than a loop.
"""

import numpy as np


def gather_axes(x: np.ndarray, sources: dict) -> np.ndarray:
    """(1) ``x`` with each axis in ``sources`` (axis → source positions) replaced by those positions."""
    for axis, source in sources.items():
        x = np.take(x, source, axis=axis)
    return x


def scatter_axes(g: np.ndarray, sources: dict, shape: tuple) -> np.ndarray:
    """(2) The gradient of ``gather_axes`` for an input of ``shape``: each input collects its copies' gradients."""
    for axis, source in sources.items():
        picks = np.zeros((len(source), shape[axis]), g.dtype)
        picks[np.arange(len(source)), source] = 1
        g = np.moveaxis(np.tensordot(g, picks, axes=([axis], [0])), -1, axis)
    return g
