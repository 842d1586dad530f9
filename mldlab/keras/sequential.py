"""Keras's ``Sequential``: layers in order, trained by mldlab's ``Model`` (compile / fit / evaluate / predict).

The slides' Keras code runs as written:

    model = keras.Sequential([
        keras.layers.Dense(n),
        keras.layers.Dense(2)
    ])

A ``Sequential`` *is* an ``mldlab.Model``: ``fit``, ``evaluate`` and ``predict`` are ``Model``'s, the same loop as
for a PyTorch-style network. What this class adds is Keras's side: layers by name, ``add``, the input size taken
from ``keras.Input`` or from the first data, ``compile`` with Keras's optimizer and loss objects (and Keras's
defaults for names: ``'adam'`` has ε = 1e-7; ``'binary_crossentropy'`` expects probabilities), and Keras's
``summary``.

Layer names are unique within a model ('dense', 'dense_1', ...). Keras counts them across all the models of a
session instead (a second model's first layer is 'dense_2'); mldlab keeps no such global count, so that models
built in parallel (the web lab) do not affect each other.

Examples
--------
>>> import numpy as np
>>> from mldlab import keras
>>> model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(8, activation="tanh"),
...                           keras.layers.Dense(1, activation="sigmoid")])
>>> [layer.name for layer in model.layers]
['dense', 'dense_1']
>>> model.count_params()                      # (2·8 + 8) + (8·1 + 1)
33
>>> model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
>>> X = np.random.default_rng(0).normal(size=(40, 2))
>>> history = model.fit(X, X[:, 0] > 0, epochs=3, verbose=0)
>>> sorted(history.history)
['accuracy', 'iteration_loss', 'learning_rate', 'loss']
"""

from collections import OrderedDict

import numpy as np

from mldlab import nn, optim
from mldlab.i18n import message
from mldlab.keras import losses
from mldlab.keras._to_nn import sequential_to_nn
from mldlab.keras.layers.input_layer import InputLayer, KerasTensor
from mldlab.keras.layers.layer import Layer, check_unsupported
from mldlab.keras.optimizers import KerasOptimizer
from mldlab.keras.optimizers import get as get_optimizer
from mldlab.keras.summary import summary_text
from mldlab.nn.config import register_layer
from mldlab.train import metrics as metrics_module
from mldlab.train.model import Model


@register_layer("keras.Sequential")
class SequentialLayers(nn.Sequential):
    """The layers of a Keras-style ``Sequential`` as one ``nn`` module: ``model.module``, and what a file stores.

    Parameters
    ----------
    layers : OrderedDict, optional
        name → layer.
    name : str, default 'sequential'
        The model's name.
    """

    def __init__(self, layers=None, *, name="sequential"):
        if not isinstance(name, str) or not name:
            raise ValueError(message("keras_layer_name", op="Sequential", value=repr(name)))
        super().__init__(layers if isinstance(layers, OrderedDict) else OrderedDict())
        self.name = name

    def get_config(self) -> dict:
        return {"name": self.name}

    def to_nn(self) -> nn.Sequential:
        """The same network as PyTorch-style ``nn`` layers (images channels-first; see ``keras._to_nn``)."""
        return sequential_to_nn(self._modules, self.name)


class _FitLoss:
    """A Keras loss ``loss(y_true, y_pred)`` in the order ``Model.fit`` calls a loss: ``loss(y_pred, y_true)``."""

    def __init__(self, loss: losses.Loss):
        self.keras_loss = loss
        self.__name__ = loss.name

    def __call__(self, y_pred, y_true):
        return self.keras_loss(y_true, y_pred)


class Sequential(Model):
    """A Keras-style model: a list of layers applied in order.

    Parameters
    ----------
    layers : list, optional
        Keras layers, optionally preceded by ``keras.Input(shape=...)``.
    trainable : bool, default True
        False freezes every layer.
    name : str, optional
        The model's name (default 'sequential').
    """

    def __init__(self, layers=None, trainable: bool = True, name=None):
        super().__init__(SequentialLayers(name=name or "sequential"), name=name or "sequential")
        self._batch_shape = None
        self._pending = None
        for layer in layers or []:
            self.add(layer)
        if not trainable:
            for layer in self.layers:
                layer.trainable = False

    @property
    def layers(self) -> list:
        """The layers, in order (without the input)."""
        return list(self.module)

    def add(self, layer) -> None:
        """Add ``layer`` at the end (``keras.Input(shape=...)`` may come first)."""
        if isinstance(layer, (KerasTensor, InputLayer)):
            if len(self.module):
                raise ValueError(message("keras_input_not_first", name=self.name))
            self._batch_shape = tuple(layer.batch_shape)
            return
        if not isinstance(layer, Layer):
            raise TypeError(message("keras_add_type", name=self.name, type=type(layer).__name__))
        names = set(self.module._modules)
        if layer.name in names:
            if layer.named_by_user:
                raise ValueError(message("keras_duplicate_name", name=self.name, layer=layer.name))
            base, k = layer.name, 1
            while f"{base}_{k}" in names:
                k += 1
            layer.name = f"{base}_{k}"
        self.module.add_module(layer.name, layer)
        if self.input_batch_shape() is not None:
            self.build(self.input_batch_shape())

    def input_batch_shape(self) -> tuple | None:
        """The input's shape with the batch axis as None, e.g. ``(None, 2)`` (None while it is not known)."""
        if self._batch_shape is not None:
            return self._batch_shape
        first = self.layers[0] if self.layers else None
        shape = first and (getattr(first, "built_input_shape", None) or first.input_shape_given)
        return None if not shape else (None, *shape)

    @property
    def built(self) -> bool:
        """Whether every layer has its weights."""
        return bool(self.layers) and all(layer.built for layer in self.layers)

    def build(self, input_shape=None) -> None:
        """Create every layer's weights for inputs of ``input_shape`` (batch axis first, e.g. ``(None, 2)``)."""
        shape = tuple(input_shape) if input_shape is not None else self.input_batch_shape()
        if shape is None:
            raise ValueError(message("keras_unbuilt", op="build", name=self.name))
        self._batch_shape = shape
        for layer in self.layers:
            if not layer.built:
                layer.build(shape)
            shape = layer.compute_output_shape(shape)
        if self._pending is not None:
            self._finish_compile()

    def _build_for(self, op: str, x) -> None:
        if self.built:
            return
        if x is None or not hasattr(x, "shape") and not isinstance(x, (list, tuple)):
            raise ValueError(message("keras_unbuilt", op=op, name=self.name))
        self.build((None, *np.shape(getattr(x, "_data", x))[1:]))

    def compile(self, optimizer="rmsprop", loss=None, loss_weights=None, metrics=None, weighted_metrics=None,
                run_eagerly=False, steps_per_execution=1, jit_compile="auto", auto_scale_loss=True) -> None:
        """Choose the optimizer, the loss and the metrics, as Keras's ``compile``.

        Parameters
        ----------
        optimizer : str, Keras optimizer or mldlab optimizer, default 'rmsprop'
            A name ('sgd', 'adam', 'adamw', 'rmsprop', 'adagrad', 'adadelta') with Keras's defaults, an object
            from ``keras.optimizers`` (built on the weights when they exist), or an ``mldlab.optim`` optimizer.
        loss : str, Keras loss object or function
            'binary_crossentropy', 'categorical_crossentropy', 'sparse_categorical_crossentropy', 'mse', 'mae',
            or ``keras.losses.BinaryCrossentropy(from_logits=True)``, ... Names mean probabilities (Keras's
            default), so a network giving logits needs the object with ``from_logits=True``.
        metrics : list, optional
            'accuracy', 'mse', 'mae', ... or metric objects.

        Notes
        -----
        mldlab always runs eagerly, so ``run_eagerly`` and ``auto_scale_loss`` change nothing; ``loss_weights``,
        ``weighted_metrics``, ``steps_per_execution`` > 1 and ``jit_compile=True`` raise ``NotImplementedError``.
        """
        check_unsupported("compile", {"loss_weights": loss_weights, "weighted_metrics": weighted_metrics,
                                      "steps_per_execution": None if steps_per_execution == 1 else steps_per_execution,
                                      "jit_compile": jit_compile if jit_compile is True else None})
        if loss is None:
            raise ValueError(message("keras_compile_no_loss", names=", ".join(losses.LOSSES)))
        keras_loss = losses.get(loss)
        is_mldlab = isinstance(optimizer, optim.Optimizer) and not isinstance(optimizer, KerasOptimizer) or (
            isinstance(optimizer, type) and issubclass(optimizer, optim.Optimizer)
            and not issubclass(optimizer, KerasOptimizer))
        chosen = optimizer if is_mldlab else get_optimizer(optimizer)
        metrics = list(metrics or [])
        for spec in metrics:  # unknown metric names fail now, not at the first fit
            metrics_module.get(spec, loss=_FitLoss(keras_loss))
        self.optimizer, self.loss, self._pending = chosen, keras_loss, (chosen, keras_loss, metrics)
        if self.built:
            self._finish_compile()

    def _finish_compile(self) -> None:
        """Hand the optimizer the weights (now that they exist) and compile the underlying ``Model``."""
        optimizer, loss, metrics = self._pending
        if isinstance(optimizer, KerasOptimizer) and not optimizer.built:
            optimizer.build(self.module.parameters())
        super().compile(optimizer=optimizer, loss=_FitLoss(loss), metrics=metrics)
        self.loss, self._pending = loss, None

    def fit(self, x=None, y=None, batch_size=None, epochs: int = 1, verbose="auto", callbacks=None,
            validation_split: float = 0.0, validation_data=None, shuffle: bool = True, class_weight=None,
            sample_weight=None, initial_epoch: int = 0, steps_per_epoch=None, validation_steps=None,
            validation_batch_size=None, validation_freq: int = 1, on_divergence: str = "raise"):
        """Keras's ``fit`` (its arguments in Keras's order); the training loop is ``Model.fit``'s."""
        check_unsupported("fit", {"class_weight": class_weight, "sample_weight": sample_weight,
                                  "steps_per_epoch": steps_per_epoch, "validation_steps": validation_steps,
                                  "validation_batch_size": validation_batch_size,
                                  "validation_freq": None if validation_freq == 1 else validation_freq})
        self._build_for("fit", x)
        return super().fit(x, y, batch_size=batch_size, epochs=epochs, verbose=verbose, callbacks=callbacks,
                           validation_split=validation_split, validation_data=validation_data, shuffle=shuffle,
                           initial_epoch=initial_epoch, on_divergence=on_divergence)

    def evaluate(self, x=None, y=None, batch_size=None, verbose="auto", sample_weight=None, steps=None,
                 callbacks=None, return_dict: bool = False):
        """Keras's ``evaluate``: the loss (and metrics) on ``(x, y)``; ``Model.evaluate`` underneath."""
        check_unsupported("evaluate", {"sample_weight": sample_weight, "steps": steps, "callbacks": callbacks})
        self._build_for("evaluate", x)
        return super().evaluate(x, y, batch_size=batch_size, verbose=verbose, return_dict=return_dict)

    def predict(self, x, batch_size=None, verbose="auto", steps=None, callbacks=None) -> np.ndarray:
        """Keras's ``predict``: the outputs for ``x`` as a NumPy array; ``Model.predict`` underneath."""
        check_unsupported("predict", {"steps": steps, "callbacks": callbacks})
        self._build_for("predict", x)
        return super().predict(x, batch_size=batch_size, verbose=verbose)

    def __call__(self, x):
        self._build_for("call", x)
        return self.module(x)

    def count_params(self) -> int:
        """The number of weights and biases of all layers (Keras's count)."""
        if not self.built:
            raise ValueError(message("keras_count_unbuilt", name=self.name))
        return sum(layer.count_params() for layer in self.layers)

    @property
    def weights(self) -> list:
        return [w for layer in self.layers for w in layer.weights]

    @property
    def trainable_weights(self) -> list:
        return [w for layer in self.layers for w in layer.trainable_weights]

    def summary(self, line_length=None, positions=None, print_fn=None, expand_nested=False, show_trainable=False,
                layer_range=None) -> None:
        """Print the layers, their output shapes and parameter counts in Keras's table."""
        check_unsupported("summary", {"positions": positions, "expand_nested": expand_nested or None,
                                      "show_trainable": show_trainable or None, "layer_range": layer_range})
        (print_fn or print)(summary_text(self, line_length))

    def get_config(self) -> dict:
        """Keras's description: the model's name and each layer's class name and ``get_config()``."""
        return {"name": self.name, "layers": [{"class_name": type(layer).__name__, "config": layer.get_config()}
                                              for layer in self.layers]}

    def __repr__(self) -> str:
        return f"<Sequential name={self.name}, built={self.built}>"

