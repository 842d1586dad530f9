"""What the hand-off to PyTorch and Keras shares (``mldlab.interop``): the checked description of a network, its
layers in order, and the check of a variable name."""

import keyword
from collections import OrderedDict

from mldlab.i18n import message
from mldlab.nn.config import check_rebuildable
from mldlab.nn.container import Sequential
from mldlab.nn.module import Module


def _as_nn(module: Module) -> Module:
    """The network with every layer of another family (``mldlab.keras``) replaced by its PyTorch-style equivalent
    (``layer.to_nn()``), so that the hand-off sees only ``nn`` layers."""
    if hasattr(module, "to_nn"):
        return module.to_nn()
    if isinstance(module, Sequential) and any(hasattr(m, "to_nn") for m in module.modules()):
        return Sequential(OrderedDict((name, _as_nn(child)) for name, child in module._modules.items()))
    return module


def _config(module, op: str) -> dict:
    if not isinstance(module, Module):
        cls = type(module)
        name = cls.__name__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"
        raise TypeError(message("config_not_module", op=op, type=name, hint=message("interop_hint_from_torch")))
    return check_rebuildable(module, op)


def _leaves(module: Module, where: str = "") -> list:
    """(dotted name, layer) for every layer in order, nested Sequentials unpacked (Keras gets one flat list)."""
    if not isinstance(module, Sequential):
        return [(where, module)]
    leaves = []
    for name, child in module._modules.items():
        leaves += _leaves(child, f"{where}.{name}" if where else name)
    return leaves


def _check_name(name, op: str) -> None:
    if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
        raise ValueError(message("interop_code_name", op=op, name=name))
