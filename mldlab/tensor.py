"""The ``Tensor``: a NumPy array that remembers how it was computed, so that ``backward()`` can apply
the chain rule through every operation and leave ∂J/∂W in ``W.grad``.

Every operation makes a new tensor that keeps three things (when gradients are being tracked):

- ``op``: the operation's name (``'matmul'``, ``'tanh'``, ...),
- ``inputs``: the tensors it was computed from,
- a ``backward`` closure: given ∂J/∂out, it returns ∂J/∂input for each input (the local derivative
  times the gradient from above).

``backward()`` sorts the graph so that every node comes after the nodes it feeds (a topological
order), then walks it once in reverse, from the loss back to the weights:

    ∂J/∂w1 = ∂J/∂ŷ · ∂ŷ/∂z1 · ∂z1/∂w1

Examples
--------
The slide's perceptron ŷ = g(w0 + xᵀw) with w0 = 1, w = [3, −2], x = [−1, 2]:

>>> import mldlab
>>> w0 = mldlab.tensor(1.0, requires_grad=True)
>>> w = mldlab.tensor([3.0, -2.0], requires_grad=True)
>>> x = mldlab.tensor([-1.0, 2.0])
>>> y_hat = (w0 + x @ w).sigmoid()
>>> round(y_hat.item(), 6)
0.002473
>>> y_hat.backward()
>>> w.grad                     # ∂ŷ/∂w = σ'(z)·x
tensor([-0.0025,  0.0049])
"""

import numpy as np

from mldlab import _dtype, _printing
from mldlab._aliases import numpy_aliases
from mldlab._convert import to_array
from mldlab.device import is_device
from mldlab.grad_mode import _state as _grad_state
from mldlab.i18n import message


class Tensor:
    """An n-dimensional array with reverse-mode automatic differentiation.

    Make tensors with :func:`mldlab.tensor` (or ``zeros``, ``randn``, ...). Arithmetic, ``@``, indexing and
    the methods below build a graph when any input has ``requires_grad=True``; ``backward()`` fills ``.grad``
    of the leaf tensors, adding to what is already there (as PyTorch does; call ``zero_grad`` between steps).
    """

    __slots__ = ("_data", "grad", "_requires_grad", "_op", "_inputs", "_backward", "_retains_grad", "__weakref__")
    __array_priority__ = 1000  # so that ndarray (op) Tensor gives a Tensor

    def __init__(self, *data, dtype=None, requires_grad: bool = False):
        """PyTorch's legacy constructor: ``Tensor([1, 2])`` holds float32 numbers (use ``mldlab.tensor`` to keep
        integers), ``Tensor(2, 3)`` is a 2×3 tensor of zeros, ``Tensor(t)`` copies the tensor ``t``."""
        dtype = _dtype.to_dtype(dtype)
        if data and all(isinstance(n, (int, np.integer)) and not isinstance(n, bool) for n in data):
            array = np.zeros(tuple(int(n) for n in data), dtype or _dtype.DEFAULT_FLOAT)
        elif len(data) == 1:
            default = None if isinstance(data[0], Tensor) else _dtype.DEFAULT_FLOAT
            array = to_array(data[0], dtype or default)
        elif not data:
            array = np.zeros((0,), dtype or _dtype.DEFAULT_FLOAT)
        else:
            raise TypeError(message("tensor_constructor", args=", ".join(type(d).__name__ for d in data)))
        self._data = array
        self.grad = None
        self._op = None
        self._inputs = ()
        self._backward = None
        self._retains_grad = False
        self._requires_grad = False
        if requires_grad:
            self.requires_grad = True

    @classmethod
    def _make(cls, array: np.ndarray, requires_grad: bool = False) -> "Tensor":
        """Wrap an array without copying or checking it (the engine's fast constructor)."""
        out = object.__new__(cls)
        out._data = array
        out.grad = None
        out._requires_grad = requires_grad
        out._op = None
        out._inputs = ()
        out._backward = None
        out._retains_grad = False
        return out

    @staticmethod
    def _from_op(array, op: str, inputs: tuple, backward) -> "Tensor":
        """The output of an operation: part of the graph when any input requires a gradient."""
        if type(array) is not np.ndarray:
            array = np.asarray(array)
        out = object.__new__(Tensor)
        out._data = array
        out.grad = None
        out._retains_grad = False
        out._requires_grad = False
        out._op = None
        out._inputs = ()
        out._backward = None
        for tensor in inputs:
            if tensor._requires_grad:
                if getattr(_grad_state, "enabled", True):
                    out._requires_grad = True
                    out._op = op
                    out._inputs = inputs
                    out._backward = backward
                break
        return out

    @property
    def data(self) -> "Tensor":
        """The same values as a tensor outside the graph (shares memory, as PyTorch's ``.data``)."""
        return Tensor._make(self._data)

    @data.setter
    def data(self, value) -> None:
        array = value._data if isinstance(value, Tensor) else np.asarray(value)
        self._data = array

    @property
    def requires_grad(self) -> bool:
        """Whether gradients are computed for this tensor."""
        return self._requires_grad

    @requires_grad.setter
    def requires_grad(self, value: bool) -> None:
        if value and self._data.dtype.kind != "f":
            raise RuntimeError(message("requires_grad_dtype", dtype=_dtype.dtype_name(self._data.dtype)))
        if not value and self._op is not None:
            raise RuntimeError(message("requires_grad_nonleaf"))
        self._requires_grad = bool(value)

    def requires_grad_(self, requires_grad: bool = True) -> "Tensor":
        """Set ``requires_grad`` in place and return the tensor."""
        self.requires_grad = requires_grad
        return self

    @property
    def is_leaf(self) -> bool:
        """True for tensors made by the user (weights, data), False for results of operations."""
        return self._op is None

    @property
    def op(self) -> str | None:
        """The name of the operation that computed this tensor (None for a leaf)."""
        return self._op

    @property
    def inputs(self) -> tuple:
        """The tensors this one was computed from (empty for a leaf)."""
        return self._inputs

    @property
    def grad_fn(self):
        """The graph node that made this tensor: ``None`` for a leaf (PyTorch's ``grad_fn``)."""
        if self._op is None:
            return None
        return Node(self)

    @property
    def shape(self) -> tuple:
        return self._data.shape

    @property
    def ndim(self) -> int:
        return self._data.ndim

    @property
    def dtype(self) -> np.dtype:
        return self._data.dtype

    @property
    def device(self) -> str:
        return "cpu"

    @property
    def T(self) -> "Tensor":  # noqa: N802 (PyTorch's name)
        """The tensor with its axes reversed (the transpose of a matrix)."""
        return _shape.permute(self, tuple(range(self._data.ndim - 1, -1, -1)))

    @property
    def mT(self) -> "Tensor":  # noqa: N802
        """The last two axes swapped (a batch of transposed matrices)."""
        return _shape.transpose(self, -2, -1)

    def size(self, dim: int | None = None):
        """The shape, or the length of axis ``dim``."""
        if dim is None:
            return self._data.shape
        from mldlab._ops._util import normalize_dim

        return self._data.shape[normalize_dim("size", dim, self._data.ndim)]

    def dim(self) -> int:
        return self._data.ndim

    def numel(self) -> int:
        """The number of elements."""
        return int(self._data.size)

    def numpy(self, force: bool = False) -> np.ndarray:
        """The values as a NumPy array (shared memory). Like PyTorch, refuses a tensor in a graph unless
        ``force=True``: call ``.detach().numpy()``."""
        if self._requires_grad and not force:
            raise RuntimeError(message("numpy_requires_grad"))
        return self._data

    def item(self):
        """The value of a one-element tensor as a Python number."""
        if self._data.size != 1:
            raise ValueError(message("item_size", shape=tuple(self._data.shape), n=self._data.size))
        return self._data.reshape(()).item()

    def tolist(self):
        return self._data.tolist()

    def detach(self) -> "Tensor":
        """The same values outside the graph (shares memory)."""
        return Tensor._make(self._data)

    def detach_(self) -> "Tensor":
        self._op, self._inputs, self._backward, self._requires_grad = None, (), None, False
        return self

    def clone(self) -> "Tensor":
        """A copy with its own memory, still in the graph."""
        return _shape.clone(self)

    def contiguous(self) -> "Tensor":
        return self

    def cpu(self) -> "Tensor":
        return self

    def to(self, *args, **kwargs) -> "Tensor":
        """``to(dtype)`` converts; ``to('cpu')`` and ``to(device)`` return the tensor itself (mldlab runs on the
        CPU)."""
        dtype = kwargs.get("dtype")
        for arg in args:
            if isinstance(arg, Tensor):
                dtype = arg.dtype
            elif not is_device(arg):
                dtype = arg
        device = kwargs.get("device")
        if device is not None and not is_device(device):
            raise ValueError(message("device", device=device))
        return self if dtype is None else self.type(dtype)

    def type(self, dtype=None):
        if dtype is None:
            return _dtype.dtype_name(self._data.dtype)
        dtype = _dtype.to_dtype(dtype)
        if dtype == self._data.dtype:
            return self
        return _shape.cast(self, dtype)

    def type_as(self, other) -> "Tensor":
        return self.type(other.dtype)

    def float(self) -> "Tensor":
        return self.type(_dtype.float32)

    def double(self) -> "Tensor":
        return self.type(_dtype.float64)

    def long(self) -> "Tensor":
        return self.type(_dtype.int64)

    def int(self) -> "Tensor":
        return self.type(_dtype.int32)

    def bool(self) -> "Tensor":
        return self.type(_dtype.bool_)

    def retain_grad(self) -> None:
        """Keep ∂J/∂(this tensor) in ``.grad`` after ``backward()`` even though it is not a leaf."""
        if self._op is not None:
            self._retains_grad = True

    def backward(self, gradient=None, retain_graph: bool = False) -> None:
        """Compute ∂self/∂x for every leaf x with ``requires_grad=True`` and add it to ``x.grad``.

        Parameters
        ----------
        gradient : Tensor or array, optional
            ∂J/∂self when ``self`` is not a single number (a vector-Jacobian product). Defaults to 1 for a
            one-element tensor.
        retain_graph : bool, default False
            Keep the graph so that ``backward()`` can run through it again. Otherwise its saved values are
            freed, as in PyTorch.
        """
        if not self._requires_grad:
            raise RuntimeError(message("backward_no_grad"))
        if gradient is None:
            if self._data.size != 1:
                raise RuntimeError(message("backward_nonscalar", shape=tuple(self._data.shape)))
            seed = np.ones_like(self._data)
        else:
            given = gradient._data if isinstance(gradient, Tensor) else gradient
            seed = np.asarray(given, dtype=self._data.dtype)
            if seed.shape != self._data.shape:
                shape = tuple(self._data.shape)
                raise RuntimeError(message("backward_gradient_shape", got=tuple(seed.shape), shape=shape))

        if self._op is None:  # backward() on a leaf: ∂x/∂x = 1
            _accumulate(self, seed)
            return
        grads = {id(self): seed}  # ∂J/∂node for the nodes reached so far: the sum over the paths to each
        for node in reversed(_topological_order(self)):  # a node comes after every node it feeds
            g = grads.pop(id(node), None)
            if g is None:  # no gradient flows here (e.g. only through inputs that need none)
                continue
            if node._retains_grad:
                _accumulate(node, g)
            if node._backward is None:
                raise RuntimeError(message("backward_twice", op=node._op))
            fresh = getattr(node._backward, "fresh_grads", False)  # see _grad_array
            # the chain rule's local step: ∂J/∂input = ∂J/∂node · ∂node/∂input
            for tensor, input_grad in zip(node._inputs, node._backward(g)):
                if input_grad is None or not tensor._requires_grad:
                    continue
                input_grad = _unbroadcast(input_grad, tensor._data.shape)
                if tensor._op is None:
                    _accumulate(tensor, input_grad, fresh)  # a leaf: straight into its .grad
                elif id(tensor) in grads:
                    grads[id(tensor)] = grads[id(tensor)] + input_grad
                else:
                    grads[id(tensor)] = input_grad
            if not retain_graph:
                node._backward = None

    def __add__(self, other):
        return _arith.add(self, other)

    def __radd__(self, other):
        return _arith.add(other, self)

    def __sub__(self, other):
        return _arith.sub(self, other)

    def __rsub__(self, other):
        return _arith.sub(other, self)

    def __mul__(self, other):
        return _arith.mul(self, other)

    def __rmul__(self, other):
        return _arith.mul(other, self)

    def __truediv__(self, other):
        return _arith.div(self, other)

    def __rtruediv__(self, other):
        return _arith.div(other, self)

    def __pow__(self, other):
        return _arith.pow(self, other)

    def __rpow__(self, other):
        return _arith.pow(other, self)

    def __matmul__(self, other):
        return _arith.matmul(self, other)

    def __rmatmul__(self, other):
        return _arith.matmul(other, self)

    def __neg__(self):
        return _arith.neg(self)

    def __pos__(self):
        return self

    def __abs__(self):
        return _pointwise.abs(self)

    def __floordiv__(self, other):
        return _compare.floor_divide(self, other)

    def __mod__(self, other):
        return _compare.remainder(self, other)

    def __rfloordiv__(self, other):
        return _compare.floor_divide(other, self)

    def __rmod__(self, other):
        return _compare.remainder(other, self)

    def __iadd__(self, other):
        return _inplace.binary(self, other, np.add, _arith.add)

    def __isub__(self, other):
        return _inplace.binary(self, other, np.subtract, _arith.sub)

    def __imul__(self, other):
        return _inplace.binary(self, other, np.multiply, _arith.mul)

    def __itruediv__(self, other):
        return _inplace.binary(self, other, np.true_divide, _arith.div)

    add = __add__
    sub = __sub__
    mul = __mul__
    div = __truediv__
    matmul = mm = dot = bmm = mv = __matmul__  # torch.mm, dot, bmm and mv are matmul's special cases
    neg = __neg__
    pow = __pow__

    def add_(self, other, alpha=1):
        return _inplace.binary(self, other if alpha == 1 else other * alpha, np.add, None)

    def sub_(self, other, alpha=1):
        return _inplace.binary(self, other if alpha == 1 else other * alpha, np.subtract, None)

    def mul_(self, other):
        return _inplace.binary(self, other, np.multiply, None)

    def div_(self, other):
        return _inplace.binary(self, other, np.true_divide, None)

    def zero_(self):
        return _inplace.fill(self, 0)

    def fill_(self, value):
        return _inplace.fill(self, value)

    def copy_(self, source):
        return _inplace.copy(self, source)

    def clamp_(self, min=None, max=None):  # noqa: A002
        return _inplace.apply(self, lambda a: np.clip(a, min, max, out=a))

    def uniform_(self, a: float = 0.0, b: float = 1.0, generator=None):
        return _inplace.random(self, "uniform", a, b, generator)

    def normal_(self, mean: float = 0.0, std: float = 1.0, generator=None):
        return _inplace.random(self, "normal", mean, std, generator)

    def __eq__(self, other):
        return _compare.compare(self, other, np.equal)

    def __ne__(self, other):
        return _compare.compare(self, other, np.not_equal)

    def __lt__(self, other):
        return _compare.compare(self, other, np.less)

    def __le__(self, other):
        return _compare.compare(self, other, np.less_equal)

    def __gt__(self, other):
        return _compare.compare(self, other, np.greater)

    def __ge__(self, other):
        return _compare.compare(self, other, np.greater_equal)

    def __and__(self, other):
        return _compare.compare(self, other, np.logical_and if self.dtype == _dtype.bool_ else np.bitwise_and)

    def __or__(self, other):
        return _compare.compare(self, other, np.logical_or if self.dtype == _dtype.bool_ else np.bitwise_or)

    def __xor__(self, other):
        return _compare.compare(self, other, np.logical_xor if self.dtype == _dtype.bool_ else np.bitwise_xor)

    __rand__, __ror__, __rxor__ = __and__, __or__, __xor__  # symmetric: True & mask is mask & True

    def __invert__(self):
        flip = np.logical_not if self.dtype == _dtype.bool_ else np.invert
        return Tensor._make(np.asarray(flip(self._data)))

    __hash__ = object.__hash__
    eq, ne, lt, le, gt, ge = __eq__, __ne__, __lt__, __le__, __gt__, __ge__

    def equal(self, other) -> bool:
        return self.shape == other.shape and bool(np.array_equal(self._data, other._data))

    def allclose(self, other, rtol=1e-5, atol=1e-8) -> bool:
        return bool(np.allclose(self._data, getattr(other, "_data", other), rtol=rtol, atol=atol))

    @numpy_aliases
    def all(self, dim=None, keepdim=False):
        return Tensor._make(np.asarray(self._data.all(axis=dim, keepdims=keepdim)))

    @numpy_aliases
    def any(self, dim=None, keepdim=False):
        return Tensor._make(np.asarray(self._data.any(axis=dim, keepdims=keepdim)))

    def isnan(self):
        return Tensor._make(np.asarray(np.isnan(self._data)))

    def isfinite(self):
        return Tensor._make(np.asarray(np.isfinite(self._data)))

    def sign(self):
        """−1, 0 or 1 by the sign of each element; 0 for NaN, as in PyTorch."""
        data = self._data
        out = np.sign(data)
        return Tensor._make(np.where(np.isnan(data), 0, out).astype(data.dtype) if data.dtype.kind == "f" else out)

    def exp(self):
        return _pointwise.exp(self)

    def log(self):
        return _pointwise.log(self)

    def sqrt(self):
        return _pointwise.sqrt(self)

    def abs(self):
        return _pointwise.abs(self)

    def square(self):
        return _arith.pow(self, 2)

    def sin(self):
        return _pointwise.sin(self)

    def cos(self):
        return _pointwise.cos(self)

    def clamp(self, min=None, max=None):  # noqa: A002
        return _pointwise.clamp(self, min, max)

    clip = clamp

    def sigmoid(self):
        return _activation.sigmoid(self)

    def tanh(self):
        return _activation.tanh(self)

    def relu(self):
        return _activation.relu(self)

    @numpy_aliases
    def softmax(self, dim):
        return _activation.softmax(self, dim)

    @numpy_aliases
    def log_softmax(self, dim):
        return _activation.log_softmax(self, dim)

    def maximum(self, other):
        return _combine.maximum(self, other)

    def round(self, decimals=0):
        return _pointwise.round(self, decimals)

    def floor(self):
        return _pointwise.floor(self)

    def ceil(self):
        return _pointwise.ceil(self)

    def log1p(self):
        return _pointwise.log1p(self)

    def minimum(self, other):
        return _combine.minimum(self, other)

    @numpy_aliases
    def sum(self, dim=None, keepdim=False, dtype=None):
        return _reduction.sum(self, dim, keepdim, dtype)

    @numpy_aliases
    def mean(self, dim=None, keepdim=False, dtype=None):
        return _reduction.mean(self, dim, keepdim, dtype)

    @numpy_aliases
    def max(self, dim=None, keepdim=False):
        return _reduction.max(self, dim, keepdim)

    @numpy_aliases
    def min(self, dim=None, keepdim=False):
        return _reduction.min(self, dim, keepdim)

    @numpy_aliases
    def amax(self, dim=None, keepdim=False):
        return _reduction.amax(self, dim, keepdim)

    @numpy_aliases
    def amin(self, dim=None, keepdim=False):
        return _reduction.amin(self, dim, keepdim)

    @numpy_aliases
    def var(self, dim=None, unbiased=None, keepdim=False, correction=None):
        return _reduction.var(self, dim, unbiased, keepdim, correction)

    @numpy_aliases
    def std(self, dim=None, unbiased=None, keepdim=False, correction=None):
        return _reduction.std(self, dim, unbiased, keepdim, correction)

    @numpy_aliases
    def argmax(self, dim=None, keepdim=False):
        return _reduction.argmax(self, dim, keepdim)

    @numpy_aliases
    def argmin(self, dim=None, keepdim=False):
        return _reduction.argmin(self, dim, keepdim)

    @numpy_aliases
    def sort(self, dim=-1, descending=False, stable=False):
        return _sort.sort(self, dim, descending, stable)

    @numpy_aliases
    def argsort(self, dim=-1, descending=False, stable=False):
        return _sort.argsort(self, dim, descending, stable)

    def msort(self):
        return _sort.msort(self)

    @numpy_aliases
    def logsumexp(self, dim, keepdim=False):
        return _activation.logsumexp(self, dim, keepdim)

    def norm(self, p="fro", dim=None, keepdim=False, dtype=None):
        return _norm.norm(self, p, dim, keepdim, dtype)

    def is_floating_point(self) -> bool:
        return self._data.dtype.kind == "f"

    def gather(self, dim, index):
        return _gather.gather(self, dim, index)

    def masked_fill(self, mask, value):
        return _gather.masked_fill(self, mask, value)

    def masked_fill_(self, mask, value):
        return _scatter.masked_fill_(self, mask, value)

    def scatter(self, dim, index, src=None, *, value=None):
        return _scatter.scatter(self, dim, index, src, value=value)

    def scatter_(self, dim, index, src=None, *, value=None):
        return _scatter.scatter_(self, dim, index, src, value=value)

    def scatter_add(self, dim, index, src):
        return _scatter.scatter_add(self, dim, index, src)

    def scatter_add_(self, dim, index, src):
        return _scatter.scatter_add_(self, dim, index, src)

    def index_select(self, dim, index):
        return _scatter.index_select(self, dim, index)

    def prod(self, dim=None, keepdim=False, dtype=None):
        return _prod.prod(self, dim, keepdim, dtype)

    def outer(self, vec2):
        return _einsum.outer(self, vec2)

    def tril(self, diagonal=0):
        return _triangle.tril(self, diagonal)

    def triu(self, diagonal=0):
        return _triangle.triu(self, diagonal)

    def nonzero(self, *, as_tuple=False):
        return _triangle.nonzero(self, as_tuple=as_tuple)

    def split(self, split_size, dim=0):
        return _pieces.split(self, split_size, dim)

    def chunk(self, chunks, dim=0):
        return _pieces.chunk(self, chunks, dim)

    def repeat(self, *sizes):
        return _pieces.repeat(self, *sizes)

    def flip(self, *dims):
        return _pieces.flip(self, *dims)

    @numpy_aliases
    def cumsum(self, dim, dtype=None):
        return _pieces.cumsum(self, dim, dtype)

    def new_tensor(self, data, dtype=None, device=None, requires_grad=False):
        """A new tensor of ``data`` with this tensor's dtype (unless ``dtype`` is given)."""
        return _creation.tensor(data, dtype or self._data.dtype, requires_grad, device)

    def new_zeros(self, *size, dtype=None, device=None, requires_grad=False):
        return _creation.zeros(*size, dtype=dtype or self._data.dtype, requires_grad=requires_grad, device=device)

    def new_ones(self, *size, dtype=None, device=None, requires_grad=False):
        return _creation.ones(*size, dtype=dtype or self._data.dtype, requires_grad=requires_grad, device=device)

    def new_empty(self, *size, dtype=None, device=None, requires_grad=False):
        return _creation.empty(*size, dtype=dtype or self._data.dtype, requires_grad=requires_grad, device=device)

    def new_full(self, size, fill_value, dtype=None, device=None, requires_grad=False):
        return _creation.full(size, fill_value, dtype or self._data.dtype, requires_grad, device)

    def topk(self, k, dim=-1, largest=True, sorted=True):  # noqa: A002
        return _sort.topk(self, k, dim, largest, sorted)

    def reshape(self, *shape):
        return _shape.reshape(self, *shape)

    def view(self, *shape):
        if len(shape) == 1 and not isinstance(shape[0], (int, np.integer, tuple, list)):
            return self.type(shape[0])
        return _shape.reshape(self, *shape, op="view")

    def view_as(self, other):
        return _shape.reshape(self, other.shape, op="view")

    def reshape_as(self, other):
        return _shape.reshape(self, other.shape)

    def flatten(self, start_dim=0, end_dim=-1):
        return _shape.flatten(self, start_dim, end_dim)

    def transpose(self, dim0, dim1):
        return _shape.transpose(self, dim0, dim1)

    def t(self):
        if self.ndim > 2:
            raise RuntimeError(message("t_ndim", ndim=self.ndim))
        return self.T

    def permute(self, *dims):
        return _shape.permute(self, *dims)

    @numpy_aliases
    def unsqueeze(self, dim):
        return _shape.unsqueeze(self, dim)

    @numpy_aliases
    def squeeze(self, dim=None):
        return _shape.squeeze(self, dim)

    def expand(self, *sizes):
        return _shape.expand(self, *sizes)

    def expand_as(self, other):
        return _shape.expand(self, other.shape)

    def __getitem__(self, index):
        return _shape.getitem(self, index)

    def __setitem__(self, index, value):
        _inplace.setitem(self, index, value)

    def __len__(self) -> int:
        if self._data.ndim == 0:
            raise TypeError(message("len_0d"))
        return self._data.shape[0]

    def __iter__(self):
        if self._data.ndim == 0:
            raise TypeError(message("iter_0d"))
        return (self[i] for i in range(self._data.shape[0]))

    def __bool__(self) -> bool:
        if self._data.size != 1:
            raise RuntimeError(message("bool_ambiguous", shape=tuple(self._data.shape)))
        return bool(self._data.reshape(()))

    def __float__(self) -> float:
        return float(self.item())

    def __int__(self) -> int:
        return int(self.item())

    def __index__(self) -> int:
        if self._data.dtype.kind not in "iub":
            raise TypeError(message("index_float"))
        return int(self.item())

    def __array__(self, dtype=None, copy=None):
        return self._data if dtype is None else self._data.astype(dtype)

    def __repr__(self) -> str:
        return _printing.tensor_repr(self)

    def __format__(self, spec: str) -> str:
        if spec and self._data.size == 1:
            return format(self.item(), spec)
        return repr(self)


class Node:
    """A read-only view of one step of the graph: the op's name and the tensors it used."""

    __slots__ = ("_tensor",)

    def __init__(self, tensor: Tensor):
        self._tensor = tensor

    @property
    def op(self) -> str:
        return self._tensor._op

    @property
    def inputs(self) -> tuple:
        return self._tensor._inputs

    @property
    def next_functions(self) -> tuple:
        return tuple((t.grad_fn, 0) for t in self._tensor._inputs)

    def name(self) -> str:
        return _printing.node_name(self._tensor._op)

    def __repr__(self) -> str:
        return f"<{self.name()}>"


def _topological_order(root: Tensor) -> list:
    """Every operation's output that ``root`` depends on (and that requires a gradient), each after its inputs.

    A depth-first search without recursion (graphs can be deeper than Python's recursion limit): a tensor
    joins the order once all of its inputs have.
    """
    order = []
    visited = {id(root)}
    stack = [(root, iter(root._inputs))]
    while stack:
        tensor, parents = stack[-1]
        for parent in parents:
            if parent._op is not None and parent._requires_grad and id(parent) not in visited:
                visited.add(id(parent))
                stack.append((parent, iter(parent._inputs)))
                break
        else:
            stack.pop()
            order.append(tensor)
    return order


def _accumulate(tensor: Tensor, g: np.ndarray, fresh: bool = False) -> None:
    """Add ``g`` into ``tensor.grad`` (gradients accumulate over calls to ``backward()``).

    The first gradient becomes ``tensor.grad`` in the tensor's dtype, as a copy unless ``fresh`` (see
    ``_grad_array``). A gradient must never share memory with another tensor's, since ``grad.zero_()`` and
    optimizers write into it.
    """
    if tensor.grad is None:
        tensor.grad = Tensor._make(_grad_array(g, tensor._data.dtype, fresh))
    else:
        total = tensor.grad._data + g.astype(tensor._data.dtype, copy=False)
        tensor.grad._data = np.asarray(total)  # NumPy gives a scalar for 0-dim arrays; .grad stays an array


def _grad_array(g: np.ndarray, dtype: np.dtype, fresh: bool) -> np.ndarray:
    """The array that becomes a leaf's ``.grad``: ``g`` itself when nothing else can hold it, else a copy.

    In general ``g`` may be held elsewhere: ``a + b`` passes the same array to ``a`` and ``b``, a reshape
    passes a view of the gradient it got, an op may pass an array it saved. An op whose backward makes every
    array it returns anew, one per input, and keeps none of them, says so with ``backward.fresh_grads = True``
    (the fused linear op does); such an array, if it is not a view and is writeable, is taken as it is. This
    saves a copy of every weight's gradient at each step: 4–5% of the CPU time of an epoch of the MNIST-size benchmark
    (``benchmarks/bench_long.py``).
    """
    if fresh and g.dtype == dtype and g.base is None and g.flags.writeable:
        return g
    return np.array(g, dtype=dtype)


def _unbroadcast(grad, shape):
    return _util.unbroadcast(grad, shape)


from mldlab import creation as _creation  # noqa: E402 (the creation functions make Tensors)
from mldlab._ops import _util  # noqa: E402  (the ops import Tensor, so they come after it)
from mldlab._ops import activation as _activation  # noqa: E402
from mldlab._ops import arithmetic as _arith  # noqa: E402
from mldlab._ops import combine as _combine  # noqa: E402
from mldlab._ops import compare as _compare  # noqa: E402
from mldlab._ops import einsum as _einsum  # noqa: E402
from mldlab._ops import gather as _gather  # noqa: E402
from mldlab._ops import inplace as _inplace  # noqa: E402
from mldlab._ops import norm as _norm  # noqa: E402
from mldlab._ops import pieces as _pieces  # noqa: E402
from mldlab._ops import pointwise as _pointwise  # noqa: E402
from mldlab._ops import prod as _prod  # noqa: E402
from mldlab._ops import reduction as _reduction  # noqa: E402
from mldlab._ops import scatter as _scatter  # noqa: E402
from mldlab._ops import shape as _shape  # noqa: E402
from mldlab._ops import sort as _sort  # noqa: E402
from mldlab._ops import triangle as _triangle  # noqa: E402
