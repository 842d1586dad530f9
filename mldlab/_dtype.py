"""The element types of tensors and PyTorch's rules for combining them.

PyTorch's promotion rule, for the types mldlab has (bool < integer < floating point):
the result takes the highest *category* among the operands; within that category, tensors with
dimensions decide before zero-dimensional tensors, and those before Python numbers. A Python
``float`` meeting integer tensors gives the default ``float32``; a float 0-dim tensor gives its own dtype
(``tensor(1.0, dtype=float64) + tensor([1, 2])`` is float64).
"""

import builtins

import numpy as np

from mldlab.i18n import message

float32 = np.dtype(np.float32)
float64 = np.dtype(np.float64)
float16 = np.dtype(np.float16)
int64 = np.dtype(np.int64)
int32 = np.dtype(np.int32)
int16 = np.dtype(np.int16)
int8 = np.dtype(np.int8)
uint8 = np.dtype(np.uint8)
bool_ = np.dtype(np.bool_)

float = float32  # noqa: A001 (PyTorch's aliases)
double = float64
half = float16
long = int64
int = int32  # noqa: A001

DEFAULT_FLOAT = float32
SUPPORTED = (float16, float32, float64, int8, int16, int32, int64, uint8, bool_)


def _category(dtype: np.dtype) -> int:
    if dtype.kind == "b":
        return 0
    if dtype.kind in "iu":
        return 1
    return 2


def _scalar_category(value) -> int:
    if isinstance(value, (builtins.bool, np.bool_)):
        return 0
    if isinstance(value, (builtins.int, np.integer)):
        return 1
    return 2


def dtype_name(dtype: np.dtype) -> str:
    """``'mldlab.float32'`` for float32, and so on (used in reprs and messages)."""
    return "mldlab." + ("bool" if dtype == bool_ else dtype.name)


def to_dtype(dtype) -> np.dtype:
    """Turn ``mldlab.float64``, ``np.float64``, ``'float64'``, Python ``float`` and the like into a dtype."""
    if dtype is None:
        return None
    if dtype is builtins.float:
        return DEFAULT_FLOAT
    if dtype is builtins.int:
        return int64
    if dtype is builtins.bool:
        return bool_
    try:
        result = np.dtype(dtype)
    except TypeError:
        result = None
    if result is None or result not in SUPPORTED:
        raise TypeError(message("dtype", dtype=dtype))
    return result


def result_type(*operands) -> np.dtype:
    """The dtype PyTorch gives an arithmetic op on these operands (tensors or Python numbers)."""
    # Three tiers, each holding (category, dtype) of its operands: dimensioned tensors, 0-dim tensors, scalars.
    best = [None, None, None]
    for operand in operands:
        array = getattr(operand, "_data", None)
        if array is None:
            category = _scalar_category(operand)
            tier, dtype = 2, None
        else:
            dtype = array.dtype
            category = _category(dtype)
            tier = 0 if array.ndim else 1
        current = best[tier]
        if current is None or category > current[0]:
            best[tier] = (category, dtype)
        elif category == current[0] and dtype is not None and current[1] is not None:
            best[tier] = (category, np.promote_types(current[1], dtype))
    result_category, result = -1, None
    for tier in best:
        if tier is not None and tier[0] > result_category:
            result_category, result = tier
    if result is None:  # the highest category came from a Python number
        result = (bool_, int64, DEFAULT_FLOAT)[result_category]
    return result
