"""``keras.models``: ``Sequential`` and ``load_model``, for a model saved with ``model.save(path)``.

``model.save(path)`` writes the model with ``mldlab.save`` (its layers' Keras configurations as JSON and the
weights as arrays, never pickle); ``load_model(path)`` rebuilds it, and ``mldlab.load(path)`` gives its layers as one
``nn`` module.

Examples
--------
>>> import os, tempfile
>>> from mldlab import keras
>>> model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1, activation="sigmoid")], name="perceptron")
>>> path = os.path.join(tempfile.mkdtemp(), "perceptron.npz")
>>> model.save(path)
>>> keras.models.load_model(path).get_config()["layers"][0]["config"]["units"]
1
"""

from mldlab.i18n import message
from mldlab.io import load
from mldlab.keras.sequential import Sequential, SequentialLayers


def load_model(filepath) -> Sequential:
    """A ``Sequential`` saved with ``model.save(filepath)``, rebuilt with its weights (``mldlab.load`` underneath)."""
    stack = load(filepath)
    if not isinstance(stack, SequentialLayers):
        raise ValueError(message("keras_load_not_keras", path=str(filepath), type=type(stack).__name__))
    model = Sequential(name=stack.name)
    for layer in stack:
        model.add(layer)
    return model


__all__ = ["Sequential", "load_model"]
