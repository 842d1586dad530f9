"""Argument checks shared by the hand-off to PyTorch and Keras (``mldlab.interop``)."""

import keyword

from mldlab.i18n import message
from mldlab.nn.config import _to_config, _type_name
from mldlab.nn.module import Module


def _config(module, op: str) -> dict:
    if not isinstance(module, Module):
        raise TypeError(message("config_not_module", op=op, type=_type_name(module),
                                hint=message("interop_hint_from_torch")))
    return _to_config(module, op)


def _check_name(name, op: str) -> None:
    if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
        raise ValueError(message("interop_code_name", op=op, name=name))
