"""Architecture ⇄ JSON: describe a network as data (layer names and constructor arguments), and rebuild it.

To store a whole model, a file needs the architecture besides the weights. Python's pickle would store
references to code and run them when loading, so a file could run anything. mldlab writes the architecture
as plain data instead, the way the model was written in code:

    nn.Sequential(nn.Linear(2, 8), nn.Tanh())
    ⇄ {"class": "Sequential", "args": {}, "children": [
          {"name": "0", "class": "Linear", "args": {"in_features": 2, "out_features": 8, "bias": true,
                                                   "dtype": "float32"}},
          {"name": "1", "class": "Tanh", "args": {}}]}

Each layer knows its own description: ``layer.get_config()`` gives its constructor arguments (Keras's name),
and ``Layer.from_config(args)`` builds it again. A layer class is listed in ``LAYERS`` by the decorator
``@register_layer`` in its own file; rebuilding creates only the classes listed there, so a file can name a
layer, but never code. A container whose children belong to the description (``Sequential``) has
``"children"``, each with its ``"name"`` (the key in the ``state_dict``); a layer used twice in one network is
written once and referred to again (``{"name": "2", "same_as": "0"}``), so it stays one layer after loading.

A network of your own class (``class Net(nn.Module)``) cannot be described this way: save its
``state_dict()`` and build ``Net()`` in code.

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

import contextlib
import functools
import inspect
import math
from collections import OrderedDict

from mldlab import _random
from mldlab.i18n import message
from mldlab.nn.module import Module

LAYERS: dict = {}
"""name → class: the only classes ``module_from_config`` ever creates, by the name written in the description."""

_NAMES: dict = {}  # class → its registered name

_JSON_SCALARS = (bool, int, float, str, type(None))
_RUNTIME_ARGUMENTS = ("device", "generator")  # where and how a layer runs, not what it is: never from a file


def register_layer(name_or_class=None):
    """Class decorator: list a layer in ``LAYERS`` so that files may name it.

    ``@register_layer`` lists it under its class name; ``@register_layer("keras.Dense")`` under another name
    (for layers of two families that share a class name, such as Keras's and PyTorch's ``Dropout``).
    """

    def register(cls, name=None):
        name = name or cls.__name__
        taken = LAYERS.get(name, cls)
        if (taken.__module__, taken.__qualname__) != (cls.__module__, cls.__qualname__):  # a reload may repeat it
            raise ValueError(f"register_layer: the name {name!r} is taken by {taken.__module__}.{taken.__qualname__}")
        LAYERS[name] = cls
        _NAMES[cls] = name
        return cls

    if isinstance(name_or_class, type):
        return register(name_or_class)
    return lambda cls: register(cls, name_or_class)


def layer_name(module: Module) -> str | None:
    """The name ``module``'s class is listed under in ``LAYERS`` (None for a class that is not listed)."""
    return _NAMES.get(type(module))


def supported_layers() -> str:
    """The names of the layers that can be described, for messages: ``'Sequential, Linear, ...'``."""
    return ", ".join(sorted(LAYERS))


def module_to_config(module: Module) -> dict:
    """The architecture of ``module`` as JSON-able data: layer names, constructor arguments and children.

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
        listed layer that holds what its constructor does not make. Save ``module.state_dict()`` instead.

    Examples
    --------
    >>> from mldlab import nn
    >>> module_to_config(nn.Dropout(0.2))
    {'class': 'Dropout', 'args': {'p': 0.2, 'inplace': False}}
    """
    return _describe(module, "module_to_config")


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
    >>> module_from_config({"class": "Conv9d", "args": {}})
    Traceback (most recent call last):
        ...
    ValueError: module_from_config: the architecture names a layer 'Conv9d' that mldlab cannot build. ...
    """
    return _Builder("module_from_config").build_root(config)


def rebuild(config: dict, state_dict, op: str) -> Module:
    """Build the module of ``config`` and copy ``state_dict`` into it, leaving the random stream as it was.

    Building draws starting weights that are overwritten at once; keeping the stream unchanged keeps a resumed
    run (load, then go on training with dropout or shuffling) the same as one that never stopped.
    """
    with _random_stream_kept():
        module = _Builder(op).build_root(config)
    module.load_state_dict(state_dict)
    return module


def check_rebuildable(module: Module, op: str) -> dict:
    """``module_to_config(module)``, after checking that the description builds a network with the same
    parameters and buffers (names, shapes, dtypes): what ``load`` will need to put the weights back."""
    config = _describe(module, op)
    with _random_stream_kept():
        fresh = _Builder(op).build_root(config)
    expected = {name: f"{tuple(t.shape)} {t.dtype.name}" for name, t in fresh.state_dict().items()}
    found = {name: f"{tuple(t.shape)} {t.dtype.name}" for name, t in module.state_dict().items()}
    if expected != found:
        different = sorted(set(expected.items()) ^ set(found.items()))
        name = different[0][0]
        owner, _, member = name.rpartition(".")
        layer = module.get_submodule(owner) if owner else module
        raise TypeError(message("config_members_differ", op=op, layer=_layer(owner, type(layer).__name__),
                                member=member, found=found.get(name), expected=expected.get(name)))
    return config


@contextlib.contextmanager
def _random_stream_kept():
    generator = _random.get_rng()
    saved = generator.bit_generator.state
    try:
        yield
    finally:
        generator.bit_generator.state = saved


def _describe(module, op: str) -> dict:
    """The description of a whole network: its layers, and ``"tied"``, the parameters one layer borrows from
    another (``[["2.weight", "0.weight"]]``), so that they are still one parameter after loading."""
    config = _to_config(module, op)
    first, tied = {}, []
    if isinstance(module, Module):
        for name, parameter in module.named_parameters(remove_duplicate=False):
            if id(parameter) in first and not _same_layer(module, name, first[id(parameter)]):
                tied.append([name, first[id(parameter)]])
            first.setdefault(id(parameter), name)
    if tied:
        config["tied"] = tied
    return config


def _same_layer(module: Module, name: str, other: str) -> bool:
    """Whether two parameter names belong to one layer used twice (already kept together by "same_as")."""
    owner, _, member = name.rpartition(".")
    other_owner, _, other_member = other.rpartition(".")
    return member == other_member and module.get_submodule(owner) is module.get_submodule(other_owner)


def _to_config(module, op: str, where: str = "", seen: dict | None = None) -> dict:
    if not isinstance(module, Module):
        raise TypeError(message("config_not_module", op=op, type=_type_name(module), hint=""))
    seen = {} if seen is None else seen
    name = layer_name(module)
    if name is None:
        cls = type(module).__name__
        raise TypeError(message("config_unsupported", op=op, layer=_layer(where, cls), cls=cls,
                                supported=supported_layers()))
    args = module.get_config()
    problem = _json_problem(args)
    if problem is not None:
        raise TypeError(message("config_not_json", op=op, layer=_layer(where, name), problem=problem))
    config = {"class": name, "args": args}
    if getattr(type(module), "_config_children", False):
        children = []
        for child_name, child in module._modules.items():
            child_where = f"{where}.{child_name}" if where else child_name
            if id(child) in seen:
                children.append({"name": child_name, "same_as": seen[id(child)]})
                continue
            seen[id(child)] = child_where
            children.append({"name": child_name, **_to_config(child, op, child_where, seen)})
        config["children"] = children
    elif module._modules:
        members = ", ".join(f"'{key}'" for key in module._modules)
        raise TypeError(message("config_extra_members", op=op, layer=_layer(where, name), cls=name, members=members))
    return config


def _json_problem(value, depth: int = 0, finite: bool = True) -> str | None:
    """Why ``value`` is not plain JSON data (None when it is); with ``finite``, nan and ±inf are not (JSON has no
    numbers for them), otherwise they are left to the layer's own check."""
    if depth > 20:
        return "nested too deeply"
    if finite and isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    if isinstance(value, _JSON_SCALARS):
        return None
    if isinstance(value, (list, tuple)):
        return next((p for p in (_json_problem(item, depth + 1, finite) for item in value) if p), None)
    if isinstance(value, dict):
        if not all(isinstance(key, str) for key in value):
            return "a key that is not text"
        return next((p for p in (_json_problem(item, depth + 1, finite) for item in value.values()) if p), None)
    return type(value).__name__


class _Builder:
    """Builds a description into modules, checking each entry first (a description may come from a file)."""

    def __init__(self, op: str):
        self.op = op
        self.built = {}  # dotted name → module, for "same_as"

    def build_root(self, config) -> Module:
        tied = []
        if isinstance(config, dict):
            config = dict(config)
            tied = config.pop("tied", [])
        module = self.build(config, "", is_child=False)
        parameters = dict(module.named_parameters(remove_duplicate=False))
        if not isinstance(tied, list):
            self.invalid("tied", message("config_problem_object", got=_type_name(tied)))
        for pair in tied:
            if not (isinstance(pair, list) and len(pair) == 2 and all(name in parameters for name in pair)
                    and parameters[pair[0]].shape == parameters[pair[1]].shape):
                self.invalid("tied", message("config_problem_tied", got=repr(pair)[:80]))
            owner, _, member = pair[0].rpartition(".")
            setattr(module.get_submodule(owner) if owner else module, member, parameters[pair[1]])
        return module

    def build(self, config, where: str, is_child: bool) -> Module:
        if not isinstance(config, dict):
            self.invalid(where, message("config_problem_object", got=_type_name(config)))
        if is_child and "same_as" in config:
            return self.same_as(config, where)
        name = config.get("class")
        if not isinstance(name, str):
            expected = message("config_expect_one_of", choices=supported_layers())
            self.invalid(where, message("config_problem_value", entry="class", expected=expected, got=repr(name)))
        cls = LAYERS.get(name)
        if cls is None:
            raise ValueError(message("config_unknown_layer", op=self.op, layer=_layer(where, repr(name)),
                                     supported=supported_layers()))
        has_children = getattr(cls, "_config_children", False)
        allowed = ["class", "args"] + (["children"] if has_children else []) + (["name"] if is_child else [])
        for key in config:
            if key not in allowed:
                self.invalid(where, message("config_problem_key", entry=key, allowed=", ".join(allowed)))
        args = config.get("args", {})
        if not isinstance(args, dict):
            self.invalid(f"{where}.args" if where else "args", message("config_problem_object", got=_type_name(args)))
        self.check_args(cls, args, where)
        if not has_children:
            return self.construct(cls, args, where)
        children = config.get("children", [])
        if not isinstance(children, list):
            self.invalid(where, message("config_problem_value", entry="children",
                                        expected=message("config_expect_list"), got=_type_name(children)))
        modules = OrderedDict()
        for child in children:
            child_name = child.get("name") if isinstance(child, dict) else None
            if not isinstance(child_name, str) or not child_name or "." in child_name or child_name in modules:
                self.invalid(where, message("config_problem_name", got=repr(child_name)))
            child_where = f"{where}.{child_name}" if where else child_name
            modules[child_name] = self.build(child, child_where, is_child=True)
            self.built[child_where] = modules[child_name]
        return self.construct(cls, {**args, "__children__": modules}, where)

    def same_as(self, config: dict, where: str) -> Module:
        target = config["same_as"]
        if set(config) != {"name", "same_as"} or target not in self.built:
            self.invalid(where, message("config_problem_same_as", got=repr(target)))
        return self.built[target]

    def check_args(self, cls, args: dict, where: str) -> None:
        """Every argument is one the constructor takes, and plain JSON data (a file may have been edited)."""
        accepted = config_arguments(cls)
        for key, value in args.items():
            if key not in accepted:
                self.invalid(where, message("config_problem_key", entry=key, allowed=", ".join(accepted) or "-"))
            problem = _json_problem(value, finite=False)
            if problem is not None:
                self.invalid(where, message("config_problem_value", entry=key,
                                            expected=message("config_expect_json"), got=problem))
        for key in config_arguments(cls, required_only=True):
            if key not in args:
                self.invalid(where, message("config_problem_missing", entry=key))

    def construct(self, cls, args: dict, where: str) -> Module:
        children = args.pop("__children__", None)
        try:
            if children is not None:
                return cls.from_config(args, children)
            return cls.from_config(args)
        except (TypeError, ValueError) as error:
            raise ValueError(message("config_layer_refused", op=self.op, layer=_layer(where, cls.__name__),
                                     error=error)) from None

    def invalid(self, where: str, problem: str) -> None:
        raise ValueError(message("config_invalid", op=self.op, where=f"'{where}'" if where else message(
            "config_where_top"), problem=problem))


@functools.cache  # read once per class: a file of many layers would otherwise inspect the same signature each time
def config_arguments(cls, required_only: bool = False) -> tuple:
    """The constructor arguments a description may give: those of ``__init__``, without *args and **kwargs, and
    without where and how the layer runs (``device``, ``generator``); with ``required_only``, those without a
    default."""
    parameters = inspect.signature(cls.__init__).parameters.values()
    return tuple(p.name for p in parameters if p.name not in ("self", *_RUNTIME_ARGUMENTS)
                 and not p.name.startswith("_")  # private arguments (Embedding's _weight) are not a description
                 and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
                 and not (required_only and p.default is not p.empty))


def _layer(where: str, cls: str) -> str:
    """``'0.fc' (Linear)`` for a layer inside a network, ``Linear`` for the network itself."""
    return f"'{where}' ({cls})" if where else cls


def _type_name(value) -> str:
    cls = type(value)
    return cls.__name__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"
