"""Architecture ⇄ JSON: describe a network as data (layer classes and constructor arguments), and rebuild it.

To store a whole model, a file needs the architecture besides the weights. Python's pickle would store
references to code and run them when loading, so a file could run anything. mldlab writes the architecture
as plain data instead, the way the model was written in code:

    nn.Sequential(nn.Linear(2, 8), nn.Tanh())
    ⇄ {"class": "Sequential", "children": [
          {"name": "0", "class": "Linear", "args": {"in_features": 2, "out_features": 8, "bias": true,
                                                   "dtype": "float32"}},
          {"name": "1", "class": "Tanh", "args": {}}]}

Each layer is ``{"class": name, "args": {constructor arguments}}``; a ``Sequential`` adds ``"children"``,
each with its ``"name"`` (the key in the ``state_dict``). Rebuilding creates only the layers of ``LAYERS``:
a file can name a layer, but never code. A network of your own class (``class Net(nn.Module)``) cannot be
described this way: save its ``state_dict()`` and build ``Net()`` in code.

Examples
--------
>>> from mldlab import nn
>>> from mldlab.nn.config import module_from_config, module_to_config
>>> config = module_to_config(nn.Sequential(nn.Linear(2, 8), nn.Tanh()))
>>> config["children"][0]
{'name': '0', 'class': 'Linear', 'args': {'in_features': 2, 'out_features': 8, 'bias': True, 'dtype': 'float32'}}
>>> module_from_config(config)
Sequential(
  (0): Linear(in_features=2, out_features=8, bias=True)
  (1): Tanh()
)
"""

import math
import operator
from collections import OrderedDict

from mldlab import _random
from mldlab.i18n import message
from mldlab.nn.activation import LeakyReLU, LogSoftmax, ReLU, Sigmoid, Softmax, Tanh
from mldlab.nn.container import Sequential
from mldlab.nn.dropout import Dropout
from mldlab.nn.flatten import Flatten
from mldlab.nn.linear import Identity, Linear
from mldlab.nn.module import Module

LAYERS = {
    "Sequential": Sequential,
    "Linear": Linear,
    "Identity": Identity,
    "Flatten": Flatten,
    "Sigmoid": Sigmoid,
    "Tanh": Tanh,
    "ReLU": ReLU,
    "LeakyReLU": LeakyReLU,
    "Softmax": Softmax,
    "LogSoftmax": LogSoftmax,
    "Dropout": Dropout,
}
"""The only classes ``module_from_config`` ever creates, by the name written in the description."""

ARGUMENTS = {
    "Sequential": (),
    "Linear": ("in_features", "out_features", "bias", "dtype"),
    "Identity": (),
    "Flatten": ("start_dim", "end_dim"),
    "Sigmoid": (),
    "Tanh": (),
    "ReLU": ("inplace",),
    "LeakyReLU": ("negative_slope", "inplace"),
    "Softmax": ("dim",),
    "LogSoftmax": ("dim",),
    "Dropout": ("p", "inplace"),
}
"""The constructor arguments each layer's description holds."""

DTYPES = ("float16", "float32", "float64")
_REQUIRED = {"in_features", "out_features"}


def module_to_config(module: Module) -> dict:
    """The architecture of ``module`` as JSON-able data: class names, constructor arguments and children.

    Parameters
    ----------
    module : Module
        A ``Sequential`` (nested ones too) or a single layer, built from the classes of ``LAYERS``.

    Returns
    -------
    dict
        ``{"class": ..., "args": {...}}``, plus ``"children"`` (each with its ``"name"``) for a Sequential.
        ``json.dumps`` can write it.

    Raises
    ------
    TypeError
        For a layer outside ``LAYERS`` (your own ``nn.Module`` class, or a subclass of a listed layer), or a
        listed layer with parameters its class does not create. Save ``module.state_dict()`` instead.

    Examples
    --------
    >>> from mldlab import nn
    >>> module_to_config(nn.Dropout(0.2))
    {'class': 'Dropout', 'args': {'p': 0.2, 'inplace': False}}
    """
    return _to_config(module, "module_to_config")


def module_from_config(config: dict) -> Module:
    """A new module built from a description made by ``module_to_config`` (with fresh random weights).

    Only the classes of ``LAYERS`` are ever created, and every argument is checked first: a description
    read from a file cannot run code.

    Parameters
    ----------
    config : dict
        ``{"class": ..., "args": {...}, "children": [...]}`` as written by ``module_to_config``.

    Returns
    -------
    Module

    Raises
    ------
    ValueError
        For a class outside ``LAYERS`` (naming it and the supported ones) or an invalid description.

    Examples
    --------
    >>> module_from_config({"class": "Linear", "args": {"in_features": 3, "out_features": 1}})
    Linear(in_features=3, out_features=1, bias=True)
    >>> module_from_config({"class": "Conv2d", "args": {}})
    Traceback (most recent call last):
        ...
    ValueError: module_from_config: the architecture names a layer 'Conv2d' that mldlab cannot build. ...
    """
    return _from_config(config, "module_from_config", "", is_child=False)


def supported_layers() -> str:
    """The names of the layers that can be described, for messages: ``'Sequential, Linear, ...'``."""
    return ", ".join(LAYERS)


# ---------------------------------------------------------------------- module → config
def _to_config(module, op: str, where: str = "") -> dict:
    if not isinstance(module, Module):
        raise TypeError(message("config_not_module", op=op, type=_type_name(module), hint=""))
    name = type(module).__name__
    if LAYERS.get(name) is not type(module):
        raise TypeError(message("config_unsupported", op=op, layer=_layer(where, name), cls=name,
                                supported=supported_layers()))
    _check_members(module, name, op, where)
    config = {"class": name, "args": {arg: _argument(module, arg) for arg in ARGUMENTS[name]}}
    if name == "Sequential":
        children = []
        for child_name, child in module._modules.items():
            child_where = f"{where}.{child_name}" if where else child_name
            children.append({"name": child_name, **_to_config(child, op, child_where)})
        config["children"] = children
    # Values the user set (e.g. Dropout(p=np.float64(0.2))) must also be valid in a file.
    _check_args(name, config["args"], op, where)
    return config


def _argument(module: Module, arg: str):
    """The constructor argument ``arg`` as a plain JSON value, read back from the layer."""
    if arg == "bias":
        return module.bias is not None
    if arg == "dtype":
        return module.weight.dtype.name
    value = getattr(module, arg)
    if isinstance(value, bool) or value is None:
        return value
    if arg in ("in_features", "out_features", "start_dim", "end_dim", "dim"):
        try:
            return operator.index(value)
        except TypeError:
            return value
    try:
        return float(value)
    except (TypeError, ValueError):
        return value


def _check_members(module: Module, name: str, op: str, where: str) -> None:
    """Refuse a listed layer holding what its constructor does not make (it could not be rebuilt)."""
    expected = {"weight", "bias"} if name == "Linear" else set()
    extra = [key for key in module._parameters if key not in expected]
    extra += [key for key in module._buffers]
    if name != "Sequential":
        extra += [key for key in module._modules]
    if extra:
        raise TypeError(message("config_extra_members", op=op, layer=_layer(where, name), cls=name,
                                members=", ".join(f"'{key}'" for key in extra)))
    if name == "Linear":
        weight, bias = module.weight, module.bias
        shape_ok = weight is not None and weight.shape == (module.out_features, module.in_features)
        bias_ok = bias is None or (bias.shape == (module.out_features,) and bias.dtype == weight.dtype)
        if not (shape_ok and bias_ok):
            raise TypeError(message("config_linear_shape", op=op, layer=_layer(where, name), inp=module.in_features,
                                    out=module.out_features, shape=None if weight is None else weight.shape))


# ---------------------------------------------------------------------- config → module
def _from_config(config, op: str, where: str, is_child: bool) -> Module:
    if not isinstance(config, dict):
        _invalid(op, where, "config_problem_object", got=_type_name(config))
    name = config.get("class")
    if not isinstance(name, str):
        _invalid(op, where, "config_problem_value", entry="class", expected=_expected("config_expect_one_of",
                 choices=supported_layers()), got=repr(name))
    if name not in LAYERS:
        raise ValueError(message("config_unknown_layer", op=op, layer=_layer(where, repr(name)),
                                 supported=supported_layers()))
    allowed = ["class", "args"] + (["children"] if name == "Sequential" else []) + (["name"] if is_child else [])
    for key in config:
        if key not in allowed:
            _invalid(op, where, "config_problem_key", entry=key, allowed=", ".join(allowed))
    args = config.get("args", {})
    if not isinstance(args, dict):
        _invalid(op, f"{where}.args" if where else "args", "config_problem_object", got=_type_name(args))
    _check_args(name, args, op, where)

    if name != "Sequential":
        return LAYERS[name](**args)
    children = config.get("children", [])
    if not isinstance(children, list):
        _invalid(op, where, "config_problem_value", entry="children", expected=_expected("config_expect_list"),
                 got=_type_name(children))
    modules = OrderedDict()
    for child in children:
        child_name = child.get("name") if isinstance(child, dict) else None
        if not isinstance(child_name, str) or not child_name or "." in child_name or child_name in modules:
            _invalid(op, where, "config_problem_name", got=repr(child_name))
        child_where = f"{where}.{child_name}" if where else child_name
        modules[child_name] = _from_config(child, op, child_where, is_child=True)
    return Sequential(modules)


def _check_args(name: str, args: dict, op: str, where: str) -> None:
    """Every argument known for this class and of the right kind (a file may have been edited)."""
    for key, value in args.items():
        if key not in ARGUMENTS[name]:
            _invalid(op, where, "config_problem_key", entry=key, allowed=", ".join(ARGUMENTS[name]) or "-")
        expected = _argument_problem(key, value)
        if expected is not None:
            _invalid(op, where, "config_problem_value", entry=key, expected=expected, got=repr(value))
    for key in _REQUIRED & set(ARGUMENTS[name]):
        if key not in args:
            _invalid(op, where, "config_problem_missing", entry=key)


def _argument_problem(key: str, value) -> str | None:
    """What ``value`` should have been for the argument ``key`` (None when it is fine)."""
    is_int = isinstance(value, int) and not isinstance(value, bool)
    is_number = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if key in ("in_features", "out_features"):
        return None if is_int and value >= 0 else _expected("config_expect_count")
    if key in ("start_dim", "end_dim"):
        return None if is_int else _expected("config_expect_int")
    if key == "dim":
        return None if is_int or value is None else _expected("config_expect_dim")
    if key in ("bias", "inplace"):
        return None if isinstance(value, bool) else _expected("config_expect_bool")
    if key == "dtype":
        return None if value in DTYPES else _expected("config_expect_one_of", choices=", ".join(DTYPES))
    if key == "negative_slope":
        return None if is_number else _expected("config_expect_number")
    if key == "p":
        return None if is_number and 0 <= value <= 1 else _expected("config_expect_probability")
    return None


def _rebuild(config: dict, state_dict, op: str) -> Module:
    """Build the module of ``config`` and copy ``state_dict`` into it, leaving the global random stream as it was.

    Building draws starting weights that are overwritten at once; restoring the stream keeps a resumed run
    (load, then go on training with dropout or shuffling) the same as one that never stopped.
    """
    generator = _random.default_generator.numpy
    saved = generator.bit_generator.state
    try:
        module = _from_config(config, op, "", is_child=False)
    finally:
        generator.bit_generator.state = saved
    module.load_state_dict(state_dict)
    return module


# ---------------------------------------------------------------------- messages
def _invalid(op: str, where: str, problem_key: str, **values) -> None:
    raise ValueError(message("config_invalid", op=op, where=f"'{where}'" if where else "the top",
                             problem=message(problem_key, **values)))


def _expected(key: str, **values) -> str:
    return message(key, **values)


def _layer(where: str, cls: str) -> str:
    """``'0.fc' (Linear)`` for a layer inside a network, ``Linear`` for the network itself."""
    return f"'{where}' ({cls})" if where else cls


def _type_name(value) -> str:
    cls = type(value)
    return cls.__name__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"
