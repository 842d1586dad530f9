"""From what a learner hands over (lists, NumPy arrays, Tensors, pandas tables) to checked NumPy arrays.

Everything in mldlab that takes data (``Model.fit``/``evaluate``/``predict``, the scalers, ``train_test_split``,
the metrics) starts here, so the same mistakes get the same clear message everywhere:

=================================  ============================================================================
what is handed over                what happens
=================================  ============================================================================
``Tensor``                         its values (``tensor._data``), no copy
pandas ``DataFrame`` / ``Series``  ``.to_numpy()`` (any object with a ``to_numpy`` method; pandas is not needed)
list, tuple, NumPy array           ``np.asarray``
``None``, a string                 ``TypeError``: data was expected
a ragged list (rows of unequal     ``ValueError`` naming the row lengths
length)
text or objects among numbers      ``ValueError`` naming the first such value and where it is
NaN or ±∞ in numeric data          ``ValueError`` naming the first place, e.g. ``x[3, 1] = nan`` (``check_finite``)
numbers too large for float32      ``ValueError`` (``to_float``), instead of a silent ±∞
booleans and integers              converted to the float dtype asked for (``to_float``)
=================================  ============================================================================

Examples
--------
>>> from mldlab.data.arrays import to_numpy, to_float
>>> to_float(to_numpy([[1, 2], [3, 4]], "fit", "x"), np.float32, "fit", "x")
array([[1., 2.],
       [3., 4.]], dtype=float32)
>>> to_numpy([[1, 2], [3]], "fit", "x")
Traceback (most recent call last):
...
ValueError: fit: x is a ragged list: its rows have different lengths (2, 1). Expected the same number ...
"""

import numpy as np

from mldlab.i18n import message
from mldlab.tensor import Tensor


def to_numpy(value, op: str, name: str, *, numeric: bool = True) -> np.ndarray:
    """``value`` as a NumPy array; with ``numeric`` (the default) its values must be numbers or booleans.

    Labels may be text (``numeric=False``): ``train_test_split`` and the classification metrics accept them.
    """
    if value is None:
        raise TypeError(message("array_none", op=op, name=name))
    if isinstance(value, (str, bytes)):
        raise TypeError(message("array_string", op=op, name=name, value=value[:40]))
    if isinstance(value, Tensor):
        return value._data
    if not isinstance(value, np.ndarray) and callable(getattr(value, "to_numpy", None)):
        value = value.to_numpy()  # a pandas DataFrame or Series, without importing pandas
    try:
        array = np.asarray(value)
    except ValueError:
        raise ValueError(message("array_ragged", op=op, name=name, lengths=_row_lengths(value))) from None
    if array.dtype.kind == "O":
        array = _from_objects(array, op, name, numeric)
    if numeric and array.dtype.kind not in "biuf":
        flat = array.ravel()
        position = next((i for i, v in enumerate(flat.tolist()) if not _parses(v)), 0)
        index = tuple(int(i) for i in np.unravel_index(position, array.shape)) if array.size else ()
        raise ValueError(message("array_not_numeric", op=op, name=name, dtype=array.dtype,
                                 where=_where(name, index), value=flat[position].item() if array.size else None))
    return array


def check_finite(array: np.ndarray, op: str, name: str) -> np.ndarray:
    """Refuse NaN (a missing value) and ±∞ in numeric data, naming the first place, e.g. ``x[3, 1] = nan``."""
    if array.dtype.kind in "fc" and not np.isfinite(array).all():
        bad = ~np.isfinite(array)
        index = tuple(int(i) for i in np.argwhere(bad)[0])
        raise ValueError(message("array_not_finite", op=op, name=name, where=_where(name, index),
                                 value=array[index], count=int(bad.sum()), size=array.size))
    return array


def to_float(array: np.ndarray, dtype, op: str, name: str) -> np.ndarray:
    """Numbers (booleans and integers too) in the float ``dtype``; values too large for it are an error."""
    dtype = np.dtype(dtype)
    if array.dtype == dtype:
        return array
    with np.errstate(over="ignore"):  # reported below, with the place
        out = array.astype(dtype)
    if array.dtype.kind in "fiu" and not np.isfinite(out).all():
        index = tuple(int(i) for i in np.argwhere(~np.isfinite(out) & np.isfinite(array))[0])
        raise ValueError(message("array_overflow", op=op, name=name, dtype=dtype, largest=float(np.finfo(dtype).max),
                                 where=_where(name, index), value=array[index]))
    return out


def rows(array: np.ndarray, op: str, name: str) -> np.ndarray:
    """Data with one entry per sample: a single number (0-d) is an error."""
    if array.ndim == 0:
        raise ValueError(message("array_scalar", op=op, name=name, value=array.item()))
    return array


def _from_objects(array: np.ndarray, op: str, name: str, numeric: bool) -> np.ndarray:
    """An object array (pandas columns of mixed types, lists with None) as numbers or text, or a clear error."""
    flat = array.ravel()
    for kind, test in (("f", _is_number), ("U", lambda v: isinstance(v, str))):
        if all(test(v) for v in flat) and (kind == "f" or not numeric):
            return array.astype(np.float64 if kind == "f" else str)
    position = next(i for i, v in enumerate(flat) if not _is_number(v))
    index = tuple(int(i) for i in np.unravel_index(position, array.shape))
    raise ValueError(message("array_objects", op=op, name=name, where=_where(name, index), value=flat[position],
                             type=type(flat[position]).__name__))


def _is_number(value) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating, np.bool_)) and not isinstance(value, str)


def _parses(value) -> bool:
    """Whether a text is a number written out ('1.5'), the cell of a table read as text."""
    try:
        float(value)
    except (TypeError, ValueError):
        return False
    return True


def _row_lengths(value) -> str:
    lengths = [len(row) if hasattr(row, "__len__") else 1 for row in list(value)[:6]]
    return ", ".join(str(n) for n in lengths[:5]) + (", …" if len(lengths) > 5 else "")


def _where(name: str, index: tuple) -> str:
    return f"{name}[{', '.join(str(i) for i in index)}]" if index else name
