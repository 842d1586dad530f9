"""``explain.pooling``: one output of a pooling layer, with numbers.

The window of output place (i, j) starts at row i·s − p, column j·s − p (stride s, padding p), k×k places:

    max pooling        y[c, i, j] = max over the window of x[c, i·s + m·d − p, j·s + n·d − p]
                       (outside the input the padding is −∞, so it is never the largest); the gradient ∂y/∂x is 1
                       at the largest value and 0 elsewhere: with ties, only the first in reading order gets it
    average pooling    y[c, i, j] = (Σₘ Σₙ x[c, i·s + m − p, j·s + n − p]) / N
                       N = k·k with the padding's zeros counted (count_include_pad), or the places inside the
                       input, or divisor_override; the gradient is 1/N at each place of the window
    adaptive           the window of output i of n out of H rows: rows ⌊i·H/n⌋ … ⌈(i + 1)·H/n⌉ − 1, then its
                       average (AdaptiveAvgPool) or its largest value (AdaptiveMaxPool)

The window, its largest value or its mean are computed here in float64 and must equal the layer's output at that
place, and the gradient the layer sends back from that one output must reach exactly those places (``matches``).
"""

import dataclasses

import numpy as np

from mldlab import nn
from mldlab.creation import tensor
from mldlab.explain import _cnn
from mldlab.explain._estimator import in_language
from mldlab.explain._format import num, shape
from mldlab.explain._result import Math, Result, heading, line
from mldlab.grad_mode import enable_grad
from mldlab.i18n import message

_MAX = (nn.MaxPool1d, nn.MaxPool2d, nn.AdaptiveMaxPool2d)
_AVERAGE = (nn.AvgPool1d, nn.AvgPool2d)
_ADAPTIVE = (nn.AdaptiveAvgPool1d, nn.AdaptiveAvgPool2d, nn.AdaptiveMaxPool2d)
_ONE_D = (nn.MaxPool1d, nn.AvgPool1d, nn.AdaptiveAvgPool1d)
_NAMES = "MaxPool1d, MaxPool2d, AvgPool1d, AvgPool2d, AdaptiveAvgPool1d, AdaptiveAvgPool2d, AdaptiveMaxPool2d"


@dataclasses.dataclass(repr=False)
class PoolingResult(Result):
    """One output y[c, i, j] of a pooling layer (``pool``: 'max', 'avg', 'adaptive_avg' or 'adaptive_max'): the
    ``window`` of the
    input it looks at (``rows`` and ``columns``: its input coordinates; ``padded``: places outside the input, −∞
    for a max, 0 for an average), then for a max the ``argmax`` in the window, the input place it is at
    (``input_place``) and how many places hold the same largest value (``ties``); for an average the ``sum`` and the
    ``divisor`` N. ``value`` is computed here, ``layer_value`` is the layer's; ``gradient`` is what the layer sends
    back to the window from this one output."""

    layer: str
    pool: str
    input_shape: list
    output_shape: list
    sample: int
    channel: int
    position: list
    rows: list | None
    columns: list
    window: list
    padded: list
    argmax: list | None
    input_place: list | None
    ties: int | None
    sum: float | None
    divisor: float | None
    divisor_rule: str | None
    value: float
    layer_value: float
    gradient: list
    matches: bool

    kind = "pooling"

    def _lines(self) -> list:
        at = ", ".join(str(p) for p in self.position)
        title = {"max": message("explain_cnn_pool_max_title", c=self.channel, at=at, sample=self.sample),
                 "adaptive_max": message("explain_cnn_pool_adaptive_max_title", c=self.channel, at=at,
                                         sample=self.sample),
                 "avg": message("explain_cnn_pool_avg_title", c=self.channel, at=at, sample=self.sample),
                 "adaptive_avg": message("explain_cnn_pool_adaptive_title", c=self.channel, at=at,
                                         sample=self.sample)}[self.pool]
        two = self.rows is not None
        lines = [heading(title), line(message("explain_cnn_layer"), self.layer),
                 line(message("explain_cnn_shapes"),
                      Math(f"x {shape(self.input_shape)} → y {shape(self.output_shape)}"))]
        if self.pool in ("max", "adaptive_max"):
            formula = "y[c, i, j] = max(x[c, i·s + m·d − p, j·s + n·d − p])" if two else \
                "y[c, j] = max(x[c, j·s + n·d − p])"
        else:
            formula = "y[c, i, j] = (Σₘ Σₙ x[c, rₘ, cₙ]) / N" if two else "y[c, j] = (Σₙ x[c, rₙ]) / N"
        lines.append(line(Math(formula), depth=1))
        where = message("explain_cnn_pool_where", rows=_span(self.rows), columns=_span(self.columns), c=self.channel) \
            if two else message("explain_cnn_pool_where_1d", columns=_span(self.columns), c=self.channel)
        lines.append(line("(1) ", message("explain_cnn_pool_window", where=where), depth=1))
        if any(np.ravel(self.padded)):
            lines.append(line(message("explain_cnn_pool_minus_inf") if self.pool in ("max", "adaptive_max") else
                              message("explain_cnn_pool_zeros"), depth=2))
        lines += [line(row, depth=2) for row in _cnn.grid(self.window)]
        lines += self._max_lines() if self.pool in ("max", "adaptive_max") else self._mean_lines()
        mark = "✓" if self.matches else "✗"
        lines.append(line(message("explain_cnn_layer_check", value=num(self.layer_value)), f" {mark}", depth=1))
        return lines

    def _max_lines(self) -> list:
        place = ", ".join(str(p) for p in self.input_place)
        lines = [line("(2) ", message("explain_cnn_pool_largest", place=place), Math(f"y = {num(self.value)}"),
                      depth=1)]
        if self.ties > 1:
            lines.append(line(message("explain_cnn_pool_ties", n=self.ties), depth=2))
        lines.append(line("(3) ", message("explain_cnn_pool_max_gradient"), Math("∂y/∂x = 1"), depth=1))
        return lines

    def _mean_lines(self) -> list:
        rule = {"window": message("explain_cnn_pool_divisor_window"),
                "padding": message("explain_cnn_pool_divisor_padding"),
                "inside": message("explain_cnn_pool_divisor_inside"),
                "override": message("explain_cnn_pool_divisor_override")}[self.divisor_rule]
        lines = [line("(2) ", message("explain_cnn_pool_mean"),
                      Math(f"Σ = {num(self.sum)},  y = {num(self.sum)}/{num(self.divisor)} = {num(self.value)}"),
                      depth=1),
                 line(rule, Math(f"N = {num(self.divisor)}"), depth=2)]
        lines.append(line("(3) ", message("explain_cnn_pool_mean_gradient"),
                          Math(f"∂y/∂x = 1/{num(self.divisor)} = {num(1 / self.divisor)}"), depth=1))
        return lines


def _kind(layer) -> str:
    if isinstance(layer, nn.AdaptiveMaxPool2d):
        return "adaptive_max"
    return "max" if isinstance(layer, _MAX) else "avg" if isinstance(layer, _AVERAGE) else "adaptive_avg"


def _span(values: list) -> str:
    return f"{num(values[0])} … {num(values[-1])}" if len(values) > 1 else num(values[0])


def _tuple(value, dims: int) -> tuple:
    return tuple(int(v) for v in value) if isinstance(value, (tuple, list)) else (int(value),) * dims


def _places(layer, place: tuple, sizes: tuple, out_sizes: tuple) -> tuple:
    """(the input coordinates of the window along each axis, the count of places PyTorch divides by or None)."""
    dims = len(place)
    if isinstance(layer, _ADAPTIVE):
        spans = [(i * n // m, -(-(i + 1) * n // m)) for i, n, m in zip(place, sizes, out_sizes)]
        return [np.arange(a, b) for a, b in spans], None
    k = _tuple(layer.kernel_size, dims)
    s = _tuple(layer.stride if layer.stride is not None else layer.kernel_size, dims)
    p = _tuple(layer.padding, dims)
    if isinstance(layer, _MAX):
        d = _tuple(layer.dilation, dims)
        return [i * si - pi + np.arange(ki) * di for i, si, pi, ki, di in zip(place, s, p, k, d)], None
    starts = [i * si - pi for i, si, pi in zip(place, s, p)]
    ends = [min(a + ki, n + pi) for a, ki, n, pi in zip(starts, k, sizes, p)]  # the padding counts, not beyond it
    return [np.arange(a, b) for a, b in zip(starts, ends)], int(np.prod([b - a for a, b in zip(starts, ends)]))


def _divisor(layer, count: int | None, inside: int) -> tuple:
    """(N, why): what PyTorch divides the window's sum by."""
    if getattr(layer, "divisor_override", None):
        return float(layer.divisor_override), "override"
    if count is None or count == inside:
        return float(inside), "window"
    if layer.count_include_pad:
        return float(count), "padding"
    return float(inside), "inside"


def pooling(layer, x, *, channel=0, position=None, sample=0, lang=None) -> PoolingResult:
    """One output of a max- or average-pooling layer, with numbers: its window, and the largest value (which one)
    or the mean.

    Parameters
    ----------
    layer : nn.MaxPool2d, nn.MaxPool1d, nn.AvgPool2d, nn.AvgPool1d, nn.AdaptiveAvgPool2d or nn.AdaptiveAvgPool1d
        The pooling layer.
    x : array-like or Tensor
        Its input: (N, C, H, W) or (C, H, W) in 2-d, (N, C, L) or (C, L) in 1-d.
    channel : int, default 0
        The channel c (pooling works on each channel alone).
    position : tuple of int, optional
        The place (i, j) in the output (in 1-d: j, or (j,)); default the top-left corner.
    sample : int, default 0
        Which sample of the batch.
    lang : {'en', 'ko'}, optional
        The language of the rendering (and of any error).

    Returns
    -------
    PoolingResult

    Examples
    --------
    >>> from mldlab import nn
    >>> x = [[[[1.0, 3.0, 2.0, 0.0], [3.0, 0.0, 1.0, 5.0], [0.0, 2.0, 4.0, 4.0], [1.0, 1.0, 4.0, 0.0]]]]
    >>> result = pooling(nn.MaxPool2d(2), x, position=(1, 1))
    >>> result.value, result.input_place, result.ties, result.matches
    (4.0, [2, 2], 3, True)
    >>> print(result)
    Max pooling: channel 0 at (1, 1), sample 0
    ──────────────────────────────────────────
    Layer: MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)
    Shapes: x (1, 1, 4, 4) → y (1, 1, 2, 2)
      y[c, i, j] = max(x[c, i·s + m·d − p, j·s + n·d − p])
      (1) The window: rows 2 … 3, columns 2 … 3 of channel 0
        [4  4]
        [4  0]
      (2) Its largest value, at input row, column 2, 2: y = 4
        3 places hold this value: PyTorch takes the first in reading order (left to right, top to bottom), and
        only that one gets the gradient
      (3) The gradient flows back to that place only: ∂y/∂x = 1
      The layer's own output there: 4 ✓
    """
    op = "explain.pooling"
    with in_language(lang):
        if not isinstance(layer, _MAX + _AVERAGE + _ADAPTIVE):
            raise TypeError(message("explain_cnn_layer_type", op=op, expected=_NAMES, got=type(layer).__name__))
        given = _cnn.array(op, x)
        dims = 1 if isinstance(layer, _ONE_D) else 2
        batched = given if given.ndim != dims + 1 else given[None]
        inputs = tensor(batched, requires_grad=True)
        with enable_grad():
            out = layer(inputs)
        out = out[0] if isinstance(out, tuple) else out  # return_indices=True: (values, indices)
        sample = _cnn.index(op, "sample", sample, batched.shape[0])
        channel = _cnn.index(op, "channel", channel, batched.shape[1])
        place = _cnn.position(op, position, out.shape[2:])
        out[(sample, channel) + place].backward()
        values = batched[sample, channel].astype(np.float64)
        axes, count = _places(layer, place, values.shape, tuple(out.shape[2:]))
        inside = [(a >= 0) & (a < n) for a, n in zip(axes, values.shape)]
        outside = ~(np.multiply.outer(*inside) if dims == 2 else inside[0])
        clipped = [np.clip(a, 0, n - 1) for a, n in zip(axes, values.shape)]
        window = values[np.ix_(*clipped)]
        grads = inputs.grad.numpy()[sample, channel][np.ix_(*clipped)].astype(np.float64)
        argmax = input_place = ties = total = divisor = rule = None
        if isinstance(layer, _MAX):
            window = np.where(outside, -np.inf, window)
            flat = int(np.argmax(window))  # the first largest in reading order, as PyTorch
            argmax = [int(i) for i in np.unravel_index(flat, window.shape)]
            input_place = [int(a[i]) for a, i in zip(axes, argmax)]
            ties = int((window == window.flat[flat]).sum())
            value = float(window.flat[flat])
            expected = np.zeros_like(window)
            expected[tuple(argmax)] = 1.0
        else:
            window = np.where(outside, 0.0, window)
            total = float(window.sum())
            divisor, rule = _divisor(layer, count, int((~outside).sum()))
            value = total / divisor
            expected = np.where(outside, 0.0, 1.0 / divisor)
        layer_value = float(out.detach().numpy()[(sample, channel) + place])
        matches = _cnn.close(value, layer_value, window.size, float(np.abs(window[~outside]).sum()), given.dtype) \
            and bool(np.allclose(np.where(outside, 0.0, grads), expected, rtol=1e-6, atol=0))
        return PoolingResult(
            repr(layer), _kind(layer), list(given.shape), list(out.shape[int(given.ndim == dims + 1):]), sample,
            channel, list(place), axes[0].tolist() if dims == 2 else None, axes[-1].tolist(), window.tolist(),
            outside.tolist(), argmax, input_place, ties, total, divisor, rule, value, layer_value,
            np.where(outside, 0.0, grads).tolist(), matches, lang=lang)
