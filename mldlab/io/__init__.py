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
* Arrays are read as NumPy's ``.npy`` format without pickle, and the description with ``json``: no pickle,
  ever. Arrays of Python objects are refused, when saving and when loading. Only the layers listed in
  ``mldlab.nn.config.LAYERS`` are ever built.
* A file may come from anyone (a whole class shares files), so ``load`` checks every field before it takes
  memory: the zip directory and members (at most 10,000, stored uncompressed, inside the file), the
  description (at most 4 MB, nested at most 64 levels), each array's header (dtype, shape × item size = the
  bytes stored), the arrays' total against ``max_bytes`` (1 GB by default), and a model's layers (at most
  10,000) against the bytes of the file's arrays, before any is built. A crafted file is refused in a moment
  with a message saying what is wrong. Arrays with NaN or ±inf are refused, as ``save`` refuses them.
* The file is written exactly at ``path`` (no suffix is added; ``np.savez`` would add ``.npz``), first to a
  temporary file ``.{name}.{8 hex digits}.tmp`` in the same folder, flushed to disk, then renamed onto
  ``path``: a crash leaves either the old file or the new one, never half a file. The temporary file of a
  save that was killed is removed by the next ``save`` or ``load`` of that name, once it is an hour old.
* Tensors and arrays with NaN or ±inf are refused (training has probably diverged): they never reach a file
  unnoticed.
* Loading leaves this thread's random stream (``mldlab.manual_seed``) as it was.

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

from mldlab.io._archive import DESCRIPTION
from mldlab.io._description import FORMAT, VERSION
from mldlab.io.loading import MAX_BYTES, load
from mldlab.io.saving import save

__all__ = ["save", "load", "FORMAT", "VERSION", "DESCRIPTION", "MAX_BYTES"]
