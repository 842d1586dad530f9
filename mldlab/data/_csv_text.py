"""Reading a CSV file as rows of text, safely: a file from anywhere (a class upload) is checked before it is read.

What is checked, in this order, so that a hostile or odd file gets a clear message instead of a long wait,
a full memory or a raw error:

1. it is a file, and not larger than ``max_bytes`` (its size is read before its bytes);
2. it is text: not an Excel workbook, not binary (NUL bytes), in a known encoding (UTF-8 with or without
   Excel's byte order mark, UTF-16 with its byte order mark, CP949/EUC-KR as Korean Excel writes, or the
   encoding given);
3. no line is longer than ``MAX_LINE`` bytes and no value longer than the ``csv`` module's limit, and the
   first row has at most ``MAX_COLUMNS`` values (``load_csv`` checks that one).
"""

import csv
import io
import os
from pathlib import Path

import numpy as np

from mldlab.i18n import message

MAX_LINE = 1_000_000
"""The longest line read, in bytes (a row of 10,000 values of up to 100 characters each)."""

MAX_COLUMNS = 10_000
"""The most columns a table may have."""

_XLSX = b"PK\x03\x04"  # an Excel workbook is a zip archive
_UTF16 = (b"\xff\xfe", b"\xfe\xff")


def read_text(path: Path, encoding: str | None, max_bytes: int) -> io.TextIOWrapper:
    """The file as a text stream, after the checks 1, 2 and 3 (line length) above."""
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
    _check_lines(raw)
    if b"\x00" in raw and encoding is None:
        raise ValueError(message("data_csv_binary", path=str(path), line=raw[:raw.index(b"\x00")].count(b"\n") + 1))
    first_error = None
    for name in [encoding] if encoding else ["utf-8-sig", "cp949"]:
        try:
            raw.decode(name)  # the whole file is checked once; the stream then decodes it line by line
            return io.TextIOWrapper(io.BytesIO(raw), encoding=name, newline="")
        except UnicodeDecodeError as error:
            first_error = first_error or error
        except LookupError:
            raise ValueError(message("data_csv_unknown_encoding", encoding=encoding)) from None
    line = raw[:first_error.start].count(b"\n") + 1
    raise ValueError(message("data_csv_encoding", path=str(path), encoding=encoding or "UTF-8 / CP949", line=line))


def read_rows(text: io.TextIOWrapper, delimiter: str):
    """The non-empty rows of ``text``, each as ``(line, values)``, lines counted from 1 as an editor does."""
    reader = csv.reader(text, delimiter=delimiter)
    try:
        for row in reader:
            if "".join(row).strip():
                yield reader.line_num, row
    except csv.Error:
        raise ValueError(message("data_csv_malformed", line=reader.line_num, limit=csv.field_size_limit())) from None


def _check_lines(raw: bytes) -> None:
    """Check 3: no line longer than ``MAX_LINE`` bytes (found with NumPy, without splitting the file)."""
    end = b"\n" if b"\n" in raw else b"\r"  # old Mac files end lines with \r alone
    ends = np.flatnonzero(np.frombuffer(raw, dtype=np.uint8) == end[0])
    lengths = np.diff(ends, prepend=-1, append=len(raw)) - 1
    longest = int(np.argmax(lengths))
    if lengths[longest] > MAX_LINE:
        raise ValueError(message("data_csv_long_line", line=longest + 1, length=int(lengths[longest]), limit=MAX_LINE))
