"""``save(obj, path)``: an object as a description (JSON) and its arrays (``.npy``), in one zip archive
written atomically."""

import json
import math
import os
import re
import zipfile
from collections import OrderedDict

import numpy as np

from mldlab.i18n import message
from mldlab.io._archive import DESCRIPTION, MAX_DESCRIPTION, MAX_MEMBERS
from mldlab.io._atomic import write_atomically
from mldlab.io._description import FORMAT, MAX_DEPTH, MAX_LAYERS, VERSION, count_layers, nesting
from mldlab.nn.config import check_rebuildable
from mldlab.nn.module import Module
from mldlab.nn.parameter import Parameter
from mldlab.tensor import Tensor

_NAME_LENGTH = 200  # characters of an array's member name, before "~n" and ".npy"


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
        When a tensor holds NaN or ±inf (nothing is written), an array holds Python objects, or the object is
        larger than ``load`` reads (more than 9,999 arrays, or nested more than 64 levels deep).
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
    if len(encoder.arrays) >= MAX_MEMBERS:
        raise ValueError(message("io_save_too_many", count=len(encoder.arrays), limit=MAX_MEMBERS - 1))
    text = json.dumps(description, ensure_ascii=False, allow_nan=False, indent=1)
    depth, size = nesting(text), len(text.encode("utf-8"))
    if depth > MAX_DEPTH or size > MAX_DESCRIPTION:
        raise ValueError(message("io_save_description", depth=depth, size=size, max_depth=MAX_DEPTH,
                                 max_size=MAX_DESCRIPTION))
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise FileNotFoundError(message("io_no_folder", folder=folder, path=path, cwd=os.getcwd()))
    write_atomically(path, lambda file: _write_archive(file, text, encoder.arrays))


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
        self.suffixes = {}  # name → the next "~n" to try, so that naming n arrays alike takes n steps, not n²

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
            architecture = check_rebuildable(value, "mldlab.save")
            if count_layers(architecture) > MAX_LAYERS:
                raise ValueError(message("io_save_layers", count=count_layers(architecture), limit=MAX_LAYERS))
            return {"module": {
                "architecture": architecture,
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
        if array.dtype.hasobject or array.dtype.kind not in "biufc" or array.dtype.names is not None:
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
        name = "/".join(part if part.strip(".") else "_" for part in parts)[:_NAME_LENGTH] or "data"
        unique = name
        while unique in self.arrays or unique == DESCRIPTION:
            n = self.suffixes.get(name, 1)
            unique, self.suffixes[name] = f"{name}~{n}", n + 1
        self.arrays[unique] = array
        return unique


def _where(path: tuple) -> str:
    return "/".join(str(part) for part in path) or message("io_where_itself")


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


def _mldlab_version() -> str:
    from mldlab import __version__

    return __version__
