"""What Keras's SimpleRNN, LSTM and GRU share: the weights K, U, b, the loop over the time steps, the initial state
and what the layer returns (see ``recurrent`` for the cells' equations)."""

import numbers

from mldlab import nn
from mldlab._ops.combine import stack
from mldlab._ops.shape import cast
from mldlab.creation import zeros
from mldlab.grad_mode import no_grad
from mldlab.i18n import message
from mldlab.keras import activations, initializers
from mldlab.keras.layers.layer import Layer, _as_input, check_unknown, check_unsupported
from mldlab.nn.config import config_arguments
from mldlab.tensor import Tensor


def unsupported(kernel_regularizer, recurrent_regularizer, bias_regularizer, activity_regularizer, kernel_constraint,
                 recurrent_constraint, bias_constraint, dropout, recurrent_dropout, stateful) -> dict:
    """Keras's options that mldlab's recurrent layers do not have (refused unless left at their defaults)."""
    return {"kernel_regularizer": kernel_regularizer, "recurrent_regularizer": recurrent_regularizer,
            "bias_regularizer": bias_regularizer, "activity_regularizer": activity_regularizer,
            "kernel_constraint": kernel_constraint, "recurrent_constraint": recurrent_constraint,
            "bias_constraint": bias_constraint, "dropout": dropout, "recurrent_dropout": recurrent_dropout,
            "stateful": stateful}


class Recurrent(Layer):
    """What SimpleRNN, LSTM and GRU share: the weights, the loop over time and the returned values."""

    gates = 1
    states = 1

    def __init__(self, units, *, activation, recurrent_activation, use_bias, kernel_initializer,
                 recurrent_initializer, bias_initializer, unsupported: dict, seed, return_sequences, return_state,
                 go_backwards, unroll, name, trainable, dtype, input_shape, input_dim, kwargs):
        op = type(self).__name__
        kwargs.pop("use_cudnn", None)  # how Keras runs on a GPU: nothing to choose here
        check_unsupported(op, {key: value or None for key, value in unsupported.items()})
        check_unknown(op, kwargs, config_arguments(type(self)))
        super().__init__(name=name, trainable=trainable, dtype=dtype, input_shape=input_shape, input_dim=input_dim)
        if isinstance(units, bool) or not isinstance(units, numbers.Integral) or units < 1:
            raise ValueError(message("keras_units", value=repr(units)))
        for key, value in (("use_bias", use_bias), ("return_sequences", return_sequences),
                           ("return_state", return_state), ("go_backwards", go_backwards), ("unroll", unroll)):
            if not isinstance(value, bool):
                raise TypeError(message("keras_bool", op=op, name=key, value=repr(value)))
        self.units = int(units)
        self.activation = activations.get(activation)
        self.recurrent_activation = activations.get(recurrent_activation)
        self.use_bias = use_bias
        self.kernel_initializer = initializers.get(kernel_initializer)
        self.recurrent_initializer = initializers.get(recurrent_initializer)
        self.bias_initializer = initializers.get(bias_initializer)
        self.seed = seed
        self.return_sequences, self.return_state = return_sequences, return_state
        self.go_backwards, self.unroll = go_backwards, unroll
        for weight in ("kernel", "recurrent_kernel", "bias"):
            self.register_parameter(weight, None)

    def _build_if_shape_given(self) -> None:
        if self.input_shape_given is not None:
            self.build((None, *self.input_shape_given))

    def build(self, input_shape) -> None:
        """K of shape (F, g·units), U of shape (units, g·units), b of shape (g·units,), F = the input's last axis."""
        if len(input_shape) != 3:
            raise ValueError(message("keras_cnn_rnn_input_ndim", name=self.name, op=type(self).__name__, ndim=3,
                                     layout="(batch, time steps, features)", shape=tuple(input_shape)))
        width = self.gates * self.units
        self.kernel = self.add_weight((input_shape[-1], width), self.kernel_initializer)
        self.recurrent_kernel = self.add_weight((self.units, width), self.recurrent_initializer)
        if self.use_bias:
            self.bias = self.add_weight(self._bias_shape(), self._bias_initializer)
        self.built_input_shape = tuple(input_shape[1:])
        self.built = True

    def _bias_shape(self) -> tuple:
        return (self.gates * self.units,)

    def _bias_initializer(self, shape, dtype):
        return self.bias_initializer(shape, dtype)

    def compute_output_shape(self, input_shape):
        batch, steps = input_shape[0], input_shape[1]
        output = (batch, steps, self.units) if self.return_sequences else (batch, self.units)
        if self.return_state:
            return (output, *[(batch, self.units)] * self.states)
        return output

    def __call__(self, inputs, initial_state=None):
        x = _as_input(type(self).__name__, inputs, self.dtype)
        if not self.built:
            self.build((None, *x.shape[1:]))
        return self.forward(x, initial_state)

    def forward(self, x: Tensor, initial_state=None):
        n_in = self.kernel.shape[0]
        if x.ndim != 3 or x.shape[-1] != n_in:
            raise ValueError(message("keras_cnn_rnn_sequence_input", name=self.name, features=n_in,
                                     shape=tuple(x.shape)))
        if x.dtype != self.kernel.dtype:
            x = cast(x, self.kernel.dtype)
        state = self._initial_state(x.shape[0], initial_state)
        if self.go_backwards:
            x = x.flip(1)
        xk = x @ self.kernel  # xₜ K for every step at once
        if self.use_bias:
            xk = xk + self._input_bias()
        outputs = []
        for t in range(x.shape[1]):
            state = self.step(xk[:, t], state)
            outputs.append(state[0])
        output = stack(outputs, dim=1) if self.return_sequences else outputs[-1]
        return [output, *state] if self.return_state else output

    def _input_bias(self) -> Tensor:
        return self.bias

    def _initial_state(self, batch: int, initial_state) -> list:
        if initial_state is None:
            return [zeros(batch, self.units, dtype=self.kernel.dtype) for _ in range(self.states)]
        given = [initial_state] if isinstance(initial_state, (Tensor,)) or hasattr(initial_state, "shape") else list(
            initial_state)
        tensors = [_as_input(type(self).__name__, s, self.dtype) for s in given]
        if len(tensors) != self.states or any(tuple(s.shape) != (batch, self.units) for s in tensors):
            raise ValueError(message("keras_cnn_rnn_initial_state", name=self.name, count=self.states,
                                     shape=(batch, self.units), got=[tuple(s.shape) for s in tensors]))
        return tensors

    def step(self, xk: Tensor, state: list) -> list:
        raise NotImplementedError

    def _nn_weights(self, layer: nn.Module) -> None:
        """Copy K, U, b into a PyTorch-style layer: W_ih = Kᵀ, W_hh = Uᵀ, b_ih = b, b_hh = 0 (one bias in Keras)."""
        with no_grad():
            layer.weight_ih_l0._data[...] = self.kernel._data.T
            layer.weight_hh_l0._data[...] = self.recurrent_kernel._data.T
            if self.use_bias:
                layer.bias_ih_l0._data[...] = self.bias._data
                layer.bias_hh_l0._data[...] = 0

    def _check_to_nn(self, activation: str, recurrent: str | None = "sigmoid") -> None:
        if not self.built:
            raise ValueError(message("keras_unbuilt", op="to_nn", name=self.name))
        used = (activations.serialize(self.activation), recurrent and activations.serialize(self.recurrent_activation))
        if used != (activation, recurrent) or self.go_backwards:
            raise NotImplementedError(message("keras_cnn_rnn_no_nn", name=self.name, op=type(self).__name__))

    def get_config(self) -> dict:
        names = [activations.serialize(self.activation), activations.serialize(self.recurrent_activation)]
        if None in names:
            raise TypeError(message("keras_activation_not_saved", name=self.name))
        return {**super().get_config(), "units": self.units, "activation": names[0],
                "recurrent_activation": names[1], "use_bias": self.use_bias,
                "kernel_initializer": initializers.serialize(self.kernel_initializer),
                "recurrent_initializer": initializers.serialize(self.recurrent_initializer),
                "bias_initializer": initializers.serialize(self.bias_initializer), "seed": self.seed,
                "return_sequences": self.return_sequences, "return_state": self.return_state,
                "go_backwards": self.go_backwards, "unroll": self.unroll}

    def extra_repr(self) -> str:
        return f"units={self.units}, return_sequences={self.return_sequences}, name={self.name!r}"
