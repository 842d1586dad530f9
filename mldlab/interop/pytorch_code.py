"""The PyTorch source that builds an mldlab network, as written on the slides (PyTorch itself is not needed)."""

import inspect
import json

from mldlab.interop._checks import _as_nn, _check_name, _config
from mldlab.nn.config import LAYERS
from mldlab.nn.module import Module


def to_pytorch_code(module: Module, name: str = "model") -> str:
    """The PyTorch source that builds the same network, as written on the slides.

    Each layer is written from its description (``layer.get_config()``): the arguments without a default by
    position, the others only where they differ from the default.

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
    module = _as_nn(module)
    config = _config(module, "to_pytorch_code")
    _check_name(name, "to_pytorch_code")
    writer = _Writer(config)
    expression = writer.expression(config, 0, "")
    source = "".join(f"{variable} = {text}\n" for variable, text in writer.shared) + f"{name} = {expression}\n"
    imports = "import torch\nfrom torch import nn\n"
    if "OrderedDict([" in source:
        imports = "from collections import OrderedDict\n\n" + imports
    return f"{imports}\n{source}"


class _Writer:
    """Writes a description as one expression; a layer used twice is written once, as a variable."""

    def __init__(self, config: dict):
        self.targets = set(_same_as_targets(config))
        self.shared = []  # (variable, expression) of the layers used twice

    def expression(self, config: dict, depth: int, where: str) -> str:
        if "same_as" in config:
            return _variable(config["same_as"])
        text = self.layer(config, depth, where)
        if where in self.targets:
            self.shared.append((_variable(where), text))
            return _variable(where)
        return text

    def layer(self, config: dict, depth: int, where: str) -> str:
        name, args = config["class"], config["args"]
        if "children" not in config:
            return f"nn.{name}({', '.join(_torch_arguments(LAYERS[name], args))})"
        children = config["children"]
        if not children:
            return f"nn.{name}()"
        inner, outer = "    " * (depth + 1), "    " * depth
        texts = [self.expression(child, depth + 1, f"{where}.{child['name']}" if where else child["name"])
                 for child in children]
        if all(child["name"] == str(i) for i, child in enumerate(children)):
            lines = [f"{inner}{text}," for text in texts]
            return f"nn.{name}(\n" + "\n".join(lines) + f"\n{outer})"
        lines = [f"{inner}({json.dumps(child['name'], ensure_ascii=False)}, {text}),"
                 for child, text in zip(children, texts)]
        return f"nn.{name}(OrderedDict([\n" + "\n".join(lines) + f"\n{outer}]))"


def _same_as_targets(config: dict):
    for child in config.get("children", ()):
        if "same_as" in child:
            yield child["same_as"]
        else:
            yield from _same_as_targets(child)


def _variable(where: str) -> str:
    """A variable name for the layer at ``where``: ``layer_0``, ``layer_block_1``."""
    return "layer_" + "".join(ch if ch.isalnum() else "_" for ch in where)


def _torch_arguments(cls, args: dict) -> list:
    """The constructor arguments as one would write them: those without a default (and the layer's main number,
    ``cls._code_positional``) by position, the others by name where they differ from the default."""
    parameters = inspect.signature(cls.__init__).parameters
    always = getattr(cls, "_code_positional", ())
    parts = []
    for key, value in args.items():
        value = _as_written(key, value)
        default = parameters[key].default
        text = f"torch.{value}" if key == "dtype" else repr(value)
        if default is inspect.Parameter.empty or key in always:
            parts.append(text)
        elif value != default and not (key == "dtype" and value == "float32"):
            parts.append(f"{key}={text}")
    return parts


_INT_OR_TUPLE = ("kernel_size", "stride", "padding", "dilation", "output_size")
"""The arguments PyTorch takes as one number or one per axis: (3, 3) is written 3, as on the slides."""


def _as_written(key: str, value):
    """A list as a tuple; an int-or-tuple argument with the same number on every axis as that number."""
    if isinstance(value, list):
        value = tuple(value)
    if key in _INT_OR_TUPLE and isinstance(value, tuple) and value and len(set(value)) == 1:
        return value[0]
    return value
