"""The hand-off to PyTorch: the same network as a ``torch.nn`` module with the same weights, and back.

mldlab's layers have PyTorch's names and constructor arguments, so each layer's description
(``layer.get_config()``) builds the PyTorch layer of the same name, and a PyTorch layer's attributes give back the
description. PyTorch is imported only when a function here is called, so mldlab runs without it.
"""

from collections import OrderedDict

from mldlab.i18n import message
from mldlab.interop._checks import _as_nn, _config
from mldlab.nn.config import LAYERS, config_arguments, rebuild, supported_layers
from mldlab.nn.module import Module


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
    module = _as_nn(module)
    config = _config(module, "to_torch")
    torch_module = _torch_module(torch, config, {}, "")
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
        For a layer mldlab has no equivalent of (e.g. ``nn.Conv3d``, or your own class), naming it and the
        supported layers.
    """
    torch = _import_torch("from_torch")
    if not isinstance(torch_module, torch.nn.Module):
        cls = type(torch_module)
        raise TypeError(message("interop_not_torch", type=f"{cls.__module__}.{cls.__qualname__}"))
    config = _torch_config(torch, torch_module, "", {})
    state_dict = {key: value.detach().cpu().numpy() for key, value in torch_module.state_dict().items()}
    module = rebuild(config, state_dict, "from_torch")
    _copy_modes(torch_module, module)
    return module


def _import_torch(op: str):
    try:
        import torch
    except ImportError:
        raise ImportError(message("interop_no_torch", op=op)) from None
    return torch


def _torch_module(torch, config: dict, built: dict, where: str):
    """Build the ``torch.nn`` module a (checked) description stands for: the classes have the same names."""
    if "same_as" in config:
        return built[config["same_as"]]
    args = {key: getattr(torch, value) if key == "dtype" else tuple(value) if isinstance(value, list) else value
            for key, value in config["args"].items()}  # a list (JSON's) as the tuple PyTorch code would give
    layer = getattr(torch.nn, config["class"])
    if "children" not in config:
        return layer(**args)
    children = OrderedDict()
    for child in config["children"]:
        child_where = f"{where}.{child['name']}" if where else child["name"]
        children[child["name"]] = built[child_where] = _torch_module(torch, child, built, child_where)
    return layer(children, **args)


def _torch_config(torch, torch_module, where: str, seen: dict) -> dict:
    """The description of a ``torch.nn`` network, in the form of ``mldlab.nn.config``: for each constructor argument
    of the mldlab layer of the same name, the PyTorch layer's attribute of that name."""
    name = type(torch_module).__name__
    cls = LAYERS.get(name)
    if cls is None or getattr(torch.nn, name, None) is not type(torch_module):
        raise TypeError(message("interop_torch_unsupported", layer=_where(where, name), supported=supported_layers()))
    args = {}
    for arg in config_arguments(cls):
        if arg == "dtype":
            args[arg] = _torch_dtype(torch_module, where, name)
        elif arg == "bias" and not isinstance(getattr(torch_module, arg, None), bool):
            args[arg] = torch_module.bias is not None  # the bias Parameter, or None
        else:
            args[arg] = getattr(torch_module, arg)
    if not getattr(cls, "_config_children", False):
        return {"class": name, "args": args}
    children = []
    for child_name, child in torch_module._modules.items():  # named_children() would skip a layer used twice
        child_where = f"{where}.{child_name}" if where else child_name
        if id(child) in seen:
            children.append({"name": child_name, "same_as": seen[id(child)]})
            continue
        seen[id(child)] = child_where
        children.append({"name": child_name, **_torch_config(torch, child, child_where, seen)})
    return {"class": name, "args": args, "children": children}


def _torch_dtype(torch_module, where: str, name: str) -> str | None:
    parameter = next(torch_module.parameters(), None)
    if parameter is None:
        return None
    dtype = str(parameter.dtype).removeprefix("torch.")
    if dtype not in ("float16", "float32", "float64"):
        raise TypeError(message("interop_torch_dtype", layer=_where(where, name), dtype=parameter.dtype))
    return dtype


def _where(where: str, cls: str) -> str:
    return f"'{where}' ({cls})" if where else cls


def _copy_modes(source, target) -> None:
    """Training or evaluation mode, layer by layer (both networks have the same layers in the same order)."""
    pairs = zip(source.named_modules(remove_duplicate=False), target.named_modules(remove_duplicate=False))
    for (_, one), (_, other) in pairs:
        other.training = one.training
