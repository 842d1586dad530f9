"""The JSON text the lab sends: compact, UTF-8, non-finite numbers as null, and a fast path for state frames.

A state frame is most of what the server writes (10–15 a second per playing session). ``encode_state`` gives
exactly the text ``encode`` gives, faster: the decision boundary's probabilities (multiples of 0.001) come from
a table of their texts, and the history (one entry per epoch, thousands in a long run) is encoded once per entry.

Examples
--------
>>> encode({"loss": float("nan"), "text": "손실"})
'{"loss":null,"text":"손실"}'
"""

import json
import math

import numpy as np


class HistoryText:
    """The JSON of a growing history, one entry encoded once (a long run has thousands of entries)."""

    def __init__(self):
        self.first, self.pieces = None, []

    def __call__(self, history: list) -> str:
        if not history or len(history) < len(self.pieces) or history[0] != self.first:
            self.first, self.pieces = (history[0] if history else None), []
        self.pieces += [encode(entry) for entry in history[len(self.pieces):]]
        return "[" + ",".join(self.pieces) + "]"


_THOUSANDTHS = np.arange(-1000, 1001) / 1000
_THOUSANDTHS_TEXT = np.array([repr(v) for v in _THOUSANDTHS.tolist()], dtype=object)
_HISTORY, _GRID = "\u0000history", "\u0000grid"
_HISTORY_JSON, _GRID_JSON = json.dumps(_HISTORY), json.dumps(_GRID)


def encode_state(state: dict, history: HistoryText) -> str:
    """``{"type": "state", ...state}`` as JSON: the same text as ``encode`` gives, faster.

    The boundary's values (a G×G grid of probabilities, multiples of 0.001) come from a table of their texts, the
    history from ``history``'s cache; the rest goes through ``json``.
    """
    boundary = state.get("boundary") or {}
    grid = _table_text(boundary.get("values"))
    rest = {"type": "state", **state, "history": _HISTORY}
    if grid is not None:
        rest["boundary"] = {**boundary, "values": _GRID}
    text = encode(rest).replace(_HISTORY_JSON, history(state.get("history") or []), 1)
    return text if grid is None else text.replace(_GRID_JSON, grid, 1)


def _table_text(values: list) -> str | None:
    """The JSON of a list of floats, multiples of 0.001 in [−1, 1], by table (None for any other list)."""
    if not isinstance(values, list) or not values or not all(type(value) is float for value in values):
        return None
    array = np.asarray(values, dtype=np.float64)
    if array.ndim != 1 or not np.isfinite(array).all() or array.min() < -1 or array.max() > 1:
        return None
    k = np.rint(array * 1000).astype(np.intp) + 1000
    if not np.array_equal(_THOUSANDTHS[k], array):
        return None
    texts = _THOUSANDTHS_TEXT[k]
    texts[np.signbit(array) & (array == 0)] = "-0.0"
    return "[" + ",".join(texts.tolist()) + "]"


def encode(obj) -> str:
    """Compact JSON (UTF-8 text as is); a non-finite number (a diverged loss) becomes null."""
    try:
        return json.dumps(obj, separators=(",", ":"), allow_nan=False, ensure_ascii=False)
    except ValueError:
        return json.dumps(_finite(obj), separators=(",", ":"), allow_nan=False, ensure_ascii=False)


def _finite(obj):
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj
