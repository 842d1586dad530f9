"""The whole playground in one object: ``Setup`` (what the page shows, what the URL carries) and its ``Limits``.

A ``Setup`` is plain JSON with fixed keys; ``validate_setup`` turns a dict from the browser into one, or raises
``SetupError`` with a code, the field and a message in the reader's language. The ranges of the model are the
playground's own; ``Limits`` (what a classroom allows) can only narrow them.

Examples
--------
>>> setup = Setup.defaults()
>>> setup.dataset, [layer.units for layer in setup.hidden], setup.optimizer.name, setup.learning_rate
('circles', [4, 4], 'sgd', 0.03)
>>> validate_setup({"dataset": "spirals"}).output          # the output follows the data set
'multiclass'
>>> try:
...     validate_setup({"learning_rate": 20})
... except SetupError as error:
...     error.code, error.field
('setup_range', 'learning_rate')
"""

import inspect
import math
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, Strict, ValidationError

from mldlab.data import registry
from mldlab.i18n import language, message
from mldlab.lab.features import FEATURES, ONE_D_FEATURES

DATASETS = ("pass_exam", "xor", "circles", "moons", "spirals", "gaussians", "linear", "polynomial", "sine")
ONE_D_DATASETS = ("linear", "polynomial", "sine")
"""Regression sets with one input x1: drawn as a curve y(x1); only the features of x1 apply."""
NOISE_MAX = {"pass_exam": 3.0, "linear": 3.0}
"""The largest noise of each data set (1.0 for the others)."""
TASKS = {"binary": ("bce", "mse"), "multiclass": ("cross_entropy",), "regression": ("mse",)}
"""output → the losses that fit it (the first is the default)."""
ACTIVATIONS = ("relu", "tanh", "sigmoid", "leaky_relu", "linear")
MAX_LAYERS, MAX_UNITS, MAX_EPOCHS, MAX_SAMPLES = 8, 32, 10000, 1000

_Float = Annotated[float, Strict()]  # a number: 3 and 0.5, not "0.5" or true
_Int = Annotated[int, Strict()]  # a whole number: 3, not 3.0, "3" or true
_Bool = Annotated[bool, Strict()]
_Decay = Annotated[_Float, Field(ge=0.0, le=1.0)]
_Eps = Annotated[_Float, Field(gt=0.0, le=1.0)]
_Rate = Annotated[_Float, Field(ge=0.0, lt=1.0)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class Layer(_Strict):
    """One hidden layer: its number of units and its activation g."""

    units: _Int = Field(4, ge=1, le=MAX_UNITS)
    activation: Literal[ACTIVATIONS] = "tanh"


class SGD(_Strict):
    """Plain SGD (PyTorch's defaults): θ ← θ − η·g."""

    name: Literal["sgd"] = "sgd"
    weight_decay: _Decay = 0.0


class Momentum(_Strict):
    """SGD with momentum μ (``optim.SGD(momentum=0.9)``)."""

    name: Literal["momentum"] = "momentum"
    momentum: _Rate = 0.9
    dampening: _Rate = 0.0
    weight_decay: _Decay = 0.0


class Nesterov(_Strict):
    """SGD with Nesterov momentum (``optim.SGD(momentum=0.9, nesterov=True)``)."""

    name: Literal["nesterov"] = "nesterov"
    momentum: Annotated[_Float, Field(gt=0.0, lt=1.0)] = 0.9
    weight_decay: _Decay = 0.0


class Adagrad(_Strict):
    name: Literal["adagrad"] = "adagrad"
    lr_decay: _Decay = 0.0
    weight_decay: _Decay = 0.0
    initial_accumulator_value: Annotated[_Float, Field(ge=0.0, le=10.0)] = 0.0
    eps: _Eps = 1e-10


class Adadelta(_Strict):
    name: Literal["adadelta"] = "adadelta"
    rho: _Rate = 0.9
    eps: _Eps = 1e-6
    weight_decay: _Decay = 0.0


class RMSprop(_Strict):
    name: Literal["rmsprop"] = "rmsprop"
    alpha: _Rate = 0.99
    eps: _Eps = 1e-8
    weight_decay: _Decay = 0.0
    momentum: _Rate = 0.0
    centered: _Bool = False


class Adam(_Strict):
    name: Literal["adam"] = "adam"
    betas: tuple[_Rate, _Rate] = (0.9, 0.999)
    eps: _Eps = 1e-8
    weight_decay: _Decay = 0.0
    amsgrad: _Bool = False


OPTIMIZERS = {cls.model_fields["name"].default: cls for cls in (SGD, Momentum, Nesterov, Adagrad, Adadelta, RMSprop,
                                                                  Adam)}
"""name → its options model; each field has PyTorch's name and default."""


class StepSchedule(_Strict):
    """η ← η·γ every ``step_size`` epochs (``lr_scheduler.StepLR``)."""

    name: Literal["step"]
    step_size: _Int = Field(100, ge=1, le=MAX_EPOCHS)
    gamma: Annotated[_Float, Field(gt=0.0, le=1.0)] = 0.5


class ExponentialSchedule(_Strict):
    """η ← η·γ every epoch (``lr_scheduler.ExponentialLR``)."""

    name: Literal["exponential"]
    gamma: Annotated[_Float, Field(gt=0.0, le=1.0)] = 0.99


class CosineSchedule(_Strict):
    """η follows half a cosine from η₀ down to 0 over ``T_max`` epochs (``lr_scheduler.CosineAnnealingLR``)."""

    name: Literal["cosine"]
    T_max: _Int = Field(1000, ge=1, le=MAX_EPOCHS)  # noqa: N815 (PyTorch's name)


_Optimizer = Annotated[Union[tuple(OPTIMIZERS.values())], Field(discriminator="name")]  # noqa: UP007
_Schedule = Annotated[Union[StepSchedule, ExponentialSchedule, CosineSchedule], Field(discriminator="name")]  # noqa: UP007


class Setup(_Strict):
    """Everything the playground trains: data, features, network, loss, optimizer and the training budget."""

    dataset: Literal[DATASETS + ("upload",)] = "circles"
    noise: Annotated[_Float, Field(ge=0.0, le=3.0)] = 0.1
    n_samples: _Int = Field(300, ge=20, le=MAX_SAMPLES)
    test_ratio: Annotated[_Float, Field(ge=0.1, le=0.9)] = 0.5
    seed: _Int = Field(0, ge=0, le=2**31 - 1)
    features: list[Literal[tuple(FEATURES)]] = Field(default_factory=lambda: ["x1", "x2"], min_length=1,
                                                     max_length=len(FEATURES))
    hidden: list[Layer] = Field(default_factory=lambda: [Layer(), Layer()], max_length=MAX_LAYERS)
    output: Literal[tuple(TASKS)] = "binary"
    loss: Literal["bce", "cross_entropy", "mse"] = "bce"
    optimizer: _Optimizer = Field(default_factory=SGD)
    learning_rate: Annotated[_Float, Field(gt=0.0, le=10.0)] = 0.03
    schedule: _Schedule | None = None
    batch_size: _Int = Field(10, ge=1, le=MAX_SAMPLES)
    l1: Annotated[_Float, Field(ge=0.0, le=1.0)] = 0.0
    l2: Annotated[_Float, Field(ge=0.0, le=1.0)] = 0.0
    dropout: Annotated[_Float, Field(ge=0.0, le=0.9)] = 0.0
    patience: _Int | None = Field(None, ge=0, le=MAX_EPOCHS)
    epochs: _Int = Field(1000, ge=1, le=MAX_EPOCHS)

    @classmethod
    def defaults(cls) -> "Setup":
        """TensorFlow Playground's start: circles, x1 and x2, two hidden layers of 4 tanh, SGD at 0.03."""
        return cls()

    @property
    def n_train(self) -> int:
        """The number of training points of a generated set: n_samples − ⌈n_samples·test_ratio⌉ (at least 1)."""
        return n_train(self.n_samples, self.test_ratio)

    @property
    def inputs(self) -> int:
        """The number of input coordinates of the data set: 1 for the 1-D regression sets, else 2."""
        return 1 if self.dataset in ONE_D_DATASETS else 2


class Limits(BaseModel):
    """What a session may ask for: a classroom server narrows these; they never widen the Setup's ranges."""

    model_config = ConfigDict(extra="forbid")

    max_layers: _Int = Field(MAX_LAYERS, ge=0, le=MAX_LAYERS)
    max_units: _Int = Field(MAX_UNITS, ge=1, le=MAX_UNITS)
    max_epochs: _Int = Field(MAX_EPOCHS, ge=1, le=MAX_EPOCHS)
    max_samples: _Int = Field(MAX_SAMPLES, ge=20, le=MAX_SAMPLES)


class SetupError(ValueError):
    """A setup the playground cannot train: ``code``, ``field`` (dotted, e.g. ``hidden.0.units``) and the message.

    ``as_dict()`` is the body of the server's error: ``{"code", "message", "field"}``.
    """

    def __init__(self, code: str, field: str | None, text: str):
        super().__init__(text)
        self.code, self.field, self.message = code, field, text

    def as_dict(self) -> dict:
        return {"code": self.code, "message": self.message, "field": self.field}


def n_train(n_samples: int, test_ratio: float) -> int:
    """Training points of n_samples split with test_ratio: n − ⌈n·ratio − 1e-9⌉, at least 1."""
    return max(1, n_samples - math.ceil(n_samples * test_ratio - 1e-9))


def task_of(dataset: str) -> str | None:
    """The task of a bundled data set (None for ``'upload'``: the file decides)."""
    return None if dataset == "upload" else registry.task(dataset)


def validate_setup(data, limits: Limits | None = None, *, base: Setup | None = None) -> Setup:
    """A ``Setup`` from the browser's JSON, checked field by field and as a whole.

    Parameters
    ----------
    data : dict
        All or some of the keys of ``Setup``; the missing ones come from ``base``. When the data set changes
        and ``output``/``loss``/``features`` are not given, they follow the new data set.
    limits : Limits, optional
        The session's limits (default: the playground's).
    base : Setup, optional
        The setup ``data`` changes (default: ``Setup.defaults()``).

    Raises
    ------
    SetupError
        ``setup_type`` (not a dict, wrong type), ``setup_unknown`` (a key the setup has not), ``setup_range``,
        ``setup_choice`` (not one of the names), ``setup_output``, ``setup_loss``, ``setup_features``,
        ``setup_batch``, ``setup_limit``.
    """
    if not isinstance(data, dict):
        raise SetupError("setup_type", None, message("lab_setup_not_object", type=type(data).__name__))
    base = base or Setup.defaults()
    merged = {**base.model_dump(), **data}
    if "dataset" in data and data["dataset"] != base.dataset and data["dataset"] in DATASETS + ("upload",):
        _follow_dataset(merged, data)
    try:
        setup = Setup.model_validate(merged)
    except ValidationError as error:
        raise _setup_error(error.errors()[0], merged) from None
    _check_whole(setup, limits or Limits())
    return setup


def choices() -> dict:
    """What the page may choose from (``GET /api/config``): data sets, features, activations, outputs and their
    losses, optimizers and schedules with each hyper-parameter's PyTorch name, default, min and max."""
    datasets = []
    for name in DATASETS + ("upload",):
        noise = None
        if name != "upload":
            default = inspect.signature(registry.DATASETS[name][0]).parameters["noise"].default
            noise = {"default": default, "min": 0.0, "max": NOISE_MAX.get(name, 1.0)}
        labels = {}
        for lang in ("en", "ko"):
            with language(lang):
                labels[f"label_{lang}"] = _DATASET_LABELS[name]()
        datasets.append({"name": name, "task": task_of(name), "inputs": 1 if name in ONE_D_DATASETS else 2,
                         "noise": noise, **labels})
    return {"datasets": datasets, "features": list(FEATURES), "one_d_features": list(ONE_D_FEATURES),
            "activations": list(ACTIVATIONS), "outputs": {task: list(losses) for task, losses in TASKS.items()},
            "losses": ["bce", "cross_entropy", "mse"],
            "optimizers": [{"name": name, "hyperparameters": _options(cls)} for name, cls in OPTIMIZERS.items()],
            "schedules": [{"name": cls.model_fields["name"].annotation.__args__[0], "hyperparameters": _options(cls)}
                          for cls in (StepSchedule, ExponentialSchedule, CosineSchedule)],
            "learning_rate": {"default": 0.03, "min": 0.0, "max": 10.0},
            "setup": Setup.defaults().model_dump(), "limits": Limits().model_dump()}


_DATASET_LABELS = {
    "pass_exam": lambda: message("lab_dataset_pass_exam"), "xor": lambda: message("lab_dataset_xor"),
    "circles": lambda: message("lab_dataset_circles"), "moons": lambda: message("lab_dataset_moons"),
    "spirals": lambda: message("lab_dataset_spirals"), "gaussians": lambda: message("lab_dataset_gaussians"),
    "linear": lambda: message("lab_dataset_linear"), "polynomial": lambda: message("lab_dataset_polynomial"),
    "sine": lambda: message("lab_dataset_sine"), "upload": lambda: message("lab_dataset_upload"),
}


def _options(model) -> list:
    """[{"name", "default", "min", "max"}] of a model's fields other than ``name`` (bounds from their checks)."""
    out = []
    for name, field in model.model_fields.items():
        if name == "name":
            continue
        bounds = {"min": None, "max": None}
        metadata = list(field.metadata)
        for arg in getattr(field.annotation, "__args__", ()):  # the two numbers of betas
            for item in getattr(arg, "__metadata__", ()):
                metadata += getattr(item, "metadata", [item])
        for item in metadata:
            for key, side in (("ge", "min"), ("gt", "min"), ("le", "max"), ("lt", "max")):
                if getattr(item, key, None) is not None:
                    bounds[side] = getattr(item, key)
        default = list(field.default) if isinstance(field.default, tuple) else field.default
        out.append({"name": name, "default": default, **bounds})
    return out


def _follow_dataset(merged: dict, data: dict) -> None:
    """Output, loss and features that fit a newly chosen data set, where the change does not name them."""
    task = task_of(data["dataset"])
    if task and "output" not in data:
        merged["output"] = task
    if task and "loss" not in data:
        merged["loss"] = TASKS[task][0]
    if data["dataset"] in ONE_D_DATASETS and "features" not in data and isinstance(merged["features"], list):
        merged["features"] = [f for f in merged["features"] if f in ONE_D_FEATURES] or ["x1"]


def _check_whole(setup: Setup, limits: Limits) -> None:
    """The checks between fields, then the session's limits."""
    task = task_of(setup.dataset)
    if task and setup.output != task:
        raise SetupError("setup_output", "output", message("lab_setup_output", output=setup.output,
                                                           dataset=setup.dataset, task=task))
    if setup.loss not in TASKS[setup.output]:
        raise SetupError("setup_loss", "loss", message("lab_setup_loss", loss=setup.loss, output=setup.output,
                                                       allowed=", ".join(TASKS[setup.output])))
    if len(set(setup.features)) != len(setup.features):
        raise SetupError("setup_features", "features", message("lab_setup_features_repeat",
                                                               features=", ".join(setup.features)))
    if setup.inputs == 1 and not set(setup.features) <= set(ONE_D_FEATURES):
        raise SetupError("setup_features", "features", message(
            "lab_setup_features_1d", dataset=setup.dataset, features=", ".join(setup.features),
            allowed=", ".join(ONE_D_FEATURES)))
    if setup.noise > NOISE_MAX.get(setup.dataset, 1.0) and setup.dataset != "upload":
        raise SetupError("setup_range", "noise", message("lab_setup_noise", value=setup.noise, dataset=setup.dataset,
                                                         high=NOISE_MAX.get(setup.dataset, 1.0)))
    if setup.dataset != "upload" and setup.batch_size > setup.n_train:
        raise SetupError("setup_batch", "batch_size", message("lab_setup_batch", value=setup.batch_size,
                                                              n_train=setup.n_train))
    for field, value, high in (("hidden", len(setup.hidden), limits.max_layers),
                               ("epochs", setup.epochs, limits.max_epochs),
                               ("n_samples", setup.n_samples, limits.max_samples)):
        if value > high:
            raise SetupError("setup_limit", field, message("lab_setup_limit", field=field, value=value, high=high))
    for i, layer in enumerate(setup.hidden):
        if layer.units > limits.max_units:
            raise SetupError("setup_limit", f"hidden.{i}.units", message(
                "lab_setup_limit", field=f"hidden.{i}.units", value=layer.units, high=limits.max_units))


def _setup_error(error: dict, merged: dict) -> SetupError:
    """One pydantic error as a ``SetupError`` in the reader's language."""
    loc = error["loc"]
    if loc[0] in ("optimizer", "schedule") and len(loc) > 1:
        loc = loc[:1] + loc[2:]  # pydantic names the union's member (the tag): optimizer.adam.eps → optimizer.eps
    field = ".".join(str(part) for part in loc)
    value = error.get("input")
    kind, context = error["type"], error.get("ctx", {})
    if kind == "extra_forbidden":
        return SetupError("setup_unknown", field, message("lab_setup_unknown", field=field,
                                                          allowed=", ".join(_allowed_keys(error["loc"], merged))))
    if kind in ("literal_error", "union_tag_invalid"):
        expected = context.get("expected") or context.get("expected_tags", "")
        return SetupError("setup_choice", field, message("lab_setup_choice", field=field, value=_shown(value),
                                                         allowed=expected))
    bounds = {"greater_than_equal": "≥ {ge}", "greater_than": "> {gt}", "less_than_equal": "≤ {le}",
              "less_than": "< {lt}", "too_short": "≥ {min_length}", "too_long": "≤ {max_length}"}
    if kind in bounds:
        return SetupError("setup_range", field, message("lab_setup_range", field=field, value=_shown(value),
                                                        bound=bounds[kind].format(**context)))
    if kind in ("missing", "union_tag_not_found"):
        return SetupError("setup_missing", field, message("lab_setup_missing", field=field))
    return SetupError("setup_type", field, message("lab_setup_type", field=field, value=_shown(value),
                                                   expected=_expected(kind)))


def _allowed_keys(loc: tuple, merged: dict) -> list:
    """The keys allowed where an unknown key was found."""
    if loc[0] == "optimizer" and len(loc) > 2:
        return list(OPTIMIZERS[loc[1]].model_fields)
    if loc[0] == "schedule" and len(loc) > 2:
        return list({"step": StepSchedule, "exponential": ExponentialSchedule, "cosine": CosineSchedule}[
            loc[1]].model_fields)
    if loc[0] == "hidden" and len(loc) > 2:
        return list(Layer.model_fields)
    return list(Setup.model_fields)


def _expected(kind: str) -> str:
    """The kind of value pydantic expected, from the error type (``int_type`` → ``int``)."""
    return {"int_type": "int", "float_type": "float", "bool_type": "true/false", "list_type": "list",
            "tuple_type": "list", "string_type": "str", "dict_type": "object", "model_type": "object",
            "model_attributes_type": "object", "int_from_float": "int"}.get(kind, kind)


def _shown(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
