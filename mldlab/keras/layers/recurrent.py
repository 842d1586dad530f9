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

from mldlab import nn
from mldlab.grad_mode import no_grad
from mldlab.i18n import message
from mldlab.keras import activations
from mldlab.keras.layers._recurrent_base import Recurrent, unsupported
from mldlab.nn.config import register_layer
from mldlab.tensor import Tensor


@register_layer("keras.SimpleRNN")
class SimpleRNN(Recurrent):
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
            bias_initializer=bias_initializer, unsupported=unsupported(
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
class LSTM(Recurrent):
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
            bias_initializer=bias_initializer, unsupported=unsupported(
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
class GRU(Recurrent):
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
            bias_initializer=bias_initializer, unsupported=unsupported(
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
