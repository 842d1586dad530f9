"""A Keras-style ``Sequential`` as PyTorch-style ``nn`` layers with the same numbers: what ``to_torch`` and
``to_pytorch_code`` hand on.

Each layer's ``to_nn()`` gives its own equivalent in PyTorch's layout. Two things concern the model as a whole:

- images: Keras keeps them channels-last (N, H, W, C), PyTorch channels-first (N, C, H, W). From the first
  convolution or pooling layer on, the ``nn`` network works on channels-first data, so it takes its images as
  ``x.transpose(0, 3, 1, 2)``;
- the ``Flatten`` after them: Keras lays each sample out as (h, w, c), PyTorch as (c, h, w). The next ``Dense``
  layer's rows are reordered to match: input c·S + s of the ``Linear`` layer (S = H·W positions) is row s·C + c of
  the Keras kernel.

PyTorch's ``nn.Sequential`` cannot express everything: no layer turns channels-last data into channels-first in
the middle of a network, and a recurrent layer returns (output, state), which no next layer takes. Those cases
raise an error that says so.
"""

from collections import OrderedDict

import numpy as np

from mldlab import nn
from mldlab.grad_mode import no_grad
from mldlab.i18n import message

_SPATIAL = ("Conv1D", "Conv2D", "MaxPooling1D", "MaxPooling2D", "AveragePooling1D", "AveragePooling2D",
            "GlobalAveragePooling1D", "GlobalAveragePooling2D")
_ELEMENTWISE = ("Dropout", "Activation")
_RECURRENT = ("SimpleRNN", "LSTM", "GRU")


def sequential_to_nn(layers, name: str) -> nn.Sequential:
    """The ``nn.Sequential`` equivalent to the Keras ``layers`` (name → layer) of the model ``name``."""
    modules = OrderedDict()
    channels_first = False  # whether the nn network holds the data channels-first here (Keras: channels-last)
    started = False  # whether a layer that fixes the input's layout has been seen
    flattened = None  # (C, S) after a Flatten of channels-first data, for the next Dense layer
    items = list(layers.items())
    for index, (key, layer) in enumerate(items):
        kind = type(layer).__name__
        ndim = len(getattr(layer, "built_input_shape", ()) or ()) + 1
        if kind in _RECURRENT and (index < len(items) - 1 or not layer.return_sequences or layer.return_state):
            raise NotImplementedError(message("keras_cnn_to_nn_recurrent", model=name, name=key))
        if kind in _SPATIAL or (kind == "BatchNormalization" and ndim > 2):
            if not channels_first and started and not _one_channel_reshape(items[index - 1][1]):
                raise NotImplementedError(message("keras_cnn_to_nn_layout", model=name, name=key))
            if not channels_first and started:  # Reshape((28, 28, 1)): the same numbers as PyTorch's (1, 28, 28)
                target = items[index - 1][1].target_shape
                modules[items[index - 1][0]] = nn.Sequential(nn.Flatten(), nn.Unflatten(1, (1, *target[:-1])))
            channels_first = not (kind.startswith("Global") and not layer.keepdims)
        elif kind == "Flatten" and channels_first:
            flattened = _flatten_shape(items, index)
            channels_first = False
        elif kind == "Dense" and flattened is not None:
            modules[key] = _dense_after_flatten(layer, *flattened)
            flattened, started = None, True
            continue
        elif channels_first and kind not in _ELEMENTWISE:
            raise NotImplementedError(message("keras_cnn_to_nn_layout", model=name, name=key))
        elif flattened is not None and kind not in _ELEMENTWISE:
            raise NotImplementedError(message("keras_cnn_to_nn_layout", model=name, name=key))
        started = started or kind not in _ELEMENTWISE
        modules[key] = layer.to_nn()
    return nn.Sequential(modules)


def _one_channel_reshape(layer) -> bool:
    """Whether ``layer`` is a Reshape to images of one channel, whose numbers lie alike in both layouts."""
    return type(layer).__name__ == "Reshape" and layer.target_shape[-1] == 1


def _flatten_shape(items: list, index: int) -> tuple:
    """(C, S): the channels and the number of positions of the data the Flatten at ``index`` receives, from the
    shapes the layers before it were built for."""
    shape = None
    for _, layer in items[:index]:
        if getattr(layer, "built_input_shape", None) is not None:
            shape = (None, *layer.built_input_shape)
        if shape is not None:
            shape = layer.compute_output_shape(shape)
    return shape[-1], int(np.prod(shape[1:-1]))


def _dense_after_flatten(layer, channels: int, positions: int) -> nn.Module:
    """The Dense layer's ``to_nn()``, with the Linear layer's inputs reordered from Keras's (s, c) to PyTorch's
    (c, s): input c·S + s reads row s·C + c of the kernel."""
    module = layer.to_nn()
    linear = module if isinstance(module, nn.Linear) else module[0]
    order = np.arange(positions * channels).reshape(positions, channels).T.reshape(-1)
    with no_grad():
        linear.weight._data[...] = layer.kernel._data[order].T
    return module
