"""What RNN, LSTM and GRU share: their arguments, their weights, and the stacking of layers and directions.

A recurrent layer reads a sequence x_1 … x_T one step at a time, carrying a state from step to step. With
``num_layers`` > 1 the outputs h_1 … h_T of one layer are the inputs of the next (with dropout between them while
training); with ``bidirectional=True`` each layer reads the sequence twice, forwards and backwards, and its
output at step t joins both: [h_t→, h_t←]. The state at the end of each (layer, direction) is returned too,
layer after layer, the forward direction first: h_n[k · D + d], with D the number of directions.

Weights as PyTorch's, one set per layer k and direction: ``weight_ih_l{k}`` (gates · H, input), ``weight_hh_l{k}``
(gates · H, H), ``bias_ih_l{k}``, ``bias_hh_l{k}``; the backward direction's end in ``_reverse``. All are drawn
from U(−1/√H, 1/√H).
"""

import math
import numbers
import warnings

from mldlab import _dtype
from mldlab._ops.combine import cat, stack
from mldlab.i18n import message
from mldlab.nn import _checks, _keras_equivalents, init
from mldlab.nn.dropout import dropout
from mldlab.nn.module import Module
from mldlab.nn.parameter import empty_weight
from mldlab.tensor import Tensor


def check_tensor(layer: str, name: str, value) -> Tensor:
    if not isinstance(value, Tensor):
        raise TypeError(message("rnn_not_tensor", layer=layer, name=name, type=type(value).__name__))
    return value


def check_pair(layer: str, hx) -> tuple:
    """An LSTM's initial state: the pair (h_0, c_0)."""
    if not isinstance(hx, (tuple, list)) or len(hx) != 2:
        got = f"{type(hx).__name__}(len={len(hx)})" if isinstance(hx, (tuple, list)) else type(hx).__name__
        raise TypeError(message("rnn_hx_type", layer=layer, got=got))
    return tuple(hx)


def check_state(layer: str, name: str, state: Tensor, expected: tuple, meaning: str, input_dtype) -> Tensor:
    """An initial state of the expected shape and the input's dtype (PyTorch's error types)."""
    check_tensor(layer, name, state)
    if tuple(state.shape) != expected:
        raise RuntimeError(message("rnn_hx_shape", layer=layer, name=name, expected=expected, meaning=meaning,
                                   got=tuple(state.shape)))
    if state.dtype != input_dtype:
        raise ValueError(message("rnn_hx_dtype", layer=layer, name=name, dtype=_dtype.dtype_name(state.dtype),
                                 input_dtype=_dtype.dtype_name(input_dtype)))
    return state


class RNNBase(Module):
    """The base of ``RNN``, ``LSTM`` and ``GRU`` (PyTorch's ``nn.RNNBase``); a subclass runs one direction of one
    layer in ``_direction`` and names its states in ``_state_names``."""

    _gates = 1  # blocks of H rows stacked in weight_ih and weight_hh
    _state_names = ("h_0",)

    def _setup(self, mode: str, input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional,
               proj_size, dtype, generator) -> None:
        name = type(self).__name__
        self.mode = mode
        self.input_size = _checks.size(name, "input_size", input_size)
        self.hidden_size = _checks.size(name, "hidden_size", hidden_size)
        self.num_layers = _checks.size(name, "num_layers", num_layers)
        self.bias = _checks.flag(name, "bias", bias)
        self.batch_first = _checks.flag(name, "batch_first", batch_first)
        if isinstance(dropout, bool) or not isinstance(dropout, numbers.Real) or not 0 <= dropout <= 1:
            raise ValueError(message("rnn_dropout", layer=name, value=repr(dropout)))
        self.dropout = float(dropout)
        self.bidirectional = _checks.flag(name, "bidirectional", bidirectional)
        if isinstance(proj_size, bool) or not isinstance(proj_size, numbers.Integral) or \
                not 0 <= proj_size < self.hidden_size:
            raise ValueError(message("rnn_proj_size", layer=name, value=repr(proj_size), largest=self.hidden_size - 1))
        self.proj_size = int(proj_size)
        self.generator = generator
        dtype = _checks.float_dtype(name, dtype)
        if self.dropout > 0 and self.num_layers == 1:
            warnings.warn(message("rnn_dropout_one_layer", layer=name, dropout=self.dropout, num_layers=1),
                          stacklevel=3)
        directions = 2 if self.bidirectional else 1
        out_size = self.proj_size or self.hidden_size  # the size of h_t
        self._flat_weights_names, self._all_weights = [], []
        for k in range(self.num_layers):
            for d in range(directions):
                suffix = f"_l{k}" + ("_reverse" if d == 1 else "")
                layer_input = self.input_size if k == 0 else out_size * directions
                shapes = {"weight_ih": (self._gates * self.hidden_size, layer_input),
                          "weight_hh": (self._gates * self.hidden_size, out_size)}
                if self.bias:
                    shapes.update(bias_ih=(self._gates * self.hidden_size,), bias_hh=(self._gates * self.hidden_size,))
                if self.proj_size:
                    shapes["weight_hr"] = (self.proj_size, self.hidden_size)
                names = [key + suffix for key in shapes]
                for key, shape in zip(names, shapes.values()):
                    setattr(self, key, empty_weight(shape, dtype))
                self._flat_weights_names += names
                self._all_weights.append(names)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        """Draw fresh starting weights: every weight and bias ~ U(−1/√H, 1/√H)."""
        bound = 1 / math.sqrt(self.hidden_size)
        for weight in self.parameters():
            init.uniform_(weight, -bound, bound)

    def flatten_parameters(self) -> None:
        """Does nothing (PyTorch packs the weights for cuDNN here); kept so that PyTorch code runs unchanged."""

    @property
    def all_weights(self) -> list:
        """The parameters of each (layer, direction), as lists in PyTorch's order."""
        return [[getattr(self, key) for key in names] for names in self._all_weights]

    def _describe(self) -> str:
        return f"{type(self).__name__}(input_size={self.input_size}, hidden_size={self.hidden_size})"

    def forward(self, input: Tensor, hx=None):
        layer = self._describe()
        x, batched = self._sequence(layer, input)
        states = self._initial_states(layer, hx, batched, x.shape[1], x.dtype)
        directions = 2 if self.bidirectional else 1
        ends = [[] for _ in self._state_names]  # h_n (and c_n) of each (layer, direction), in PyTorch's order
        for k in range(self.num_layers):
            outputs = []
            for d in range(directions):
                j = k * directions + d
                weights = [getattr(self, key) for key in self._all_weights[j]]
                hs, finals = self._direction(x, [None if s is None else s[j] for s in states], weights, d == 1)
                outputs.append(hs)
                for end, final in zip(ends, finals):
                    end.append(final)
            x = outputs[0] if directions == 1 else cat(outputs, dim=2)  # [h_t→, h_t←]
            if self.training and self.dropout > 0 and k < self.num_layers - 1:
                x = dropout(x, self.dropout, True, generator=self.generator)
        output = x.transpose(0, 1) if self.batch_first and batched else x
        finals = [stack(end, 0) for end in ends]
        if not batched:
            output = output.squeeze(1)
            finals = [final.squeeze(1) for final in finals]
        return self._result(output, finals)

    def _sequence(self, layer: str, input) -> tuple:
        """The input as (L, N, input_size), and whether it came as a batch."""
        check_tensor(layer, "input", input)
        I = self.input_size
        batched_shape = f"(N, L, {I})" if self.batch_first else f"(L, N, {I})"
        if input.ndim not in (2, 3):
            raise ValueError(message("rnn_input_ndim", layer=layer, batched=batched_shape, unbatched=f"(L, {I})",
                                     ndim=input.ndim, shape=tuple(input.shape), input_size=I))
        batched = input.ndim == 3
        if input.shape[-1] != I:
            layout = message("rnn_layout_batch_first") if self.batch_first else message("rnn_layout_time_first")
            raise RuntimeError(message("rnn_input_size", layer=layer, expected=batched_shape if batched else
                                       f"(L, {I})", shape=tuple(input.shape), input_size=I,
                                       batch_first=self.batch_first, layout=layout))
        weight_dtype = self.weight_ih_l0.dtype
        if input.dtype != weight_dtype:
            raise ValueError(message("rnn_dtype", layer=layer, dtype=_dtype.dtype_name(input.dtype),
                                     weight_dtype=_dtype.dtype_name(weight_dtype)))
        if not batched:
            x = input.unsqueeze(1)
        else:
            x = input.transpose(0, 1) if self.batch_first else input
        if x.shape[0] == 0:
            raise RuntimeError(message("rnn_input_empty", layer=layer, shape=tuple(input.shape)))
        return x, batched

    def _initial_states(self, layer: str, hx, batched: bool, batch_size: int, dtype) -> list:
        """[h_0] (and c_0 for an LSTM) as (num_layers · D, N, size), or [None] for zeros."""
        if hx is None:
            return [None] * len(self._state_names)
        given = self._split_state(layer, hx)
        rows = self.num_layers * (2 if self.bidirectional else 1)
        states = []
        for name, size, state in zip(self._state_names, self._state_sizes(), given):
            expected = (rows, batch_size, size) if batched else (rows, size)
            state = check_state(layer, name, state, expected, message("rnn_meaning_layers"), dtype)
            states.append(state if batched else state.unsqueeze(1))
        return states

    def _split_state(self, layer: str, hx) -> tuple:
        return (hx,)

    def _state_sizes(self) -> tuple:
        return (self.hidden_size,)

    def _result(self, output: Tensor, finals: list):
        return output, finals[0]

    def _keras_layer(self, ndim: int) -> list:
        """Keras's equivalent for ``mldlab.interop.to_keras_code``: Keras's SimpleRNN, LSTM, GRU."""
        return _keras_equivalents.recurrent(self, ndim)

    def get_config(self) -> dict:
        return {"input_size": self.input_size, "hidden_size": self.hidden_size, "num_layers": self.num_layers,
                "bias": self.bias, "batch_first": self.batch_first, "dropout": self.dropout,
                "bidirectional": self.bidirectional, "dtype": self.weight_ih_l0.dtype.name}

    def extra_repr(self) -> str:
        s = f"{self.input_size}, {self.hidden_size}"
        if self.proj_size != 0:
            s += f", proj_size={self.proj_size}"
        if self.num_layers != 1:
            s += f", num_layers={self.num_layers}"
        if self.bias is not True:
            s += f", bias={self.bias}"
        if self.batch_first is not False:
            s += f", batch_first={self.batch_first}"
        if self.dropout != 0:
            s += f", dropout={self.dropout}"
        if self.bidirectional is not False:
            s += f", bidirectional={self.bidirectional}"
        return s
