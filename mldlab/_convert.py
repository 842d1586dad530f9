"""Python data (numbers, nested lists, NumPy arrays, tensors) → a NumPy array with PyTorch's default dtypes."""

import numpy as np

from mldlab import _dtype
from mldlab.i18n import message


def to_array(data, dtype) -> np.ndarray:
    """``data`` (a number, nested lists, an array or tensors) as an array with PyTorch's default dtype."""
    if data is None:
        raise TypeError(message("tensor_none"))
    if _is_tensor(data):
        array = data._data.copy()
    elif isinstance(data, np.ndarray):
        array = data.copy()
    elif isinstance(data, np.generic):
        array = np.array(data)  # a NumPy number keeps its dtype, as in PyTorch
    else:
        numpy_dtype = None
        if isinstance(data, (list, tuple)):
            items = list(_flat(data))
            if any(_is_tensor(x) for x in items):
                data = _nested_values(data)
            elif any(isinstance(x, (np.generic, np.ndarray)) for x in items):
                numpy_dtype = _items_dtype(items)
        try:
            array = np.array(data, dtype=numpy_dtype)
        except ValueError:
            raise ValueError(message("ragged")) from None
        if array.dtype.kind == "c":
            raise TypeError(message("complex"))
        if numpy_dtype is None and dtype is None:  # PyTorch's defaults (never round before a requested dtype)
            if array.dtype == np.float64:
                array = array.astype(_dtype.DEFAULT_FLOAT)
            elif array.dtype.kind in "iu" and array.dtype != np.uint8:
                array = array.astype(_dtype.int64)
        if array.dtype.kind not in "biuf":
            raise TypeError(message("not_numeric", type=type(data).__name__, dtype=array.dtype))
    if dtype is not None and array.dtype != dtype:
        array = array.astype(dtype)
    elif array.dtype not in _dtype.SUPPORTED:
        raise TypeError(message("not_numeric", type=type(data).__name__, dtype=array.dtype))
    return array


def _items_dtype(items) -> np.dtype:
    """PyTorch's dtype for a list mixing NumPy numbers with Python ones: Python floats count as float32,
    Python ints as int64, NumPy numbers and arrays as their own dtype; the result is their promotion."""
    dtype = None
    for x in items:
        if isinstance(x, (np.generic, np.ndarray)):
            kind = x.dtype
        elif isinstance(x, (bool, int, float)):
            kind = _dtype.result_type(x)
        else:
            return None  # not a number: the usual path reports it
        dtype = kind if dtype is None else np.promote_types(dtype, kind)
    return dtype


def _flat(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from _flat(x)
        else:
            yield x


def _nested_values(items):
    if _is_tensor(items):
        return items._data.tolist()
    if isinstance(items, (list, tuple)):
        return [_nested_values(x) for x in items]
    return items


def _is_tensor(value) -> bool:
    from mldlab.tensor import Tensor

    return isinstance(value, Tensor)
