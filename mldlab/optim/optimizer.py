"""``Optimizer``: what every optimizer shares, written once.

An optimizer turns gradients into updates. The simplest one is the slide's gradient descent,

    W ← W − η ∂J/∂W

and each optimizer in this package only changes *how* the step is computed from ∂J/∂W. Everything
else lives here: the parameter groups (each with its own options), the per-parameter state (created
the first time a parameter gets a gradient), skipping parameters whose ``grad`` is ``None``,
``zero_grad`` and saving/loading with ``state_dict``, all with PyTorch's names and formats.
"""

import copy
import warnings
from collections import defaultdict

import numpy as np

from mldlab.grad_mode import enable_grad
from mldlab.i18n import message
from mldlab.tensor import Tensor


class Optimizer:
    """Base class of all optimizers: parameter groups, per-parameter state, ``zero_grad`` and ``state_dict``.

    A subclass passes its options as ``defaults`` and writes ``step()``, which ends with
    ``self._flush_tiny_states()``; it may define ``_init_state`` to create a parameter's state the first time
    the parameter has a gradient, ``_decay`` to say how fast that state shrinks, and ``_flush_state`` where
    state values must be flushed together (RMSprop's v and ḡ).

    Parameters
    ----------
    params : iterable of Tensor, or iterable of dict
        The tensors to optimize (e.g. ``model.parameters()`` or ``[W, b]``), or parameter groups: dicts
        with a ``'params'`` list and options that override ``defaults`` for that group, e.g.
        ``[{'params': [W1, b1]}, {'params': [W2, b2], 'lr': 0.01}]``. ``(name, tensor)`` pairs (as from
        ``model.named_parameters()``) are accepted too; the names go to ``'param_names'``.
    defaults : dict
        The options (``lr``, ...) used by every group that does not set its own.

    Attributes
    ----------
    param_groups : list of dict
        One dict per group: ``'params'`` (the tensors) and the group's options. Change ``group['lr']``
        to change the learning rate (this is what the schedulers do).
    state : dict
        Per-parameter state keyed by the parameter tensor, e.g. ``{'step': 3, 'exp_avg': tensor(...)}``.
    defaults : dict

    Notes
    -----
    States that decay (Adam's m ← β1·m + (1 − β1)·g once g stays 0, as for the weights of a dead ReLU unit)
    shrink towards 0 and would end in the *subnormal* floats below the smallest normal one, tiny (1.2e-38 in
    float32), where many CPUs compute 10 to 100 times slower; rounding keeps them there for good. So every n
    steps the optimizer sets the state values below T = 2¹⁶·tiny (7.7e-34 in float32) to exactly 0. A value
    above T multiplied by β at each step stays above tiny for n = ⌊16·ln 2 / −ln β⌋ steps (105 for β = 0.9),
    with β the group's fastest decay, so no value can decay into the subnormal range between two flushes
    (one that a tiny gradient puts there directly, as g² of g = 1e-20, stays at most n steps). Values below T
    are far below anything that moves a weight (Adam divides by √v̂ + ε with ε = 1e-8), so the results stay
    those of PyTorch, which has no flush. float16 is left alone: NumPy computes it through float32.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.optim import SGD
    >>> W = mldlab.zeros(2, 3, requires_grad=True)
    >>> b = mldlab.zeros(2, requires_grad=True)
    >>> optimizer = SGD([{"params": [W]}, {"params": [b], "lr": 0.5}], lr=0.1)
    >>> [group["lr"] for group in optimizer.param_groups]
    [0.1, 0.5]
    >>> optimizer
    SGD (
    Parameter Group 0
        dampening: 0
        lr: 0.1
        maximize: False
        momentum: 0
        nesterov: False
        weight_decay: 0
    Parameter Group 1
        dampening: 0
        lr: 0.5
        maximize: False
        momentum: 0
        nesterov: False
        weight_decay: 0
    )
    """

    def __init__(self, params, defaults: dict):
        self.defaults = defaults
        self.state = defaultdict(dict)
        self.param_groups = []
        self._step_count = 0  # calls to step(), for _flush_tiny_states
        self._scratch_arrays = {}  # dtype → a flat work array, for _scratch
        name = type(self).__name__
        if isinstance(params, Tensor):
            raise TypeError(message("optim_params_tensor", name=name, type=type(params).__name__))
        param_groups = list(params)
        if len(param_groups) == 0:
            raise ValueError(message("optim_empty_params", name=name))
        if not isinstance(param_groups[0], dict):
            param_groups = [{"params": param_groups}]
        for param_group in param_groups:
            self.add_param_group(param_group)

    def add_param_group(self, param_group: dict) -> None:
        """Add a group of parameters with its own options (those it leaves out come from ``defaults``).

        Useful when fine-tuning: unfreeze a layer and hand its weights to the optimizer.

        Examples
        --------
        >>> import mldlab
        >>> from mldlab.optim import SGD
        >>> W, b = mldlab.zeros(2, 2, requires_grad=True), mldlab.zeros(2, requires_grad=True)
        >>> optimizer = SGD([W], lr=0.1)
        >>> optimizer.add_param_group({"params": [b], "lr": 0.01, "momentum": 0.9})
        >>> [(group["lr"], group["momentum"]) for group in optimizer.param_groups]
        [(0.1, 0), (0.01, 0.9)]
        """
        name = type(self).__name__
        if not isinstance(param_group, dict):
            raise TypeError(message("optim_group_type", name=name, type=type(param_group).__name__))
        if "params" not in param_group:
            raise KeyError(message("optim_group_no_params", name=name, keys=sorted(param_group)))
        params = param_group["params"]
        if isinstance(params, Tensor):
            params = [params]
        elif isinstance(params, (set, frozenset)):
            raise TypeError(message("optim_params_set", name=name))
        params = list(params)

        names = [p[0] for p in params if isinstance(p, tuple)]
        tensors = [p[1] if isinstance(p, tuple) else p for p in params]
        if names and len(names) != len(tensors):
            raise ValueError(message("optim_param_names", name=name))
        param_group["params"] = tensors
        if names:
            param_group["param_names"] = names

        for p in tensors:
            if not isinstance(p, Tensor):
                raise TypeError(message("optim_param_type", name=name, type=type(p).__name__))
            if not (p.is_leaf or p._retains_grad):
                raise ValueError(message("optim_nonleaf", name=name, op=p.op))
        for option, default in self.defaults.items():
            param_group.setdefault(option, default)

        ids = {id(p) for p in tensors}
        if len(ids) != len(tensors):
            warnings.warn(message("optim_duplicate_in_group", name=name), UserWarning, stacklevel=3)
        for group in self.param_groups:
            if ("param_names" in group) != bool(names):
                raise ValueError(message("optim_group_names", name=name))
            if any(id(p) in ids for p in group["params"]):
                raise ValueError(message("optim_duplicate_groups", name=name))
        self.param_groups.append(param_group)

    def zero_grad(self, set_to_none: bool = True) -> None:
        """Forget the gradients of all parameters, before the next ``backward()`` adds new ones.

        Parameters
        ----------
        set_to_none : bool, default True
            Set each ``grad`` to ``None`` (PyTorch's default). With ``False`` the gradients are filled with
            zeros instead. The difference shows in ``step()``: a parameter whose ``grad`` is ``None`` is
            skipped, while a zero gradient still moves it under momentum or weight decay.
        """
        for group in self.param_groups:
            for p in group["params"]:
                if p.grad is None:
                    continue
                if set_to_none:
                    p.grad = None
                else:
                    p.grad.detach_()
                    p.grad.zero_()

    def step(self, closure=None):
        """Update every parameter that has a gradient (written by each optimizer).

        Parameters
        ----------
        closure : callable, optional
            A function that clears the gradients, recomputes the loss, calls ``backward()`` and returns the
            loss. It is called (with gradients on) before the update; its loss is returned.
        """
        raise NotImplementedError

    def _init_state(self, p: Tensor, group: dict) -> dict:
        """A new parameter's state (overridden by optimizers that keep state, e.g. Adam's m and v)."""
        return {}

    def _loss_of(self, closure):
        """The loss returned by ``closure`` (run with gradients on), or None without a closure."""
        if closure is None:
            return None
        with enable_grad():
            return closure()

    def _with_grad(self, group: dict):
        """(θ, g, state) for each parameter of ``group`` that has a gradient, as NumPy arrays.

        A parameter whose ``grad`` is ``None`` (unused, or frozen) is skipped, as in PyTorch. Its state is
        created the first time it has a gradient. θ is the parameter's own array: updates write into it.
        """
        for p in group["params"]:
            if p.grad is None:
                continue
            state = self.state[p]
            if not state:
                state.update(self._init_state(p, group))
            yield p._data, p.grad._data, state

    def _scratch(self, like: np.ndarray) -> np.ndarray:
        """A work array of ``like``'s shape and dtype, for a step's intermediate results (its values are garbage).

        Written with ``out=`` (``np.sqrt(v, out=s)``), it replaces the fresh temporaries that a formula such
        as θ − η·m / (√v + ε) makes at each operation, each as large as the parameter. One flat array per
        dtype, as large as the largest parameter, serves every parameter and every step, so it stays in the
        cache. On the MNIST-size network (``benchmarks/bench_long.py``) Adam's step takes 15% less time with it
        (0.86 instead of 0.97 ms of CPU), about 4% of an epoch. The array belongs to this optimizer: two
        optimizers stepping in two threads never share one.
        """
        flat = self._scratch_arrays.get(like.dtype)
        if flat is None or flat.size < like.size:
            flat = self._scratch_arrays[like.dtype] = np.empty(like.size, like.dtype)
        return flat[: like.size].reshape(like.shape)

    def _decay(self, group: dict) -> float:
        """The smallest factor by which a state value of ``group`` shrinks in one step (1: nothing decays)."""
        return 1.0

    def _flush_tiny_states(self) -> None:
        """Every n steps, set the state values below T = 2¹⁶·tiny to exactly 0 (see Notes).

        This keeps the states out of the subnormal floats, which are slow on many CPUs. The period n comes
        from each group's fastest decay β (``_decay``), so that a value above T cannot decay below tiny in
        n steps: β^n ≥ 2⁻¹⁶. The check runs once every n steps, so it costs little.
        """
        self._step_count += 1
        for group in self.param_groups:
            if self._step_count % _flush_period(self._decay(group)) != 0:
                continue
            for p in group["params"]:
                self._flush_state(self.state.get(p, {}))

    def _flush_state(self, state: dict) -> None:
        """Set the values below T in the arrays of one parameter's state to exactly 0."""
        for value in state.values():
            if isinstance(value, Tensor) and value._data.dtype in _FLUSHED:
                array = value._data
                np.copyto(array, 0, where=np.abs(array) < _FLUSHED[array.dtype])

    def state_dict(self) -> dict:
        """The optimizer's state as a dict, in PyTorch's format.

        ``'state'`` maps each parameter's index (counted over the groups, in order) to its state;
        ``'param_groups'`` holds each group's options, with ``'params'`` as lists of those indices. The
        state tensors are the optimizer's own, as in PyTorch: copy the dict (``copy.deepcopy``) to keep a
        snapshot while training goes on.

        Examples
        --------
        >>> import mldlab
        >>> from mldlab.optim import Adam
        >>> w = mldlab.tensor([1.0, 2.0], requires_grad=True)
        >>> optimizer = Adam([w], lr=0.1)
        >>> (w ** 2).sum().backward()
        >>> optimizer.step()
        >>> saved = optimizer.state_dict()
        >>> sorted(saved["state"][0])
        ['exp_avg', 'exp_avg_sq', 'step']
        >>> saved["param_groups"][0]["params"]
        [0]
        >>> fresh = Adam([w], lr=0.1)
        >>> fresh.load_state_dict(saved)
        >>> fresh.state[w]["step"]
        1
        """
        index = {}
        param_groups = []
        for group in self.param_groups:
            packed = {key: value for key, value in group.items() if key != "params"}
            for p in group["params"]:
                index.setdefault(id(p), len(index))
            packed["params"] = [index[id(p)] for p in group["params"]]
            param_groups.append(packed)
        state = {index[id(p)] if isinstance(p, Tensor) else p: value for p, value in self.state.items()}
        return {"state": state, "param_groups": param_groups}

    def load_state_dict(self, state_dict: dict) -> None:
        """Take over the state and the group options saved by ``state_dict()``.

        The optimizer must have the same number of groups, of the same sizes, as the one that was saved.
        The state arrays are copied (converted to each parameter's dtype), so the loaded optimizer never
        shares memory with the dict.
        """
        name = type(self).__name__
        saved_groups = copy.deepcopy(state_dict["param_groups"])
        if len(saved_groups) != len(self.param_groups):
            raise ValueError(
                message("optim_load_groups", name=name, saved=len(saved_groups), own=len(self.param_groups))
            )
        for i, (group, saved) in enumerate(zip(self.param_groups, saved_groups, strict=True)):
            if len(group["params"]) != len(saved["params"]):
                raise ValueError(
                    message(
                        "optim_load_group_size",
                        name=name,
                        index=i,
                        saved=len(saved["params"]),
                        own=len(group["params"]),
                    )
                )
        param_of = {}
        for group, saved in zip(self.param_groups, saved_groups, strict=True):
            param_of.update(zip(saved["params"], group["params"], strict=True))

        state = defaultdict(dict)
        for key, values in state_dict["state"].items():
            if key not in param_of:
                state[key] = values
                continue
            p = param_of[key]
            state[p] = {k: _copy_state_value(name, key, k, v, p) for k, v in values.items()}

        for group, saved in zip(self.param_groups, saved_groups, strict=True):
            saved["params"] = group["params"]
            if "param_names" in group and "param_names" not in saved:
                saved["param_names"] = group["param_names"]
        self.state = state
        self.param_groups = saved_groups

    def __repr__(self) -> str:
        lines = [type(self).__name__ + " ("]
        for i, group in enumerate(self.param_groups):
            lines.append(f"Parameter Group {i}")
            lines.extend(f"    {key}: {group[key]}" for key in sorted(group) if key != "params")
        lines.append(")")
        return "\n".join(lines)


_HEADROOM = 16  # T = 2¹⁶·tiny: the flush threshold, in powers of 2 above the smallest normal float
# float16 is left alone: NumPy computes it through float32, where its subnormals are normal numbers.
_FLUSHED = {np.dtype(t): np.finfo(t).tiny * 2.0**_HEADROOM for t in (np.float32, np.float64)}
_LONGEST_PERIOD = 1000  # for states that do not decay, and so can only get tiny values from tiny gradients


def _flush_period(decay: float) -> int:
    """The number of steps n with decayⁿ ≥ 2⁻¹⁶: a value at T = 2¹⁶·tiny stays normal that long.

    >>> _flush_period(0.9), _flush_period(0.999), _flush_period(0.5), _flush_period(1.0)
    (105, 1000, 16, 1000)
    """
    if not 0.0 < decay < 1.0:  # 0: the state is replaced at each step; ≥ 1: it does not shrink
        return _LONGEST_PERIOD
    return max(1, min(_LONGEST_PERIOD, int(_HEADROOM * np.log(2.0) / -np.log(decay))))


def _copy_state_value(name: str, index, key, value, p: Tensor):
    """A loaded state value: arrays copied into the parameter's dtype, ``step`` as an int."""
    if key == "step":
        return int(float(value))
    if hasattr(value, "__array__"):  # a Tensor or an array
        array = np.array(value, dtype=p.dtype, copy=True)
        if array.shape != p.shape:
            raise ValueError(
                message(
                    "optim_load_shape", name=name, entry=key, index=index, got=tuple(array.shape), shape=tuple(p.shape)
                )
            )
        return Tensor._make(array)
    return copy.deepcopy(value)


def _check_nonnegative(name: str, **options) -> None:
    """Raise ``ValueError('Adam: lr must be >= 0, got -0.1')`` for the first negative (or NaN) option."""
    for option, value in options.items():
        if not 0.0 <= value:
            raise ValueError(message("optim_nonnegative", name=name, option=option, value=value))


def _check_unit_interval(name: str, option: str, value, closed: bool = False) -> None:
    """Raise unless 0 ≤ value < 1 (or 0 ≤ value ≤ 1 when ``closed``)."""
    if closed and not 0.0 <= value <= 1.0:
        raise ValueError(message("optim_unit_closed", name=name, option=option, value=value))
    if not closed and not 0.0 <= value < 1.0:
        raise ValueError(message("optim_unit_open", name=name, option=option, value=value))
