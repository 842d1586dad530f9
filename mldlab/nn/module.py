"""``Module``: the base class of every layer, loss and network.

A network is a tree of modules. Assigning a layer or a ``Parameter`` as an attribute in ``__init__``
registers it (as in PyTorch), so the network can list its parameters for the optimizer, switch between
training and evaluation, save and load its weights, and print itself.

Examples
--------
The tutorial pattern, a network with one hidden layer:

>>> import mldlab
>>> from mldlab import nn
>>> class Net(nn.Module):
...     def __init__(self):
...         super().__init__()
...         self.hidden = nn.Linear(2, 3)
...         self.out = nn.Linear(3, 1)
...
...     def forward(self, x):
...         return self.out(self.hidden(x).relu()).sigmoid()
>>> net = Net()
>>> net
Net(
  (hidden): Linear(in_features=2, out_features=3, bias=True)
  (out): Linear(in_features=3, out_features=1, bias=True)
)
>>> [(name, p.shape) for name, p in net.named_parameters()]
[('hidden.weight', (3, 2)), ('hidden.bias', (3,)), ('out.weight', (1, 3)), ('out.bias', (1,))]
>>> net(mldlab.randn(5, 2)).shape
(5, 1)
"""

from collections import OrderedDict, namedtuple

import numpy as np

from mldlab import _dtype
from mldlab.device import is_device
from mldlab.i18n import message
from mldlab.nn.parameter import Parameter
from mldlab.tensor import Tensor


class IncompatibleKeys(namedtuple("IncompatibleKeys", ["missing_keys", "unexpected_keys"])):
    """What ``load_state_dict(..., strict=False)`` skipped: keys missing from, and unexpected in, the state_dict."""

    __slots__ = ()

    def __repr__(self) -> str:
        if not self.missing_keys and not self.unexpected_keys:
            return "<All keys matched successfully>"
        return super().__repr__()


class Module:
    """Base class for layers and networks (PyTorch's ``nn.Module``).

    Subclasses call ``super().__init__()`` first, assign their layers and parameters as attributes, and
    define ``forward``. Calling the module calls ``forward`` directly (mldlab has no hooks).

    Attributes
    ----------
    training : bool
        True in training mode (the default), False after ``eval()``. Dropout reads it.

    Notes
    -----
    Parameters, buffers and submodules are kept both in their registries (``_parameters``, ``_buffers``,
    ``_modules``) and in the instance's ``__dict__``, so that ``self.fc1`` is an ordinary, fast attribute
    lookup; ``__setattr__`` and ``__delattr__`` keep the two in step.
    """

    def __init__(self) -> None:
        state = self.__dict__
        state["training"] = True
        state["_parameters"] = {}
        state["_buffers"] = {}
        state["_non_persistent_buffers"] = set()
        state["_modules"] = {}

    def forward(self, *args, **kwargs):
        """The computation of the module; every subclass defines it."""
        raise NotImplementedError(message("module_no_forward", cls=self._get_name()))

    def __call__(self, *args, **kwargs):
        return self.forward(*args, **kwargs)

    def get_config(self) -> dict:
        """The constructor arguments that rebuild this layer, as plain JSON values (Keras's ``get_config``).

        Each layer that can be saved whole defines it (and is listed with ``mldlab.nn.config.register_layer``);
        a network of your own class cannot be described as data: save its ``state_dict()`` instead.
        """
        cls = type(self).__name__
        raise TypeError(message("config_unsupported", op="get_config", layer=cls, cls=cls,
                                supported=_supported_layers()))

    @classmethod
    def from_config(cls, config: dict, children=None) -> "Module":
        """A new layer built from ``get_config()``'s arguments (and, for a container, its built children)."""
        if children is not None:
            return cls(children, **config)
        return cls(**config)

    def __setattr__(self, name: str, value) -> None:
        state = self.__dict__
        if isinstance(value, Parameter):
            self._check_init(f"self.{name} = nn.Parameter(...)")
            self._forget(name, keep="_parameters")
            state["_parameters"][name] = value
        elif isinstance(value, Module):
            self._check_init(f"self.{name} = {type(value).__name__}(...)")
            self._forget(name, keep="_modules")
            state["_modules"][name] = value
        elif "_parameters" in state:
            if name in state["_parameters"]:
                if value is not None:
                    raise TypeError(self._assign_error(name, value, "parameter"))
                state["_parameters"][name] = None
            elif name in state["_modules"]:
                if value is not None:
                    raise TypeError(self._assign_error(name, value, "module"))
                state["_modules"][name] = None
            elif name in state["_buffers"]:
                if value is not None and not isinstance(value, Tensor):
                    raise TypeError(self._assign_error(name, value, "buffer"))
                state["_buffers"][name] = value
        object.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        if "_parameters" in self.__dict__:
            self._forget(name)
        object.__delattr__(self, name)

    def __getattr__(self, name: str):
        # Only called when ordinary lookup fails: registered things live in __dict__, so this is an error.
        state = self.__dict__
        if name.startswith("__"):
            raise AttributeError(name)
        if "_parameters" not in state:
            raise AttributeError(message("module_init", cls=self._get_name(), what=f"self.{name}"))
        raise AttributeError(message(
            "module_no_attribute", cls=self._get_name(), name=name,
            children=", ".join(state["_modules"]) or "-", params=", ".join(state["_parameters"]) or "-",
        ))

    def _check_init(self, what: str) -> None:
        if "_parameters" not in self.__dict__:
            raise AttributeError(message("module_init", cls=self._get_name(), what=what))

    def _forget(self, name: str, keep: str | None = None) -> None:
        """Remove ``name`` from the registries (but ``keep``, where it keeps its place when replaced)."""
        state = self.__dict__
        for registry in ("_parameters", "_modules", "_buffers"):
            if registry != keep:
                state[registry].pop(name, None)
        state["_non_persistent_buffers"].discard(name)

    def _assign_error(self, name: str, value, kind: str) -> str:
        expected, hint = {
            "parameter": ("an nn.Parameter", f"wrap the tensor: self.{name} = nn.Parameter(tensor)"),
            "module": ("an nn.Module", "assign a layer such as nn.Linear(2, 8)"),
            "buffer": ("a Tensor", "assign a tensor, e.g. mldlab.zeros(3)"),
        }[kind]
        return message("module_assign", type=_describe(value), kind=kind, name=name, cls=self._get_name(),
                       expected=expected, hint=hint)

    def _check_name(self, name, kind: str, registry: str) -> None:
        reason = None
        if not isinstance(name, str):
            reason = f"expected a string, got {type(name).__name__}"
        elif not name:
            reason = "the name is empty"
        elif "." in name:
            reason = 'the name must not contain "."'
        elif (name in self.__dict__ or hasattr(type(self), name)) and name not in self.__dict__[registry]:
            reason = "an attribute of that name already exists"
        if reason is not None:
            raise KeyError(message("module_name", cls=self._get_name(), kind=kind, name=name, reason=reason))

    def register_parameter(self, name: str, param: Parameter | None) -> None:
        """Add a parameter (or ``None``, a declared but absent parameter such as a missing bias)."""
        self._check_init(f"register_parameter('{name}', ...)")
        self._check_name(name, "parameter", "_parameters")
        if param is not None and not isinstance(param, Parameter):
            raise TypeError(self._assign_error(name, param, "parameter"))
        self._forget(name, keep="_parameters")
        self.__dict__["_parameters"][name] = param
        object.__setattr__(self, name, param)

    def register_buffer(self, name: str, tensor: Tensor | None, persistent: bool = True) -> None:
        """Add a tensor that belongs to the module but is not learned (it is saved in ``state_dict`` unless
        ``persistent=False``)."""
        self._check_init(f"register_buffer('{name}', ...)")
        self._check_name(name, "buffer", "_buffers")
        if tensor is not None and not isinstance(tensor, Tensor):
            raise TypeError(self._assign_error(name, tensor, "buffer"))
        self._forget(name, keep="_buffers")
        self.__dict__["_buffers"][name] = tensor
        if not persistent:
            self.__dict__["_non_persistent_buffers"].add(name)
        object.__setattr__(self, name, tensor)

    def add_module(self, name: str, module: "Module | None") -> None:
        """Add a child module under ``name`` (what ``self.name = module`` does)."""
        self._check_init(f"add_module('{name}', ...)")
        self._check_name(name, "module", "_modules")
        if module is not None and not isinstance(module, Module):
            raise TypeError(message("module_not_module", cls=self._get_name(), method="add_module",
                                    type=_describe(module)))
        self._forget(name, keep="_modules")
        self.__dict__["_modules"][name] = module
        object.__setattr__(self, name, module)

    register_module = add_module

    def get_submodule(self, target: str) -> "Module":
        """The submodule at the dotted path ``target`` (``''`` is the module itself)."""
        module = self
        for name in target.split(".") if target else []:
            child = module._modules.get(name)
            if child is None:
                raise AttributeError(message("submodule_missing", cls=module._get_name(), name=name, target=target))
            module = child
        return module

    def get_parameter(self, target: str) -> Parameter:
        """The parameter at the dotted path ``target``, e.g. ``"fc1.weight"``."""
        path, _, name = target.rpartition(".")
        module = self.get_submodule(path)
        if name not in module._parameters:
            raise AttributeError(message("parameter_missing", cls=module._get_name(), name=name, target=target))
        return module._parameters[name]

    def named_modules(self, memo: set | None = None, prefix: str = "", remove_duplicate: bool = True):
        """Every module of the tree (this one first, then each child's subtree in order) with its dotted name."""
        if memo is None:
            memo = set()
        found = []
        self._walk(prefix, memo, remove_duplicate, found)
        return iter(found)

    def _walk(self, prefix: str, memo: set, remove_duplicate: bool, found: list) -> None:
        if remove_duplicate:
            if id(self) in memo:
                return
            memo.add(id(self))
        found.append((prefix, self))
        for name, module in self._modules.items():
            if module is not None:
                module._walk(prefix + "." + name if prefix else name, memo, remove_duplicate, found)

    def modules(self):
        """Every module of the tree, this one first."""
        return iter([module for _, module in self.named_modules()])

    def named_children(self):
        """The direct children with their names."""
        seen, found = set(), []
        for name, module in self._modules.items():
            if module is not None and id(module) not in seen:
                seen.add(id(module))
                found.append((name, module))
        return iter(found)

    def children(self):
        """The direct children."""
        return iter([module for _, module in self.named_children()])

    def _named_members(self, registry: str, prefix: str, recurse: bool, remove_duplicate: bool) -> list:
        modules = self.named_modules(prefix=prefix, remove_duplicate=remove_duplicate) if recurse else [(prefix, self)]
        seen, found = set(), []
        for module_prefix, module in modules:
            for name, tensor in module.__dict__[registry].items():
                if tensor is None or (remove_duplicate and id(tensor) in seen):
                    continue
                seen.add(id(tensor))
                found.append((f"{module_prefix}.{name}" if module_prefix else name, tensor))
        return found

    def named_parameters(self, prefix: str = "", recurse: bool = True, remove_duplicate: bool = True):
        """``(name, parameter)`` pairs: each module's own parameters, then its children's, as in PyTorch."""
        return iter(self._named_members("_parameters", prefix, recurse, remove_duplicate))

    def parameters(self, recurse: bool = True):
        """The parameters to hand to an optimizer: ``optim.SGD(model.parameters(), lr=0.1)``."""
        modules = self._unique_modules([], set()) if recurse else [self]
        seen, found = set(), []
        for module in modules:
            for param in module._parameters.values():
                if param is not None and id(param) not in seen:
                    seen.add(id(param))
                    found.append(param)
        return iter(found)

    def _unique_modules(self, found: list, memo: set) -> list:
        """The modules of the tree in order, each once (``named_modules`` without the names, for speed)."""
        if id(self) not in memo:
            memo.add(id(self))
            found.append(self)
            for module in self._modules.values():
                if module is not None:
                    module._unique_modules(found, memo)
        return found

    def named_buffers(self, prefix: str = "", recurse: bool = True, remove_duplicate: bool = True):
        """``(name, buffer)`` pairs."""
        return iter(self._named_members("_buffers", prefix, recurse, remove_duplicate))

    def buffers(self, recurse: bool = True):
        """The buffers (tensors that belong to the module but are not learned)."""
        return iter([buffer for _, buffer in self._named_members("_buffers", "", recurse, True)])

    def apply(self, fn) -> "Module":
        """Call ``fn`` on every submodule (children first) and on this module; returns the module."""
        for module in self.children():
            module.apply(fn)
        fn(self)
        return self

    def train(self, mode: bool = True) -> "Module":
        """Training mode (``mode=True``) or evaluation mode, for this module and all its children."""
        if not isinstance(mode, bool):
            raise ValueError(message("module_train_mode", mode=mode))
        self.training = mode
        for module in self.children():
            module.train(mode)
        return self

    def eval(self) -> "Module":
        """Evaluation mode: ``train(False)`` (dropout passes its input through unchanged)."""
        return self.train(False)

    def requires_grad_(self, requires_grad: bool = True) -> "Module":
        """Switch gradient tracking of every parameter on or off (off freezes the module)."""
        for param in self.parameters():
            param.requires_grad_(requires_grad)
        return self

    def zero_grad(self, set_to_none: bool = True) -> None:
        """Forget the gradients of every parameter: ``grad = None`` (the default) or zeros."""
        for param in self.parameters():
            if param.grad is not None:
                if set_to_none:
                    param.grad = None
                else:
                    param.grad.zero_()

    def to(self, *args, **kwargs) -> "Module":
        """``to(dtype)`` converts the floating-point parameters and buffers in place; ``to('cpu')`` does nothing."""
        dtype = kwargs.get("dtype")
        for arg in args:
            if isinstance(arg, Tensor):
                dtype = arg.dtype
            elif not is_device(arg):
                dtype = arg
        device = kwargs.get("device")
        if device is not None:
            is_device(device)
        return self if dtype is None else self._cast(_dtype.to_dtype(dtype))

    def float(self) -> "Module":
        """Parameters and buffers as float32."""
        return self._cast(_dtype.float32)

    def double(self) -> "Module":
        """Parameters and buffers as float64."""
        return self._cast(_dtype.float64)

    def half(self) -> "Module":
        return self._cast(_dtype.float16)

    def cpu(self) -> "Module":
        return self

    def _cast(self, dtype: np.dtype) -> "Module":
        # The tensors keep their identity (an optimizer holding them still sees them); only their arrays change.
        for tensor in [*self.parameters(), *self.buffers()]:
            if tensor._data.dtype.kind == "f" and tensor._data.dtype != dtype:
                tensor._data = tensor._data.astype(dtype)
                if tensor.grad is not None:
                    tensor.grad._data = tensor.grad._data.astype(dtype)
        return self

    def state_dict(self, destination=None, prefix: str = "", keep_vars: bool = False) -> OrderedDict:
        """Every parameter and persistent buffer by dotted name, as tensors outside the graph (sharing memory)."""
        if destination is None:
            destination = OrderedDict()
        for name, param in self._parameters.items():
            if param is not None:
                destination[prefix + name] = param if keep_vars else param.detach()
        for name, buffer in self._buffers.items():
            if buffer is not None and name not in self._non_persistent_buffers:
                destination[prefix + name] = buffer if keep_vars else buffer.detach()
        for name, module in self._modules.items():
            if module is not None:
                module.state_dict(destination, prefix + name + ".", keep_vars)
        return destination

    def load_state_dict(self, state_dict, strict: bool = True, assign: bool = False) -> IncompatibleKeys:
        """Copy the values of ``state_dict`` into the parameters and buffers.

        Parameters
        ----------
        state_dict : dict
            Name → tensor (or array), e.g. from ``model.state_dict()`` of a model with the same layers. The
            tensors of a PyTorch ``state_dict`` work too.
        strict : bool, default True
            Refuse keys missing from ``state_dict`` or not in the model. Shapes must always match.
        assign : bool, default False
            Accepted for PyTorch compatibility; values are always copied.

        Returns
        -------
        IncompatibleKeys
            ``(missing_keys, unexpected_keys)``.

        Notes
        -----
        Nothing is copied when there is an error (PyTorch may have copied some values by then).
        """
        own = self.state_dict(keep_vars=True)
        missing = [key for key in own if key not in state_dict]
        unexpected = [key for key in state_dict if key not in own]
        problems, copies = [], []
        if strict and missing:
            problems.append(message("state_dict_missing", keys=", ".join(f"'{k}'" for k in missing)))
        if strict and unexpected:
            problems.append(message("state_dict_unexpected", keys=", ".join(f"'{k}'" for k in unexpected)))
        for key, tensor in own.items():
            if key in state_dict:
                value = state_dict[key]
                array = value._data if isinstance(value, Tensor) else np.asarray(value)
                if array.shape != tensor._data.shape:
                    problems.append(message("state_dict_shape", name=key, got=tuple(array.shape),
                                            expected=tuple(tensor._data.shape)))
                else:
                    copies.append((tensor, array))
        if problems:
            raise RuntimeError(message("state_dict_errors", cls=self._get_name(), problems="\n".join(problems)))
        for tensor, array in copies:
            np.copyto(tensor._data, array, casting="unsafe")
        return IncompatibleKeys(missing, unexpected)

    def _get_name(self) -> str:
        return type(self).__name__

    def extra_repr(self) -> str:
        """The text inside the parentheses of the repr (e.g. ``in_features=2, out_features=8, bias=True``)."""
        return ""

    def __repr__(self) -> str:
        extra = self.extra_repr()
        extra_lines = extra.split("\n") if extra else []
        child_lines = [f"({name}): {_indent(repr(module))}" for name, module in self._modules.items()]
        lines = extra_lines + child_lines
        if not lines:
            return self._get_name() + "()"
        if len(extra_lines) == 1 and not child_lines:
            return f"{self._get_name()}({extra_lines[0]})"
        return self._get_name() + "(\n  " + "\n  ".join(lines) + "\n)"


def _indent(text: str, spaces: int = 2) -> str:
    """Indent every line but the first (so a child's repr nests inside its parent's)."""
    first, *rest = text.split("\n")
    return "\n".join([first] + [" " * spaces + line if line.strip() else "" for line in rest])


def _describe(value) -> str:
    """A short description of a wrong value for an error message ("the class ReLU itself", "Tensor")."""
    if isinstance(value, type):
        return f"the class {value.__name__} itself (not an instance; add parentheses: {value.__name__}())"
    return type(value).__name__


def _supported_layers() -> str:
    from mldlab.nn.config import supported_layers

    return supported_layers()
