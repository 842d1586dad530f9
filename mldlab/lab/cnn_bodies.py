"""What the lesson pages draw-digit and char-rnn may send: strict pydantic bodies, their ranges and defaults.

A body is a JSON object with exactly these keys (unknown keys are errors); numbers must be numbers (not "1" or
true) and within their range; the drawing is a 32×32 grid of 0 and 1, the text at most ``MAX_TEXT`` characters.
Checks that need the trained network (a feature-map cell inside its layer) are made where it is run.

Examples
--------
>>> DrawDigit.model_validate({"pixels": [[0] * 32] * 32}).cell is None
True
>>> CharRnn.model_validate({"text": "hello"}).temperature
1.0
"""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from mldlab.lab._body_types import Float as _Float
from mldlab.lab._body_types import Int as _Int

GRID = 32
"""The drawing's side: 32×32 on-off pixels, the bitmaps scikit-learn's digits were made from."""
MAX_TEXT = 200
"""The longest text the char-RNN page reads (one heat-map column per character)."""
MAX_SAMPLE = 300
"""The most characters the page may ask the char-RNN to write."""

_Pixel = Annotated[_Int, Field(ge=0, le=1)]
_Row = Annotated[list[_Pixel], Field(min_length=GRID, max_length=GRID)]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class Cell(_Body):
    """One cell of a feature map: the layer's number in the network, the map (``channel``), ``row`` and ``col``."""

    layer: _Int = Field(ge=0, le=64)
    channel: _Int = Field(0, ge=0, le=1024)
    row: _Int = Field(0, ge=0, le=GRID)
    col: _Int = Field(0, ge=0, le=GRID)


class DrawDigit(_Body):
    """The learner's drawing (``pixels``: 32 rows of 32 values, 1 = ink) and the feature-map ``cell`` clicked."""

    pixels: Annotated[list[_Row], Field(min_length=GRID, max_length=GRID)]
    cell: Cell | None = None


class Examples(_Body):
    """The example digits take no settings."""


class CharRnn(_Body):
    """The learner's ``text``, the ``model``'s text (None: the page's language) and what to ``sample``.

    ``sample`` n > 0 continues the text by n characters drawn from the softmax of logits / ``temperature``, with the
    generator seeded by ``seed`` (the same seed, the same continuation).
    """

    text: Annotated[str, Field(min_length=1, max_length=MAX_TEXT, strict=True)]
    model: Literal["en", "ko"] | None = None
    temperature: _Float = Field(1.0, ge=0.05, le=3.0)
    sample: _Int = Field(0, ge=0, le=MAX_SAMPLE)
    seed: _Int = Field(0, ge=0, le=2**31 - 1)
