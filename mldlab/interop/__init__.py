"""The hand-off to PyTorch and Keras: the same network, the same weights, in the tools learners use next.

mldlab is for seeing how a network works; PyTorch and Keras are where learners go afterwards. An mldlab
network has PyTorch's layers, names and numbers, so handing it on changes little:

    to_torch(model)            the same network as a ``torch.nn`` module, with the same weights
    from_torch(torch_model)    back from PyTorch to mldlab
    to_pytorch_code(model)     the PyTorch source that builds it, as on the slides
    to_keras_code(model)       the Keras 3 source that builds it
    keras_weights(model)       its weights in the order Keras's ``model.set_weights`` expects

What changes on the way to Keras
--------------------------------
A Linear layer (PyTorch and mldlab) stores W with shape (out_features, in_features) and computes

    (1) Z = X Wᵀ + b

A Keras ``Dense`` layer stores a kernel K with shape (in, out) and computes

    (2) Z = X K + b

so (1) and (2) agree when K = Wᵀ: the same numbers, transposed. The bias is the same. Keras also puts the
activation inside the layer, ``Dense(8, activation="tanh")``, where PyTorch writes two layers,
``nn.Linear(2, 8), nn.Tanh()``, and Keras needs the shape of one input sample, ``keras.Input(shape=(2,))``.

Images and sequences: PyTorch keeps images channels-first, (N, C, H, W), Keras channels-last, (N, H, W, C), so
a ``Conv2d`` weight (out, in, kH, kW) becomes a ``Conv2D`` kernel (kH, kW, in, out), the Keras model takes
``x.transpose(0, 2, 3, 1)``, and the ``Dense`` layer after a ``Flatten`` gets its rows reordered (Keras
flattens (h, w, c), PyTorch (c, h, w)). ``BatchNormalization`` takes γ, β, the running mean and variance, with
momentum 1 − m; an ``LSTM`` has the same gate order i, f, g, o in both (K = W_ihᵀ, b = b_ih + b_hh), a ``GRU``
goes from PyTorch's r, z, n to Keras's z, r, h. A layer Keras cannot express (a cell, a padding mode, a layer
after a recurrent one, ...) raises an error that names it and says why.

Only networks built from the layers of ``mldlab.nn.config.LAYERS`` (a ``Sequential`` of ``Linear``,
activations, ``Dropout``, ``Flatten``, ``Conv2d``, ``LSTM``, ...) are converted. For a network of your own
class, write the same class in PyTorch (same attribute names) and copy the weights with ``load_state_dict``.

Where each lives: ``pytorch.py`` (``to_torch``, ``from_torch``), ``pytorch_code.py`` (``to_pytorch_code``),
``keras_code.py`` (``to_keras_code``, ``keras_weights``), ``_keras_plan.py`` (the layouts along a network),
and ``_checks.py`` (the checks they share); each layer's own Keras equivalent is its ``_keras_layer`` hook.

Examples
--------
>>> from mldlab import nn
>>> from mldlab.interop import to_keras_code, to_pytorch_code
>>> model = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1), nn.Sigmoid())
>>> print(to_pytorch_code(model))
import torch
from torch import nn
<BLANKLINE>
model = nn.Sequential(
    nn.Linear(2, 8),
    nn.Tanh(),
    nn.Linear(8, 1),
    nn.Sigmoid(),
)
<BLANKLINE>
>>> print(to_keras_code(model))
import keras
from keras import layers
<BLANKLINE>
model = keras.Sequential([
    keras.Input(shape=(2,)),
    layers.Dense(8, activation="tanh"),
    layers.Dense(1, activation="sigmoid"),
])
<BLANKLINE>
# Weights: a Dense kernel is the Linear weight transposed, K = Wᵀ of shape (in, out), since Keras computes
# X K + b where PyTorch computes X Wᵀ + b; the bias is the same. To copy mldlab's weights:
# model.set_weights(mldlab.interop.keras_weights(mldlab_model))
<BLANKLINE>
"""

from mldlab.interop.keras_code import keras_weights, to_keras_code
from mldlab.interop.pytorch import from_torch, to_torch
from mldlab.interop.pytorch_code import to_pytorch_code

__all__ = ["to_torch", "from_torch", "to_pytorch_code", "to_keras_code", "keras_weights"]
