"""explain.kmeans and explain.pca in both languages: every text exists in English and Korean with the same blanks,
each is used, the Korean renderings have no English sentence left, the Markdown's formulas are closed, and every
result is plain JSON."""

import ast
import json
import pathlib
import re
import string

import numpy as np
import pytest

import mldlab
from mldlab import explain
from mldlab.i18n import LANGUAGES, explain_unsup
from mldlab.ml import StandardScaler, make_pipeline
from mldlab.ml.kmeans import KMeans
from mldlab.ml.pca import PCA

FILES = ["kmeans.py", "pca.py", "_unsup.py"]
PACKAGE = pathlib.Path(explain.__file__).resolve().parent


def _fields(text: str) -> set:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


@pytest.mark.parametrize("key", sorted(explain_unsup.MESSAGES))
def test_both_languages_same_fields(key):
    entry = explain_unsup.MESSAGES[key]
    assert set(entry) == set(LANGUAGES), f"{key}: missing a language"
    assert _fields(entry["en"]) == _fields(entry["ko"]), f"{key}: the blanks differ"
    assert re.search("[\uac00-\ud7a3]", entry["ko"]), f"{key}: the Korean text has no Korean in it"
    assert key.startswith(("explain_kmeans_", "explain_pca_", "explain_unsup_"))


def test_every_key_is_used_literally():
    used = set()
    for name in FILES:
        for node in ast.walk(ast.parse((PACKAGE / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "message":
                assert isinstance(node.args[0], ast.Constant), f"{name}:{node.lineno}: key built at run time"
                used.add(node.args[0].value)
    assert set(explain_unsup.MESSAGES) <= used


@pytest.fixture(scope="module")
def results():
    rng = np.random.default_rng(0)
    X = np.r_[rng.normal(size=(30, 3)), rng.normal(size=(30, 3)) + 4]
    wide = rng.normal(size=(40, 8)) @ rng.normal(size=(8, 8))
    empty = np.r_[X[:2], [[50.0, 50.0, 50.0]]]
    return [explain.kmeans(X, X[:2]), explain.kmeans(X, X[:6], samples=[0, 59]), explain.kmeans(X, empty),
            explain.kmeans(KMeans(n_clusters=2, random_state=0).fit(X), X),
            explain.kmeans(make_pipeline(StandardScaler(), KMeans(n_clusters=3, random_state=0)).fit(wide), wide),
            explain.pca(X), explain.pca(PCA(n_components=2, whiten=True).fit(X), X, sample=5),
            explain.pca(wide, n_components=0.8), explain.pca(PCA(2).fit(X[:30]), X[30:]),
            explain.pca(make_pipeline(StandardScaler(), PCA(3)).fit(wide), wide)]


def test_korean_renderings_have_no_english_sentences(results):
    english = re.compile(r"\b[A-Za-z]{3,} [A-Za-z]{3,} [A-Za-z]{3,}\b")
    for result in results:
        for language in LANGUAGES:
            with mldlab.i18n.language(language):
                text, markdown = str(result), result._repr_markdown_()
            for row in markdown.splitlines():
                assert row.count("$") % 2 == 0, row
                assert not any("✓" in part or "✗" in part for part in row.split("$")[1::2]), row
            if language == "ko":
                assert re.search("[\uac00-\ud7a3]", text), type(result).__name__
                assert not english.search(text), f"{type(result).__name__}: {english.search(text).group()}"
        data = json.loads(json.dumps(result.to_dict(), allow_nan=False))
        assert data["kind"] == result.kind and "lang" in data


def test_lang_argument_fixes_the_language():
    X = np.array([[0.0, 0.0], [1.0, 0.0], [5.0, 5.0], [6.0, 5.0]])
    mldlab.set_language("ko")
    try:
        assert "nearest centre" in str(explain.kmeans(X, X[:2], lang="en"))
        assert "가장 가까운 중심" in str(explain.kmeans(X, X[:2]))
        assert "covariance matrix" in str(explain.pca(X, lang="en"))
        assert "공분산 행렬" in str(explain.pca(X))
    finally:
        mldlab.set_language("en")
