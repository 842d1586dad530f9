"""Lesson 4 runs in both languages from its one source: every code cell, every figure, and its numbers are PyTorch's
(the convolution, pooling and batch-norm numbers it prints are recomputed here with torch; the PyTorch program it
prints is run in torch), the CNN learns the digits and the char-RNN beats the unigram baseline."""

import importlib
import json
import os
import re

import numpy as np
import pytest

from mldlab import lessons
from mldlab.cli import main
from mldlab.lessons import lesson4
from mldlab.lessons._notebook import Markdown

HANGUL = re.compile("[\uac00-\ud7a3]")
NUMBER = re.compile(r"(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)")
ENGLISH_RUN = re.compile(r"[A-Za-z]{2,}(?:[ ,'-]+[A-Za-z]{2,}){3,}")  # four English words in a row: a sentence
FIGURES = 9  # edge kernels, edge maps, CNN vs MLP, learned kernels, feature maps, saliency, unrolled RNN,
# gradient norms, the char-RNN's LSTM gates
EXPLAINED = 7  # convolution twice, pooling twice, batch norm twice, one LSTM step: each checked ✓ against its layer
IMAGE = [[1, 1, 1, 0, 0], [0, 1, 1, 1, 0], [0, 0, 1, 1, 1], [0, 0, 1, 1, 0], [0, 1, 1, 0, 0]]
KERNEL = [[1, 0, 1], [0, 1, 0], [1, 0, 1]]
MAPS = [[1, 3, 2, 0], [3, 0, 1, 5], [0, 2, 4, 4], [1, 1, 4, 0]]


@pytest.fixture(scope="module", params=["en", "ko"])
def ran(request, tmp_path_factory):
    """The lesson run in English by ``lessons.run`` and in Korean by the command ``mldlab lesson 4``."""
    lang = request.param
    folder = tmp_path_factory.mktemp(f"lesson4-{lang}")
    threadpoolctl = importlib.import_module("threadpoolctl")  # scikit-learn's own dependency
    with threadpoolctl.threadpool_limits(limits=1):           # small matrices: BLAS threads only contend on 2 cores
        if lang == "en":
            figures = lessons.run(4, lang, str(folder))["figures"]
        else:
            assert main(["lesson", "4", "--lang", "ko", "--out", str(folder)]) == 0
            figures = sorted(str(path) for path in folder.glob("lesson4-ko-*.png"))
    with open(folder / f"lesson4-{lang}.ipynb", encoding="utf-8") as file:
        return lang, json.load(file), figures


@pytest.fixture(scope="module")
def printed(ran):
    _, book, _ = ran
    return "\n".join("".join(output.get("text", output.get("data", {}).get("text/plain", "")))
                     for cell in book["cells"] if cell["cell_type"] == "code" for output in cell["outputs"])


def _number(printed: str, pattern: str) -> float:
    found = re.search(pattern, printed)
    assert found, f"{pattern!r} not in the lesson's output"
    return float(found.group(1))


def _array(printed: str, title: str, rows: int) -> np.ndarray:
    """The NumPy array printed on the ``rows`` lines after the line that starts with ``title``."""
    lines = printed.splitlines()
    start = next(i for i, text in enumerate(lines) if text.startswith(title))
    return np.array([[float(v) for v in NUMBER.findall(text)] for text in lines[start + 1:start + 1 + rows]])


def test_every_code_cell_ran_in_order_without_an_error(ran):
    _, book, _ = ran
    code = [cell for cell in book["cells"] if cell["cell_type"] == "code"]
    assert [cell["execution_count"] for cell in code] == list(range(1, len(code) + 1))
    assert not any(output["output_type"] == "error" for cell in code for output in cell["outputs"])
    assert book["nbformat"] == 4 and len({cell["id"] for cell in book["cells"]}) == len(book["cells"])


def test_every_figure_is_written_as_png(ran):
    _, book, figures = ran
    images = [output for cell in book["cells"] if cell["cell_type"] == "code" for output in cell["outputs"]
              if "image/png" in output.get("data", {})]
    assert len(figures) == len(images) == FIGURES
    for path in figures:
        with open(path, "rb") as file:
            assert file.read(8) == b"\x89PNG\r\n\x1a\n"
        assert os.path.getsize(path) > 10_000


def test_each_language_comes_from_the_one_source(ran):
    lang, book, _ = ran
    markdown = ["".join(cell["source"]) for cell in book["cells"] if cell["cell_type"] == "markdown"]
    expected = [(cell.ko if lang == "ko" else cell.en).strip() for cell in lesson4.CELLS if isinstance(cell, Markdown)]
    assert markdown == expected
    assert book["metadata"]["mldlab"] == {"title": lesson4.TITLE[lang], "language": lang}
    if lang == "en":
        assert not any(HANGUL.search(text) for text in markdown)
        return
    for text in markdown:
        assert HANGUL.search(text)
        prose = re.sub(r"`[^`]*`|\$[^$]*\$|\"[^\"]*\"", " ", text)
        assert not ENGLISH_RUN.search(prose), ENGLISH_RUN.search(prose).group(0)


def test_the_explanations_agree_with_their_layers_in_the_lessons_language(ran, printed):
    lang, _, _ = ran
    assert printed.count("✓") == EXPLAINED and "✗" not in printed
    assert ("입력 조각" in printed) == (lang == "ko") and ("망각 게이트" in printed) == (lang == "ko")
    assert ("The patch of the input" in printed) == (lang == "en")


def test_parameter_counts(printed):
    assert "MLP:  79510 parameters, its first layer  78500" in printed
    assert "CNN:   9098 parameters, its first layer     80" in printed
    assert "dense layer of 100 units: 15,052,900 weights; convolution with 100 kernels of 3×3×3: 2,800" in printed


def test_the_slide_convolution_is_torchs(printed, torch):
    F = torch.nn.functional
    image, kernel = torch.tensor(IMAGE, dtype=torch.float32)[None, None], torch.tensor(KERNEL, dtype=torch.float32)
    expected = F.conv2d(image, kernel[None, None])[0, 0].numpy()
    np.testing.assert_array_equal(_array(printed, "conv(x):", 3), expected)
    np.testing.assert_array_equal(_array(printed, "by hand, Σ x·W at every place:", 3), expected)
    assert expected.tolist() == [[4, 3, 4], [2, 4, 3], [2, 3, 4]]          # the slide's feature map
    for padding, stride in ((0, 1), (1, 1), (1, 2)):
        size = tuple(F.conv2d(image, kernel[None, None], padding=padding, stride=stride).shape[2:])
        assert f"padding={padding}, stride={stride}: 5×5 → {size}" in printed
    corner = F.conv2d(image, kernel[None, None], padding=1)[0, 0, 0, 0].item()
    assert f"The layer's own output there: {corner:g}" in printed or f"그 자리의 층 자신의 출력: {corner:g}" in printed


def test_pooling_and_batch_norm_are_torchs(printed, torch):
    F = torch.nn.functional
    maps = torch.tensor(MAPS, dtype=torch.float32)[None, None]
    np.testing.assert_array_equal(_array(printed, "max pooling:", 2), F.max_pool2d(maps, 2)[0, 0].numpy())
    np.testing.assert_array_equal(_array(printed, "average pooling:", 2), F.avg_pool2d(maps, 2)[0, 0].numpy())
    bn = torch.nn.BatchNorm1d(2)
    batch = torch.tensor([[1.0, 10.0], [2.0, 20.0], [3.0, 30.0], [6.0, 60.0]])
    first = bn(batch)[:, 0].detach().numpy()
    bn = torch.nn.BatchNorm1d(2)                  # explain.batch_norm showed the first batch on a copy of the layer
    for _ in range(50):
        bn(batch)
    bn.eval()
    settled = bn(batch[:2])[:, 0].detach().numpy()
    shown = [[float(v) for v in found.replace("−", "-").split(", ")]
             for found in re.findall(r"y = \[([^\]]*)\] ✓", printed)]              # the layer's own outputs
    assert len(shown) == 2
    np.testing.assert_allclose(shown[0], first, rtol=1e-3, atol=1e-4)
    np.testing.assert_allclose(shown[1], settled, rtol=1e-3, atol=1e-4)


def test_the_rnn_formula_by_hand_is_the_layer(printed):
    found = re.search(r"h_T by hand: \[([^\]]*)\]\s+the layer's: \[([^\]]*)\]", printed)
    assert found and found.group(1).split() == found.group(2).split()


def test_the_cnn_learns_the_digits_better_than_the_mlp(printed):
    cnn = _number(printed, r"CNN: test accuracy ([0-9.]+)")
    mlp = _number(printed, r"MLP: test accuracy ([0-9.]+)")
    assert cnn > 0.9 and mlp > 0.5


def test_the_char_rnn_beats_the_unigram_baseline_and_writes(ran, printed):
    lang, _, _ = ran
    loss = _number(printed, r"loss per character: ([0-9.]+)")
    baseline = _number(printed, r"unigram baseline: ([0-9.]+)")
    assert loss < 0.85 * baseline
    sample = re.search(r"sample \(temperature 0\.8\): (.+)", printed).group(1)
    assert len(sample) > 40 and bool(HANGUL.search(sample)) == (lang == "ko")


def _program(printed: str, first_line: str) -> str:
    """The program printed from ``first_line`` to the ``)`` that closes its Sequential."""
    lines = printed[printed.index(first_line):].splitlines()
    return "\n".join(lines[:lines.index(")") + 1] if ")" in lines else lines[:lines.index("])") + 1])


@pytest.mark.parametrize("ran", ["en"], indirect=True)   # the code is the same in both languages: once
def test_the_printed_pytorch_program_builds_the_same_network_in_torch(ran, printed, torch):
    namespace = {}
    exec(_program(printed, "import torch"), namespace)  # noqa: S102 (the program the lesson printed)
    model = namespace["model"]
    assert sum(p.numel() for p in model.parameters()) == _number(printed, r"the CNN has (\d+) parameters")
    assert model(torch.zeros(2, 1, 8, 8)).shape == (2, 10)


@pytest.mark.parametrize("ran", ["en"], indirect=True)
def test_the_printed_keras_program_builds_the_same_network_in_keras(ran, printed, keras):
    namespace = {}
    exec(_program(printed, "import keras"), namespace)  # noqa: S102
    model = namespace["model"]
    assert model.count_params() == _number(printed, r"the CNN has (\d+) parameters")
    assert tuple(model(np.zeros((2, 8, 8, 1), dtype=np.float32)).shape) == (2, 10)     # channels last


def test_the_exercises(printed):
    assert "28×28 → (12, 12)    (28 − 5 + 1)//2 = 12" in printed
    assert "1216 = 16·3·5·5 + 16 = 1216" in printed
    assert "[[1.0, 0.0], [0.0, 0.0]]" in printed                          # the first of four zeros
    assert "(12, 1) = (4 gates i, f, g, o × 3 units, 1 input)" in printed


def test_the_lesson_is_listed_and_its_notebook_written(tmp_path, capsys):
    assert lessons.available() == [1, 2, 3, 4]
    assert main(["lesson", "4", "--notebook", "--out", str(tmp_path), "--lang", "ko"]) == 0
    with open(tmp_path / "lesson4-ko.ipynb", encoding="utf-8") as file:
        book = json.load(file)
    assert all(cell.get("outputs", []) == [] for cell in book["cells"])
    assert book["cells"][0]["source"][0] == "# 4차시 · 심층 신경망, 합성곱 신경망, 순환 신경망 (DNN, CNN, RNN)\n"
    assert "lesson4-ko.ipynb" in capsys.readouterr().out
