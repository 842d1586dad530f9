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

Only networks built from the layers of ``mldlab.nn.config.LAYERS`` (a ``Sequential`` of ``Linear``,
activations, ``Dropout``, ``Flatten``, ...) are converted. For a network of your own class, write the same
class in PyTorch (same attribute names) and copy the weights with ``load_state_dict``.

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

import json
import keyword
import operator
from collections import OrderedDict

import numpy as np

from mldlab.i18n import message
from mldlab.nn.config import ARGUMENTS, DTYPES, LAYERS, _layer, _rebuild, _to_config, supported_layers
from mldlab.nn.module import Module

_KERAS_ACTIVATIONS = {"Sigmoid": "sigmoid", "Tanh": "tanh", "ReLU": "relu"}


# ---------------------------------------------------------------------- PyTorch modules
def to_torch(module: Module):
    """The same network as a ``torch.nn`` module, with the same weights (float32 stays float32, float64 float64).

    Parameters
    ----------
    module : Module
        A ``Sequential`` or a single layer, built from the layers of ``mldlab.nn.config.LAYERS``.

    Returns
    -------
    torch.nn.Module
        Same layers, same names (so the same ``state_dict`` keys), same training/evaluation mode. The
        weights are copies: training one network does not change the other.

    Raises
    ------
    TypeError
        For a layer PyTorch equivalents are not defined for here (your own class): the message names it.
    ImportError
        When PyTorch is not installed.
    """
    torch = _import_torch("to_torch")
    config = _config(module, "to_torch")
    torch_module = _torch_module(torch, config)
    torch_module.load_state_dict({key: torch.from_numpy(value._data.copy())
                                  for key, value in module.state_dict().items()})
    _copy_modes(module, torch_module)
    return torch_module


def from_torch(torch_module) -> Module:
    """The mldlab equivalent of a ``torch.nn`` network, with the same weights and mode.

    Parameters
    ----------
    torch_module : torch.nn.Module
        A ``torch.nn.Sequential`` or a single layer, built from the PyTorch layers of the same names as
        ``mldlab.nn.config.LAYERS`` (``nn.Linear``, ``nn.ReLU``, ``nn.Dropout``, ...).

    Returns
    -------
    Module

    Raises
    ------
    TypeError
        For a layer mldlab has no equivalent of (e.g. ``nn.Conv2d``, or your own class), naming it and the
        supported layers.
    """
    torch = _import_torch("from_torch")
    if not isinstance(torch_module, torch.nn.Module):
        raise TypeError(message("interop_not_torch", type=_type_name(torch_module)))
    config = _torch_config(torch, torch_module, "")
    state_dict = {key: value.detach().cpu().numpy() for key, value in torch_module.state_dict().items()}
    module = _rebuild(config, state_dict, "from_torch")
    _copy_modes(torch_module, module)
    return module


def _import_torch(op: str):
    try:
        import torch
    except ImportError:
        raise ImportError(message("interop_no_torch", op=op)) from None
    return torch


def _torch_module(torch, config: dict):
    """Build the ``torch.nn`` module a (checked) description stands for: the classes have the same names."""
    name, args = config["class"], dict(config["args"])
    if name == "Sequential":
        return torch.nn.Sequential(OrderedDict((child["name"], _torch_module(torch, child))
                                               for child in config["children"]))
    if name == "Linear":
        args["dtype"] = getattr(torch, args["dtype"])
    return getattr(torch.nn, name)(**args)


def _torch_config(torch, torch_module, where: str) -> dict:
    """The description of a ``torch.nn`` network, in the form of ``mldlab.nn.config``."""
    name = type(torch_module).__name__
    if name not in LAYERS or getattr(torch.nn, name) is not type(torch_module):
        raise TypeError(message("interop_torch_unsupported", layer=_layer(where, name),
                                supported=supported_layers()))
    if name == "Sequential":
        children = []
        for child_name, child in torch_module.named_children():
            child_where = f"{where}.{child_name}" if where else child_name
            children.append({"name": child_name, **_torch_config(torch, child, child_where)})
        return {"class": name, "args": {}, "children": children}
    args = {arg: getattr(torch_module, arg) for arg in ARGUMENTS[name] if arg not in ("bias", "dtype")}
    if name == "Linear":
        dtype = str(torch_module.weight.dtype).removeprefix("torch.")
        if dtype not in DTYPES:
            raise TypeError(message("interop_torch_dtype", layer=_layer(where, name), dtype=torch_module.weight.dtype))
        args.update(bias=torch_module.bias is not None, dtype=dtype)
    return {"class": name, "args": args}


def _copy_modes(source, target) -> None:
    """Training or evaluation mode, layer by layer (both networks have the same layers in the same order)."""
    pairs = zip(source.named_modules(remove_duplicate=False), target.named_modules(remove_duplicate=False))
    for (_, one), (_, other) in pairs:
        other.training = one.training


# ---------------------------------------------------------------------- PyTorch source
def to_pytorch_code(module: Module, name: str = "model") -> str:
    """The PyTorch source that builds the same network, as written on the slides.

    Parameters
    ----------
    module : Module
    name : str, default "model"
        The variable the network is assigned to.

    Returns
    -------
    str
        Python source. Running it builds the network with fresh random weights; copy mldlab's in with
        ``model.load_state_dict({k: torch.from_numpy(v.numpy()) for k, v in mldlab_model.state_dict().items()})``
        (the names are the same), or use ``to_torch`` directly.

    Examples
    --------
    >>> from collections import OrderedDict
    >>> from mldlab import nn
    >>> net = nn.Sequential(OrderedDict([("hidden", nn.Linear(2, 3, bias=False)), ("g", nn.LeakyReLU(0.1))]))
    >>> print(to_pytorch_code(net, name="net"))
    from collections import OrderedDict
    <BLANKLINE>
    import torch
    from torch import nn
    <BLANKLINE>
    net = nn.Sequential(OrderedDict([
        ("hidden", nn.Linear(2, 3, bias=False)),
        ("g", nn.LeakyReLU(0.1)),
    ]))
    <BLANKLINE>
    """
    config = _config(module, "to_pytorch_code")
    _check_name(name, "to_pytorch_code")
    expression = _torch_expression(config, 0)
    imports = "import torch\nfrom torch import nn\n"
    if "OrderedDict([" in expression:
        imports = "from collections import OrderedDict\n\n" + imports
    return f"{imports}\n{name} = {expression}\n"


def _torch_expression(config: dict, depth: int) -> str:
    name, args = config["class"], config["args"]
    if name != "Sequential":
        return f"nn.{name}({', '.join(_torch_arguments(name, args))})"
    children = config["children"]
    if not children:
        return "nn.Sequential()"
    inner, outer = "    " * (depth + 1), "    " * depth
    if all(child["name"] == str(i) for i, child in enumerate(children)):
        lines = [f"{inner}{_torch_expression(child, depth + 1)}," for child in children]
        return "nn.Sequential(\n" + "\n".join(lines) + f"\n{outer})"
    lines = [f"{inner}({json.dumps(child['name'], ensure_ascii=False)}, {_torch_expression(child, depth + 1)}),"
             for child in children]
    return "nn.Sequential(OrderedDict([\n" + "\n".join(lines) + f"\n{outer}]))"


def _torch_arguments(name: str, args: dict) -> list:
    """The constructor arguments as one would write them: the main ones by position, others only if not default."""
    if name == "Linear":
        parts = [str(args["in_features"]), str(args["out_features"])]
        parts += [] if args["bias"] else ["bias=False"]
        parts += [] if args["dtype"] == "float32" else [f"dtype=torch.{args['dtype']}"]
    elif name == "Flatten":
        parts = [f"start_dim={args['start_dim']}"] if args["start_dim"] != 1 else []
        parts += [f"end_dim={args['end_dim']}"] if args["end_dim"] != -1 else []
    elif name in ("Softmax", "LogSoftmax"):
        parts = [] if args["dim"] is None else [f"dim={args['dim']}"]
    elif name == "LeakyReLU":
        parts = [repr(args["negative_slope"])]
    elif name == "Dropout":
        parts = [repr(args["p"])]
    else:
        parts = []
    return parts + (["inplace=True"] if args.get("inplace") else [])


# ---------------------------------------------------------------------- Keras source and weights
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


# ---------------------------------------------------------------------- shared checks
def _config(module, op: str) -> dict:
    if not isinstance(module, Module):
        raise TypeError(message("config_not_module", op=op, type=_type_name(module),
                                hint=message("interop_hint_from_torch")))
    return _to_config(module, op)


def _check_name(name, op: str) -> None:
    if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
        raise ValueError(message("interop_code_name", op=op, name=name))


def _type_name(value) -> str:
    cls = type(value)
    return cls.__name__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"
