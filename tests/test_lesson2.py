"""Lesson 2 runs in both languages from its one source: every code cell, every figure, and its numbers are mldlab's
and scikit-learn's on the same data (the lesson says its code runs in scikit-learn with the same results)."""

import importlib
import json
import os
import re

import numpy as np
import pytest

from mldlab import lessons
from mldlab.cli import main
from mldlab.data import linear, load_diabetes, pass_exam
from mldlab.lessons import lesson2
from mldlab.lessons._notebook import Code, Markdown, execute, notebook
from mldlab.ml import train_test_split

HANGUL = re.compile("[\uac00-\ud7a3]")
SKLEARN_MODULES = ("model_selection", "neighbors", "pipeline", "preprocessing", "linear_model", "metrics", "tree",
                   "ensemble")
MLDLAB_ONLY = ("explain.", "optimizer=")  # explain reads mldlab's models; optimizer= is mldlab's own parameter
RANDOM_DRAWS = ("bagging:", "random forest:", "BaggingClassifier", "RandomForestClassifier",  # other random streams
                "max_depth None")  # a full-grown tree: equally good splits on whole numbers of lectures
NUMBER = re.compile(r"(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)")
ENGLISH_RUN = re.compile(r"[A-Za-z]{2,}(?:[ ,'-]+[A-Za-z]{2,}){3,}")  # four English words in a row: a sentence


@pytest.fixture(scope="module", params=["en", "ko"])
def ran(request, tmp_path_factory):
    """The lesson run in English by ``lessons.run`` and in Korean by the command ``mldlab lesson 2``."""
    lang = request.param
    folder = tmp_path_factory.mktemp(f"lesson2-{lang}")
    if lang == "en":
        figures = lessons.run(2, lang, str(folder))["figures"]
    else:
        assert main(["lesson", "2", "--lang", "ko", "--out", str(folder)]) == 0
        figures = sorted(str(path) for path in folder.glob("lesson2-ko-*.png"))
    with open(folder / f"lesson2-{lang}.ipynb", encoding="utf-8") as file:
        return lang, json.load(file), figures


@pytest.fixture(scope="module")
def printed(ran):
    _, book, _ = ran
    return "\n".join("".join(output.get("text", output.get("data", {}).get("text/plain", "")))
                     for cell in book["cells"] if cell["cell_type"] == "code" for output in cell["outputs"])


@pytest.fixture(scope="module")
def exam():
    """The lesson's "will I pass?" split, made again here."""
    X, y = pass_exam(n_samples=300, seed=0)
    return train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)


def _number(printed: str, pattern: str) -> float:
    found = re.search(pattern, printed)
    assert found, f"{pattern!r} not in the lesson's output"
    return float(found.group(1))


def test_every_code_cell_ran_in_order_without_an_error(ran):
    _, book, _ = ran
    code = [cell for cell in book["cells"] if cell["cell_type"] == "code"]
    assert [cell["execution_count"] for cell in code] == list(range(1, len(code) + 1))
    assert not any(output["output_type"] == "error" for cell in code for output in cell["outputs"])
    assert book["nbformat"] == 4 and book["nbformat_minor"] == 5
    assert len({cell["id"] for cell in book["cells"]}) == len(book["cells"])
    for cell in book["cells"]:
        assert cell["cell_type"] in ("markdown", "code") and all(isinstance(line, str) for line in cell["source"])


def test_every_figure_is_written_as_png(ran):
    _, book, figures = ran
    images = [output for cell in book["cells"] if cell["cell_type"] == "code" for output in cell["outputs"]
              if "image/png" in output.get("data", {})]
    assert len(figures) == len(images) == 8
    for path in figures:
        with open(path, "rb") as file:
            assert file.read(8) == b"\x89PNG\r\n\x1a\n"
        assert os.path.getsize(path) > 10_000


def test_each_language_comes_from_the_one_source(ran):
    lang, book, _ = ran
    markdown = ["".join(cell["source"]) for cell in book["cells"] if cell["cell_type"] == "markdown"]
    expected = [(cell.ko if lang == "ko" else cell.en).strip() for cell in lesson2.CELLS if isinstance(cell, Markdown)]
    assert markdown == expected
    assert book["metadata"]["mldlab"] == {"title": lesson2.TITLE[lang], "language": lang}
    if lang == "en":
        assert not any(HANGUL.search(text) for text in markdown)
        return
    for text in markdown:
        assert HANGUL.search(text)
        prose = re.sub(r"`[^`]*`|\$[^$]*\$|\"[^\"]*\"|\([^)]*et al[^)]*\)", " ", text)
        assert not ENGLISH_RUN.search(prose), ENGLISH_RUN.search(prose).group(0)


def test_the_explanations_agree_with_their_models(printed):
    assert printed.count("✓") >= 5 and "✗" not in printed  # knn, least_squares, tree_path, boosting_round ×2


def test_the_korean_notebook_prints_korean_names(ran, printed):
    lang, _, _ = ran
    assert ("참석한 수업의 수" in printed) == (lang == "ko")
    assert ("lectures attended" in printed) == (lang == "en")


def test_knn_numbers_are_scikit_learns(printed, exam, sklearn):
    X_train, X_test, y_train, y_test = exam
    pipeline = sklearn.pipeline.Pipeline([("scaler", sklearn.preprocessing.StandardScaler()),
                                          ("knn", sklearn.neighbors.KNeighborsClassifier(n_neighbors=5))])
    expected = pipeline.fit(X_train, y_train).score(X_test, y_test)
    assert _number(printed, r"score \(test accuracy\): ([0-9.]+)") == round(expected, 3)
    assert "same neighbours as kneighbors: True" in printed
    for k in (1, 5, 15, 51):
        pipeline.set_params(knn__n_neighbors=k).fit(X_train, y_train)
        line = f"k = {k:2d}   train {pipeline.score(X_train, y_train):.3f}   test {pipeline.score(X_test, y_test):.3f}"
        assert line in printed
    raw = _number(printed, r"pass_exam in minutes: raw ([0-9.]+)")
    scaled = _number(printed, r"pass_exam in minutes: raw [0-9.]+ +scaled ([0-9.]+)")
    assert scaled > raw + 0.1  # the lesson's point: the unscaled distance only sees the minutes
    assert _number(printed, r"wine: raw [0-9.]+ +scaled ([0-9.]+)") > _number(printed, r"wine: raw ([0-9.]+)") + 0.1


def test_least_squares_and_gradient_descent_agree_with_scikit_learn(printed, sklearn):
    X, y = linear(n_samples=20, noise=1.0, seed=0)
    reference = sklearn.linear_model.LinearRegression().fit(X, y)
    w0 = _number(printed, r"normal equations:  w0 = (-?[0-9.]+)")
    w1 = _number(printed, r"normal equations:  w0 = -?[0-9.]+   w1 = (-?[0-9.]+)")
    assert w0 == pytest.approx(reference.intercept_, abs=1e-4) and w1 == pytest.approx(reference.coef_[0], abs=1e-4)
    for optimizer in ("sgd", "adam"):
        assert _number(printed, rf"SGDRegressor\({optimizer}\):  w0 = (-?[0-9.]+)") == pytest.approx(w0, abs=2e-3)
        assert _number(printed, rf"SGDRegressor\({optimizer}\):  w0 = -?[0-9.]+   w1 = (-?[0-9.]+)") == \
            pytest.approx(w1, abs=2e-3)


def test_regression_metrics_and_penalties_are_scikit_learns(printed, sklearn):
    X, y = load_diabetes()
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
    y_pred = sklearn.linear_model.LinearRegression().fit(X_train, y_train).predict(X_test)
    assert _number(printed, r"MSE  = ([0-9.]+)") == round(sklearn.metrics.mean_squared_error(y_test, y_pred), 1)
    r2 = round(sklearn.metrics.r2_score(y_test, y_pred), 4)
    assert f"R²   = {r2:.4f}   by hand {r2:.4f}   score {r2:.4f}" in printed
    knn = sklearn.pipeline.make_pipeline(sklearn.preprocessing.StandardScaler(),
                                         sklearn.neighbors.KNeighborsRegressor(n_neighbors=10)).fit(X_train, y_train)
    assert _number(printed, r"KNeighborsRegressor, k = 10:  R² = (-?[0-9.]+)") == round(knn.score(X_test, y_test), 4)
    for alpha in (0.01, 0.1, 1.0, 10.0):
        for name in ("Ridge", "Lasso"):
            model = getattr(sklearn.linear_model, name)(alpha=alpha).fit(X_train, y_train)
            row = re.search(rf"{name} α={alpha:<5}(.*)   (-?[0-9.]+)\n", printed)
            coef = np.array(row.group(1).split(), dtype=float)
            assert np.abs(coef - model.coef_).max() <= 0.5 + 1e-6, (name, alpha)
            assert float(row.group(2)) == pytest.approx(model.score(X_test, y_test), abs=6e-4)
    lasso = [line for line in printed.splitlines() if line.startswith("Lasso α=1.0 ")][0]
    assert lasso.split()[2:-1].count("0") == 8  # Lasso keeps 2 of the 10 features at α = 1


def test_polynomial_degrees_underfit_then_overfit(printed):
    test_mse = {int(d): float(m) for d, m in re.findall(r"degree +(\d+) +train MSE +[0-9.]+ +test MSE +([0-9.]+)",
                                                          printed)}
    assert sorted(test_mse) == [1, 3, 5, 9, 12]
    assert test_mse[5] < test_mse[1] and test_mse[5] < test_mse[12]


def test_classification_metrics_are_scikit_learns(printed, exam, sklearn):
    X_train, X_test, y_train, y_test = exam
    logistic = sklearn.linear_model.LogisticRegression().fit(X_train, y_train)
    w = [float(v) for v in re.search(r"w = \[\[ *(-?[0-9.]+) +(-?[0-9.]+)\]\]", printed).groups()]
    assert w == pytest.approx(logistic.coef_[0], abs=2e-3)
    assert w == pytest.approx([1.0, 1.2], abs=0.05)  # the rule that made the data: z = x₁ + 1.2·x₂ − 13
    predicted = logistic.predict(X_test)
    assert str(sklearn.metrics.confusion_matrix(y_test, predicted)) in printed
    assert _number(printed, r"precision_score = ([0-9.]+)") == round(sklearn.metrics.precision_score(y_test, predicted),
                                                                       4)
    assert _number(printed, r"recall_score += ([0-9.]+)") == round(sklearn.metrics.recall_score(y_test, predicted), 4)
    assert _number(printed, r"F1 = ([0-9.]+)") == round(sklearn.metrics.f1_score(y_test, predicted), 4)
    auc = sklearn.metrics.roc_auc_score(y_test, logistic.predict_proba(X_test)[:, 1])
    assert _number(printed, r"AUC logistic = ([0-9.]+)") == pytest.approx(auc, abs=1e-4)


def test_the_trees_numbers_are_scikit_learns(printed, exam, sklearn):
    X_train, X_test, y_train, y_test = exam
    tree = sklearn.tree.DecisionTreeClassifier(max_depth=2, random_state=0).fit(X_train, y_train)
    assert _number(printed, r"Gini ([0-9.]+) +entropy") == round(tree.tree_.impurity[0], 4)
    threshold = _number(printed, r"first question: .* <= ([0-9.]+)")
    assert threshold == round(tree.tree_.threshold[0], 2)
    assert _number(printed, r"best split: .* <= ([0-9.]+)") == threshold  # the search by hand finds the tree's split
    assert _number(printed, r"gain ΔI = ([0-9.]+)") == _number(printed, r"best split: .*ΔI = ([0-9.]+)")
    by_entropy = sklearn.tree.DecisionTreeClassifier(criterion="entropy", max_depth=2, random_state=0)
    by_entropy.fit(X_train, y_train)
    assert _number(printed, r"criterion='entropy' asks first: .* <= ([0-9.]+)") == \
        round(by_entropy.tree_.threshold[0], 2)
    rows = re.findall(r"max_depth +(\w+): depth +(\d+), +(\d+) leaves +train ([0-9.]+) +test ([0-9.]+)", printed)
    assert [row[0] for row in rows] == ["1", "2", "4", "6", "None"]
    for depth, got_depth, leaves, train, test in rows:
        grown = sklearn.tree.DecisionTreeClassifier(max_depth=None if depth == "None" else int(depth), random_state=0)
        grown.fit(X_train, y_train)
        assert (int(got_depth), train, test) == (grown.get_depth(), f"{grown.score(X_train, y_train):.3f}",
                                                 f"{grown.score(X_test, y_test):.3f}")
        if depth in ("1", "2", "4"):  # deeper, equally good splits (whole numbers of lectures) may differ
            assert int(leaves) == grown.get_n_leaves()
    assert "|--- " in printed and "class:" in printed  # export_text


def test_the_ensembles_match_scikit_learns(printed, exam, sklearn):
    X_train, X_test, y_train, y_test = exam
    ensemble, tree = importlib.import_module("sklearn.ensemble"), sklearn.tree
    boosted = {"AdaBoostClassifier": ensemble.AdaBoostClassifier(n_estimators=50, random_state=0),
               "GradientBoostingClassifier": ensemble.GradientBoostingClassifier(n_estimators=100, learning_rate=0.1,
                                                                                 max_depth=2, random_state=0)}
    for name, model in boosted.items():  # deterministic: the same trees as scikit-learn's
        model.fit(X_train, y_train)
        assert f"{name:34} {model.score(X_train, y_train):.3f}  {model.score(X_test, y_test):.3f}" in printed
    randomised = {"BaggingClassifier": ensemble.BaggingClassifier(tree.DecisionTreeClassifier(), n_estimators=50,
                                                                  oob_score=True, random_state=0),
                  "RandomForestClassifier": ensemble.RandomForestClassifier(n_estimators=100, oob_score=True,
                                                                            random_state=0)}
    for name, model in randomised.items():  # other random draws: the same quality, within 3 of 75 students
        model.fit(X_train, y_train)
        test = _number(printed, rf"{name} +[0-9.]+  ([0-9.]+)")
        assert abs(test - model.score(X_test, y_test)) <= 0.04 + 1e-9, name
    oob = [float(v) for v in re.findall(r"oob ([0-9.]+)", printed)]
    assert len(oob) == 2 and all(0.85 <= v <= 0.97 for v in oob)
    assert _number(printed, r"distinct rows in one bootstrap sample: ([0-9.]+)") == pytest.approx(0.632, abs=0.05)
    soft = re.search(r"mean: P\(pass\) = (\[.*\])\n +voting: P\(pass\) = (\[.*\])", printed)
    assert soft and soft.group(1) == soft.group(2)  # soft voting is the mean of the members' probabilities
    staged = {int(m): float(a) for m, a in re.findall(r"(\d+) trees: test accuracy ([0-9.]+)", printed)}
    assert sorted(staged) == [1, 10, 50, 100] and staged[100] > staged[1]


def test_grid_search_picks_scikit_learns_k(printed, exam, sklearn):
    X_train, X_test, y_train, y_test = exam
    folds = sklearn.model_selection.KFold(n_splits=5)
    pipeline = sklearn.pipeline.Pipeline([("scaler", sklearn.preprocessing.StandardScaler()),
                                          ("knn", sklearn.neighbors.KNeighborsClassifier())])
    scores = sklearn.model_selection.cross_val_score(pipeline, X_train, y_train, cv=folds)
    assert f"mean {scores.mean().round(3)} ± std {scores.std().round(3)}" in printed
    grid = sklearn.model_selection.GridSearchCV(pipeline, {"knn__n_neighbors": [1, 3, 5, 9, 15, 25, 51]}, cv=folds)
    grid.fit(X_train, y_train)
    assert f"best: {grid.best_params_} {round(grid.best_score_, 3)}" in printed
    assert _number(printed, r"test accuracy \(once\): ([0-9.]+)") == round(grid.score(X_test, y_test), 3)


def _in_sklearn(source: str) -> str:
    """``from mldlab.ml import A, B`` → ``from sklearn.<module> import A`` and ``from sklearn.<module> import B``."""
    modules = [importlib.import_module(f"sklearn.{name}") for name in SKLEARN_MODULES]

    def module_of(name: str) -> str:
        return next(module for module in modules if hasattr(module, name)).__name__

    def imports(match) -> str:
        return "\n".join(f"from {module_of(name.strip())} import {name.strip()}" for name in match.group(1).split(","))

    return re.sub(r"^from mldlab\.ml import (.+)$", imports, source, flags=re.M)


def _printed(cell: dict) -> list:
    streams = [output for output in cell["outputs"] if output["output_type"] == "stream"]
    return "".join("".join(output["text"]) for output in streams).splitlines()


def _same_line(ours: str, theirs: str) -> bool:
    """The same text, and the same numbers to 1 % (or 0.002): optimiser tolerances and float sums differ."""
    a, b = NUMBER.split(ours), NUMBER.split(theirs)
    words = [[" ".join(part.split()) for part in parts[::2]] for parts in (a, b)]  # NumPy pads columns to a width
    return len(a) == len(b) and words[0] == words[1] and all(
        float(x) == pytest.approx(float(y), rel=1e-2, abs=2e-3) for x, y in zip(a[1::2], b[1::2]))


def test_the_lesson_runs_in_scikit_learn_with_the_same_numbers(ran, sklearn):
    """The lesson's claim: each cell runs in scikit-learn with its imports changed, and prints the same numbers
    (but for the random draws of bagging and forests, and a tie between equally good splits)."""
    lang, book, _ = ran
    mldlab_only = [isinstance(cell, Code) and any(m in cell.source for m in MLDLAB_ONLY) for cell in lesson2.CELLS]
    kept = [cell for cell, skip in zip(lesson2.CELLS, mldlab_only) if not skip]
    theirs = notebook([Code(_in_sklearn(cell.source)) if isinstance(cell, Code) else cell for cell in kept], lang, "")
    execute(theirs)
    assert sum("from sklearn." in "".join(cell["source"]) for cell in theirs["cells"]) >= 10
    ours = [cell for cell, skip in zip(book["cells"], mldlab_only) if cell["cell_type"] == "code" and not skip]
    theirs = [cell for cell in theirs["cells"] if cell["cell_type"] == "code"]
    assert len(ours) == len(theirs) and sum(mldlab_only) <= 8
    compared = 0
    for mine, other in zip(ours, theirs):
        assert len(_printed(mine)) == len(_printed(other))
        for a, b in zip(_printed(mine), _printed(other)):
            if not a.strip().startswith(RANDOM_DRAWS):
                assert _same_line(a, b), (a, b)
                compared += 1
    assert compared > 80


def test_the_lesson_is_listed_and_its_notebook_written(tmp_path, capsys):
    assert lessons.available()[:2] == [1, 2]
    assert main(["lesson", "2", "--notebook", "--out", str(tmp_path), "--lang", "en"]) == 0
    with open(tmp_path / "lesson2-en.ipynb", encoding="utf-8") as file:
        book = json.load(file)
    assert all(cell.get("outputs", []) == [] for cell in book["cells"])
    assert 'mldlab.set_language("en")' in "".join(book["cells"][1]["source"])
    assert "lesson2-en.ipynb" in capsys.readouterr().out
