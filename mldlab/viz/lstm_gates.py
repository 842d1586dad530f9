"""The LSTM's gates over a sequence: what it lets in, forgets, writes and shows at each step.

Recomputed step by step from the layer's weights, in PyTorch's order (the rows of W_ih, W_hh, b_ih, b_hh are the
blocks i, f, g, o, each ``hidden_size`` long)::

    (1) iₜ = σ(W_ii xₜ + b_ii + W_hi hₜ₋₁ + b_hi)      input gate: how much of the new content to write
    (2) fₜ = σ(W_if xₜ + b_if + W_hf hₜ₋₁ + b_hf)      forget gate: how much of the old cell state to keep
    (3) gₜ = tanh(W_ig xₜ + b_ig + W_hg hₜ₋₁ + b_hg)   the new content
    (4) oₜ = σ(W_io xₜ + b_io + W_ho hₜ₋₁ + b_ho)      output gate: how much of the cell state to show
    (5) cₜ = fₜ ⊙ cₜ₋₁ + iₜ ⊙ gₜ                        the cell state, the long memory
    (6) hₜ = oₜ ⊙ tanh(cₜ)                              the hidden state, the output

from h₀ = c₀ = 0. Each is drawn as a heat map over time (across) and units (down): the gates from 0 (closed) to 1
(open), gₜ and hₜ from −1 to 1, cₜ on its own scale. Where fₜ ≈ 1 and iₜ ≈ 0 a unit keeps its memory unchanged.
"""

import numpy as np

from mldlab import nn
from mldlab.explain.lstm_step import cell_equations
from mldlab.i18n import message
from mldlab.viz import _clusters, _cnn, _recurrent, _style

MOST_UNITS = 16
MOST_STEPS = 24


def _weights(lstm, layer: int, suffix: str) -> tuple:
    """(W_ih, W_hh, b_ih + b_hh) of one layer and direction, as float64 (zeros for a layer without bias)."""
    names = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")
    if isinstance(lstm, nn.LSTMCell):
        found = [getattr(lstm, name, None) for name in names]
    else:
        found = [getattr(lstm, f"{name}_l{layer}{suffix}", None) for name in names]
    W_ih, W_hh = (w.detach().numpy().astype(np.float64) for w in found[:2])
    b = sum((w.detach().numpy().astype(np.float64) for w in found[2:] if w is not None), np.zeros(W_hh.shape[0]))
    return W_ih, W_hh, b


def gates_of(W_ih: np.ndarray, W_hh: np.ndarray, b: np.ndarray, X: np.ndarray) -> dict:
    """The gates i, f, g, o and the states c, h, each (T, H), from the equations (1) … (6)."""
    T, H = len(X), W_hh.shape[1]
    out = {name: np.zeros((T, H)) for name in "ifgoch"}
    h, c = np.zeros(H), np.zeros(H)
    for t in range(T):
        _, _, (i, f, g, o), c, h = cell_equations(W_ih, W_hh, b, 0.0, X[t], h, c)  # (1) … (6)
        for name, value in zip("ifgoch", (i, f, g, o, c, h)):
            out[name][t] = value
    return out


def lstm_layer_gates(lstm, X: np.ndarray, layer: int = 0) -> dict:
    """The gates of layer ``layer`` (its forward direction) of an LSTM on X (T, input_size): the layers below run
    first, each layer's input the hidden states of the one below (both directions side by side)."""
    directions = ("", "_reverse") if getattr(lstm, "bidirectional", False) else ("",)
    inputs = X
    for n in range(layer + 1):
        found = {}
        for suffix in directions:
            W_ih, W_hh, b = _weights(lstm, n, suffix)
            backwards = suffix == "_reverse"
            gates = gates_of(W_ih, W_hh, b, inputs[::-1] if backwards else inputs)
            found[suffix] = {k: v[::-1] for k, v in gates.items()} if backwards else gates
        inputs = np.concatenate([found[s]["h"] for s in directions], axis=1)
    return found[""]


def _panel(ax, values: np.ndarray, cmap: str, vmin: float, vmax: float, title: str, labels, gid: str):
    image = ax.imshow(values.T, cmap=cmap, vmin=vmin, vmax=vmax, aspect="auto", interpolation="nearest", gid=gid)
    ax.set_title(title, fontsize=_style.LABEL)
    ax.set_ylabel(message("viz_cnn_unit"), fontsize=_style.NOTE, labelpad=8)
    T = values.shape[0]
    ticks = range(T) if labels is not None or T <= 12 else range(0, T, -(-T // 8))
    ax.set_xticks(list(ticks))
    ax.set_xticklabels([_recurrent.visible(labels[t]) if labels is not None else str(t + 1) for t in ticks])
    ax.figure.colorbar(image, ax=ax, shrink=0.9, aspect=10)


def lstm_gates(lstm, sequence, *, layer: int = 0, tokenizer=None, labels=None, max_units: int = MOST_UNITS,
               max_steps: int = MOST_STEPS, lang: str | None = None):
    """The gates i, f, g, o, the cell state c and the hidden state h of an LSTM over one sequence, as heat maps.

    Parameters
    ----------
    lstm : LSTM, LSTMCell, nn.Module or Model
        The LSTM, or a model with one (its first; a char-RNN's Embedding is applied to token ids first).
    sequence : array-like of shape (T, input_size) or (T,), or str
        One sequence, as for ``unrolled_rnn``.
    layer : int, default 0
        Which layer of a stacked LSTM (the layers below it run first). A bidirectional LSTM's forward direction is
        drawn.
    tokenizer : CharTokenizer, optional
        Turns a text ``sequence`` into ids (the characters then label the steps).
    labels : list of str, optional
        One label per step, under the time axis (default: the characters of a text; without labels the steps are
        numbered from 1).
    max_units, max_steps : int, default 16 and 24
        At most this many units (the first ones) and steps (the first ones) are drawn; all are computed.
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.gates`` maps ``'i'``, ``'f'``, ``'g'``, ``'o'``, ``'c'``, ``'h'`` to arrays (T, hidden_size).

    Examples
    --------
    >>> import numpy as np
    >>> from mldlab import nn, viz
    >>> lstm = nn.LSTM(1, 3)
    >>> fig = viz.lstm_gates(lstm, np.linspace(-1, 1, 5), lang="ko")
    >>> sorted(fig.gates), fig.gates["h"].shape
    (['c', 'f', 'g', 'h', 'i', 'o'], (5, 3))
    >>> fig.axes[1].get_title()
    '망각 게이트 fₜ = σ(…): 얼마나 남길지'
    """
    with _style.speaking(lang):
        op = "lstm_gates"
        for name, value in (("max_units", max_units), ("max_steps", max_steps)):
            if not isinstance(value, (int, np.integer)) or isinstance(value, bool) or value < 1:
                raise ValueError(message("viz_cnn_positive_int", op=op, name=name, value=repr(value)))
        found, embedding = _recurrent.recurrent_of(lstm, op, (nn.LSTM, nn.LSTMCell))
        layers = getattr(found, "num_layers", 1)
        if not isinstance(layer, (int, np.integer)) or isinstance(layer, bool) or not 0 <= layer < layers:
            raise ValueError(message("viz_cnn_lstm_layer", op=op, value=repr(layer), n=layers))
        if getattr(found, "proj_size", 0):
            raise ValueError(message("viz_cnn_lstm_proj", op=op, proj_size=found.proj_size))
        X, default_labels = _recurrent.sequence_input(sequence, found, embedding, tokenizer, op)
        if labels is not None and len(labels) != len(X):
            raise ValueError(message("viz_cnn_labels", op=op, n=len(X), got=len(labels)))
        gates = lstm_layer_gates(found, X, layer)
        labels = [str(s) for s in labels] if labels is not None else default_labels if tokenizer is not None else None
        n, units = min(len(X), max_steps), min(found.hidden_size, max_units)
        fig, axes = _style.figure(3, 2, figsize=(max(7.5, 0.28 * n + 2.6) * 2, 3 * (2.3 + 0.11 * units)))
        limit = _cnn.symmetric_limit(gates["c"][:n, :units])
        panels = (("i", _cnn.POSITIVE, 0, 1, message("viz_cnn_gate_i")),
                  ("f", _cnn.POSITIVE, 0, 1, message("viz_cnn_gate_f")),
                  ("g", _cnn.DIVERGING, -1, 1, message("viz_cnn_gate_g")),
                  ("o", _cnn.POSITIVE, 0, 1, message("viz_cnn_gate_o")),
                  ("c", _cnn.DIVERGING, -limit, limit, message("viz_cnn_state_c")),
                  ("h", _cnn.DIVERGING, -1, 1, message("viz_cnn_state_h")))
        for ax, (name, cmap, vmin, vmax, title) in zip(np.ravel(axes), panels):
            _panel(ax, gates[name][:n, :units], cmap, vmin, vmax, title, labels, gid=f"gate:{name}")
        for ax in axes[-1]:
            ax.set_xlabel(message("viz_cnn_time_step"), fontsize=_style.LABEL)
        title = message("viz_cnn_gates_title", layer=_cnn.layer_name(found), n=layer)
        title += _recurrent.shown_note(n, len(X), units, found.hidden_size)
        fig.suptitle(_clusters.wrap_to(title, fig.get_figwidth(), _style.TITLE), fontsize=_style.TITLE)
        fig.gates = gates
        return _style.finish(fig)
