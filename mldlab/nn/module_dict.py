"""``ModuleDict``: layers kept under names, in the order they were added, with their parameters registered.

Examples
--------
One head per task, chosen by name in ``forward``:

>>> from mldlab import nn
>>> heads = nn.ModuleDict({"digit": nn.Linear(8, 10), "parity": nn.Linear(8, 2)})
>>> heads
ModuleDict(
  (digit): Linear(in_features=8, out_features=10, bias=True)
  (parity): Linear(in_features=8, out_features=2, bias=True)
)
>>> [name for name, _ in heads.named_parameters()]
['digit.weight', 'digit.bias', 'parity.weight', 'parity.bias']
>>> heads["parity"].out_features, "digit" in heads, len(heads)
(2, True, 2)
"""

from mldlab.i18n import message
from mldlab.nn.module import Module, _describe


class ModuleDict(Module):
    """A dict of name → module whose parameters are registered (a plain dict would hide them).

    Like ``ModuleList`` it has no ``forward``: the network that holds it decides how to use the layers.

    Parameters
    ----------
    modules : dict or iterable of (name, Module) pairs, optional
        Added in their order (a dict keeps the order its items were written in).
    """

    def __init__(self, modules=None):
        super().__init__()
        if modules is not None:
            self.update(modules)

    def __getitem__(self, key: str) -> Module:
        if key not in self._modules:
            raise KeyError(message("module_dict_key", cls=self._get_name(), name=key,
                                   keys=", ".join(self._modules) or "-"))
        return self._modules[key]

    def __setitem__(self, key: str, module: Module) -> None:
        if not isinstance(module, Module):
            raise TypeError(message("module_not_module", cls=self._get_name(), method="__setitem__",
                                    type=_describe(module)))
        self.add_module(key, module)

    def __delitem__(self, key: str) -> None:
        self[key]  # a clear KeyError for a missing name
        delattr(self, key)

    def __len__(self) -> int:
        return len(self._modules)

    def __iter__(self):
        return iter(list(self._modules))

    def __contains__(self, key) -> bool:
        return key in self._modules

    def keys(self):
        """The names, in order."""
        return self._modules.keys()

    def values(self):
        """The modules, in order."""
        return self._modules.values()

    def items(self):
        """(name, module) pairs, in order."""
        return self._modules.items()

    def update(self, modules) -> None:
        """Add (or replace) the modules of a dict or of (name, module) pairs."""
        pairs = modules.items() if hasattr(modules, "items") else modules
        for key, module in pairs:
            self[key] = module

    def pop(self, key: str) -> Module:
        """Remove the module named ``key`` and return it."""
        module = self[key]
        del self[key]
        return module

    def clear(self) -> None:
        """Remove every module."""
        for key in list(self._modules):
            delattr(self, key)
