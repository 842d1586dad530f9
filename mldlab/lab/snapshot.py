"""What the playground page draws at a moment of training: ``state(job)``, a small JSON-able dict.

    boundary   the output over a G×G grid of the plane (row 0 at the top, x2 = x2max): P(class 1) for binary,
               the largest class probability and its class for multiclass, ŷ for regression; for a 1-D data
               set the curve ŷ(x1) instead
    neurons    each hidden unit's activation a = g(z) over a g×g grid (the small pictures in the network)
    network    layer sizes, weights W (out × in) and biases b of every Linear layer
    confusion  the test set's confusion matrix (rows: true class, columns: predicted class)

Everything is computed without gradients and in evaluation mode (dropout off), in one batched forward pass per
grid (the grids' inputs are made once per job), and rounded to keep it small: the boundary to 3 decimals, the
neuron activations to 2, the losses to 6 significant digits and the history to 5.

Examples
--------
>>> from mldlab.lab.job import Job
>>> from mldlab.lab.spec import Setup
>>> picture = state(Job(Setup.defaults()))
>>> picture["boundary"]["n"], len(picture["boundary"]["values"]), len(picture["neurons"][0][0]["values"])
(40, 1600, 256)
"""

import numpy as np

from mldlab import nn
from mldlab.grad_mode import no_grad
from mldlab.i18n import message

GRID, NEURON_GRID, CURVE = 40, 16, 100


def state(job, detail: bool = True, grid: int = GRID, neuron_grid: int = NEURON_GRID) -> dict:
    """The state of ``job`` as in the lab's contract (``notes/lab.md``)."""
    logs = job.evaluate()
    return {
        "epoch": job.epoch, "iteration": job.iteration, "stopped": job.stopped,
        "learning_rate": significant(job.learning_rate),
        "train_loss": significant(logs["train_loss"]), "test_loss": significant(logs["test_loss"]),
        "train_accuracy": significant(logs["train_accuracy"]), "test_accuracy": significant(logs["test_accuracy"]),
        "history": list(job.history),
        "boundary": boundary(job, grid),
        "neurons": neurons(job, neuron_grid) if detail else None,
        "network": network(job),
        "confusion": confusion(job),
        "message": _message(job),
    }


def grid_points(extent: list, n: int) -> np.ndarray:
    """n×n points covering extent, row-major, row 0 at x2max (the top of the picture)."""
    x1 = np.linspace(extent[0], extent[1], n)
    x2 = np.linspace(extent[3], extent[2], n)
    a, b = np.meshgrid(x1, x2)
    return np.stack([a.ravel(), b.ravel()], axis=1)


def boundary(job, n: int) -> dict:
    extent = job.data.extent()
    if job.data.inputs == 1:
        x = np.linspace(extent[0], extent[1], CURVE)
        y = job.predict(x[:, None])[:, 0]
        return {"n": CURVE, "extent": extent, "curve": {"x": _round(x, 4), "y": _round(y, 4)}}
    X = grid_points(extent, n)
    out = job.predict(X, job.grid_inputs(X, ("boundary", n)))
    if job.setup.output == "multiclass":
        return {"n": n, "extent": extent, "values": _round(out.max(axis=1), 3),
                "classes": out.argmax(axis=1).tolist()}
    return {"n": n, "extent": extent, "values": _round(out[:, 0], 3 if job.setup.output == "binary" else 4)}


def neurons(job, n: int) -> list:
    """[[{"values": [n·n activations], "n": n} per unit] per hidden layer], from one forward pass."""
    extent = job.data.extent()
    if job.data.inputs == 1:
        X = np.linspace(extent[0], extent[1], n * n)[:, None]
    else:
        X = grid_points(extent, n)
    h = job.grid_inputs(X, ("neurons", n))
    layers, hidden = [], len(job.setup.hidden)
    job.set_mode(training=False)
    with no_grad():
        linear_seen, after_linear = 0, False
        for layer in job.network:
            h = layer(h)
            if after_linear and linear_seen <= hidden:  # the activation g of hidden layer linear_seen
                a = h.numpy()
                layers.append([{"values": values, "n": n} for values in _round(a.T, 2)])
            after_linear = isinstance(layer, nn.Linear)
            linear_seen += after_linear
    return layers


def network(job) -> dict:
    weights, biases = [], []
    for layer in job.network:
        if isinstance(layer, nn.Linear):
            weights.append(np.round(layer.weight.detach().numpy().astype(np.float64), 4).tolist())
            biases.append(np.round(layer.bias.detach().numpy().astype(np.float64), 4).tolist())
    sizes = [len(job.setup.features)] + [layer.units for layer in job.setup.hidden] + [job.n_outputs]
    return {"layers": sizes, "features": list(job.setup.features), "weights": weights, "biases": biases}


def confusion(job) -> dict | None:
    if job.setup.output == "regression":
        return None
    K = job.data.n_classes
    predicted = job.test_classes()
    matrix = np.zeros((K, K), dtype=int)
    np.add.at(matrix, (job.data.y_test.astype(int), predicted), 1)
    return {"labels": list(job.data.class_names), "matrix": matrix.tolist()}


def _message(job) -> dict | None:
    if job.message is None:
        return None
    level, code, values = job.message
    return {"level": level, "code": code, "text": text(code, values)}


def text(code: str, values: dict) -> str:
    """The job's message in the language in force."""
    shown = {key: _shown(value) for key, value in values.items()}
    if code == "lab_diverged":
        return message("lab_diverged", **shown)
    if code == "lab_diverged_rising":
        return message("lab_diverged_rising", **shown)
    if code == "lab_early_stopping":
        return message("lab_early_stopping", **shown)
    return message("lab_epochs_done", **shown)


def _shown(value):
    if isinstance(value, float):
        return f"{value:.4g}"
    return value


def _round(values: np.ndarray, decimals: int) -> list:
    values = np.asarray(values, dtype=np.float64)
    return np.where(np.isfinite(values), np.round(values, decimals), 0.0).tolist()


def significant(value, digits: int = 6):
    """A float to ``digits`` significant digits (None stays None; NaN and ±∞ become None: JSON has no such numbers)."""
    if value is None or isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        return value
    value = float(value)
    return float(f"{value:.{digits}g}") if np.isfinite(value) else None
