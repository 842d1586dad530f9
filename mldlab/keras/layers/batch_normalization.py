"""Keras's ``BatchNormalization``: each feature (channel) brought to mean 0 and variance 1, then scaled and shifted.

For the features along ``axis`` (the last, the channels, by default), with statistics over every other axis:

    (1) μ = mean(x),  σ² = mean((x − μ)²)                        (training: this batch's numbers)
    (2) moving_mean ← m · moving_mean + (1 − m) · μ,  moving_variance likewise with σ²
    (3) y = γ · (x − μ) / √(σ² + ε) + β                           (inference: μ, σ² = the moving ones)

Keras's momentum m = 0.99 keeps 99 % of the old average at each step. PyTorch's ``momentum`` is the share of the
new value instead, 1 − m (its default 0.1 is Keras's 0.9), and PyTorch adds the unbiased σ²·n/(n − 1) to its
running variance where Keras adds σ². ε = 1e-3 in Keras, 1e-5 in PyTorch.

The weights, in Keras's order: γ (gamma, trained), β (beta, trained), moving_mean and moving_variance (kept, not
trained: ``summary`` counts them as non-trainable). A layer with ``trainable=False`` always uses the moving
statistics, as in Keras.

Examples
--------
>>> import numpy as np
>>> from mldlab.keras import layers
>>> bn = layers.BatchNormalization()
>>> x = np.array([[1.0, 10.0], [3.0, 30.0]])
>>> bn.train()(x)                                  # each column to mean 0, variance 1 (almost: ε)
tensor([[-0.9995, -1.0000],
        [ 0.9995,  1.0000]], grad_fn=<AddBackward>)
>>> [w.shape for w in bn.get_weights()], bn.moving_mean
([(2,), (2,), (2,), (2,)], tensor([0.0200, 0.2000]))
"""

import numbers

from mldlab import nn
from mldlab._ops.shape import cast
from mldlab.grad_mode import no_grad
from mldlab.i18n import message
from mldlab.keras import initializers
from mldlab.keras.layers.layer import Layer, check_unknown, check_unsupported
from mldlab.nn.config import config_arguments, register_layer
from mldlab.tensor import Tensor


@register_layer("keras.BatchNormalization")
class BatchNormalization(Layer):
    """(1)–(3) along ``axis``.

    Parameters
    ----------
    axis : int, default -1
        The features' axis (-1: channels-last images, or the columns of a table).
    momentum : float, default 0.99
        m in (2).
    epsilon : float, default 1e-3
        ε in (3).
    center, scale : bool, default True
        Whether to learn β, γ (otherwise β = 0, γ = 1, and the weight is absent).
    beta_initializer, gamma_initializer, moving_mean_initializer, moving_variance_initializer :
        Zeros, ones, zeros, ones.
    """

    def __init__(self, axis=-1, momentum=0.99, epsilon=1e-3, center=True, scale=True, beta_initializer="zeros",
                 gamma_initializer="ones", moving_mean_initializer="zeros", moving_variance_initializer="ones",
                 beta_regularizer=None, gamma_regularizer=None, beta_constraint=None, gamma_constraint=None,
                 renorm=False, renorm_clipping=None, renorm_momentum=0.99, synchronized=False, *, name=None,
                 trainable=True, dtype=None, input_shape=None, input_dim=None, **kwargs):
        check_unsupported("BatchNormalization", {
            "beta_regularizer": beta_regularizer, "gamma_regularizer": gamma_regularizer,
            "beta_constraint": beta_constraint, "gamma_constraint": gamma_constraint, "renorm": renorm or None,
            "renorm_clipping": renorm_clipping, "synchronized": synchronized or None,
            "renorm_momentum": None if renorm_momentum == 0.99 else renorm_momentum})
        check_unknown("BatchNormalization", kwargs, config_arguments(BatchNormalization))
        super().__init__(name=name, trainable=trainable, dtype=dtype, input_shape=input_shape, input_dim=input_dim)
        if isinstance(axis, bool) or not isinstance(axis, numbers.Integral):
            raise TypeError(message("keras_cnn_axis", op="BatchNormalization", value=repr(axis)))
        for key, value in (("momentum", momentum), ("epsilon", epsilon)):
            if isinstance(value, bool) or not isinstance(value, numbers.Real) or not (
                    0 <= value <= 1 if key == "momentum" else value > 0):
                raise ValueError(message("keras_cnn_bn_number", name=key, value=repr(value)))
        for key, value in (("center", center), ("scale", scale)):
            if not isinstance(value, bool):
                raise TypeError(message("keras_bool", op="BatchNormalization", name=key, value=repr(value)))
        self.axis, self.momentum, self.epsilon = int(axis), float(momentum), float(epsilon)
        self.center, self.scale = center, scale
        self.initializers = {key: initializers.get(value) for key, value in (
            ("gamma", gamma_initializer), ("beta", beta_initializer), ("moving_mean", moving_mean_initializer),
            ("moving_variance", moving_variance_initializer))}
        self.register_parameter("gamma", None)
        self.register_parameter("beta", None)
        self.register_buffer("moving_mean", None)
        self.register_buffer("moving_variance", None)
        if self.input_shape_given is not None:
            self.build((None, *self.input_shape_given))

    def build(self, input_shape) -> None:
        """γ, β, moving_mean, moving_variance, each of shape (features,) = (input_shape[axis],)."""
        if not -len(input_shape) <= self.axis < len(input_shape) or self.axis % len(input_shape) == 0:
            raise ValueError(message("keras_cnn_bn_axis", name=self.name, axis=self.axis, shape=tuple(input_shape)))
        shape = (input_shape[self.axis],)
        if self.scale:
            self.gamma = self.add_weight(shape, self.initializers["gamma"])
        if self.center:
            self.beta = self.add_weight(shape, self.initializers["beta"])
        for key in ("moving_mean", "moving_variance"):
            self.register_buffer(key, self.add_weight(shape, self.initializers[key]).detach())
        self.built_input_shape = tuple(input_shape[1:])
        self.built = True

    def _broadcast(self, t: Tensor, ndim: int) -> Tensor:
        """A (features,) vector shaped to line up with ``axis`` of an input with ``ndim`` axes."""
        shape = [1] * ndim
        shape[self.axis] = -1
        return t.reshape(*shape)

    def forward(self, x: Tensor) -> Tensor:
        features = self.moving_mean.shape[0]
        if x.ndim != len(self.built_input_shape) + 1 or x.shape[self.axis] != features:
            raise ValueError(message("keras_cnn_bn_input", name=self.name, axis=self.axis, features=features,
                                     shape=tuple(x.shape)))
        if x.dtype != self.moving_mean.dtype:
            x = cast(x, self.moving_mean.dtype)
        axes = tuple(a for a in range(x.ndim) if a != self.axis % x.ndim)
        if self.training and self._trainable:
            mean = x.mean(dim=axes, keepdim=True)  # (1)
            variance = ((x - mean) ** 2).mean(dim=axes, keepdim=True)
            with no_grad():  # (2)
                m = self.momentum
                self.moving_mean._data[...] = m * self.moving_mean._data + (1 - m) * mean._data.reshape(-1)
                self.moving_variance._data[...] = (m * self.moving_variance._data
                                                   + (1 - m) * variance._data.reshape(-1))
        else:
            mean = self._broadcast(self.moving_mean, x.ndim)
            variance = self._broadcast(self.moving_variance, x.ndim)
        factor = (variance + self.epsilon) ** -0.5  # (3)
        if self.scale:
            factor = factor * self._broadcast(self.gamma, x.ndim)
        y = (x - mean) * factor
        return y + self._broadcast(self.beta, x.ndim) if self.center else y

    def get_config(self) -> dict:
        return {**super().get_config(), "axis": self.axis, "momentum": self.momentum, "epsilon": self.epsilon,
                "center": self.center, "scale": self.scale,
                **{f"{key}_initializer": initializers.serialize(value) for key, value in self.initializers.items()}}

    def to_nn(self) -> nn.Module:
        """``nn.BatchNorm1d`` (tables, or sequences channels-first) or ``nn.BatchNorm2d`` (images channels-first)
        with momentum 1 − m, eps = ε, weight γ, bias β, running_mean and running_var the moving ones."""
        if not self.built:
            raise ValueError(message("keras_unbuilt", op="to_nn", name=self.name))
        ndim = len(self.built_input_shape) + 1
        if self.axis % ndim != ndim - 1 or ndim > 4:
            raise NotImplementedError(message("keras_cnn_bn_no_nn", name=self.name, axis=self.axis, ndim=ndim))
        features = self.moving_mean.shape[0]
        cls = nn.BatchNorm2d if ndim == 4 else nn.BatchNorm1d
        momentum = float(f"{1 - self.momentum:.12g}")  # 0.01, not 1 − 0.99 = 0.010000000000000009
        layer = cls(features, eps=self.epsilon, momentum=momentum, affine=self.scale or self.center,
                    dtype=self.dtype)
        with no_grad():
            if self.scale:
                layer.weight._data[...] = self.gamma._data
            elif self.center:
                layer.weight._data[...] = 1
            if self.center:
                layer.bias._data[...] = self.beta._data
            elif self.scale:
                layer.bias._data[...] = 0
            layer.running_mean._data[...] = self.moving_mean._data
            layer.running_var._data[...] = self.moving_variance._data
        return layer.train(self.training)

    def extra_repr(self) -> str:
        return f"axis={self.axis}, momentum={self.momentum}, epsilon={self.epsilon}, name={self.name!r}"
