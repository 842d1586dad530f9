"""The Keras 3 source that builds an mldlab network, and its weights in Keras's order (K = Wᵀ).

Why the weights are transposed, (1) Z = X Wᵀ + b against (2) Z = X K + b, is explained in ``mldlab.interop``.
"""

import operator

import numpy as np

from mldlab.i18n import message
from mldlab.interop._checks import _as_nn, _check_name, _config, _leaves
from mldlab.nn.module import Module


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
    module = _as_nn(module)
    _config(module, "to_keras_code")
    _check_name(name, "to_keras_code")
    leaves = _leaves(module)
    dtypes = sorted({p.dtype.name for p in module.parameters()})
    if len(dtypes) > 1:
        raise ValueError(message("interop_keras_dtypes", dtypes=", ".join(dtypes)))
    dtype = [f'dtype="{dtypes[0]}"'] if dtypes and dtypes[0] != "float32" else []
    shape = _input_shape(leaves, input_shape)
    lines = [f"keras.Input({', '.join([f'shape={shape!r}', *dtype])})"]
    ndim = len(shape) + 1  # with the batch axis
    keras_layers = []
    for where, layer in leaves:
        keras_layer = _keras_layer(where, layer, ndim)
        ndim = keras_layer.get("ndim") or ndim
        previous = keras_layers[-1] if keras_layers else None
        if keras_layer.get("activation") and previous and previous.get("dense") and not previous.get("activation"):
            previous["options"].append(f'activation="{keras_layer["activation"]}"')  # Dense(8, activation="tanh")
            previous["activation"] = keras_layer["activation"]
            continue
        keras_layers.append(keras_layer)
    for keras_layer in keras_layers:
        options = keras_layer["options"]
        if keras_layer.get("dense"):  # Dense(units, activation=..., use_bias=False): the activation comes second
            options = options[:1] + [o for o in options if o.startswith("activation=")] + [
                o for o in options[1:] if not o.startswith("activation=")]
        lines.append(f"layers.{keras_layer['layer']}({', '.join(options + dtype)})")
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
    module = _as_nn(module)
    _config(module, "keras_weights")
    weights = []
    for _, layer in _leaves(module):
        if _keras_layer("", layer, 2).get("dense"):
            weights.append(np.ascontiguousarray(layer.weight._data.T))  # K = Wᵀ
            if layer.bias is not None:
                weights.append(layer.bias._data.copy())
    return weights


def _keras_layer(where: str, layer: Module, ndim: int) -> dict:
    """The layer's Keras equivalent, ``{"layer": ..., "options": [...]}`` (``layer._keras_layer``), or a clear error
    naming the layer when Keras has none."""
    hook = getattr(layer, "_keras_layer", None)
    name = type(layer).__name__
    if hook is None:
        raise ValueError(message("interop_keras_unsupported", layer=_where(where, name),
                                 reason=message("interop_keras_no_layer")))
    try:
        result = hook(ndim)
    except ValueError as error:
        raise ValueError(message("interop_keras_unsupported", layer=_where(where, name), reason=str(error))) from None
    return {**result, "options": list(result["options"])}


def _input_shape(leaves: list, input_shape) -> tuple:
    """``input_shape``, or else ``(in_features,)`` of the first layer that has it, if no layer before it changes the
    shape (a Flatten would)."""
    if input_shape is None:
        for where, layer in leaves:
            if hasattr(layer, "in_features"):
                return (layer.in_features,)
            if _keras_layer(where, layer, 2).get("ndim"):
                break
        raise ValueError(message("interop_keras_input_shape"))
    try:
        shape = tuple(operator.index(size) for size in input_shape)
    except TypeError:
        shape = ()
    if not shape or min(shape) <= 0:
        raise ValueError(message("interop_keras_bad_shape", shape=input_shape))
    return shape


def _where(where: str, cls: str) -> str:
    return f"'{where}' ({cls})" if where else cls
