"""Weight initialisation: the starting values of W, chosen so that signals neither vanish nor explode.

Each function fills a tensor in place (its name ends in ``_``, as in PyTorch), records nothing in the graph,
returns the tensor, and takes ``generator=`` for its own random numbers (otherwise this thread's default generator,
seeded by ``mldlab.manual_seed``).

For a weight of shape (out_features, in_features) the fans are fan_in = in_features and
fan_out = out_features; for a convolution's kernel of shape (out_channels, in_channels / groups, kH, kW) each is
multiplied by the kernel's size: fan_in = in_channels / groups · kH · kW, fan_out = out_channels · kH · kW (as in
PyTorch, which does not divide fan_out by groups). Then

    (1) xavier_uniform_:   W ~ U(−a, a),   a = gain · √(6 / (fan_in + fan_out))
    (2) xavier_normal_:    W ~ N(0, σ²),   σ = gain · √(2 / (fan_in + fan_out))
    (3) kaiming_uniform_:  W ~ U(−b, b),   b = gain · √(3 / fan)
    (4) kaiming_normal_:   W ~ N(0, σ²),   σ = gain / √fan

where fan is fan_in or fan_out (``mode``) and gain = ``calculate_gain(nonlinearity, a)``.

Examples
--------
>>> import mldlab
>>> from mldlab import nn
>>> w = mldlab.empty(256, 100)
>>> _ = nn.init.kaiming_uniform_(w, nonlinearity="relu")
>>> bound = nn.init.calculate_gain("relu") * (3 / 100) ** 0.5
>>> bool(w.abs().max() <= bound)
True
"""

import math
import warnings

from mldlab import _random
from mldlab.i18n import message
from mldlab.tensor import Tensor

_LINEAR = ("linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d")
_NONLINEARITIES = (*_LINEAR, "sigmoid", "tanh", "relu", "leaky_relu", "selu")


def calculate_gain(nonlinearity: str, param=None) -> float:
    """The recommended scale of the weights for an activation function g.

    ============  =========================
    nonlinearity  gain
    ============  =========================
    linear, conv  1
    sigmoid       1
    tanh          5/3
    relu          √2
    leaky_relu    √(2 / (1 + slope²))  (slope = ``param``, default 0.01)
    selu          3/4
    ============  =========================

    Examples
    --------
    >>> from mldlab import nn
    >>> nn.init.calculate_gain("tanh")
    1.6666666666666667
    >>> round(nn.init.calculate_gain("leaky_relu", 0.2), 6)
    1.38675
    """
    if nonlinearity in _LINEAR or nonlinearity == "sigmoid":
        return 1
    if nonlinearity == "tanh":
        return 5.0 / 3
    if nonlinearity == "relu":
        return math.sqrt(2.0)
    if nonlinearity == "leaky_relu":
        if param is None:
            slope = 0.01
        elif isinstance(param, (int, float)) and not isinstance(param, bool):
            slope = param
        else:
            raise ValueError(message("init_slope", param=param))
        return math.sqrt(2.0 / (1 + slope**2))
    if nonlinearity == "selu":
        return 3.0 / 4
    raise ValueError(message("init_nonlinearity", name=nonlinearity, names=", ".join(_NONLINEARITIES)))


def _calculate_fan_in_and_fan_out(tensor: Tensor) -> tuple:
    """(fan_in, fan_out) of a weight of shape (out, in, *kernel): in·k and out·k, k = the kernel's size.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> nn.init._calculate_fan_in_and_fan_out(nn.Conv2d(8, 16, 3, groups=2).weight)   # (4·3·3, 16·3·3)
    (36, 144)
    """
    shape = tensor.shape
    if len(shape) < 2:
        raise ValueError(message("init_fan", op="fan_in/fan_out", shape=tuple(shape)))
    receptive_field = math.prod(shape[2:])
    return shape[1] * receptive_field, shape[0] * receptive_field


def _fan(tensor: Tensor, mode: str, op: str) -> int:
    if mode not in ("fan_in", "fan_out"):
        raise ValueError(message("init_mode", op=op, mode=mode))
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    return fan_in if mode == "fan_in" else fan_out


def _fill(tensor: Tensor, values, op: str) -> Tensor:
    """Write ``values`` (a number, or a function of the shape) into the tensor's array, outside the graph."""
    if not isinstance(tensor, Tensor):
        raise TypeError(message("init_not_tensor", op=op, type=type(tensor).__name__))
    tensor._data[...] = values(tensor.shape) if callable(values) else values
    return tensor


def _is_empty(tensor: Tensor, op: str) -> bool:
    if 0 in tensor.shape:
        warnings.warn(message("init_empty", op=op, shape=tuple(tensor.shape)), stacklevel=3)
        return True
    return False


def uniform_(tensor: Tensor, a: float = 0.0, b: float = 1.0, generator=None) -> Tensor:
    """W ~ U(a, b): every value equally likely between a and b."""
    return _fill(tensor, lambda shape: _random.get_rng(generator).uniform(a, b, shape), "uniform_")


def normal_(tensor: Tensor, mean: float = 0.0, std: float = 1.0, generator=None) -> Tensor:
    """W ~ N(mean, std²)."""
    return _fill(tensor, lambda shape: _random.get_rng(generator).normal(mean, std, shape), "normal_")


def constant_(tensor: Tensor, val: float) -> Tensor:
    """W = val everywhere."""
    return _fill(tensor, val, "constant_")


def zeros_(tensor: Tensor) -> Tensor:
    """W = 0 everywhere (fine for biases; for weights every unit would learn the same thing)."""
    return _fill(tensor, 0, "zeros_")


def ones_(tensor: Tensor) -> Tensor:
    """W = 1 everywhere."""
    return _fill(tensor, 1, "ones_")


def xavier_uniform_(tensor: Tensor, gain: float = 1.0, generator=None) -> Tensor:
    """(1) W ~ U(−a, a) with a = gain · √(6 / (fan_in + fan_out)) (Glorot & Bengio, 2010).

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> w = nn.init.xavier_uniform_(mldlab.empty(30, 20), gain=nn.init.calculate_gain("tanh"))
    >>> bool(w.abs().max() <= 5 / 3 * (6 / 50) ** 0.5)
    True
    """
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    a = gain * math.sqrt(6.0 / (fan_in + fan_out))  # (1)
    return uniform_(tensor, -a, a, generator)


def xavier_normal_(tensor: Tensor, gain: float = 1.0, generator=None) -> Tensor:
    """(2) W ~ N(0, σ²) with σ = gain · √(2 / (fan_in + fan_out))."""
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    std = gain * math.sqrt(2.0 / (fan_in + fan_out))  # (2)
    return normal_(tensor, 0.0, std, generator)


def kaiming_uniform_(tensor: Tensor, a: float = 0, mode: str = "fan_in", nonlinearity: str = "leaky_relu",
                     generator=None) -> Tensor:
    """(3) W ~ U(−b, b) with b = gain · √(3 / fan) (He et al., 2015).

    Parameters
    ----------
    tensor : Tensor
        A weight with at least two dimensions.
    a : float, default 0
        The negative slope of the leaky ReLU that follows (used by ``calculate_gain``).
    mode : {'fan_in', 'fan_out'}, default 'fan_in'
        'fan_in' keeps the size of the forward signal, 'fan_out' that of the backward gradients.
    nonlinearity : str, default 'leaky_relu'
    generator : mldlab.Generator, optional

    Notes
    -----
    ``Linear`` starts from ``kaiming_uniform_(weight, a=√5)``: gain = √(2 / (1 + 5)) = √(1/3), so
    b = √(1/3) · √(3 / fan_in) = 1 / √fan_in.
    """
    if _is_empty(tensor, "kaiming_uniform_"):
        return tensor
    fan = _fan(tensor, mode, "kaiming_uniform_")
    gain = calculate_gain(nonlinearity, a)
    bound = gain * math.sqrt(3.0 / fan)  # (3)
    return uniform_(tensor, -bound, bound, generator)


def kaiming_normal_(tensor: Tensor, a: float = 0, mode: str = "fan_in", nonlinearity: str = "leaky_relu",
                    generator=None) -> Tensor:
    """(4) W ~ N(0, σ²) with σ = gain / √fan (He et al., 2015); the arguments are those of ``kaiming_uniform_``."""
    if _is_empty(tensor, "kaiming_normal_"):
        return tensor
    fan = _fan(tensor, mode, "kaiming_normal_")
    std = calculate_gain(nonlinearity, a) / math.sqrt(fan)  # (4)
    return normal_(tensor, 0.0, std, generator)


__all__ = [
    "calculate_gain",
    "uniform_",
    "normal_",
    "constant_",
    "zeros_",
    "ones_",
    "xavier_uniform_",
    "xavier_normal_",
    "kaiming_uniform_",
    "kaiming_normal_",
]
