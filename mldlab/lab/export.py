"""Take the playground's network home: mldlab's save file, and PyTorch or Keras code with the trained weights.

The code builds the same network (``interop.to_pytorch_code`` / ``to_keras_code``), loads the weights the
playground trained, and prepares a point as the playground does: standardise the coordinates with the training
points' μ and σ, then make the chosen features. So ``model(prepare([[x1, x2]]))`` gives the playground's output.

Examples
--------
>>> from mldlab.lab.job import Job
>>> from mldlab.lab.spec import Setup
>>> print(pytorch_code(Job(Setup.defaults())).splitlines()[3])
model = nn.Sequential(
"""

import json
import os
import tempfile

from mldlab import nn
from mldlab.i18n import message
from mldlab.interop import to_keras_code, to_pytorch_code
from mldlab.interop.keras_code import keras_weights
from mldlab.io import save

MODEL_FILENAME = "playground_model.npz"
"""The name the save file is offered under (``mldlab.load`` reads it; ``.npz`` as ``mldlab train --save``)."""
_TORCH = {"x1": "x1", "x2": "x2", "x1^2": "x1 * x1", "x2^2": "x2 * x2", "x1x2": "x1 * x2", "sin_x1": "torch.sin(x1)",
          "sin_x2": "torch.sin(x2)"}
_NUMPY = {**_TORCH, "sin_x1": "np.sin(x1)", "sin_x2": "np.sin(x2)"}


def model_bytes(network: nn.Module) -> bytes:
    """The bytes of ``mldlab.save(network, ...)``: written to a private temporary folder, read back, removed."""
    with tempfile.TemporaryDirectory(prefix="mldlab-lab-") as folder:
        path = os.path.join(folder, MODEL_FILENAME)
        save(network, path)
        with open(path, "rb") as file:
            return file.read()


def pytorch_code(job) -> str:
    """PyTorch source: the network, its trained weights, ``prepare`` and one prediction."""
    network = job.network
    weights = ",\n".join(f"    {json.dumps(name)}: torch.tensor({_numbers(p)})"
                         for name, p in network.state_dict().items())
    return (f"{to_pytorch_code(network)}"
            f"# {message('lab_export_weights', epoch=job.epoch, dataset=job.setup.dataset)}\n"
            f"model.load_state_dict({{\n{weights},\n}})\n"
            "model.eval()\n\n"
            f"{_prepare(job, torch=True)}\n"
            "with torch.no_grad():\n"
            f"    print(model(prepare([[{_example(job)}]])))\n")


def keras_code(job) -> str:
    """Keras 3 source: the network, its trained weights (K = Wᵀ), ``prepare`` and one prediction."""
    weights = ",\n".join(f"    np.array({_numbers(w)}, dtype=np.float32)" for w in keras_weights(job.network))
    return (f"import numpy as np\n{to_keras_code(job.network)}\n"
            f"# {message('lab_export_weights', epoch=job.epoch, dataset=job.setup.dataset)}\n"
            f"model.set_weights([\n{weights},\n])\n\n"
            f"{_prepare(job, torch=False)}\n"
            f"print(model.predict(prepare([[{_example(job)}]]), verbose=0))\n")


def _prepare(job, torch: bool) -> str:
    """The function that turns points into the network's inputs, as the playground does (in float64, then float32)."""
    mean, std = job.data.mean.tolist(), job.data.std.tolist()
    features = _TORCH if torch else _NUMPY
    columns = ", ".join(features[name] for name in job.setup.features)
    coordinates = "x1 = x[:, 0]" if job.data.inputs == 1 else "x1, x2 = x[:, 0], x[:, 1]"
    if torch:
        scale = "x = (torch.tensor(points, dtype=torch.float64) - torch.tensor(MEAN, dtype=torch.float64)) / " \
                "torch.tensor(STD, dtype=torch.float64)"
        result = f"torch.stack([{columns}], dim=1).float()"
    else:
        scale = "x = (np.array(points, dtype=np.float64) - np.array(MEAN)) / np.array(STD)"
        result = f"np.stack([{columns}], axis=1).astype(np.float32)"
    return (f"# {message('lab_export_prepare', features=', '.join(job.setup.features))}\n"
            f"MEAN, STD = {mean}, {std}\n\n\n"
            f"def prepare(points):\n    {scale}\n    {coordinates}\n    return {result}\n\n")


def _example(job) -> str:
    return ", ".join(f"{v:.4g}" for v in job.data.x_train[0])


def _numbers(values) -> str:
    """An array as nested lists of the exact float32 values (each float prints so that it reads back the same)."""
    array = values.detach().numpy() if hasattr(values, "detach") else values
    return json.dumps(array.tolist())
