"""A bounded fuzz test of the command line: random and mutated argument lists and small mutated CSV files.

Each run must end with exit code 0, or with one clear message and exit code 1 or 2: never a traceback, never
"internal error" (a bug), never ``p = nan``. The runs follow a fixed seed and stop after a few seconds.
"""

import random
import time

import pytest

from mldlab.cli import main
from mldlab.data import pass_exam

SECONDS = 4.0
MAX_RUNS = 600

_TOKENS = ["", " ", "nan", "NaN", "inf", "-inf", "1e39", "-1", "0", "1", "2", "0.5", "x", "1,2", ",", "--", "-",
           "é", "1e-45", "99999999999999999999", "3e38", "\t", "none"]
_CELLS = ["", " ", "nan", "inf", "-inf", "1e39", "-3e38", "x", "pass", "fail", "0", "1", "2", "-1", "1.5", '"', "é",
          "1,2", "0x1", "１"]


def _values(folder, csvs, model):
    """For each option: (values that make sense, values that do not)."""
    return {
        "--data": (["moons", "xor", "linear", "gaussians", "pass_exam", "spirals", "sine"], ["mnist", ""]),
        "--csv": (csvs, [folder / "missing.csv", folder, model, ""]),
        "--target": (["result", "hours", "-1", "0", "1"], ["7", "nope", ""]),
        "--samples": (["2", "3", "10", "40"], ["1", "0", "nan", "x", "1e3"]),
        "--noise": (["0", "0.1", "5"], ["nan", "-1", "1001"]),
        "--task": (["classification", "regression"], ["clustering"]),
        "--hidden": (["0", "1", "3", "2,2", "none", ""], [",", "8,,8", "-1", "1e9", "0,4"]),
        "--activation": (["tanh", "relu", "sigmoid", "leaky_relu"], ["gelu"]),
        "--loss": (["bce", "ce", "mse", "mae"], ["hinge"]),
        "--optimizer": (["sgd", "adam", "adamw", "rmsprop", "adagrad", "adadelta"], ["lbfgs"]),
        "--lr": (["0.001", "0.1", "10", "1000"], ["0", "nan", "inf", "-0.1"]),
        "--epochs": (["1", "2"], ["0", "x"]),
        "--batch-size": (["1", "7", "1000"], ["0", "-5"]),
        "--validation-split": (["0", "0.3", "0.9", "0.99"], ["1"]),
        "--test-size": (["0.2", "0.5", "0.9", "0.99"], ["0", "1"]),
        "--dropout": (["0", "0.5", "0.99"], ["1"]),
        "--early-stopping": (["0", "1"], ["-1"]),
        "--verbose": (["0"], ["3"]),
        "--save": ([folder / "m.npz"], [folder, "", folder / "no" / "m.npz"]),
        "--lang": (["en", "ko"], ["fr"]),
        "--seed": (["0", "7"], ["-1", "4294967296"]),
        "--input": (["1,2", "0", "-1,2", "1,2,3", "3e38,-3e38", "1e-45,0"], ["nan", "", "1,,2", "1e39,0", "a,b"]),
        "--debug": ([None], []),
        "--help": ([None], []),
        "--bogus": ([], [None, "1"]),
    }


def _csv_files(folder, rng):
    """A small valid grades file and mutations of it."""
    X, y = pass_exam(n_samples=20, seed=0)
    rows = [["lectures", "hours", "result"]] + [[f"{a:g}", f"{b:.2f}", "pass" if c else "fail"]
                                                 for (a, b), c in zip(X, y)]
    files = []
    for k in range(24):
        table = [list(row) for row in rows]
        for _ in range(rng.randint(0, 3)):
            if not table:
                break
            kind = rng.randrange(6)
            i, j = rng.randrange(len(table)), rng.randrange(3)
            if kind == 0 and len(table[i]) > j:
                table[i][j] = rng.choice(_CELLS)
            elif kind == 1 and table[i]:
                del table[i][-1]
            elif kind == 2:
                table = table[: rng.randint(0, 3)]
            elif kind == 3:
                for row in table[1:]:
                    row[-1] = "pass"
            elif kind == 4:
                table.append([rng.choice(_CELLS) for _ in range(rng.randint(1, 4))])
            else:
                for row in table[1:]:
                    row[-1] = str(rng.choice([1, 2, -1, 5]))
        path = folder / f"fuzz{k}.csv"
        text = "\n".join(",".join(row) for row in table) + "\n"
        if k == 23:
            path.write_bytes(b"\xff\xfe\x00binary\x00" + text.encode())
        else:
            path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


def _argv(rng, values):
    command = rng.choice(["train", "train", "train", "evaluate", "evaluate", "predict", "predict", "demo", "fly"])
    argv = [command]
    if command == "train":
        argv += ["--epochs", "1", "--verbose", "0"]
    if command in ("evaluate", "predict") and rng.random() < 0.95:
        good, bad = values["--csv"]
        argv.append(str(rng.choice(bad if rng.random() < 0.2 else [good[0].parent / "model.npz"])))
    if command == "predict" and rng.random() < 0.7:
        argv.append(rng.choice(["--input", "--csv"]))
        argv.append(str(rng.choice(values["--input"][0] if argv[-1] == "--input" else values["--csv"][0])))
    if command == "demo":
        argv += ["--epochs", rng.choice(["0", "x", "nan"])]  # the demo itself runs long: its parsing errors only
    for _ in range(rng.randint(0, 5)):
        option = rng.choice(list(values))
        good, bad = values[option]
        value = rng.choice(bad if (rng.random() < 0.15 and bad) or not good else good)
        if rng.random() < 0.05:
            value = rng.choice(_TOKENS)
        if value is None:
            argv.append(option)
        elif rng.random() < 0.5:
            argv += [option, str(value)]
        else:
            argv.append(f"{option}={value}")
    if rng.random() < 0.05:
        argv.insert(rng.randrange(len(argv) + 1), rng.choice(_TOKENS))
    return argv


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


def test_random_command_lines_end_cleanly(capsys, folder):
    rng = random.Random(2026)
    model = folder / "model.npz"
    assert main(["train", "--data", "pass_exam", "--epochs", "2", "--verbose", "0", "--save", str(model)]) == 0
    values = _values(folder, _csv_files(folder, rng), model)
    capsys.readouterr()
    start, runs, codes = time.perf_counter(), 0, set()
    while time.perf_counter() - start < SECONDS and runs < MAX_RUNS:
        argv = _argv(rng, values)
        code = main(argv)
        out, err = capsys.readouterr()
        runs += 1
        codes.add(code)
        context = f"mldlab {' '.join(argv)}\n--- stdout:\n{out[-2000:]}\n--- stderr:\n{err}"
        assert code in (0, 1, 2), context
        assert "Traceback" not in err or "--debug" in argv, context
        assert "internal error" not in err, context
        assert "p = nan" not in out, context
        if code:
            lines = [line for line in err.splitlines() if line and not line.startswith(("Traceback", "  "))]
            assert lines and lines[-1 if code == 1 else -2].startswith("mldlab"), context
    assert runs >= 30 and {0, 1, 2} <= codes
