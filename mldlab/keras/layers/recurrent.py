"""Keras's recurrent layers ``SimpleRNN``, ``LSTM`` and ``GRU``: a hidden state h carried along a sequence.

For an input X of shape (N, T, F) (batch, time steps, features) each layer runs its cell once per step t, with
the kernel K (F, g·units), the recurrent kernel U (units, g·units) and the bias b, in Keras's gate order:

    SimpleRNN (g = 1)   (1) hₜ = tanh(xₜ K + hₜ₋₁ U + b)
    LSTM (g = 4)        (2) i, f, c̃, o = split(xₜ K + hₜ₋₁ U + b)
                        (3) cₜ = σ(f) ⊙ cₜ₋₁ + σ(i) ⊙ tanh(c̃),   hₜ = σ(o) ⊙ tanh(cₜ)
    GRU (g = 3)         (4) z, r, ĥ = split(xₜ K + b_in), split(hₜ₋₁ U + b_rec)       (reset_after=True)
                        (5) z = σ(z_x + z_h),  r = σ(r_x + r_h),  ĥ = tanh(ĥ_x + r ⊙ ĥ_h)
                        (6) hₜ = z ⊙ hₜ₋₁ + (1 − z) ⊙ ĥ

h₀ (and c₀) are zeros unless ``initial_state`` is given. The layer returns the last hₜ, or every hₜ with
``return_sequences=True``; with ``return_state=True`` a list [output, h_T] (LSTM: [output, h_T, c_T]).

PyTorch's ``nn.LSTM`` computes the same (2)–(3) with W_ih = Kᵀ, W_hh = Uᵀ, in the same gate order i, f, g, o;
its ``nn.GRU`` keeps the gates in the order r, z, n (Keras z, r, h) and the two biases apart, as Keras's
reset_after=True does. ``to_nn()`` rearranges the numbers accordingly.

Examples
--------
>>> import numpy as np
>>> from mldlab.keras import layers
>>> lstm = layers.LSTM(4, return_sequences=True)
>>> lstm(np.ones((2, 5, 3))).shape
(2, 5, 4)
>>> [w.shape for w in lstm.get_weights()]          # kernel, recurrent_kernel, bias
[(3, 16), (4, 16), (16,)]
>>> lstm.get_weights()[2][4:8]                     # unit_forget_bias: the forget gate's bias starts at 1
array([1., 1., 1., 1.], dtype=float32)
"""

import numbers

from mldlab import nn
from mldlab._ops.combine import stack
from mldlab._ops.shape import cast
from mldlab.creation import zeros
from mldlab.grad_mode import no_grad
from mldlab.i18n import message
from mldlab.keras import activations, initializers
from mldlab.keras.layers.layer import Layer, _as_input, check_unknown, check_unsupported
from mldlab.nn.config import config_arguments, register_layer
from mldlab.tensor import Tensor


def _unsupported(kernel_regularizer, recurrent_regularizer, bias_regularizer, activity_regularizer, kernel_constraint,
                 recurrent_constraint, bias_constraint, dropout, recurrent_dropout, stateful) -> dict:
    """Keras's options that mldlab's recurrent layers do not have (refused unless left at their defaults)."""
    return {"kernel_regularizer": kernel_regularizer, "recurrent_regularizer": recurrent_regularizer,
            "bias_regularizer": bias_regularizer, "activity_regularizer": activity_regularizer,
            "kernel_constraint": kernel_constraint, "recurrent_constraint": recurrent_constraint,
            "bias_constraint": bias_constraint, "dropout": dropout, "recurrent_dropout": recurrent_dropout,
            "stateful": stateful}


class _Recurrent(Layer):
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


@register_layer("keras.SimpleRNN")
class SimpleRNN(_Recurrent):
    """(1) hₜ = g(xₜ K + hₜ₋₁ U + b), g = ``activation`` (tanh). ``recurrent_activation`` is not used."""

    def __init__(self, units, activation="tanh", use_bias=True, kernel_initializer="glorot_uniform",
                 recurrent_initializer="orthogonal", bias_initializer="zeros", kernel_regularizer=None,
                 recurrent_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None,
                 recurrent_constraint=None, bias_constraint=None, dropout=0.0, recurrent_dropout=0.0,
                 return_sequences=False, return_state=False, go_backwards=False, stateful=False, unroll=False,
                 seed=None, *, name=None, trainable=True, dtype=None, input_shape=None, input_dim=None, **kwargs):
        super().__init__(
            units, activation=activation, recurrent_activation="sigmoid", use_bias=use_bias,
            kernel_initializer=kernel_initializer, recurrent_initializer=recurrent_initializer,
            bias_initializer=bias_initializer, unsupported=_unsupported(
                kernel_regularizer, recurrent_regularizer, bias_regularizer, activity_regularizer, kernel_constraint,
                recurrent_constraint, bias_constraint, dropout, recurrent_dropout, stateful),
            seed=seed, return_sequences=return_sequences, return_state=return_state, go_backwards=go_backwards,
            unroll=unroll, name=name, trainable=trainable, dtype=dtype, input_shape=input_shape, input_dim=input_dim,
            kwargs=kwargs)
        self._build_if_shape_given()

    def step(self, xk: Tensor, state: list) -> list:
        return [self.activation(xk + state[0] @ self.recurrent_kernel)]  # (1)

    def get_config(self) -> dict:
        config = super().get_config()
        del config["recurrent_activation"]
        return config

    def to_nn(self) -> nn.Module:
        """``nn.RNN(F, units, nonlinearity=..., batch_first=True)``; its ``output`` (the first of the pair it
        returns) is this layer's output with ``return_sequences=True``."""
        name = activations.serialize(self.activation)
        self._check_to_nn("relu" if name == "relu" else "tanh", None)
        layer = nn.RNN(self.kernel.shape[0], self.units, nonlinearity=name, bias=self.use_bias, batch_first=True,
                       dtype=self.dtype)
        self._nn_weights(layer)
        return layer


@register_layer("keras.LSTM")
class LSTM(_Recurrent):
    """(2)–(3): the long short-term memory of Hochreiter and Schmidhuber (1997), gates i, f, c̃, o.

    ``unit_forget_bias=True`` (Keras's default) starts the forget gate's bias at 1, so that cₜ is kept at first.
    """

    gates = 4
    states = 2

    def __init__(self, units, activation="tanh", recurrent_activation="sigmoid", use_bias=True,
                 kernel_initializer="glorot_uniform", recurrent_initializer="orthogonal", bias_initializer="zeros",
                 unit_forget_bias=True, kernel_regularizer=None, recurrent_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None, recurrent_constraint=None, bias_constraint=None,
                 dropout=0.0, recurrent_dropout=0.0, seed=None, return_sequences=False, return_state=False,
                 go_backwards=False, stateful=False, unroll=False, *, name=None, trainable=True, dtype=None,
                 input_shape=None, input_dim=None, **kwargs):
        super().__init__(
            units, activation=activation, recurrent_activation=recurrent_activation, use_bias=use_bias,
            kernel_initializer=kernel_initializer, recurrent_initializer=recurrent_initializer,
            bias_initializer=bias_initializer, unsupported=_unsupported(
                kernel_regularizer, recurrent_regularizer, bias_regularizer, activity_regularizer, kernel_constraint,
                recurrent_constraint, bias_constraint, dropout, recurrent_dropout, stateful),
            seed=seed, return_sequences=return_sequences, return_state=return_state, go_backwards=go_backwards,
            unroll=unroll, name=name, trainable=trainable, dtype=dtype, input_shape=input_shape, input_dim=input_dim,
            kwargs=kwargs)
        if not isinstance(unit_forget_bias, bool):
            raise TypeError(message("keras_bool", op="LSTM", name="unit_forget_bias", value=repr(unit_forget_bias)))
        self.unit_forget_bias = unit_forget_bias
        self._build_if_shape_given()

    def _bias_initializer(self, shape, dtype):
        bias = self.bias_initializer(shape, dtype)
        if self.unit_forget_bias:
            bias._data[self.units:2 * self.units] = 1
        return bias

    def step(self, xk: Tensor, state: list) -> list:
        h, c = state
        i, f, c_tilde, o = (xk + h @ self.recurrent_kernel).chunk(4, dim=-1)  # (2)
        c = self.recurrent_activation(f) * c + self.recurrent_activation(i) * self.activation(c_tilde)  # (3)
        h = self.recurrent_activation(o) * self.activation(c)
        return [h, c]

    def get_config(self) -> dict:
        return {**super().get_config(), "unit_forget_bias": self.unit_forget_bias}

    def to_nn(self) -> nn.Module:
        """``nn.LSTM(F, units, batch_first=True)`` with W_ih = Kᵀ, W_hh = Uᵀ (the same gate order i, f, g, o)."""
        self._check_to_nn("tanh")
        layer = nn.LSTM(self.kernel.shape[0], self.units, bias=self.use_bias, batch_first=True, dtype=self.dtype)
        self._nn_weights(layer)
        return layer


@register_layer("keras.GRU")
class GRU(_Recurrent):
    """(4)–(6): the gated recurrent unit of Cho et al. (2014), gates z (update), r (reset), ĥ (candidate).

    With ``reset_after=True`` (Keras's default, as PyTorch) the bias has shape (2, 3·units): row 0 is added to
    xₜ K, row 1 to hₜ₋₁ U, and r multiplies hₜ₋₁ U after the product. With ``reset_after=False`` the bias is one
    row and r multiplies hₜ₋₁ before: ĥ = tanh(ĥ_x + (r ⊙ hₜ₋₁) U_h).
    """

    gates = 3

    def __init__(self, units, activation="tanh", recurrent_activation="sigmoid", use_bias=True,
                 kernel_initializer="glorot_uniform", recurrent_initializer="orthogonal", bias_initializer="zeros",
                 kernel_regularizer=None, recurrent_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None, recurrent_constraint=None, bias_constraint=None,
                 dropout=0.0, recurrent_dropout=0.0, seed=None, return_sequences=False, return_state=False,
                 go_backwards=False, stateful=False, unroll=False, reset_after=True, *, name=None, trainable=True,
                 dtype=None, input_shape=None, input_dim=None, **kwargs):
        super().__init__(
            units, activation=activation, recurrent_activation=recurrent_activation, use_bias=use_bias,
            kernel_initializer=kernel_initializer, recurrent_initializer=recurrent_initializer,
            bias_initializer=bias_initializer, unsupported=_unsupported(
                kernel_regularizer, recurrent_regularizer, bias_regularizer, activity_regularizer, kernel_constraint,
                recurrent_constraint, bias_constraint, dropout, recurrent_dropout, stateful),
            seed=seed, return_sequences=return_sequences, return_state=return_state, go_backwards=go_backwards,
            unroll=unroll, name=name, trainable=trainable, dtype=dtype, input_shape=input_shape, input_dim=input_dim,
            kwargs=kwargs)
        if not isinstance(reset_after, bool):
            raise TypeError(message("keras_bool", op="GRU", name="reset_after", value=repr(reset_after)))
        self.reset_after = reset_after
        self._build_if_shape_given()

    def _bias_shape(self) -> tuple:
        return (2, 3 * self.units) if self.reset_after else (3 * self.units,)

    def _input_bias(self) -> Tensor:
        return self.bias[0] if self.reset_after else self.bias

    def step(self, xk: Tensor, state: list) -> list:
        h = state[0]
        u = self.units
        x_z, x_r, x_h = xk.chunk(3, dim=-1)  # (4)
        if self.reset_after:
            hu = h @ self.recurrent_kernel
            if self.use_bias:
                hu = hu + self.bias[1]
            h_z, h_r, h_h = hu.chunk(3, dim=-1)
            z, r = self.recurrent_activation(x_z + h_z), self.recurrent_activation(x_r + h_r)  # (5)
            candidate = self.activation(x_h + r * h_h)
        else:
            h_z, h_r = (h @ self.recurrent_kernel[:, :2 * u]).chunk(2, dim=-1)
            z, r = self.recurrent_activation(x_z + h_z), self.recurrent_activation(x_r + h_r)
            candidate = self.activation(x_h + (r * h) @ self.recurrent_kernel[:, 2 * u:])
        return [z * h + (1 - z) * candidate]  # (6)

    def get_config(self) -> dict:
        return {**super().get_config(), "reset_after": self.reset_after}

    def to_nn(self) -> nn.Module:
        """``nn.GRU(F, units, batch_first=True)``: Keras's gates z, r, h become PyTorch's r, z, n, and the two bias
        rows become b_ih and b_hh (only for reset_after=True, which is PyTorch's formula)."""
        self._check_to_nn("tanh")
        if not self.reset_after:
            raise NotImplementedError(message("keras_cnn_rnn_no_nn", name=self.name, op="GRU(reset_after=False)"))
        layer = nn.GRU(self.kernel.shape[0], self.units, bias=self.use_bias, batch_first=True, dtype=self.dtype)
        u = self.units
        order = [*range(u, 2 * u), *range(u), *range(2 * u, 3 * u)]  # z, r, h → r, z, n
        with no_grad():
            layer.weight_ih_l0._data[...] = self.kernel._data[:, order].T
            layer.weight_hh_l0._data[...] = self.recurrent_kernel._data[:, order].T
            if self.use_bias:
                layer.bias_ih_l0._data[...] = self.bias._data[0, order]
                layer.bias_hh_l0._data[...] = self.bias._data[1, order]
        return layer
