"""Every text of mldlab.explain exists in English and Korean with the same blanks, and is used by a literal key;
rendered in Korean, no English sentence is left."""

import ast
import pathlib
import re
import string

import numpy as np
import pytest

import mldlab
from mldlab import explain, nn, optim
from mldlab.i18n import LANGUAGES, explain_cnn, explain_ml, explain_unsup
from mldlab.i18n import explain as texts

PACKAGE = pathlib.Path(explain.__file__).resolve().parent


def _fields(text: str) -> set:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


@pytest.mark.parametrize("key", sorted(texts.MESSAGES))
def test_both_languages_same_fields(key):
    entry = texts.MESSAGES[key]
    assert set(entry) == set(LANGUAGES), f"{key}: missing a language"
    assert _fields(entry["en"]) == _fields(entry["ko"]), f"{key}: the blanks differ"
    assert re.search("[\uac00-\ud7a3]", entry["ko"]), f"{key}: the Korean text has no Korean in it"


def test_every_key_is_used_literally_in_explain():
    used = set()
    for path in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "message":
                assert isinstance(node.args[0], ast.Constant), f"{path.name}:{node.lineno}: key built at run time"
                used.add(node.args[0].value)
    # explain_ml, explain_unsup, explain_cnn: tests/test_explain_ml_i18n.py, test_explain_unsup_i18n.py,
    # test_explain_cnn_i18n.py; and mldlab.ml's own "not fitted yet" message, for an unfitted estimator
    assert used == set(texts.MESSAGES) | set(explain_ml.MESSAGES) | set(explain_unsup.MESSAGES) | \
        set(explain_cnn.MESSAGES) | {"ml_not_fitted"}


def _results():
    mldlab.manual_seed(0)
    net = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
    falling = list(0.2 + np.exp(-np.arange(20) / 4))
    histories = [{"loss": falling, "val_loss": falling[:8] + [falling[7] + 0.05 * i for i in range(1, 13)]},
                 {"loss": [0.7, float("nan")]}, {"loss": [0.7, 0.5]}, {"loss": [0.69] * 5},
                 {"loss": list(1 - 0.03 * np.arange(10))}, {"loss": [1.0, 0.7, 0.9, 0.6, 0.85, 0.65, 0.9, 0.6]},
                 {"loss": falling, "val_loss": [v - 0.1 for v in falling]}]
    return [explain.perceptron(), explain.perceptron(x=[1, 2]), explain.activation("relu"),
            explain.loss("cross_entropy", [1], [[0.2, 0.8]]), explain.forward(net, [1.0, 2.0]),
            explain.backprop(net, [1.0, 2.0], [1.0], "mse"),
            explain.backprop(net, np.ones((80, 2), np.float32), np.ones(80, np.float32), "mse"),
            explain.gradient_step(net, optim.RMSprop(net.parameters()), [1.0, 2.0], [1.0], "mse")] + [
        explain.diagnose(h) for h in histories]


def test_korean_renderings_have_no_english_sentences():
    english = re.compile(r"\b[A-Za-z]{3,} [A-Za-z]{3,} [A-Za-z]{3,}\b")
    for result in _results():
        for language in LANGUAGES:
            with mldlab.i18n.language(language):
                text, markdown = str(result), result._repr_markdown_()
            assert text and markdown
            for row in markdown.splitlines():
                assert row.count("$") % 2 == 0, row                     # every formula closed on its line
                assert not any("✓" in part for part in row.split("$")[1::2]), row   # marks stay outside math
            if language == "ko":
                assert re.search("[\uac00-\ud7a3]", text), type(result).__name__
                assert not english.search(text), f"{type(result).__name__}: {english.search(text).group()}"
