"""Feature maps: the input image and what each layer of a CNN makes of it, one row per layer.

A convolution layer turns the image into C_out maps, one per kernel (bright where the patch looks like the
kernel); ReLU keeps the positive part, max(0, z); pooling shrinks each map, keeping the largest value of each
window. Going down the rows the maps get smaller and more of them: each says *where* in the image its pattern was
found. The network runs one layer at a time in evaluation mode (dropout off, batch norm with its running
statistics), so each row is exactly the tensor the next layer receives.

Colours: a row with negative values (a convolution's output) is drawn with red > 0, blue < 0 on one scale −m … m
for the whole row; a row without (after ReLU or pooling) from dark (0) to yellow (its largest value).
"""

import numpy as np

from mldlab import nn
from mldlab.grad_mode import no_grad
from mldlab.i18n import message
from mldlab.tensor import Tensor
from mldlab.viz import _cnn, _style

MOST_CHANNELS = 8
_SAME_PICTURE = (nn.Dropout, nn.Identity)  # in evaluation mode these hand their input on unchanged


def layer_outputs(layers: list, batch: np.ndarray) -> list:
    """[(layer, output as a NumPy array)] for each layer, run one after the other on ``batch`` without gradients."""
    out, outputs = Tensor(batch, dtype=batch.dtype), []
    with no_grad():
        for layer in layers:
            out = layer(out)
            outputs.append((layer, out.numpy()))
    return outputs


def _row(subfig, maps: np.ndarray, title: str, columns: int, cmap: str | None, gid: str) -> dict:
    """One row: the first ``columns`` channels of ``maps`` (C, H, W) side by side on one colour scale, with a colour
    bar; returns the (top, left) cell of each channel's map in the row's image."""
    ax = subfig.subplots()
    shown = maps[:columns]
    if cmap is None:
        cmap, (lo, hi) = (_cnn.POSITIVE, (0.0, float(shown.max()) or 1.0)) if shown.min() >= 0 else \
            (_cnn.DIVERGING, (-_cnn.symmetric_limit(shown), _cnn.symmetric_limit(shown)))
    else:
        lo, hi = float(shown.min()), float(shown.max())
    h, w = shown.shape[1:]
    gap = max(1, round(0.25 * max(h, w)))
    canvas, origins = _cnn.montage(shown[None], gap)
    image = _cnn.show_image(ax, canvas, cmap, lo, hi, gid=gid, frame=False)
    _cnn.outline(ax, origins, h, w)
    ax.set_xlim(-0.5, columns * (w + gap) - gap - 0.5)  # a tile takes 1/columns of the width in every row
    ax.set_xticks([left + (w - 1) / 2 for _, left in origins.values()])
    ax.set_xticklabels([message("viz_cnn_channel_short", c=k) for k in range(len(shown))], fontsize=_style.NOTE)
    ax.tick_params(length=0)
    subfig.colorbar(image, ax=ax, shrink=0.9, aspect=12, pad=0.01)
    subfig.suptitle(title, fontsize=_style.LABEL, x=0.02, ha="left")
    return {k: origin for (_, k), origin in origins.items()}


def feature_maps(model, x, *, max_channels: int = MOST_CHANNELS, lang: str | None = None):
    """The input image and the feature maps after each layer of a CNN, one row per layer.

    Parameters
    ----------
    model : nn.Sequential or Model
        A network built as a sequence of layers (convolution, activation, pooling, batch norm, …, Flatten, Linear).
    x : array-like or Tensor of shape (H, W), (C, H, W) or (1, C, H, W)
        One image, as the network takes it.
    max_channels : int, default 8
        At most this many maps per row (the first ones).
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        One row (a subfigure) per map-shaped output: the input, then each layer but Dropout and Identity.
        ``fig.maps`` lists them as dicts: ``name`` (the row's title), ``layer`` (None for the input) and
        ``output`` (C, H, W), the exact values drawn; each row is one image (gid ``map:<row>``) with the maps side
        by side, ``tiles`` giving the (top, left) cell of each channel's map in it.

    Examples
    --------
    >>> import numpy as np
    >>> from mldlab import nn, viz
    >>> model = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(144, 10))
    >>> fig = viz.feature_maps(model, np.random.rand(14, 14), lang="ko")
    >>> [m["output"].shape for m in fig.maps]
    [(1, 14, 14), (4, 12, 12), (4, 12, 12), (4, 6, 6)]
    >>> fig.maps[3]["name"]
    'MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False) → (4, 6, 6)'
    """
    with _style.speaking(lang):
        op = "feature_maps"
        layers = _cnn.sequential_layers(model, op)
        if not isinstance(max_channels, (int, np.integer)) or isinstance(max_channels, bool) or max_channels < 1:
            raise ValueError(message("viz_cnn_max_channels", op=op, value=repr(max_channels)))
        module = _cnn.module_of(model, op)
        batch = _cnn.one_image(x, op, _cnn.dtype_of(module))
        with _cnn.evaluating(module):
            outputs = layer_outputs(layers, batch)
        maps = [{"name": message("viz_cnn_input", shape=tuple(batch.shape[1:])), "layer": None, "output": batch[0]}]
        maps += [{"name": f"{_cnn.layer_name(layer)} → {tuple(out.shape[1:])}", "layer": layer, "output": out[0]}
                 for layer, out in outputs if out.ndim == 4 and not isinstance(layer, _SAME_PICTURE)]
        if len(maps) == 1:
            raise ValueError(message("viz_cnn_no_maps", op=op))
        columns = min(max_channels, max(len(m["output"]) for m in maps))
        fig = _style.blank(figsize=(1.6 * columns + 1.8, 2.3 * len(maps) + 0.9))
        rows = fig.subfigures(len(maps), 1)
        for n, (subfig, drawn) in enumerate(zip(np.ravel(rows), maps)):
            title = drawn["name"]
            if len(drawn["output"]) > columns:
                title += "  " + message("viz_cnn_first_channels", shown=columns, n=len(drawn["output"]))
            drawn["tiles"] = _row(subfig, drawn["output"], title, columns, "gray_r" if n == 0 else None,
                                  gid=f"map:{n}")
        fig.suptitle(message("viz_cnn_maps_title"), fontsize=_style.TITLE)
        fig.maps = maps
        return _style.finish(fig)
