"""Reading a CSV file as rows of text, safely: a file from anywhere (a class upload) is checked before it is read.

What is checked, in this order, so that a hostile or odd file gets a clear message instead of a long wait,
a full memory or a raw error:

1. it is a file, and not larger than ``max_bytes`` (its size is read before its bytes);
2. it is text: not an Excel workbook, not binary (NUL bytes), in a known encoding (UTF-8 with or without
   Excel's byte order mark, UTF-16 with its byte order mark, CP949/EUC-KR as Korean Excel writes, or the
   encoding given);
3. no line is longer than ``MAX_LINE`` characters and no value longer than the ``csv`` module's limit, and
   the first row has at most ``MAX_COLUMNS`` values.
"""

import csv
import io
import os
from pathlib import Path

from mldlab.i18n import message

MAX_LINE = 1_000_000
"""The longest line read, in characters (a row of 10,000 values of up to 100 characters each)."""

MAX_COLUMNS = 10_000
"""The most columns a table may have."""

_XLSX = b"PK\x03\x04"  # an Excel workbook is a zip archive
_UTF16 = (b"\xff\xfe", b"\xfe\xff")


def read_text(path: Path, encoding: str | None, max_bytes: int) -> str:
    """The whole file as text, after the checks 1 and 2 above."""
    if not path.is_file():
        raise FileNotFoundError(message("data_csv_missing_file", path=str(path), absolute=str(path.absolute()),
                                        cwd=os.getcwd()))
    size = path.stat().st_size
    if size > max_bytes:
        raise ValueError(message("data_csv_too_big", path=str(path), size=size, limit=max_bytes))
    raw = path.read_bytes()[:max_bytes]  # the file may have grown since stat
    if raw.startswith(_XLSX):
        raise ValueError(message("data_csv_excel", path=str(path)))
    if encoding is None and raw.startswith(_UTF16):
        encoding = "utf-16"
    if b"\x00" in raw and encoding is None:
        raise ValueError(message("data_csv_binary", path=str(path), line=raw[:raw.index(b"\x00")].count(b"\n") + 1))
    first_error = None
    for name in [encoding] if encoding else ["utf-8-sig", "cp949"]:
        try:
            return raw.decode(name)
        except UnicodeDecodeError as error:
            first_error = first_error or error
        except LookupError:
            raise ValueError(message("data_csv_unknown_encoding", encoding=encoding)) from None
    line = raw[:first_error.start].count(b"\n") + 1
    raise ValueError(message("data_csv_encoding", path=str(path), encoding=encoding or "UTF-8 / CP949", line=line))


def read_rows(text: str, delimiter: str):
    """The non-empty rows of ``text``, each as ``(line, values)``, lines counted from 1 as an editor does."""
    reader = csv.reader(_lines(text), delimiter=delimiter)
    width = None
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:
            limit = csv.field_size_limit()
            raise ValueError(message("data_csv_malformed", line=reader.line_num, limit=limit)) from None
        if not any(cell.strip() for cell in row):
            continue
        if width is None:
            width = len(row)
            if width > MAX_COLUMNS:
                raise ValueError(message("data_csv_too_many_columns", line=reader.line_num, got=width,
                                         limit=MAX_COLUMNS))
        yield reader.line_num, row


def _lines(text: str):
    for number, line in enumerate(io.StringIO(text, newline=""), start=1):
        if len(line) > MAX_LINE:
            raise ValueError(message("data_csv_long_line", line=number, length=len(line), limit=MAX_LINE))
        yield line
