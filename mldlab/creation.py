"""Making tensors: ``tensor``, ``zeros``, ``ones``, ``full``, ``arange``, ``linspace``, ``eye``, random ones.

Defaults follow PyTorch: Python floats give float32, Python ints give int64, NumPy arrays keep their dtype.

Examples
--------
>>> import mldlab
>>> mldlab.tensor([[1, 2], [3, 4]])
tensor([[1, 2],
        [3, 4]])
>>> mldlab.zeros(2, 3).shape
(2, 3)
>>> mldlab.arange(0, 1, 0.25)
tensor([0.0000, 0.2500, 0.5000, 0.7500])
"""

import numpy as np

from mldlab import _dtype, _random
from mldlab._convert import to_array
from mldlab.i18n import message
from mldlab.tensor import Tensor


def tensor(data, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """A new tensor holding a copy of ``data`` (a number, nested lists, a NumPy array or a tensor)."""
    out = Tensor._make(to_array(data, _dtype.to_dtype(dtype)))
    if requires_grad:
        out.requires_grad = True
    return out


def as_tensor(data, dtype=None) -> Tensor:
    """``data`` as a tensor, sharing memory with a NumPy array when the dtype already fits."""
    if isinstance(data, Tensor):
        return data if dtype is None else data.type(dtype)
    if isinstance(data, np.ndarray) and (dtype is None or np.dtype(_dtype.to_dtype(dtype)) == data.dtype):
        if data.dtype in _dtype.SUPPORTED:
            return Tensor._make(data)
    return tensor(data, dtype=dtype)


def from_numpy(array: np.ndarray) -> Tensor:
    """A tensor sharing memory with ``array`` (changes to one show in the other)."""
    if not isinstance(array, np.ndarray):
        raise TypeError(message("from_numpy", type=type(array).__name__))
    if array.dtype not in _dtype.SUPPORTED:
        raise TypeError(message("not_numeric", type="ndarray", dtype=array.dtype))
    return Tensor._make(array)


def _shape(size) -> tuple:
    if len(size) == 1 and isinstance(size[0], (tuple, list)):
        size = tuple(size[0])
    for n in size:
        if not isinstance(n, (int, np.integer)) or n < 0:
            raise ValueError(message("size", size=tuple(size)))
    return tuple(int(n) for n in size)


def _new(array: np.ndarray, requires_grad: bool) -> Tensor:
    out = Tensor._make(array)
    if requires_grad:
        out.requires_grad = True
    return out


def zeros(*size, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """A tensor of zeros of the given shape."""
    return _new(np.zeros(_shape(size), _dtype.to_dtype(dtype) or _dtype.DEFAULT_FLOAT), requires_grad)


def ones(*size, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """A tensor of ones of the given shape."""
    return _new(np.ones(_shape(size), _dtype.to_dtype(dtype) or _dtype.DEFAULT_FLOAT), requires_grad)


def empty(*size, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """A tensor of the given shape (filled with zeros in mldlab, so nothing is ever uninitialised)."""
    return zeros(*size, dtype=dtype, requires_grad=requires_grad)


def full(size, fill_value, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """A tensor of the given shape filled with ``fill_value`` (its dtype follows the value, as in PyTorch)."""
    if dtype is None:
        dtype = _dtype.result_type(fill_value)
    return _new(np.full(_shape((size,)), fill_value, _dtype.to_dtype(dtype)), requires_grad)


def zeros_like(x: Tensor, dtype=None, requires_grad: bool = False) -> Tensor:
    """Zeros with the shape (and dtype) of ``x``."""
    return _new(np.zeros(x.shape, _dtype.to_dtype(dtype) or x.dtype), requires_grad)


def ones_like(x: Tensor, dtype=None, requires_grad: bool = False) -> Tensor:
    """Ones with the shape (and dtype) of ``x``."""
    return _new(np.ones(x.shape, _dtype.to_dtype(dtype) or x.dtype), requires_grad)


def full_like(x: Tensor, fill_value, dtype=None, requires_grad: bool = False) -> Tensor:
    return _new(np.full(x.shape, fill_value, _dtype.to_dtype(dtype) or x.dtype), requires_grad)


def arange(start, end=None, step=1, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """Numbers from ``start`` up to (not including) ``end`` in steps of ``step``."""
    if end is None:
        start, end = 0, start
    if step == 0:
        raise ValueError(message("arange_step"))
    if dtype is None:
        dtype = _dtype.result_type(start, end, step)
    values = np.arange(start, end, step, dtype=np.float64 if _dtype.to_dtype(dtype).kind == "f" else None)
    return _new(values.astype(_dtype.to_dtype(dtype)), requires_grad)


def linspace(start, end, steps: int, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """``steps`` evenly spaced numbers from ``start`` to ``end`` inclusive."""
    if not isinstance(steps, (int, np.integer)) or steps < 0:
        raise ValueError(message("linspace_steps", steps=steps))
    return _new(np.linspace(start, end, steps).astype(_dtype.to_dtype(dtype) or _dtype.DEFAULT_FLOAT), requires_grad)


def eye(n: int, m: int | None = None, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """The identity matrix (ones on the diagonal)."""
    return _new(np.eye(n, m, dtype=_dtype.to_dtype(dtype) or _dtype.DEFAULT_FLOAT), requires_grad)


def rand(*size, generator=None, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """Uniform random numbers in [0, 1)."""
    dtype = _dtype.to_dtype(dtype) or _dtype.DEFAULT_FLOAT
    return _new(_random.get_rng(generator).random(_shape(size)).astype(dtype), requires_grad)


def randn(*size, generator=None, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """Standard normal random numbers, N(0, 1)."""
    dtype = _dtype.to_dtype(dtype) or _dtype.DEFAULT_FLOAT
    return _new(_random.get_rng(generator).standard_normal(_shape(size)).astype(dtype), requires_grad)


def randint(low, high=None, size=None, generator=None, dtype=None, device=None) -> Tensor:
    """Random integers from ``low`` up to (not including) ``high``; ``randint(high, size)`` starts at 0."""
    if size is None:
        if high is None or not isinstance(high, (tuple, list)):
            raise TypeError(message("randint_size"))
        low, high, size = 0, low, high
    elif high is None:
        low, high = 0, low
    if high <= low:
        raise ValueError(message("randint_range", low=low, high=high))
    values = _random.get_rng(generator).integers(low, high, _shape((size,)))
    return Tensor._make(values.astype(_dtype.to_dtype(dtype) or _dtype.int64))


def randperm(n: int, generator=None, dtype=None, device=None) -> Tensor:
    """A random ordering of 0 … n − 1."""
    return Tensor._make(_random.get_rng(generator).permutation(n).astype(_dtype.to_dtype(dtype) or _dtype.int64))


def rand_like(x: Tensor, generator=None, dtype=None, requires_grad: bool = False) -> Tensor:
    return rand(*x.shape, generator=generator, dtype=dtype or x.dtype, requires_grad=requires_grad)


def randn_like(x: Tensor, generator=None, dtype=None, requires_grad: bool = False) -> Tensor:
    return randn(*x.shape, generator=generator, dtype=dtype or x.dtype, requires_grad=requires_grad)
