"""The train, evaluate and predict commands."""

import re

import numpy as np
import pytest

import mldlab
from mldlab import cli


def _run(capsys, *argv):
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


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

    code, out, _ = _run(capsys, "evaluate", str(path), "--data", "moons", "--seed", "1")
    assert code == 0
    assert float(re.search(r"accuracy: ([\d.]+)", out).group(1)) >= 0.94
    assert "Confusion matrix" in out

    code, out, _ = _run(capsys, "predict", str(path), "--input", "0,1", "--input", "1,-0.5")
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0].startswith("[0, 1] → class 0") and lines[1].startswith("[1, -0.5] → class 1")


def test_train_on_a_csv_file_with_named_classes(capsys, tmp_path):
    from mldlab.data import pass_exam

    X, y = pass_exam(n_samples=300, seed=0)
    csv = tmp_path / "grades.csv"
    rows = ["lectures,hours,result"] + [f"{a:g},{b:.2f},{'pass' if c else 'fail'}" for (a, b), c in zip(X, y)]
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    path = tmp_path / "grades.npz"
    code, out, _ = _run(capsys, "train", "--csv", str(csv), "--target", "result", "--hidden", "4", "--epochs", "40",
                        "--batch-size", "10", "--verbose", "0", "--save", str(path))
    assert code == 0 and "binary classification" in out
    code, out, _ = _run(capsys, "predict", str(path), "--input", "15,9", "--input", "1,0.5")
    assert "class pass" in out.splitlines()[0] and "class fail" in out.splitlines()[1]


def test_regression_reports_r2_and_predicts_in_original_units(capsys, tmp_path):
    path = tmp_path / "line.npz"
    code, out, _ = _run(capsys, "train", "--data", "linear", "--noise", "0.1", "--hidden", "0", "--epochs", "40",
                        "--optimizer", "sgd", "--lr", "0.05", "--verbose", "0", "--save", str(path))
    assert code == 0
    assert float(re.search(r"test\s+loss \S+\s+r2_score ([-\d.]+)", out).group(1)) > 0.99
    _, out, _ = _run(capsys, "predict", str(path), "--input", "1.5")
    assert float(out.split("→")[1]) == pytest.approx(2 * 1.5 + 1, abs=0.1)  # y = 2x + 1, the generator's rule


def test_divergence_is_reported_without_a_traceback(capsys):
    code, out, err = _run(capsys, "train", "--data", "linear", "--optimizer", "sgd", "--lr", "10", "--verbose", "0")
    assert code == 1
    assert "learning rate is 10" in err and "Traceback" not in err


@pytest.mark.parametrize("argv, text", [
    (["train", "--lr", "-1"], "--lr must be a number in (0, ∞]"),
    (["train", "--hidden", "8,x"], "--hidden must be layer sizes"),
    (["train", "--validation-split", "1"], "--validation-split must be a number in [0, 1)"),
    (["train", "--epochs", "0"], "--epochs must be a number in [1,"),
    (["train", "--optimizer", "adamax"], "--optimizer must be one of: sgd, adam, adamw, rmsprop, adagrad, adadelta"),
    (["train", "--data", "mnist"], "--data must be one of: breast_cancer, circles"),
])
def test_bad_arguments_say_what_is_allowed(capsys, argv, text):
    with pytest.raises(SystemExit) as exit_:
        cli.main(argv)
    assert exit_.value.code == 2
    assert text in capsys.readouterr().err


def test_bad_arguments_in_korean(capsys):
    with pytest.raises(SystemExit):
        cli.main(["train", "--lang", "ko", "--dropout", "2"])
    assert "--dropout은(는) [0, 1) 범위의 숫자여야" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["--lang", "ko", "train", "--activation", "softplus"])
    assert "--activation은(는) 다음 중 하나여야 합니다: leaky_relu, relu, sigmoid, tanh" in capsys.readouterr().err


def test_loss_must_fit_the_task_and_files_must_be_ours(capsys, tmp_path):
    with pytest.raises(SystemExit, match="--loss ce does not fit a binary"):
        cli.main(["train", "--data", "moons", "--loss", "ce", "--verbose", "0"])
    other = tmp_path / "weights.npz"
    mldlab.save({"w": mldlab.zeros(2)}, other)
    with pytest.raises(SystemExit, match="is not a model written by 'mldlab train --save'"):
        cli.main(["predict", str(other), "--input", "1,2"])


def test_predict_checks_the_number_of_features(capsys, tmp_path):
    path = tmp_path / "m.npz"
    cli.main(["train", "--data", "xor", "--epochs", "2", "--verbose", "0", "--save", str(path)])
    with pytest.raises(SystemExit, match="the samples have 3 features, but the model was trained on 2"):
        cli.main(["predict", str(path), "--input", "1,2,3"])


def test_same_seed_same_model(tmp_path, capsys):
    for name in ("a.npz", "b.npz"):
        cli.main(["train", "--data", "circles", "--epochs", "3", "--dropout", "0.2", "--verbose", "0", "--seed", "4",
                  "--save", str(tmp_path / name)])
    a, b = np.load(tmp_path / "a.npz"), np.load(tmp_path / "b.npz")
    assert sorted(a.files) == sorted(b.files)
    for key in a.files:
        np.testing.assert_array_equal(a[key], b[key])
