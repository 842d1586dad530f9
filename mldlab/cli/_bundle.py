"""The file ``mldlab train --save`` writes and ``evaluate`` and ``predict`` read: one ``.npz`` (via
``mldlab.save``, never pickle) with everything needed to use the network on new samples:

=============  ===================================================================================
model          the network (``nn.Sequential``), weights included
task           ``binary``, ``multiclass`` or ``regression``; ``loss``: the loss it was trained with
mean, scale    the standardisation of the inputs, x' = (x − mean) / scale, from the training data
feature_names  the input columns, in order, so that another file's columns are matched by name
target         the target column's name; ``data``: the bundled data set it was trained on, if any
class_names    what output k means, so that another file's labels are matched by name (classification)
y_mean, y_scale  the standardisation of the target (regression): y = y' · y_scale + y_mean
=============  ===================================================================================
"""

import numpy as np

from mldlab import nn
from mldlab.cli._errors import CommandError
from mldlab.i18n import message
from mldlab.io import load, save
from mldlab.train.model import Model

FORMAT = "mldlab-train"
TASKS = ("binary", "multiclass", "regression")
LOSSES = {"bce": "binary", "ce": "multiclass", "mse": "regression", "mae": "regression"}
"""loss name → the task it fits."""


def loss_module(name: str) -> nn.Module:
    """The loss called ``name`` (``bce`` takes logits: the network's last layer is linear)."""
    return {"bce": nn.BCEWithLogitsLoss, "ce": nn.CrossEntropyLoss, "mse": nn.MSELoss, "mae": nn.L1Loss}[name]()


def write(path: str, **bundle) -> None:
    """Save the bundle's fields (see the table above) to ``path``."""
    save({"format": FORMAT, **bundle}, path)


def read(path: str) -> dict:
    """Load a bundle, checking every field, so that a damaged or hand-made file fails here with a clear message."""
    bundle = load(path)
    if not isinstance(bundle, dict) or bundle.get("format") != FORMAT:
        raise CommandError(message("cli_not_bundle", path=path))
    bundle.setdefault("loss", {"binary": "bce", "multiclass": "ce", "regression": "mse"}.get(bundle.get("task")))
    bundle.setdefault("target", None)
    bundle.setdefault("feature_names", None)
    bundle.setdefault("data", None)
    problem = _problem(bundle)
    if problem:
        raise CommandError(message("cli_bad_bundle", path=path, problem=problem))
    bundle["mean"] = np.asarray(bundle["mean"], dtype=np.float64)
    bundle["scale"] = np.asarray(bundle["scale"], dtype=np.float64)
    return bundle


def _problem(bundle: dict) -> str | None:
    """What is wrong with a bundle's fields, or None (class names missing from an older file are filled in)."""
    model, task, n = bundle.get("model"), bundle.get("task"), bundle.get("n_features")
    if not isinstance(model, nn.Module):
        return "model"
    if task not in TASKS or LOSSES.get(bundle["loss"]) != task:
        return "task, loss"
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        return "n_features"
    for key in ("mean", "scale"):
        value = np.asarray(bundle.get(key), dtype=object)
        if value.shape != (n,) or not all(isinstance(v, (int, float, np.number)) for v in value.tolist()):
            return key
    scale = np.asarray(bundle["scale"], dtype=np.float64)
    if not (np.isfinite(np.asarray(bundle["mean"], dtype=np.float64)).all() and np.isfinite(scale).all()
            and (scale > 0).all()):
        return "mean, scale"
    for key in ("y_mean", "y_scale"):
        value = bundle.get(key)
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not np.isfinite(value):
            return key
    if bundle["y_scale"] <= 0:
        return "y_scale"
    try:
        width = Model(bundle["model"]).predict(np.zeros((1, n), dtype=np.float32)).shape[-1]
    except (ValueError, TypeError, RuntimeError):
        return "model"
    if bundle.get("class_names") is None and task != "regression":  # written before class names were kept
        bundle["class_names"] = [str(k) for k in range(2 if task == "binary" else width)]
    names = bundle["class_names"]
    if task != "regression" and (not _strings(names) or len(set(names)) != len(names) or len(names) < 2
                                 or (task == "binary" and len(names) != 2)
                                 or width != (1 if task == "binary" else len(names))):
        return "class_names, model"
    if task == "regression" and width != 1:
        return "model"
    features = bundle["feature_names"]
    if features is not None and (not _strings(features) or len(features) != n):
        return "feature_names"
    return None


def _strings(values) -> bool:
    return isinstance(values, list) and all(isinstance(v, str) for v in values)
