"""The explanations of mldlab.ml models in both languages: every text exists in English and Korean with the same
blanks, each is used, the Korean renderings have no English sentence left, the Markdown's formulas are closed, and
every result is plain JSON."""

import ast
import json
import pathlib
import re
import string

import numpy as np
import pytest

import mldlab
from mldlab import explain
from mldlab.i18n import LANGUAGES, explain_ml
from mldlab.ml import (
    AdaBoostClassifier,
    DecisionTreeClassifier,
    DecisionTreeRegressor,
    GradientBoostingClassifier,
    GradientBoostingRegressor,
    KNeighborsClassifier,
    KNeighborsRegressor,
    Ridge,
)

FILES = ["knn.py", "least_squares.py", "tree_path.py", "boosting_round.py", "_gradient_round.py", "_estimator.py"]
PACKAGE = pathlib.Path(explain.__file__).resolve().parent


def _fields(text: str) -> set:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


@pytest.mark.parametrize("key", sorted(explain_ml.MESSAGES))
def test_both_languages_same_fields(key):
    entry = explain_ml.MESSAGES[key]
    assert set(entry) == set(LANGUAGES), f"{key}: missing a language"
    assert _fields(entry["en"]) == _fields(entry["ko"]), f"{key}: the blanks differ"
    assert re.search("[\uac00-\ud7a3]", entry["ko"]), f"{key}: the Korean text has no Korean in it"


def test_every_key_is_used_literally():
    used = set()
    for name in FILES:
        for node in ast.walk(ast.parse((PACKAGE / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "message":
                assert isinstance(node.args[0], ast.Constant), f"{name}:{node.lineno}: key built at run time"
                used.add(node.args[0].value)
    assert set(explain_ml.MESSAGES) <= used


@pytest.fixture(scope="module")
def results():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 3))
    labels, y = (X[:, 0] + X[:, 1] > 0).astype(int) + (X[:, 2] > 1), X @ [1.0, -2.0, 0.5] + 0.1 * rng.normal(size=40)
    out = [explain.knn(KNeighborsClassifier(5, weights="distance").fit(X, labels), X[0]),
           explain.knn(KNeighborsClassifier(12, p=3).fit(X, labels), X[0] + 0.1),
           explain.knn(KNeighborsRegressor(3, metric="manhattan").fit(X, y), X[1] + 0.1),
           explain.least_squares(X, y), explain.least_squares(Ridge(2.0).fit(X[:, :1], y), X[:, :1], y),
           explain.least_squares(np.c_[X, X], y, fit_intercept=False),
           explain.least_squares(Ridge().fit(X[:20], y[:20]), X[20:], y[20:]),
           explain.tree_path(DecisionTreeClassifier(criterion="entropy").fit(X, labels), X[3]),
           explain.tree_path(DecisionTreeRegressor(max_depth=3).fit(X, y), X[3])]
    separable = labels[labels < 2]
    out += [explain.boosting_round(AdaBoostClassifier(n_estimators=3).fit(X, labels), X, labels, 1),
            explain.boosting_round(AdaBoostClassifier().fit(X[labels < 2], separable), X[labels < 2], separable),
            explain.boosting_round(GradientBoostingRegressor(n_estimators=2).fit(X, y), X, y, 1),
            explain.boosting_round(GradientBoostingRegressor(n_estimators=2, loss="huber").fit(X, y), X, y, 1),
            explain.boosting_round(GradientBoostingRegressor(n_estimators=2, loss="absolute_error").fit(X, y), X, y),
            explain.boosting_round(GradientBoostingRegressor(n_estimators=2, loss="quantile").fit(X, y), X, y),
            explain.boosting_round(GradientBoostingClassifier(n_estimators=2).fit(X, labels), X, labels, 1),
            explain.boosting_round(GradientBoostingClassifier(n_estimators=2).fit(X, labels > 0), X, labels > 0)]
    return out


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


def test_lang_argument_fixes_the_language(results):
    X = np.array([[0.0], [1.0], [2.0]])
    model = KNeighborsRegressor(1).fit(X, [0.0, 1.0, 2.0])
    mldlab.set_language("ko")
    try:
        assert "nearest" in str(explain.knn(model, [0.4], lang="en"))
        assert "가장 가까운" in str(explain.knn(model, [0.4]))
    finally:
        mldlab.set_language("en")
