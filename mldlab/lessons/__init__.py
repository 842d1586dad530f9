"""The lessons: the course deck slide by slide, as notebooks that run, in English and Korean.

Each lesson is one source (``lesson1.py``: the perceptron and neural networks; ``lesson2.py``: KNN and regression,
decision trees, ensembles; ``lesson3.py``: unsupervised learning, clustering and dimensionality reduction;
``lesson4.py``: deep, convolutional and recurrent networks) holding
every slide's text in both languages and the code that computes its numbers and draws its figures. From it come a
Jupyter notebook per language, and a run of that notebook without Jupyter that writes the executed notebook and
every figure as a PNG:

    mldlab lesson 1 --lang ko --out lesson1/      executed notebook and figures
    mldlab lesson 1 --notebook                    the notebook, to open in Jupyter or Colab

Examples
--------
>>> from mldlab import lessons
>>> lessons.available()
[1, 2, 3, 4]
>>> book = lessons.notebook(1, lang="ko")
>>> book["cells"][0]["source"][0]
'# 1차시 · 퍼셉트론과 인공신경망\\n'
"""

import importlib
import os

from mldlab.i18n import LANGUAGES, message
from mldlab.lessons import _notebook

_LESSONS = {1: "mldlab.lessons.lesson1", 2: "mldlab.lessons.lesson2", 3: "mldlab.lessons.lesson3",
            4: "mldlab.lessons.lesson4"}


def available() -> list:
    """The numbers of the lessons there are."""
    return sorted(_LESSONS)


def notebook(number: int, lang: str = "en") -> dict:
    """The notebook of lesson ``number`` in ``lang`` ('en' or 'ko'), not yet run (nbformat 4, as a dict)."""
    source = _source(number)
    if lang not in LANGUAGES:
        raise ValueError(message("lesson_language", lang=lang, languages=", ".join(LANGUAGES)))
    return _notebook.notebook(source.CELLS, lang, source.TITLE[lang])


def run(number: int, lang: str = "en", out: str = ".") -> dict:
    """Run lesson ``number`` in ``lang``, writing ``lesson<number>-<lang>.ipynb`` (executed) and its figures
    (``lesson<number>-<lang>-01.png``, ...) into the folder ``out``.

    Returns
    -------
    dict
        ``{"notebook": path, "figures": [paths]}``.
    """
    book = notebook(number, lang)
    os.makedirs(out, exist_ok=True)
    stem = f"lesson{number}-{lang}"
    figures = _notebook.execute(book, out, stem)
    path = os.path.join(out, stem + ".ipynb")
    _notebook.write(book, path)
    return {"notebook": path, "figures": figures}


def write_notebook(number: int, lang: str = "en", out: str = ".") -> str:
    """Write the notebook of lesson ``number`` (not run) into the folder ``out``; return its path."""
    book = notebook(number, lang)
    os.makedirs(out, exist_ok=True)
    path = os.path.join(out, f"lesson{number}-{lang}.ipynb")
    _notebook.write(book, path)
    return path


def _source(number):
    if number not in _LESSONS:
        raise ValueError(message("lesson_number", number=number, available=", ".join(map(str, available()))))
    return importlib.import_module(_LESSONS[number])


__all__ = ["available", "notebook", "run", "write_notebook"]
