"""The hand-off to PyTorch: the same network as a ``torch.nn`` module with the same weights, and back.

PyTorch is imported only when a function here is called, so mldlab runs without it.
"""

from collections import OrderedDict

from mldlab.i18n import message
from mldlab.interop._checks import _config
from mldlab.nn.config import ARGUMENTS, DTYPES, LAYERS, _layer, _rebuild, _type_name, supported_layers
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
