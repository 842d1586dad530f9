"""What the session-4 figures share: the network inside what the user hands over, its layers in order, one image
as a batch of one, the layers' kinds, and an image panel without ticks."""

import contextlib

import numpy as np
from matplotlib import colormaps
from matplotlib.patches import Rectangle

from mldlab import nn
from mldlab.data.arrays import check_finite, to_numpy
from mldlab.i18n import message
from mldlab.tensor import Tensor
from mldlab.train import Model

DIVERGING = "RdBu_r"  # blue < 0, white 0, red > 0
POSITIVE = "viridis"  # 0 … max


def module_of(model, op: str) -> nn.Module:
    """The ``nn.Module`` of a ``Model`` (or the module itself); a clear TypeError for anything else."""
    module = model.module if isinstance(model, Model) else model
    if not isinstance(module, nn.Module):
        raise TypeError(message("viz_cnn_not_a_module", op=op, type=type(model).__name__))
    return module


def leaves(module: nn.Module) -> list:
    """The layers of a network in the order they were added (nested ``Sequential``s opened up)."""
    children = list(module.children())
    return [module] if not children else [leaf for child in children for leaf in leaves(child)]


def sequential_layers(model, op: str) -> list:
    """The layers of a network built as a sequence (``nn.Sequential``, possibly nested), which the figure runs one
    by one; a clear error for a network of another shape."""
    module = module_of(model, op)
    if not isinstance(module, nn.Sequential):
        raise TypeError(message("viz_cnn_not_sequential", op=op, type=type(module).__name__))
    return leaves(module)


def dtype_of(module: nn.Module) -> np.dtype:
    return next((p.dtype for p in module.parameters()), np.dtype(np.float32))


def one_image(x, op: str, dtype) -> np.ndarray:
    """One image as a batch of one, (1, C, H, W): from (H, W), (C, H, W) or (1, C, H, W)."""
    array = to_numpy(x.detach() if isinstance(x, Tensor) else x, op, "x")
    if array.ndim == 4 and array.shape[0] == 1:
        array = array[0]
    if array.ndim == 2:
        array = array[None]
    if array.ndim != 3 or min(array.shape) == 0:
        raise ValueError(message("viz_cnn_one_image", op=op, shape=np.shape(x)))
    return check_finite(array.astype(dtype), op, "x")[None]


def is_conv(layer) -> bool:
    return isinstance(layer, (nn.Conv1d, nn.Conv2d))


def layer_name(layer) -> str:
    """``Conv2d(1, 8, kernel_size=(3, 3))``: the layer as ``repr`` writes it, on one line."""
    return " ".join(repr(layer).split())


@contextlib.contextmanager
def evaluating(module: nn.Module):
    """Evaluation mode inside the block (dropout off, batch norm with its running statistics); the module's own
    mode is restored after it."""
    was_training = module.training
    module.eval()
    try:
        yield module
    finally:
        module.train(was_training)


def show_image(ax, image: np.ndarray, cmap: str, vmin: float, vmax: float, gid: str | None = None,
               frame: bool = True):
    """``image`` (H, W) in its cells, one cell per pixel, without ticks (NaN cells, the gaps of a montage, white;
    a montage frames its tiles itself, ``frame=False``)."""
    colours = colormaps[cmap].with_extremes(bad="white")
    shown = ax.imshow(image, cmap=colours, vmin=vmin, vmax=vmax, interpolation="nearest", gid=gid)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(frame)
    return shown


def montage(tiles: np.ndarray, gap: int) -> tuple:
    """Small images (rows, columns, h, w) side by side in one image, ``gap`` NaN cells between them (one axes
    draws much faster than one per image); returns it and the (top, left) cell of each tile."""
    rows, columns, h, w = tiles.shape
    canvas = np.full((rows * (h + gap) - gap, columns * (w + gap) - gap), np.nan)
    origins = {}
    for r in range(rows):
        for c in range(columns):
            top, left = r * (h + gap), c * (w + gap)
            canvas[top:top + h, left:left + w] = tiles[r, c]
            origins[r, c] = (top, left)
    return canvas, origins


def outline(ax, origins: dict, h: int, w: int) -> None:
    """A thin grey frame around each tile of a montage."""
    for top, left in origins.values():
        ax.add_patch(Rectangle((left - 0.5, top - 0.5), w, h, fill=False, edgecolor="#999999", linewidth=0.8))


def input_picture(image: np.ndarray) -> np.ndarray:
    """An input (C, H, W) as a picture: its one channel (grey), or the mean of its channels."""
    return image[0] if image.shape[0] == 1 else image.mean(axis=0)


def symmetric_limit(values: np.ndarray) -> float:
    """The largest |value| (1 when every value is 0): the colour scale −m … m centred on 0."""
    m = float(np.max(np.abs(values))) if values.size else 0.0
    return m if m > 0 else 1.0


def subscript(n: int) -> str:
    """``12`` as ``₁₂``."""
    return str(n).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))
