"""Reading the description ``mldlab.json``: its nesting checked before ``json`` parses it, then its header.

``json.loads`` parses nested lists and objects by recursion, so text such as ``[[[[…]]]]`` 100,000 levels
deep would end in a RecursionError, or worse. The depth is counted first, in one pass over the brackets
outside strings; numbers are checked as they are parsed (JSON has no NaN or infinity, and a number with
thousands of digits is refused).
"""

import json
import math
import re

import numpy as np

from mldlab.i18n import message
from mldlab.io._archive import damaged

FORMAT = "mldlab"
VERSION = 1
"""The newest format version this mldlab writes and reads."""

MAX_DEPTH = 64
"""The deepest nesting of lists and objects in a description."""

MAX_LAYERS = 10_000
"""The most layers an architecture description may have (building one takes about 0.1 ms)."""

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')


def nesting(text: str) -> int:
    """How deeply the lists and objects of the JSON ``text`` nest (brackets inside strings do not count)."""
    codes = np.frombuffer(_STRING.sub("", text).encode("utf-8"), dtype=np.uint8)
    if not codes.size:
        return 0
    steps = (codes == ord("[")).astype(np.int8) + (codes == ord("{")) - (codes == ord("]")) - (codes == ord("}"))
    return int(np.cumsum(steps, dtype=np.int64).max())


def count_layers(architecture) -> int:
    """How many layers (objects with a ``"class"``) an architecture description has, counted without recursion."""
    count, stack = 0, [architecture]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            count += "class" in node
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return count


def parse(raw: bytes, path: str) -> dict:
    """The description of the file ``path`` from its bytes: format, version and data checked."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise damaged(path, message("io_problem_json")) from None
    depth = nesting(text)
    if depth > MAX_DEPTH:
        raise damaged(path, message("io_problem_depth", depth=depth, limit=MAX_DEPTH))
    try:
        description = json.loads(text, parse_float=_finite, parse_constant=_no_constant)
    except ValueError:  # also a number that is not finite, or an integer of more than 4300 digits
        raise damaged(path, message("io_problem_json")) from None
    if not isinstance(description, dict) or description.get("format") != FORMAT:
        found = description.get("format") if isinstance(description, dict) else type(description).__name__
        raise ValueError(message("io_other_format", path=path, format=repr(found)[:80]))
    version = description.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1 or "data" not in description:
        raise damaged(path, message("io_problem_version"))
    if version > VERSION:
        raise ValueError(message("io_newer_version", path=path, version=version, supported=VERSION))
    return description


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def _no_constant(text: str):
    raise ValueError(text)
