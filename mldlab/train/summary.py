"""``Model.summary()``: the layers, their output shapes and parameter counts, as Keras prints them.

A ``Linear(in → out)`` layer has in·out weights plus out biases: the slide's w_{j,i} and w_{0,i}.
"""

import numpy as np

from mldlab import nn
from mldlab.grad_mode import no_grad
from mldlab.i18n import message
from mldlab.tensor import Tensor


def _layers(module: nn.Module) -> list:
    """The rows of the table: the children of a container, or the module itself."""
    children = list(module.named_children())
    return children if children else [(type(module).__name__.lower(), module)]


def _input_shape(module: nn.Module, input_shape):
    if input_shape is not None:
        shape = (input_shape,) if isinstance(input_shape, (int, np.integer)) else input_shape
        if not isinstance(shape, (tuple, list)) or not shape or not all(
                isinstance(n, (int, np.integer)) and not isinstance(n, bool) and n >= 1 for n in shape):
            raise ValueError(message("summary_input_shape", value=input_shape))
        return tuple(int(n) for n in shape)
    for layer in module.modules():
        if isinstance(layer, nn.Linear):
            return (layer.in_features,)
        if not isinstance(layer, (nn.Sequential, nn.Identity, nn.Dropout)) and list(layer.parameters(recurse=False)):
            return None
    return None


def _output_shapes(module: nn.Module, rows: list, input_shape) -> list:
    """Run one sample through the network, recording each row's output shape (batch axis shown as None)."""
    shape = _input_shape(module, input_shape)
    if shape is None:
        return ["?"] * len(rows)
    shapes = {}
    originals = []
    for name, layer in rows:
        forward = layer.forward

        def recording(*args, _name=name, _forward=forward, **kwargs):
            out = _forward(*args, **kwargs)
            shapes[_name] = "(None, " + ", ".join(str(n) for n in out.shape[1:]) + ")" if out.ndim > 1 else "(None,)"
            return out

        originals.append(layer)
        object.__setattr__(layer, "forward", recording)
    training = module.training
    try:
        module.eval()
        with no_grad():
            dtype = next(iter(module.parameters()), Tensor._make(np.zeros(0, np.float32))).dtype
            module(Tensor._make(np.zeros((1, *shape), dtype)))
    except Exception:  # noqa: BLE001 (a wrong guess of the input shape only costs the shapes column)
        shapes = {}
    finally:
        for layer in originals:
            layer.__dict__.pop("forward", None)
        module.train(training)
    return [shapes.get(name, "?") for name, _ in rows]


def summary_table(model, input_shape=None) -> str:
    """The text of ``model.summary()``."""
    module = model.module
    rows = _layers(module)
    shapes = _output_shapes(module, rows, input_shape)
    header = message("summary_header").split("|")
    lines = []
    for (name, layer), shape in zip(rows, shapes):
        count = sum(p.numel() for p in layer.parameters())
        lines.append((f"{name} ({type(layer).__name__})", shape, f"{count:,}"))
    widths = [max(len(header[i]), *(len(line[i]) for line in lines)) + 2 for i in range(3)]
    rule = "─" * sum(widths)

    def row(cells):
        return "".join(cell.ljust(width) for cell, width in zip(cells, widths)).rstrip()

    total = sum(p.numel() for p in module.parameters())
    trainable = sum(p.numel() for p in module.parameters() if p.requires_grad)
    text = [message("summary_title", name=model.name), rule, row(header), rule]
    text += [row(line) for line in lines]
    text += [rule, message("summary_totals", total=total, trainable=trainable, frozen=total - trainable), rule]
    return "\n".join(text)
