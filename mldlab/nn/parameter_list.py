"""``ParameterList`` and ``ParameterDict``: parameters kept in a list or under names, registered with the module
that holds them (a plain list or dict of ``Parameter`` would hide them from ``parameters()`` and the optimizer).

Examples
--------
One learnable scale per layer:

>>> import mldlab
>>> from mldlab import nn
>>> scales = nn.ParameterList([nn.Parameter(mldlab.ones(2)), nn.Parameter(mldlab.ones(3))])
>>> scales
ParameterList(
    (0): Parameter containing: [mldlab.float32 of size 2]
    (1): Parameter containing: [mldlab.float32 of size 3]
)
>>> [name for name, _ in scales.named_parameters()], sum(p.numel() for p in scales.parameters())
(['0', '1'], 5)
>>> nn.ParameterDict({"alpha": nn.Parameter(mldlab.zeros(1))})["alpha"].shape
(1,)
"""

import operator

from mldlab import _dtype
from mldlab.i18n import message
from mldlab.nn.module import Module
from mldlab.nn.module_dict import _NamedItems
from mldlab.nn.parameter import Parameter
from mldlab.tensor import Tensor


def _as_parameter(value) -> Parameter:
    """A tensor becomes a ``Parameter`` (sharing its memory), as PyTorch does when one is stored."""
    if isinstance(value, Tensor) and not isinstance(value, Parameter):
        return Parameter(value)
    return value


def _line(name: str, value) -> str:
    if not isinstance(value, Tensor):
        return f"({name}): Object of type: {type(value).__name__}"
    size = "x".join(str(n) for n in value.shape)
    kind = "Parameter containing" if isinstance(value, Parameter) else "Tensor"
    return f"({name}): {kind}: [{_dtype.dtype_name(value.dtype)} of size {size}]"


class _ParameterContainer(Module):
    def __repr__(self) -> str:
        lines = [_line(name, value) for name, value in self._parameters.items()]
        if not lines:
            return self._get_name() + "()"
        return self._get_name() + "(\n    " + "\n    ".join(lines) + "\n)"

    def __len__(self) -> int:
        return len(self._parameters)


class ParameterList(_ParameterContainer):
    """A list of parameters named "0", "1", … inside the module that holds it.

    Parameters
    ----------
    values : iterable of Parameter or Tensor, optional
        A plain tensor is made a ``Parameter`` (``requires_grad=True``), as in PyTorch.
    """

    def __init__(self, values=None):
        super().__init__()
        if values is not None:
            self.extend(values)

    def _position(self, index) -> int:
        n = len(self._parameters)
        index = operator.index(index)
        if not -n <= index < n:
            raise IndexError(message("parameter_list_index", cls=self._get_name(), index=index, n=n, low=-n,
                                     high=n - 1))
        return index % n

    def __getitem__(self, index):
        values = list(self._parameters.values())
        if isinstance(index, slice):
            return self.__class__(values[index])
        return values[self._position(index)]

    def __setitem__(self, index: int, value) -> None:
        self.register_parameter(str(self._position(index)), _as_parameter(value))

    def __iter__(self):
        return iter(list(self._parameters.values()))

    def __iadd__(self, values):
        return self.extend(values)

    def append(self, value) -> "ParameterList":
        """Add ``value`` at the end; returns the list."""
        self.register_parameter(str(len(self)), _as_parameter(value))
        return self

    def extend(self, values) -> "ParameterList":
        """Add every value at the end; returns the list."""
        for value in values:
            self.append(value)
        return self


class ParameterDict(_NamedItems, _ParameterContainer):
    """A dict of name → parameter inside the module that holds it, in the order the names were added.

    Parameters
    ----------
    parameters : dict or iterable of (name, Parameter or Tensor) pairs, optional
    """

    def __init__(self, parameters=None):
        super().__init__()
        if parameters is not None:
            self.update(parameters)

    def _items(self) -> dict:
        return self._parameters

    def __setitem__(self, key: str, value) -> None:
        self.register_parameter(key, _as_parameter(value))
