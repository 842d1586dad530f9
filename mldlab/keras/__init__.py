"""Keras 3's API on mldlab: the slides' Keras code runs as written, on mldlab's engine and ``Model``.

    from mldlab import keras

    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(8, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(), loss="binary_crossentropy", metrics=["accuracy"])
    model.fit(X, y, epochs=100, validation_split=0.2, callbacks=[keras.callbacks.EarlyStopping(patience=5)])

What there is: ``Sequential`` (list form and ``add``), ``Input``; ``layers.Dense``, ``Dropout``, ``Activation``,
``Flatten``, ``Reshape``; for images (channels-last, (N, H, W, C)) ``layers.Conv2D``, ``Conv1D``, ``MaxPooling2D``,
``AveragePooling2D``, ``GlobalAveragePooling2D`` (and their 1-D forms), ``BatchNormalization``; for sequences
``layers.Embedding``, ``SimpleRNN``, ``LSTM``, ``GRU``; ``optimizers`` (``SGD``, ``Adam``, ``AdamW``, ``RMSprop``,
``Adagrad``, ``Adadelta``, with Keras 3's formulas and defaults); ``losses``, ``metrics``, ``callbacks``,
``activations``, ``initializers``; ``utils.to_categorical``; ``models.load_model``. Numbers agree with Keras 3
(checked side by side with Keras on its PyTorch backend): the same weights give the same outputs, the same ``fit``
history, the same ``summary`` counts. Keras options that mldlab does not implement raise ``NotImplementedError``
rather than being ignored.

A model hands off to PyTorch like any mldlab network: ``mldlab.interop.to_torch(model.module)`` (a network
with convolutions then takes its images channels-first, ``x.transpose(0, 3, 1, 2)``).
"""

from mldlab.keras import activations, callbacks, initializers, layers, losses, metrics, models, optimizers, utils
from mldlab.keras.layers import Input
from mldlab.keras.models import load_model
from mldlab.keras.sequential import Sequential

__all__ = ["Sequential", "Input", "layers", "optimizers", "losses", "metrics", "callbacks", "activations",
           "initializers", "utils", "models", "load_model"]
