"""The receptive field: which input pixels one output unit of a layer sees.

Each convolution or pooling layer with kernel k, stride s, padding p and dilation d maps the output rows lo … hi
(along each axis) back to the input rows::

    (1) lo ← lo · s − p
    (2) hi ← hi · s − p + d · (k − 1)

Activations and batch norm work pixel by pixel and change nothing. Going back from the chosen unit to the input
layer by layer gives the field: one unit of the first 3 × 3 convolution sees 3 × 3 pixels, one after a second
3 × 3 convolution 5 × 5, and each 2 × 2 pooling in between doubles what follows it. The part of the field outside
the image is the zero padding.

The check: the unit's value changes only with the pixels it sees, so the gradient ∂out/∂x (by backward) is 0
outside the field. Inside it the gradient can be 0 too: ReLU passes nothing where z < 0, max pooling only its
largest value; what is left is the *effective* receptive field (Luo et al., 2016), drawn beside the box. (With a
``padding_mode`` other than ``'zeros'`` the padding repeats pixels of the image, which the gradient then reaches
too.)
"""

import numpy as np
from matplotlib.patches import Rectangle

from mldlab import nn
from mldlab.i18n import message
from mldlab.tensor import Tensor
from mldlab.viz import _clusters, _cnn, _style

_PIXELWISE = ("ReLU", "LeakyReLU", "Tanh", "Sigmoid", "ELU", "GELU", "SiLU", "BatchNorm2d", "Dropout", "Identity")


def _pair(value) -> tuple:
    return tuple(value) if isinstance(value, (tuple, list)) else (value, value)


def geometry(layer, op: str):
    """(k, s, p, d), each a pair (rows, columns), of a convolution or pooling layer; None for a layer that works
    pixel by pixel; a clear error for a layer that has no receptive field of this kind."""
    if isinstance(layer, nn.Conv2d):
        k, d = _pair(layer.kernel_size), _pair(layer.dilation)
        if layer.padding == "same":
            p = tuple(d_ * (k_ - 1) // 2 for k_, d_ in zip(k, d))  # the left (top) share of the padding
        else:
            p = (0, 0) if layer.padding == "valid" else _pair(layer.padding)
        return k, _pair(layer.stride), p, d
    if isinstance(layer, (nn.MaxPool2d, nn.AvgPool2d)):
        k = _pair(layer.kernel_size)
        s = k if layer.stride is None else _pair(layer.stride)
        return k, s, _pair(layer.padding), _pair(getattr(layer, "dilation", 1))
    if type(layer).__name__ in _PIXELWISE:
        return None
    raise ValueError(message("viz_cnn_rf_layer", op=op, layer=_cnn.layer_name(layer)))


def field_of(layers: list, position: tuple, op: str) -> tuple:
    """The input rows (lo, hi) and columns (lo, hi) that the unit at ``position`` after ``layers`` sees (the ends
    included, before clipping to the image)."""
    rows, cols = (position[0], position[0]), (position[1], position[1])
    for layer in reversed(layers):
        shape = geometry(layer, op)
        if shape is not None:
            (k_r, k_c), (s_r, s_c), (p_r, p_c), (d_r, d_c) = shape
            rows = (rows[0] * s_r - p_r, rows[1] * s_r - p_r + d_r * (k_r - 1))  # (1), (2)
            cols = (cols[0] * s_c - p_c, cols[1] * s_c - p_c + d_c * (k_c - 1))
    return rows, cols


def _target(layers: list, outputs: list, layer, op: str) -> int:
    """The index of the chosen layer (default: the last one whose output is a stack of maps)."""
    maps = [n for n, out in enumerate(outputs) if out.ndim == 4]
    if layer is None and maps:
        return maps[-1]
    if isinstance(layer, nn.Module) and any(layer is m for m in layers):
        index = next(n for n, m in enumerate(layers) if m is layer)
    elif isinstance(layer, (int, np.integer)) and not isinstance(layer, bool) and -len(layers) <= layer < len(layers):
        index = int(layer) % len(layers)
    else:
        index = -1
    if index not in maps:
        raise ValueError(message("viz_cnn_rf_which", op=op, value=repr(layer)[:60], maps=maps))
    return index


def _box(ax, rows: tuple, cols: tuple) -> None:
    ax.add_patch(Rectangle((cols[0] - 0.5, rows[0] - 0.5), cols[1] - cols[0] + 1, rows[1] - rows[0] + 1, fill=False,
                           edgecolor=_style.RED, linewidth=3, gid="field"))


def receptive_field(model, position, *, x=None, layer=None, channel: int = 0, input_size=None,
                    lang: str | None = None):
    """Which input pixels one output unit sees: the box from the layers' kernels, strides, paddings and dilations,
    beside the gradient |∂out/∂x| that is 0 outside it.

    Parameters
    ----------
    model : nn.Sequential or Model
        A CNN built as a sequence of layers.
    position : (int, int)
        The unit's (row, column) in the chosen layer's output map.
    x : array-like or Tensor of shape (H, W), (C, H, W) or (1, C, H, W), optional
        The image drawn under the box (and fed to the network for the gradient). Without it, ``input_size``.
    layer : int or nn.Module, optional
        The layer whose unit is chosen: its index in the sequence, or the layer itself (default: the last layer
        whose output is a stack of maps, before Flatten).
    channel : int, default 0
        The unit's output channel (the field is the same for every channel; the gradient is not).
    input_size : (int, int), optional
        Without ``x``: the size of the image to use: mid-grey with a little noise (fixed), so ReLUs pass something.
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.field``: ``rows`` and ``cols`` (first, last) of the box in the input, clipped to the image,
        ``size`` (height, width) of the field before clipping, ``gradient`` |∂out/∂x| summed over the input
        channels, ``support`` where it is not 0; ``fig.layer_index`` the chosen layer's index.

    Examples
    --------
    >>> from mldlab import nn, viz
    >>> model = nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(2, 2, 3))
    >>> fig = viz.receptive_field(model, (1, 1), input_size=(12, 12), lang="ko")
    >>> fig.field["size"], fig.field["rows"], fig.field["cols"]
    ((8, 8), (2, 9), (2, 9))
    """
    with _style.speaking(lang):
        op = "receptive_field"
        layers = _cnn.sequential_layers(model, op)
        module = _cnn.module_of(model, op)
        dtype = _cnn.dtype_of(module)
        if x is None:
            x = _blank_image(layers, input_size, op)
        batch = _cnn.one_image(x, op, dtype)
        image = Tensor(batch, dtype=batch.dtype, requires_grad=True)
        outputs, out = [], image
        with _cnn.evaluating(module):
            for each in layers:
                out = each(out)
                outputs.append(out)
        index = _target(layers, [o.detach().numpy() for o in outputs], layer, op)
        chosen = outputs[index]
        _check_unit(position, channel, chosen.shape, op)
        i, j = int(position[0]), int(position[1])
        chosen[0, channel, i, j].backward()
        gradient = np.abs(image.grad.numpy()[0]).sum(axis=0).astype(np.float64)
        rows, cols = field_of(layers[:index + 1], (i, j), op)
        height, width = batch.shape[2:]
        return _draw(batch[0], chosen.detach().numpy()[0, channel], gradient, rows, cols, (height, width),
                     (i, j), index, layers[index], channel)


def _blank_image(layers, input_size, op: str) -> np.ndarray:
    if input_size is None:
        raise ValueError(message("viz_cnn_rf_no_input", op=op))
    size = _pair(input_size)
    if len(size) != 2 or not all(isinstance(n, (int, np.integer)) and n > 0 for n in size):
        raise ValueError(message("viz_cnn_rf_input_size", op=op, value=repr(input_size)))
    first = next((m for m in layers if isinstance(m, nn.Conv2d)), None)
    channels = first.in_channels if first is not None else 1
    return 0.5 + 0.1 * np.random.default_rng(0).standard_normal((channels, *size))


def _check_unit(position, channel, shape: tuple, op: str) -> None:
    ok = isinstance(position, (tuple, list)) and len(position) == 2 and all(
        isinstance(n, (int, np.integer)) and not isinstance(n, bool) and 0 <= n < size
        for n, size in zip(position, shape[2:]))
    if not ok:
        raise ValueError(message("viz_cnn_position", op=op, value=repr(position)[:60], height=shape[2],
                                 width=shape[3]))
    if not isinstance(channel, (int, np.integer)) or isinstance(channel, bool) or not 0 <= channel < shape[1]:
        raise ValueError(message("viz_cnn_channel", op=op, name="channel", value=repr(channel), n=shape[1]))


def _draw(image, feature_map, gradient, rows, cols, size, unit, index, layer, channel):
    height, width = size
    clipped_rows = (max(rows[0], 0), min(rows[1], height - 1))
    clipped_cols = (max(cols[0], 0), min(cols[1], width - 1))
    fig, axes = _style.figure(1, 3, figsize=(15, 5.8))
    axes = axes[0]
    picture = _cnn.input_picture(image)
    _cnn.show_image(axes[0], picture, "gray_r", float(picture.min()), float(picture.max()), gid="input",
                    frame=False)
    shown = _cnn.show_image(axes[1], gradient, "magma", 0.0, float(gradient.max()) or 1.0, gid="gradient",
                            frame=False)
    fig.colorbar(shown, ax=axes[1], shrink=0.8)
    for ax in axes[:2]:  # the whole box in view, the padding around the image left white
        ax.add_patch(Rectangle((-0.5, -0.5), width, height, fill=False, edgecolor="black", linewidth=1.5))
        _box(ax, rows, cols)
        ax.set_xlim(min(cols[0], 0) - 0.7, max(cols[1], width - 1) + 0.7)
        ax.set_ylim(max(rows[1], height - 1) + 0.7, min(rows[0], 0) - 0.7)
    size_text = f"{rows[1] - rows[0] + 1} × {cols[1] - cols[0] + 1}"
    axes[0].set_title(message("viz_cnn_rf_input", size=size_text), fontsize=_style.LABEL)
    axes[1].set_title(message("viz_cnn_rf_gradient"), fontsize=_style.LABEL)
    limit = _cnn.symmetric_limit(feature_map)
    if feature_map.min() >= 0:
        _cnn.show_image(axes[2], feature_map, _cnn.POSITIVE, 0, limit, gid="map")
    else:
        _cnn.show_image(axes[2], feature_map, _cnn.DIVERGING, -limit, limit, gid="map")
    axes[2].add_patch(Rectangle((unit[1] - 0.5, unit[0] - 0.5), 1, 1, fill=False, edgecolor=_style.RED,
                                linewidth=3, gid="unit"))
    axes[2].set_title(message("viz_cnn_rf_unit", channel=channel, i=unit[0], j=unit[1],
                              shape=f"{feature_map.shape[0]} × {feature_map.shape[1]}"), fontsize=_style.LABEL)
    title = message("viz_cnn_rf_title", n=index, layer=_cnn.layer_name(layer))
    fig.suptitle(_clusters.wrap_to(title, fig.get_figwidth(), _style.TITLE), fontsize=_style.TITLE)
    fig.field = {"rows": clipped_rows, "cols": clipped_cols, "size": (rows[1] - rows[0] + 1, cols[1] - cols[0] + 1),
                 "gradient": gradient, "support": gradient != 0}
    fig.layer_index = index
    return _style.finish(fig)
