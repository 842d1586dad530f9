"""Random tensors: ``rand``, ``randn``, ``randint``, ``randperm``, ``normal`` and their ``_like`` forms.

Each draws from ``generator`` (an ``mldlab.Generator``) or from the global one (``mldlab.manual_seed``). The
numbers come from NumPy, so they differ from PyTorch's for the same seed; shapes, dtypes and arguments are
PyTorch's.

Examples
--------
>>> import mldlab
>>> mldlab.rand(2, 3).shape, mldlab.randint(0, 10, (4,)).dtype
((2, 3), dtype('int64'))
"""

import numpy as np

from mldlab import _dtype, _random
from mldlab.creation import check_device, make_tensor, shape_of
from mldlab.i18n import message
from mldlab.tensor import Tensor


def rand(*sizes, size=None, generator=None, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """Uniform random numbers in [0, 1)."""
    dtype = _dtype.to_dtype(dtype) or _dtype.DEFAULT_FLOAT
    return make_tensor(_random.get_rng(generator).random(shape_of(sizes, size)).astype(dtype), requires_grad, device)


def randn(*sizes, size=None, generator=None, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """Standard normal random numbers, N(0, 1)."""
    dtype = _dtype.to_dtype(dtype) or _dtype.DEFAULT_FLOAT
    values = _random.get_rng(generator).standard_normal(shape_of(sizes, size))
    return make_tensor(values.astype(dtype), requires_grad, device)


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
    values = _random.get_rng(generator).integers(low, high, shape_of((size,)))
    return make_tensor(values.astype(_dtype.to_dtype(dtype) or _dtype.int64), False, device)


def randperm(n: int, generator=None, dtype=None, device=None) -> Tensor:
    """A random ordering of 0 … n − 1."""
    order = _random.get_rng(generator).permutation(n)
    return make_tensor(order.astype(_dtype.to_dtype(dtype) or _dtype.int64), False, device)


def rand_like(input: Tensor, generator=None, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """Uniform random numbers in [0, 1) in the shape (and dtype) of ``input``."""
    return rand(*input.shape, generator=generator, dtype=dtype or input.dtype, requires_grad=requires_grad,
                device=device)


def randn_like(input: Tensor, generator=None, dtype=None, requires_grad: bool = False, device=None) -> Tensor:
    """N(0, 1) random numbers in the shape (and dtype) of ``input``."""
    return randn(*input.shape, generator=generator, dtype=dtype or input.dtype, requires_grad=requires_grad,
                 device=device)


def randint_like(input: Tensor, low=0, high=None, generator=None, dtype=None, requires_grad: bool = False,
                 device=None) -> Tensor:
    """Random integers from ``low`` up to ``high`` (``randint_like(x, high)`` starts at 0) in the shape of
    ``input``, in its dtype unless ``dtype`` is given (so float tensors get whole floats, as in PyTorch)."""
    if high is None:
        low, high = 0, low
    values = randint(low, high, tuple(input.shape), generator=generator, device=device)._data
    return make_tensor(values.astype(_dtype.to_dtype(dtype) or input.dtype), requires_grad, device)


def normal(mean=0.0, std=1.0, size=None, *, generator=None, dtype=None, requires_grad: bool = False,
           device=None) -> Tensor:
    """Normal random numbers N(mean, std²), in each of PyTorch's forms.

    ``normal(mean_tensor, std_tensor)`` (shapes broadcast), ``normal(mean_tensor, std=1.0)``,
    ``normal(mean, std_tensor)``, and ``normal(mean, std, size)`` for two numbers. With a tensor for ``mean``
    or ``std`` the result takes its dtype and stays in the graph with a zero gradient, as in PyTorch (a sample
    does not change smoothly with its parameters).

    Examples
    --------
    >>> import mldlab
    >>> normal(2.0, 3.0, size=(2, 3)).shape
    (2, 3)
    >>> normal(mldlab.zeros(4), 1.0).shape
    (4,)
    """
    check_device(device)
    tensors = [t for t in (mean, std) if isinstance(t, Tensor)]
    if not tensors:
        if size is None:
            raise TypeError(message("normal_size"))
        if std < 0:
            raise RuntimeError(message("normal_std", std=std))
        dtype = _dtype.to_dtype(dtype) or _dtype.DEFAULT_FLOAT
        values = _random.get_rng(generator).normal(mean, std, shape_of((size,)))
        return make_tensor(values.astype(dtype), requires_grad)
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
