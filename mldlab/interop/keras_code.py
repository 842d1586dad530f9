"""The Keras 3 source that builds an mldlab network, and its weights in Keras's order (K = Wᵀ).

Why the weights are transposed, (1) Z = X Wᵀ + b against (2) Z = X K + b, is explained in ``mldlab.interop``.
"""

import operator

import numpy as np

from mldlab.i18n import message
from mldlab.interop._checks import _check_name, _config
from mldlab.nn.config import _layer
from mldlab.nn.module import Module

_KERAS_ACTIVATIONS = {"Sigmoid": "sigmoid", "Tanh": "tanh", "ReLU": "relu"}


def to_keras_code(module: Module, name: str = "model", input_shape=None) -> str:
    """The Keras 3 source that builds the same network: a ``keras.Sequential`` of ``Dense`` and friends.

    Each activation right after a Linear layer goes into the ``Dense`` layer (``activation="tanh"``), as
    Keras users write it; ``Dropout(p)`` becomes ``layers.Dropout(p)`` (p is the rate dropped in both);
    ``Softmax(dim)`` becomes ``activation="softmax"`` (along the last axis) or ``layers.Softmax(axis=dim)``.

    Parameters
    ----------
    module : Module
    name : str, default "model"
        The variable the Keras model is assigned to.
    input_shape : tuple of int, optional
        The shape of one input sample, without the batch axis. By default ``(in_features,)`` of the first
        Linear layer; needed when the network starts with ``Flatten`` (e.g. ``(28, 28)`` for images).

    Returns
    -------
    str
        Python source, ending with a comment on how the weights map (K = Wᵀ); ``keras_weights(module)`` gives
        them in the order ``model.set_weights`` expects.

    Raises
    ------
    ValueError
        For what Keras cannot express: a Flatten that keeps more than the batch axis, a softmax along the
        batch axis, a log-softmax not along the last axis, Linear layers of different dtypes.

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
    config = _config(module, "to_keras_code")
    _check_name(name, "to_keras_code")
    leaves = _leaves(config, "")
    dtypes = sorted({layer["args"]["dtype"] for _, layer in leaves if layer["class"] == "Linear"})
    if len(dtypes) > 1:
        raise ValueError(message("interop_keras_dtypes", dtypes=", ".join(dtypes)))
    dtype = [f'dtype="{dtypes[0]}"'] if dtypes and dtypes[0] != "float32" else []
    shape = _input_shape(leaves, input_shape)
    lines = [f"keras.Input({', '.join([f'shape={shape!r}', *dtype])})"]
    ndim = len(shape) + 1  # with the batch axis
    i = 0
    while i < len(leaves):
        where, layer = leaves[i]
        if layer["class"] == "Linear":
            options = [str(layer["args"]["out_features"])]
            following = leaves[i + 1][1] if i + 1 < len(leaves) else None
            activation = _keras_activation(following, ndim)
            if activation is not None:
                options.append(f'activation="{activation}"')
                i += 1
            options += [] if layer["args"]["bias"] else ["use_bias=False"]
            lines.append(f"layers.Dense({', '.join(options + dtype)})")
        else:
            text, options, ndim = _keras_layer(where, layer, ndim)
            lines.append(f"layers.{text}({', '.join(options + dtype)})")
        i += 1
    body = "".join(f"    {line},\n" for line in lines)
    return (
        f"import keras\nfrom keras import layers\n\n{name} = keras.Sequential([\n{body}])\n\n"
        "# Weights: a Dense kernel is the Linear weight transposed, K = Wᵀ of shape (in, out), since Keras computes\n"
        "# X K + b where PyTorch computes X Wᵀ + b; the bias is the same. To copy mldlab's weights:\n"
        f"# {name}.set_weights(mldlab.interop.keras_weights(mldlab_model))\n"
    )


def keras_weights(module: Module) -> list:
    """The weights of ``module`` in the order Keras's ``model.set_weights`` expects for ``to_keras_code``'s model.

    For each Linear layer in order: its kernel K = Wᵀ, of shape (in_features, out_features), then its bias b
    (if it has one). The other layers have no weights.

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
    config = _config(module, "keras_weights")
    state_dict = module.state_dict()
    weights = []
    for where, layer in _leaves(config, ""):
        if layer["class"] == "Linear":
            prefix = f"{where}." if where else ""
            weights.append(np.ascontiguousarray(state_dict[prefix + "weight"]._data.T))  # K = Wᵀ
            if layer["args"]["bias"]:
                weights.append(state_dict[prefix + "bias"]._data.copy())
    return weights


def _leaves(config: dict, where: str) -> list:
    """The layers in order, with their dotted names, nested Sequentials unpacked (Keras gets one flat list)."""
    if config["class"] != "Sequential":
        return [(where, config)]
    leaves = []
    for child in config["children"]:
        leaves += _leaves(child, f"{where}.{child['name']}" if where else child["name"])
    return leaves


def _input_shape(leaves: list, input_shape) -> tuple:
    if input_shape is None:
        for _, layer in leaves:
            if layer["class"] == "Linear":
                return (layer["args"]["in_features"],)
            if layer["class"] == "Flatten":
                break
        raise ValueError(message("interop_keras_input_shape"))
    try:
        shape = tuple(operator.index(size) for size in input_shape)
    except TypeError:
        shape = ()
    if not shape or min(shape) <= 0:
        raise ValueError(message("interop_keras_bad_shape", shape=input_shape))
    return shape


def _axis(dim, ndim: int) -> int:
    """The axis a softmax works along, as PyTorch chooses it (dim=None: 0 for 1-d and 3-d inputs, else 1)."""
    if dim is None:
        return 0 if ndim in (0, 1, 3) else 1
    return dim + ndim if dim < 0 else dim


def _keras_activation(layer: dict | None, ndim: int) -> str | None:
    """The Keras activation name for a layer that can go inside the Dense before it, or None."""
    if layer is None:
        return None
    name = layer["class"]
    if name in _KERAS_ACTIVATIONS:
        return _KERAS_ACTIVATIONS[name]
    if name in ("Softmax", "LogSoftmax") and _axis(layer["args"]["dim"], ndim) == ndim - 1:
        return "softmax" if name == "Softmax" else "log_softmax"
    return None


def _keras_layer(where: str, layer: dict, ndim: int) -> tuple:
    """(Keras layer class, its options, the number of axes after it) for a layer other than Linear."""
    name, args = layer["class"], layer["args"]

    def unsupported(key: str, **values):
        return ValueError(message("interop_keras_unsupported", layer=_layer(where, name),
                                  reason=message(key, **values)))

    if name in _KERAS_ACTIVATIONS:
        return "Activation", [f'"{_KERAS_ACTIVATIONS[name]}"'], ndim
    if name == "LeakyReLU":  # Keras's default slope is 0.3, PyTorch's 0.01: always written out
        return "LeakyReLU", [f"negative_slope={args['negative_slope']!r}"], ndim
    if name == "Dropout":
        return "Dropout", [repr(args["p"])], ndim
    if name == "Identity":
        return "Identity", [], ndim
    if name == "Flatten":
        start, end = (_axis(args[key], ndim) for key in ("start_dim", "end_dim"))
        if (start, end) != (1, ndim - 1):
            raise unsupported("interop_keras_flatten", start=args["start_dim"], end=args["end_dim"], ndim=ndim)
        return "Flatten", [], 2
    axis = _axis(args["dim"], ndim)  # Softmax, LogSoftmax
    if not 0 <= axis < ndim:
        raise unsupported("interop_keras_dim", dim=args["dim"], ndim=ndim)
    if axis == 0:
        raise unsupported("interop_keras_batch_axis", dim=axis)
    if name == "LogSoftmax":
        if axis != ndim - 1:
            raise unsupported("interop_keras_log_softmax", dim=args["dim"], ndim=ndim)
        return "Activation", ['"log_softmax"'], ndim
    return "Softmax", [] if axis == ndim - 1 else [f"axis={axis}"], ndim
