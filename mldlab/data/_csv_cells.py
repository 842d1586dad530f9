"""The cells of a CSV table as numbers: features as float32, the target as class labels or float32 values.

Every cell is checked, and the first bad one is reported with its line, column and value: text that is not
a number, an empty cell, NaN or infinity, and a number too large for float32 (it would silently become inf).
"""

import itertools
import math
import re

import numpy as np

from mldlab.i18n import message

FLOAT32_MAX = float(np.finfo(np.float32).max)  # 3.4028235·10³⁸
_WHOLE_NUMBERS = re.compile(r"(?:[+-]?\d{1,18}\n)*[+-]?\d{1,18}")  # one per line, up to 18 digits: int64
_KEPT_LABELS = 1_000  # labels 0 … 999 that start at 0 are kept as they are (rule 1 of load_csv)


def numbers(block: list[tuple[str, ...]], lines, columns: list[str]) -> np.ndarray:
    """The cells of ``block`` (rows of text) as a float32 matrix, or the error for the first bad cell."""
    shape = (len(block), len(columns))
    try:
        values = np.fromiter(map(float, itertools.chain.from_iterable(block)), dtype=np.float64,
                             count=shape[0] * shape[1]).reshape(shape)
    except ValueError:
        values = None
    if values is None or not (np.abs(values) <= FLOAT32_MAX).all():  # NaN fails the test too
        values = np.array([[_number(cell, line, column) for column, cell in zip(columns, cells)]
                           for line, cells in zip(lines, block)], dtype=np.float64).reshape(shape)
    return values.astype(np.float32)


def _number(cell: str, line: int, column: str) -> float:
    if not cell.strip():
        raise ValueError(message("data_csv_empty_cell", line=line, column=column))
    try:
        value = float(cell)
    except ValueError:
        raise ValueError(message("data_csv_not_number", line=line, column=column, value=cell)) from None
    if not math.isfinite(value):
        raise ValueError(message("data_csv_not_finite", line=line, column=column, value=cell))
    if abs(value) > FLOAT32_MAX:
        raise ValueError(message("data_csv_too_large", line=line, column=column, value=cell, limit=FLOAT32_MAX))
    return value


def target_values(cells: list[str], lines, column: str):
    """The target column by the three rules of ``load_csv``: (y, class_names)."""
    cells = [cell.strip() for cell in cells]
    for line, cell in zip(lines, cells):
        if not cell:
            raise ValueError(message("data_csv_empty_cell", line=line, column=column))
    try:
        np.fromiter(map(float, cells), dtype=np.float64, count=len(cells))
    except ValueError:
        is_number = [_is_number(cell) for cell in cells]
        if any(is_number):
            line, cell = next((line, cell) for line, cell, ok in zip(lines, cells, is_number) if not ok)
            raise ValueError(message("data_csv_not_number", line=line, column=column, value=cell)) from None
        class_names, y = np.unique(np.array(cells), return_inverse=True)  # (3) words
        return y.astype(np.int64), [str(name) for name in class_names]
    if _WHOLE_NUMBERS.fullmatch("\n".join(cells)):  # (1) class labels
        labels = np.array([int(cell) for cell in cells], dtype=np.int64)
        if labels.min() == 0 and labels.max() < _KEPT_LABELS:
            return labels, None
        values, y = np.unique(labels, return_inverse=True)
        return y.astype(np.int64), [str(value) for value in values]
    return numbers([(cell,) for cell in cells], lines, [column]).reshape(-1), None  # (2)


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True
