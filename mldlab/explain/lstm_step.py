"""``explain.lstm_step``: one time step of an LSTM, every gate with its numbers.

From the input xₜ and the state before, hₜ₋₁ and cₜ₋₁ (zeros at t = 0, or the given ``hx``):

    (1) iₜ = σ(W_ii·xₜ + b_ii + W_hi·hₜ₋₁ + b_hi)       input gate: how much of the candidate to write
    (2) fₜ = σ(W_if·xₜ + b_if + W_hf·hₜ₋₁ + b_hf)       forget gate: how much of the old memory to keep
    (3) gₜ = tanh(W_ig·xₜ + b_ig + W_hg·hₜ₋₁ + b_hg)    candidate: what could be written
    (4) oₜ = σ(W_io·xₜ + b_io + W_ho·hₜ₋₁ + b_ho)       output gate: how much of the memory to show
    (5) cₜ = fₜ ⊙ cₜ₋₁ + iₜ ⊙ gₜ                        the new memory (cell state)
    (6) hₜ = oₜ ⊙ tanh(cₜ)                              the new hidden state, the output at step t

The four gates' weights are stacked in PyTorch's order i, f, g, o: the rows 0 … H − 1 of ``weight_ih_l0`` (and
``weight_hh_l0``, ``bias_ih_l0``, ``bias_hh_l0``) belong to i, the next H to f, then g, then o. Everything is
recomputed here in float64 from those weights, steps 0 … t one after another, and hₜ, cₜ must equal the layer's own
(``matches``). For a stacked or bidirectional LSTM, the first layer's forward direction is explained.
"""

import dataclasses

import numpy as np

from mldlab import nn
from mldlab.creation import tensor
from mldlab.explain import _cnn
from mldlab.explain._estimator import in_language
from mldlab.explain._format import factor, num, vector
from mldlab.explain._result import Math, Result, heading, line
from mldlab.grad_mode import no_grad
from mldlab.i18n import message

GATES = (("i", "σ"), ("f", "σ"), ("g", "tanh"), ("o", "σ"))  # PyTorch's order of the stacked rows


@dataclasses.dataclass(repr=False)
class LSTMStepResult(Result):
    """Step ``t`` of ``sample``: the input ``x`` (xₜ), the state before (``h_prev``, ``c_prev``), the ``gates``
    [{name, activation, from_x (W·xₜ + b_i·), from_h (W·hₜ₋₁ + b_h·), z, value}] in the order i, f, g, o, the new
    state ``c`` and ``h`` computed here, and the layer's own ``layer_h`` and ``layer_c``."""

    layer: str
    t: int
    sample: int
    hidden_size: int
    x: list
    h_prev: list
    c_prev: list
    gates: list
    c: list
    h: list
    layer_h: list
    layer_c: list
    matches: bool

    kind = "lstm_step"

    def _lines(self) -> list:
        lines = [heading(message("explain_cnn_lstm_title", t=self.t, sample=self.sample)),
                 line(message("explain_cnn_layer"), self.layer),
                 line(message("explain_cnn_lstm_input"), Math(f"xₜ = {vector(self.x)}")),
                 line(message("explain_cnn_lstm_before") if self.t else message("explain_cnn_lstm_start"),
                      Math(f"hₜ₋₁ = {vector(self.h_prev)},  cₜ₋₁ = {vector(self.c_prev)}")),
                 line(message("explain_cnn_lstm_rows", h=self.hidden_size), depth=1)]
        roles = {"i": message("explain_cnn_lstm_gate_i"), "f": message("explain_cnn_lstm_gate_f"),
                 "g": message("explain_cnn_lstm_gate_g"), "o": message("explain_cnn_lstm_gate_o")}
        for number, gate in enumerate(self.gates, start=1):
            name, g = gate["name"], gate["activation"]
            a, b, z = gate["from_x"][0], gate["from_h"][0], gate["z"][0]
            lines += [line(f"({number}) ", roles[name],
                           Math(f"{name}ₜ = {g}(W_i{name}·xₜ + b_i{name} + W_h{name}·hₜ₋₁ + b_h{name})"), depth=1),
                      line(Math(f"z = {vector(gate['z'])} → {name}ₜ = {vector(gate['value'])}"), depth=2),
                      line(message("explain_cnn_lstm_unit_parts"),
                           Math(f"z = {num(a)} + {factor(b)} = {num(z)},  {g}({num(z)}) = {num(gate['value'][0])}"),
                           depth=3)]
        i, f, g, o = (gate["value"] for gate in self.gates)
        lines += [line("(5) ", message("explain_cnn_lstm_memory"), Math("cₜ = fₜ ⊙ cₜ₋₁ + iₜ ⊙ gₜ"), depth=1),
                  line(Math(f"cₜ = {vector(self.c)}"), depth=2),
                  line(message("explain_cnn_lstm_unit"),
                       Math(f"cₜ = {num(f[0])}·{factor(self.c_prev[0])} + {num(i[0])}·{factor(g[0])} = "
                            f"{num(self.c[0])}"), depth=3),
                  line("(6) ", message("explain_cnn_lstm_hidden"), Math("hₜ = oₜ ⊙ tanh(cₜ)"), depth=1),
                  line(Math(f"hₜ = {vector(self.h)}"), depth=2),
                  line(message("explain_cnn_lstm_unit"),
                       Math(f"hₜ = {num(o[0])}·tanh({num(self.c[0])}) = {num(self.h[0])}"), depth=3)]
        mark = "✓" if self.matches else "✗"
        lines.append(line(message("explain_cnn_lstm_check"), f" {mark}", depth=1))
        return lines


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # σ(z) = 1/(1 + e⁻ᶻ), without overflow


def cell_equations(w_ih, w_hh, b_ih, b_hh, x_t, h_prev, c_prev) -> tuple:
    """One LSTM step in NumPy, equations (1)–(6) with PyTorch's gate order: (from_x, from_h, (i, f, g, o), cₜ, hₜ),
    where from_x = W_i·xₜ + b_i and from_h = W_h·hₜ₋₁ + b_h are the four gates' stacked parts (z = their sum)."""
    size = len(h_prev)
    from_x, from_h = w_ih @ x_t + b_ih, w_hh @ h_prev + b_hh
    z = from_x + from_h
    i, f, g, o = (np.tanh(z[k * size:(k + 1) * size]) if act == "tanh" else _sigmoid(z[k * size:(k + 1) * size])
                  for k, (_, act) in enumerate(GATES))  # (1)-(4)
    c = f * c_prev + i * g  # (5)
    h = o * np.tanh(c)  # (6)
    return from_x, from_h, (i, f, g, o), c, h


def _weights(layer) -> tuple:
    """(W_ih, W_hh, b_ih, b_hh) of the first layer's forward direction, in float64 (zero biases without bias)."""
    suffix = "" if isinstance(layer, nn.LSTMCell) else "_l0"
    w_ih, w_hh = (getattr(layer, name + suffix).detach().numpy().astype(np.float64)
                  for name in ("weight_ih", "weight_hh"))
    if not layer.bias:
        return w_ih, w_hh, np.zeros(len(w_ih)), np.zeros(len(w_ih))
    b_ih, b_hh = (getattr(layer, name + suffix).detach().numpy().astype(np.float64) for name in ("bias_ih", "bias_hh"))
    return w_ih, w_hh, b_ih, b_hh


def _sequence(layer, values: np.ndarray) -> tuple:
    """The input as (N, T, input_size), and whether it had a batch axis."""
    if isinstance(layer, nn.LSTMCell):
        return (values[:, None] if values.ndim == 2 else values[None, None]), values.ndim == 2
    if values.ndim == 2:
        return values[None], False
    return (values if layer.batch_first else values.swapaxes(0, 1)), True


def _start_state(layer, hx, sample: int) -> tuple:
    """(h₀, c₀) of the sample: zeros, or the first layer's forward direction of the given ``hx``."""
    size = layer.hidden_size
    if hx is None:
        return np.zeros(size), np.zeros(size)
    h0, c0 = (v.numpy().astype(np.float64) for v in hx)
    if isinstance(layer, nn.LSTMCell):
        return (h0[sample], c0[sample]) if h0.ndim == 2 else (h0, c0)
    return (h0[0, sample], c0[0, sample]) if h0.ndim == 3 else (h0[0], c0[0])


def _layer_state(layer, values: np.ndarray, hx, t: int, batched: bool, sample: int) -> tuple:
    """The layer's own (hₜ, cₜ) of the sample: run on steps 0 … t."""
    if isinstance(layer, nn.LSTMCell):
        h, c = layer(tensor(values), hx)
        h, c = h.numpy(), c.numpy()
        return (h[sample], c[sample]) if batched else (h, c)
    steps = values[:, :t + 1] if batched and layer.batch_first else values[:t + 1]
    _, (h, c) = layer(tensor(steps), hx)
    h, c = h.numpy()[0], c.numpy()[0]
    return (h[sample], c[sample]) if batched else (h, c)


def lstm_step(layer, x, *, t=0, sample=0, hx=None, lang=None) -> LSTMStepResult:
    """One time step of an ``nn.LSTM`` (or an ``nn.LSTMCell``) for one sample: each gate i, f, g, o with its
    pre-activation, then cₜ and hₜ, recomputed from the layer's weights and checked against its own output.

    Parameters
    ----------
    layer : nn.LSTM or nn.LSTMCell
        The layer (stacked or bidirectional: its first layer's forward direction).
    x : array-like or Tensor
        The input sequence as the layer takes it: (L, N, input_size), (N, L, input_size) with ``batch_first``,
        or (L, input_size) for one sequence; for an ``LSTMCell`` one step, (N, input_size) or (input_size,).
    t : int, default 0
        The time step (0 for an ``LSTMCell``).
    sample : int, default 0
        Which sequence of the batch.
    hx : tuple (h₀, c₀), optional
        The starting state, as the layer takes it (default zeros).
    lang : {'en', 'ko'}, optional
        The language of the rendering (and of any error).

    Returns
    -------
    LSTMStepResult

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> lstm = nn.LSTM(input_size=1, hidden_size=1)
    >>> with mldlab.no_grad():
    ...     for p in lstm.parameters():
    ...         _ = p.fill_(0.5)
    >>> result = lstm_step(lstm, [[1.0], [2.0]], t=1)
    >>> [round(v, 4) for v in result.h], result.matches
    ([0.8281], True)
    >>> print(result)
    LSTM step: time step t = 1, sample 0
    ────────────────────────────────────
    Layer: LSTM(1, 1)
    The input at this step: xₜ = [2]
    The state after the step before: hₜ₋₁ = [0.5144],  cₜ₋₁ = [0.74]
      the gates' weights are stacked in PyTorch's order i, f, g, o (H = 1 rows for each gate)
      (1) input gate, how much of the candidate to write: iₜ = σ(W_ii·xₜ + b_ii + W_hi·hₜ₋₁ + b_hi)
        z = [2.257] → iₜ = [0.9053]
          unit 0, the part from xₜ plus the part from hₜ₋₁: z = 1.5 + 0.7572 = 2.257,  σ(2.257) = 0.9053
      (2) forget gate, how much of the old memory to keep: fₜ = σ(W_if·xₜ + b_if + W_hf·hₜ₋₁ + b_hf)
        z = [2.257] → fₜ = [0.9053]
          unit 0, the part from xₜ plus the part from hₜ₋₁: z = 1.5 + 0.7572 = 2.257,  σ(2.257) = 0.9053
      (3) candidate, what could be written: gₜ = tanh(W_ig·xₜ + b_ig + W_hg·hₜ₋₁ + b_hg)
        z = [2.257] → gₜ = [0.9783]
          unit 0, the part from xₜ plus the part from hₜ₋₁: z = 1.5 + 0.7572 = 2.257,  tanh(2.257) = 0.9783
      (4) output gate, how much of the memory to show: oₜ = σ(W_io·xₜ + b_io + W_ho·hₜ₋₁ + b_ho)
        z = [2.257] → oₜ = [0.9053]
          unit 0, the part from xₜ plus the part from hₜ₋₁: z = 1.5 + 0.7572 = 2.257,  σ(2.257) = 0.9053
      (5) The new memory (cell state): cₜ = fₜ ⊙ cₜ₋₁ + iₜ ⊙ gₜ
        cₜ = [1.556]
          unit 0: cₜ = 0.9053·0.74 + 0.9053·0.9783 = 1.556
      (6) The new hidden state, the output of this step: hₜ = oₜ ⊙ tanh(cₜ)
        hₜ = [0.8281]
          unit 0: hₜ = 0.9053·tanh(1.556) = 0.8281
      The same as the layer's own hₜ and cₜ ✓
    """
    op = "explain.lstm_step"
    with in_language(lang):
        if not isinstance(layer, (nn.LSTM, nn.LSTMCell)):
            raise TypeError(message("explain_cnn_layer_type", op=op, expected="LSTM, LSTMCell",
                                    got=type(layer).__name__))
        dtype = layer.weight_hh.dtype if isinstance(layer, nn.LSTMCell) else layer.weight_hh_l0.dtype
        values = _cnn.array(op, x, dtype)
        if hx is not None:
            if not isinstance(hx, (tuple, list)) or len(hx) != 2:
                raise TypeError(message("explain_cnn_lstm_hx", op=op, type=type(hx).__name__))
            hx = tuple(tensor(_cnn.array(op, v, dtype)) for v in hx)
        with no_grad():
            layer(tensor(values), hx)  # the layer's own checks of the input and the state, with its messages
            sequence, batched = _sequence(layer, values)
            sample = _cnn.index(op, "sample", sample, sequence.shape[0])
            t = _cnn.index(op, "t", t, sequence.shape[1])
            layer_h, layer_c = _layer_state(layer, values, hx, t, batched, sample)
        w_ih, w_hh, b_ih, b_hh = _weights(layer)
        size = layer.hidden_size
        h, c = _start_state(layer, hx, sample)
        for step in range(t + 1):
            h_prev, c_prev = h, c
            x_t = sequence[sample, step].astype(np.float64)
            from_x, from_h, (i, f, g, o), c, h = cell_equations(w_ih, w_hh, b_ih, b_hh, x_t, h_prev, c_prev)
        z = from_x + from_h
        gates = [{"name": name, "activation": act, "from_x": from_x[k * size:(k + 1) * size].tolist(),
                  "from_h": from_h[k * size:(k + 1) * size].tolist(), "z": z[k * size:(k + 1) * size].tolist(),
                  "value": value.tolist()} for k, ((name, act), value) in enumerate(zip(GATES, (i, f, g, o)))]
        tol = 1e-10 if dtype == np.float64 else 2e-5
        matches = bool(np.allclose(h, layer_h, rtol=tol, atol=tol) and np.allclose(c, layer_c, rtol=tol, atol=tol))
        return LSTMStepResult(repr(layer), t, sample, size, x_t.tolist(), h_prev.tolist(), c_prev.tolist(), gates,
                              c.tolist(), h.tolist(), np.asarray(layer_h, float).tolist(),
                              np.asarray(layer_c, float).tolist(), matches, lang=lang)
