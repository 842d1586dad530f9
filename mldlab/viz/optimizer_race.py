"""The optimizer race: SGD, Momentum, Nesterov, Adagrad, Adadelta, RMSprop and Adam from one start on 2-D surfaces.

Each optimizer is mldlab's own (``mldlab.optim``, with PyTorch's rules), stepping a point θ = (x, y) downhill on a
surface f(x, y): at every step ``backward()`` computes ∂f/∂θ and ``step()`` moves θ, as in training, where θ would be
all the weights and f the loss J(W). The surfaces show the situations the slides talk about:

    bowl        x² + y²                         one minimum, round: everyone gets there
    valley      0.1x² + 2y²                     long and narrow: plain SGD zig-zags, momentum rolls along
    Rosenbrock  (1 − x)² + 10(y − x²)²          a curved valley (b = 10 instead of the usual 100, for 80 steps)
    saddle      x² − y² + y⁴/4                  flat at (0, 0): who escapes to a minimum at y = ±√2?
    several     a slope with two wells          which minimum an optimizer finds depends on how it moves

``fig.save_animation("race.gif")`` writes the race as a GIF with matplotlib's own Pillow writer.
"""

import numpy as np
from matplotlib.animation import PillowWriter
from matplotlib.lines import Line2D

from mldlab import optim
from mldlab._ops.combine import stack
from mldlab._ops.pointwise import exp
from mldlab.creation import tensor
from mldlab.i18n import message
from mldlab.viz import _style

_OPTIMIZERS = (
    ("SGD", _style.GREY, lambda p, s: optim.SGD(p, lr=0.05 * s)),
    ("Momentum", _style.BLUE, lambda p, s: optim.SGD(p, lr=0.05 * s, momentum=0.9)),
    ("Nesterov", _style.SKY, lambda p, s: optim.SGD(p, lr=0.05 * s, momentum=0.9, nesterov=True)),
    ("Adagrad", _style.GREEN, lambda p, s: optim.Adagrad(p, lr=0.5 * s)),
    ("Adadelta", _style.YELLOW, lambda p, s: optim.Adadelta(p, lr=1.0)),
    ("RMSprop", _style.PURPLE, lambda p, s: optim.RMSprop(p, lr=0.02 * s)),
    ("Adam", _style.RED, lambda p, s: optim.Adam(p, lr=0.1 * s)),
)
OPTIMIZERS = tuple(name for name, _, _ in _OPTIMIZERS)


def _several(x, y, e):
    """A gentle bowl with two wells: a shallow one at (1.5, 1) and a deeper one at (−1.5, −1.2)."""
    shallow = e(-((x - 1.5) ** 2 + (y - 1) ** 2))
    deep = e(-((x + 1.5) ** 2 + (y + 1.2) ** 2))
    return 0.05 * (x ** 2 + y ** 2) - 1.2 * shallow - 2 * deep


# name: (f(x, y, exp), default start, (x range, y range), learning-rate scale)
SURFACES = {
    "bowl": (lambda x, y, e: x ** 2 + y ** 2, (-2.5, 2.0), ((-3, 3), (-3, 3)), 1.0),
    "valley": (lambda x, y, e: 0.1 * x ** 2 + 2 * y ** 2, (-4.5, 1.2), ((-5, 5), (-2, 2)), 1.0),
    "rosenbrock": (lambda x, y, e: (1 - x) ** 2 + 10 * (y - x ** 2) ** 2, (-1.5, 2.5), ((-2, 2), (-1, 3)), 0.2),
    "saddle": (lambda x, y, e: x ** 2 - y ** 2 + y ** 4 / 4, (-2.5, 0.01), ((-3, 3), (-2.5, 2.5)), 1.0),
    "several": (_several, (0.5, 2.8), ((-3.5, 3.5), (-3.5, 3.5)), 1.0),
}


def race(surface: str, start, steps: int) -> dict:
    """{optimizer name: (steps + 1, 2) array of the points visited} on ``surface`` from ``start``.

    The seven points are stacked and go through f together, so one ``backward()`` gives each its own gradient
    (the rows do not interact); each optimizer then steps its own point. A point whose value stops being finite
    stops there.
    """
    f, _, _, scale = SURFACES[surface]
    points = [tensor(np.array(start, dtype=np.float64), requires_grad=True) for _ in _OPTIMIZERS]
    optimizers = [make([p], scale) for (_, _, make), p in zip(_OPTIMIZERS, points)]
    paths = [[tuple(start)] for _ in _OPTIMIZERS]
    running = [True] * len(points)
    for _ in range(steps):
        for optimizer in optimizers:
            optimizer.zero_grad()
        P = stack(points)
        f(P[:, 0], P[:, 1], exp).sum().backward()  # ∂f/∂θ for every point at once
        for k, (optimizer, p) in enumerate(zip(optimizers, points)):
            if running[k]:
                optimizer.step()  # θ ← θ − (the optimizer's rule)
                xy = p.detach().numpy()
                running[k] = bool(np.isfinite(xy).all() and np.abs(xy).max() < 1e6)
                if running[k]:
                    paths[k].append((float(xy[0]), float(xy[1])))
    return {name: np.array(path) for (name, _, _), path in zip(_OPTIMIZERS, paths)}


class RaceFigure(_style.LessonFigure):
    """The race's figure; ``save_animation(path)`` writes it as a GIF, the paths growing step by step."""

    def save_animation(self, path, fps: int = 15, dpi: int = 60, every: int = 2) -> None:
        """Write the race as an animated GIF (matplotlib's ``PillowWriter``), one frame per ``every`` steps."""
        lines = [line for ax in self.axes for line in ax.lines if str(line.get_gid()).startswith("path:")]
        full = [line.get_data() for line in lines]
        longest = max(len(xs) for xs, _ in full)
        writer = PillowWriter(fps=fps)
        self.canvas.draw()
        layout = self.get_layout_engine()
        self.set_layout_engine("none")  # the layout of the first draw, kept: one draw per frame
        try:
            with writer.saving(self, path, dpi):
                for t in list(range(1, longest, every)) + [longest]:
                    for line, (xs, ys) in zip(lines, full):
                        line.set_data(xs[:t], ys[:t])
                    writer.grab_frame()
        finally:
            for line, (xs, ys) in zip(lines, full):
                line.set_data(xs, ys)
            self.set_layout_engine(layout)


def optimizer_race(surfaces=tuple(SURFACES), *, start=None, steps: int = 80, lang: str | None = None):
    """Paths of SGD, Momentum, Nesterov, Adagrad, Adadelta, RMSprop and Adam on the contours of 2-D surfaces.

    Parameters
    ----------
    surfaces : str or sequence of {'bowl', 'valley', 'rosenbrock', 'saddle', 'several'}
        The surfaces, one panel each (default all five).
    start : (float, float), optional
        The common starting point of every optimizer (default: a start chosen for each surface).
    steps : int, default 80
        Steps of each optimizer.
    lang : {'en', 'ko'}, optional

    Returns
    -------
    RaceFigure
        A ``Figure`` with ``save_animation(path)``; ``fig.paths[surface][optimizer]`` are the points visited,
        and each path is a line with gid ``'path:<optimizer>'``.

    Notes
    -----
    Learning rates: SGD, Momentum and Nesterov 0.05, RMSprop 0.02, Adagrad 0.5, Adam 0.1 (× 0.2 on Rosenbrock, whose
    slopes are steeper), Adadelta PyTorch's default 1.0: Adadelta's first steps are about √ε = 0.001 long,
    so it starts slowly.

    Examples
    --------
    >>> fig = optimizer_race("bowl", start=(2.0, -1.0), steps=20, lang="en")
    >>> len([l for l in fig.axes[0].lines if str(l.get_gid()).startswith("path:")])
    7
    >>> fig.paths["bowl"]["Adam"][0].tolist()
    [2.0, -1.0]
    """
    surfaces = (surfaces,) if isinstance(surfaces, str) else tuple(surfaces)
    for name in surfaces:
        if name not in SURFACES:
            raise ValueError(message("viz_race_surface", name=name, names=", ".join(SURFACES)))
    with _style.speaking(lang):
        ncols = min(len(surfaces) + 1, 3)
        nrows = -(-(len(surfaces) + 1) // ncols)
        fig, axes = _style.figure(nrows, ncols, figsize=(6.2 * ncols, 5.6 * nrows), cls=RaceFigure)
        axes = np.atleast_1d(axes).ravel()
        fig.paths = {}
        for ax, name in zip(axes, surfaces):
            f, default_start, ((x0, x1), (y0, y1)), _ = SURFACES[name]
            begin = tuple(float(v) for v in (start if start is not None else default_start))
            fig.paths[name] = race(name, begin, steps)
            X, Y = np.meshgrid(np.linspace(x0, x1, 100), np.linspace(y0, y1, 100))
            Z = f(X, Y, np.exp)
            ax.imshow(Z, origin="lower", extent=(x0, x1, y0, y1), aspect="auto", cmap="Greys", alpha=0.45)
            ax.contour(X, Y, Z, levels=10, colors="black", linewidths=0.5, alpha=0.5,
                       linestyles="solid")
            for (opt, colour, _), path in zip(_OPTIMIZERS, fig.paths[name].values()):
                ax.plot(path[:, 0], path[:, 1], color=colour, linewidth=2.4, gid=f"path:{opt}")
            lowest = np.unravel_index(Z.argmin(), Z.shape)
            ax.plot(X[lowest], Y[lowest], marker="*", markersize=20, color="white", markeredgecolor="black",
                    linestyle="")
            ax.plot(*begin, marker="s", markersize=12, color="black", linestyle="")
            ax.set_xlim(x0, x1)
            ax.set_ylim(y0, y1)
            _style.decorate(ax, _title(name), "x", "y")
        for ax in axes[len(surfaces):]:
            ax.axis("off")
        handles = [Line2D([], [], color=colour, linewidth=4, label=opt) for opt, colour, _ in _OPTIMIZERS]
        handles += [Line2D([], [], color="black", marker="s", markersize=11, linestyle="",
                           label=message("viz_lr_start")),
                    Line2D([], [], color="white", marker="*", markersize=18, markeredgecolor="black", linestyle="",
                           label=message("viz_race_minimum"))]
        axes[len(surfaces)].legend(handles=handles, loc="center", fontsize=_style.LEGEND + 2,
                                   title=message("viz_race_legend", steps=steps), title_fontsize=_style.LABEL)
        return _style.finish(fig)


def _title(name: str) -> str:
    if name == "bowl":
        return message("viz_race_bowl")
    if name == "valley":
        return message("viz_race_valley")
    if name == "rosenbrock":
        return message("viz_race_rosenbrock")
    if name == "saddle":
        return message("viz_race_saddle")
    return message("viz_race_several")
