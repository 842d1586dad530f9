"""The RNN unrolled over time: one copy of the cell per step, the hidden state carried from each to the next.

A recurrent layer reads a sequence x₁ … x_T one step at a time, with the *same* weights at every step::

    hₜ = tanh(W_ih xₜ + b_ih + W_hh hₜ₋₁ + b_hh),      h₀ = 0

so hₜ is a summary of x₁ … xₜ: the arrow → carries it to the next step. Drawn: a box per input xₜ (with its
value or character), a box per hidden state hₜ, the arrows ↑ (xₜ into the cell) and → (hₜ₋₁ into the cell), and
under each step the numbers of hₜ as a column of colours (red > 0, blue < 0; tanh keeps them in −1 … 1). An LSTM
or a GRU is unrolled the same way (its hₜ drawn; the LSTM's cell state cₜ rides along, see ``lstm_gates``).
"""

import numpy as np

from mldlab import nn
from mldlab.i18n import message
from mldlab.viz import _clusters, _cnn, _recurrent, _style

MOST_STEPS = 12
MOST_UNITS = 16
_BOX = {"boxstyle": "round,pad=0.35", "linewidth": 1.5}


def _formula(layer) -> str:
    kind = type(layer).__name__.removesuffix("Cell")
    if kind == "RNN":
        g = getattr(layer, "nonlinearity", "tanh")
        return f"hₜ = {g}(W_ih xₜ + b_ih + W_hh hₜ₋₁ + b_hh)"
    if kind == "LSTM":
        return "(hₜ, cₜ) = LSTM(xₜ, hₜ₋₁, cₜ₋₁)"
    return "hₜ = GRU(xₜ, hₜ₋₁)"


def _diagram(ax, n: int, labels) -> None:
    """Boxes x₁ … xₙ (bottom) and h₀ … hₙ (top) with the arrows ↑ and →, at x = 1 … n (h₀ at 0)."""
    arrow = {"arrowstyle": "-|>", "color": _style.GREY, "linewidth": 2, "mutation_scale": 16}
    ax.text(0, 1, "h₀ = 0", ha="center", va="center", fontsize=_style.NOTE, gid="h:0",
            bbox={**_BOX, "facecolor": "white", "edgecolor": _style.GREY})
    for t in range(1, n + 1):
        sub = _cnn.subscript(t)
        text = f"x{sub}" if labels is None else f"x{sub}\n{_recurrent.visible(labels[t - 1])}"
        ax.text(t, 0.25, text, ha="center", va="top", fontsize=_style.NOTE, gid=f"x:{t}",
                bbox={**_BOX, "facecolor": "#FDF0D5", "edgecolor": _style.ORANGE})
        ax.text(t, 1, f"h{sub}", ha="center", va="center", fontsize=_style.LABEL, gid=f"h:{t}",
                bbox={**_BOX, "facecolor": "#D6EAF8", "edgecolor": _style.BLUE})
        ax.annotate("", xy=(t, 0.8), xytext=(t, 0.33), arrowprops=arrow, gid=f"up:{t}")
        ax.annotate("", xy=(t - 0.27, 1), xytext=(t - 0.73, 1), arrowprops=arrow, gid=f"right:{t}")
    ax.set_ylim(-0.75, 1.3)
    ax.axis("off")


def unrolled_rnn(model_or_layer, sequence, *, tokenizer=None, labels=None, max_steps: int = MOST_STEPS,
                 max_units: int = MOST_UNITS, lang: str | None = None):
    """The recurrent layer unrolled over the sequence: xₜ → hₜ boxes with arrows, hₜ's numbers under each step.

    Parameters
    ----------
    model_or_layer : RNN, LSTM, GRU, a cell (RNNCell, LSTMCell, GRUCell), nn.Module or Model
        The recurrent layer, or a model with one (its first; a char-RNN's Embedding is applied to token ids first).
    sequence : array-like of shape (T, input_size) or (T,), or str
        One sequence: numbers per step, token ids (for a model with an Embedding), or a text with ``tokenizer``.
    tokenizer : CharTokenizer, optional
        Turns a text ``sequence`` into ids (the characters then label the steps).
    labels : list of str, optional
        One label per step, written in the xₜ boxes (default: the characters, or the numbers when a step has at
        most 3, one to a line).
    max_steps : int, default 12
        At most this many steps are drawn (the first ones; all are computed).
    max_units : int, default 16
        At most this many units of hₜ are drawn (the first ones).
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.hidden`` is h₁ … h_T (T, units) as the layer computes them; ``fig.steps`` the number drawn.

    Examples
    --------
    >>> import numpy as np
    >>> from mldlab import nn, viz
    >>> rnn = nn.RNN(1, 4)
    >>> fig = viz.unrolled_rnn(rnn, np.sin(np.linspace(0, 3, 6)), lang="ko")
    >>> fig.hidden.shape, fig.steps
    ((6, 4), 6)
    >>> fig.axes[1].get_xlabel()
    '시간 단계 t'
    """
    with _style.speaking(lang):
        op = "unrolled_rnn"
        for name, value in (("max_steps", max_steps), ("max_units", max_units)):
            if not isinstance(value, (int, np.integer)) or isinstance(value, bool) or value < 1:
                raise ValueError(message("viz_cnn_positive_int", op=op, name=name, value=repr(value)))
        kinds = (nn.RNN, nn.LSTM, nn.GRU, nn.RNNCell, nn.LSTMCell, nn.GRUCell)
        layer, embedding = _recurrent.recurrent_of(model_or_layer, op, kinds)
        X, default_labels = _recurrent.sequence_input(sequence, layer, embedding, tokenizer, op)
        if labels is not None and len(labels) != len(X):
            raise ValueError(message("viz_cnn_labels", op=op, n=len(X), got=len(labels)))
        hidden = _recurrent.hidden_states(layer, X)
        n = min(len(X), max_steps)
        units = min(hidden.shape[1], max_units)
        fig = _style.blank(figsize=(max(1.15 * (n + 1) + 2.2, 8.5), 4.2 + 0.22 * units))
        top, bottom = fig.subplots(2, 1, height_ratios=[1.5, 0.6 + 0.12 * units])
        _diagram(top, n, [str(s) for s in labels] if labels is not None else default_labels)
        states = np.column_stack([np.zeros(units), hidden[:n, :units].T])
        limit = max(1.0, _cnn.symmetric_limit(states))
        image = bottom.imshow(states, cmap=_cnn.DIVERGING, vmin=-limit, vmax=limit, aspect="auto",
                              interpolation="nearest", gid="hidden")
        for ax in (top, bottom):
            ax.set_xlim(-0.6, n + 0.5)
        bottom.set_xticks(range(n + 1))
        bottom.set_yticks(range(units))
        bottom.set_yticklabels([str(u) if units <= 8 or u % 4 == 0 else "" for u in range(units)])
        bottom.set_xlabel(message("viz_cnn_time_step"), fontsize=_style.LABEL)
        bottom.set_ylabel(message("viz_cnn_unit"), fontsize=_style.LABEL, labelpad=10)
        bar = fig.colorbar(image, ax=[top, bottom], shrink=0.6, location="right")
        bar.set_label(message("viz_cnn_hidden_value"), fontsize=_style.LABEL)
        title = message("viz_cnn_unrolled_title", layer=type(layer).__name__, formula=_formula(layer))
        title += _recurrent.shown_note(n, len(X), units, hidden.shape[1])
        fig.suptitle(_clusters.wrap_to(title, fig.get_figwidth(), _style.TITLE), fontsize=_style.TITLE)
        fig.hidden, fig.steps = hidden, n
        return _style.finish(fig)
