"""Making tensors: ``tensor``, ``zeros``, ``ones``, ``full``, ``arange``, ``linspace``, ``eye`` (random ones:
``mldlab.random_tensors``).

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

from mldlab import _dtype
from mldlab._convert import to_array
from mldlab._ops._fma import fma
from mldlab.device import device as Device
from mldlab.i18n import message
from mldlab.tensor import Tensor


def tensor(data, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """A new tensor holding a copy of ``data`` (a number, nested lists, a NumPy array or a tensor)."""
    return make_tensor(to_array(data, _dtype.to_dtype(dtype)), requires_grad, device)


def as_tensor(data, dtype=None, device=None) -> Tensor:
    """``data`` as a tensor, sharing memory with a NumPy array when the dtype already fits."""
    check_device(device)
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


def shape_of(size, keyword=None) -> tuple:
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


def check_device(device) -> None:
    """``device`` must be None or the CPU: ``'cuda'`` and ``'mps'`` get the clear error of ``mldlab.device``."""
    if device is not None:
        Device(device)


def make_tensor(array: np.ndarray, requires_grad: bool, device=None) -> Tensor:
    check_device(device)
    out = Tensor._make(array)
    if requires_grad:
        out.requires_grad = True
    return out


def zeros(*sizes, size=None, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """A tensor of zeros of the given shape: ``zeros(2, 3)``, ``zeros((2, 3))`` or ``zeros(size=(2, 3))``."""
    dtype = _dtype.to_dtype(dtype) or _dtype.DEFAULT_FLOAT
    return make_tensor(np.zeros(shape_of(sizes, size), dtype), requires_grad, device)


def ones(*sizes, size=None, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """A tensor of ones of the given shape: ``ones(2, 3)``, ``ones((2, 3))`` or ``ones(size=(2, 3))``."""
    dtype = _dtype.to_dtype(dtype) or _dtype.DEFAULT_FLOAT
    return make_tensor(np.ones(shape_of(sizes, size), dtype), requires_grad, device)


def empty(*sizes, size=None, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """A tensor of the given shape (filled with zeros in mldlab, so nothing is ever uninitialised)."""
    return zeros(*sizes, size=size, dtype=dtype, requires_grad=requires_grad, device=device)


def full(size, fill_value, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """A tensor of the given shape filled with ``fill_value`` (its dtype follows the value, as in PyTorch)."""
    if dtype is None:
        dtype = _dtype.result_type(fill_value)
    return make_tensor(np.full(shape_of((size,)), fill_value, _dtype.to_dtype(dtype)), requires_grad, device)


def zeros_like(input: Tensor, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """Zeros with the shape (and dtype) of ``input``."""
    return make_tensor(np.zeros(input.shape, _dtype.to_dtype(dtype) or input.dtype), requires_grad, device)


def ones_like(input: Tensor, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """Ones with the shape (and dtype) of ``input``."""
    return make_tensor(np.ones(input.shape, _dtype.to_dtype(dtype) or input.dtype), requires_grad, device)


def empty_like(input: Tensor, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """A tensor with the shape (and dtype) of ``input`` (of zeros in mldlab, never uninitialised)."""
    return zeros_like(input, dtype, requires_grad, device)


def full_like(input: Tensor, fill_value, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """``fill_value`` in the shape (and dtype) of ``input``."""
    return make_tensor(np.full(input.shape, fill_value, _dtype.to_dtype(dtype) or input.dtype), requires_grad, device)


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
    return make_tensor(values.astype(_dtype.to_dtype(dtype)), requires_grad, device)


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
    return make_tensor(values.astype(dtype), requires_grad, device)


def eye(n: int, m: int | None = None, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """The identity matrix (ones on the diagonal)."""
    return make_tensor(np.eye(n, m, dtype=_dtype.to_dtype(dtype) or _dtype.DEFAULT_FLOAT), requires_grad, device)
