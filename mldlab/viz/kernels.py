"""The kernels of a convolution layer as small images: what each output channel looks for.

A ``Conv2d(C_in, C_out, k)`` holds C_out × C_in kernels K of k × k weights; output channel o at (i, j) is::

    z_o(i, j) = b_o + Σ_c Σ_u Σ_v K_{o,c}(u, v) · x_c(i + u, j + v)

so z is large where the patch of x looks like the kernel (bright where K > 0, dark where K < 0). Each kernel is
drawn with the same diverging colours: red for weights > 0, blue for weights < 0, white for 0, on one scale
−m … m for every panel (m the largest |weight| shown), so panels can be compared. The first layer (one input
channel, e.g. grey images) has one kernel per output channel; a deeper layer has one per (output, input) pair:
a row per output channel, a column per input channel.
"""

import numpy as np

from mldlab.i18n import message
from mldlab.viz import _clusters, _cnn, _style

MOST_PANELS = 64
PER_ROW = 8
VALUES_UP_TO = 5  # kernels of at most 5 × 5 weights, when few are shown, carry their numbers


def _conv_layers(model_or_layer, op: str) -> list:
    if _cnn.is_conv(model_or_layer):
        return [model_or_layer]
    module = _cnn.module_of(model_or_layer, op)
    convs = [layer for layer in module.modules() if _cnn.is_conv(layer)]
    if not convs:
        raise ValueError(message("viz_cnn_no_conv", op=op, type=type(module).__name__))
    return convs


def _chosen(values, n: int, name: str, op: str) -> list:
    """The channels asked for (default all), each checked to be in 0 … n − 1."""
    chosen = list(range(n)) if values is None else [values] if isinstance(values, (int, np.integer)) else \
        list(values)
    for value in chosen:
        if not isinstance(value, (int, np.integer)) or isinstance(value, bool) or not 0 <= value < n:
            raise ValueError(message("viz_cnn_channel", op=op, name=name, value=repr(value), n=n))
    if not chosen:
        raise ValueError(message("viz_cnn_channel", op=op, name=name, value="[]", n=n))
    return chosen


def _write_values(ax, kernel: np.ndarray, m: float, top: int, left: int) -> None:
    for (u, v), w in np.ndenumerate(kernel):
        ax.text(left + v, top + u, f"{w:.2f}".replace("-0.00", "0.00"), ha="center", va="center",
                fontsize=_style.NOTE - 2, color="white" if abs(w) > 0.6 * m else "black", gid="value")


def kernels(model_or_layer, *, layer: int = 0, out_channels=None, in_channels=None, max_kernels: int = MOST_PANELS,
            values: bool | None = None, lang: str | None = None):
    """The kernels of a convolution layer, one small image each, red > 0, blue < 0, on one colour scale.

    Parameters
    ----------
    model_or_layer : Conv2d, Conv1d, nn.Module or Model
        A convolution layer, or a network: then its convolution layer number ``layer``.
    layer : int, default 0
        Which convolution layer of a network (0: the first, −1: the last).
    out_channels, in_channels : int or list of int, optional
        The output (rows) and input (columns) channels to draw (default all, up to ``max_kernels`` kernels).
    max_kernels : int, default 64
        At most this many kernels; with more, the first output channels that fit are drawn.
    values : bool, optional
        Write each weight in its cell (default: when at most 16 kernels of at most 5 × 5 are drawn).
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.kernels`` is the array drawn, (output channels, input channels, kH, kW) (a Conv1d's kernels as
        1 × k images); ``fig.out_channels``, ``fig.in_channels`` the channels; ``fig.layer`` the layer. They are
        drawn as one image (gid ``kernels``); ``fig.tiles`` maps (output, input) channel to the (top, left) cell of
        that kernel in it.

    Examples
    --------
    >>> from mldlab import nn, viz
    >>> conv = nn.Conv2d(1, 4, kernel_size=3)
    >>> fig = viz.kernels(nn.Sequential(conv, nn.ReLU()), lang="ko")
    >>> fig.kernels.shape
    (4, 1, 3, 3)
    >>> bool((fig.kernels == conv.weight.detach().numpy()).all())
    True
    >>> fig.axes[0].texts[-1].get_text()
    '출력 채널 3'
    """
    with _style.speaking(lang):
        op = "kernels"
        convs = _conv_layers(model_or_layer, op)
        if not isinstance(layer, (int, np.integer)) or isinstance(layer, bool) or not -len(convs) <= layer < len(convs):
            raise ValueError(message("viz_cnn_conv_index", op=op, value=repr(layer), n=len(convs)))
        conv = convs[layer]
        weight = conv.weight.detach().numpy().astype(np.float64)
        if weight.ndim == 3:
            weight = weight[:, :, None, :]
        outs = _chosen(out_channels, weight.shape[0], "out_channels", op)
        ins = _chosen(in_channels, weight.shape[1], "in_channels", op)
        outs = outs[:max(1, max_kernels // len(ins))]
        shown = weight[np.ix_(outs, ins)]
        k_h, k_w = shown.shape[2:]
        if values is None:
            values = shown.shape[0] * shown.shape[1] <= 16 and max(k_h, k_w) <= VALUES_UP_TO
        title = message("viz_cnn_kernels_title", layer=_cnn.layer_name(conv), k_h=k_h, k_w=k_w)
        if len(outs) < weight.shape[0] and out_channels is None:
            title += "\n" + message("viz_cnn_first_channels", shown=len(outs), n=weight.shape[0])
        fig = _draw(shown, outs, ins, values, title)
        fig.kernels, fig.out_channels, fig.in_channels, fig.layer = shown, outs, ins, conv
        return _style.finish(fig)


def _draw(shown: np.ndarray, outs: list, ins: list, values: bool, title: str):
    """The kernels in one image: a row per output channel and a column per input channel, or (one input channel)
    up to 8 output channels to a row, each named above it."""
    k_h, k_w = shown.shape[2:]
    per_out = len(ins) == 1
    if per_out:
        columns = min(len(outs), PER_ROW // 2 if values else PER_ROW)
        rows = -(-len(outs) // columns)
        tiles = np.full((rows * columns, 1, k_h, k_w), np.nan)
        tiles[:len(outs)] = shown
        tiles = tiles.reshape(rows, columns, k_h, k_w)
    else:
        tiles, (rows, columns) = shown, shown.shape[:2]
    gap = max(1, round(0.34 * max(k_h, k_w)))
    canvas, origins = _cnn.montage(tiles, gap)
    where = {(outs[r * columns + c], ins[0]) if per_out else (outs[r], ins[c]): origin
             for (r, c), origin in origins.items() if not per_out or r * columns + c < len(outs)}
    cell = 0.5 if values else 1.5 / max(k_h, k_w)  # inches
    labels = 0.35 * rows if per_out else 0.5
    fig, ax = _style.figure(figsize=(max(canvas.shape[1] * cell + 1.4, 7.5), canvas.shape[0] * cell + labels + 2.2))
    m = _cnn.symmetric_limit(shown)
    image = _cnn.show_image(ax, canvas, _cnn.DIVERGING, -m, m, gid="kernels", frame=False)
    _cnn.outline(ax, where, k_h, k_w)
    for (o, c), (top, left) in where.items():
        if values:
            _write_values(ax, shown[outs.index(o), ins.index(c)], m, top, left)
        if per_out:
            ax.text(left + (k_w - 1) / 2, top - 0.6, message("viz_cnn_out_channel", o=o), ha="center", va="bottom",
                    fontsize=_style.NOTE)
    if not per_out:
        ax.xaxis.tick_top()
        ax.set_xticks([left + (k_w - 1) / 2 for (o, _), (_, left) in where.items() if o == outs[0]])
        ax.set_xticklabels([message("viz_cnn_in_short", c=c) for c in ins], fontsize=_style.NOTE)
        ax.set_yticks([top + (k_h - 1) / 2 for (_, c), (top, _) in where.items() if c == ins[0]])
        ax.set_yticklabels([message("viz_cnn_out_short", o=o) for o in outs], fontsize=_style.NOTE)
        ax.tick_params(length=0)
    bar = fig.colorbar(image, ax=ax, shrink=0.6, location="bottom", aspect=40, pad=0.02)
    bar.set_label(message("viz_cnn_weight"), fontsize=_style.LABEL)
    fig.suptitle(_clusters.wrap_to(title, fig.get_figwidth(), _style.TITLE), fontsize=_style.TITLE)
    fig.tiles = where
    return fig
