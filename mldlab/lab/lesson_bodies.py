"""What the lesson pages perceptron … backprop may send: strict pydantic bodies, their ranges, the cost functions.

A body is a JSON object with exactly these keys (unknown keys are errors); numbers must be numbers (not "1" or
true) and finite; each has a range. Checks that involve several fields (the shapes of the backprop network, a
gradient-descent start with as many numbers as the function has weights) are in ``check``, which raises a
``LabError`` naming the field. The defaults are the slides' own examples.
"""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, Strict

from mldlab.i18n import message
from mldlab.lab._errors import LabError

EXTENT = 6.0
"""The perceptron's plane is the square [−6, 6]²: the inputs x₁, x₂ stay in it."""
WEIGHT = 20.0
"""The largest weight (in absolute value) a page may set."""

_Float = Annotated[float, Strict()]
_Int = Annotated[int, Strict()]
_Bool = Annotated[bool, Strict()]
_Weight = Annotated[_Float, Field(ge=-WEIGHT, le=WEIGHT)]
_Input = Annotated[_Float, Field(ge=-EXTENT, le=EXTENT)]
_Value = Annotated[_Float, Field(ge=-1e6, le=1e6)]
_Row = Annotated[list[_Value], Field(min_length=2, max_length=5)]
"""One sample's predicted probabilities of 2 to 5 classes (cross-entropy)."""
_ACTIVATIONS = Literal["sigmoid", "tanh", "relu", "leaky_relu", "linear"]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class Perceptron(_Body):
    """ŷ = g(w₀ + x₁w₁ + x₂w₂): the slide's w₀ = 1, w = [3, −2], x = [−1, 2] by default."""

    w0: _Weight = 1.0
    w1: _Weight = 3.0
    w2: _Weight = -2.0
    x1: _Input = -1.0
    x2: _Input = 2.0
    activation: _ACTIVATIONS = "sigmoid"


class Activation(_Body):
    """An activation g and the points z where g(z) and g′(z) are shown."""

    name: _ACTIVATIONS = "sigmoid"
    points: list[Annotated[_Float, Field(ge=-50.0, le=50.0)]] = Field([-6.0, -2.0, 0.0, 2.0, 6.0], min_length=1,
                                                                     max_length=9)


class Loss(_Body):
    """Targets and predictions of a few samples: the slide's "will I pass this class?" by default."""

    name: Literal["bce", "mse", "cross_entropy"] = "bce"
    y_true: list[_Value] = Field([1.0, 0.0, 1.0], min_length=1, max_length=10)
    y_pred: list[_Value | _Row] = Field([0.1, 0.8, 0.6], min_length=1, max_length=10)


def _parabola(w):
    """J(w) = (w − 3)², for one w or a column of them."""
    return ((w - 3.0) ** 2).sum(-1)


def _bowl(w):
    """J(w₁, w₂) = (w₁ − 3)² + 4(w₂ − 2)², for one (w₁, w₂) or rows of them."""
    return (w[..., 0] - 3.0) ** 2 + 4.0 * (w[..., 1] - 2.0) ** 2


FUNCTIONS = {
    "parabola": ("J(w) = (w − 3)²", [3.0], _parabola),
    "bowl": ("J(w₁, w₂) = (w₁ − 3)² + 4(w₂ − 2)²", [3.0, 2.0], _bowl),
}
"""name → (formula, the minimum, J as engine Tensor operations)."""


class Descent(_Body):
    """Gradient descent from ``w`` with learning rate η = ``lr``, ``steps`` steps at once."""

    function: Literal["parabola", "bowl"] = "parabola"
    w: list[Annotated[_Float, Field(ge=-50.0, le=50.0)]] = Field([-1.0], min_length=1, max_length=2)
    lr: _Float = Field(0.1, gt=0.0, le=10.0)
    steps: _Int = Field(1, ge=1, le=100)


class Backprop(_Body):
    """A network n-h-1 (n = 1 or 2 inputs, h = 1 to 3 hidden units, ŷ = σ(z₂)) on one sample (x, y).

    ``w1`` is h × n and ``w2`` is 1 × h (PyTorch's out × in); ``step`` applies W ← W − η ∂J/∂W first.
    """

    x: list[_Value] = Field([4.0, 5.0], min_length=1, max_length=2)
    y: _Float = Field(1.0, ge=0.0, le=1.0)
    w1: list[list[_Weight]] = Field([[0.2, -0.1], [-0.3, 0.2]], min_length=1, max_length=3)
    b1: list[_Weight] = Field([0.0, 0.1], min_length=1, max_length=3)
    w2: list[list[_Weight]] = Field([[0.5, -0.4]], min_length=1, max_length=1)
    b2: list[_Weight] = Field([0.1], min_length=1, max_length=1)
    activation: Literal["sigmoid", "tanh", "relu"] = "sigmoid"
    loss: Literal["bce", "mse"] = "bce"
    lr: _Float = Field(0.5, gt=0.0, le=10.0)
    step: _Bool = False


def _shape(field: str, rows: list, n_rows: int, n_columns: int):
    if len(rows) != n_rows or any(len(row) != n_columns for row in rows):
        got = f"{len(rows)} × {len(rows[0]) if rows else 0}"
        raise LabError(422, "wrong_shape", message("lessons_shape", field=field, rows=n_rows, columns=n_columns,
                                                     got=got), field)


def check(body) -> None:
    """The checks across fields of ``body`` (a ``LabError`` naming the field when one fails)."""
    if isinstance(body, Descent) and len(body.w) != len(FUNCTIONS[body.function][1]):
        raise LabError(422, "wrong_length", message("lessons_start", n=len(FUNCTIONS[body.function][1]),
                                                     function=FUNCTIONS[body.function][0], got=len(body.w)), "w")
    if isinstance(body, Backprop):
        hidden = len(body.b1)
        _shape("w1", body.w1, hidden, len(body.x))
        _shape("w2", body.w2, 1, hidden)
