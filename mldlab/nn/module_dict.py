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


class _NamedItems:
    """The dict protocol of a container whose items live in ``self._items()`` (its ``_modules`` or
    ``_parameters``): lookup with a clear KeyError, deletion, iteration over names, keys/values/items, update, pop."""

    def _items(self) -> dict:
        return self._modules

    def __getitem__(self, key: str):
        items = self._items()
        if key not in items:
            raise KeyError(message("module_dict_key", cls=self._get_name(), name=key, keys=", ".join(items) or "-"))
        return items[key]

    def __delitem__(self, key: str) -> None:
        self[key]  # a clear KeyError for a missing name
        delattr(self, key)

    def __len__(self) -> int:
        return len(self._items())

    def __iter__(self):
        return iter(list(self._items()))

    def __contains__(self, key) -> bool:
        return key in self._items()

    def keys(self):
        """The names, in order."""
        return self._items().keys()

    def values(self):
        """The items, in order."""
        return self._items().values()

    def items(self):
        """(name, item) pairs, in order."""
        return self._items().items()

    def update(self, pairs) -> None:
        """Add (or replace) the items of a dict or of (name, item) pairs."""
        for key, value in (pairs.items() if hasattr(pairs, "items") else pairs):
            self[key] = value

    def pop(self, key: str):
        """Remove the item named ``key`` and return it."""
        value = self[key]
        del self[key]
        return value

    def clear(self) -> None:
        """Remove every item."""
        for key in list(self._items()):
            delattr(self, key)


class ModuleDict(_NamedItems, Module):
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

    def __setitem__(self, key: str, module: Module) -> None:
        if not isinstance(module, Module):
            raise TypeError(message("module_not_module", cls=self._get_name(), method="__setitem__",
                                    type=_describe(module)))
        self.add_module(key, module)
