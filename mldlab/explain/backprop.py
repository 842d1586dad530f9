"""``explain.backprop``: ∂J/∂w for every weight, as the slide computes it, with numbers.

    (1) ∂J/∂w = Σ over the paths from w to J of the product of the local derivatives along the path
              e.g.  ∂J/∂w⁽¹⁾₁,₁ = Σⱼ ∂J/∂ŷ · ∂ŷ/∂z₂,₁ · ∂z₂,₁/∂a₁,ⱼ · ∂a₁,ⱼ/∂z₁,ⱼ · ∂z₁,ⱼ/∂w⁽¹⁾₁,₁
    (2) the same, layer by layer (what autograd does):  δ⁽ᴸ⁾ = ∂J/∂z⁽ᴸ⁾,
              δ⁽ᵏ⁾ = (δ⁽ᵏ⁺¹⁾ W⁽ᵏ⁺¹⁾) ⊙ g′(z⁽ᵏ⁾),   ∂J/∂W⁽ᵏ⁾ = δ⁽ᵏ⁾ᵀ a⁽ᵏ⁻¹⁾,   ∂J/∂b⁽ᵏ⁾ = Σₙ δ⁽ᵏ⁾

The walk follows the engine's own graph (each tensor's ``op`` and ``inputs``); each local derivative is computed
here from the op and its values (``_graph.local``), and the sum over paths is checked against autograd's
``.grad``. A network with more paths than ``MAX_PATHS``, or with an op whose local derivatives are not known
here, gets (2) only: shapes, norms and δ of each layer, from autograd.
"""

import dataclasses

import numpy as np

from mldlab.explain import _graph
from mldlab.explain._format import factor, num, shape, summary, vector
from mldlab.explain._model import evaluation, inputs, loss_function, module_of, own_gradients, targets
from mldlab.explain._result import Math, Result, heading, line
from mldlab.grad_mode import enable_grad
from mldlab.i18n import message

MAX_PATHS = 5000
_SHOWN_PATHS = 3


@dataclasses.dataclass(repr=False)
class BackpropResult(Result):
    """∂J/∂w by the chain rule: ``weights`` (paths, their products, the sum and autograd's value, in 'paths'
    ``mode``) and ``layers`` (shapes, norms and δ of each layer, always)."""

    loss: str
    value: float
    mode: str
    unknown_ops: list
    n_paths: int
    weights: list
    layers: list
    matches_autograd: bool
    max_difference: float

    kind = "backprop"

    def _lines(self) -> list:
        lines = [heading(message("explain_backprop_title")), line(Math(f"J = {num(self.value)}"), f"  ({self.loss})")]
        if self.mode == "paths":
            lines += self._path_lines()
        elif self.unknown_ops:
            lines.append(line(message("explain_backprop_unknown", ops=", ".join(self.unknown_ops))))
        else:
            lines.append(line(message("explain_backprop_too_many", n=self.n_paths, limit=MAX_PATHS)))
        lines.append(heading(message("explain_backprop_layers")))
        lines.append(line(Math("δ⁽ᴸ⁾ = ∂J/∂z⁽ᴸ⁾,  δ⁽ᵏ⁾ = (δ⁽ᵏ⁺¹⁾W⁽ᵏ⁺¹⁾) ⊙ g′(z⁽ᵏ⁾),  ∂J/∂W⁽ᵏ⁾ = δ⁽ᵏ⁾ᵀa⁽ᵏ⁻¹⁾")))
        for layer in self.layers:
            k = _graph.sup(layer["layer"])
            lines.append(line(message("explain_backprop_layer", k=layer["layer"], name=layer["weight"],
                                      shape=shape(layer["shape"])), depth=1))
            delta = layer["delta"]
            values = vector(delta["first"])
            if delta["size"] > len(delta["first"]):
                values = values[:-1] + ", …]"
            lines.append(line(Math(f"‖∂J/∂W⁽{k}⁾‖ = {num(layer['grad_norm'])},  δ⁽{k}⁾ {shape(delta['shape'])} = "
                                   f"{values},  ‖δ⁽{k}⁾‖ = {num(delta['norm'])}"), depth=2))
        return lines

    def _path_lines(self) -> list:
        lines = [line(message("explain_backprop_rules"))]
        ops = {f["op"]: None for weight in self.weights for path in weight["paths"] for f in path["factors"]}
        for op in ops:
            lines.append(line(f"{op}: ", Math(_graph.RULES[op]), depth=1))
        shown = _SHOWN_PATHS if len(self.weights) <= 12 else 1
        for weight in self.weights:
            symbol, paths = weight["symbol"], weight["paths"]
            lines.append(line(Math(f"∂J/∂{symbol}"), f"  ({weight['parameter']}{weight['index']}):  ",
                              message("explain_backprop_n_paths", n=len(paths))))
            for path in paths[:shown]:
                chain = " · ".join(f["symbol"] for f in path["factors"])
                numbers = "·".join(factor(f["value"]) for f in path["factors"])
                lines.append(line(Math(f"{chain} = {numbers} = {num(path['product'])}"), depth=1))
            if len(paths) > shown:
                lines.append(line(message("explain_more", n=len(paths) - shown), depth=1))
            mark = "✓" if weight["matches"] else "✗"
            lines.append(line(Math(f"∂J/∂{symbol} = Σ = {num(weight['gradient'])}"), "   ",
                              message("explain_backprop_autograd"), Math(num(weight["autograd"])), f" {mark}",
                              depth=1))
        return lines


def _count_paths(order: list, edges: dict, params: set) -> int:
    """How many paths lead from J to the weights: counted from J down, each node passing its count to its inputs."""
    counts = {(id(order[-1]), 0): 1}
    total = 0
    for node in reversed(order):
        for flat, row in enumerate(edges[id(node)]):
            c = counts.get((id(node), flat), 0)
            if c == 0:
                continue
            for parent, parent_flat, _, _ in row:
                if id(parent) in params:
                    total += c
                else:
                    counts[(id(parent), parent_flat)] = counts.get((id(parent), parent_flat), 0) + c
    return total


def _paths(order: list, edges: dict, names: _graph.Names, params: set) -> dict:
    """Every path from J to each weight element: {(id(param), flat): [[(symbol, value, op, rule), …], …]}."""
    found, ops = {}, {id(node): node.op for node in order}
    stack = [(order[-1], 0, "J", ())]
    while stack:
        node, flat, name, factors = stack.pop()
        for parent, parent_flat, value, rule in reversed(edges[id(node)][flat]):  # popped in order
            parent_name = names.of(parent, parent_flat)
            if isinstance(rule, tuple):
                rule = names.of(*rule)
            step = factors + ((f"∂{name}/∂{parent_name}", float(value), ops[id(node)], rule),)
            if id(parent) in params:
                found.setdefault((id(parent), parent_flat), []).append(step)
            elif id(parent) in edges:
                stack.append((parent, parent_flat, parent_name, step))
    return found


def backprop(model, x, y, loss=None, *, detail: str = "auto", lang: str | None = None) -> BackpropResult:
    """∂J/∂w for every weight: the product of local derivatives along each path, summed, equal to autograd.

    Parameters
    ----------
    model : nn.Module or Model
        The network (a ``Model``'s compiled loss is used when ``loss`` is None). It is run in evaluation mode
        (dropout off); its parameters' ``.grad`` are left as they were.
    x, y : array-like
        A few samples and their targets (as for ``fit``).
    loss : str or loss object, optional
        'bce', 'mse', 'cross_entropy', a Keras name, or an ``nn`` loss such as ``nn.BCEWithLogitsLoss()``.
    detail : {'auto', 'paths', 'layers'}, default 'auto'
        'paths': every path of every weight; 'layers': the per-layer summary only; 'auto': paths when there are
        at most ``MAX_PATHS`` of them.
    lang : {'en', 'ko'}, optional
        The language of the rendering.

    Returns
    -------
    BackpropResult

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> net = nn.Sequential(nn.Linear(1, 1), nn.Sigmoid())
    >>> with mldlab.no_grad():
    ...     _ = net[0].weight.fill_(2.0), net[0].bias.fill_(-1.0)
    >>> result = backprop(net, [[1.0]], [1.0], "bce")
    >>> [w["symbol"] for w in result.weights]
    ['w⁽¹⁾₁,₁', 'w⁽¹⁾₀,₁']
    >>> [f["symbol"] for f in result.weights[0]["paths"][0]["factors"]]
    ['∂J/∂ŷ', '∂ŷ/∂z₁,₁', '∂z₁,₁/∂w⁽¹⁾₁,₁']
    >>> round(result.weights[0]["gradient"], 6), result.matches_autograd     # σ(1) − 1
    (-0.268941, True)
    """
    op = "explain.backprop"
    module = module_of(op, model)
    if detail not in ("auto", "paths", "layers"):
        raise ValueError(message("explain_detail", op=op, value=detail))
    X = inputs(op, module, x)
    param_names = {id(p): name for name, p in module.named_parameters()}
    with evaluation(module), own_gradients(module), enable_grad():
        out = module(X)
        loss_fn, info = loss_function(op, model, module, loss, out)
        J = loss_fn(out, targets(op, y, out, loss_fn, info))
        if J.op is None:
            raise ValueError(message("explain_backprop_no_graph", op=op))
        order = _graph.nodes(J)
        names = _graph.Names(order, out, len(X))
        for z, _, _ in names.layers:
            z.retain_grad()
        J.backward()
        autograd = {id(p): (p.grad.numpy().astype(float) if p.grad is not None else np.zeros(p.shape))
                    for p in module.parameters()}
        deltas = [z.grad.numpy().astype(float) for z, _, _ in names.layers]
    layers = [{"layer": k, "weight": param_names.get(id(w), "?"), "shape": list(w.shape),
               "grad_norm": float(np.linalg.norm(autograd.get(id(w), 0.0))), "delta": summary(delta)}
              for k, ((_, w, _), delta) in enumerate(zip(names.layers, deltas), start=1)]
    unknown = sorted({node.op for node in order if node.op not in _graph.KNOWN})
    edges = {} if unknown else {id(node): _graph.local(node) for node in order}
    unknown += sorted({node.op for node in order if id(node) in edges and edges[id(node)] is None})
    weights, n_paths, mode = [], 0, "layers"
    if not unknown:
        params = {id(p) for _, w, b in names.layers for p in (w, b) if p is not None and p.requires_grad}
        n_paths = _count_paths(order, edges, params)
        if detail == "paths" or (detail == "auto" and n_paths <= MAX_PATHS):
            mode = "paths"
            weights = _weights(names, _paths(order, edges, names, params), param_names, autograd, X.dtype)
    differences = [abs(w["gradient"] - w["autograd"]) for w in weights]
    return BackpropResult(order[-1].op or "", float(J.item()), mode, unknown, n_paths, weights, layers,
                          all(w["matches"] for w in weights), max(differences, default=0.0), lang=lang)


def _weights(names, found: dict, param_names: dict, autograd: dict, dtype) -> list:
    """One entry per weight element, layer by layer (weights, then biases): its paths, their sum, autograd's."""
    rtol = 1e-4 if dtype == np.float32 else 1e-9
    out = []
    for _, weight, bias in names.layers:
        for param in (weight, bias) if bias is not None else (weight,):
            grads = autograd[id(param)]
            scale = float(np.abs(grads).max()) if grads.size else 0.0
            for flat in range(param.numel()):
                paths = [{"factors": [{"symbol": s, "value": v, "op": o, "rule": r} for s, v, o, r in path],
                          "product": float(np.prod([v for _, v, _, _ in path]))}
                         for path in found.get((id(param), flat), [])]
                gradient = float(sum(p["product"] for p in paths))
                expected = float(grads.flat[flat])
                out.append({"parameter": param_names.get(id(param), "?"),
                            "index": [int(i) for i in np.unravel_index(flat, param.shape)],
                            "symbol": names.of(param, flat), "layer": names.base[id(param)][1], "paths": paths,
                            "gradient": gradient, "autograd": expected,
                            "matches": bool(abs(gradient - expected) <= rtol * max(abs(expected), scale) + 1e-12)})
    return out
