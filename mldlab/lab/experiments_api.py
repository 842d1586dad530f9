"""The numbers of the experiment lessons: learning rate, the optimizer race, GD vs SGD vs mini-batch, overfitting,
the loss landscape. ``router`` is mounted by the lab's app at ``/api/lessons``.

Every number comes from the engine: surfaces are Tensor expressions, their gradients come from ``backward()``,
the weights move with ``mldlab.optim``'s optimizers (PyTorch's defaults), the data from ``mldlab.data``, the
networks from ``nn`` and ``Model.fit`` with ``EarlyStopping``. The pages only draw.

Each request is small: points, steps, epochs and iterations are capped (``LIMITS``), the work runs in a worker
thread, and a bad input gets ``{"error": {"code", "message", "field"}}`` in the request's language (the one the
lab's app chose: ``?lang=``, the header ``X-Lab-Lang``, the session's, ``--lang``, ``Accept-Language``).

Routes
------
- ``POST /learning-rate``  one problem trained with several η: loss per step, the path on the loss curve/surface
- ``GET  /optimizers``     the surfaces and each optimizer's PyTorch defaults;  ``POST /optimizers``  the race
- ``POST /batch-size``     GD vs SGD vs mini-batch on the "will I pass?" data: loss per iteration and per epoch
- ``POST /overfitting``    a big net on few noisy points: plain, with dropout, or with early stopping
- ``POST /landscape``      the playground's landscape (``mldlab.lab.landscape``) of a small net trained on moons
"""

import functools
import inspect
import json
import math
import re
import typing

import numpy as np
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from mldlab import nn, optim
from mldlab._dtype import float64
from mldlab._ops.combine import stack
from mldlab._random import Generator, manual_seed
from mldlab.creation import tensor
from mldlab.data import DataLoader, StandardScaler, TensorDataset, registry, train_test_split
from mldlab.grad_mode import no_grad
from mldlab.i18n import language, message
from mldlab.lab._lesson_requests import request_language
from mldlab.lab.job import Job
from mldlab.lab.spec import Setup, SetupError
from mldlab.nn import functional
from mldlab.train.callbacks import EarlyStopping
from mldlab.train.metrics import BinaryAccuracy
from mldlab.train.model import Model

router = APIRouter()

MAX_BODY = 16_384
"""Bytes a request body may have."""

LIMITS = {
    "runs": 4,                 # learning rates or batch sizes compared at once
    "steps": 200,              # steps of the learning-rate lab
    "race_steps": 300,         # steps of the optimizer race
    "samples": 300,            # points of the "will I pass?" data
    "batch_epochs": 30,
    "batch_iterations": 1500,  # iterations of all the runs of one batch-size request together
    "overfit_samples": 200,
    "overfit_layers": 4,
    "overfit_units": 64,
    "overfit_epochs": 400,
    "overfit_work": 3_000_000,  # epochs × weights of one overfitting request
    "landscape_n": 41,
    "landscape_epochs": 200,
}
"""The caps that keep every request small (a fraction of a second on a 2-core machine)."""

GRID = 41
"""Points per side of a loss-surface map."""


class LabError(Exception):
    """A bad request: HTTP status, a code, the message in the request's language, the field at fault."""

    def __init__(self, status: int, code: str, text: str, field: str | None = None):
        super().__init__(text)
        self.status, self.code, self.text, self.field = status, code, text, field


def _curve(w):
    """The learning-rate lab's 1-D loss: a bowl with a small dip on its left wall (a wrong minimum)."""
    return 0.5 * w**2 - 1.2 * (-4.0 * (w + 2.0) ** 2).exp()


def _valley(x, y):
    return 0.05 * x**2 + 2.0 * y**2


def _rosenbrock(x, y):
    return (1.0 - x) ** 2 + 100.0 * (y - x**2) ** 2


def _saddle(x, y):
    return 0.5 * x**2 - 0.5 * y**2 + 0.25 * y**4


def _beale(x, y):
    return (1.5 - x + x * y) ** 2 + (2.25 - x + x * y**2) ** 2 + (2.625 - x + x * y**3) ** 2


SURFACES = {
    "valley": {"function": _valley, "formula": r"J(x,y)=0.05\,x^2+2\,y^2", "extent": [-6.0, 6.0, -2.5, 2.5],
               "start": [-5.5, 1.5], "minimum": [0.0, 0.0],
               "lr": {"sgd": 0.45, "momentum": 0.05, "nesterov": 0.05, "adagrad": 0.8, "adadelta": 1.0,
                      "rmsprop": 0.05, "adam": 0.1}},
    "rosenbrock": {"function": _rosenbrock, "formula": r"J(x,y)=(1-x)^2+100\,(y-x^2)^2",
                   "extent": [-2.0, 2.0, -1.0, 3.0], "start": [-1.5, 1.5], "minimum": [1.0, 1.0],
                   "lr": {"sgd": 0.001, "momentum": 0.001, "nesterov": 0.001, "adagrad": 1.0, "adadelta": 1.0,
                          "rmsprop": 0.05, "adam": 0.5}},
    "saddle": {"function": _saddle, "formula": r"J(x,y)=\tfrac12x^2-\tfrac12y^2+\tfrac14y^4",
               "extent": [-2.5, 2.5, -1.8, 1.8], "start": [-2.2, 0.001], "minimum": [0.0, 1.0],
               "lr": {"sgd": 0.05, "momentum": 0.02, "nesterov": 0.02, "adagrad": 0.3, "adadelta": 1.0,
                      "rmsprop": 0.02, "adam": 0.05}},
    "beale": {"function": _beale,
              "formula": r"J(x,y)=(1.5-x+xy)^2+(2.25-x+xy^2)^2+(2.625-x+xy^3)^2",
              "extent": [-4.5, 4.5, -4.5, 4.5], "start": [1.0, 1.6], "minimum": [3.0, 0.5],
              "lr": {"sgd": 0.01, "momentum": 0.001, "nesterov": 0.001, "adagrad": 0.5, "adadelta": 1.0,
                     "rmsprop": 0.1, "adam": 0.5}},
}
"""The race's surfaces: J(x, y) as a Tensor expression, the map, the start, the minimum, a suggested η each."""

SURFACE_NAMES = tuple(SURFACES)

OPTIMIZERS = {
    "sgd": (optim.SGD, {}),
    "momentum": (optim.SGD, {"momentum": 0.9}),
    "nesterov": (optim.SGD, {"momentum": 0.9, "nesterov": True}),
    "adagrad": (optim.Adagrad, {}),
    "adadelta": (optim.Adadelta, {}),
    "rmsprop": (optim.RMSprop, {}),
    "adam": (optim.Adam, {}),
}
"""name → (mldlab.optim class, options besides lr). Momentum 0.9 is the usual choice (PyTorch's default is 0)."""

OPTIMIZER_NAMES = tuple(OPTIMIZERS)


def make_optimizer(name: str, params, lr: float):
    """The optimizer ``name`` of the race over ``params`` with learning rate ``lr`` (PyTorch's other defaults)."""
    cls, options = OPTIMIZERS[name]
    return cls(params, lr=lr, **options)


def run_optimizers_info() -> dict:
    """The surfaces and, per optimizer, its class, the options the race sets and PyTorch's defaults."""
    surfaces = [{"name": name, "formula": s["formula"], "extent": s["extent"], "start": s["start"],
                 "minimum": s["minimum"], "lr": s["lr"]} for name, s in SURFACES.items()]
    optimizers = []
    for name, (cls, options) in OPTIMIZERS.items():
        defaults = {key: (list(p.default) if isinstance(p.default, tuple) else p.default)
                    for key, p in inspect.signature(cls).parameters.items()
                    if p.default is not inspect.Parameter.empty and key != "maximize"}
        optimizers.append({"name": name, "class": f"torch.optim.{cls.__name__}", "options": options,
                           "defaults": defaults})
    return {"surfaces": surfaces, "optimizers": optimizers, "limits": LIMITS}


def _number(value) -> float | None:
    """A float with 6 significant digits for JSON; None for NaN and ±∞ (JSON has neither)."""
    value = float(value)
    return float(f"{value:.6g}") if math.isfinite(value) else None


def _numbers(values) -> list:
    return [_number(v) for v in np.asarray(values, dtype=np.float64).ravel()]


def _too_far(value: float, first: float) -> bool:
    """Diverged: the loss is not finite, or grew a million times past where it started."""
    return not math.isfinite(value) or abs(value) > 1e6 * (1.0 + abs(first))


def descend(function, start, optimizers, steps: int) -> list:
    """Follow each optimizer from ``start`` on ``function`` for ``steps`` steps (float64), all runs at once.

    ``optimizers`` holds one factory per run, ``[w] -> optimizer``. The runs share each evaluation: their weights
    are stacked as rows, ``function`` gets the columns and returns one loss per row, and since each row's loss
    depends on its own weights only, ``backward()`` of the sum gives every run its own gradient. A run whose loss
    runs away (see ``_too_far``) stops there. Returns per run: the path (the start and one point per step), the
    loss at each point, and the step at which it diverged (None if it did not).

    Examples
    --------
    Gradient descent on J(w) = w² with η = 0.25 and with η = 1.5 (w ← w − η·2w: halves, or doubles with a flip):

    >>> from mldlab.optim import SGD
    >>> calm, wild = descend(lambda w: w**2, [1.0], [lambda p: SGD(p, lr=0.25), lambda p: SGD(p, lr=1.5)], 2)
    >>> calm["path"], calm["loss"], calm["diverged_at"]
    ([[1.0], [0.5], [0.25]], [1.0, 0.25, 0.0625], None)
    >>> wild["path"]
    [[1.0], [-2.0], [4.0]]
    """
    weights = [tensor(start, dtype=float64, requires_grad=True) for _ in optimizers]
    steppers = [make([w]) for make, w in zip(optimizers, weights)]
    runs = [{"path": [], "loss": [], "diverged_at": None} for _ in optimizers]
    active = list(range(len(optimizers)))
    for t in range(steps + 1):
        for i in active:
            steppers[i].zero_grad()
        W = stack([weights[i] for i in active])
        losses = function(*(W[:, j] for j in range(W.shape[1])))
        points, values = W.detach().numpy(), losses.detach().numpy()
        going = []
        for row, i in enumerate(active):
            runs[i]["path"].append(points[row])
            runs[i]["loss"].append(values[row])
            if _too_far(values[row], runs[i]["loss"][0]) or not np.isfinite(points[row]).all():
                runs[i]["diverged_at"] = t
            else:
                going.append(i)
        if t == steps or not going:
            break
        losses.sum().backward()
        for i in going:
            steppers[i].step()
        active = going
    for run in runs:
        run["path"] = [_numbers(p) for p in run["path"]]
        run["loss"] = _numbers(run["loss"])
    return runs


def _grid(function, extent, n: int = GRID) -> dict:
    """``function`` on an n×n grid over ``extent`` = [x_min, x_max, y_min, y_max], row 0 at y_max."""
    xs = np.linspace(extent[0], extent[1], n)
    ys = np.linspace(extent[3], extent[2], n)
    with no_grad():
        values = function(tensor(np.tile(xs, n), dtype=float64), tensor(np.repeat(ys, n), dtype=float64))
    return {"n": n, "extent": list(extent), "values": _numbers(values.numpy())}


def _diverged_message(lr: float, step: int | None) -> str | None:
    return None if step is None else message("lab_exp_diverged", lr=_number(lr), step=step)


def _pass_exam(n_samples: int, noise: float, seed: int):
    """The "will I pass?" students, standardised (so one η suits both weights), as float64 Tensors X, y."""
    X, y, _, _ = registry.get("pass_exam", n_samples=n_samples, noise=noise, seed=seed)
    X = StandardScaler().fit_transform(X.astype(np.float64))
    return tensor(X), tensor(y.astype(np.float64))


def _pass_exam_loss(X, y):
    """J(w1, w2) = mean BCE of σ(w1·x̃1 + w2·x̃2) on the students: a model without bias, so its loss is a surface.

    ``w1`` and ``w2`` hold m weight pairs (one per run or grid point); the result holds m losses.
    """
    def loss(w1, w2):
        logits = stack([w1, w2], 1) @ X.T  # (m, n): z = w1·x̃1 + w2·x̃2 per weight pair and student
        target = tensor(np.broadcast_to(y.numpy(), logits.shape).copy())
        return functional.binary_cross_entropy_with_logits(logits, target, reduction="none").mean(1)
    return loss


def _pass_exam_grid(X, y, points) -> np.ndarray:
    """The mean BCE at each of the (m, 2) weight vectors ``points``, in one vectorised pass."""
    points = np.asarray(points, dtype=np.float64)
    with no_grad():
        return _pass_exam_loss(X, y)(tensor(points[:, 0]), tensor(points[:, 1])).numpy()


PASS_EXAM_EXTENT = [-3.0, 9.0, -3.0, 9.0]
PASS_EXAM_START = [-2.0, 8.0]


def _pass_exam_surface(X, y) -> dict:
    xs = np.linspace(PASS_EXAM_EXTENT[0], PASS_EXAM_EXTENT[1], GRID)
    ys = np.linspace(PASS_EXAM_EXTENT[3], PASS_EXAM_EXTENT[2], GRID)
    points = np.stack([np.tile(xs, GRID), np.repeat(ys, GRID)], axis=1)
    return {"n": GRID, "extent": PASS_EXAM_EXTENT, "values": _numbers(_pass_exam_grid(X, y, points))}


def run_learning_rate(params) -> dict:
    """Gradient descent (``optim.SGD``) on one problem with each η of ``params.learning_rates``."""
    if params.problem == "curve":
        function, start = _curve, [params.start]
        ws = np.linspace(-4.5, 3.0, 151)
        with no_grad():
            values = _curve(tensor(ws, dtype=float64)).numpy()
        lows = [i for i in range(1, len(ws) - 1) if values[i] < values[i - 1] and values[i] < values[i + 1]]
        best = min(lows, key=lambda i: values[i])
        surface = {"w": _numbers(ws), "loss": _numbers(values), "extent": [-4.5, 3.0],
                   "minima": [{"w": _number(ws[i]), "loss": _number(values[i]), "lowest": i == best} for i in lows]}
    else:
        X, y = _pass_exam(params.n_samples, params.noise, params.seed)
        function, start, surface = _pass_exam_loss(X, y), PASS_EXAM_START, _pass_exam_surface(X, y)
    runs = descend(function, start, [lambda w, lr=lr: optim.SGD(w, lr=lr) for lr in params.learning_rates],
                   params.steps)
    runs = [{"learning_rate": lr, **run, "message": _diverged_message(lr, run["diverged_at"])}
            for lr, run in zip(params.learning_rates, runs)]
    return {"problem": params.problem, "surface": surface, "start": start, "runs": runs}


def run_race(params) -> dict:
    """Each optimizer of ``params.optimizers`` from the same start on the surface ``params.surface``."""
    surface = SURFACES[params.surface]
    start = params.start or surface["start"]
    extent = surface["extent"]
    runs = descend(surface["function"], start,
                   [lambda w, r=runner: make_optimizer(r.name, w, r.lr) for runner in params.optimizers], params.steps)
    runs = [{"name": runner.name, "lr": runner.lr, **run, "message": _diverged_message(runner.lr, run["diverged_at"])}
            for runner, run in zip(params.optimizers, runs)]
    with no_grad():
        lowest = surface["function"](*tensor(surface["minimum"], dtype=float64)).item()
    return {"surface": {"name": params.surface, "formula": surface["formula"], "minimum": surface["minimum"],
                        "minimum_loss": _number(lowest), **_grid(surface["function"], extent)},
            "start": start, "runs": runs}


def run_batch_size(params) -> dict:
    """The slide's loop with batches of B: shuffle, take B points, average their gradients, step; per B given."""
    n = params.n_samples
    for i, b in enumerate(params.batch_sizes):
        if b > n:
            field = f"batch_sizes[{i}]"
            raise LabError(422, "invalid_value", message("lab_exp_batch_size", field=field, value=b, n=n), field)
    total = sum(params.epochs * math.ceil(n / b) for b in params.batch_sizes)
    if total > LIMITS["batch_iterations"]:
        raise LabError(422, "too_much_work", message("lab_exp_iterations", field="epochs", total=total,
                                                     limit=LIMITS["batch_iterations"]), "epochs")
    X, y = _pass_exam(n, params.noise, params.seed)
    runs = []
    for b in params.batch_sizes:
        w = tensor(PASS_EXAM_START, dtype=float64, requires_grad=True)
        optimizer = optim.SGD([w], lr=params.learning_rate)
        loader = DataLoader(TensorDataset(X, y), batch_size=b, shuffle=True, generator=Generator(params.seed))
        path, batch_losses, epoch_ends = [w.tolist()], [], [0]
        for _ in range(params.epochs):
            for xb, yb in loader:
                optimizer.zero_grad()
                loss = functional.binary_cross_entropy_with_logits(xb @ w, yb)
                batch_losses.append(loss.item())
                loss.backward()
                optimizer.step()
                path.append(w.tolist())
            epoch_ends.append(len(path) - 1)
        losses = _pass_exam_grid(X, y, path)
        runs.append({"batch_size": b, "kind": "gd" if b == n else ("sgd" if b == 1 else "minibatch"),
                     "iterations_per_epoch": math.ceil(n / b), "iterations": len(path) - 1,
                     "epochs": params.epochs, "path": [_numbers(p) for p in path],
                     "batch_loss": _numbers(batch_losses), "loss": _numbers(losses),
                     "epoch_iterations": epoch_ends, "epoch_loss": _numbers(losses[epoch_ends])})
    return {"n": n, "learning_rate": params.learning_rate, "surface": _pass_exam_surface(X, y),
            "start": PASS_EXAM_START, "runs": runs}


def _network(n_in: int, layers: int, units: int, dropout: float, activation=nn.ReLU):
    modules, width = [], n_in
    for _ in range(layers):
        modules += [nn.Linear(width, units), activation()]
        if dropout:
            modules.append(nn.Dropout(dropout))
        width = units
    return nn.Sequential(*modules, nn.Linear(width, 1))


def _boundary(model, scaler, X, n: int = 40) -> dict:
    """P(class 1) on an n×n grid over the data (row 0 at the top), as the playground's boundary."""
    low, high = X.min(axis=0), X.max(axis=0)
    pad = 0.08 * (high - low)
    extent = [float(low[0] - pad[0]), float(high[0] + pad[0]), float(low[1] - pad[1]), float(high[1] + pad[1])]
    xs, ys = np.linspace(extent[0], extent[1], n), np.linspace(extent[3], extent[2], n)
    grid = np.stack([np.tile(xs, n), np.repeat(ys, n)], axis=1).astype(np.float32)
    logits = model.predict(scaler.transform(grid), batch_size=n * n)
    with no_grad():
        values = tensor(logits).sigmoid().numpy()
    return {"n": n, "extent": _numbers(extent), "values": _numbers(values)}


def _probabilities(model, X) -> list:
    """P(class 1) = σ(z) of the network's logit z for each row of X."""
    with no_grad():
        return _numbers(tensor(model.predict(X, batch_size=len(X))).sigmoid().numpy())


def run_overfitting(params) -> dict:
    """Train a big ReLU net on few noisy points: as is, with dropout, or with early stopping (Keras's rules).

    Half the points train, half test. ``history`` is Keras's (``loss`` measured during each epoch, with dropout on;
    ``val_loss`` on the test half after it); ``best_epoch`` and ``stopped_epoch`` count epochs from 1, as the
    curves do; ``final`` and ``boundary`` are those of the weights at the end (the restored best ones with early
    stopping); ``points`` carry each point's P(class 1).
    """
    h, layers = params.hidden_units, params.hidden_layers
    weights = 3 * h + (layers - 1) * (h * h + h) + (h + 1)  # Linear(2, h), (layers − 1)·Linear(h, h), Linear(h, 1)
    if params.epochs * weights > LIMITS["overfit_work"]:
        raise LabError(422, "too_much_work", message("lab_exp_overfit_work", field="epochs", epochs=params.epochs,
                                                     weights=weights,
                                                     limit=LIMITS["overfit_work"]), "epochs")
    X, y, _, _ = registry.get(params.dataset, n_samples=params.n_samples, noise=params.noise, seed=params.seed)
    X_train, X_test, y_train, y_test = train_test_split(X.astype(np.float32), y.astype(np.float32), test_size=0.5,
                                                        seed=params.seed)
    scaler = StandardScaler().fit(X_train)
    manual_seed(params.seed)  # this thread's generator: the same first weights for the three variants
    dropout = params.dropout if params.variant == "dropout" else 0.0
    model = Model(_network(2, params.hidden_layers, params.hidden_units, dropout), generator=Generator(params.seed))
    model.compile(optimizer=optim.Adam(model.module.parameters(), lr=params.learning_rate),
                  loss=nn.BCEWithLogitsLoss(), metrics=[BinaryAccuracy(from_logits=True, name="accuracy")])
    stopper = EarlyStopping(monitor="val_loss", patience=params.patience, restore_best_weights=True)
    train, test = (scaler.transform(X_train), y_train[:, None]), (scaler.transform(X_test), y_test[:, None])
    history = model.fit(*train, batch_size=len(X_train), epochs=params.epochs, verbose=0, validation_data=test,
                        callbacks=[stopper] if params.variant == "early_stopping" else None, on_divergence="stop")
    final_train = model.evaluate(*train, verbose=0, return_dict=True)
    final_test = model.evaluate(*test, verbose=0, return_dict=True)
    curves = history.history
    result = {"variant": params.variant, "dataset": params.dataset, "epochs_run": len(curves["loss"]),
              "history": {"loss": _numbers(curves["loss"]), "val_loss": _numbers(curves["val_loss"]),
                          "accuracy": _numbers(curves["accuracy"]), "val_accuracy": _numbers(curves["val_accuracy"])},
              "final": {"train_loss": _number(final_train["loss"]), "test_loss": _number(final_test["loss"]),
                        "train_accuracy": _number(final_train["accuracy"]),
                        "test_accuracy": _number(final_test["accuracy"])},
              "boundary": _boundary(model, scaler, X),
              "points": {"train": {"x": [_numbers(p) for p in X_train], "y": _numbers(y_train),
                                   "p": _probabilities(model, train[0])},
                         "test": {"x": [_numbers(p) for p in X_test], "y": _numbers(y_test),
                                  "p": _probabilities(model, test[0])}},
              "best_epoch": None, "stopped_epoch": None}
    if params.variant == "early_stopping":
        result["best_epoch"] = stopper.best_epoch + 1
        result["stopped_epoch"] = stopper.stopped_epoch + 1 if stopper.stopped_epoch else None
    return result


def run_landscape(params) -> dict:
    """The playground's landscape (``mldlab.lab.landscape``) of a small tanh net trained on moons.

    The network is a playground ``Job`` (moons, 2–8–8–1 tanh, Adam, full batches) trained for ``params.epochs``
    epochs; the answer is the job's ``landscape(n, span)`` (rows from β = −span up), plus the model's description.
    The answer depends only on the settings, so the last few are kept (``_landscape``).
    """
    return _landscape(params.n, params.span, params.epochs, params.seed)


@functools.lru_cache(maxsize=16)
def _landscape(n: int, span: float, epochs: int, seed: int) -> dict:
    setup = Setup.model_validate({"dataset": "moons", "noise": 0.2, "n_samples": 200, "test_ratio": 0.5, "seed": seed,
                                  "hidden": [{"units": 8, "activation": "tanh"}] * 2, "optimizer": {"name": "adam"},
                                  "learning_rate": 0.05, "batch_size": 100, "epochs": max(epochs, 1)})
    job = Job(setup)
    while job.epoch < epochs and job.stopped is None:
        job.step("epoch")
    scores = job.evaluate()
    try:
        view = job.landscape(n, span)
    except SetupError as error:  # an even n: the trained weights would not be a grid point
        raise LabError(422, "invalid_value", error.as_dict()["message"], "n") from None
    return {**view, "source": "default", "accuracy": _number(scores["train_accuracy"]),
            "model": {"dataset": "moons", "layers": [2, 8, 8, 1], "activation": "tanh", "epochs": job.epoch,
                      "optimizer": "adam", "learning_rate": 0.05}}


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, strict=True)


_Seed = typing.Annotated[int, Field(ge=0, le=2**31 - 1)]


class LearningRateRequest(_Body):
    problem: typing.Literal["curve", "pass_exam"] = "curve"
    learning_rates: list[typing.Annotated[float, Field(gt=0, le=50)]] = Field(
        default=[0.1, 0.6, 2.2], min_length=1, max_length=LIMITS["runs"])
    steps: int = Field(default=40, ge=1, le=LIMITS["steps"])
    start: float = Field(default=-4.0, ge=-4.5, le=3.0)
    n_samples: int = Field(default=100, ge=20, le=LIMITS["samples"])
    noise: float = Field(default=1.0, ge=0, le=3)
    seed: _Seed = 0


class Runner(_Body):
    name: typing.Literal[OPTIMIZER_NAMES]
    lr: float = Field(gt=0, le=10)


class OptimizersRequest(_Body):
    surface: typing.Literal[SURFACE_NAMES] = "valley"
    optimizers: list[Runner] = Field(min_length=1, max_length=2 * len(OPTIMIZERS))
    steps: int = Field(default=150, ge=1, le=LIMITS["race_steps"])
    start: list[typing.Annotated[float, Field(ge=-10, le=10)]] | None = Field(default=None, min_length=2,
                                                                              max_length=2)


class BatchSizeRequest(_Body):
    batch_sizes: list[typing.Annotated[int, Field(ge=1, le=LIMITS["samples"])]] = Field(
        default=[100, 1, 10], min_length=1, max_length=LIMITS["runs"])
    n_samples: int = Field(default=100, ge=20, le=LIMITS["samples"])
    noise: float = Field(default=1.0, ge=0, le=3)
    learning_rate: float = Field(default=2.0, gt=0, le=10)
    epochs: int = Field(default=5, ge=1, le=LIMITS["batch_epochs"])
    seed: _Seed = 0


class OverfittingRequest(_Body):
    variant: typing.Literal["plain", "dropout", "early_stopping"] = "plain"
    dataset: typing.Literal["pass_exam", "moons", "circles", "xor"] = "pass_exam"
    n_samples: int = Field(default=60, ge=20, le=LIMITS["overfit_samples"])
    noise: float = Field(default=1.0, ge=0, le=3)
    hidden_layers: int = Field(default=2, ge=1, le=LIMITS["overfit_layers"])
    hidden_units: int = Field(default=64, ge=2, le=LIMITS["overfit_units"])
    epochs: int = Field(default=100, ge=10, le=LIMITS["overfit_epochs"])
    learning_rate: float = Field(default=0.02, gt=0, le=1)
    dropout: float = Field(default=0.5, ge=0.05, le=0.9)
    patience: int = Field(default=20, ge=1, le=200)
    seed: _Seed = 0


class LandscapeRequest(_Body):
    n: int = Field(default=17, ge=5, le=LIMITS["landscape_n"])
    span: float = Field(default=1.0, ge=0.1, le=3)
    epochs: int = Field(default=60, ge=0, le=LIMITS["landscape_epochs"])
    seed: _Seed = 0


@router.post("/learning-rate")
async def learning_rate(request: Request):
    """One problem trained with each η: loss per step and the path on its loss curve (1-D) or surface (2-D)."""
    return await _answer(request, LearningRateRequest, run_learning_rate)


@router.get("/optimizers")
async def optimizers_info():
    """The race's surfaces (formula, map, start, minimum, suggested η) and each optimizer's PyTorch defaults."""
    return run_optimizers_info()


@router.post("/optimizers")
async def optimizers(request: Request):
    """The optimizer race: each optimizer's path from the same start on a 2-D surface."""
    return await _answer(request, OptimizersRequest, run_race)


@router.post("/batch-size")
async def batch_size(request: Request):
    """GD, SGD and mini-batch on the same data: loss per iteration, per epoch, and the weights' path."""
    return await _answer(request, BatchSizeRequest, run_batch_size)


@router.post("/overfitting")
async def overfitting(request: Request):
    """A big net on few noisy points, plain, with dropout or with early stopping: curves and decision boundary."""
    return await _answer(request, OverfittingRequest, run_overfitting)


@router.post("/landscape")
async def landscape(request: Request):
    """The loss of a small net trained on moons, around its weights on a filter-normalised 2-D slice."""
    return await _answer(request, LandscapeRequest, run_landscape)



async def _answer(request: Request, model: type, work):
    lang = request_language(request)
    with language(lang):
        try:
            params = await _read(request, model)
        except LabError as error:
            return _error_response(error)
    return await run_in_threadpool(_work_in, lang, work, params)


def _work_in(lang: str, work, params):
    with language(lang):
        try:
            return work(params)
        except LabError as error:
            return _error_response(error)


def _error_response(error) -> JSONResponse:
    return JSONResponse({"error": {"code": error.code, "message": error.text, "field": error.field}},
                        status_code=error.status)


async def _read(request: Request, model: type):
    body = await request.body()
    if len(body) > MAX_BODY:
        raise LabError(413, "too_large", message("lab_exp_too_large", size=len(body), limit=MAX_BODY))
    try:
        data = json.loads(body) if body.strip() else {}
    except (ValueError, UnicodeDecodeError):
        raise LabError(400, "bad_json", message("lab_exp_bad_json")) from None
    if not isinstance(data, dict):
        raise LabError(400, "bad_json", message("lab_exp_not_object", received=_shown(data)))
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise _invalid(model, error.errors()[0]) from None


def _invalid(model: type, error: dict):
    """The first pydantic error as a LabError with a message in the current language."""
    kind, loc, ctx = error["type"], error["loc"], error.get("ctx") or {}
    field, value = _field(loc), _shown(error.get("input"))
    if kind == "missing":
        return LabError(422, "missing_field", message("lab_exp_missing", field=field), field)
    if kind == "extra_forbidden":
        allowed = ", ".join(_fields_at(model, loc))
        return LabError(422, "unknown_field", message("lab_exp_unknown", field=field, allowed=allowed), field)
    if kind == "literal_error":
        choices = ", ".join(re.findall(r"'([^']*)'", str(ctx.get("expected", ""))))
        text = message("lab_exp_choice", field=field, value=value, choices=choices)
    elif kind == "finite_number":
        text = message("lab_exp_finite", field=field, value=value)
    elif kind == "greater_than_equal":
        text = message("lab_exp_min", field=field, value=value, bound=ctx["ge"])
    elif kind == "greater_than":
        text = message("lab_exp_above", field=field, value=value, bound=ctx["gt"])
    elif kind == "less_than_equal":
        text = message("lab_exp_max", field=field, value=value, bound=ctx["le"])
    elif kind in ("too_short", "too_long"):
        text = message("lab_exp_length", field=field, count=ctx.get("actual_length", "?"),
                       low=_length_bound(model, loc, "min_length"), high=_length_bound(model, loc, "max_length"))
    elif kind in ("int_type", "int_parsing", "int_from_float"):
        text = message("lab_exp_integer", field=field, value=value)
    elif kind in ("float_type", "float_parsing"):
        text = message("lab_exp_number", field=field, value=value)
    elif kind == "list_type":
        text = message("lab_exp_list", field=field, value=value)
    else:
        text = message("lab_exp_invalid", field=field, value=value)
    return LabError(422, "invalid_value", text, field)


def _field(loc) -> str:
    """('optimizers', 1, 'lr') -> 'optimizers[1].lr'."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _shown(value) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def _model_at(model: type, loc) -> tuple[type, str | None]:
    """The pydantic model that holds the field at ``loc``, and that field's name."""
    name = None
    for part in loc[:-1]:
        if isinstance(part, str) and part in model.model_fields:
            annotation = model.model_fields[part].annotation
            inner = [a for a in typing.get_args(annotation) for a in (a, *typing.get_args(a))]
            nested = [a for a in (annotation, *inner) if isinstance(a, type) and issubclass(a, BaseModel)]
            if nested:
                model = nested[0]
    if isinstance(loc[-1], str):
        name = loc[-1]
    return model, name


def _fields_at(model: type, loc) -> list:
    return list(_model_at(model, loc)[0].model_fields)


def _length_bound(model: type, loc, key: str):
    holder, name = _model_at(model, loc)
    info = holder.model_fields.get(name)
    for item in info.metadata if info else ():
        if getattr(item, key, None) is not None:
            return getattr(item, key)
    return "?"


__all__ = ["router", "request_language", "LIMITS", "MAX_BODY"]
