"""Containers: ``Sequential`` (layers applied one after another) and ``ModuleList`` (a list of layers).

The slides' deep network in PyTorch is a ``Sequential``: the output of each layer is the input of the next.

Examples
--------
>>> import mldlab
>>> from mldlab import nn
>>> model = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1), nn.Sigmoid())
>>> model
Sequential(
  (0): Linear(in_features=2, out_features=8, bias=True)
  (1): Tanh()
  (2): Linear(in_features=8, out_features=1, bias=True)
  (3): Sigmoid()
)
>>> model(mldlab.randn(10, 2)).shape
(10, 1)
>>> model[-1], len(model)
(Sigmoid(), 4)
>>> model[:2]
Sequential(
  (0): Linear(in_features=2, out_features=8, bias=True)
  (1): Tanh()
)
"""

import operator
from collections import OrderedDict

from mldlab.i18n import message
from mldlab.nn.config import register_layer
from mldlab.nn.module import Module, _describe, _indent


class _ListOfModules(Module):
    """What ``Sequential`` and ``ModuleList`` share: children named "0", "1", … that behave like a list."""

    def _position(self, index) -> int:
        """``index`` (negative counts from the end) as a position 0 … n − 1, or a clear IndexError."""
        n = len(self._modules)
        index = operator.index(index)
        if not -n <= index < n:
            raise IndexError(message("module_index", cls=self._get_name(), index=index, n=n, low=-n, high=n - 1))
        return index % n

    def _check_module(self, module, method: str) -> None:
        if not isinstance(module, Module):
            raise TypeError(message("module_not_module", cls=self._get_name(), method=method, type=_describe(module)))

    def _renumber(self, modules: list) -> None:
        """Register ``modules`` afresh as children "0", "1", … (after an insertion or a deletion)."""
        for name in list(self._modules):
            delattr(self, name)
        for i, module in enumerate(modules):
            self.add_module(str(i), module)

    def __len__(self) -> int:
        return len(self._modules)

    def __iter__(self):
        return iter(self._modules.values())

    def __setitem__(self, index: int, module: Module) -> None:
        self._check_module(module, "__setitem__")
        setattr(self, list(self._modules)[self._position(index)], module)

    def __delitem__(self, index) -> None:
        modules = list(self._modules.values())
        if isinstance(index, slice):
            del modules[index]
        else:
            del modules[self._position(index)]
        self._renumber(modules)

    def append(self, module: Module):
        """Add ``module`` at the end; returns the container."""
        self._check_module(module, "append")
        self.add_module(str(len(self)), module)
        return self

    def extend(self, modules):
        """Add every module of ``modules`` at the end; returns the container."""
        for module in modules:
            self.append(module)
        return self

    def insert(self, index: int, module: Module):
        """Put ``module`` before position ``index`` (which may be ``len(self)`` or negative)."""
        self._check_module(module, "insert")
        modules = list(self._modules.values())
        n = len(modules)
        index = operator.index(index)
        if not -n <= index <= n:
            raise IndexError(message("module_index", cls=self._get_name(), index=index, n=n, low=-n, high=n))
        modules.insert(index if index >= 0 else index + n, module)
        self._renumber(modules)
        return self

    def pop(self, index: int = -1) -> Module:
        """Remove the module at ``index`` and return it."""
        module = self[index]
        del self[index]
        return module


@register_layer
class Sequential(_ListOfModules):
    """Modules applied in order: ``Sequential(a, b, c)(x) = c(b(a(x)))``.

    Parameters
    ----------
    *modules : Module
        The layers in order, named "0", "1", …; or one ``OrderedDict`` of name → module.

    Notes
    -----
    Indexing gives a layer (``model[0]``, ``model[-1]``); a slice gives a new ``Sequential`` sharing the same
    layers, keeping their names, as in PyTorch.

    Examples
    --------
    >>> from collections import OrderedDict
    >>> from mldlab import nn
    >>> nn.Sequential(OrderedDict([("hidden", nn.Linear(2, 3)), ("g", nn.ReLU())]))
    Sequential(
      (hidden): Linear(in_features=2, out_features=3, bias=True)
      (g): ReLU()
    )
    """

    def __init__(self, *modules):
        super().__init__()
        if len(modules) == 1 and isinstance(modules[0], OrderedDict):
            for name, module in modules[0].items():
                self.add_module(name, module)
        else:
            for i, module in enumerate(modules):
                self._check_module(module, "__init__")
                self.add_module(str(i), module)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self.__class__(OrderedDict(list(self._modules.items())[index]))
        return list(self._modules.values())[self._position(index)]

    _config_children = True  # its layers are part of its description (mldlab.nn.config)

    def get_config(self) -> dict:
        return {}

    def forward(self, input):
        """Feed ``input`` through each module in turn."""
        for module in self._modules.values():
            input = module(input)
        return input


class ModuleList(_ListOfModules):
    """A list of modules whose parameters are registered (a plain Python list would hide them).

    It has no ``forward``: the network that holds it decides how to use the layers.

    Parameters
    ----------
    modules : iterable of Module, optional

    Examples
    --------
    >>> from mldlab import nn
    >>> layers = nn.ModuleList([nn.Linear(4, 4) for _ in range(3)])
    >>> layers.append(nn.ReLU())
    ModuleList(
      (0-2): 3 x Linear(in_features=4, out_features=4, bias=True)
      (3): ReLU()
    )
    >>> len(list(layers.parameters()))
    6
    """

    def __init__(self, modules=None):
        super().__init__()
        if modules is not None:
            self.extend(modules)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self.__class__(list(self._modules.values())[index])
        return list(self._modules.values())[self._position(index)]

    def __iadd__(self, modules):
        return self.extend(modules)

    def __repr__(self) -> str:
        # Runs of identical layers are shown once, as "(0-2): 3 x Linear(...)", as PyTorch does.
        reprs = [repr(module) for module in self]
        if not reprs:
            return self._get_name() + "()"
        runs = []  # [first, last, text]
        for i, text in enumerate(reprs):
            if runs and runs[-1][2] == text:
                runs[-1][1] = i
            else:
                runs.append([i, i, text])
        lines = []
        for first, last, text in runs:
            label = f"({first}): {text}" if first == last else f"({first}-{last}): {last - first + 1} x {text}"
            lines.append(_indent(label))
        return self._get_name() + "(\n  " + "\n  ".join(lines) + "\n)"
