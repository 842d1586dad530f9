"""``save`` / ``load``: exact round trips, atomic writes, refusals (NaN, pickle), a clear message for every bad file.

Also the architecture as data (``mldlab.nn.config``), which ``save`` writes and ``load`` rebuilds from.
"""

import copy
import io
import json
import math
import os
import pickle
import string
import zipfile
from collections import OrderedDict

import numpy as np
import pytest

import mldlab
from mldlab import nn, optim
from mldlab.i18n import io as io_messages
from mldlab.io import load, save
from mldlab.nn.config import LAYERS, module_from_config, module_to_config
from mldlab.nn.parameter import Parameter
from mldlab.tensor import Tensor


def assert_same(a, b, where="obj"):
    """``a`` and ``b`` equal to the bit: same types, dtypes, shapes, bytes, key order and requires_grad."""
    assert type(a) is type(b), f"{where}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, Tensor):
        assert a.requires_grad == b.requires_grad, where
        a, b = a._data, b._data
    if isinstance(a, (np.ndarray, np.generic)):
        assert (a.dtype, a.shape) == (b.dtype, b.shape), where
        assert np.asarray(a).tobytes() == np.asarray(b).tobytes(), where
    elif isinstance(a, dict):
        assert list(a) == list(b), where
        for key in a:
            assert_same(a[key], b[key], f"{where}[{key!r}]")
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b)):
            assert_same(x, y, f"{where}[{i}]")
    elif isinstance(a, float) and math.isnan(a):
        assert math.isnan(b), where
    else:
        assert a == b and str(a) == str(b), where  # str: keeps -0.0 apart from 0.0


def mixed_model():
    """Every layer the architecture can describe, nested, with its own names, float32 and float64."""
    return nn.Sequential(OrderedDict([
        ("flat", nn.Flatten()),
        ("hidden", nn.Sequential(nn.Linear(6, 5), nn.LeakyReLU(0.1), nn.Dropout(0.25), nn.Identity())),
        ("mid", nn.Linear(5, 4, bias=False)),
        ("g", nn.Tanh()),
        ("r", nn.ReLU()),
        ("s", nn.Sigmoid()),
        ("out", nn.Linear(4, 3)),
        ("p", nn.Softmax(dim=1)),
        ("log", nn.LogSoftmax(dim=-1)),
    ]))


MODELS = {
    "slides": lambda: nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1), nn.Sigmoid()),
    "mixed": mixed_model,
    "float64": lambda: nn.Sequential(nn.Linear(6, 3, dtype=mldlab.float64), nn.ReLU(),
                                     nn.Linear(3, 2, dtype=mldlab.float64)),
    "bare_linear": lambda: nn.Linear(6, 2, bias=False),
}
INPUT_SHAPES = {"slides": (5, 2), "mixed": (5, 2, 3), "float64": (5, 6), "bare_linear": (5, 6)}


def test_state_dict_round_trip_is_exact(tmp_path):
    model = MODELS["mixed"]()
    state_dict = model.state_dict()
    save(state_dict, tmp_path / "weights.npz")  # a pathlib.Path
    loaded = load(str(tmp_path / "weights.npz"))  # a str
    assert isinstance(loaded, OrderedDict)
    assert list(loaded) == ["hidden.0.weight", "hidden.0.bias", "mid.weight", "out.weight", "out.bias"]
    assert_same(state_dict, loaded)
    assert not np.shares_memory(loaded["mid.weight"]._data, model.mid.weight._data)
    fresh = MODELS["mixed"]()
    fresh.load_state_dict(loaded)
    x = mldlab.randn(4, 2, 3)
    assert_same(fresh.eval()(x), model.eval()(x))


def test_arrays_of_every_dtype_round_trip(tmp_path):
    state = {
        f"{dtype}": np.arange(6).reshape(2, 3).astype(dtype)
        for dtype in ("float16", "float32", "float64", "int8", "int16", "int32", "int64", "uint8", "bool")
    }
    state["fortran"] = np.asfortranarray(np.arange(6.0).reshape(2, 3))
    state["view"] = np.arange(10.0)[::3]
    state["negative_zero"] = np.array([-0.0, 0.0, 1e-310])
    save(state, tmp_path / "arrays.npz")
    assert_same(state, load(tmp_path / "arrays.npz"))
    tensors = {key: mldlab.tensor(value) for key, value in state.items()}
    save(tensors, tmp_path / "tensors.npz")
    assert_same(tensors, load(tmp_path / "tensors.npz"))


@pytest.mark.parametrize("name", MODELS)
@pytest.mark.parametrize("training", [True, False])
def test_whole_model_round_trip(tmp_path, name, training):
    model = MODELS[name]().train(training)
    save(model, tmp_path / "model.npz")
    loaded = load(tmp_path / "model.npz")
    assert type(loaded) is type(model) and repr(loaded) == repr(model)
    assert [m.training for m in loaded.modules()] == [training] * len(list(model.modules()))
    assert_same(model.state_dict(), loaded.state_dict())
    x = mldlab.randn(*INPUT_SHAPES[name], dtype=next(model.parameters()).dtype)
    assert_same(loaded.eval()(x), model.eval()(x))


def test_frozen_parameters_stay_frozen(tmp_path):
    model = MODELS["slides"]()
    model[0].requires_grad_(False)
    save(model, tmp_path / "model.npz")
    loaded = load(tmp_path / "model.npz")
    assert [(name, p.requires_grad) for name, p in loaded.named_parameters()] == [
        ("0.weight", False), ("0.bias", False), ("2.weight", True), ("2.bias", True)]


def test_loading_a_model_leaves_the_random_stream_alone(tmp_path):
    save(MODELS["mixed"](), tmp_path / "model.npz")
    mldlab.manual_seed(7)
    expected = mldlab.rand(5)
    mldlab.manual_seed(7)
    load(tmp_path / "model.npz")
    assert_same(mldlab.rand(5), expected)


def _train(model, optimizer, steps, start):
    loss_fn = nn.MSELoss()
    for step in range(start, start + steps):
        x = mldlab.tensor(np.sin(np.arange(24.0) + step).reshape(4, 6).astype(np.float32))
        y = mldlab.tensor(np.cos(np.arange(4.0) + step).reshape(4, 1).astype(np.float32))
        optimizer.zero_grad()
        loss_fn(model(x), y).backward()
        optimizer.step()


@pytest.mark.parametrize("make_optimizer", [
    lambda params: optim.SGD(params, lr=0.05, momentum=0.9, nesterov=True),
    lambda params: optim.Adam(params, lr=0.01, betas=(0.8, 0.99), amsgrad=True),
    lambda params: optim.RMSprop(params, lr=0.01, momentum=0.5, centered=True),
    lambda params: optim.Adagrad(params, lr=0.1),
], ids=["sgd", "adam", "rmsprop", "adagrad"])
def test_checkpoint_resumes_exactly_like_an_uninterrupted_run(tmp_path, make_optimizer):
    def make():
        model = nn.Sequential(nn.Linear(6, 5), nn.Tanh(), nn.Linear(5, 1))
        return model, make_optimizer(model.parameters())

    mldlab.manual_seed(1)
    model, optimizer = make()
    _train(model, optimizer, 3, start=0)
    checkpoint = {"model": model.state_dict(), "optimizer": optimizer.state_dict(), "epoch": 3}
    save(checkpoint, tmp_path / "checkpoint.npz")
    snapshot = copy.deepcopy(checkpoint)  # state_dict() hands out the optimizer's own state, which goes on
    _train(model, optimizer, 4, start=3)

    mldlab.manual_seed(2)  # other starting weights, overwritten by the checkpoint
    resumed, resumed_optimizer = make()
    loaded = load(tmp_path / "checkpoint.npz")
    assert loaded["epoch"] == 3
    assert_same(loaded["optimizer"], snapshot["optimizer"])  # param_groups, int keys, tuples, steps
    resumed.load_state_dict(loaded["model"])
    resumed_optimizer.load_state_dict(loaded["optimizer"])
    _train(resumed, resumed_optimizer, 4, start=3)
    assert_same(resumed.state_dict(), model.state_dict())


def test_nested_structures_round_trip(tmp_path):
    weight = Parameter(mldlab.randn(2, 2))
    obj = {
        "numbers": [0, -3, 2**70, 0.1, -0.0, 1e-320, float("nan"), float("inf"), float("-inf")],
        "plain": [None, True, False, "텍스트 text", "", []],
        "tuple": (1, (2.5, "a"), ()),
        "numpy": [np.float32(0.5), np.int64(-4), np.bool_(True), np.arange(3, dtype=np.uint8)],
        "tensors": [mldlab.tensor([1.0, 2.0], requires_grad=True), mldlab.tensor([1, 2]), weight],
        "frozen": Parameter(mldlab.zeros(3), requires_grad=False),
        "keys": {0: "zero", 1.5: "one and a half", None: "none", True: "true", "0": "text zero"},
        "ordered": OrderedDict([("b", 1), ("a", 2)]),
        "empty": {},
        "tricky/names": {"..": mldlab.ones(1), "": mldlab.ones(2), "mldlab.json": mldlab.ones(3), "a b": 1},
    }
    save(obj, tmp_path / "nested.npz")
    loaded = load(tmp_path / "nested.npz")
    assert_same(obj, loaded)
    assert isinstance(loaded["tensors"][2], Parameter) and loaded["tensors"][2].requires_grad
    assert not loaded["frozen"].requires_grad
    for value in (None, 3, "text", [1, 2], (1,), mldlab.tensor(2.5), np.zeros((0, 3))):
        save(value, tmp_path / "single.npz")
        assert_same(value, load(tmp_path / "single.npz"))


def test_a_model_inside_a_structure(tmp_path):
    model = MODELS["slides"]().eval()
    save({"model": model, "history": {"loss": [0.7, 0.3]}}, tmp_path / "run.npz")
    loaded = load(tmp_path / "run.npz")
    assert repr(loaded["model"]) == repr(model) and not loaded["model"].training
    assert_same(loaded["model"].state_dict(), model.state_dict())
    assert loaded["history"] == {"loss": [0.7, 0.3]}


def test_the_file_is_an_npz_with_a_json_description(tmp_path):
    model = MODELS["slides"]()
    path = tmp_path / "model.npz"
    save(model, path)
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist() == ["mldlab.json", "0.weight.npy", "0.bias.npy", "2.weight.npy", "2.bias.npy"]
        description = json.loads(archive.read("mldlab.json"))
    assert (description["format"], description["version"], description["kind"]) == ("mldlab", 1, "module")
    architecture = description["data"]["module"]["architecture"]
    assert [child["class"] for child in architecture["children"]] == ["Linear", "Tanh", "Linear", "Sigmoid"]
    with np.load(path, allow_pickle=False) as arrays:  # plain NumPy reads the weights
        np.testing.assert_array_equal(arrays["2.weight"], model[2].weight.detach().numpy())
    kinds = {"state_dict": model.state_dict(), "optimizer": optim.SGD(model.parameters(), lr=0.1).state_dict(),
             "object": [1, 2]}
    for kind, obj in kinds.items():
        save(obj, path)
        with zipfile.ZipFile(path) as archive:
            assert json.loads(archive.read("mldlab.json"))["kind"] == kind


def test_saving_twice_gives_the_same_bytes_and_no_suffix_is_added(tmp_path):
    model = MODELS["mixed"]()
    save(model, tmp_path / "first")
    save(model, tmp_path / "second")
    assert sorted(os.listdir(tmp_path)) == ["first", "second"]
    assert (tmp_path / "first").read_bytes() == (tmp_path / "second").read_bytes()


def _fail_mid_write(monkeypatch, exception):
    real = np.lib.format.write_array
    calls = []

    def write_array(file, array, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            file.write(b"\x93NUMPY half an array")
            raise exception
        return real(file, array, **kwargs)

    monkeypatch.setattr(np.lib.format, "write_array", write_array)


@pytest.mark.parametrize("failure", ["write", "interrupt", "fsync", "replace"])
@pytest.mark.parametrize("existing", [True, False])
def test_a_failed_save_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch, failure, existing):
    path = tmp_path / "model.npz"
    if existing:
        save(MODELS["slides"](), path)
        old = path.read_bytes()
    if failure == "write":
        _fail_mid_write(monkeypatch, OSError("No space left on device"))
    elif failure == "interrupt":
        _fail_mid_write(monkeypatch, KeyboardInterrupt())
    else:
        def fail(*args):
            raise OSError(f"{failure} failed")

        monkeypatch.setattr(os, failure, fail)
    with pytest.raises((OSError, KeyboardInterrupt)):
        save(MODELS["mixed"](), path)
    monkeypatch.undo()
    if existing:
        assert os.listdir(tmp_path) == ["model.npz"]
        assert path.read_bytes() == old
        assert repr(load(path)) == repr(MODELS["slides"]())
    else:
        assert os.listdir(tmp_path) == []


def test_saving_into_a_missing_folder(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist.*os.makedirs"):
        save({"w": mldlab.ones(1)}, tmp_path / "no_such_folder" / "model.npz")


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_weights_with_nan_or_inf_are_refused(tmp_path, bad):
    model = MODELS["slides"]()
    path = tmp_path / "model.npz"
    save(model, path)
    old = path.read_bytes()
    with mldlab.no_grad():
        model[2].weight[0, 3] = bad
    label = {"nan": "NaN", "inf": "inf", "-inf": "-inf"}[str(bad)]
    for obj in (model, model.state_dict(), {"checkpoint": [model.state_dict()]}):
        with pytest.raises(ValueError, match=rf"'(checkpoint/0/)?2\.weight' contains {label} \(1 of 8 values\).*"
                                             r"nothing was saved.*learning rate"):
            save(obj, path)
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="텐서 '2.weight'.*발산.*학습률"):
        save(model, path)
    assert path.read_bytes() == old and os.listdir(tmp_path) == ["model.npz"]


def test_optimizer_state_with_nan_is_refused(tmp_path):
    w = mldlab.tensor([1.0, 2.0], requires_grad=True)
    optimizer = optim.Adam([w])
    (w * float("nan")).sum().backward()
    optimizer.step()
    with pytest.raises(ValueError, match="'state/0/exp_avg' contains NaN"):
        save(optimizer.state_dict(), tmp_path / "optimizer.npz")


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)

    def forward(self, x):
        return self.fc(x)


def test_objects_that_need_pickle_are_refused(tmp_path):
    path = tmp_path / "x.npz"
    model = Net()
    with pytest.raises(TypeError, match=r"layer Net as data.*mldlab\.save\(model\.state_dict\(\)"):
        save(model, path)
    with pytest.raises(TypeError, match=r"layer 'block\.0' \(Net\)"):
        save(nn.Sequential(OrderedDict(block=nn.Sequential(Net()))), path)
    save(model.state_dict(), path)  # the way to save one's own class
    fresh = Net()
    fresh.load_state_dict(load(path))
    assert_same(fresh.state_dict(), model.state_dict())
    with pytest.raises(TypeError, match=r"cannot save Adam.*optimizer\.state_dict\(\)"):
        save({"optimizer": optim.Adam(model.parameters())}, path)
    with pytest.raises(TypeError, match=r"cannot save function \(at 0/1\)"):
        save([[1, lambda x: x]], path)
    with pytest.raises(TypeError, match="dict key must be.*got tuple"):
        save({(1, 2): 3}, path)
    with pytest.raises(ValueError, match="dtype object, which cannot be saved without pickle"):
        save({"x": np.array([1, "a"], dtype=object)}, path)
    with pytest.raises(ValueError, match="dtype <U1"):
        save({"x": np.array(["a"])}, path)
    assert os.listdir(tmp_path) == ["x.npz"]


def test_a_modified_listed_layer_is_refused(tmp_path):
    layer = nn.Linear(2, 3)
    layer.register_buffer("scale", mldlab.ones(1))
    with pytest.raises(TypeError, match="holds 'scale'"):
        save(layer, tmp_path / "x.npz")
    layer = nn.Linear(2, 3)
    layer.weight = Parameter(mldlab.zeros(4, 2))
    with pytest.raises(TypeError, match=r"holds .weight. as \(4, 2\) float32.*would hold \(3, 2\)"):
        save(layer, tmp_path / "x.npz")


def _rewrite(path, change=None, extra=None, drop=()):
    """Rewrite the zip at ``path`` with its description changed by ``change`` and members added or dropped."""
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist() if name not in drop}
    description = json.loads(members["mldlab.json"])
    if change is not None:
        change(description)
    members["mldlab.json"] = json.dumps(description).encode()
    members.update(extra or {})
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def _truncated(path):
    save(MODELS["mixed"](), path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _torch_file(path, torch, legacy=False):
    torch.save(torch.nn.Linear(2, 1).state_dict(), path, _use_new_zipfile_serialization=not legacy)


def _set(key, value):
    def change(description):
        description[key] = value

    return change


def _unknown_layer(description):
    description["data"]["module"]["architecture"]["children"][1]["class"] = "Conv3d"


BAD_FILES = {
    "missing": (lambda path: None, FileNotFoundError, "there is no file", "파일 .* 없습니다"),
    "folder": (lambda path: path.mkdir(), IsADirectoryError, "is a folder", "폴더입니다"),
    "empty": (lambda path: path.write_bytes(b""), ValueError, r"is empty \(0 bytes\)", "비어 있습니다"),
    "truncated": (_truncated, ValueError, r"damaged, incomplete .*zip directory cannot be read", "손상"),
    "random_bytes": (lambda path: path.write_bytes(np.random.default_rng(0).bytes(300)), ValueError,
                     "is not an mldlab file", "mldlab 파일이 아닙니다"),
    "plain_npz": (lambda path: np.savez(path, w=np.ones(2), b=np.zeros(1)), ValueError,
                  r"plain NumPy \.npz file \(np\.savez\).*'w', 'b'.*np\.load", "보통 NumPy .npz 파일"),
    "npy": (lambda path: path.write_bytes(_npy_bytes(np.ones(2))), ValueError, "single NumPy array file",
            "NumPy 배열 하나"),
    "json": (lambda path: path.write_text('  {"class": "Linear"}'), ValueError, "is a JSON text file",
             "JSON 텍스트 파일"),
    "pickle": (lambda path: path.write_bytes(pickle.dumps({"w": [1.0]})), ValueError,
               "Python pickle file.*can run any code", "pickle 파일"),
    "hdf5": (lambda path: path.write_bytes(b"\x89HDF\r\n\x1a\n" + bytes(100)), ValueError, "HDF5 file",
             "HDF5 파일"),
    "keras": (lambda path: _zip(path, ["metadata.json", "config.json", "model.weights.h5"]), ValueError,
              "Keras model file.*keras.saving.load_model", "Keras 모델 파일"),
    "other_zip": (lambda path: _zip(path, ["notes.txt"]), ValueError, "zip file but not an mldlab file.*notes.txt",
                  "zip 파일이지만"),
    "other_format": (lambda path: _zip(path, ["mldlab.json"], b'{"format": "else"}'), ValueError,
                     r"another format \('else'\)", "다른 형식"),
    "bad_json": (lambda path: _zip(path, ["mldlab.json"], b'{"format": "mld'), ValueError,
                 "damaged.*not valid JSON", "손상"),
    "newer_version": (lambda path: (save([1], path), _rewrite(path, _set("version", 99))), ValueError,
                      "format version 99, but this mldlab reads versions up to 1.*pip install -U mldlab",
                      "형식 버전은 99.*업그레이드"),
    "unknown_layer": (lambda path: (save(MODELS["slides"](), path), _rewrite(path, _unknown_layer)), ValueError,
                      r"names a layer '1' \('Conv3d'\) that mldlab cannot build.*Linear.*Sequential",
                      "만들 수 없는 층"),
    "missing_array": (lambda path: (save(MODELS["slides"](), path), _rewrite(path, drop=["2.bias.npy"])),
                      ValueError, "damaged.*the array '2.bias' that the description names is missing", "손상"),
    "bad_tag": (lambda path: (save([1], path), _rewrite(path, _set("data", {"code": "os.system"}))), ValueError,
                "damaged.*unexpected entry", "손상"),
    "bad_arguments": (lambda path: (save(nn.Dropout(0.2), path),
                                    _rewrite(path, lambda d: d["data"]["module"]["architecture"]["args"].update(p=2))),
                      ValueError, "p .the probability.* between 0 and 1, got 2", "0과 1 사이여야"),
}


def _npy_bytes(array):
    buffer = io.BytesIO()
    np.save(buffer, array)
    return buffer.getvalue()


def _zip(path, names, data=b"{}"):
    with zipfile.ZipFile(path, "w") as archive:
        for name in names:
            archive.writestr(name, data)


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("case", BAD_FILES)
def test_bad_files_give_a_clear_message(tmp_path, case, language):
    make, error, english, korean = BAD_FILES[case]
    path = tmp_path / "model.npz"
    make(path)
    mldlab.set_language(language)
    with pytest.raises(error, match=english if language == "en" else korean) as info:
        load(path)
    assert str(path) in str(info.value) or case in ("unknown_layer", "bad_arguments")


@pytest.mark.parametrize("legacy", [False, True])
def test_a_pytorch_file_says_how_to_open_it(tmp_path, torch, legacy):
    path = tmp_path / "model.pt"
    _torch_file(path, torch, legacy)
    with pytest.raises(ValueError, match=r"PyTorch file.*torch\.load.*mldlab\.interop\.from_torch"):
        load(path)
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="PyTorch 파일"):
        load(path)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_shape_mismatch_after_loading_is_reported_by_load_state_dict(tmp_path, language):
    save(nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1)).state_dict(), tmp_path / "weights.npz")
    other = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 1))
    before = OrderedDict((key, value.clone()) for key, value in other.state_dict().items())
    mldlab.set_language(language)
    expected = (r"shape mismatch for '0.weight': the state_dict has shape \(8, 2\), the model has shape \(8, 3\)"
                if language == "en" else r"'0.weight'의 모양이 다릅니다")
    with pytest.raises(RuntimeError, match=expected):
        other.load_state_dict(load(tmp_path / "weights.npz"))
    assert_same(other.state_dict(), before)


UNPICKLED = []


def _record(text):
    UNPICKLED.append(text)


class Trap:
    """Unpickling this object records it: the proof that a loader ran code from the file."""

    def __reduce__(self):
        return (_record, ("code ran",))


def test_loading_never_unpickles(tmp_path, monkeypatch):
    UNPICKLED.clear()
    path = tmp_path / "evil.npz"
    save([np.zeros(1)], path)  # an array member '0', referenced as {"ndarray": "0"}
    np.savez(tmp_path / "objects.npz", **{"0": np.array([Trap()], dtype=object)})
    with zipfile.ZipFile(tmp_path / "objects.npz") as archive:
        object_array = archive.read("0.npy")
    _rewrite(path, extra={"0.npy": object_array})
    with pytest.raises(ValueError, match="array '0' of Python objects.*Refused.*can run any code"):
        load(path)
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="파이썬 객체 배열 '0'"):
        load(path)
    _rewrite(path, extra={"0.npy": pickle.dumps(Trap())})  # a raw pickle instead of an array
    with pytest.raises(ValueError, match="손상"):
        load(path)
    path.write_bytes(pickle.dumps(Trap()))  # the whole file a pickle
    with pytest.raises(ValueError, match="pickle"):
        load(path)
    assert UNPICKLED == []
    assert pickle.loads(pickle.dumps(Trap())) is None and UNPICKLED == ["code ran"]  # the trap works


def test_good_files_load_with_pickle_switched_off(tmp_path, monkeypatch):
    model = MODELS["mixed"]()
    optimizer = optim.Adam(model.parameters())
    save({"model": model, "optimizer": optimizer.state_dict(), "nested": [(1, {2: None})]}, tmp_path / "run.npz")

    def refuse(*args, **kwargs):
        raise AssertionError("pickle was used")

    for name in ("load", "loads", "Unpickler"):
        monkeypatch.setattr(pickle, name, refuse)
    loaded = load(tmp_path / "run.npz")
    assert repr(loaded["model"]) == repr(model)


def test_config_round_trip_and_json():
    model = MODELS["mixed"]()
    config = module_to_config(model)
    assert json.loads(json.dumps(config)) == config
    assert config["children"][1] == {"name": "hidden", "class": "Sequential", "args": {}, "children": [
        {"name": "0", "class": "Linear", "args": {"in_features": 6, "out_features": 5, "bias": True,
                                                  "dtype": "float32"}},
        {"name": "1", "class": "LeakyReLU", "args": {"negative_slope": 0.1, "inplace": False}},
        {"name": "2", "class": "Dropout", "args": {"p": 0.25, "inplace": False}},
        {"name": "3", "class": "Identity", "args": {}}]}
    rebuilt = module_from_config(config)
    assert repr(rebuilt) == repr(model) and module_to_config(rebuilt) == config
    assert set(LAYERS) >= {"Sequential", "Linear", "Identity", "Flatten", "Sigmoid", "Tanh", "ReLU", "LeakyReLU",
                           "Softmax", "LogSoftmax", "Dropout"}
    assert all(issubclass(cls, nn.Module) and cls.__module__.startswith("mldlab.") for cls in LAYERS.values())
    assert module_to_config(nn.Dropout(np.float64(0.5)))["args"]["p"] == 0.5


LINEAR = {"class": "Linear", "args": {"in_features": 2, "out_features": 3}}


@pytest.mark.parametrize(("config", "pattern"), [
    ({"class": "Module", "args": {}}, "layer 'Module' that mldlab cannot build"),
    ({"class": "os.system", "args": {}}, "layer 'os.system' that mldlab cannot build"),
    ({"class": "__import__"}, "layer '__import__' that mldlab cannot build"),
    ({"class": "Sequential", "children": [{"name": "0", "class": "eval"}]}, r"layer '0' \('eval'\)"),
    ([LINEAR], r"at the top: expected a JSON object \{...\}, got list"),
    ({"class": 3}, "'class' must be one of .*Sequential.*Linear"),
    ({**LINEAR, "code": "x"}, "unexpected entry 'code'"),
    ({"class": "Linear", "args": {"in_features": 2}}, "the entry 'out_features' is missing"),
    ({"class": "Linear", "args": {"in_features": True, "out_features": 3}}, "in_features must be a whole number"),
    ({"class": "Linear", "args": {"in_features": -1, "out_features": 3}}, "in_features must be >= 0, got -1"),
    ({"class": "Linear", "args": {**LINEAR["args"], "dtype": "object"}}, "dtype must be one of float16, float32"),
    ({"class": "Linear", "args": {**LINEAR["args"], "device": "cuda"}}, "unexpected entry 'device'"),
    ({"class": "ReLU", "args": {"inplace": "yes"}}, "inplace must be True or False"),
    ({"class": "LeakyReLU", "args": {"negative_slope": float("nan")}}, "negative_slope must be a finite number"),
    ({"class": "Softmax", "args": {"dim": 1.0}}, "dim must be a whole number"),
    ({"class": "Flatten", "args": {"start_dim": "1"}}, "start_dim must be a whole number"),
    ({"class": "Tanh", "args": []}, "at 'args': expected a JSON object"),
    ({"class": "Sequential", "children": {}}, "'children' must be a list"),
    ({"class": "Sequential", "children": [{**LINEAR, "name": "a.b"}]}, "layer name must be"),
    ({"class": "Sequential", "children": [{**LINEAR, "name": "a"}, {**LINEAR, "name": "a"}]}, "layer name must be"),
    ({"class": "Sequential", "children": [LINEAR]}, "layer name must be"),
    ({"class": "Sequential", "children": [{"name": "a", "class": "Sequential", "children": [{"name": "b"}]}]},
     r"at 'a\.b': '\w+' must be one of"),
    ({**LINEAR, "children": []}, "unexpected entry 'children'"),
])
def test_invalid_descriptions_are_refused(config, pattern):
    with pytest.raises(ValueError, match="module_from_config: .*" + pattern):
        module_from_config(config)


def test_messages_have_the_same_placeholders_in_both_languages():
    for key, texts in io_messages.MESSAGES.items():
        fields = [{name for _, name, _, _ in string.Formatter().parse(texts[language]) if name}
                  for language in ("en", "ko")]
        assert fields[0] == fields[1], key
