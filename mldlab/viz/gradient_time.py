"""Gradients across time: how much of the loss's gradient reaches each earlier step (vanishing in a plain RNN).

The loss L is computed at the last step T. Its gradient reaches step t only through every step after it::

    (1) ∂L/∂hₜ = ∂L/∂h_T · ∂h_T/∂h_{T−1} · … · ∂hₜ₊₁/∂hₜ
    (2) RNN:   ∂hₜ₊₁/∂hₜ = diag(1 − hₜ₊₁²) · W_hh        a factor below 1 each step: the product vanishes
    (3) LSTM:  ∂cₜ₊₁/∂cₜ = diag(fₜ₊₁)                    the cell's path: ≈ 1 while the forget gate is open

so ‖∂L/∂hₜ‖ shrinks like aᵀ⁻ᵗ in a plain RNN (a < 1) and the first steps get no signal: it cannot learn that
the answer depends on them (the adding problem: the sum of two marked numbers early in the sequence). The LSTM's
cell state carries the gradient back as long as fₜ ≈ 1.

How it is measured: the layer's weights are copied into cells (``nn.RNNCell``, ``nn.LSTMCell``, ``nn.GRUCell``) in
float64 (so that tiny values do not round to 0), the cell is run step by step on the sequences, each hₜ keeps its
gradient (``retain_grad()``), L = mean((head(h_T) − y)²) is differentiated once, and ‖∂L/∂hₜ‖ is the norm of hₜ's
gradient over the batch and the units.
"""

import copy

import numpy as np

from mldlab import nn
from mldlab.data import adding_problem
from mldlab.data.arrays import check_finite, to_numpy
from mldlab.grad_mode import no_grad
from mldlab.i18n import message
from mldlab.tensor import Tensor
from mldlab.viz import _cnn, _style, _training

SEQ_LEN = 100
_CELL = {"RNN": "RNNCell", "LSTM": "LSTMCell", "GRU": "GRUCell"}


def _cell_of(layer) -> nn.Module:
    """A float64 cell with the weights of a one-layer, one-direction recurrent layer."""
    kind = type(layer).__name__
    options = {"nonlinearity": layer.nonlinearity} if kind == "RNN" else {}
    cell = getattr(nn, _CELL[kind])(layer.input_size, layer.hidden_size, bias=layer.bias, dtype="float64", **options)
    with no_grad():
        for name, parameter in cell.named_parameters():
            parameter.copy_(Tensor(getattr(layer, name + "_l0").detach().numpy(), dtype=np.float64))
    return cell


def norms_over_time(layer, head, X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """‖∂L/∂hₜ‖ for t = 1 … T (see the module's docstring)."""
    cell, head = _cell_of(layer), copy.deepcopy(head).double()
    N, T, _ = X.shape
    h = Tensor(np.zeros((N, layer.hidden_size)), dtype=np.float64)
    state = (h, Tensor(np.zeros((N, layer.hidden_size)), dtype=np.float64)) if isinstance(layer, nn.LSTM) else h
    hs = []
    for t in range(T):
        state = cell(Tensor(X[:, t], dtype=np.float64), state)
        h = state[0] if isinstance(state, tuple) else state
        h.retain_grad()
        hs.append(h)
    loss = ((head(h) - Tensor(y, dtype=np.float64)) ** 2).mean()
    loss.backward()
    return np.array([np.linalg.norm(h.grad.numpy()) for h in hs])


def _default_models(input_size: int, hidden_size: int, forget_bias: float) -> dict:
    """A plain RNN and an LSTM whose forget gates start open (b_f raised by ``forget_bias``)."""
    rnn = nn.RNN(input_size, hidden_size, batch_first=True)
    lstm = nn.LSTM(input_size, hidden_size, batch_first=True)
    H = hidden_size
    with no_grad():
        raised = lstm.bias_ih_l0.detach().numpy().copy()
        raised[H:2 * H] += forget_bias  # the block f of i, f, g, o
        lstm.bias_ih_l0.copy_(Tensor(raised))
    return {"RNN": rnn, message("viz_cnn_grad_lstm_open", b=f"{forget_bias:g}"): lstm}


def _entries(models, op: str) -> list:
    """[(label, layer, head or None)] from a layer or a (layer, head) pair, or a list or dict of them."""
    items = list(models.items()) if isinstance(models, dict) else \
        [(None, m) for m in (models if isinstance(models, list) else [models])]
    entries = []
    for label, item in items:
        layer, head = item if isinstance(item, tuple) else (item, None)
        if not isinstance(layer, (nn.RNN, nn.LSTM, nn.GRU)) or layer.num_layers != 1 or layer.bidirectional:
            raise ValueError(message("viz_cnn_grad_layer", op=op, type=_cnn.layer_name(layer)[:80]))
        entries.append((label if label is not None else type(layer).__name__, layer, head))
    return entries


def gradient_norms_over_time(models=None, X=None, y=None, *, seq_len: int = SEQ_LEN, n_samples: int = 32,
                             hidden_size: int = 32, forget_bias: float = 3.0, seed: int = 0, lang: str | None = None):
    """‖∂L/∂hₜ‖ at every step t (log scale) for recurrent layers on the same long sequences.

    Parameters
    ----------
    models : RNN, LSTM or GRU, list or dict {label: layer}, optional
        One-layer, one-direction recurrent layers (with ``batch_first`` or not: the cells read one step at a time);
        an entry may be a pair (layer, head), head a module from h_T to the prediction (default: a Linear(H, 1)
        made from ``seed``). Default: ``nn.RNN(2, hidden_size)`` and ``nn.LSTM(2, hidden_size)`` made from
        ``seed``, the LSTM's forget-gate bias raised by ``forget_bias``.
    X, y : array-like of shape (N, T, input_size) and (N, 1), optional
        The sequences and targets (default: ``adding_problem(n_samples, seq_len, seed)``).
    seq_len, n_samples : int, default 100 and 32
        The default data's length T and number of sequences.
    hidden_size : int, default 32
        The default layers' size.
    forget_bias : float, default 3.0
        Added to the default LSTM's forget-gate bias b_f, so that fₜ = σ(… + b_f) starts near 1 (0.95), as an LSTM
        that has learnt a long-memory task keeps it on the units that remember. With 0 (PyTorch's initialisation,
        fₜ ≈ 0.5) an untrained LSTM's gradient fades almost as fast as the RNN's: the gate has to open.
    seed : int, default 0
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.norms`` maps each label to ‖∂L/∂hₜ‖ for t = 1 … T (an array of T numbers).

    Examples
    --------
    >>> from mldlab import viz
    >>> fig = viz.gradient_norms_over_time(seq_len=30, n_samples=8, hidden_size=8, lang="ko")
    >>> rnn, lstm = fig.norms.values()
    >>> bool(rnn[0] / rnn[-1] < 1e-3 < lstm[0] / lstm[-1])
    True
    """
    with _style.speaking(lang):
        op = "gradient_norms_over_time"
        with _training.seeded(seed):
            if X is None:
                X, y = adding_problem(n_samples=n_samples, seq_len=seq_len, seed=seed)
            X, y = _check_data(X, y, op)
            entries = _entries(_default_models(X.shape[2], hidden_size, forget_bias) if models is None else models,
                               op)
            norms = {}
            for label, layer, head in entries:
                if layer.input_size != X.shape[2]:
                    raise ValueError(message("viz_cnn_grad_input", op=op, layer=label, n=layer.input_size,
                                             shape=X.shape))
                norms[label] = norms_over_time(layer, head or nn.Linear(layer.hidden_size, y.shape[1]), X, y)
        return _draw(norms, X.shape[1])


def _check_data(X, y, op: str) -> tuple:
    X = check_finite(to_numpy(X, op, "X").astype(np.float64), op, "X")
    y = to_numpy(y, op, "y").astype(np.float64)
    y = y[:, None] if y.ndim == 1 else y
    if X.ndim != 3 or y.ndim != 2 or len(y) != len(X) or X.shape[1] < 2:
        raise ValueError(message("viz_cnn_grad_data", op=op, shape_X=np.shape(X), shape_y=np.shape(y)))
    return X, check_finite(y, op, "y")


def _draw(norms: dict, T: int):
    fig, ax = _style.figure(figsize=(10, 6))
    steps = np.arange(1, T + 1)
    colours = (_style.RED, _style.BLUE, _style.GREEN, _style.PURPLE, _style.ORANGE)
    for k, (label, values) in enumerate(norms.items()):
        shown = values > 0
        ratio = values[0] / values[-1] if values[-1] > 0 else 0.0
        ax.semilogy(steps[shown], values[shown], color=colours[k % len(colours)], linewidth=_style.LINE, gid=label,
                    label=message("viz_cnn_grad_ratio", label=label, T=_cnn.subscript(T), ratio=f"{ratio:.1e}"))
    _style.decorate(ax, message("viz_cnn_grad_title", T=T), message("viz_cnn_time_step"),
                    message("viz_cnn_grad_axis"))
    _style.legend(ax, loc="lower right")
    fig.norms = norms
    return _style.finish(fig)
