"""Ops that move values without changing them: reshape, transpose, permute, (un)squeeze, expand,
indexing, type casts. Their gradients move the values back the same way."""

import re

import numpy as np

from mldlab._aliases import numpy_aliases
from mldlab._ops._util import normalize_dim
from mldlab.i18n import message
from mldlab.tensor import Tensor


def _sizes(args) -> tuple:
    """Accept both ``reshape(2, 3)`` and ``reshape((2, 3))``."""
    if len(args) == 1 and isinstance(args[0], (tuple, list)):
        args = tuple(args[0])
    return tuple(int(a) for a in args)


def reshape(x: Tensor, *shape, op: str = "reshape") -> Tensor:
    """The same elements in a new shape (one size may be −1: worked out from the others)."""
    shape = _sizes(shape)
    source = x.shape
    try:
        out = x._data.reshape(shape)
    except ValueError:
        raise RuntimeError(message("reshape", op=op, shape=shape, source=tuple(source), n=x._data.size)) from None

    def backward(g):
        return (g.reshape(source),)

    return Tensor._from_op(out, op, (x,), backward)


def flatten(x: Tensor, start_dim: int = 0, end_dim: int = -1) -> Tensor:
    """Merge axes ``start_dim`` … ``end_dim`` into one."""
    if x.ndim == 0:
        return reshape(x, (1,), op="flatten")
    start = normalize_dim("flatten", start_dim, x.ndim)
    end = normalize_dim("flatten", end_dim, x.ndim)
    if start > end:
        raise ValueError(message("flatten_dims", start=start_dim, end=end_dim))
    shape = x.shape[:start] + (-1,) + x.shape[end + 1 :]
    if 0 in x.shape:
        shape = x.shape[:start] + (int(np.prod(x.shape[start : end + 1])),) + x.shape[end + 1 :]
    return reshape(x, shape, op="flatten")


def transpose(x: Tensor, dim0: int, dim1: int) -> Tensor:
    """Swap axes ``dim0`` and ``dim1``."""
    a = normalize_dim("transpose", dim0, x.ndim)
    b = normalize_dim("transpose", dim1, x.ndim)
    if x.ndim == 0:
        return reshape(x, (), op="transpose")

    def backward(g):
        return (np.swapaxes(g, a, b),)

    return Tensor._from_op(np.swapaxes(x._data, a, b), "transpose", (x,), backward)


def permute(x: Tensor, *dims) -> Tensor:
    """Reorder the axes: axis i of the result is axis ``dims[i]`` of ``x``."""
    dims = _sizes(dims)
    if len(dims) != x.ndim:
        raise RuntimeError(message("permute", dims=dims, ndim=x.ndim))
    axes = tuple(normalize_dim("permute", d, x.ndim) for d in dims)
    if len(set(axes)) != len(axes):
        raise RuntimeError(message("permute", dims=dims, ndim=x.ndim))
    inverse = tuple(np.argsort(axes)) if axes else ()

    def backward(g):
        return (np.transpose(g, inverse),)

    return Tensor._from_op(np.transpose(x._data, axes), "permute", (x,), backward)


@numpy_aliases
def unsqueeze(x: Tensor, dim: int) -> Tensor:
    """Insert an axis of length 1 at ``dim``."""
    axis = normalize_dim("unsqueeze", dim, x.ndim + 1)
    source = x.shape

    def backward(g):
        return (g.reshape(source),)

    return Tensor._from_op(np.expand_dims(x._data, axis), "unsqueeze", (x,), backward)


@numpy_aliases
def squeeze(x: Tensor, dim=None) -> Tensor:
    """Remove axes of length 1 (only ``dim`` when given, and only if its length is 1)."""
    source = x.shape
    if dim is None:
        out = x._data.reshape(tuple(n for n in source if n != 1))
    else:
        dims = dim if isinstance(dim, (tuple, list)) else (dim,)
        axes = {normalize_dim("squeeze", d, x.ndim) for d in dims} if x.ndim else set()
        out = x._data.reshape(tuple(n for i, n in enumerate(source) if not (i in axes and n == 1)))

    def backward(g):
        return (g.reshape(source),)

    return Tensor._from_op(out, "squeeze", (x,), backward)


def expand(x: Tensor, *sizes) -> Tensor:
    """A view repeated along axes of length 1 (−1 keeps a size)."""
    sizes = _sizes(sizes)
    lead = len(sizes) - x.ndim
    if lead < 0:
        raise RuntimeError(message("expand", shape=tuple(x.shape), sizes=sizes))
    target = tuple(x.shape[i - lead] if s == -1 and i >= lead else s for i, s in enumerate(sizes))
    try:
        out = np.broadcast_to(x._data, target)
    except ValueError:
        raise RuntimeError(message("expand", shape=tuple(x.shape), sizes=sizes)) from None

    def backward(g):
        return (g,)  # the engine sums the copies back (the adjoint of broadcast is sum)

    return Tensor._from_op(out, "expand", (x,), backward)


def clone(x: Tensor) -> Tensor:
    """A copy with its own memory."""

    def backward(g):
        return (g,)

    return Tensor._from_op(x._data.copy(), "clone", (x,), backward)


def cast(x: Tensor, dtype) -> Tensor:
    """The values converted to ``dtype``; the gradient is converted back (only between float types)."""
    source = x._data.dtype

    def backward(g):
        return (g.astype(source),)

    out = x._data.astype(dtype)
    if dtype.kind != "f":
        return Tensor._make(out)
    return Tensor._from_op(out, "to", (x,), backward)


def _numpy_index(index):
    """Tensors inside an index become their arrays; lists become integer or boolean arrays."""
    if isinstance(index, Tensor):
        return index._data
    if isinstance(index, tuple):
        return tuple(_numpy_index(i) for i in index)
    if isinstance(index, list):
        return np.asarray([i.item() if isinstance(i, Tensor) else i for i in index])
    return index


def _index_range(op: str, shape: tuple, index: str, dim: str, size: str) -> str:
    size = int(size)
    return message("index_range", op=op, shape=shape, index=int(index), dim=int(dim), size=size, low=-size,
                   high=size - 1)


def _index_too_many(op: str, shape: tuple, ndim: str, n: str) -> str:
    return message("index_too_many", op=op, shape=shape, ndim=int(ndim), n=int(n))


def _index_mask(op: str, shape: tuple, dim: str, size: str, mask: str) -> str:
    return message("index_mask", op=op, shape=shape, dim=int(dim), size=int(size), mask=int(mask))


def _index_type(op: str, shape: tuple) -> str:
    return message("index_type", op=op, shape=shape)


_NUMPY_INDEX_ERRORS = {  # NumPy's wording → our message, given the numbers in it
    r"index (-?\d+) is out of bounds for axis (\d+) with size (\d+)": _index_range,
    r"array is (\d+)-dimensional, but (\d+) were indexed": _index_too_many,
    r"along (?:axis|dimension) (\d+); size of (?:axis|dimension) is (\d+) but size of corresponding boolean "
    r"(?:axis|dimension) is (\d+)": _index_mask,
    r"must be of integer|only integers, slices": _index_type,
}


def index_error(shape: tuple, error: IndexError, op: str = "getitem") -> IndexError:
    """NumPy's indexing error retold in the learner's language, with the tensor's shape."""
    text = str(error)
    for pattern, retell in _NUMPY_INDEX_ERRORS.items():
        found = re.search(pattern, text)
        if found:
            return IndexError(retell(op, tuple(shape), *found.groups()))
    return IndexError(message("index", op=op, shape=tuple(shape), detail=text))


def _is_basic(index) -> bool:
    """True when the index has only ints, slices, None and Ellipsis (so no element is picked twice)."""
    parts = index if isinstance(index, tuple) else (index,)
    return all(p is None or p is Ellipsis or isinstance(p, (int, np.integer, slice)) for p in parts)


def getitem(x: Tensor, index) -> Tensor:
    """``x[index]`` with ints, slices, None, ``...``, integer arrays and boolean masks."""
    if type(index) is slice:  # x[a:b], the mini-batch of every training loop: a view, no checks needed
        out, basic = x._data[index], True
    else:
        index = _numpy_index(index)
        try:
            out = x._data[index]
        except IndexError as error:
            raise index_error(x.shape, error) from None
        basic = _is_basic(index)
        if basic and out.ndim == 0:
            out = np.array(out)
    source = x.shape

    def backward(g):
        full = np.zeros(source, dtype=g.dtype)
        if basic or (isinstance(index, np.ndarray) and index.dtype == bool):
            full[index] = g
        else:
            np.add.at(full, index, g)  # an element picked twice gets both gradients
        return (full,)

    return Tensor._from_op(out, "getitem", (x,), backward)
