"""``load(path)``: a file written by ``save``, read back after every field is checked (the file may come from
anyone: see ``mldlab.io._archive`` for the archive, ``mldlab.io._description`` for the description)."""

import json
import os
from collections import OrderedDict

from mldlab import _dtype
from mldlab.device import is_device
from mldlab.i18n import message
from mldlab.io._archive import DESCRIPTION, Archive, damaged
from mldlab.io._atomic import remove_stale_temporaries
from mldlab.io._description import MAX_LAYERS, count_layers, parse
from mldlab.io._recognise import check_start, refuse_other_zip
from mldlab.nn.config import rebuild
from mldlab.nn.module import Module
from mldlab.nn.parameter import Parameter, weight_budget
from mldlab.tensor import Tensor

MAX_BYTES = 1_000_000_000
"""The default limit of ``load`` on the arrays of one file (1 GB)."""

_TAGS = ("tensor", "parameter", "ndarray", "scalar", "float", "tuple", "dict", "OrderedDict", "module")


def load(path, map_location=None, pickle_module=None, *, weights_only=None, mmap=None, max_bytes: int = MAX_BYTES):
    """Read a file written by ``save``: the same kind of object that was saved.

    Nothing in the file is ever run: arrays are read without pickle, the description is JSON, and a model is
    built only from the layers of ``mldlab.nn.config.LAYERS``. Every size the file declares is checked against
    the file's own size and ``max_bytes`` before memory is taken, so a damaged or hostile file is refused in a
    moment with a clear message.

    Parameters
    ----------
    path : str or pathlib.Path
    map_location, pickle_module, weights_only, mmap
        PyTorch's ``torch.load`` arguments, in its order, accepted so that PyTorch code runs unchanged: mldlab
        computes on the CPU (a ``'cuda'`` or ``'mps'`` location is a clear error), and its files never hold code,
        so there is nothing to unpickle (as with ``weights_only=True``) and nothing to map into memory.
    max_bytes : int, default 1_000_000_000
        The most bytes of arrays the file may hold (1 GB); raise it for a larger file you trust.

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
        message says how to open it), a damaged, truncated or edited file, arrays with NaN or ±inf, a file
        larger than ``max_bytes``, or one from a newer mldlab.
    """
    if not isinstance(max_bytes, int) or isinstance(max_bytes, bool) or max_bytes < 0:
        raise ValueError(message("io_max_bytes", value=max_bytes))
    if isinstance(map_location, str) or hasattr(map_location, "type"):
        is_device(map_location)
    path = os.fsdecode(path)
    check_start(path)
    remove_stale_temporaries(path)
    with Archive(path) as archive:
        if DESCRIPTION not in archive.names:
            refuse_other_zip(path, archive.names)
        archive.check(max_bytes)
        description = parse(archive.description(), path)
        return _Decoder(archive, path).decode(description["data"])


class _Decoder:
    """Turns ``data`` back into objects, reading each referenced array from the archive once."""

    def __init__(self, archive: Archive, path: str):
        self.archive = archive
        self.path = path

    def damaged(self, key_message: str) -> ValueError:
        return damaged(self.path, key_message)

    def array(self, name):
        if not isinstance(name, str):
            raise self.damaged(message("io_problem_reference", got=_shown(name)))
        return self.archive.array(name)

    def decode(self, value):
        if isinstance(value, list):
            return [self.decode(item) for item in value]
        if not isinstance(value, dict):
            return value
        tags = [key for key in value if key in _TAGS]
        if len(tags) != 1 or set(value) - {tags[0], "requires_grad"}:
            raise self.damaged(message("io_problem_entry", entry=_shown(value)))
        tag = tags[0]
        payload = value[tag]
        if tag in ("tensor", "parameter"):
            return self.tensor(payload, tag, value.get("requires_grad", tag == "parameter"))
        if "requires_grad" in value:
            raise self.damaged(message("io_problem_entry", entry=_shown(value)))
        if tag == "ndarray":
            return self.array(payload)
        if tag == "scalar":
            array = self.array(payload)
            if array.ndim != 0:
                raise self.damaged(message("io_problem_scalar", name=payload, shape=array.shape))
            return array[()]
        if tag == "float":
            if payload not in ("nan", "inf", "-inf"):
                raise self.damaged(message("io_problem_float", got=_shown(payload)))
            return float(payload)
        if tag == "tuple":
            if not isinstance(payload, list):
                raise self.damaged(message("io_problem_tuple", got=_shown(payload)))
            return tuple(self.decode(item) for item in payload)
        if tag in ("dict", "OrderedDict"):
            return (OrderedDict if tag == "OrderedDict" else dict)(self.items(payload))
        return self.module(payload)

    def tensor(self, name, tag: str, requires_grad) -> Tensor:
        if not isinstance(requires_grad, bool):
            raise self.damaged(message("io_problem_requires_grad", got=_shown(requires_grad)))
        array = self.array(name)
        if not array.dtype.isnative:
            array = array.astype(array.dtype.newbyteorder("="))
        if array.dtype not in _dtype.SUPPORTED:
            raise self.damaged(message("io_problem_tensor_dtype", name=name, dtype=array.dtype,
                                       supported=", ".join(str(dtype) for dtype in _dtype.SUPPORTED)))
        if tag == "parameter":
            return Parameter(Tensor._make(array), requires_grad=requires_grad)
        return Tensor._make(array, requires_grad=requires_grad)

    def items(self, payload) -> list:
        if isinstance(payload, dict):
            return [(key, self.decode(item)) for key, item in payload.items()]
        if not isinstance(payload, list) or not all(isinstance(pair, list) and len(pair) == 2 for pair in payload):
            raise self.damaged(message("io_problem_dict", got=_shown(payload)))
        items = [(self.decode(key), self.decode(item)) for key, item in payload]
        for key, _ in items:
            if not (key is None or isinstance(key, (str, int, float))):
                raise self.damaged(message("io_problem_dict_key", type=type(key).__name__))
        return items

    def module(self, payload) -> Module:
        """A whole model: its weights read first, then the layers built within a budget of the file's arrays."""
        if not isinstance(payload, dict) or set(payload) != {"architecture", "training", "frozen", "state_dict"}:
            raise self.damaged(message("io_problem_module", got=_shown(payload)))
        training, frozen = payload["training"], payload["frozen"]
        if not (isinstance(training, bool) and isinstance(frozen, list) and all(isinstance(n, str) for n in frozen)):
            raise self.damaged(message("io_problem_module_entries"))
        layers = count_layers(payload["architecture"])
        if layers > MAX_LAYERS:
            raise self.damaged(message("io_problem_layers", count=layers, limit=MAX_LAYERS))
        state_dict = self.decode(payload["state_dict"])
        if not (isinstance(state_dict, dict) and all(isinstance(v, Tensor) for v in state_dict.values())):
            raise self.damaged(message("io_problem_module_entries"))
        # A description may claim layers of any size: building may allocate no more than the file's arrays.
        with weight_budget(self.archive.array_bytes):
            try:
                module = rebuild(payload["architecture"], state_dict, f"mldlab.load('{self.path}')")
            except RuntimeError as error:  # load_state_dict: weights that do not fit the layers
                raise ValueError(message("io_weights_differ", path=self.path, problems=error)) from None
        parameters = dict(module.named_parameters())
        for name in frozen:
            if name not in parameters:
                raise self.damaged(message("io_problem_frozen", name=_shown(name)))
            parameters[name].requires_grad_(False)
        return module.train(training)


def _shown(value) -> str:
    """A value of the description as JSON, at most 80 characters, for a message."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "..."
