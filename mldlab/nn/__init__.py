"""``mldlab.nn``: layers, activations, dropout, losses and initialisation, with PyTorch's names.

Examples
--------
The slides' deep network, its loss and one backward pass:

>>> import mldlab
>>> from mldlab import nn
>>> model = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1), nn.Sigmoid())
>>> loss = nn.BCELoss()(model(mldlab.randn(10, 2)), mldlab.ones(10, 1))
>>> loss.backward()
>>> model[0].weight.grad.shape
(8, 2)
"""

from mldlab.nn import functional, init, utils
from mldlab.nn.activation import LeakyReLU, LogSoftmax, ReLU, Sigmoid, Softmax, Tanh
from mldlab.nn.activation_more import ELU, GELU, SELU, Hardtanh, LogSigmoid, Mish, ReLU6, SiLU, Softplus, Softsign
from mldlab.nn.batchnorm import BatchNorm1d, BatchNorm2d
from mldlab.nn.container import ModuleList, Sequential
from mldlab.nn.conv import Conv1d, Conv2d
from mldlab.nn.dropout import Dropout
from mldlab.nn.flatten import Flatten, Unflatten
from mldlab.nn.lazy import LazyLinear
from mldlab.nn.linear import Identity, Linear
from mldlab.nn.loss import (
    BCELoss,
    BCEWithLogitsLoss,
    CrossEntropyLoss,
    HuberLoss,
    L1Loss,
    MSELoss,
    NLLLoss,
    SmoothL1Loss,
)
from mldlab.nn.module import Module
from mldlab.nn.module_dict import ModuleDict
from mldlab.nn.normalization import LayerNorm
from mldlab.nn.parameter import Parameter
from mldlab.nn.parameter_list import ParameterDict, ParameterList
from mldlab.nn.pooling import (
    AdaptiveAvgPool1d,
    AdaptiveAvgPool2d,
    AdaptiveMaxPool2d,
    AvgPool1d,
    AvgPool2d,
    MaxPool1d,
    MaxPool2d,
)
from mldlab.nn.rnn import GRU, LSTM, RNN, GRUCell, LSTMCell, RNNCell
from mldlab.nn.sparse import Embedding

__all__ = [
    "functional",
    "init",
    "utils",
    "Module",
    "Parameter",
    "Sequential",
    "ModuleList",
    "ModuleDict",
    "ParameterList",
    "ParameterDict",
    "Linear",
    "LazyLinear",
    "Identity",
    "Flatten",
    "Unflatten",
    "MaxPool1d",
    "MaxPool2d",
    "AvgPool1d",
    "AvgPool2d",
    "AdaptiveAvgPool1d",
    "AdaptiveAvgPool2d",
    "AdaptiveMaxPool2d",
    "BatchNorm1d",
    "BatchNorm2d",
    "Embedding",
    "LayerNorm",
    "Conv1d",
    "Conv2d",
    "RNN",
    "LSTM",
    "GRU",
    "RNNCell",
    "LSTMCell",
    "GRUCell",
    "Sigmoid",
    "Tanh",
    "ReLU",
    "LeakyReLU",
    "ELU",
    "SELU",
    "GELU",
    "SiLU",
    "Mish",
    "Softplus",
    "Softsign",
    "LogSigmoid",
    "Hardtanh",
    "ReLU6",
    "Softmax",
    "LogSoftmax",
    "Dropout",
    "MSELoss",
    "SmoothL1Loss",
    "HuberLoss",
    "L1Loss",
    "BCELoss",
    "BCEWithLogitsLoss",
    "CrossEntropyLoss",
    "NLLLoss",
]
