"""``mldlab evaluate``: classes and columns matched by name, damaged model files refused with one message."""

import re

import numpy as np
import pytest

import mldlab
from mldlab.cli import main
from mldlab.data import gaussians, pass_exam


def _run(capsys, *argv):
    code = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _write(path, header, rows):
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def grades(tmp_path_factory):
    """A model trained on pass/fail grades (the target column in the middle), and the students it saw."""
    folder = tmp_path_factory.mktemp("grades")
    X, y = pass_exam(n_samples=300, seed=0)
    rows = [(f"{a:g}", "pass" if c else "fail", f"{b:.2f}") for (a, b), c in zip(X, y)]
    csv = _write(folder / "grades.csv", "lectures,result,hours", [",".join(r) for r in rows])
    model = folder / "grades.npz"
    assert main(["train", "--csv", str(csv), "--target", "result", "--hidden", "4", "--epochs", "40",
                 "--batch-size", "10", "--verbose", "0", "--save", str(model)]) == 0
    return model, rows


def test_evaluate_a_file_of_one_class_by_name(capsys, tmp_path, grades):
    """The issue's case: a file of passing students only was numbered afresh (pass → 0) and scored as all wrong."""
    model, rows = grades
    passing = _write(tmp_path / "passing.csv", "lectures,result,hours", [",".join(r) for r in rows if r[1] == "pass"])
    code, out, _ = _run(capsys, "evaluate", model, "--csv", passing)
    assert code == 0
    assert float(re.search(r"accuracy: ([\d.]+)", out).group(1)) >= 0.85
    matrix = out.split("Confusion matrix")[1].splitlines()
    assert matrix[1].split() == ["fail", "pass"] and matrix[2].split()[:2] == ["fail", "0"]


def test_evaluate_a_subset_of_three_classes_by_name(capsys, tmp_path):
    X, y = gaussians(n_samples=300, n_classes=3, seed=0)
    colours = ["red", "green", "blue"]
    rows = [f"{a:.4f},{b:.4f},{colours[c]}" for (a, b), c in zip(X, y)]
    csv = _write(tmp_path / "all.csv", "a,b,colour", rows)
    model = tmp_path / "m.npz"
    assert main(["train", "--csv", csv, "--epochs", "30", "--verbose", "0", "--save", model]) == 0
    capsys.readouterr()
    subset = _write(tmp_path / "subset.csv", "a,b,colour", [r for r in rows if not r.endswith("blue")])
    code, out, _ = _run(capsys, "evaluate", model, "--csv", subset)
    assert code == 0 and float(re.search(r"accuracy: ([\d.]+)", out).group(1)) >= 0.9
    assert "blue" in out.split("Confusion matrix")[1]  # every class of the model has a row and a column


def test_columns_are_matched_by_name_and_the_target_is_the_models(capsys, tmp_path, grades):
    model, rows = grades
    swapped = _write(tmp_path / "swapped.csv", "hours,result,notes,lectures",
                     [f"{h},{r},7,{lec}" for lec, r, h in rows])
    code, out, _ = _run(capsys, "evaluate", model, "--csv", swapped)
    assert code == 0 and float(re.search(r"accuracy: ([\d.]+)", out).group(1)) >= 0.85
    assert "columns the model does not use: notes" in out


def test_columns_with_other_names_are_taken_in_order(capsys, tmp_path, grades):
    model, rows = grades
    renamed = _write(tmp_path / "renamed.csv", "x1,x2,y", [f"{lec},{h},{r}" for lec, r, h in rows])
    code, out, _ = _run(capsys, "evaluate", model, "--csv", renamed)
    assert code == 0 and "taken in order" in out
    assert float(re.search(r"accuracy: ([\d.]+)", out).group(1)) >= 0.85


def test_unknown_classes_are_named(capsys, tmp_path, grades):
    model, _ = grades
    csv = _write(tmp_path / "odd.csv", "lectures,result,hours", ["1,maybe,2", "3,pass,4", "5,Pass,1"])
    code, _, err = _run(capsys, "evaluate", model, "--csv", csv)
    assert code == 1
    assert "the classes Pass, maybe in column 'result' are not among the model's classes (fail, pass)" in err


def test_too_few_features_and_a_missing_column(capsys, tmp_path, grades):
    model, _ = grades
    csv = _write(tmp_path / "one.csv", "lectures,result", ["1,pass", "3,fail"])
    code, _, err = _run(capsys, "evaluate", model, "--csv", csv)
    assert code == 1 and "the samples have 1 features, but the model was trained on 2: lectures, hours" in err


def test_a_regression_model_refuses_words_as_targets(capsys, tmp_path):
    model = tmp_path / "line.npz"
    assert main(["train", "--data", "linear", "--epochs", "2", "--verbose", "0", "--save", model]) == 0
    csv = _write(tmp_path / "w.csv", "x,y", ["1,big", "2,small"])
    code, _, err = _run(capsys, "evaluate", model, "--csv", csv)
    assert code == 1 and "holds words such as 'big', but the model predicts numbers" in err


def test_nan_in_a_file_is_refused_before_scoring(capsys, tmp_path, grades):
    model, _ = grades
    csv = _write(tmp_path / "nan.csv", "lectures,result,hours", ["1,pass,2", "3,fail,nan"])
    code, _, err = _run(capsys, "evaluate", model, "--csv", csv)
    assert code == 1 and "'hours'" in err and "3" in err and "Traceback" not in err


def test_target_without_csv_is_a_usage_error(capsys, grades):
    code, _, err = _run(capsys, "evaluate", grades[0], "--target", "result")
    assert code == 2 and "--target applies to --csv only" in err


def test_files_that_are_not_our_models(capsys, tmp_path):
    other = tmp_path / "weights.npz"
    mldlab.save({"w": mldlab.zeros(2)}, other)
    code, _, err = _run(capsys, "evaluate", other)
    assert code == 1 and "is not a model written by 'mldlab train --save'" in err
    text = tmp_path / "notes.npz"
    text.write_text("hello", encoding="utf-8")
    code, _, err = _run(capsys, "evaluate", text)
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    code, _, err = _run(capsys, "evaluate", tmp_path)
    assert code == 1 and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("field, value", [
    ("mean", np.zeros(3)), ("scale", np.array([1.0, -1.0])), ("task", "clustering"), ("class_names", ["a"]),
    ("n_features", 0), ("y_scale", float("nan")), ("feature_names", ["only one"]), ("model", "not a network"),
    ("loss", "ce"),
])
def test_a_changed_model_file_is_refused_with_what_is_wrong(capsys, tmp_path, grades, field, value):
    bundle = mldlab.load(grades[0])
    bundle[field] = value
    changed = tmp_path / "changed.npz"
    try:
        mldlab.save(bundle, changed)
    except ValueError:  # mldlab.save itself refuses NaN: such a file cannot even be written
        assert field == "y_scale"
        return
    code, _, err = _run(capsys, "evaluate", changed, "--data", "moons")
    assert code == 1 and "is damaged or was changed" in err


def test_a_model_saved_before_class_names_were_kept_still_works(capsys, tmp_path):
    model = tmp_path / "old.npz"
    assert main(["train", "--data", "moons", "--epochs", "5", "--verbose", "0", "--save", model]) == 0
    bundle = mldlab.load(model)
    for key in ("loss", "target", "feature_names"):
        del bundle[key]
    bundle["class_names"] = None
    mldlab.save(bundle, model)
    code, out, _ = _run(capsys, "evaluate", model, "--data", "moons", "--seed", "1")
    assert code == 0 and float(re.search(r"accuracy: ([\d.]+)", out).group(1)) >= 0.8


def test_evaluate_in_korean(capsys, tmp_path, grades):
    model, rows = grades
    csv = _write(tmp_path / "all.csv", "lectures,result,hours", [",".join(r) for r in rows])
    code, out, _ = _run(capsys, "evaluate", model, "--csv", csv, "--lang", "ko")
    assert code == 0 and "평가한 결과" in out and "혼동 행렬" in out
    code, _, err = _run(capsys, "evaluate", model, "--data", "moons", "--lang", "ko")
    assert code == 1 and "모델의 클래스(fail, pass)에 없습니다" in err


def test_a_bundled_set_trained_in_korean_evaluates_in_english(capsys, tmp_path):
    """pass_exam names its classes in the learner's language (합격/pass): the same set is matched class by class."""
    model = tmp_path / "exam.npz"
    assert main(["train", "--data", "pass_exam", "--epochs", "20", "--verbose", "0", "--lang", "ko", "--save",
                 model]) == 0
    assert mldlab.load(model)["class_names"] == ["불합격", "합격"]
    capsys.readouterr()
    code, out, _ = _run(capsys, "evaluate", model, "--data", "pass_exam", "--seed", "3")
    assert code == 0 and float(re.search(r"accuracy: ([\d.]+)", out).group(1)) >= 0.8
