"""``mldlab train``, and the round trip through ``evaluate`` and ``predict``, run in-process through ``main``."""

import re

import numpy as np
import pytest

import mldlab
from mldlab.cli import main


def _run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _grades(path, rows, header="lectures,hours,result"):
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _pass_exam_rows(label, n=300):
    from mldlab.data import pass_exam

    X, y = pass_exam(n_samples=n, seed=0)
    return [f"{a:g},{b:.2f},{label(c)}" for (a, b), c in zip(X, y)]


def test_train_evaluate_predict_round_trip(capsys, tmp_path):
    path = tmp_path / "model.npz"
    code, out, _ = _run(capsys, "train", "--data", "moons", "--hidden", "8,8", "--activation", "tanh", "--loss", "bce",
                        "--optimizer", "adam", "--lr", "0.01", "--epochs", "60", "--batch-size", "10",
                        "--validation-split", "0.2", "--dropout", "0.1", "--early-stopping", "10", "--seed", "0",
                        "--save", str(path), "--verbose", "0")
    assert code == 0
    test_accuracy = float(re.search(r"test\s+loss \S+\s+accuracy ([\d.]+)%", out).group(1))
    assert test_accuracy >= 95
    assert "160 for validation" in out and "Total params: 105" in out and path.exists()
    assert "Classes" not in out  # classes 0 and 1 are outputs 0 and 1: nothing to show

    code, out, _ = _run(capsys, "evaluate", str(path), "--data", "moons", "--seed", "1")
    assert code == 0
    assert float(re.search(r"accuracy: ([\d.]+)", out).group(1)) >= 0.94
    assert "Confusion matrix" in out

    code, out, _ = _run(capsys, "predict", str(path), "--input", "0,1", "--input", "1,-0.5")
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0].startswith("[0, 1] → class 0") and lines[1].startswith("[1, -0.5] → class 1")


def test_train_on_a_csv_file_with_named_classes(capsys, tmp_path):
    csv = _grades(tmp_path / "grades.csv", _pass_exam_rows(lambda c: "pass" if c else "fail"))
    path = tmp_path / "grades.npz"
    code, out, _ = _run(capsys, "train", "--csv", str(csv), "--target", "result", "--hidden", "4", "--epochs", "40",
                        "--batch-size", "10", "--verbose", "0", "--save", str(path))
    assert code == 0 and "binary classification" in out
    assert "Classes (label → output): fail → 0, pass → 1" in out
    code, out, _ = _run(capsys, "predict", str(path), "--input", "15,9", "--input", "1,0.5")
    assert "class pass" in out.splitlines()[0] and "class fail" in out.splitlines()[1]


@pytest.mark.parametrize("labels, shown", [((1, 2), "1 → 0, 2 → 1"), ((-1, 1), "-1 → 0, 1 → 1")])
def test_labels_other_than_0_1_are_mapped_shown_and_predicted_by_name(capsys, tmp_path, labels, shown):
    csv = _grades(tmp_path / "grades.csv", _pass_exam_rows(lambda c: labels[int(c)]))
    path = tmp_path / "m.npz"
    code, out, _ = _run(capsys, "train", "--csv", str(csv), "--hidden", "4", "--epochs", "30", "--batch-size", "10",
                        "--verbose", "0", "--save", str(path))
    assert code == 0 and f"Classes (label → output): {shown}" in out and "binary classification" in out
    assert float(re.search(r"test\s+loss \S+\s+accuracy ([\d.]+)%", out).group(1)) >= 85
    _, out, _ = _run(capsys, "predict", str(path), "--input", "15,9", "--input", "1,0.5")
    assert f"class {labels[1]} " in out.splitlines()[0] and f"class {labels[0]} " in out.splitlines()[1]


def test_three_whole_number_classes_are_multiclass(capsys, tmp_path):
    from mldlab.data import gaussians

    X, y = gaussians(n_samples=150, n_classes=3, seed=0)
    csv = _grades(tmp_path / "g.csv", [f"{a:.3f},{b:.3f},{[5, 7, 9][c]}" for (a, b), c in zip(X, y)], "a,b,kind")
    code, out, _ = _run(capsys, "train", "--csv", str(csv), "--epochs", "20", "--verbose", "0")
    assert code == 0 and "multi-class classification" in out and "5 → 0, 7 → 1, 9 → 2" in out


def test_regression_reports_r2_and_predicts_in_original_units(capsys, tmp_path):
    path = tmp_path / "line.npz"
    code, out, _ = _run(capsys, "train", "--data", "linear", "--noise", "0.1", "--hidden", "0", "--epochs", "40",
                        "--optimizer", "sgd", "--lr", "0.05", "--verbose", "0", "--save", str(path))
    assert code == 0
    assert float(re.search(r"test\s+loss \S+\s+r2_score ([-\d.]+)", out).group(1)) > 0.99
    _, out, _ = _run(capsys, "predict", str(path), "--input", "1.5")
    assert float(out.split("→")[1]) == pytest.approx(2 * 1.5 + 1, abs=0.1)  # y = 2x + 1, the generator's rule


def test_regression_on_a_csv_and_the_task_option(capsys, tmp_path):
    rows = [f"{x},{3 * x + 7}" for x in range(60)]  # whole numbers: 60 different values, classes or amounts?
    csv = _grades(tmp_path / "price.csv", rows, "size,price")
    code, _, err = _run(capsys, "train", "--csv", str(csv), "--epochs", "2", "--verbose", "0")
    assert code == 1 and "60 different whole numbers" in err and "--task regression" in err
    code, out, _ = _run(capsys, "train", "--csv", str(csv), "--task", "regression", "--hidden", "0", "--epochs", "60",
                        "--optimizer", "sgd", "--lr", "0.05", "--batch-size", "8", "--verbose", "0")
    assert code == 0 and "(regression)" in out
    assert float(re.search(r"test\s+loss \S+\s+r2_score ([-\d.]+)", out).group(1)) > 0.99


def test_divergence_is_reported_without_a_traceback(capsys):
    code, out, err = _run(capsys, "train", "--data", "linear", "--optimizer", "sgd", "--lr", "10", "--verbose", "0")
    assert code == 1
    assert "learning rate is 10" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_same_seed_same_model(tmp_path, capsys):
    for name in ("a.npz", "b.npz"):
        assert main(["train", "--data", "circles", "--epochs", "3", "--dropout", "0.2", "--verbose", "0", "--seed", "4",
                     "--save", str(tmp_path / name)]) == 0
    a, b = np.load(tmp_path / "a.npz"), np.load(tmp_path / "b.npz")
    assert sorted(a.files) == sorted(b.files)
    for key in a.files:
        np.testing.assert_array_equal(a[key], b[key])


def test_the_bundle_keeps_what_evaluate_and_predict_need(capsys, tmp_path):
    csv = _grades(tmp_path / "grades.csv", _pass_exam_rows(lambda c: "pass" if c else "fail", n=60))
    path = tmp_path / "m.npz"
    assert main(["train", "--csv", str(csv), "--loss", "bce", "--epochs", "1", "--verbose", "0", "--save",
                 str(path)]) == 0
    bundle = mldlab.load(path)
    assert bundle["format"] == "mldlab-train" and bundle["task"] == "binary" and bundle["loss"] == "bce"
    assert bundle["feature_names"] == ["lectures", "hours"] and bundle["target"] == "result"
    assert bundle["class_names"] == ["fail", "pass"] and bundle["n_features"] == 2


def test_a_real_data_set_trains(capsys, skm):  # skm: scikit-learn ships the iris file
    code, out, _ = _run(capsys, "train", "--data", "iris", "--epochs", "30", "--verbose", "0")
    assert code == 0 and "setosa → 0, versicolor → 1, virginica → 2" in out


def test_help_in_both_languages(capsys):
    assert main(["train", "--help"]) == 0
    english = capsys.readouterr().out
    assert english.startswith("usage: mldlab train") and "learning rate η" in english and "options:" in english
    assert main(["--lang", "ko", "train", "--help"]) == 0
    korean = capsys.readouterr().out
    assert korean.startswith("사용법: mldlab train") and "학습률 η" in korean and "옵션:" in korean
    assert "the generator" not in korean and "default" not in korean
    assert main(["--lang", "ko"]) == 0
    assert "명령:" in capsys.readouterr().out


def test_a_target_given_by_position_is_kept_by_name(capsys, tmp_path):
    from mldlab.data import pass_exam

    X, y = pass_exam(n_samples=60, seed=0)
    rows = [f"{'pass' if c else 'fail'},{a:g},{b:.2f}" for (a, b), c in zip(X, y)]
    csv = _grades(tmp_path / "first.csv", rows, "result,lectures,hours")
    path = tmp_path / "m.npz"
    assert main(["train", "--csv", str(csv), "--target", "0", "--epochs", "1", "--verbose", "0", "--save",
                 str(path)]) == 0
    assert mldlab.load(path)["target"] == "result"
    utf16 = tmp_path / "utf16.csv"
    utf16.write_text(csv.read_text(encoding="utf-8"), encoding="utf-16")
    assert main(["train", "--csv", str(utf16), "--target", "0", "--epochs", "1", "--verbose", "0", "--save",
                 str(path)]) == 0
    assert mldlab.load(path)["target"] in ("result", None)


def test_classes_written_as_decimals_need_the_task(capsys, tmp_path):
    csv = _grades(tmp_path / "g.csv", _pass_exam_rows(lambda c: f"{float(c):.1f}", n=100))
    code, _, err = _run(capsys, "train", "--csv", str(csv), "--epochs", "1", "--verbose", "0")
    assert code == 1 and "holds only the values 0, 1, written with a decimal point" in err
    code, out, _ = _run(capsys, "train", "--csv", str(csv), "--task", "classification", "--epochs", "1", "--verbose",
                        "0")
    assert code == 0 and "binary classification" in out and "Classes" not in out
