"""Saving and loading: ``save(obj, path)`` and ``load(path)``, safe to share between classrooms.

``torch.save`` writes Python's pickle, and ``torch.load`` of a pickle can run any code hidden in the file.
mldlab's files hold only numbers and a plain-text description, so loading one never runs code:

    save(model.state_dict(), "weights.npz")      the weights (the usual way, as in PyTorch)
    save(model, "model.npz")                     a whole model: architecture (as JSON) and weights
    save({"model": model.state_dict(),           a checkpoint, to go on training later
          "optimizer": optimizer.state_dict(), "epoch": 5}, "checkpoint.npz")

``load(path)`` gives back the same kind of thing: tensors where tensors were saved, a rebuilt model for a
model. A model of your own class (``class Net(nn.Module)``) is saved through its ``state_dict()``: build
``Net()`` in code, then ``net.load_state_dict(load("weights.npz"))``.

File format (version 1)
-----------------------
One ``.npz`` file, i.e. a zip archive as ``np.savez`` writes it, holding

* ``mldlab.json``, the description, first::

      {"format": "mldlab", "version": 1, "kind": "module", "written_by": "mldlab 0.1.0", "data": ...}

  ``kind`` is ``"module"``, ``"state_dict"``, ``"optimizer"`` (an optimizer's ``state_dict``) or ``"object"``.
* one ``<name>.npy`` per array, in NumPy's own format, named after where the array sits (``0.weight``,
  ``state/0/exp_avg``), so ``np.load("model.npz")["0.weight"]`` reads one weight directly.

``data`` mirrors the saved object. JSON numbers, strings, true/false, null and lists stand for themselves;
every JSON object is one tagged value:

==============================================  ===========================================================
``{"tensor": "0.weight"}``                      a Tensor, its array in ``0.weight.npy`` (``"requires_grad":
                                                true`` when it had it); ``{"parameter": ...}``, an
                                                nn.Parameter
``{"ndarray": "x"}``, ``{"scalar": "x"}``       a NumPy array; a NumPy scalar (a 0-d array)
``{"float": "nan"}``                            nan, inf or -inf (JSON has no numbers for them)
``{"tuple": [...]}``                            a tuple
``{"dict": {"lr": 0.1}}``                       a dict with text keys; other keys as pairs,
                                                ``{"dict": [[0, ...], [1, ...]]}``; ``{"OrderedDict": ...}``
``{"module": {"architecture": {...},``          a whole model: ``mldlab.nn.config`` description, mode,
``"training": true, "frozen": [...],``          the names of frozen parameters (``requires_grad=False``),
``"state_dict": {...}}}``                       weights
==============================================  ===========================================================

Safety and care
---------------
* Arrays are read with ``np.load(..., allow_pickle=False)`` and the description with ``json``: no pickle,
  ever. Arrays of Python objects are refused, when saving and when loading. Only the layers listed in
  ``mldlab.nn.config.LAYERS`` are ever built.
* The file is written exactly at ``path`` (no suffix is added; ``np.savez`` would add ``.npz``), first to a
  temporary file in the same folder, flushed to disk, then renamed onto ``path``: a crash leaves either the
  old file or the new one, never half a file.
* Tensors and arrays with NaN or ±inf are refused (training has probably diverged): they never reach a file
  unnoticed.
* Loading leaves the global random stream (``mldlab.manual_seed``) as it was.

Examples
--------
>>> import os, tempfile
>>> import mldlab
>>> from mldlab import nn
>>> from mldlab.io import load, save
>>> folder = tempfile.mkdtemp()
>>> path = os.path.join(folder, "model.npz")
>>> model = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1), nn.Sigmoid())
>>> save(model, path)
>>> load(path)
Sequential(
  (0): Linear(in_features=2, out_features=8, bias=True)
  (1): Tanh()
  (2): Linear(in_features=8, out_features=1, bias=True)
  (3): Sigmoid()
)
>>> save(model.state_dict(), path)
>>> list(load(path))
['0.weight', '0.bias', '2.weight', '2.bias']
>>> import numpy as np
>>> with np.load(path) as arrays:  # a plain NumPy archive: each weight by its name
...     arrays["0.bias"].shape
(8,)
>>> import shutil
>>> shutil.rmtree(folder)
"""

import contextlib
import json
import math
import os
import re
import secrets
import zipfile
from collections import OrderedDict

import numpy as np

from mldlab import _dtype
from mldlab.i18n import message
from mldlab.nn.config import _rebuild, _to_config
from mldlab.nn.module import Module
from mldlab.nn.parameter import Parameter
from mldlab.tensor import Tensor

FORMAT = "mldlab"
VERSION = 1
"""The newest format version this mldlab writes and reads."""

DESCRIPTION = "mldlab.json"
"""The name of the description inside the zip archive."""

_TAGS = ("tensor", "parameter", "ndarray", "scalar", "float", "tuple", "dict", "OrderedDict", "module")
_PYTORCH_LEGACY = b"\x80\x02\x8a\x0al\xfc\x9cF\xf9 j\xa8P\x19"  # pickle of torch.save's old magic number


def save(obj, path) -> None:
    """Write ``obj`` to the file ``path``: a model, a ``state_dict``, an optimizer's ``state_dict``, or dicts,
    lists and tuples of those, of tensors, arrays, numbers and strings.

    Parameters
    ----------
    obj : Module, dict, list, tuple, Tensor or ndarray
        A whole ``nn.Module`` is saved as its architecture (only the layers of ``mldlab.nn.config.LAYERS``;
        for your own class save ``model.state_dict()``) and its weights.
    path : str or pathlib.Path
        The file to write, used exactly as given (no suffix added; ``.npz`` is a good ending). An existing
        file is replaced only once the new one is complete.

    Raises
    ------
    ValueError
        When a tensor holds NaN or ±inf (nothing is written), or an array holds Python objects.
    TypeError
        For an object that cannot be saved without pickle (e.g. an optimizer itself: save its
        ``state_dict()``), or a model of a class outside ``LAYERS``.
    FileNotFoundError
        When the folder of ``path`` does not exist.
    """
    path = os.fsdecode(path)
    encoder = _Encoder()
    description = {
        "format": FORMAT,
        "version": VERSION,
        "kind": _kind(obj),
        "written_by": f"mldlab {_mldlab_version()}",
        "data": encoder.encode(obj, ()),
    }
    text = json.dumps(description, ensure_ascii=False, allow_nan=False, indent=1)
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise FileNotFoundError(message("io_no_folder", folder=folder, path=path, cwd=os.getcwd()))
    _write_atomically(path, lambda file: _write_archive(file, text, encoder.arrays))


def load(path):
    """Read a file written by ``save``: the same kind of object that was saved.

    Nothing in the file is ever run: arrays are read without pickle, the description is JSON, and a model is
    built only from the layers of ``mldlab.nn.config.LAYERS``.

    Parameters
    ----------
    path : str or pathlib.Path

    Returns
    -------
    object
        Tensors where tensors were saved (an ``OrderedDict`` for ``model.state_dict()``), a rebuilt model
        for a model (in the training mode it had, its frozen parameters still frozen).

    Raises
    ------
    FileNotFoundError
        When there is no such file.
    ValueError
        For a file that is not mldlab's (a PyTorch, pickle, NumPy, Keras or JSON file is recognised and the
        message says how to open it), a damaged or truncated file, or one from a newer mldlab.
    """
    path = os.fsdecode(path)
    _check_start(path)
    try:
        archive = np.load(path, allow_pickle=False)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as error:
        raise ValueError(message("io_damaged", path=path, problem=error)) from None
    with archive:
        if DESCRIPTION not in archive.zip.namelist():
            _refuse_other_zip(path, archive.zip.namelist())
        decoder = _Decoder(archive, path)
        description = decoder.description()
        try:
            return decoder.decode(description["data"])
        except RecursionError:
            decoder.damaged("the description is nested too deeply")


# ---------------------------------------------------------------------- writing
def _kind(obj) -> str:
    """What the file holds, for people and programs that read the description."""
    if isinstance(obj, Module):
        return "module"
    if isinstance(obj, dict):
        if all(isinstance(key, str) for key in obj) and all(isinstance(v, (Tensor, np.ndarray)) for v in obj.values()):
            return "state_dict"
        if set(obj) == {"state", "param_groups"}:
            return "optimizer"
    return "object"


class _Encoder:
    """Turns an object into JSON-able ``data`` and collects its arrays by member name."""

    def __init__(self):
        self.arrays = {}

    def encode(self, value, path: tuple):
        if value is None or isinstance(value, (bool, str)):
            return value
        if isinstance(value, np.generic):  # before float: np.float64 is a float
            return {"scalar": self.add_array(np.asarray(value), path)}
        if isinstance(value, int):
            return int(value)
        if isinstance(value, float):
            return float(value) if math.isfinite(value) else {"float": str(value)}
        if isinstance(value, Tensor):
            tag = "parameter" if isinstance(value, Parameter) else "tensor"
            encoded = {tag: self.add_array(value._data, path)}
            if value.requires_grad != (tag == "parameter"):
                encoded["requires_grad"] = value.requires_grad
            return encoded
        if isinstance(value, np.ndarray):
            return {"ndarray": self.add_array(value, path)}
        if isinstance(value, Module):
            return {"module": {
                "architecture": _to_config(value, "mldlab.save"),
                "training": value.training,
                "frozen": [name for name, p in value.named_parameters() if not p.requires_grad],
                "state_dict": self.encode(value.state_dict(), path),
            }}
        if isinstance(value, dict):
            tag = "OrderedDict" if isinstance(value, OrderedDict) else "dict"
            for key in value:
                if not (key is None or isinstance(key, (str, int, float))) or isinstance(key, np.generic):
                    raise TypeError(message("io_save_key", type=type(key).__name__, where=_where(path)))
            if all(isinstance(key, str) for key in value):
                return {tag: {key: self.encode(item, (*path, key)) for key, item in value.items()}}
            return {tag: [[self.encode(key, ()), self.encode(item, (*path, key))] for key, item in value.items()]}
        if isinstance(value, list):
            return [self.encode(item, (*path, i)) for i, item in enumerate(value)]
        if isinstance(value, tuple):
            return {"tuple": [self.encode(item, (*path, i)) for i, item in enumerate(value)]}
        raise TypeError(message("io_save_type", type=type(value).__name__, where=_where(path)))

    def add_array(self, array: np.ndarray, path: tuple) -> str:
        """Check ``array`` and give it a member name of its own, derived from where it sits."""
        where = _where(path)
        if array.dtype.hasobject or array.dtype.kind not in "biufc":
            raise ValueError(message("io_save_dtype", where=where, dtype=array.dtype))
        if array.dtype.kind in "fc":
            finite = np.isfinite(array)
            if not finite.all():
                bad = array[~finite]
                kinds = {"NaN": np.isnan(bad).any(), "inf": np.isposinf(bad.real).any(),
                         "-inf": np.isneginf(bad.real).any()}
                what = " / ".join(kind for kind, present in kinds.items() if present)
                raise ValueError(message("io_nonfinite", where=where, what=what, count=bad.size, total=array.size))
        parts = [re.sub(r"[^\w.\-]", "_", str(part)) for part in path]
        name = "/".join(part if part.strip(".") else "_" for part in parts) or "data"
        unique, n = name, 1
        while unique in self.arrays or unique == DESCRIPTION:
            unique, n = f"{name}~{n}", n + 1
        self.arrays[unique] = array
        return unique


def _where(path: tuple) -> str:
    return "/".join(str(part) for part in path) or "(the object itself)"


def _write_archive(file, text: str, arrays: dict) -> None:
    """The zip archive: the description first, then each array as ``<name>.npy`` (what ``np.savez`` writes).

    Every member gets the same fixed date, so saving the same thing twice gives the same bytes.
    """
    with zipfile.ZipFile(file, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr(_member(DESCRIPTION), text.encode("utf-8"))
        for name, array in arrays.items():
            with archive.open(_member(name + ".npy"), "w", force_zip64=True) as member:
                np.lib.format.write_array(member, array, allow_pickle=False)


def _member(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.external_attr = 0o644 << 16  # rw-r--r-- when unzipped
    return info


def _write_atomically(path: str, write) -> None:
    """Write through a temporary file in the same folder, flushed to disk, then renamed onto ``path``.

    ``os.replace`` swaps the name in one step, so readers see the old file or the new one, never a part.
    """
    folder, base = os.path.split(os.path.abspath(path))
    temporary = os.path.join(folder, f".{base}.{secrets.token_hex(4)}.tmp")
    # Created with mode 0o666 so that the usual umask applies, as for any new file.
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as file:
            write(file)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(temporary)
        raise
    with contextlib.suppress(OSError, AttributeError):  # make the rename itself durable (not on Windows)
        folder_descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(folder_descriptor)
        finally:
            os.close(folder_descriptor)


def _mldlab_version() -> str:
    from mldlab import __version__

    return __version__


# ---------------------------------------------------------------------- reading
def _check_start(path: str) -> None:
    """Recognise a missing file, and files of other programs, by their first bytes."""
    if os.path.isdir(path):
        raise IsADirectoryError(message("io_is_folder", path=path))
    try:
        with open(path, "rb") as file:
            start = file.read(64)
    except FileNotFoundError:
        raise FileNotFoundError(message("io_missing", path=path, cwd=os.getcwd())) from None
    if start.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return
    if not start:
        raise ValueError(message("io_empty", path=path))
    if start.startswith(_PYTORCH_LEGACY):
        raise ValueError(message("io_pytorch", path=path))
    if start[:1] == b"\x80" and start[1:2] in (b"\x02", b"\x03", b"\x04", b"\x05"):
        raise ValueError(message("io_pickle", path=path))
    if start.startswith(b"\x93NUMPY"):
        raise ValueError(message("io_npy", path=path))
    if start.startswith(b"\x89HDF\r\n\x1a\n"):
        raise ValueError(message("io_hdf5", path=path))
    if start.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] in (b"{", b"["):
        raise ValueError(message("io_json", path=path))
    raise ValueError(message("io_unknown", path=path, start=start[:8]))


def _refuse_other_zip(path: str, names: list) -> None:
    """A zip archive without our description: say whose it probably is."""
    shown = ", ".join(repr(name.removesuffix(".npy")) for name in names[:5]) + (", ..." if len(names) > 5 else "")
    if any(name.endswith("data.pkl") for name in names):
        raise ValueError(message("io_pytorch", path=path))
    if "config.json" in names and any(name.endswith(".h5") for name in names):
        raise ValueError(message("io_keras", path=path))
    if names and all(name.endswith(".npy") for name in names):
        raise ValueError(message("io_npz", path=path, names=shown))
    raise ValueError(message("io_zip_other", path=path, names=shown or "nothing"))


class _Decoder:
    """Turns ``data`` back into objects, reading each referenced array from the archive."""

    def __init__(self, archive, path: str):
        self.archive = archive
        self.path = path

    def damaged(self, problem) -> None:
        raise ValueError(message("io_damaged", path=self.path, problem=problem))

    def member(self, name: str):
        try:
            return self.archive[name]
        except KeyError:
            self.damaged(f"the member '{name}' is missing")
        except ValueError as error:
            if "allow_pickle" in str(error):
                raise ValueError(message("io_object_array", path=self.path, name=name.removesuffix(".npy"))) from None
            self.damaged(error)
        except (zipfile.BadZipFile, EOFError, OSError) as error:
            self.damaged(error)

    def description(self) -> dict:
        raw = self.member(DESCRIPTION)
        try:
            description = json.loads(raw.decode("utf-8"))
        except (AttributeError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
            self.damaged(f"{DESCRIPTION} is not valid JSON ({type(error).__name__})")
        if not isinstance(description, dict) or description.get("format") != FORMAT:
            found = description.get("format") if isinstance(description, dict) else type(description).__name__
            raise ValueError(message("io_other_format", path=self.path, format=found))
        version = description.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1 or "data" not in description:
            self.damaged(f"{DESCRIPTION} has no valid version and data")
        if version > VERSION:
            raise ValueError(message("io_newer_version", path=self.path, version=version, supported=VERSION))
        return description

    def array(self, name) -> np.ndarray:
        if not isinstance(name, str):
            self.damaged(f"an array reference is {name!r}, not a name")
        array = self.member(name + ".npy")
        if not isinstance(array, np.ndarray):
            self.damaged(f"the member '{name}.npy' is not a NumPy array")
        if array.dtype.hasobject:
            raise ValueError(message("io_object_array", path=self.path, name=name))
        return array

    def decode(self, value):
        if isinstance(value, list):
            return [self.decode(item) for item in value]
        if not isinstance(value, dict):
            return value
        tags = [key for key in value if key in _TAGS]
        if len(tags) != 1 or set(value) - {tags[0], "requires_grad"}:
            self.damaged(f"unexpected entry {json.dumps(value)[:80]}")
        tag = tags[0]
        payload = value[tag]
        if tag in ("tensor", "parameter"):
            return self.tensor(self.array(payload), tag, value.get("requires_grad", tag == "parameter"))
        if tag == "ndarray":
            return self.array(payload)
        if tag == "scalar":
            array = self.array(payload)
            if array.ndim != 0:
                self.damaged(f"the scalar '{payload}' has shape {array.shape}")
            return array[()]
        if tag == "float":
            if payload not in ("nan", "inf", "-inf"):
                self.damaged(f"unexpected float {payload!r}")
            return float(payload)
        if tag == "tuple":
            if not isinstance(payload, list):
                self.damaged("a tuple is not a list")
            return tuple(self.decode(item) for item in payload)
        if tag in ("dict", "OrderedDict"):
            return (OrderedDict if tag == "OrderedDict" else dict)(self.items(payload))
        return self.module(payload)

    def tensor(self, array: np.ndarray, tag: str, requires_grad) -> Tensor:
        if not array.dtype.isnative:
            array = array.astype(array.dtype.newbyteorder("="))
        if array.dtype not in _dtype.SUPPORTED or not isinstance(requires_grad, bool):
            self.damaged(f"a tensor of dtype {array.dtype} (requires_grad={requires_grad!r})")
        if tag == "parameter":
            return Parameter(Tensor._make(array), requires_grad=requires_grad)
        return Tensor._make(array, requires_grad=requires_grad)

    def items(self, payload) -> list:
        if isinstance(payload, dict):
            return [(key, self.decode(item)) for key, item in payload.items()]
        if not isinstance(payload, list) or not all(isinstance(pair, list) and len(pair) == 2 for pair in payload):
            self.damaged("a dict is neither an object nor a list of [key, value] pairs")
        items = [(self.decode(key), self.decode(item)) for key, item in payload]
        for key, _ in items:
            if not (key is None or isinstance(key, (str, int, float))):
                self.damaged(f"a dict key is {type(key).__name__}")
        return items

    def module(self, payload) -> Module:
        if not isinstance(payload, dict) or set(payload) != {"architecture", "training", "frozen", "state_dict"}:
            self.damaged("a module needs 'architecture', 'training', 'frozen' and 'state_dict'")
        state_dict = self.decode(payload["state_dict"])
        training, frozen = payload["training"], payload["frozen"]
        if not (isinstance(state_dict, dict) and isinstance(training, bool) and isinstance(frozen, list)):
            self.damaged("a module's state_dict, training or frozen entry has the wrong type")
        module = _rebuild(payload["architecture"], state_dict, "mldlab.load")
        parameters = dict(module.named_parameters())
        for name in frozen:
            if name not in parameters:
                self.damaged(f"the frozen parameter {name!r} is not in the model")
            parameters[name].requires_grad_(False)
        return module.train(training)
