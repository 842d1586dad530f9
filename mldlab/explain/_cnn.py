"""What the explanations of session 4's layers share: the checks of an index (a sample, a channel, a place in the
output, a time step) with clear messages, the input as an array in the layer's dtype, a grid of numbers written as
a teacher writes it on the board, and the tolerance within which a sum computed here equals the layer's."""

import numpy as np

from mldlab.data.arrays import check_finite, to_float, to_numpy
from mldlab.explain._format import num
from mldlab.i18n import message


def integer(op: str, name: str, value) -> int:
    """``value`` as an int (a bool or a float is refused)."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)):
        raise TypeError(message("explain_cnn_integer", op=op, name=name, value=repr(value),
                                type=type(value).__name__))
    return int(value)


def index(op: str, name: str, value, size: int) -> int:
    """An index in 0 … size − 1."""
    value = integer(op, name, value)
    if not 0 <= value < size:
        raise IndexError(message("explain_cnn_index", op=op, name=name, value=value, size=size, last=size - 1))
    return value


def position(op: str, value, shape: tuple) -> tuple:
    """A place in the output map of ``shape`` (H_out, W_out) or (L_out,): a tuple of ints (an int in 1-d)."""
    dims = len(shape)
    if value is None:
        return (0,) * dims
    if dims == 1 and isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_)):
        value = (value,)
    if not isinstance(value, (tuple, list)) or len(value) != dims:
        raise TypeError(message("explain_cnn_position_type", op=op, value=repr(value), dims=dims,
                                example="(0, 0)" if dims == 2 else "0"))
    place = tuple(integer(op, "position", v) for v in value)
    if not all(0 <= p < n for p, n in zip(place, shape)):
        raise IndexError(message("explain_cnn_position", op=op, value=place if dims > 1 else place[0],
                                 shape=tuple(int(n) for n in shape),
                                 last=tuple(int(n) - 1 for n in shape) if dims > 1 else int(shape[0]) - 1))
    return place


def array(op: str, x, dtype=None) -> np.ndarray:
    """``x`` (a tensor, an array or nested lists) as a finite array of ``dtype`` (None: its own float dtype, or
    float32 for integers, as ``mldlab.tensor`` makes them)."""
    values = check_finite(to_numpy(x, op, "x"), op, "x")
    if dtype is None:
        dtype = values.dtype if values.dtype in (np.float32, np.float64) else np.float32
    return to_float(values, dtype, op, "x")


def grid(values) -> list:
    """The rows of a 1-d or 2-d array as text, each number right-aligned in its column: ``['[ 0  1]', '[−1  2]']``.

    ``−∞`` stands for a place outside the input that a max-pool pads with −∞."""
    values = np.asarray(values, dtype=float) + 0.0  # −0 (a zero times a negative weight) written as 0
    values = values.reshape(1, -1) if values.ndim == 1 else values
    cells = [[num(v) for v in row] for row in values]
    width = max(len(cell) for row in cells for cell in row)
    return ["[" + "  ".join(cell.rjust(width) for cell in row) + "]" for row in cells]


def close(mine: float, theirs: float, terms: int, scale: float, dtype) -> bool:
    """A sum of ``terms`` numbers computed here in float64 equals the layer's in ``dtype``: within terms·ε·scale,
    the bound of rounding in any order of additions (scale: the sum of the numbers' sizes)."""
    eps = float(np.finfo(np.dtype(dtype)).eps)
    return bool(abs(mine - theirs) <= max(terms, 4) * eps * max(scale, np.finfo(np.float64).tiny))
