"""The lessons run, in both languages, from their one source: every code cell, every figure, the slide's numbers."""

import json
import re

import pytest

from mldlab import lessons
from mldlab.cli import main
from mldlab.lessons import lesson1

HANGUL = re.compile("[\uac00-\ud7a3]")


@pytest.fixture(scope="module", params=["en", "ko"])
def ran(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(f"lesson1-{request.param}")
    result = lessons.run(1, request.param, str(folder))
    with open(result["notebook"], encoding="utf-8") as file:
        return request.param, json.load(file), result["figures"]


def _outputs(book, kind):
    return ["".join(output.get("text", output.get("data", {}).get("text/plain", ""))) for cell in book["cells"]
            if cell["cell_type"] == "code" for output in cell["outputs"] if output["output_type"] == kind]


def test_every_code_cell_ran_in_order_without_an_error(ran):
    _, book, _ = ran
    code = [cell for cell in book["cells"] if cell["cell_type"] == "code"]
    assert [cell["execution_count"] for cell in code] == list(range(1, len(code) + 1))
    assert not any(output["output_type"] == "error" for cell in code for output in cell["outputs"])
    assert book["nbformat"] == 4 and all("id" in cell for cell in book["cells"])


def test_the_slides_numbers_are_computed(ran):
    _, book, _ = ran
    printed = "\n".join(_outputs(book, "stream") + _outputs(book, "execute_result"))
    assert "σ(−6) = 0.002473" in printed  # the slide's g(−6) ≈ 0.002, from explain.perceptron
    assert "z = -6.0   ŷ = 0.002473" in printed  # the same with tensors
    assert "∂ŷ/∂w = tensor([-0.0025,  0.0049])" in printed
    assert "σ'(0) = 0.25" in printed
    assert "✓" in printed and "✗" not in printed  # backprop and Adam's step checked against autograd and step()
    accuracy = float(re.search(r"test accuracy: ([0-9.]+)", printed).group(1))
    assert accuracy > 0.85  # the hand-written loop learns "will I pass?"


def test_every_figure_is_written_as_png(ran):
    _, book, figures = ran
    images = [output for cell in book["cells"] if cell["cell_type"] == "code" for output in cell["outputs"]
              if "image/png" in output.get("data", {})]
    assert len(figures) == len(images) == 11
    for path in figures:
        with open(path, "rb") as file:
            assert file.read(8) == b"\x89PNG\r\n\x1a\n"


def test_each_language_comes_from_the_one_source(ran):
    lang, book, _ = ran
    markdown = ["".join(cell["source"]) for cell in book["cells"] if cell["cell_type"] == "markdown"]
    expected = [(cell.ko if lang == "ko" else cell.en).strip() for cell in lesson1.CELLS
                if isinstance(cell, lessons._notebook.Markdown)]
    assert markdown == expected
    korean = [bool(HANGUL.search(text)) for text in markdown]
    assert all(korean) if lang == "ko" else not any(korean)
    assert book["metadata"]["mldlab"]["language"] == lang


def test_the_command_writes_the_notebook_or_refuses_an_unknown_lesson(tmp_path, capsys):
    assert main(["lesson", "1", "--notebook", "--out", str(tmp_path), "--lang", "ko"]) == 0
    with open(tmp_path / "lesson1-ko.ipynb", encoding="utf-8") as file:
        book = json.load(file)
    assert all(cell.get("outputs", []) == [] for cell in book["cells"])
    assert 'mldlab.set_language("ko")' in "".join(book["cells"][1]["source"])
    assert "노트북" in capsys.readouterr().out
    assert main(["lesson", "7", "--lang", "en"]) in (1, 2)
    assert "no lesson 7" in capsys.readouterr().err
