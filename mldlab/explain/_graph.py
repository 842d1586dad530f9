"""The engine's graph, read for the chain rule: every number's name on the slides, and its local derivatives.

Each tensor made by an op keeps ``op`` (its name) and ``inputs``. From the op's name and the values of its inputs
and output, ``local`` gives, for each element of the output, the elements it was computed from and the local
derivative with respect to each (∂out/∂in), computed here, not taken from the engine's backward:

    linear                 z = x Wᵀ + b         ∂zᵢ/∂xⱼ = wⱼ,ᵢ     ∂zᵢ/∂wⱼ,ᵢ = xⱼ     ∂zᵢ/∂w₀,ᵢ = 1
    dense                  z = x K + b          the same with Keras's kernel K = Wᵀ (one row per input)
    matmul, add            s = x K, z = s + b   the same in two ops (written by hand)
    sigmoid                a = σ(z)             ∂a/∂z = σ(z)(1 − σ(z))
    tanh                   a = tanh(z)          ∂a/∂z = 1 − tanh(z)²
    relu, leaky_relu       a = max(αz, z)       ∂a/∂z = 1 (z > 0), α (z ≤ 0)
    softmax                sᵢ = eᶻⁱ / Σₖ eᶻᵏ     ∂sᵢ/∂zₖ = sᵢ(δᵢₖ − sₖ)
    log_softmax            lᵢ = log sᵢ          ∂lᵢ/∂zₖ = δᵢₖ − sₖ
    mse_loss, l1_loss, binary_cross_entropy(_with_logits), cross_entropy, nll_loss: ∂J/∂ŷ for each output

A loss's reduction (mean or sum) is read from its value: the terms are recomputed here and must add up to it
(a loss with weights, label smoothing or ignored samples does not, and is left to the per-layer summary).
"""

import numpy as np

ACTIVATIONS = {"sigmoid": "σ(z)(1 − σ(z))", "tanh": "1 − tanh(z)²", "relu": "1 (z > 0), 0 (z ≤ 0)",
               "leaky_relu": "1 (z > 0), α (z ≤ 0)", "softmax": "sᵢ(δᵢₖ − sₖ)", "log_softmax": "δᵢₖ − sₖ"}
ELEMENTWISE = {"log": "∂log(u)/∂u = 1/u", "clamp": "∂clamp(u)/∂u = 1 (u ∈ [min, max]), 0 (u ∉ [min, max])"}
LOSSES = {"mse_loss": "2(ŷ − y)/n", "l1_loss": "sign(ŷ − y)/n", "binary_cross_entropy": "(ŷ − y)/(ŷ(1 − ŷ)·n)",
          "binary_cross_entropy_with_logits": "(σ(z) − y)/n", "cross_entropy": "(softmax(z) − y)/n",
          "nll_loss": "−1/n"}
RULES = {"linear": "∂zᵢ/∂aⱼ = wⱼ,ᵢ,  ∂zᵢ/∂wⱼ,ᵢ = aⱼ,  ∂zᵢ/∂w₀,ᵢ = 1",
         "dense": "∂zᵢ/∂aⱼ = wⱼ,ᵢ,  ∂zᵢ/∂wⱼ,ᵢ = aⱼ,  ∂zᵢ/∂w₀,ᵢ = 1",
         "matmul": "∂sᵢ/∂aⱼ = wⱼ,ᵢ,  ∂sᵢ/∂wⱼ,ᵢ = aⱼ", "add": "∂zᵢ/∂sᵢ = 1,  ∂zᵢ/∂w₀,ᵢ = 1",
         **ACTIVATIONS, **ELEMENTWISE, **LOSSES}
KNOWN = set(RULES)
LOGIT_LOSSES = {"binary_cross_entropy_with_logits", "cross_entropy"}

_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def sub(i: int) -> str:
    return str(i).translate(_SUB)


def sup(i: int) -> str:
    return str(i).translate(_SUP)


def nodes(root) -> list:
    """The tensors made by ops that ``root`` depends on, each after its inputs (a topological order)."""
    order, seen, stack = [], {id(root)}, [(root, iter(root.inputs))]
    while stack:
        tensor, parents = stack[-1]
        for parent in parents:
            if parent.op is not None and parent.requires_grad and id(parent) not in seen:
                seen.add(id(parent))
                stack.append((parent, iter(parent.inputs)))
                break
        else:
            stack.pop()
            order.append(tensor)
    return order


def _is_weight(tensor) -> bool:
    return tensor.op is None and tensor.requires_grad


class Names:
    """The slide's name of every number: z₂,₁ (layer 2, unit 1), a₁,₃ = g(z₁,₃), ŷ, J, w⁽²⁾₁,₁, x₁⁽³⁾ (sample 3).

    Layers are counted along the graph: the k-th ``linear`` op (or ``matmul`` by a weight, Keras's x K) makes
    z of layer k, with weights w⁽ᵏ⁾ⱼ,ᵢ (from unit j of layer k − 1 to unit i; the bias is w⁽ᵏ⁾₀,ᵢ, as on the
    slide). ``layers`` lists (z, weight, bias or None) per layer.
    """

    def __init__(self, order: list, output, n_samples: int):
        self.base, self.layers = {}, []
        self.samples = n_samples
        for node in order:
            kind = self.base.get(id(node.inputs[0]), ("?", 0)) if node.inputs else ("?", 0)
            if node.op in ("linear", "dense") or (node.op == "matmul" and _is_weight(node.inputs[1])):
                k = len(self.layers) + 1
                bias = node.inputs[2] if len(node.inputs) == 3 else None
                self.layers.append([node, node.inputs[1], bias])
                self.base[id(node)] = ("z", k)
                self.base[id(node.inputs[1])] = ("weight" if node.op == "linear" else "kernel", k)
                if bias is not None:
                    self.base[id(bias)] = ("bias", k)
                self.base.setdefault(id(node.inputs[0]), ("x", 0))
            elif node.op == "add" and kind[0] == "z" and _is_weight(node.inputs[1]) and \
                    self.layers[kind[1] - 1][2] is None:
                self.base[id(node.inputs[0])] = ("s", kind[1])  # x K, before the bias
                self.base[id(node)] = kind
                self.base[id(node.inputs[1])] = ("bias", kind[1])
                self.layers[kind[1] - 1][0] = node
                self.layers[kind[1] - 1][2] = node.inputs[1]
            elif node.op in ACTIVATIONS:
                self.base[id(node)] = ("a", kind[1])
            elif node.op in LOSSES:
                self.base[id(node)] = ("J", 0)
            else:
                self.base[id(node)] = (node.op, 0)
        if order and order[-1].op not in LOGIT_LOSSES:
            self.base[id(output)] = ("ŷ", 0)

    def of(self, tensor, flat: int) -> str:
        kind, k = self.base.get(id(tensor), ("?", 0))
        shape = tensor.shape
        if kind == "J":
            return "J"
        if kind == "bias":
            return f"w⁽{sup(k)}⁾₀,{sub(flat + 1)}"
        if kind in ("weight", "kernel"):
            i, j = divmod(flat, shape[1]) if kind == "weight" else divmod(flat, shape[1])[::-1]
            return f"w⁽{sup(k)}⁾{sub(j + 1)},{sub(i + 1)}"
        n, c = divmod(flat, shape[-1]) if len(shape) == 2 else (0, flat)
        sample = f"⁽{sup(n + 1)}⁾" if self.samples > 1 else ""
        if kind == "ŷ":
            return "ŷ" + (sub(c + 1) if shape[-1] > 1 else "") + sample
        if kind == "x" or k == 0:
            return f"{kind}{sub(c + 1)}{sample}"
        return f"{kind}{sub(k)},{sub(c + 1)}{sample}"


def _loss_terms(op: str, f: np.ndarray, y: np.ndarray):
    """(the terms whose mean or sum is the loss, ∂(term sum)/∂f) of a loss on outputs f and targets y."""
    if op in ("mse_loss", "l1_loss"):
        d = f - y
        return (d * d, 2 * d) if op == "mse_loss" else (np.abs(d), np.sign(d))
    if op == "binary_cross_entropy":
        with np.errstate(divide="ignore"):
            terms = -(y * np.maximum(np.log(f), -100) + (1 - y) * np.maximum(np.log1p(-f), -100))
        return terms, (f - y) / np.maximum(f * (1 - f), 1e-12)
    if op == "binary_cross_entropy_with_logits":
        return np.logaddexp(0, f) - y * f, 1 / (1 + np.exp(-f)) - y
    rows = f.reshape(1, -1) if f.ndim == 1 else f
    if y.dtype.kind in "iu":
        q = np.zeros_like(rows)
        q[np.arange(len(rows)), y.reshape(-1)] = 1
    else:
        q = y.reshape(rows.shape)
    if op == "nll_loss":
        return -(q * rows).sum(axis=1), -q
    shifted = rows - rows.max(axis=1, keepdims=True)
    log_s = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return -(q * log_s).sum(axis=1), np.exp(log_s) * q.sum(axis=1, keepdims=True) - q


def local(node) -> list | None:
    """For each element of ``node`` (flat order): [(input tensor, input's flat index, ∂out/∂in, rule)], or None
    when the local derivatives cannot be read from the op and its values (then nothing is claimed).

    The rule is the formula of the derivative, or for ``linear`` the (tensor, flat index) of the number it equals.
    """
    op, data = node.op, node.detach().numpy().astype(float)
    inputs = node.inputs
    values = [v.astype(float) if v.dtype.kind == "f" else v for v in (t.detach().numpy() for t in inputs)]
    if op in ("linear", "dense"):
        x, w = values[0], values[1] if op == "linear" else values[1].T  # W[i, j] = K[j, i]
        x2 = x.reshape(1, -1) if x.ndim == 1 else x
        (out_features, in_features), columns = w.shape, w.shape[0]

        def where(i, j):  # the flat index of wⱼ,ᵢ in the weight as it is stored
            return i * in_features + j if op == "linear" else j * columns + i

        edges = []
        for flat in range(data.size):
            n, i = divmod(flat, out_features)
            row = []
            if inputs[0].requires_grad:
                row += [(inputs[0], n * in_features + j, w[i, j], (inputs[1], where(i, j)))
                        for j in range(in_features)]
            if inputs[1].requires_grad:
                row += [(inputs[1], where(i, j), x2[n, j], (inputs[0], n * in_features + j))
                        for j in range(in_features)]
            if len(inputs) == 3 and inputs[2].requires_grad:
                row.append((inputs[2], i, 1.0, "1"))
            edges.append(row)
        return edges
    if op == "matmul":
        return _matmul_edges(node, values)
    if op == "add":
        return _add_edges(node, data.shape)
    if op in ELEMENTWISE:
        d = 1 / values[0] if op == "log" else (data == values[0]).astype(float)  # clamp: 1 where it left u as is
        return [[(inputs[0], flat, d.flat[flat], ELEMENTWISE[op])] for flat in range(data.size)]
    if op in ACTIVATIONS:
        z, rule = values[0], ACTIVATIONS[op]
        if op in ("softmax", "log_softmax"):
            return _softmax_edges(op, node, data, rule)
        if op == "sigmoid":
            d = data * (1 - data)
        elif op == "tanh":
            d = 1 - data * data
        elif op == "relu":
            d = (z > 0).astype(float)
        else:
            slopes = data[z < 0] / z[z < 0]
            d = np.where(z > 0, 1.0, slopes[0] if slopes.size else 0.01)
        return [[(inputs[0], flat, d.flat[flat], rule)] for flat in range(data.size)]
    elementwise = op not in ("cross_entropy", "nll_loss")
    if op in LOSSES and data.ndim == 0 and not (elementwise and values[0].shape != values[1].shape):
        terms, grad = _loss_terms(op, values[0], values[1])
        total = float(data)
        scale = next((c for c in (1 / terms.size, 1.0) if np.isclose(terms.sum() * c, total, rtol=1e-4,
                                                                       atol=1e-6)), None)
        if scale is None:
            return None
        flat_grad = (grad * scale).reshape(-1)
        return [[(inputs[0], e, flat_grad[e], LOSSES[op]) for e in range(flat_grad.size)
                 if not (op == "nll_loss" and flat_grad[e] == 0)]]
    return None


def _softmax_edges(op: str, node, s: np.ndarray, rule: str):
    """∂sᵢ/∂zₖ = sᵢ(δᵢₖ − sₖ) (softmax), δᵢₖ − sₖ (log_softmax), along the last axis of a matrix."""
    probs = np.exp(s) if op == "log_softmax" else s
    if s.ndim != 2 or not np.allclose(probs.sum(axis=1), 1, atol=1e-4):
        return None
    classes = s.shape[1]
    edges = []
    for flat in range(s.size):
        n, i = divmod(flat, classes)
        row = []
        for k in range(classes):
            delta = 1.0 if i == k else 0.0
            value = probs[n, i] * (delta - probs[n, k]) if op == "softmax" else delta - probs[n, k]
            row.append((node.inputs[0], n * classes + k, value, rule))
        edges.append(row)
    return edges


def _matmul_edges(node, values):
    """s = A B for matrices: ∂sₙ,ᵢ/∂Aₙ,ⱼ = Bⱼ,ᵢ and ∂sₙ,ᵢ/∂Bⱼ,ᵢ = Aₙ,ⱼ."""
    a, b = values
    if a.ndim != 2 or b.ndim != 2:
        return None
    (rows, inner), columns = a.shape, b.shape[1]
    edges = []
    for flat in range(rows * columns):
        n, i = divmod(flat, columns)
        row = []
        if node.inputs[0].requires_grad:
            row += [(node.inputs[0], n * inner + j, b[j, i], (node.inputs[1], j * columns + i)) for j in range(inner)]
        if node.inputs[1].requires_grad:
            row += [(node.inputs[1], j * columns + i, a[n, j], (node.inputs[0], n * inner + j)) for j in range(inner)]
        edges.append(row)
    return edges


def _add_edges(node, shape: tuple):
    """z = u + v (broadcast): ∂z/∂u = ∂z/∂v = 1, each element of z from one element of u and one of v."""
    sources = [(t, np.broadcast_to(np.arange(t.numel()).reshape(t.shape), shape).reshape(-1))
               for t in node.inputs if t.requires_grad]
    return [[(t, int(index[flat]), 1.0, "1") for t, index in sources] for flat in range(int(np.prod(shape)))]
