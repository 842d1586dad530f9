"""Loading your own table from a CSV file (as saved by Excel, Google Sheets or a text editor).

Examples
--------
>>> import tempfile, pathlib
>>> from mldlab.data import load_csv
>>> path = pathlib.Path(tempfile.mkdtemp()) / "exam.csv"
>>> _ = path.write_text("lectures,hours,result\\n4,5,fail\\n12,8.5,pass\\n2,1,fail\\n")
>>> X, y, features, classes = load_csv(path, target="result", return_names=True)
>>> X.tolist(), y.tolist(), features, classes
([[4.0, 5.0], [12.0, 8.5], [2.0, 1.0]], [0, 1, 0], ['lectures', 'hours'], ['fail', 'pass'])
"""

import csv
import io
import math
import os
import re
from pathlib import Path

import numpy as np

from mldlab.i18n import message

_WHOLE_NUMBER = re.compile(r"[+-]?\d+")


def load_csv(
    path,
    target=-1,
    delimiter: str = ",",
    header: bool = True,
    encoding: str | None = None,
    return_names: bool = False,
):
    """Read a CSV file into a feature matrix ``X`` (float32) and a target ``y``.

    Rules for the target column:

    1. numbers written without a decimal point (``0``, ``1``, ``2``) become int64 class labels;
    2. other numbers (``0.5``, ``151.0``, ``1e3``) become float32 regression targets;
    3. words (``pass``, ``fail``) become int64 class labels, numbered in sorted order
       (``fail`` → 0, ``pass`` → 1), and the words are returned as ``class_names``.

    Every other column is a feature and must hold numbers only. Empty lines are skipped.

    Parameters
    ----------
    path : str or pathlib.Path
        The file; a relative path starts from the working directory (``os.getcwd()``).
    target : str, int or None, default -1
        The target column: its name (needs ``header=True``), its position (0 = first, −1 = last), or None
        for a table without a target (``y`` is then None).
    delimiter : str, default ','
        The character between values (``';'`` and ``'\\t'`` are also common).
    header : bool, default True
        Whether the first row holds the column names. Without a header the features are named
        ``x1``, ``x2``, …
    encoding : str, optional
        The text encoding. Default: UTF-8 (with or without Excel's byte order mark), and if that fails
        CP949, the encoding of Korean Excel's plain "CSV" format.
    return_names : bool, default False
        Also return the feature names and the class names (None unless rule 3 applied).

    Returns
    -------
    X : ndarray of shape (n_rows, n_features), float32
    y : ndarray of shape (n_rows,), int64 or float32 (see the rules above), or None
    feature_names : list of str, class_names : list of str or None
        Only with ``return_names=True``.

    Raises
    ------
    FileNotFoundError
        No file at ``path`` (the message shows where it looked).
    ValueError
        An empty file, a missing target column (the message lists the columns), a row with the wrong
        number of values, or a value that is not a number (the message gives its line and column).
    """
    path = Path(path)
    rows = _read_rows(path, delimiter, encoding)
    if not rows:
        raise ValueError(message("data_csv_empty", path=str(path)))
    if header:
        names = [name.strip() for name in rows[0][1]]
        rows = rows[1:]
    else:
        names = [str(j + 1) for j in range(len(rows[0][1]))]
    if not rows:
        raise ValueError(message("data_csv_no_rows", path=str(path)))
    width = len(names)
    for line, row in rows:
        if len(row) != width:
            raise ValueError(message("data_csv_ragged", line=line, got=len(row), expected=width, delimiter=delimiter))

    t = _target_column(target, names, header, delimiter)
    features = [j for j in range(width) if j != t]
    if not features:
        raise ValueError(message("data_csv_no_features", path=str(path)))
    label = (lambda j: repr(names[j])) if header else (lambda j: names[j])
    X = _numbers([[row[j] for j in features] for _, row in rows], rows, [label(j) for j in features])
    y, class_names = (None, None) if t is None else _target(rows, t, label(t))
    if not return_names:
        return X, y
    feature_names = [names[j] for j in features] if header else [f"x{k + 1}" for k in range(len(features))]
    return X, y, feature_names, class_names


def _read_rows(path: Path, delimiter: str, encoding: str | None) -> list[tuple[int, list[str]]]:
    """The file's non-empty rows, each with its line number (counting from 1, as a text editor does)."""
    if not path.is_file():
        raise FileNotFoundError(message("data_csv_missing_file", path=str(path), absolute=str(path.absolute()),
                                        cwd=os.getcwd()))
    raw = path.read_bytes()
    text = None
    for name in [encoding] if encoding else ["utf-8-sig", "cp949"]:
        try:
            text = raw.decode(name)
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        raise ValueError(message("data_csv_encoding", path=str(path), encoding=encoding or "UTF-8 / CP949"))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return [(reader.line_num, row) for row in reader if any(cell.strip() for cell in row)]


def _target_column(target, names: list[str], header: bool, delimiter: str) -> int | None:
    """The position of the target column, checked against the columns there are."""
    if target is None:
        return None
    if isinstance(target, str):
        if not header:
            raise ValueError(message("data_csv_target_header", target=target))
        if target.strip() not in names:
            raise ValueError(message("data_csv_no_target", target=target, columns=names, delimiter=delimiter))
        return names.index(target.strip())
    if isinstance(target, (int, np.integer)) and not isinstance(target, bool):
        if not -len(names) <= target < len(names):
            raise ValueError(message("data_csv_target_index", target=target, n=len(names), high=len(names) - 1))
        return int(target) % len(names)
    raise TypeError(message("data_csv_target_type", value=target))


def _numbers(block: list[list[str]], rows, columns: list[str]) -> np.ndarray:
    """The cells as a float32 matrix; on failure, the first bad cell with its line and column."""
    shape = (len(block), len(columns))
    try:
        values = np.array(block, dtype=np.float64).reshape(shape)
        if np.isfinite(values).all():
            return values.astype(np.float32)
    except ValueError:
        pass
    values = [[_check_number(cell, line, column) for column, cell in zip(columns, cells)]
              for (line, _), cells in zip(rows, block)]
    return np.array(values, dtype=np.float32).reshape(shape)


def _check_number(cell: str, line: int, column: str) -> float:
    if not cell.strip():
        raise ValueError(message("data_csv_empty_cell", line=line, column=column))
    try:
        value = float(cell)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise ValueError(message("data_csv_not_number", line=line, column=column, value=cell))
    return value


def _target(rows, t: int, column: str):
    """The target column by the three rules of ``load_csv``: (y, class_names)."""
    cells = [row[t].strip() for _, row in rows]
    for (line, _), cell in zip(rows, cells):
        if not cell:
            raise ValueError(message("data_csv_empty_cell", line=line, column=column))
    is_number = [_is_number(cell) for cell in cells]
    if not any(is_number):  # (3) words
        class_names, y = np.unique(np.array(cells), return_inverse=True)
        return y.astype(np.int64), [str(c) for c in class_names]
    if not all(is_number):
        line, cell = next((line, cell) for (line, _), cell, ok in zip(rows, cells, is_number) if not ok)
        raise ValueError(message("data_csv_not_number", line=line, column=column, value=cell))
    if all(_WHOLE_NUMBER.fullmatch(cell) for cell in cells):  # (1) class labels
        return np.array([int(cell) for cell in cells], dtype=np.int64), None
    return np.array([float(cell) for cell in cells], dtype=np.float32), None  # (2)


def _is_number(cell: str) -> bool:
    try:
        return math.isfinite(float(cell))
    except ValueError:
        return False
