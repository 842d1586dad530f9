"""``mldlab predict``: samples from the command line or a CSV file; bad samples are errors, never ``p = nan``."""

import pytest

import mldlab
from mldlab.cli import main
from mldlab.data import pass_exam


def _run(capsys, *argv):
    code = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def grades(tmp_path_factory):
    folder = tmp_path_factory.mktemp("grades")
    X, y = pass_exam(n_samples=200, seed=0)
    rows = [f"{a:g},{b:.2f},{'pass' if c else 'fail'}" for (a, b), c in zip(X, y)]
    csv = folder / "grades.csv"
    csv.write_text("\n".join(["lectures,hours,result", *rows]) + "\n", encoding="utf-8")
    model = folder / "grades.npz"
    assert main(["train", "--csv", str(csv), "--hidden", "4", "--epochs", "30", "--batch-size", "10", "--verbose", "0",
                 "--save", str(model)]) == 0
    return model


@pytest.mark.parametrize("value, text", [
    ("nan", "value 1 ('nan') is not a finite number"),
    ("1,inf", "value 2 ('inf') is not a finite number"),
    ("1,-inf", "value 2 ('-inf') is not a finite number"),
    ("1,1e39", "value 2 ('1e39') is not a finite number"),
    ("1,,2", "value 2: '' is not a number"),
    ("", "value 1: '' is not a number"),
    ("4,five", "value 2: 'five' is not a number"),
])
def test_bad_input_is_an_error_not_p_nan(capsys, grades, value, text):
    code, out, err = _run(capsys, "predict", grades, f"--input={value}")
    assert code == 2 and text in err and "p = nan" not in out and "Traceback" not in err


def test_ragged_inputs_and_negative_values(capsys, grades):
    code, _, err = _run(capsys, "predict", grades, "--input", "4,5", "--input", "4,5,6")
    assert code == 2 and "--input number 2 has 3 values but the first has 2" in err
    code, out, _ = _run(capsys, "predict", grades, "--input=-1,2")
    assert code == 0 and out.startswith("[-1, 2] → class fail")
    code, _, err = _run(capsys, "predict", grades, "--input", "-1,2")
    assert code == 2 and "--input needs a value. Hint: a value that starts with '-' is written --input=-1" in err


def test_what_to_predict_must_be_given_once(capsys, grades, tmp_path):
    assert _run(capsys, "predict", grades)[0] == 2
    assert _run(capsys, "predict", grades, "--input", "1,2", "--csv", tmp_path / "x.csv")[0] == 2
    code, _, err = _run(capsys, "predict", grades, "--input", "1,2", "--target", "result")
    assert code == 2 and "--target applies to --csv only" in err


def test_predict_a_csv_leaves_out_the_models_target_and_matches_columns(capsys, grades, tmp_path):
    csv = tmp_path / "students.csv"
    csv.write_text("hours,result,lectures\n9,?,15\n0.5,?,1\n", encoding="utf-8")  # one value: not a class
    code, out, _ = _run(capsys, "predict", grades, "--csv", csv)
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].startswith("[15, 9] → class pass") and lines[1].startswith("[1, 0.5] → class fail")


def test_nan_in_a_csv_of_samples_is_an_error(capsys, grades, tmp_path):
    csv = tmp_path / "students.csv"
    csv.write_text("lectures,hours\n9,15\n1,NaN\n", encoding="utf-8")
    code, out, err = _run(capsys, "predict", grades, "--csv", csv)
    assert code == 1 and "'hours'" in err and "nan" not in out.lower()


def test_extreme_inputs_give_probabilities_or_a_clear_error(capsys, grades, tmp_path):
    code, out, err = _run(capsys, "predict", grades, "--input", "3e38,3e38", "--input=-3e38,-3e38")
    assert code == 0 and out.count("(p = 0.99") == 2 and "nan" not in out and err == ""
    line = tmp_path / "line.npz"
    assert main(["train", "--data", "linear", "--hidden", "0", "--epochs", "2", "--verbose", "0", "--save", line]) == 0
    bundle = mldlab.load(line)
    with mldlab.no_grad():
        bundle["model"][0].weight.fill_(1e30)  # a hand-made model whose output overflows float32
    mldlab.save(bundle, line)
    capsys.readouterr()
    code, out, err = _run(capsys, "predict", line, "--input", "1", "--input", "1e10")
    assert code == 1 and "output for sample 2 is [inf]" in err and out == ""


def test_predict_in_korean(capsys, grades):
    code, out, _ = _run(capsys, "--lang", "ko", "predict", grades, "--input", "15,9")
    assert code == 0 and "→ 클래스 pass" in out
    code, _, err = _run(capsys, "--lang", "ko", "predict", grades, "--input", "1,x")
    assert code == 2 and "--input은 쉼표로 구분한 숫자여야 합니다" in err and "오류" in err
