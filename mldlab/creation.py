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
from mldlab._ops._fma import fma
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


def _shape(size, keyword=None) -> tuple:
    """The sizes given as ``zeros(2, 3)``, ``zeros((2, 3))`` or ``zeros(size=(2, 3))``."""
    if keyword is not None:
        if size:
            raise TypeError(message("size_twice", sizes=tuple(size), size=keyword))
        size = (keyword,)
    if len(size) == 1 and isinstance(size[0], (tuple, list)):
        size = tuple(size[0])
    for n in size:
        if not isinstance(n, (int, np.integer)) or isinstance(n, bool) or n < 0:
            raise ValueError(message("size", size=tuple(size)))
    return tuple(int(n) for n in size)


def _new(array: np.ndarray, requires_grad: bool) -> Tensor:
    out = Tensor._make(array)
    if requires_grad:
        out.requires_grad = True
    return out


def zeros(*sizes, size=None, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """A tensor of zeros of the given shape: ``zeros(2, 3)``, ``zeros((2, 3))`` or ``zeros(size=(2, 3))``."""
    return _new(np.zeros(_shape(sizes, size), _dtype.to_dtype(dtype) or _dtype.DEFAULT_FLOAT), requires_grad)


def ones(*sizes, size=None, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """A tensor of ones of the given shape: ``ones(2, 3)``, ``ones((2, 3))`` or ``ones(size=(2, 3))``."""
    return _new(np.ones(_shape(sizes, size), _dtype.to_dtype(dtype) or _dtype.DEFAULT_FLOAT), requires_grad)


def empty(*sizes, size=None, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """A tensor of the given shape (filled with zeros in mldlab, so nothing is ever uninitialised)."""
    return zeros(*sizes, size=size, dtype=dtype, requires_grad=requires_grad)


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


def arange(start=None, end=None, step=1, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """Numbers from ``start`` (default 0) up to (not including) ``end`` in steps of ``step``: ``arange(5)``,
    ``arange(1, 5)``, ``arange(start=0, end=1, step=0.25)``."""
    if end is None:
        if start is None:
            raise TypeError(message("arange_end"))
        start, end = 0, start
    elif start is None:
        start = 0
    if step == 0:
        raise ValueError(message("arange_step"))
    if dtype is None:
        dtype = _dtype.result_type(start, end, step)
    values = np.arange(start, end, step, dtype=np.float64 if _dtype.to_dtype(dtype).kind == "f" else None)
    return _new(values.astype(_dtype.to_dtype(dtype)), requires_grad)


def linspace(start, end, steps: int, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """``steps`` evenly spaced numbers from ``start`` to ``end`` inclusive, with PyTorch's values to the last bit.

    With h = (end − start)/(steps − 1) computed in the result's dtype, the first half counts up from ``start``
    and the second half down from ``end`` (so both ends are exact)::

        xᵢ = start + h·i                     for i < steps // 2
        xᵢ = end − h·(steps − 1 − i)         otherwise

    each rounded once (PyTorch's CPU kernel uses fused multiply-adds). Integer dtypes truncate toward zero.

    Examples
    --------
    >>> linspace(-2, 3, 7)
    tensor([-2.0000, -1.1667, -0.3333,  0.5000,  1.3333,  2.1667,  3.0000])
    >>> linspace(0, 10, 5, dtype=_dtype.int64)
    tensor([ 0,  2,  5,  7, 10])
    """
    if not isinstance(steps, (int, np.integer)) or isinstance(steps, bool) or steps < 0:
        raise ValueError(message("linspace_steps", steps=steps))
    dtype = _dtype.to_dtype(dtype) or _dtype.DEFAULT_FLOAT
    work = np.dtype(np.float32) if dtype in (_dtype.float32, _dtype.float16) else np.dtype(np.float64)
    first, last = work.type(start), work.type(end)
    if steps <= 1:
        values = np.full(steps, first, work)
    else:
        h = work.type((last - first) / work.type(steps - 1))
        i = np.arange(steps)
        up = fma(h, i, first, work)
        down = fma(-h, steps - 1 - i, last, work)
        values = np.where(i < steps // 2, up, down)
    if dtype.kind in "iub":
        values = np.trunc(values)
    return _new(values.astype(dtype), requires_grad)


def eye(n: int, m: int | None = None, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """The identity matrix (ones on the diagonal)."""
    return _new(np.eye(n, m, dtype=_dtype.to_dtype(dtype) or _dtype.DEFAULT_FLOAT), requires_grad)


def rand(*sizes, size=None, generator=None, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """Uniform random numbers in [0, 1)."""
    dtype = _dtype.to_dtype(dtype) or _dtype.DEFAULT_FLOAT
    return _new(_random.get_rng(generator).random(_shape(sizes, size)).astype(dtype), requires_grad)


def randn(*sizes, size=None, generator=None, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """Standard normal random numbers, N(0, 1)."""
    dtype = _dtype.to_dtype(dtype) or _dtype.DEFAULT_FLOAT
    return _new(_random.get_rng(generator).standard_normal(_shape(sizes, size)).astype(dtype), requires_grad)


def randint(low=0, high=None, size=None, generator=None, dtype=None, device=None) -> Tensor:
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


def normal(mean=0.0, std=1.0, size=None, *, generator=None, dtype=None, requires_grad: bool = False,
           device=None) -> Tensor:
    """Normal random numbers N(mean, std²), in each of PyTorch's forms.

    ``normal(mean_tensor, std_tensor)`` (shapes broadcast), ``normal(mean_tensor, std=1.0)``,
    ``normal(mean, std_tensor)``, and ``normal(mean, std, size)`` for two numbers. With a tensor for ``mean``
    or ``std`` the result takes its dtype and stays in the graph with a zero gradient, as in PyTorch (a sample
    does not change smoothly with its parameters).

    Examples
    --------
    >>> normal(2.0, 3.0, size=(2, 3)).shape
    (2, 3)
    >>> normal(zeros(4), 1.0).shape
    (4,)
    """
    tensors = [t for t in (mean, std) if isinstance(t, Tensor)]
    if not tensors:
        if size is None:
            raise TypeError(message("normal_size"))
        if std < 0:
            raise RuntimeError(message("normal_std", std=std))
        dtype = _dtype.to_dtype(dtype) or _dtype.DEFAULT_FLOAT
        values = _random.get_rng(generator).normal(mean, std, _shape((size,)))
        return _new(values.astype(dtype), requires_grad)
    m = mean._data if isinstance(mean, Tensor) else mean
    s = std._data if isinstance(std, Tensor) else std
    if np.any(np.asarray(s) < 0):
        raise RuntimeError(message("normal_std", std=std))
    dtype = _dtype.result_type(*tensors)
    shape = np.broadcast_shapes(np.shape(m), np.shape(s))
    values = (m + s * _random.get_rng(generator).standard_normal(shape)).astype(dtype)

    def backward(g):
        return tuple(np.zeros(t.shape, g.dtype) for t in tensors)  # PyTorch's rule: ∂sample/∂(mean, std) := 0

    return Tensor._from_op(values, "normal", tuple(tensors), backward)
