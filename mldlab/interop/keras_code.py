"""The Keras 3 source that builds an mldlab network, and its weights in Keras's order (K = Wᵀ).

Why the weights are transposed, (1) Z = X Wᵀ + b against (2) Z = X K + b, is explained in ``mldlab.interop``;
how images (channels-last in Keras) and sequences are handled, in ``_keras_plan``.
"""

import operator

from mldlab.i18n import message
from mldlab.interop._checks import _as_nn, _check_name, _config, _leaves
from mldlab.interop._keras_plan import KerasPlan
from mldlab.nn.module import Module


def to_keras_code(module: Module, name: str = "model", input_shape=None) -> str:
    """The Keras 3 source that builds the same network: a ``keras.Sequential`` of ``Dense``, ``Conv2D``, ``LSTM``...

    Each activation right after a Linear layer goes into the ``Dense`` layer (``activation="tanh"``), as
    Keras users write it; ``Dropout(p)`` becomes ``layers.Dropout(p)`` (p is the rate dropped in both);
    ``Softmax(dim)`` becomes ``activation="softmax"`` (along the last axis) or ``layers.Softmax(axis=dim)``.
    Convolutions become ``Conv2D`` on channels-last images, recurrent layers Keras's ``SimpleRNN``, ``LSTM``,
    ``GRU`` (``Bidirectional``, one per layer, with ``Dropout`` between), giving the whole output sequence.

    Parameters
    ----------
    module : Module
    name : str, default "model"
        The variable the Keras model is assigned to.
    input_shape : tuple of int, optional
        The shape of one input sample as mldlab (PyTorch) takes it, without the batch axis, e.g. (1, 28, 28) for
        images (Keras's input is then (28, 28, 1)). By default ``(in_features,)`` of the first Linear layer,
        (None,) before an Embedding, (None, input_size) before a recurrent layer; needed when the network starts
        with ``Flatten`` (e.g. ``(28, 28)``) or a convolution.

    Returns
    -------
    str
        Python source, ending with comments on how the weights map (K = Wᵀ) and, where they differ, on the
        layouts of inputs and outputs; ``keras_weights(module)`` gives the weights in the order
        ``model.set_weights`` expects.

    Raises
    ------
    ValueError
        For what Keras cannot express: a Flatten that keeps more than the batch axis, a softmax along the
        batch axis, a log-softmax not along the last axis, a layer after a recurrent one, an adaptive pooling to
        more than one value, Linear layers of different dtypes.

    Examples
    --------
    >>> from mldlab import nn
    >>> model = nn.Sequential(nn.Flatten(), nn.Linear(784, 10), nn.ReLU(), nn.Dropout(0.2), nn.Linear(10, 3),
    ...                       nn.Softmax(dim=1))
    >>> print(to_keras_code(model, input_shape=(28, 28)))  # doctest: +ELLIPSIS
    import keras
    from keras import layers
    <BLANKLINE>
    model = keras.Sequential([
        keras.Input(shape=(28, 28)),
        layers.Flatten(),
        layers.Dense(10, activation="relu"),
        layers.Dropout(0.2),
        layers.Dense(3, activation="softmax"),
    ])
    ...
    """
    module = _as_nn(module)
    _config(module, "to_keras_code")
    _check_name(name, "to_keras_code")
    leaves = _leaves(module)
    dtypes = sorted({p.dtype.name for p in module.parameters()})
    if len(dtypes) > 1:
        raise ValueError(message("interop_keras_dtypes", dtypes=", ".join(dtypes)))
    dtype = [f'dtype="{dtypes[0]}"'] if dtypes and dtypes[0] != "float32" else []
    shape = _input_shape(leaves, input_shape)
    plan = KerasPlan(leaves, len(shape) + 1, shape[0], _keras_layers)
    if plan.input_channels_last:
        shape = (*shape[1:], shape[0])
    lines = [f"keras.Input({', '.join([f'shape={shape!r}', *dtype])})"]
    lines += [f"layers.{entry['layer']}({', '.join(entry['options'] + dtype)})" for entry in plan.entries]
    body = "".join(f"    {line},\n" for line in lines)
    return (
        f"import keras\nfrom keras import layers\n\n{name} = keras.Sequential([\n{body}])\n\n"
        "# Weights: a Dense kernel is the Linear weight transposed, K = Wᵀ of shape (in, out), since Keras computes\n"
        "# X K + b where PyTorch computes X Wᵀ + b; the bias is the same."
        + "".join(f"\n# {note}" for note in _notes(plan))
        + f" To copy mldlab's weights:\n# {name}.set_weights(mldlab.interop.keras_weights(mldlab_model))\n"
    )


def keras_weights(module: Module, input_shape=None) -> list:
    """The weights of ``module`` in the order Keras's ``model.set_weights`` expects for ``to_keras_code``'s model.

    For each Linear layer in order: its kernel K = Wᵀ, of shape (in_features, out_features), then its bias b
    (if it has one); a convolution's kernel (kH, kW, in, out) and bias; a BatchNorm's γ, β, running mean and
    variance; an embedding's table; a recurrent layer's kernel, recurrent kernel and bias for each layer and
    direction (see ``to_keras_code``). The other layers have no weights.

    Parameters
    ----------
    module : Module
    input_shape : tuple of int, optional
        As for ``to_keras_code``; only needed where a layer's equivalent depends on the number of input axes
        (a BatchNorm1d on sequences at the start of a network).

    Returns
    -------
    list of ndarray
        Copies, in the layers' dtype.

    Examples
    --------
    >>> from mldlab import nn
    >>> model = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1))
    >>> [w.shape for w in keras_weights(model)]
    [(2, 8), (8,), (8, 1), (1,)]
    >>> bool((keras_weights(model)[0] == model[0].weight.detach().numpy().T).all())
    True
    """
    module = _as_nn(module)
    _config(module, "keras_weights")
    leaves = _leaves(module)
    if input_shape is not None:
        shape = _input_shape(leaves, input_shape)
        return KerasPlan(leaves, len(shape) + 1, shape[0], _keras_layers).weights
    return KerasPlan(leaves, _first_ndim(leaves), None, _keras_layers).weights


def _keras_layers(where: str, layer: Module, ndim: int) -> list:
    """The layer's Keras equivalents, ``[{"layer": ..., "options": [...]}, ...]`` (``layer._keras_layer``), or a
    clear error naming the layer when Keras has none."""
    hook = getattr(layer, "_keras_layer", None)
    name = type(layer).__name__
    if hook is None:
        raise ValueError(message("interop_keras_unsupported", layer=_where(where, name),
                                 reason=message("interop_keras_no_layer")))
    try:
        result = hook(ndim)
    except ValueError as error:
        raise ValueError(message("interop_keras_unsupported", layer=_where(where, name), reason=str(error))) from None
    return result if isinstance(result, list) else [result]


_NOTES = {
    "weights": "Conv kernels are (kH, kW, in, out), W transposed; BatchNormalization takes γ, β, the running mean\n"
               "# and variance, with momentum 1 − m; recurrent layers take K = W_ihᵀ, U = W_hhᵀ, b = b_ih + b_hh\n"
               "# (GRU: gates z, r, h and both biases, (2, 3H)).",
    "images_in": "Inputs: Keras takes images channels-last, (N, H, W, C): x.transpose(0, 2, 3, 1) of PyTorch's\n"
                 "# (N, C, H, W) (sequences of channels: x.transpose(0, 2, 1)).",
    "images_out": "Outputs: channels-last, (N, H, W, C), where PyTorch gives (N, C, H, W).",
    "batch_first": "Sequences: Keras takes the batch axis first, (N, T, F): x.transpose(1, 0, 2) of PyTorch's\n"
                   "# (T, N, F) (batch_first=False); the outputs are batch-first too.",
    "sequence": "Outputs: the recurrent layers give every step's output, PyTorch's output (the first of the pair\n"
                "# (output, h_n) it returns).",
}


def _notes(plan: KerasPlan) -> list:
    """What the reader must know about this model's weights and layouts."""
    kinds = ("Conv", "BatchNorm", "Embedding", "SimpleRNN", "LSTM", "GRU", "Bidirectional", "LayerNorm")
    keys = [("weights", any(entry["layer"].startswith(kinds) for entry in plan.entries)),
            ("images_in", plan.input_channels_last), ("images_out", plan.output_channels_last),
            ("batch_first", plan.batch_second), ("sequence", plan.sequence)]
    return [_NOTES[key] for key, present in keys if present]


def _first_ndim(leaves: list) -> int:
    """The number of input axes (batch included) the first layer with weights expects: a convolution's weight has
    as many axes as its input, a recurrent layer takes (N, T, F); 2 otherwise."""
    for _, layer in leaves:
        if hasattr(layer, "weight_ih_l0"):
            return 3
        weight = getattr(layer, "weight", None)
        if weight is not None:
            return weight.ndim if weight.ndim > 2 else 2
    return 2


def _input_shape(leaves: list, input_shape) -> tuple:
    """``input_shape``, or else the shape of one sample as the first layer with a size says it, if no layer before
    it changes the shape (a Flatten would): (in_features,) for a Linear layer, (None,) for an Embedding,
    (None, input_size) for a recurrent layer."""
    if input_shape is None:
        for where, layer in leaves:
            if hasattr(layer, "in_features"):
                return (layer.in_features,)
            if hasattr(layer, "num_embeddings"):
                return (None,)
            if hasattr(layer, "weight_ih_l0"):
                return (None, layer.input_size)
            if _keras_layers(where, layer, 2)[-1].get("ndim") or hasattr(layer, "in_channels"):
                break
        raise ValueError(message("interop_keras_input_shape"))
    try:
        shape = tuple(None if size is None else operator.index(size) for size in input_shape)
    except TypeError:
        shape = ()
    if not shape or any(size is not None and size <= 0 for size in shape):
        raise ValueError(message("interop_keras_bad_shape", shape=input_shape))
    return shape


def _where(where: str, cls: str) -> str:
    return f"'{where}' ({cls})" if where else cls
