"""Loading your own table from a CSV file (as saved by Excel, Google Sheets or a text editor).

The file may come from anywhere (a class's uploads): it is checked before it is read (size, encoding, line
length, columns; see ``mldlab.data._csv_text``), and every cell is checked as it is converted, so a bad file
gets a message naming the line, the column and the value.

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

import operator
from array import array
from pathlib import Path

import numpy as np

from mldlab.data._csv_cells import numbers, target_values
from mldlab.data._csv_text import MAX_COLUMNS, read_rows, read_text
from mldlab.i18n import message

MAX_BYTES = 50_000_000
"""The default size limit of ``load_csv`` (50 MB, about a million rows of ten numbers)."""

_BLOCK_CELLS = 1_000_000  # cells converted at a time: the text of one block, never of the whole table, is kept


def load_csv(
    path,
    target=-1,
    delimiter: str = ",",
    header: bool = True,
    encoding: str | None = None,
    return_names: bool = False,
    max_bytes: int = MAX_BYTES,
):
    """Read a CSV file into a feature matrix ``X`` (float32) and a target ``y``.

    Rules for the target column:

    1. numbers written without a decimal point (``0``, ``1``, ``2``) are class labels (int64). Labels that
       already count classes from 0 (``0, 1, 2``; a class may be missing, as in a small test file) are kept;
       others (``1, 2`` or ``-1, 1``) are numbered 0 … K−1 in sorted order, and their text (``['-1', '1']``)
       is returned as ``class_names``;
    2. other numbers (``0.5``, ``151.0``, ``1e3``) become float32 regression targets;
    3. words (``pass``, ``fail``) become int64 class labels, numbered in sorted order
       (``fail`` → 0, ``pass`` → 1), and the words are returned as ``class_names``.

    Every other column is a feature and must hold numbers that fit in float32 (no NaN, no infinity,
    |x| ≤ 3.4·10³⁸). Empty lines are skipped. A target of one class only is read as it is (a file of the
    passing students only can be scored); training on it is refused where the training starts.

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
        Whether the first row holds the column names (each used once). Without a header the features are
        named ``x1``, ``x2``, …
    encoding : str, optional
        The text encoding. Default: UTF-8 (with or without Excel's byte order mark), UTF-16 when the file
        starts with its byte order mark, and if UTF-8 fails CP949 (EUC-KR), the encoding of Korean Excel's
        plain "CSV" format.
    return_names : bool, default False
        Also return the feature names and the class names (None unless rule 1's renumbering or rule 3
        applied).
    max_bytes : int, default 50_000_000
        Larger files are refused before they are read.

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
        A file that is too large, not text or in an unknown encoding, an empty file, a missing target column
        (the message lists the columns), repeated column names, a row with the wrong number of values, a value
        that is not a finite float32 number (the message gives its line, column and value).
    """
    if not isinstance(max_bytes, int) or isinstance(max_bytes, bool) or max_bytes < 0:
        raise ValueError(message("data_csv_max_bytes", value=max_bytes))
    path = Path(path)
    if not (isinstance(delimiter, str) and len(delimiter) == 1 and delimiter not in "\"\r\n"):
        raise ValueError(message("data_csv_delimiter", value=delimiter))
    rows = read_rows(read_text(path, encoding, max_bytes), delimiter)
    first = next(rows, None)
    if first is None:
        raise ValueError(message("data_csv_empty", path=str(path)))
    if len(first[1]) > MAX_COLUMNS:
        raise ValueError(message("data_csv_too_many_columns", line=first[0], got=len(first[1]), limit=MAX_COLUMNS))
    if header:
        names = [name.strip() for name in first[1]]
        _check_unique(names)
    else:
        names = [str(j + 1) for j in range(len(first[1]))]
        rows = _chain(first, rows)
    t = _target_column(target, names, header, delimiter)
    features = [j for j in range(len(names)) if j != t]
    if not features:
        raise ValueError(message("data_csv_no_features", path=str(path)))
    label = (lambda j: repr(names[j])) if header else (lambda j: names[j])
    columns = [label(j) for j in features]
    pick = operator.itemgetter(*features) if len(features) > 1 else (lambda row: (row[features[0]],))
    block_rows = max(1, _BLOCK_CELLS // len(features))
    blocks, block, lines, target_cells = [], [], array("q"), []
    for line, row in rows:
        if len(row) != len(names):
            raise ValueError(message("data_csv_ragged", line=line, got=len(row), expected=len(names),
                                     delimiter=delimiter))
        block.append(pick(row))
        lines.append(line)
        if t is not None:
            target_cells.append(row[t])
        if len(block) == block_rows:
            blocks.append(numbers(block, lines[-len(block):], columns))
            block = []
    if block:
        blocks.append(numbers(block, lines[-len(block):], columns))
    if not blocks:
        raise ValueError(message("data_csv_no_rows", path=str(path)))
    X = np.concatenate(blocks) if len(blocks) > 1 else blocks[0]
    y, class_names = (None, None) if t is None else target_values(target_cells, lines, label(t))
    if not return_names:
        return X, y
    feature_names = [names[j] for j in features] if header else [f"x{k + 1}" for k in range(len(features))]
    return X, y, feature_names, class_names


def _chain(first, rows):
    yield first
    yield from rows


def _check_unique(names: list[str]) -> None:
    seen = set()
    repeated = [name for name in names if name in seen or seen.add(name)]
    if repeated:
        raise ValueError(message("data_csv_duplicate_columns", names=_shown(sorted(set(repeated))),
                                 columns=_shown(names)))


def _shown(names: list[str], limit: int = 30) -> str:
    """A list of column names for a message: ``['a', 'b']``, or its first ``limit`` names and ``...``."""
    return repr(names) if len(names) <= limit else repr(names[:limit])[:-1] + ", ...]"


def _target_column(target, names: list[str], header: bool, delimiter: str) -> int | None:
    """The position of the target column, checked against the columns there are."""
    if target is None:
        return None
    if isinstance(target, str):
        if not header:
            raise ValueError(message("data_csv_target_header", target=target))
        if target.strip() not in names:
            raise ValueError(message("data_csv_no_target", target=target, columns=_shown(names), delimiter=delimiter))
        return names.index(target.strip())
    if isinstance(target, (int, np.integer)) and not isinstance(target, bool):
        if not -len(names) <= target < len(names):
            raise ValueError(message("data_csv_target_index", target=target, n=len(names), high=len(names) - 1))
        return int(target) % len(names)
    raise TypeError(message("data_csv_target_type", value=target))
