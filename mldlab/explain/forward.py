"""``explain.forward``: a network's forward pass layer by layer, with shapes and values.

    a₀ = x
    zₖ = aₖ₋₁ W⁽ᵏ⁾ᵀ + b⁽ᵏ⁾            a dense (linear) layer: zₖ,ᵢ = w⁽ᵏ⁾₀,ᵢ + Σⱼ aₖ₋₁,ⱼ w⁽ᵏ⁾ⱼ,ᵢ
    aₖ = g(zₖ)                        its activation (layer k, unit i: aₖ,ᵢ = g(zₖ,ᵢ))
    ŷ = the last layer's output

Small layers show every value; a layer with more than ``SHOWN_VALUES`` numbers is summarised (min, max, mean,
the first values), and a ReLU layer also says how many of its outputs are 0.
"""

import dataclasses

import numpy as np

from mldlab import nn
from mldlab.explain import _graph
from mldlab.explain._format import num, shape, summary, vector
from mldlab.explain._model import evaluation, inputs, module_of
from mldlab.explain._result import Math, Result, heading, line
from mldlab.grad_mode import enable_grad, no_grad
from mldlab.i18n import message

SHOWN_VALUES = 32
SHOWN_ROWS = 4
_ACTIVATIONS = {nn.Sigmoid: "σ", nn.Tanh: "tanh", nn.ReLU: "ReLU", nn.LeakyReLU: "LeakyReLU", nn.Softmax: "softmax"}


@dataclasses.dataclass(repr=False)
class ForwardResult(Result):
    """The forward pass: ``steps`` [{layer, symbol, formula, input_shape, shape, values or None, summary, zeros}]."""

    input_shape: list
    steps: list

    kind = "forward"

    def _lines(self) -> list:
        lines = [heading(message("explain_forward_title")),
                 line(message("explain_forward_input"), Math(f"x {shape(self.input_shape)}"))]
        for i, step in enumerate(self.steps, start=1):
            lines.append(line(f"({i}) {step['layer']}:  ", Math(step["formula"]),
                              f"   {shape(step['input_shape'])} → {shape(step['shape'])}", depth=1))
            values = step["values"]
            if values is not None:
                rows = np.asarray(values, dtype=float).reshape(len(values), -1)
                for n, row in enumerate(rows[:SHOWN_ROWS], start=1):
                    sample = f"⁽{_graph.sup(n)}⁾" if len(rows) > 1 else ""
                    output = f" = ŷ{sample}" if i == len(self.steps) else ""
                    lines.append(line(Math(f"{step['symbol']}{sample}{output} = {vector(row)}"), depth=2))
                if len(rows) > SHOWN_ROWS:
                    lines.append(line(message("explain_more", n=len(rows) - SHOWN_ROWS), depth=2))
            else:
                s = step["summary"]
                lines.append(line(message("explain_forward_summary", n=s["size"], low=num(s["min"]),
                                          high=num(s["max"]), mean=num(s["mean"])), depth=2))
            if step["zeros"] is not None:
                lines.append(line(message("explain_forward_zeros", zeros=step["zeros"],
                                          n=int(np.prod(step["shape"]))), depth=2))
        return lines


def _describe(layer, k: int, first: bool) -> tuple:
    """(name, symbol of the output, formula) of a layer; ``k`` counts the linear layers up to this one."""
    previous = "x" if k <= 1 else f"a{_graph.sub(k - 1)}"
    sub, sup = _graph.sub(k), _graph.sup(k)
    if isinstance(layer, nn.Linear):
        return (f"Linear({layer.in_features} → {layer.out_features})", f"z{sub}",
                f"z{sub} = {previous}W⁽{sup}⁾ᵀ" + (f" + b⁽{sup}⁾" if layer.bias is not None else ""))
    for kind, g in _ACTIVATIONS.items():
        if isinstance(layer, kind):
            return type(layer).__name__, f"a{sub}", f"a{sub} = {g}(z{sub})"
    symbol = "x" if first else f"a{sub}"
    return type(layer).__name__, symbol, f"{symbol} = {type(layer).__name__}({symbol})"


def _step(name: str, symbol: str, formula: str, before: np.ndarray, after: np.ndarray, relu: bool) -> dict:
    after = np.asarray(after, dtype=float)
    return {"layer": name, "symbol": symbol, "formula": formula, "input_shape": list(before.shape),
            "shape": list(after.shape), "values": after.tolist() if after.size <= SHOWN_VALUES else None,
            "summary": summary(after), "zeros": int((after == 0).sum()) if relu else None}


def forward(model, x, *, lang: str | None = None) -> ForwardResult:
    """The forward pass of ``model`` on ``x``, layer by layer: each z and activation with its shape and values.

    Parameters
    ----------
    model : nn.Module or Model
        The network, run in evaluation mode (dropout off) without gradients. An ``nn.Sequential`` is shown
        layer by layer; another module op by op, along the engine's graph.
    x : array-like
        One sample (a list of numbers) or samples as rows.
    lang : {'en', 'ko'}, optional
        The language of the rendering.

    Returns
    -------
    ForwardResult

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> net = nn.Sequential(nn.Linear(2, 1), nn.Sigmoid())       # the slide's perceptron
    >>> with mldlab.no_grad():
    ...     _ = net[0].weight.copy_(mldlab.tensor([[3.0, -2.0]])), net[0].bias.fill_(1.0)
    >>> print(forward(net, [-1.0, 2.0]))
    Forward pass, layer by layer
    ────────────────────────────
    Input: x (1, 2)
      (1) Linear(2 → 1):  z₁ = xW⁽¹⁾ᵀ + b⁽¹⁾   (1, 2) → (1, 1)
        z₁ = [−6]
      (2) Sigmoid:  a₁ = σ(z₁)   (1, 1) → (1, 1)
        a₁ = ŷ = [0.002473]
    """
    op = "explain.forward"
    module = module_of(op, model)
    X = inputs(op, module, x)
    steps = []
    with evaluation(module):
        if isinstance(module, nn.Sequential):
            with no_grad():
                h, k = X, 0
                for layer in module:
                    k += isinstance(layer, nn.Linear)
                    name, symbol, formula = _describe(layer, k, first=k == 0)
                    out = layer(h)
                    steps.append(_step(name, symbol, formula, h.numpy(), out.numpy(), isinstance(layer, nn.ReLU)))
                    h = out
        else:
            with enable_grad():
                out = module(X)
                order = _graph.nodes(out) if out.op is not None else []
            names = _graph.Names(order, None, len(X))
            for node in order:
                kind, k = names.base.get(id(node), (node.op, 0))
                symbol = f"{kind}{_graph.sub(k)}" if k else kind
                steps.append(_step(node.op, symbol, f"{symbol} = {node.op}(…)", node.inputs[0].detach().numpy(),
                                   node.detach().numpy(), node.op == "relu"))
    return ForwardResult(list(X.shape), steps, lang=lang)
