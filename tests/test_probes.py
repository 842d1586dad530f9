"""A new user's mistakes, tried one after another: each gets one clear answer, in English and in Korean.

A clear answer is an mldlab error (a ValueError, TypeError, ... whose message says what was wrong, the value
received, what was expected or a hint) or a correct result: never a NumPy or Python message from deep inside,
never a silent NaN, never a traceback on the command line. The same probes run in Korean, where the message must be
Korean. The table at the end of the closing note of issue 7 counts these probes.
"""

import io
import json
import os
import re
import zipfile
from contextlib import redirect_stderr, redirect_stdout

import numpy as np
import pytest

import mldlab
from mldlab import nn, optim
from mldlab.data import DataLoader, StandardScaler, TensorDataset, load_csv, train_test_split

INTERNALS = ("could not convert", "invalid literal", "operands could not be broadcast", "ufunc", "NoneType",
             "unsupported operand", "object of type", "has no attribute", "not subscriptable",
             "setting an array element", "index out of bounds", "Traceback", "numpy.", "np.float", "inhomogeneous",
             "integer scalar arrays", "takes from", "positional argument", "unexpected keyword")
CLEAR_TYPES = (ValueError, TypeError, RuntimeError, OSError, IndexError, KeyError, mldlab.TrainingDiverged)
HANGUL = re.compile("[\uac00-\ud7a3]")


def _net(n_in=2, n_out=1, last=None):
    layers = [nn.Linear(n_in, 4), nn.Tanh(), nn.Linear(4, n_out)] + ([last] if last else [])
    return nn.Sequential(*layers)


def _model(loss="binary_crossentropy", n_in=2, n_out=1, last=None):
    model = mldlab.Model(_net(n_in, n_out, last))
    model.compile(optimizer="sgd", loss=loss, metrics=["accuracy"])
    return model


X = np.random.default_rng(0).normal(size=(20, 2)).astype(np.float32)
Y = (X[:, 0] > 0).astype(np.float32)


def _with(array, index, value):
    array = np.array(array, dtype=np.float64)
    array[index] = value
    return array


def _fit(**kwargs):
    args = {"x": X, "y": Y, "epochs": 1, "verbose": 0, **kwargs}
    return _model().fit(**args)


MODEL_PROBES = {
    "x with NaN": lambda: _fit(x=_with(X, (3, 1), np.nan)),
    "x with inf": lambda: _fit(x=_with(X, (0, 0), np.inf)),
    "x overflowing float32": lambda: _fit(x=_with(X, (5, 0), 1e300)),
    "y with NaN": lambda: _fit(y=_with(Y, 2, np.nan)),
    "binary labels 1 and 2": lambda: _fit(y=Y + 1),
    "binary labels -1 and 1": lambda: _fit(y=Y * 2 - 1),
    "sparse label -1": lambda: _model("sparse_categorical_crossentropy", n_out=3).fit(
        X, np.array([-1] + [0] * 19), verbose=0),
    "sparse label too large": lambda: _model("sparse_categorical_crossentropy", n_out=3).fit(
        X, np.array([3] + [0] * 19), verbose=0),
    "categorical label too large": lambda: _model("categorical_crossentropy", n_out=3).fit(
        X, np.array([5] + [0] * 19), verbose=0),
    "initial_epoch < 0": lambda: _fit(initial_epoch=-1, epochs=2),
    "epochs 0": lambda: _fit(epochs=0),
    "epochs 2.5": lambda: _fit(epochs=2.5),
    "epochs as text": lambda: _fit(epochs="10"),
    "batch_size 0": lambda: _fit(batch_size=0),
    "batch_size -5": lambda: _fit(batch_size=-5),
    "validation_split 1": lambda: _fit(validation_split=1.0),
    "validation_split -0.1": lambda: _fit(validation_split=-0.1),
    "validation_split as text": lambda: _fit(validation_split="0.2"),
    "ragged x": lambda: _fit(x=[[1.0, 2.0], [3.0]] * 10, y=Y),
    "x None": lambda: _fit(x=None),
    "x strings": lambda: _fit(x=np.array([["a", "b"]] * 20), y=Y),
    "x scalar": lambda: _fit(x=3.0, y=Y),
    "x and y lengths differ": lambda: _fit(y=Y[:5]),
    "x with 3 features for a 2-input net": lambda: _fit(x=np.ones((20, 3), np.float32)),
    "y as text labels": lambda: _fit(y=np.array(["pass", "fail"] * 10)),
    "predict NaN": lambda: _model().predict(_with(X, (0, 0), np.nan)),
    "evaluate NaN": lambda: _model().evaluate(_with(X, (0, 0), np.nan), Y, verbose=0),
    "unknown optimizer": lambda: mldlab.Model(_net()).compile(optimizer="adamm", loss="mse"),
    "unknown loss": lambda: mldlab.Model(_net()).compile(optimizer="sgd", loss="crossentropy"),
    "fit before compile": lambda: mldlab.Model(_net()).fit(X, Y, verbose=0),
    "Model of a list": lambda: mldlab.Model([nn.Linear(2, 1)]),
    "set_weights wrong shapes": lambda: _model().set_weights([np.zeros((3, 3))] * 4),
    "set_weights wrong count": lambda: _model().set_weights([]),
}

ENGINE_PROBES = {
    "ragged tensor": lambda: mldlab.tensor([[1, 2], [3]]),
    "tensor of text": lambda: mldlab.tensor("abc"),
    "tensor of None": lambda: mldlab.tensor(None),
    "Linear with a text size": lambda: nn.Linear(2, "3"),
    "Linear with a negative size": lambda: nn.Linear(-2, 3),
    "Linear with a float size": lambda: nn.Linear(2.5, 3),
    "Linear on the wrong width": lambda: nn.Linear(2, 3)(mldlab.randn(4, 5)),
    "Dropout p 1.5": lambda: nn.Dropout(1.5),
    "zeros of negative size": lambda: mldlab.zeros(-1),
    "randn of a float size": lambda: mldlab.randn(2.5),
    "SGD with lr < 0": lambda: optim.SGD(_net().parameters(), lr=-1),
    "Adam with no parameters": lambda: optim.Adam([], lr=0.1),
    "matmul shapes": lambda: mldlab.randn(2, 3) @ mldlab.randn(2, 3),
    "backward twice": lambda: _backward_twice(),
    "DataLoader batch_size 0": lambda: DataLoader(TensorDataset(mldlab.randn(4, 2)), batch_size=0),
    "TensorDataset lengths differ": lambda: TensorDataset(mldlab.randn(4, 2), mldlab.randn(3)),
    "train_test_split test_size 1.5": lambda: train_test_split(X, Y, test_size=1.5),
    "StandardScaler on NaN": lambda: StandardScaler().fit(np.array([[np.nan, 1.0], [2.0, 3.0]])),
    "StandardScaler before fit": lambda: StandardScaler().transform(X),
}


def _backward_twice():
    w = mldlab.tensor([1.0], requires_grad=True)
    loss = (w * w).sum()
    loss.backward()
    loss.backward()


def _file(tmp_path, name: str, content) -> str:
    path = os.path.join(tmp_path, name)
    with open(path, "wb" if isinstance(content, bytes) else "w", encoding=None if isinstance(content, bytes)
              else "utf-8") as file:
        file.write(content)
    return path


def _saved(tmp_path) -> str:
    path = os.path.join(tmp_path, "model.npz")
    mldlab.save(_net(), path)
    return path


def _edited(tmp_path, edit) -> str:
    """A saved model whose description was edited by ``edit(description)``, or replaced by the text it returns."""
    source = _saved(tmp_path)
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    description = json.loads(members["mldlab.json"])
    text = edit(description)
    members["mldlab.json"] = (text if isinstance(text, str) else json.dumps(description)).encode()
    path = os.path.join(tmp_path, "edited.npz")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _huge_array(tmp_path) -> str:
    """A 1 KB file whose array header claims 10⁹ × 10⁹ numbers."""
    source = _saved(tmp_path)
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    name = next(n for n in members if n.endswith(".npy"))
    header = "{'descr': '<f4', 'fortran_order': False, 'shape': (1000000000, 1000000000), }"
    header = header + " " * (118 - len(header)) + "\n"
    members[name] = b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header.encode() + b"\0" * 16
    path = os.path.join(tmp_path, "huge.npz")
    with zipfile.ZipFile(path, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path


def _nan_weights(tmp_path) -> str:
    path = os.path.join(tmp_path, "nan.npz")
    net = _net()
    mldlab.save(net, path)
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    name = next(n for n in members if n.endswith(".npy"))
    buffer = io.BytesIO()
    np.save(buffer, np.full(np.load(io.BytesIO(members[name])).shape, np.nan, np.float32))
    members[name] = buffer.getvalue()
    with zipfile.ZipFile(path, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path


def _nested(depth: int) -> str:
    """A description whose data is a list nested ``depth`` deep, as JSON text."""
    return '{"format": "mldlab", "version": 1, "kind": "object", "data": ' + "[" * depth + "0" + "]" * depth + "}"


FILE_PROBES = {
    "load a missing file": lambda tmp: mldlab.load(os.path.join(tmp, "nothing.npz")),
    "load a folder": lambda tmp: mldlab.load(tmp),
    "load an empty file": lambda tmp: mldlab.load(_file(tmp, "empty.npz", b"")),
    "load random bytes": lambda tmp: mldlab.load(_file(tmp, "random.npz", np.random.default_rng(1).bytes(300))),
    "load a truncated file": lambda tmp: mldlab.load(_file(tmp, "cut.npz", open(_saved(tmp), "rb").read()[:200])),
    "load JSON text": lambda tmp: mldlab.load(_file(tmp, "model.json", '{"a": 1}')),
    "load a 1 KB file claiming 10^18 numbers": lambda tmp: mldlab.load(_huge_array(tmp)),
    "load a layer of 10^12 weights": lambda tmp: mldlab.load(_edited(tmp, lambda d: d["data"]["module"][
        "architecture"]["children"][0]["args"].update(in_features=10**6, out_features=10**6))),
    "load a description nested 100000 deep": lambda tmp: mldlab.load(_edited(tmp, lambda d: _nested(100_000))),
    "load NaN weights": lambda tmp: mldlab.load(_nan_weights(tmp)),
    "load an unknown layer": lambda tmp: mldlab.load(_edited(tmp, lambda d: d["data"]["module"]["architecture"][
        "children"][0].update({"class": "os.system"}))),
    "save NaN weights": lambda tmp: mldlab.save({"w": mldlab.tensor([np.nan])}, os.path.join(tmp, "w.npz")),
    "save into a missing folder": lambda tmp: mldlab.save(_net(), os.path.join(tmp, "no", "such", "m.npz")),
    "save a model of one's own class": lambda tmp: mldlab.save(_Own(), os.path.join(tmp, "own.npz")),
    "load_csv a missing file": lambda tmp: load_csv(os.path.join(tmp, "none.csv")),
    "load_csv an empty file": lambda tmp: load_csv(_file(tmp, "e.csv", "")),
    "load_csv a header only": lambda tmp: load_csv(_file(tmp, "h.csv", "a,b,y\n")),
    "load_csv a ragged row": lambda tmp: load_csv(_file(tmp, "r.csv", "a,b,y\n1,2,0\n3,1\n4,5,1\n")),
    "load_csv a word in a number column": lambda tmp: load_csv(_file(tmp, "w.csv", "a,b,y\n1,2,0\n3,x,1\n4,5,1\n")),
    "load_csv a NaN cell": lambda tmp: load_csv(_file(tmp, "n.csv", "a,b,y\n1,2,0\n3,nan,1\n4,5,1\n")),
    "load_csv a value overflowing float32": lambda tmp: load_csv(_file(tmp, "o.csv",
                                                                       "a,b,y\n1,2,0\n1e40,1,1\n4,5,1\n")),
    "load_csv an unknown target": lambda tmp: load_csv(_file(tmp, "t.csv", "a,b,y\n1,2,0\n3,4,1\n"), target="z"),
    "load_csv binary garbage": lambda tmp: load_csv(_file(tmp, "g.csv", bytes(range(256)) * 4)),
    "load_csv one class": lambda tmp: load_csv(_file(tmp, "one.csv", "a,b,y\n1,2,0\n3,4,0\n5,6,0\n")),
}


class _Own(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)

    def forward(self, x):
        return self.fc(x)


CLI_PROBES = {
    "evaluate a missing model file": ["evaluate", "{tmp}/none.npz", "--data", "moons"],
    "predict a missing model file": ["predict", "{tmp}/none.npz", "--input", "1,2"],
    "--epochs nan": ["train", "--epochs", "nan"],
    "--lr inf": ["train", "--lr", "inf"],
    "--lr -1": ["train", "--lr", "-1"],
    "--hidden 0,4": ["train", "--hidden", "0,4"],
    "--hidden -3": ["train", "--hidden", "-3"],
    "--hidden too large for memory": ["train", "--hidden", "1000000,1000000", "--epochs", "1"],
    "--samples too large for memory": ["train", "--samples", "1000000000000", "--epochs", "1"],
    "--batch-size 0": ["train", "--batch-size", "0"],
    "--validation-split 1": ["train", "--validation-split", "1"],
    "--data nope": ["train", "--data", "nope"],
    "an unknown option": ["train", "--learning-rate", "0.1"],
    "--save into a missing folder": ["train", "--epochs", "1", "--save", "{tmp}/no/such/model.npz"],
    "--save onto a folder": ["train", "--epochs", "1", "--save", "{tmp}"],
    "predict NaN input": ["predict", "{model}", "--input", "nan,1"],
    "predict a ragged input": ["predict", "{model}", "--input", "1,,2"],
    "predict the wrong number of features": ["predict", "{model}", "--input", "1,2,3"],
    "train on a CSV with a NaN cell": ["train", "--csv", "{nan_csv}", "--epochs", "1"],
    "train on a CSV of one class": ["train", "--csv", "{one_class_csv}", "--epochs", "1"],
    "evaluate a random file": ["evaluate", "{random}", "--data", "moons"],
}


def _clear(error: BaseException, korean: bool) -> None:
    text = str(error)
    assert isinstance(error, CLEAR_TYPES), f"{type(error).__name__}: {text}"
    leaked = [word for word in INTERNALS if word in text]
    assert not leaked, f"an internal message leaks through ({leaked}): {text}"
    assert len(text) > 25, text
    if korean:
        assert HANGUL.search(text), f"not Korean: {text}"


def _answer(probe, *args):
    """None for a normal result, else the exception the probe raised (after checking for silent NaN)."""
    try:
        result = probe(*args)
    except Exception as error:  # noqa: BLE001 (each probe's answer is what is checked)
        return error
    values = getattr(result, "_data", result)
    if isinstance(values, np.ndarray) and values.dtype.kind == "f":
        assert np.isfinite(values).all(), "a silent NaN or infinity in the result"
    return None


MUST_FAIL_SOFTLY = {"x overflowing float32", "y as text labels", "binary labels 1 and 2", "binary labels -1 and 1",
                    "load_csv one class"}  # these may also succeed with a documented conversion or refusal


@pytest.mark.parametrize("korean", [False, True], ids=["en", "ko"])
@pytest.mark.parametrize("name", list(MODEL_PROBES) + list(ENGINE_PROBES))
def test_model_and_engine_probes(name, korean):
    probe = MODEL_PROBES.get(name) or ENGINE_PROBES[name]
    mldlab.set_language("ko" if korean else "en")
    error = _answer(probe)
    if error is None:
        assert name in MUST_FAIL_SOFTLY, f"{name}: accepted without a word"
        return
    _clear(error, korean)


@pytest.mark.parametrize("korean", [False, True], ids=["en", "ko"])
@pytest.mark.parametrize("name", list(FILE_PROBES))
def test_file_probes(name, korean, tmp_path):
    mldlab.set_language("ko" if korean else "en")
    error = _answer(FILE_PROBES[name], str(tmp_path))
    if error is None:
        assert name in MUST_FAIL_SOFTLY, f"{name}: accepted without a word"
        return
    _clear(error, korean)


@pytest.fixture(scope="module")
def cli_files(tmp_path_factory):
    from mldlab.cli import main

    folder = tmp_path_factory.mktemp("cli")
    model = str(folder / "model.npz")
    with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
        assert main(["train", "--epochs", "2", "--samples", "100", "--verbose", "0", "--save", model]) in (0, None)
    files = {"tmp": str(folder), "model": model}
    for name, text in {"nan_csv": "a,b,y\n1,2,0\n3,nan,1\n4,5,1\n2,2,0\n",
                       "one_class_csv": "a,b,y\n1,2,0\n3,4,0\n5,6,0\n7,8,0\n"}.items():
        files[name] = str(folder / f"{name}.csv")
        with open(files[name], "w", encoding="utf-8") as file:
            file.write(text)
    files["random"] = str(folder / "random.npz")
    with open(files["random"], "wb") as file:
        file.write(np.random.default_rng(2).bytes(500))
    return files


@pytest.mark.parametrize("korean", [False, True], ids=["en", "ko"])
@pytest.mark.parametrize("name", list(CLI_PROBES))
def test_cli_probes(name, korean, cli_files):
    from mldlab.cli import main

    argv = [arg.format(**cli_files) for arg in CLI_PROBES[name]] + ["--lang", "ko" if korean else "en"]
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:
            code = exit_.code
    stderr = err.getvalue()
    assert code in (1, 2), f"{name}: exit code {code}; stderr: {stderr!r}; stdout: {out.getvalue()[-300:]!r}"
    assert "Traceback" not in stderr and stderr.strip(), stderr
    leaked = [word for word in INTERNALS if word in stderr]
    assert not leaked, f"an internal message leaks through ({leaked}): {stderr}"
    if korean:
        assert HANGUL.search(stderr), f"not Korean: {stderr}"
