"""One step of a recurrent layer: ``RNNCell``, ``LSTMCell``, ``GRUCell`` (you write the loop over time yourself).

Each cell computes the next state from one input x (N, input_size) or (input_size,) and the current state, with
the same equations and weights as the layers in ``mldlab.nn.rnn`` (one step of the same graph node).

Examples
--------
The loop an ``nn.RNN`` runs, written by hand:

>>> import mldlab
>>> from mldlab import nn
>>> cell = nn.RNNCell(3, 5)
>>> x = mldlab.randn(7, 2, 3)                          # 7 steps, batch of 2
>>> h = None
>>> for x_t in x:
...     h = cell(x_t, h)                               # h_t = tanh(W_ih x_t + b_ih + W_hh h_(t−1) + b_hh)
>>> h.shape
(2, 5)
"""

import math

from mldlab import _dtype
from mldlab._ops.rnn import rnn
from mldlab._ops.rnn_gru import gru
from mldlab._ops.rnn_lstm import lstm
from mldlab.i18n import message
from mldlab.nn import _checks, _keras_equivalents, init
from mldlab.nn._rnn_base import check_pair, check_state, check_tensor
from mldlab.nn.config import register_layer
from mldlab.nn.module import Module
from mldlab.nn.parameter import empty_weight
from mldlab.tensor import Tensor


class RNNCellBase(Module):
    """What the cells share: weights ``weight_ih`` (gates · H, input_size), ``weight_hh`` (gates · H, H),
    ``bias_ih`` and ``bias_hh`` (gates · H,) or None, all drawn from U(−1/√H, 1/√H); the checks of a call."""

    _gates = 1

    def __init__(self, input_size: int, hidden_size: int, bias: bool, dtype) -> None:
        super().__init__()
        name = type(self).__name__
        self.input_size = _checks.size(name, "input_size", input_size)
        self.hidden_size = _checks.size(name, "hidden_size", hidden_size)
        self.bias = _checks.flag(name, "bias", bias)
        dtype = _checks.float_dtype(name, dtype)
        rows = self._gates * self.hidden_size
        self.weight_ih = empty_weight((rows, self.input_size), dtype)
        self.weight_hh = empty_weight((rows, self.hidden_size), dtype)
        if self.bias:
            self.bias_ih = empty_weight((rows,), dtype)
            self.bias_hh = empty_weight((rows,), dtype)
        else:
            self.register_parameter("bias_ih", None)
            self.register_parameter("bias_hh", None)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        """Draw fresh starting weights: every weight and bias ~ U(−1/√H, 1/√H)."""
        bound = 1 / math.sqrt(self.hidden_size)
        for weight in self.parameters():
            init.uniform_(weight, -bound, bound)

    def _step_input(self, input, states: tuple) -> tuple:
        """input as a sequence of one step (1, N, input_size), the states as (N, H), and whether it is a batch."""
        layer = f"{type(self).__name__}(input_size={self.input_size}, hidden_size={self.hidden_size})"
        I, H = self.input_size, self.hidden_size
        check_tensor(layer, "input", input)
        if input.ndim not in (1, 2):
            raise ValueError(message("rnn_input_ndim", layer=layer, batched=f"(N, {I})", unbatched=f"({I},)",
                                     ndim=input.ndim, shape=tuple(input.shape), input_size=I))
        if input.shape[-1] != I:
            raise RuntimeError(message("rnn_cell_input_size", layer=layer, expected=f"(N, {I})" if input.ndim == 2
                                       else f"({I},)", shape=tuple(input.shape), input_size=I))
        weight_dtype = self.weight_ih.dtype
        if input.dtype != weight_dtype:
            raise ValueError(message("rnn_dtype", layer=layer, dtype=_dtype.dtype_name(input.dtype),
                                     weight_dtype=_dtype.dtype_name(weight_dtype)))
        batched = input.ndim == 2
        expected = (input.shape[0], H) if batched else (H,)
        checked = [None if s is None else check_state(layer, name, s, expected, message("rnn_meaning_cell"),
                                                      input.dtype) for name, s in states]
        if not batched:
            input = input.unsqueeze(0)
            checked = [None if s is None else s.unsqueeze(0) for s in checked]
        return input.unsqueeze(0), checked, batched

    def _weights(self) -> tuple:
        return (self.weight_ih, self.weight_hh, self.bias_ih, self.bias_hh)

    def _keras_layer(self, ndim: int) -> list:
        """Keras's equivalent for ``mldlab.interop.to_keras_code``: none (an error that says why)."""
        return _keras_equivalents.cell(self, ndim)

    def get_config(self) -> dict:
        return {"input_size": self.input_size, "hidden_size": self.hidden_size, "bias": self.bias,
                "dtype": self.weight_ih.dtype.name}

    def extra_repr(self) -> str:
        s = f"{self.input_size}, {self.hidden_size}"
        return s if self.bias else s + ", bias=False"


@register_layer
class RNNCell(RNNCellBase):
    """One step of an Elman RNN:

        (1) h' = tanh(W_ih x + b_ih + W_hh h + b_hh)

    (ReLU in place of tanh with ``nonlinearity='relu'``). ``cell(input, hx=None)`` returns h' (N, hidden_size), or
    (hidden_size,) for an unbatched input; h starts from zeros when ``hx`` is None.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> nn.RNNCell(3, 5, nonlinearity="relu")
    RNNCell(3, 5, nonlinearity=relu)
    >>> nn.RNNCell(3, 5)(mldlab.randn(3)).shape
    (5,)
    """

    def __init__(self, input_size: int, hidden_size: int, bias: bool = True, nonlinearity: str = "tanh",
                 device=None, dtype=None):
        if nonlinearity not in ("tanh", "relu"):
            raise ValueError(message("rnn_nonlinearity", layer="RNNCell", value=repr(nonlinearity)))
        super().__init__(input_size, hidden_size, bias, dtype)
        self.nonlinearity = nonlinearity

    def forward(self, input: Tensor, hx: Tensor | None = None) -> Tensor:
        x, (h,), batched = self._step_input(input, (("hx", hx),))
        _, h_next = rnn(x, h, *self._weights(), nonlinearity=self.nonlinearity)  # (1)
        return h_next if batched else h_next.squeeze(0)

    def get_config(self) -> dict:
        return {**super().get_config(), "nonlinearity": self.nonlinearity}

    def extra_repr(self) -> str:
        s = super().extra_repr()
        return s if self.nonlinearity == "tanh" else s + f", nonlinearity={self.nonlinearity}"


@register_layer
class LSTMCell(RNNCellBase):
    """One step of an LSTM (gate order i, f, g, o, as in ``weight_ih`` (4H, input_size)):

        (1) i = σ(W_ii x + b_ii + W_hi h + b_hi)
        (2) f = σ(W_if x + b_if + W_hf h + b_hf)
        (3) g = tanh(W_ig x + b_ig + W_hg h + b_hg)
        (4) o = σ(W_io x + b_io + W_ho h + b_ho)
        (5) c' = f ⊙ c + i ⊙ g
        (6) h' = o ⊙ tanh(c')

    ``cell(input, (h, c))`` (or ``cell(input)`` to start from zeros) returns (h', c').

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> cell = nn.LSTMCell(3, 5)
    >>> h, c = cell(mldlab.randn(2, 3))
    >>> h, c = cell(mldlab.randn(2, 3), (h, c))
    >>> h.shape, c.shape
    ((2, 5), (2, 5))
    """

    _gates = 4

    def __init__(self, input_size: int, hidden_size: int, bias: bool = True, device=None, dtype=None):
        super().__init__(input_size, hidden_size, bias, dtype)

    def forward(self, input: Tensor, hx: tuple | None = None) -> tuple:
        layer = f"LSTMCell(input_size={self.input_size}, hidden_size={self.hidden_size})"
        h, c = (None, None) if hx is None else check_pair(layer, hx)
        x, (h, c), batched = self._step_input(input, (("h", h), ("c", c)))
        _, h_next, c_next = lstm(x, h, c, *self._weights())  # (1)–(6)
        return (h_next, c_next) if batched else (h_next.squeeze(0), c_next.squeeze(0))


@register_layer
class GRUCell(RNNCellBase):
    """One step of a GRU (gate order r, z, n, as in ``weight_ih`` (3H, input_size)):

        (1) r = σ(W_ir x + b_ir + W_hr h + b_hr)
        (2) z = σ(W_iz x + b_iz + W_hz h + b_hz)
        (3) n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))
        (4) h' = (1 − z) ⊙ n + z ⊙ h

    ``cell(input, hx=None)`` returns h'.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> nn.GRUCell(3, 5)(mldlab.randn(2, 3)).shape
    (2, 5)
    """

    _gates = 3

    def __init__(self, input_size: int, hidden_size: int, bias: bool = True, device=None, dtype=None):
        super().__init__(input_size, hidden_size, bias, dtype)

    def forward(self, input: Tensor, hx: Tensor | None = None) -> Tensor:
        x, (h,), batched = self._step_input(input, (("hx", hx),))
        _, h_next = gru(x, h, *self._weights())  # (1)–(4)
        return h_next if batched else h_next.squeeze(0)
