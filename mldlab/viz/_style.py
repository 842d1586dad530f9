"""The look shared by every figure: a Korean font, large type, a palette readable on a projector.

Nothing here changes matplotlib's global settings (``rcParams``): the Korean font (NanumGothic, shipped by the
``koreanize-matplotlib`` package) is *registered* with matplotlib's font manager, and each figure's texts are given
their font and size one by one when the figure is finished. So a figure can be made in any thread, in English for
one user and in Korean for another, and the user's own plots keep their settings.
"""

import contextlib
import importlib.util
import io
import os
import threading

import numpy as np
from matplotlib import font_manager
from matplotlib.axis import Axis
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.ticker import LogLocator, MaxNLocator, NullLocator

from mldlab.i18n import language, message

KOREAN_FONT = "NanumGothic"
LATIN_FONT = "DejaVu Sans"
BLUE, ORANGE, GREEN, RED, PURPLE, SKY, YELLOW, GREY = (
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#555555")
CLASS_COLOURS = (BLUE, ORANGE, GREEN, PURPLE, RED, SKY, YELLOW, GREY)  # Okabe–Ito: safe for colour-blind eyes
TITLE, LABEL, TICK, LEGEND, NOTE = 16, 14, 12, 12, 12  # points; readable from the back of a classroom
LINE = 2.5

_registered = False
_lock = threading.Lock()


def korean_font_path() -> str:
    """The NanumGothic file inside the installed ``koreanize_matplotlib`` package (found without importing it:
    importing it would change the global settings)."""
    spec = importlib.util.find_spec("koreanize_matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(message("viz_font_missing"))
    return os.path.join(spec.submodule_search_locations[0], "fonts", "NanumGothic.ttf")


def _register_korean_font() -> None:
    global _registered
    with _lock:
        if not _registered:
            regular = korean_font_path()
            font_manager.fontManager.addfont(regular)
            font_manager.fontManager.addfont(regular.replace("NanumGothic.ttf", "NanumGothicBold.ttf"))
            _registered = True


def font_family() -> list:
    """The fonts of every text: DejaVu Sans (matplotlib's own) for Latin letters, digits and symbols, NanumGothic for
    Hangul. Each character is drawn with the first font in the list that has it: DejaVu Sans has no Hangul, and
    NanumGothic draws ``>``, ``²``, ``x₁``, ``η`` small or odd."""
    _register_korean_font()
    return [LATIN_FONT, KOREAN_FONT]


class LessonFigure(Figure):
    """A matplotlib ``Figure`` that shows itself in Jupyter (``_repr_png_``) without pyplot."""

    def _repr_png_(self) -> bytes:
        buffer = io.BytesIO()
        self.savefig(buffer, format="png")
        return buffer.getvalue()


@contextlib.contextmanager
def speaking(lang: str | None):
    """Texts in ``lang`` inside the block (this thread only); ``None`` keeps the language in force."""
    with contextlib.nullcontext() if lang is None else language(lang):
        yield


def blank(figsize=(8, 6), cls=LessonFigure) -> Figure:
    """A new empty figure (not known to pyplot) with an Agg canvas, so it can be drawn in any thread."""
    fig = cls(figsize=figsize, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def figure(nrows: int = 1, ncols: int = 1, figsize=(8, 6), cls=LessonFigure, **subplot_kw):
    """A new figure with a grid of axes (a 2-D array unless 1 × 1)."""
    fig = blank(figsize, cls)
    axes = fig.subplots(nrows, ncols, squeeze=False, subplot_kw=subplot_kw or None)
    return fig, (axes[0, 0] if nrows == ncols == 1 else axes)


def _texts(artist):
    """Every text of ``artist`` but the tick labels (``findobj`` would make every tick just to look at it)."""
    for child in artist.get_children():
        if isinstance(child, Axis):
            yield child.label
            yield child.get_offset_text()
        elif isinstance(child, Text):
            yield child
        else:
            yield from _texts(child)


def finish(fig: Figure) -> Figure:
    """Give every text of ``fig`` the fonts (tick labels through ``tick_params``) and the tick labels their size."""
    family = font_family()
    for text in _texts(fig):
        text.set_fontfamily(family)
    for ax in fig.axes:
        ax.tick_params(labelfontfamily=family, labelsize=TICK)
        for axis in (ax.xaxis, ax.yaxis):
            _fewer_ticks(axis)
    return fig


def _fewer_ticks(axis) -> None:
    """At most about 6 numbered ticks, and no unnumbered minor ticks on a log scale: easier to read from the back
    of the room, and each tick is an object matplotlib has to build and measure."""
    locator = axis.get_major_locator()
    if isinstance(locator, MaxNLocator):
        locator.set_params(nbins=6)
    elif isinstance(locator, LogLocator):
        axis.set_minor_locator(NullLocator())


def decorate(ax, title: str | None = None, xlabel: str | None = None, ylabel: str | None = None) -> None:
    """Title and axis labels in the large sizes, and a light grid."""
    if title:
        ax.set_title(title, fontsize=TITLE)
    if xlabel:
        ax.set_xlabel(xlabel, fontsize=LABEL)
    if ylabel:
        ax.set_ylabel(ylabel, fontsize=LABEL)
    ax.grid(True, alpha=0.3)


def legend(ax, **kwargs):
    """A legend in the large size, on a white box so it stays readable over coloured regions."""
    return ax.legend(fontsize=LEGEND, framealpha=0.9, **kwargs)


def binary_cmap() -> LinearSegmentedColormap:
    """From class 0's colour (ŷ = 0) through white (ŷ = 0.5) to class 1's colour (ŷ = 1)."""
    return LinearSegmentedColormap.from_list("mldlab_binary", [BLUE, "#FFFFFF", ORANGE])


def grid_over(X: np.ndarray, resolution: int, margin: float = 0.5):
    """A ``resolution`` × ``resolution`` grid over the range of the 2 columns of ``X``, widened by ``margin``."""
    lo, hi = X.min(axis=0) - margin, X.max(axis=0) + margin
    xx, yy = np.meshgrid(np.linspace(lo[0], hi[0], resolution), np.linspace(lo[1], hi[1], resolution))
    return xx, yy
