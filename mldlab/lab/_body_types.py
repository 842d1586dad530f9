"""What the lesson pages' bodies share (``ml_bodies``, ``unsup_bodies``): strict number types, a 2-D point, and the
noise each generated data set allows.

Examples
--------
>>> from pydantic import TypeAdapter
>>> TypeAdapter(Point).validate_python([1.0, -2.5])
[1.0, -2.5]
>>> NOISE_MAX.get("moons", 1.0), NOISE_MAX["pass_exam"]
(1.0, 3.0)
"""

from typing import Annotated

from pydantic import Field, Strict

from mldlab.i18n import message
from mldlab.lab._errors import LabError

NOISE_MAX = {"pass_exam": 3.0}
"""The largest noise of each data set (1.0 for the others)."""
COORDINATE = 1000.0
"""The largest |x₁|, |x₂| of a point a page sends (a query point, a centre)."""

Float = Annotated[float, Strict()]
Int = Annotated[int, Strict()]
Bool = Annotated[bool, Strict()]
Point = Annotated[list[Annotated[Float, Field(ge=-COORDINATE, le=COORDINATE)]], Field(min_length=2, max_length=2)]


def check_noise(body) -> None:
    """A ``LabError`` naming ``noise`` when it is above what ``body.dataset`` allows (None: the set's default)."""
    high = NOISE_MAX.get(body.dataset, 1.0)
    if body.noise is not None and body.noise > high:
        raise LabError(422, "out_of_range", message("lab_ml_noise", value=body.noise, dataset=body.dataset,
                                                     high=high), "noise")
