"""``explain.convolution``: one output of a convolution layer (``Conv2d`` or ``Conv1d``), with numbers.

The kernel of output channel o sits on the input with its corner at row i·s − p, column j·s − p (stride s,
padding p), its taps d apart (dilation d):

    (1) the patch x[c, i·s + m·d − p, j·s + n·d − p] under the kernel (m, n = 0 … k − 1); outside the input, the
        padding: zeros (or, with ``padding_mode``, the input reflected, replicated or wrapped around)
    (2) the kernel W[o, c, m, n]: the weights of output channel o, one k×k grid per input channel c
    (3) the products x·w, element by element
    (4) z[o, i, j] = b[o] + Σ_c Σₘ Σₙ x[c, i·s + m·d − p, j·s + n·d − p] · W[o, c, m, n]

With ``groups`` = G, output channel o sees only the input channels of its group. The patch, the products and
the sum are computed here in float64 from the layer's weights, and must equal the layer's own output at that place
(``matches``). Given a network, the first convolution its input goes through is explained, on the input it gets.
"""

import dataclasses

import numpy as np

from mldlab import nn
from mldlab.creation import tensor
from mldlab.explain import _cnn, _graph
from mldlab.explain._estimator import in_language
from mldlab.explain._format import num, shape
from mldlab.explain._model import dtype_of, evaluation, module_of
from mldlab.explain._result import Math, Result, heading, line
from mldlab.grad_mode import enable_grad, no_grad
from mldlab.i18n import message

SHOWN_CHANNELS = 3  # input channels whose grids are written out; beyond, each channel's sum
_NUMPY_MODES = {"zeros": "constant", "reflect": "reflect", "replicate": "edge", "circular": "wrap"}
_OPS = ("conv1d", "conv2d")


@dataclasses.dataclass(repr=False)
class ConvolutionResult(Result):
    """One output z[o, i, j] of a convolution: the ``patch`` of the input under the kernel (one grid per input
    channel in ``channels``; ``rows`` and ``columns`` are its input coordinates, ``padded`` marks the places outside
    the input), the ``kernel`` W[o], their elementwise ``products``, each channel's sum (``channel_sums``), their
    ``total``, the ``bias`` and the ``value`` = total + bias, beside the layer's own ``layer_value``. ``layer_name``
    says which layer of a network it is (None for a layer given alone)."""

    layer: str
    layer_name: str | None
    input_shape: list
    output_shape: list
    sample: int
    out_channel: int
    position: list
    stride: list
    padding: list
    dilation: list
    padding_mode: str
    groups: int
    channels: list
    rows: list | None
    columns: list
    patch: list
    padded: list
    kernel: list
    products: list
    channel_sums: list
    total: float
    bias: float | None
    value: float
    layer_value: float
    matches: bool

    kind = "convolution"

    def _lines(self) -> list:
        at = ", ".join(str(p) for p in self.position)
        lines = [heading(message("explain_cnn_conv_title", o=self.out_channel, at=at, sample=self.sample)),
                 line(message("explain_cnn_layer") if self.layer_name is None else
                      message("explain_cnn_conv_in_model", name=self.layer_name), self.layer)]
        lines.append(line(message("explain_cnn_shapes"), Math(f"x {shape(self.input_shape)} → z "
                                                             f"{shape(self.output_shape)}"), depth=0))
        s, p, d = (_one(v) for v in (self.stride, [before for before, _ in self.padding], self.dilation))
        two = self.rows is not None
        formula = ("z[o, i, j] = b[o] + Σ_c Σₘ Σₙ x[c, i·s + m·d − p, j·s + n·d − p] · W[o, c, m, n]" if two else
                   "z[o, j] = b[o] + Σ_c Σₙ x[c, j·s + n·d − p] · W[o, c, n]")
        lines.append(line(Math(formula), f"   (s = {s}, p = {p}, d = {d})", depth=1))
        lines.append(line("(1) ", message("explain_cnn_conv_patch", where=self._where()), depth=1))
        if any(v for grid in self.padded for v in np.ravel(grid)):
            lines.append(line(message("explain_cnn_conv_zeros") if self.padding_mode == "zeros" else
                              message("explain_cnn_conv_mode", mode=self.padding_mode), depth=2))
        lines += self._grids(self.patch, "x")
        lines.append(line("(2) ", message("explain_cnn_conv_kernel", o=self.out_channel), depth=1))
        lines += self._grids(self.kernel, "W")
        lines.append(line("(3) ", message("explain_cnn_conv_products"), depth=1))
        lines += self._grids(self.products, "x·w")
        sums = " + ".join(_factor(v) for v in self.channel_sums[:SHOWN_CHANNELS + 1])
        if len(self.channel_sums) > SHOWN_CHANNELS + 1:
            sums += " + …"
        bias = 0.0 if self.bias is None else self.bias
        worked = f"Σ x·w = {sums} = {num(self.total)}" if len(self.channels) > 1 else f"Σ x·w = {num(self.total)}"
        lines.append(line("(4) ", message("explain_cnn_conv_sum"), Math(worked), depth=1))
        lines.append(line(Math(f"z = Σ x·w + b = {num(self.total)} + {_factor(bias)} = {num(self.value)}"), depth=2)
                     if self.bias is not None else line(message("explain_cnn_conv_no_bias"),
                                                        Math(f"z = {num(self.value)}"), depth=2))
        mark = "✓" if self.matches else "✗"
        lines.append(line(message("explain_cnn_layer_check", value=num(self.layer_value)), f" {mark}", depth=1))
        return lines

    def _where(self) -> str:
        columns = f"{num(self.columns[0])} … {num(self.columns[-1])}"
        if self.rows is None:
            return message("explain_cnn_conv_where_1d", columns=columns, channels=_span(self.channels))
        return message("explain_cnn_conv_where", rows=f"{num(self.rows[0])} … {num(self.rows[-1])}", columns=columns,
                       channels=_span(self.channels))

    def _grids(self, grids: list, symbol: str) -> list:
        lines = []
        for c, values in zip(self.channels[:SHOWN_CHANNELS], grids):
            lines.append(line(message("explain_cnn_channel", c=c, symbol=symbol), depth=2))
            lines += [line(row, depth=3) for row in _cnn.grid(values)]
        if len(self.channels) > SHOWN_CHANNELS:
            lines.append(line(message("explain_cnn_more_channels", n=len(self.channels) - SHOWN_CHANNELS), depth=2))
        return lines


def _one(values) -> str:
    """A per-axis setting as one number when every axis has the same: (1, 1) → '1', (1, 2) → '(1, 2)'."""
    values = [num(v) for v in values]
    return values[0] if len(set(values)) == 1 else "(" + ", ".join(values) + ")"


def _factor(x) -> str:
    text = num(x)
    return f"({text})" if text.startswith("−") else text


def _span(channels: list) -> str:
    return str(channels[0]) if len(channels) == 1 else f"{channels[0]} … {channels[-1]}"


def _pads(layer, dims: int) -> list:
    """(before, after) per spatial axis: 'same' puts the odd one after, as PyTorch does."""
    if isinstance(layer.padding, str):
        if layer.padding == "valid":
            return [(0, 0)] * dims
        totals = [d * (k - 1) for d, k in zip(layer.dilation, layer.kernel_size)]
        return [(t // 2, t - t // 2) for t in totals]
    return [(int(p), int(p)) for p in layer.padding]


def _first_convolution(op: str, module, X):
    """(layer, its name, the input it gets) of the first convolution the network's input goes through."""
    with evaluation(module), enable_grad():
        out = module(tensor(X, requires_grad=True))
    out = out[0] if isinstance(out, (tuple, list)) else out
    node = next((n for n in _graph.nodes(out) if n.op in _OPS), None) if getattr(out, "op", None) else None
    found = None if node is None else next(((name, m) for name, m in module.named_modules()
                                            if isinstance(m, (nn.Conv1d, nn.Conv2d)) and m.weight is node.inputs[1]),
                                           None)
    if found is None:
        raise TypeError(message("explain_cnn_no_conv", op=op, type=type(module).__name__))
    return found[1], found[0], node.inputs[0].detach().numpy()


def convolution(layer_or_model, x, *, out_channel=0, position=None, sample=0, lang=None) -> ConvolutionResult:
    """One output of a convolution, with numbers: the patch, the kernel, the products and their sum plus bias.

    Parameters
    ----------
    layer_or_model : nn.Conv2d, nn.Conv1d, nn.Module or Model
        The layer, or a network: its first convolution is explained, on the input that reaches it (the network in
        evaluation mode).
    x : array-like or Tensor
        The input of the layer (or of the network): (N, C, H, W) or (C, H, W) for ``Conv2d``, (N, C, L) or
        (C, L) for ``Conv1d``.
    out_channel : int, default 0
        The output channel o (which kernel).
    position : tuple of int, optional
        The place (i, j) in the output map (for ``Conv1d``: j, or (j,)); default the top-left corner.
    sample : int, default 0
        Which sample of the batch.
    lang : {'en', 'ko'}, optional
        The language of the rendering (and of any error).

    Returns
    -------
    ConvolutionResult

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> conv = nn.Conv2d(1, 1, kernel_size=3, padding=1)
    >>> with mldlab.no_grad():
    ...     _ = conv.weight.copy_(mldlab.tensor([[[[1.0, 0.0, -1.0]] * 3]])), conv.bias.fill_(0.5)
    >>> image = mldlab.arange(16.0).reshape(1, 1, 4, 4)
    >>> result = convolution(conv, image, position=(1, 1))
    >>> result.value, result.matches
    (-5.5, True)
    >>> print(result)
    Convolution: output channel 0 at (1, 1), sample 0
    ─────────────────────────────────────────────────
    Layer: Conv2d(1, 1, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))
    Shapes: x (1, 1, 4, 4) → z (1, 1, 4, 4)
      z[o, i, j] = b[o] + Σ_c Σₘ Σₙ x[c, i·s + m·d − p, j·s + n·d − p] · W[o, c, m, n]   (s = 1, p = 1, d = 1)
      (1) The patch of the input under the kernel: rows 0 … 2, columns 0 … 2 of input channel 0
        input channel 0, x:
          [ 0   1   2]
          [ 4   5   6]
          [ 8   9  10]
      (2) The kernel W[0] of output channel 0:
        input channel 0, W:
          [ 1   0  −1]
          [ 1   0  −1]
          [ 1   0  −1]
      (3) The products, element by element:
        input channel 0, x·w:
          [  0    0   −2]
          [  4    0   −6]
          [  8    0  −10]
      (4) Their sum, plus the bias: Σ x·w = −6
        z = Σ x·w + b = −6 + 0.5 = −5.5
      The layer's own output there: −5.5 ✓
    """
    op = "explain.convolution"
    with in_language(lang):
        module = module_of(op, layer_or_model)
        values = _cnn.array(op, x, dtype_of(module))
        name = None
        if isinstance(module, (nn.Conv1d, nn.Conv2d)):
            layer = module
        else:
            layer, name, values = _first_convolution(op, module, values)
        dims = 1 if isinstance(layer, nn.Conv1d) else 2
        with no_grad():
            out = layer(tensor(values)).numpy()
        shapes = [list(values.shape), list(out.shape)]
        if values.ndim == dims + 1:  # one sample without a batch axis
            values, out = values[None], out[None]
        sample = _cnn.index(op, "sample", sample, values.shape[0])
        o = _cnn.index(op, "out_channel", out_channel, layer.out_channels)
        place = _cnn.position(op, position, out.shape[2:])
        pads = _pads(layer, dims)
        padded_input = np.pad(values[sample].astype(np.float64), [(0, 0)] + pads,
                              mode=_NUMPY_MODES[layer.padding_mode])
        per_group = layer.in_channels // layer.groups
        group = o // (layer.out_channels // layer.groups)
        channels = list(range(group * per_group, (group + 1) * per_group))
        taps = [p * s + np.arange(k) * d for p, s, k, d in zip(place, layer.stride, layer.kernel_size,
                                                                 layer.dilation)]
        patch = padded_input[np.ix_(channels, *taps)]  # (1)
        coordinates = [t - before for t, (before, _) in zip(taps, pads)]
        inside = [(c >= 0) & (c < n) for c, n in zip(coordinates, values.shape[2:])]
        outside = ~np.broadcast_to(np.multiply.outer(*inside) if dims == 2 else inside[0], patch.shape[1:])
        kernel = layer.weight.detach().numpy()[o].astype(np.float64)  # (2)
        products = patch * kernel  # (3)
        total = float(products.sum())
        bias = None if layer.bias is None else float(layer.bias.detach().numpy()[o])
        value = total + (bias or 0.0)  # (4)
        layer_value = float(out[(sample, o) + place])
        scale = float(np.abs(products).sum()) + abs(bias or 0.0)
        matches = _cnn.close(value, layer_value, products.size + 1, scale, layer.weight.dtype)
        return ConvolutionResult(
            repr(layer), name, *shapes, sample, o, list(place), list(layer.stride),
            [list(p) for p in pads], list(layer.dilation), layer.padding_mode, layer.groups, channels,
            coordinates[0].tolist() if dims == 2 else None, coordinates[-1].tolist(), patch.tolist(),
            np.broadcast_to(outside, patch.shape).tolist(), kernel.tolist(), products.tolist(),
            products.reshape(len(channels), -1).sum(axis=1).tolist(), total, bias, value, layer_value, matches,
            lang=lang)
