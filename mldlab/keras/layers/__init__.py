"""Keras's layers for the course: ``Dense``, ``Dropout``, ``Activation``, ``Flatten``, ``Input``/``InputLayer``.

Examples
--------
>>> from mldlab.keras import layers
>>> layers.Dense(8, activation="relu")
Dense(units=8, activation=relu, use_bias=True, name='dense')
"""

from mldlab.keras.layers.activation import Activation
from mldlab.keras.layers.dense import Dense
from mldlab.keras.layers.dropout import Dropout
from mldlab.keras.layers.flatten import Flatten
from mldlab.keras.layers.input_layer import Input, InputLayer, KerasTensor
from mldlab.keras.layers.layer import Layer

__all__ = ["Layer", "Dense", "Dropout", "Activation", "Flatten", "Input", "InputLayer", "KerasTensor"]
