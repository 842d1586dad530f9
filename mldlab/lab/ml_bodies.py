"""What the lesson pages knn, tree and forest may send: strict pydantic bodies, their ranges and defaults.

A body is a JSON object with exactly these keys (unknown keys are errors); numbers must be numbers (not "1" or
true) and finite; each has a range. Every page draws the same kind of 2-D data: a generated data set (``dataset``,
``n_samples``, ``noise``, ``seed``) split into training and test points (``test_ratio``). A ``noise`` of null is
the data set's own default. Checks across fields (the noise allowed for the data set, a query point near the data)
are in ``check``, which raises a ``LabError`` naming the field.
"""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from mldlab.lab._body_types import Bool as _Bool
from mldlab.lab._body_types import Float as _Float
from mldlab.lab._body_types import Int as _Int
from mldlab.lab._body_types import Point as _Point
from mldlab.lab._body_types import check_noise

DATASETS = ("moons", "circles", "gaussians", "xor", "pass_exam")
"""The lab's 2-D classification sets these pages offer."""



class _Body(BaseModel):
    """The data every page draws: ``dataset`` with ``n_samples`` points, ``noise`` and ``seed``, split for testing."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    dataset: Literal[DATASETS] = "moons"
    n_samples: _Int = Field(100, ge=20, le=400)
    noise: Annotated[_Float, Field(ge=0.0, le=3.0)] | None = None
    seed: _Int = Field(0, ge=0, le=2**31 - 1)
    test_ratio: _Float = Field(0.3, ge=0.1, le=0.5)


class Knn(_Body):
    """k-nearest neighbours (scikit-learn's ``n_neighbors``, ``weights``, ``p``) and the query point ``x``.

    ``regions`` asks for the decision regions too (a drag of the query point does not change them).
    """

    n_neighbors: _Int = Field(5, ge=1, le=50)
    weights: Literal["uniform", "distance"] = "uniform"
    p: _Float = Field(2.0, ge=1.0, le=10.0)
    x: _Point | None = None
    regions: _Bool = True


class Tree(_Body):
    """A decision tree (``criterion``, ``max_depth``) shown after its first ``step`` splits; ``x``: a point whose
    path is explained."""

    criterion: Literal["gini", "entropy"] = "gini"
    max_depth: _Int | None = Field(4, ge=1, le=8)
    step: _Int = Field(1, ge=0, le=255)
    x: _Point | None = None


class Forest(_Body):
    """A random forest (``n_estimators``, ``max_features``, ``bootstrap``, ``max_depth``, ``random_state``) and the
    point ``x`` whose votes are shown; ``trees``: how many single trees are drawn beside the forest."""

    n_estimators: _Int = Field(25, ge=1, le=100)
    max_features: Literal["sqrt", "log2", 1, 2] | None = "sqrt"
    bootstrap: _Bool = True
    max_depth: _Int | None = Field(None, ge=1, le=12)
    random_state: _Int = Field(0, ge=0, le=2**31 - 1)
    trees: _Int = Field(4, ge=0, le=12)
    x: _Point | None = None

    @field_validator("max_features", mode="before")
    @classmethod
    def _whole_number(cls, value):
        """1 and 2 as whole numbers only (not true or 1.0, which the literal would take for 1)."""
        if isinstance(value, (bool, float)):
            raise ValueError(value)
        return value


def check(body: _Body) -> None:
    """The checks across fields of ``body`` (a ``LabError`` naming the field when one fails)."""
    check_noise(body)
