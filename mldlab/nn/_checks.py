"""Checks of layer constructor arguments, shared by the layers (a description read from a file feeds them too).

Each returns the value in its plain Python form (``np.int64(3)`` → ``3``), or raises a clear error that names the
layer, the argument, the value received and what was expected.
"""

import math
import numbers

from mldlab import _dtype
from mldlab.i18n import message


def size(layer: str, name: str, value, minimum: int = 1) -> int:
    """A number of features or units: a whole number ≥ ``minimum`` (PyTorch allows a Linear layer 0 inputs)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(message("layer_size_type", layer=layer, name=name, value=repr(value),
                                type=type(value).__name__, minimum=minimum))
    if value < minimum:
        raise ValueError(message("layer_size_value", layer=layer, name=name, value=int(value), minimum=minimum))
    return int(value)


def flag(layer: str, name: str, value) -> bool:
    """True or False."""
    if not isinstance(value, bool):
        raise TypeError(message("layer_bool", layer=layer, name=name, value=repr(value)))
    return value


def number(layer: str, name: str, value) -> float:
    """A finite real number."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        raise TypeError(message("layer_number", layer=layer, name=name, value=repr(value)))
    return float(value)


def axis(layer: str, name: str, value, optional: bool = False) -> int | None:
    """An axis: a whole number (negative counts from the end), or None where the layer may choose."""
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(message("layer_axis", layer=layer, name=name, value=repr(value)))
    return int(value)


def float_dtype(layer: str, value):
    """The dtype of a layer's weights: float16, float32 or float64 (a name or a dtype); None for the default."""
    if value is None:
        return _dtype.DEFAULT_FLOAT
    try:
        dtype = _dtype.to_dtype(value)
    except (TypeError, ValueError):
        dtype = None
    if dtype is None or dtype.kind != "f":
        raise TypeError(message("layer_dtype", layer=layer, value=repr(value)))
    return dtype
