"""The command line answers like a tool: one message in the learner's language, exit 2 for usage and 1 for
failures, no traceback (``--debug`` shows it), numbers checked for range, memory and ``--save`` before training."""

import errno
import os
import subprocess
import sys
import tracemalloc

import pytest

from mldlab.cli import _bundle, _memory, main, train


def _run(capsys, *argv):
    code = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _one_message(err: str, prog: str = "mldlab train") -> str:
    """The error text of ``err``, checked to be one message (plus the --help hint for usage errors)."""
    lines = err.strip().splitlines()
    assert lines and len(lines) <= 2 and "Traceback" not in err, err
    assert lines[0].startswith(f"{prog}: error: ") or lines[0].startswith(f"{prog}: 오류: "), err
    return lines[0]


@pytest.mark.parametrize("argv, text", [
    (["train", "--lr", "-1"], "--lr must be a number in (0, 1000], got '-1'"),
    (["train", "--hidden", "8,x"], "--hidden must be layer sizes"),
    (["train", "--validation-split", "1"], "--validation-split must be a number in [0, 1)"),
    (["train", "--epochs", "0"], "--epochs must be a whole number from 1 to 1,000,000, got '0'"),
    (["train", "--optimizer", "adamax"], "--optimizer must be one of: sgd, adam, adamw, rmsprop, adagrad, adadelta"),
    (["train", "--data", "mnist"], "--data must be one of: breast_cancer, circles"),
    (["train", "--bogus"], "unknown arguments: --bogus."),
    (["train", "--epochs"], "--epochs needs a value."),
    (["train", "--lang", "fr"], "--lang must be one of: en, ko; got 'fr'"),
    (["train", "--debug=yes"], "--debug takes no value, got 'yes'"),
    (["train", "--hidden", "0.5"], "--hidden must be layer sizes"),
    (["train", "--hidden", "-8"], "--hidden must be layer sizes"),
    (["train", "--hidden=-8"], "--hidden must be layer sizes"),
    (["train", "--hidden", "100001"], "each a whole number from 1 to 100,000"),
    (["train", "--hidden", ",".join(["2"] * 101)], "at most 100 layers"),
    (["train", "--samples", "1"], "--samples must be a whole number from 2 to 10,000,000"),
    (["train", "--samples", "1e3"], "--samples must be a whole number"),
    (["train", "--seed", "-1"], "--seed must be a whole number from 0 to 4,294,967,295"),
    (["evaluate"], "missing: MODEL."),
    (["fly"], "COMMAND must be one of: demo, train, evaluate, predict"),
])
def test_usage_errors_say_what_is_allowed(capsys, argv, text):
    code, out, err = _run(capsys, *argv)
    assert code == 2 and out == ""
    assert text in _one_message(err, "mldlab train" if argv[0] == "train" else "mldlab" if argv[0] == "fly"
                                else f"mldlab {argv[0]}")
    assert "--help' lists what it accepts" in err


@pytest.mark.parametrize("option", ["--lr", "--noise", "--validation-split", "--test-size", "--dropout"])
@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf", "1e400", "", "0x10"])
def test_every_numeric_option_refuses_nan_and_infinity(capsys, option, value):
    code, _, err = _run(capsys, "train", f"{option}={value}")
    assert code == 2 and f"{option} must be a number in" in err


@pytest.mark.parametrize("option", ["--epochs", "--batch-size", "--early-stopping", "--samples", "--seed"])
@pytest.mark.parametrize("value", ["nan", "inf", "2.5", "", "99999999999999999999"])
def test_every_whole_number_option_refuses_fractions_and_huge_values(capsys, option, value):
    code, _, err = _run(capsys, "train", f"{option}={value}")
    assert code == 2 and f"{option} must be a whole number from" in err


def test_messages_in_korean(capsys):
    code, _, err = _run(capsys, "train", "--lang", "ko", "--dropout", "2")
    assert code == 2 and "--dropout은(는) [0, 1) 범위의 숫자여야" in _one_message(err)
    code, _, err = _run(capsys, "--lang", "ko", "train", "--activation", "softplus")
    assert "--activation은(는) 다음 중 하나여야 합니다: leaky_relu, relu, sigmoid, tanh" in err
    code, _, err = _run(capsys, "--lang=ko", "train", "--bogus")
    assert code == 2 and "알 수 없는 인자: --bogus." in err and "옵션을 볼 수 있습니다" in err
    code, _, err = _run(capsys, "--lang", "ko", "train", "--epochs")
    assert "--epochs에는 값이 필요합니다" in err
    code, _, err = _run(capsys, "--lang", "ko", "train", "--csv", "no such file.csv")
    assert code == 1 and "mldlab train: 오류: " in err


def test_save_is_checked_before_training(capsys, tmp_path, monkeypatch):
    cases = [("", "--save needs a file name"), (tmp_path, "is a folder. Hint: give a file name in it"),
             (tmp_path / "no" / "m.npz", "does not exist")]
    for path, text in cases:
        code, out, err = _run(capsys, "train", "--epochs", "1", f"--save={path}")
        assert code == 2 and text in _one_message(err) and out == ""
    monkeypatch.setattr(os, "access", lambda path, mode: False)  # as a user without the right to write there
    code, out, err = _run(capsys, "train", "--epochs", "1", "--save", tmp_path / "m.npz")
    assert code == 2 and "cannot be written to" in err and out == ""


def test_data_options_that_do_not_go_together(capsys, tmp_path):
    csv = tmp_path / "t.csv"
    csv.write_text("a,b\n1,0\n2,1\n3,0\n4,1\n", encoding="utf-8")
    for argv, text in [(["--data", "xor", "--csv", csv], "either --data or --csv"),
                       (["--csv", csv, "--samples", "10"], "--samples applies to generated data sets only"),
                       (["--target", "b"], "--target applies to --csv only"),
                       (["--task", "regression"], "--task applies to --csv only"),
                       (["--data", "iris", "--noise", "0.1"], "iris is a fixed table of real data"),
                       (["--csv", csv, "--loss", "mse"], "--loss mse does not fit binary classification")]:
        code, _, err = _run(capsys, "train", "--epochs", "1", "--verbose", "0", *argv)
        assert code == 2 and text in _one_message(err)
    code, _, err = _run(capsys, "evaluate", tmp_path / "m.npz", "--csv", csv, "--samples", "10")
    assert code == 2 and "--samples applies to generated data sets only" in _one_message(err, "mldlab evaluate")


def test_data_that_cannot_be_learned_is_refused_before_training(capsys, tmp_path):
    cases = {
        "one class": ("x,y\n1,pass\n2,pass\n3,pass\n", "holds only one class ('pass') in all 3 rows"),
        "constant": ("x,y\n1,2.5\n2,2.5\n3,2.5\n", "has the same value (2.5) in all 3 rows"),
        "nan": ("x,y\n1,0\nnan,1\n3,0\n", "line 3"),
        "overflow": ("x,y\n1,0\n1e39,1\n3,0\n", "line 3"),
        "words for regression": ("x,y\n1,a\n2,b\n", "holds words such as 'a', but --task regression"),
    }
    for name, (text, expected) in cases.items():
        csv = tmp_path / f"{name}.csv"
        csv.write_text(text, encoding="utf-8")
        extra = ["--task", "regression"] if name == "words for regression" else []
        code, out, err = _run(capsys, "train", "--csv", csv, "--epochs", "1", "--verbose", "0", *extra)
        assert code == 1 and expected in _one_message(err) and "Result" not in out, name
        assert "learning rate" not in err, name


def test_a_request_too_large_for_memory_is_refused_with_the_estimate(capsys, monkeypatch):
    monkeypatch.setattr(_memory, "available_bytes", lambda: 200_000_000)
    code, out, err = _run(capsys, "train", "--hidden", "4000,4000", "--epochs", "1")
    text = _one_message(err)
    assert code == 1 and out == ""
    assert "needs about 392.8 MB of memory" in text and "weights and optimizer state 384.5 MB" in text
    assert "at most 100.0 MB here (half of the 200.0 MB available)" in text
    assert _run(capsys, "train", "--hidden", "40,40", "--epochs", "1", "--verbose", "0")[0] == 0


def test_the_memory_estimate_is_not_below_what_training_uses(capsys):
    """(1)–(3) of ``_memory`` against the peak that tracemalloc sees (NumPy reports its arrays to it)."""
    argv = ["train", "--samples", "3000", "--hidden", "256", "--batch-size", "1000", "--dropout", "0.5", "--epochs",
            "1", "--verbose", "0"]
    tracemalloc.start()
    try:
        assert main(argv) == 0
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    estimate = sum(_memory.training_bytes(3000, [2, 256, 1], 1000).values())
    assert peak <= estimate <= 3 * peak


def test_available_memory_is_read_from_the_system():
    available = _memory.available_bytes()
    assert available is None or 10_000_000 < available < 2**50


def test_debug_shows_the_traceback(capsys):
    code, _, err = _run(capsys, "train", "--csv", "no such file.csv", "--debug")
    assert code == 1 and "Traceback (most recent call last)" in err and "mldlab train: error: " in err


def test_an_unexpected_error_is_called_a_bug(capsys, monkeypatch):
    def broken(args):
        return [][1]

    monkeypatch.setattr(train, "run", broken)
    code, _, err = _run(capsys, "train")
    assert code == 1 and "internal error (IndexError: list index out of range)" in _one_message(err)
    assert "--debug" in err


@pytest.mark.parametrize("error, text, code", [
    (PermissionError(errno.EACCES, "Permission denied", "m.npz"), "m.npz: permission denied", 1),
    (OSError(errno.ENOSPC, "No space left on device", "m.npz"), "m.npz: the disk is full", 1),
    (OSError(errno.EIO, "Input/output error", "m.npz"), "m.npz: the system reports: Input/output error", 1),
    (MemoryError(), "the computer ran out of memory", 1),
    (KeyboardInterrupt(), "stopped (Ctrl+C).", 130),
])
def test_system_errors_become_one_message(capsys, monkeypatch, tmp_path, error, text, code):
    def failing(path, **bundle):
        raise error

    monkeypatch.setattr(_bundle, "write", failing)
    got, _, err = _run(capsys, "train", "--epochs", "1", "--verbose", "0", "--save", tmp_path / "m.npz")
    assert got == code and text in _one_message(err)


def _subprocess(*argv, cwd):
    return subprocess.run([sys.executable, "-m", "mldlab.cli", *argv], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "MLDLAB_LANG": "en"}, timeout=120)


def test_exit_codes_and_no_traceback_in_a_real_process(tmp_path):
    missing = _subprocess("train", "--csv", "missing.csv", cwd=tmp_path)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert missing.stderr.startswith("mldlab train: error: ") and "missing.csv" in missing.stderr
    usage = _subprocess("predict", "model.npz", "--input", "nan", cwd=tmp_path)
    assert usage.returncode == 2 and "Traceback" not in usage.stderr and "not a finite number" in usage.stderr
