"""A lesson as cells in both languages, written out as a Jupyter notebook and run without Jupyter.

A lesson source is a list of cells: ``Markdown(en=..., ko=...)`` holds one slide's text in both languages, side by
side, so the two can never drift apart; ``Code(source)`` holds code that is the same in both (it prints and draws in
the language set by the lesson's first cell). ``notebook(cells, lang)`` gives the notebook of one language
(nbformat 4, the JSON Jupyter and Colab open); ``execute(notebook, folder)`` runs its code cells one after another
in one namespace, as a kernel would, and fills in their outputs: printed text, the value of the last line (a
Markdown rendering when it has ``_repr_markdown_``), and every figure, also saved as a PNG in ``folder``.
"""

import ast
import base64
import contextlib
import io
import json
import os
import traceback
from dataclasses import dataclass

from mldlab.i18n import language, message


@dataclass(frozen=True)
class Markdown:
    """One slide's text, in English and Korean."""

    en: str
    ko: str


@dataclass(frozen=True)
class Code:
    """Code that is the same in both languages; ``{lang}`` is replaced by the notebook's language."""

    source: str


class LessonError(RuntimeError):
    """A code cell of a lesson failed: the message names the cell and gives its traceback."""


def notebook(cells: list, lang: str, title: str) -> dict:
    """The Jupyter notebook (nbformat 4) of ``cells`` in the language ``lang``."""
    body = []
    for cell in cells:
        if isinstance(cell, Markdown):
            text = cell.ko if lang == "ko" else cell.en
            body.append({"cell_type": "markdown", "metadata": {}, "source": _lines(text.strip())})
        else:
            body.append({"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
                         "source": _lines(cell.source.strip().replace("{lang}", lang))})
    return {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
            "language_info": {"name": "python"},
            "mldlab": {"title": title, "language": lang},
        },
        "cells": [{**cell, "id": f"cell-{i}"} for i, cell in enumerate(body)],
    }


def execute(book: dict, folder: str | None = None, stem: str = "figure") -> list:
    """Run the code cells of ``book`` in order and put their outputs in it; return the paths of the saved figures.

    Raises ``LessonError`` naming the cell when one fails (the outputs up to it are kept in ``book``).
    """
    namespace = {"__name__": "__lesson__"}
    figures = []
    count = 0
    lang = book["metadata"]["mldlab"]["language"]
    with language(lang):
        for index, cell in enumerate(book["cells"]):
            if cell["cell_type"] != "code":
                continue
            count += 1
            cell["execution_count"] = count
            outputs, error = _run("".join(cell["source"]), namespace)
            for output in outputs:
                if output["output_type"] == "display_data" and "image/png" in output["data"] and folder:
                    path = os.path.join(folder, f"{stem}-{len(figures) + 1:02d}.png")
                    with open(path, "wb") as file:
                        file.write(base64.b64decode(output["data"]["image/png"]))
                    figures.append(path)
                if output["output_type"] == "execute_result":
                    output["execution_count"] = count
            cell["outputs"] = outputs
            if error is not None:
                raise LessonError(message("lesson_cell_failed", cell=index + 1, error=error))
    return figures


def write(book: dict, path: str) -> None:
    """Write the notebook as JSON (atomically: a temporary file renamed onto ``path``)."""
    temporary = f"{path}.{os.getpid()}.tmp"
    with open(temporary, "w", encoding="utf-8") as file:
        json.dump(book, file, ensure_ascii=False, indent=1)
        file.write("\n")
    os.replace(temporary, path)


def _run(source: str, namespace: dict) -> tuple:
    """(outputs, error text or None) of one cell: its printed text, its figures, and the value of its last line."""
    stdout = io.StringIO()
    outputs = []
    tree = ast.parse(source)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    try:
        with contextlib.redirect_stdout(stdout):
            exec(compile(tree, "<lesson cell>", "exec"), namespace)  # noqa: S102 (the lesson's own code)
            value = eval(compile(ast.Expression(last.value), "<lesson cell>", "eval"), namespace) if last else None
    except Exception:  # noqa: BLE001 (reported with the cell's number)
        text = traceback.format_exc(limit=-3)
        if stdout.getvalue():
            outputs.append(_stream(stdout.getvalue()))
        outputs.append({"output_type": "error", "ename": "Error", "evalue": text.splitlines()[-1],
                        "traceback": text.splitlines()})
        return outputs, text
    if stdout.getvalue():
        outputs.append(_stream(stdout.getvalue()))
    if value is not None:
        outputs.append(_display(value))
    return outputs, None


def _display(value) -> dict:
    if hasattr(value, "savefig"):  # a matplotlib Figure
        buffer = io.BytesIO()
        value.savefig(buffer, format="png", dpi=100)
        data = {"image/png": base64.b64encode(buffer.getvalue()).decode("ascii"), "text/plain": [repr(value)]}
        return {"output_type": "display_data", "data": data, "metadata": {}}
    data = {"text/plain": _lines(str(value) if hasattr(value, "_repr_markdown_") else repr(value))}
    if hasattr(value, "_repr_markdown_"):
        data["text/markdown"] = _lines(value._repr_markdown_())
    return {"output_type": "execute_result", "data": data, "metadata": {}, "execution_count": None}


def _stream(text: str) -> dict:
    return {"output_type": "stream", "name": "stdout", "text": _lines(text)}


def _lines(text: str) -> list:
    """Text as nbformat keeps it: a list of lines, each but the last ending in a newline."""
    lines = text.splitlines(keepends=True)
    return lines or [""]
