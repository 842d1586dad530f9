"""What every explanation is: data first, text second.

A result is a dataclass. ``to_dict()`` gives its numbers as plain JSON (what the web lab sends to the browser);
``print(result)`` gives a readable rendering in the language in force (``lang=`` given to the function fixes it);
in Jupyter, ``_repr_markdown_`` gives the same lines as Markdown with the formulas in LaTeX.

A rendering is a list of ``Line``s, each made of words (already in the reader's language) and ``Math`` (a
formula in plain Unicode, turned into LaTeX for Markdown by ``_format.to_latex``).
"""

import contextlib
import dataclasses
import math

import numpy as np

from mldlab.explain._format import to_latex
from mldlab.i18n import LANGUAGES, language, message


@dataclasses.dataclass(frozen=True)
class Math:
    """A formula, written in plain Unicode."""

    plain: str

    @property
    def latex(self) -> str:
        return to_latex(self.plain)


@dataclasses.dataclass(frozen=True)
class Line:
    """One line of a rendering: words and formulas, indented by ``depth``; a ``heading`` stands out."""

    parts: tuple
    depth: int = 0
    heading: bool = False


def line(*parts, depth: int = 0) -> Line:
    return Line(parts, depth)


def heading(*parts) -> Line:
    return Line(parts, 0, True)


def _plain(value):
    """``value`` as plain JSON: numbers, strings, lists and dicts (NaN and ±∞ become None)."""
    if isinstance(value, Result):
        return value.to_dict()
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, np.ndarray):
        return _plain(value.tolist())
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return float(value) if math.isfinite(value) else None
    if value is None or isinstance(value, str):
        return value
    if dataclasses.is_dataclass(value):
        return _plain(dataclasses.asdict(value))
    return str(value)


@dataclasses.dataclass(repr=False)
class Result:
    """The base of every explanation: ``to_dict``, ``str`` and ``_repr_markdown_``."""

    lang: str | None = dataclasses.field(default=None, kw_only=True)

    kind = "result"

    def __post_init__(self):
        if self.lang is not None and self.lang not in LANGUAGES:
            raise ValueError(message("explain_lang", value=self.lang, languages=", ".join(LANGUAGES)))

    def to_dict(self) -> dict:
        """The result as plain JSON: ``{"kind": ..., field: value, ...}``."""
        out = {"kind": self.kind}
        for field in dataclasses.fields(self):
            out[field.name] = _plain(getattr(self, field.name))
        return out

    def _lines(self) -> list:
        """The rendering, in the language in force."""
        raise NotImplementedError

    def _language(self):
        return language(self.lang) if self.lang else contextlib.nullcontext()

    def __str__(self) -> str:
        with self._language():
            lines = self._lines()
        out = []
        for item in lines:
            text = "".join(part.plain if isinstance(part, Math) else str(part) for part in item.parts)
            out.append("  " * item.depth + text)
            if item.heading:
                out.append("─" * min(len(text), 72))
        return "\n".join(out)

    __repr__ = __str__

    def _repr_markdown_(self) -> str:
        with self._language():
            lines = self._lines()
        out = ""
        for item in lines:
            text = "".join(f"${part.latex}$" if isinstance(part, Math) else str(part) for part in item.parts)
            if item.depth:
                out += "\n" + "  " * (item.depth - 1) + "- " + text
            else:
                out += "\n\n" + (f"**{text}**" if item.heading else text)
        return out.strip() + "\n"
