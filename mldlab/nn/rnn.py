"""Recurrent layers: ``RNN``, ``LSTM``, ``GRU`` over whole sequences, and their one-step cells.

A recurrent layer reads x_1 … x_T one step at a time and carries a hidden state h_t from step to step. The
slides' recurrent cell:

    h_t = tanh(W_ih x_t + b_ih + W_hh h_{t−1} + b_hh)

The LSTM adds a cell state c_t and gates that decide what to forget, what to write and what to show; the GRU
merges them into two gates (their equations are in the classes' docstrings). The same weights are used at every
step. Shapes as PyTorch's: input (L, N, H_in) (or (N, L, H_in) with ``batch_first=True``, or (L, H_in) for one
sequence); output (L, N, D · H_out) with D = 2 for ``bidirectional``; states (num_layers · D, N, H_out).

Examples
--------
>>> import mldlab
>>> from mldlab import nn
>>> lstm = nn.LSTM(input_size=8, hidden_size=16, batch_first=True)
>>> output, (h_n, c_n) = lstm(mldlab.randn(4, 10, 8))      # 4 sequences of 10 steps
>>> output.shape, h_n.shape, c_n.shape
((4, 10, 16), (1, 4, 16), (1, 4, 16))
>>> bool((output[:, -1] == h_n[0]).all())                # the last output is the last hidden state
True
"""

from mldlab._ops.rnn import rnn
from mldlab._ops.rnn_gru import gru
from mldlab._ops.rnn_lstm import lstm
from mldlab.i18n import message
from mldlab.nn._rnn_base import RNNBase, check_pair, check_tensor
from mldlab.nn._rnn_cells import GRUCell, LSTMCell, RNNCell
from mldlab.nn.config import register_layer

__all__ = ["RNN", "LSTM", "GRU", "RNNCell", "LSTMCell", "GRUCell", "RNNBase"]


@register_layer
class RNN(RNNBase):
    """Elman recurrent layer: for each layer and each step t,

        (1) h_t = tanh(W_ih x_t + b_ih + W_hh h_{t−1} + b_hh)

    (ReLU in place of tanh with ``nonlinearity='relu'``). For the first layer x_t is the input; for the next ones,
    the previous layer's h_t (with dropout between them while training).

    Parameters
    ----------
    input_size : int
        The number of features of each x_t.
    hidden_size : int
        The size H of h_t.
    num_layers : int, default 1
        Recurrent layers stacked on one another.
    nonlinearity : {'tanh', 'relu'}, default 'tanh'
    bias : bool, default True
        Whether to add b_ih and b_hh.
    batch_first : bool, default False
        Input and output as (N, L, features) instead of (L, N, features) (the states keep the batch second).
    dropout : float, default 0.0
        Probability of zeroing each output of a layer before the next one, while training.
    bidirectional : bool, default False
        Also read each sequence backwards; the outputs at each step are joined: [h_t→, h_t←].
    device : str, optional
        Only ``'cpu'`` (accepted for PyTorch compatibility).
    dtype : dtype, optional
        The parameters' dtype (default float32).
    generator : mldlab.Generator, optional
        Source of the dropout masks (mldlab's addition, as in ``nn.Dropout``).

    Returns (from a call ``rnn(input, h_0=None)``)
    -------
    (output, h_n)
        output (L, N, D · H): h_t of the last layer at every step; h_n (num_layers · D, N, H): the last state of
        every layer and direction.

    Notes
    -----
    As in PyTorch, the repr does not show ``nonlinearity`` (read ``rnn.nonlinearity``); the cell's repr does.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> rnn = nn.RNN(3, 5, num_layers=2)
    >>> rnn
    RNN(3, 5, num_layers=2)
    >>> output, h_n = rnn(mldlab.randn(7, 2, 3))
    >>> output.shape, h_n.shape
    ((7, 2, 5), (2, 2, 5))
    >>> nn.RNN(3, 5, nonlinearity="sigmoid")
    Traceback (most recent call last):
        ...
    ValueError: RNN: unknown nonlinearity 'sigmoid'. Expected 'tanh' or 'relu'. Hint: ...
    """

    def __init__(self, input_size: int, hidden_size: int, num_layers: int = 1, nonlinearity: str = "tanh",
                 bias: bool = True, batch_first: bool = False, dropout: float = 0.0, bidirectional: bool = False,
                 device=None, dtype=None, generator=None):
        super().__init__()
        if nonlinearity not in ("tanh", "relu"):
            raise ValueError(message("rnn_nonlinearity", layer="RNN", value=repr(nonlinearity)))
        self.nonlinearity = nonlinearity
        self._setup("RNN_TANH" if nonlinearity == "tanh" else "RNN_RELU", input_size, hidden_size, num_layers, bias,
                    batch_first, dropout, bidirectional, 0, dtype, generator)

    def _direction(self, x, states, weights, reverse):
        hs, h_n = rnn(x, states[0], *weights, nonlinearity=self.nonlinearity, reverse=reverse)  # (1)
        return hs, (h_n,)

    def get_config(self) -> dict:
        return {**super().get_config(), "nonlinearity": self.nonlinearity}


@register_layer
class LSTM(RNNBase):
    """Long short-term memory layer: for each layer and each step t (PyTorch's gate order i, f, g, o),

        (1) i_t = σ(W_ii x_t + b_ii + W_hi h_{t−1} + b_hi)        input gate: how much to write
        (2) f_t = σ(W_if x_t + b_if + W_hf h_{t−1} + b_hf)        forget gate: how much to keep
        (3) g_t = tanh(W_ig x_t + b_ig + W_hg h_{t−1} + b_hg)     what to write
        (4) o_t = σ(W_io x_t + b_io + W_ho h_{t−1} + b_ho)        output gate: how much to show
        (5) c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t                     the cell state (the long memory)
        (6) h_t = o_t ⊙ tanh(c_t)

    ``weight_ih_l{k}`` stacks W_ii, W_if, W_ig, W_io row-wise (4H, input); ``weight_hh_l{k}`` and the biases
    likewise. With ``proj_size`` = P > 0, (6) becomes h_t = W_hr (o_t ⊙ tanh(c_t)), h_t of size P, with
    ``weight_hr_l{k}`` (P, H).

    Parameters are those of ``RNN`` (without ``nonlinearity``), plus ``proj_size`` (int, default 0).

    Returns (from a call ``lstm(input, (h_0, c_0))``, or ``lstm(input)`` to start from zeros)
    -------
    (output, (h_n, c_n))
        output (L, N, D · H): h_t of the last layer at every step; h_n (num_layers · D, N, H) and c_n (same shape,
        size H): the last states of every layer and direction.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> lstm = nn.LSTM(8, 64)
    >>> [name for name, _ in lstm.named_parameters()]
    ['weight_ih_l0', 'weight_hh_l0', 'bias_ih_l0', 'bias_hh_l0']
    >>> lstm.weight_ih_l0.shape                           # i, f, g, o stacked
    (256, 8)
    >>> lstm(mldlab.randn(64, 32, 5))
    Traceback (most recent call last):
        ...
    RuntimeError: LSTM(input_size=8, hidden_size=64) expected input of shape (L, N, 8), got (64, 32, 5): ...
    """

    _gates = 4
    _state_names = ("h_0", "c_0")

    def __init__(self, input_size: int, hidden_size: int, num_layers: int = 1, bias: bool = True,
                 batch_first: bool = False, dropout: float = 0.0, bidirectional: bool = False, proj_size: int = 0,
                 device=None, dtype=None, generator=None):
        super().__init__()
        self._setup("LSTM", input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional,
                    proj_size, dtype, generator)

    def _direction(self, x, states, weights, reverse):
        names = ("weight_ih", "weight_hh") + (("bias_ih", "bias_hh") if self.bias else ()) + \
            (("weight_hr",) if self.proj_size else ())
        hs, h_n, c_n = lstm(x, states[0], states[1], reverse=reverse, **dict(zip(names, weights)))  # (1)–(6)
        return hs, (h_n, c_n)

    def _split_state(self, layer: str, hx) -> tuple:
        return tuple(check_tensor(layer, name, state) for name, state in zip(self._state_names, check_pair(layer, hx)))

    def _state_sizes(self) -> tuple:
        return (self.proj_size or self.hidden_size, self.hidden_size)

    def _result(self, output, finals):
        return output, (finals[0], finals[1])

    def get_config(self) -> dict:
        return {**super().get_config(), "proj_size": self.proj_size}


@register_layer
class GRU(RNNBase):
    """Gated recurrent unit layer: for each layer and each step t (PyTorch's gate order r, z, n),

        (1) r_t = σ(W_ir x_t + b_ir + W_hr h_{t−1} + b_hr)            reset gate
        (2) z_t = σ(W_iz x_t + b_iz + W_hz h_{t−1} + b_hz)            update gate
        (3) n_t = tanh(W_in x_t + b_in + r_t ⊙ (W_hn h_{t−1} + b_hn))  candidate state
        (4) h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_{t−1}

    ``weight_ih_l{k}`` stacks W_ir, W_iz, W_in row-wise (3H, input); ``weight_hh_l{k}`` and the biases likewise.
    Parameters are those of ``RNN`` (without ``nonlinearity``).

    Returns (from a call ``gru(input, h_0=None)``)
    -------
    (output, h_n), shaped as ``RNN``'s.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> gru = nn.GRU(3, 4, bidirectional=True)
    >>> output, h_n = gru(mldlab.randn(6, 3))               # one sequence of 6 steps (unbatched)
    >>> output.shape, h_n.shape
    ((6, 8), (2, 4))
    """

    _gates = 3

    def __init__(self, input_size: int, hidden_size: int, num_layers: int = 1, bias: bool = True,
                 batch_first: bool = False, dropout: float = 0.0, bidirectional: bool = False, device=None,
                 dtype=None, generator=None):
        super().__init__()
        self._setup("GRU", input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional, 0, dtype,
                    generator)

    def _direction(self, x, states, weights, reverse):
        hs, h_n = gru(x, states[0], *weights, reverse=reverse)  # (1)–(4)
        return hs, (h_n,)
