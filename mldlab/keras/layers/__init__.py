"""Keras's layers for the course: ``Dense``, ``Dropout``, ``Activation``, ``Flatten``, ``Input``/``InputLayer``; for
images ``Conv2D``, ``Conv1D``, ``MaxPooling2D``, ``AveragePooling2D``, ``GlobalAveragePooling2D``,
``BatchNormalization``, ``Reshape``; for sequences ``Embedding``, ``SimpleRNN``, ``LSTM``, ``GRU``.

Examples
--------
>>> from mldlab.keras import layers
>>> layers.Dense(8, activation="relu")
Dense(units=8, activation=relu, use_bias=True, name='dense')
"""

from mldlab.keras.layers.activation import Activation
from mldlab.keras.layers.batch_normalization import BatchNormalization
from mldlab.keras.layers.conv import Conv1D, Conv2D
from mldlab.keras.layers.dense import Dense
from mldlab.keras.layers.dropout import Dropout
from mldlab.keras.layers.embedding import Embedding
from mldlab.keras.layers.flatten import Flatten
from mldlab.keras.layers.input_layer import Input, InputLayer, KerasTensor
from mldlab.keras.layers.layer import Layer
from mldlab.keras.layers.pooling import (
    AveragePooling1D,
    AveragePooling2D,
    GlobalAveragePooling1D,
    GlobalAveragePooling2D,
    MaxPooling1D,
    MaxPooling2D,
)
from mldlab.keras.layers.recurrent import GRU, LSTM, SimpleRNN
from mldlab.keras.layers.reshape import Reshape

__all__ = ["Layer", "Dense", "Dropout", "Activation", "Flatten", "Input", "InputLayer", "KerasTensor",
           "Conv2D", "Conv1D", "MaxPooling2D", "MaxPooling1D", "AveragePooling2D", "AveragePooling1D",
           "GlobalAveragePooling2D", "GlobalAveragePooling1D", "BatchNormalization", "Reshape", "Embedding",
           "SimpleRNN", "LSTM", "GRU"]
