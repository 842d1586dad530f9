"""What the lesson pages kmeans, dbscan and pca may send: strict pydantic bodies, their ranges and defaults.

A body is a JSON object with exactly these keys (unknown keys are errors); numbers must be numbers (not "1" or
true) and finite; each has a range. The points are a generated data set (``dataset``, ``n_samples``, ``noise``,
``seed``; a ``noise`` of null is the data set's own default), all of them: clustering and PCA learn without labels,
so nothing is held out. Checks across fields (the noise allowed for the data set, the number of given centres, the
components a data set has) are in ``check``, which raises a ``LabError`` naming the field.
"""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from mldlab.i18n import message
from mldlab.lab._body_types import Bool as _Bool
from mldlab.lab._body_types import Float as _Float
from mldlab.lab._body_types import Int as _Int
from mldlab.lab._body_types import Point as _Point
from mldlab.lab._body_types import check_noise
from mldlab.lab._errors import LabError

DATASETS = ("gaussians", "moons", "circles", "xor", "pass_exam")
"""The lab's 2-D sets the clustering pages offer."""
PCA_DATASETS = ("correlated", *DATASETS, "pancake", "iris")
"""The PCA page's sets: a correlated Gaussian cloud, the 2-D sets, and two 3-D ones (a tilted pancake, iris)."""
DIMENSIONS = {"pancake": 3, "iris": 3}
"""The number of features of each PCA set (2 for the others)."""
MAX_CLUSTERS = 10



class _Body(BaseModel):
    """The points every page draws: ``dataset`` with ``n_samples`` points, ``noise`` and ``seed``."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    dataset: Literal[DATASETS] = "gaussians"
    n_samples: _Int = Field(150, ge=20, le=400)
    noise: Annotated[_Float, Field(ge=0.0, le=3.0)] | None = None
    seed: _Int = Field(0, ge=0, le=2**31 - 1)


class Kmeans(_Body):
    """k-means (scikit-learn's ``n_clusters``, ``init``, ``random_state``, ``max_iter``) shown at Lloyd ``step``.

    ``init`` 'given' starts from ``centers`` (the points the learner clicked; as many as ``n_clusters``);
    'k-means++' and 'random' choose ``n_clusters`` starting centres from ``random_state``. ``step`` s: the
    assignment of iteration s (1 = the first); 0 shows the starting centres alone. ``point``: the index of a point
    whose squared distances to the centres of that step are sent.
    """

    n_clusters: _Int = Field(3, ge=1, le=MAX_CLUSTERS)
    init: Literal["k-means++", "random", "given"] = "k-means++"
    centers: Annotated[list[_Point], Field(max_length=MAX_CLUSTERS)] | None = None
    random_state: _Int = Field(0, ge=0, le=2**31 - 1)
    max_iter: _Int = Field(100, ge=1, le=300)
    step: _Int = Field(0, ge=0, le=300)
    point: _Int | None = Field(None, ge=0, le=399)


class Dbscan(_Body):
    """DBSCAN (scikit-learn's ``eps``, ``min_samples``) on the points."""

    dataset: Literal[DATASETS] = "moons"
    eps: _Float = Field(0.2, gt=0.0, le=100.0)
    min_samples: _Int = Field(5, ge=1, le=50)


class Pca(_Body):
    """PCA of a 2-D or 3-D set; ``n_components`` m: the points are projected onto the first m principal axes and
    back (the reconstruction). ``correlation`` ρ and ``stretch`` (σ₂/σ₁) shape the 'correlated' cloud;
    ``standardize`` scales every feature to variance 1 first (StandardScaler); iris is a fixed table of 150 flowers
    (its first three measurements: ``n_samples`` and ``noise`` do not apply)."""

    dataset: Literal[PCA_DATASETS] = "correlated"
    correlation: _Float = Field(0.8, ge=-0.99, le=0.99)
    stretch: _Float = Field(1.0, ge=0.2, le=5.0)
    n_components: _Int = Field(1, ge=1, le=3)
    standardize: _Bool = False


def check(body: _Body) -> None:
    """The checks across fields of ``body`` (a ``LabError`` naming the field when one fails)."""
    check_noise(body)
    if isinstance(body, Kmeans):
        _check_centers(body)
    if isinstance(body, Pca) and body.n_components > DIMENSIONS.get(body.dataset, 2):
        raise LabError(422, "out_of_range", message("lab_unsup_components", value=body.n_components,
                                                     dataset=body.dataset, high=DIMENSIONS.get(body.dataset, 2)),
                       "n_components")


def _check_centers(body: Kmeans) -> None:
    """'given' needs exactly ``n_clusters`` centres; the other inits choose their own."""
    if body.init == "given" and body.centers is None:
        raise LabError(422, "missing_field", message("lab_unsup_centers_missing"), "centers")
    if body.init != "given" and body.centers is not None:
        raise LabError(422, "not_allowed", message("lab_unsup_centers_unused", init=body.init), "centers")
    if body.init == "given" and len(body.centers) != body.n_clusters:
        raise LabError(422, "wrong_length", message("lab_unsup_centers_count", count=len(body.centers),
                                                     n_clusters=body.n_clusters), "centers")
    if body.point is not None and body.point >= body.n_samples:
        raise LabError(422, "out_of_range", message("lab_unsup_point", value=body.point, n_samples=body.n_samples),
                       "point")
