"""The diagram of a sequential network: one column of units per layer, one edge per weight.

Each ``Linear(m, n)`` is a dense layer ("모든 입력이 모든 출력과 연결되어있는 층"): n·m edges, the edge from unit j to
unit i carrying the weight w_{j,i} of z_i = w_{0,i} + Σ_j x_j w_{j,i}. An edge is blue for a positive weight, red for
a negative one, and thicker for a larger |w|. Under each column: its size and the activation g that follows it.
"""

import numpy as np
from matplotlib.collections import LineCollection
from matplotlib.lines import Line2D

from mldlab import nn
from mldlab.i18n import message
from mldlab.train import Model
from mldlab.viz import _style

POSITIVE, NEGATIVE = _style.BLUE, _style.RED


def _layers(module: nn.Module):
    """[(Linear, [the layers after it up to the next Linear])] of a network built as a sequence of layers."""
    flat = [m for m in module.modules() if not list(m.children())]
    out = []
    for layer in flat:
        if isinstance(layer, nn.Linear):
            out.append((layer, []))
        elif out:
            out[-1][1].append(layer)
    return out


def _after(extras) -> str:
    names = []
    for layer in extras:
        if isinstance(layer, nn.Dropout):
            names.append(message("viz_network_dropout", p=layer.p))
        else:
            names.append(type(layer).__name__)
    return ", ".join(names)


def _column(n: int, max_units: int) -> np.ndarray:
    """Heights of the units drawn (at most ``max_units``), centred on 0."""
    shown = min(n, max_units)
    return (np.arange(shown) - (shown - 1) / 2)[::-1]


def network(model, *, max_units: int = 12, lang: str | None = None):
    """The network drawn as units and weighted edges (blue w > 0, red w < 0, thickness ∝ |w|).

    Parameters
    ----------
    model : Model or nn.Module
        A network whose ``Linear`` layers follow one another (``nn.Sequential``, the slides' networks).
    max_units : int, default 12
        Units drawn per layer at most; a wider layer shows its first ``max_units`` units and says how many more.
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        The edges of the k-th ``Linear`` are one ``LineCollection`` with gid ``'weights{k}'``, one segment per
        weight drawn, in the order of ``weight[i, j]`` (row by row).

    Examples
    --------
    >>> from mldlab import nn
    >>> fig = network(nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1)))
    >>> [len(c.get_segments()) for c in fig.axes[0].collections if str(c.get_gid()).startswith("weights")]
    [6, 3]
    """
    module = model.module if isinstance(model, Model) else model
    layers = _layers(module)
    if not layers:
        raise ValueError(message("viz_network_no_linear", type=type(module).__name__))
    sizes = [layers[0][0].in_features] + [linear.out_features for linear, _ in layers]
    with _style.speaking(lang):
        fig, ax = _style.figure(figsize=(max(8, 3.2 * len(sizes)), 7.5))
        heights = [_column(n, max_units) for n in sizes]
        biggest = max(float(np.abs(linear.weight.detach().numpy()).max()) for linear, _ in layers) or 1.0
        for k, (linear, _) in enumerate(layers):
            W = linear.weight.detach().numpy()  # (out, in): W[i, j] joins unit j of layer k to unit i of layer k + 1
            left, right = heights[k], heights[k + 1]
            segments, colours, widths = [], [], []
            for i in range(len(right)):
                for j in range(len(left)):
                    segments.append([(k, left[j]), (k + 1, right[i])])
                    colours.append(POSITIVE if W[i, j] > 0 else NEGATIVE)
                    widths.append(0.4 + 5.6 * abs(W[i, j]) / biggest)
            ax.add_collection(LineCollection(segments, colors=colours, linewidths=widths, alpha=0.75, zorder=1,
                                             gid=f"weights{k}"))
        for k, (n, h) in enumerate(zip(sizes, heights)):
            ax.scatter(np.full(len(h), k), h, s=900, color="white", edgecolors="black", linewidths=2, zorder=3)
            if k == 0:
                for j, y in enumerate(h):
                    ax.text(k, y, f"x{_subscript(j + 1)}", ha="center", va="center", fontsize=_style.NOTE, zorder=4)
            elif k == len(sizes) - 1:
                for i, y in enumerate(h):
                    ax.text(k, y, "ŷ" if n == 1 else f"ŷ{_subscript(i + 1)}", ha="center", va="center",
                            fontsize=_style.NOTE, zorder=4)
            caption = _caption(k, n, sizes, layers, max_units)
            ax.text(k, -(max_units if max(sizes) > max_units else max(sizes)) / 2 - 0.4, caption, ha="center",
                    va="top", fontsize=_style.LABEL)
        top = min(max(sizes), max_units) / 2
        ax.set_xlim(-0.6, len(sizes) - 0.4)
        ax.set_ylim(-top - 1.9, top + 0.2)
        ax.axis("off")
        shape = " → ".join(str(n) for n in sizes)
        ax.set_title(message("viz_network_title", shape=shape, parameters=sum(p.numel() for p in
                                                                                module.parameters())),
                     fontsize=_style.TITLE)
        handles = [Line2D([], [], color=POSITIVE, linewidth=4, label=message("viz_network_positive")),
                   Line2D([], [], color=NEGATIVE, linewidth=4, label=message("viz_network_negative"))]
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncols=2, fontsize=_style.LEGEND)
        return _style.finish(fig)


def _subscript(number: int) -> str:
    return str(number).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def _caption(k: int, n: int, sizes, layers, max_units: int) -> str:
    more = "" if n <= max_units else "\n" + message("viz_network_more", count=n - max_units)
    if k == 0:
        return message("viz_network_input", n=n) + more
    after = _after(layers[k - 1][1])
    if k == len(sizes) - 1:
        return message("viz_network_output", n=n) + (f"\n{after}" if after else "") + more
    return message("viz_network_hidden", k=k, n=n) + (f"\n{after}" if after else "") + more
