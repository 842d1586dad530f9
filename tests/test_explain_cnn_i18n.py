"""explain.convolution, pooling, batch_norm and lstm_step in both languages: every text exists in English and
Korean with the same blanks, each is used by a literal key, the Korean renderings have no English sentence left, the
Markdown's formulas are closed, and every result is plain JSON."""

import ast
import json
import pathlib
import re
import string

import numpy as np
import pytest

import mldlab
from mldlab import explain, nn
from mldlab.i18n import LANGUAGES, explain_cnn

FILES = ["convolution.py", "pooling.py", "batch_norm.py", "lstm_step.py", "_cnn.py"]
PACKAGE = pathlib.Path(explain.__file__).resolve().parent


def _fields(text: str) -> set:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


@pytest.mark.parametrize("key", sorted(explain_cnn.MESSAGES))
def test_both_languages_same_fields(key):
    entry = explain_cnn.MESSAGES[key]
    assert set(entry) == set(LANGUAGES), f"{key}: missing a language"
    assert _fields(entry["en"]) == _fields(entry["ko"]), f"{key}: the blanks differ"
    assert re.search("[\uac00-\ud7a3]", entry["ko"]), f"{key}: the Korean text has no Korean in it"
    assert key.startswith("explain_cnn_")


def test_every_key_is_used_literally():
    used = set()
    for name in FILES:
        for node in ast.walk(ast.parse((PACKAGE / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "message":
                assert isinstance(node.args[0], ast.Constant), f"{name}:{node.lineno}: key built at run time"
                used.add(node.args[0].value)
    assert used == set(explain_cnn.MESSAGES)


@pytest.fixture(scope="module")
def results():
    mldlab.manual_seed(0)
    rng = np.random.default_rng(0)
    image = rng.normal(size=(2, 2, 5, 5)).astype(np.float32)
    bn = nn.BatchNorm2d(2)
    evaluated = nn.BatchNorm1d(3, track_running_stats=False).eval()
    lstm = nn.LSTM(2, 8, batch_first=True)
    return [explain.convolution(nn.Conv2d(2, 3, 3, padding=1), image, position=(0, 4), sample=1),
            explain.convolution(nn.Conv2d(2, 2, 3, bias=False, padding=1, padding_mode="reflect"), image),
            explain.convolution(nn.Conv1d(2, 2, 2, groups=2), image[:, :, 0]),
            explain.convolution(nn.Sequential(nn.Conv2d(2, 1, 3), nn.ReLU()), image, position=(2, 2)),
            explain.pooling(nn.MaxPool2d(2, padding=1), image, position=(1, 1)),
            explain.pooling(nn.MaxPool2d(2), np.zeros((1, 4, 4))),
            explain.pooling(nn.AvgPool2d(3, padding=1, count_include_pad=False), image),
            explain.pooling(nn.AvgPool2d(3, padding=1), image), explain.pooling(nn.AvgPool2d(2, divisor_override=3),
                                                                                image),
            explain.pooling(nn.AdaptiveAvgPool1d(2), image[:, :, 0]), explain.pooling(nn.AdaptiveMaxPool2d(2), image),
            explain.batch_norm(bn, image, feature=1), explain.batch_norm(bn.eval(), image),
            explain.batch_norm(evaluated, rng.normal(size=(4, 3))),
            explain.lstm_step(lstm, rng.normal(size=(3, 4, 2)), t=2, sample=2),
            explain.lstm_step(nn.LSTMCell(2, 2), rng.normal(size=(2,)))]


def test_korean_renderings_have_no_english_sentences(results):
    english = re.compile(r"\b[A-Za-z]{3,} [A-Za-z]{3,} [A-Za-z]{3,}\b")
    for result in results:
        assert result.matches, type(result).__name__
        for language in LANGUAGES:
            with mldlab.i18n.language(language):
                text, markdown = str(result), result._repr_markdown_()
            for row in markdown.splitlines():
                assert row.count("$") % 2 == 0, row
                assert not any("✓" in part or "✗" in part for part in row.split("$")[1::2]), row
            if language == "ko":
                assert re.search("[\uac00-\ud7a3]", text), type(result).__name__
                prose = re.sub(r"[A-Za-z]+\d*\([^()]*(\([^()]*\)[^()]*)*\)", " ", text)   # the layer's repr
                assert not english.search(prose), f"{type(result).__name__}: {english.search(prose).group()}"
        data = json.loads(json.dumps(result.to_dict(), allow_nan=False))
        assert data["kind"] == result.kind and "lang" in data


def test_lang_argument_fixes_the_language():
    mldlab.set_language("ko")
    try:
        assert "The patch of the input" in str(explain.convolution(nn.Conv2d(1, 1, 2), np.ones((1, 1, 3, 3)),
                                                                     lang="en"))
        assert "입력 조각" in str(explain.convolution(nn.Conv2d(1, 1, 2), np.ones((1, 1, 3, 3))))
        with pytest.raises(ValueError, match="lang"):
            explain.pooling(nn.MaxPool2d(2), np.ones((1, 1, 2, 2)), lang="fr")
    finally:
        mldlab.set_language("en")
