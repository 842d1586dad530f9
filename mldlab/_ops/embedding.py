"""An embedding lookup as one graph node: each whole number i picks row i of a table of vectors.

With W the (num_embeddings, embedding_dim) table and i an index tensor of any shape:

    (1) y[…] = W[i[…]]                          (the same as one-hot(i) · W, without building the one-hot)
    (2) ∂J/∂W_r = Σ_{positions p with i_p = r} ∂J/∂y_p     (rows used several times add up their gradients)

Options (as in PyTorch): the row ``padding_idx`` gets no gradient in (2); ``scale_grad_by_freq`` divides each
term of (2) by how often its row occurs in the batch; ``max_norm`` first rescales, in place, every used row whose
p-norm (p = ``norm_type``) exceeds max_norm to the norm max_norm:

    (3) W_r ← W_r · max_norm / (‖W_r‖_p + 1e-7)   if ‖W_r‖_p > max_norm
"""

import numbers

import numpy as np

from mldlab import _dtype
from mldlab.i18n import message
from mldlab.tensor import Tensor


def embedding(input: Tensor, weight: Tensor, padding_idx: int | None = None, max_norm: float | None = None,
              norm_type: float = 2.0, scale_grad_by_freq: bool = False, sparse: bool = False) -> Tensor:
    """(1): the rows of ``weight`` at the indices ``input``, an output of shape ``input.shape + (embedding_dim,)``.

    Parameters
    ----------
    input : Tensor of int64 or int32
        Indices in 0 … num_embeddings − 1, any shape.
    weight : Tensor of shape (num_embeddings, embedding_dim)
        The table W.
    padding_idx : int, optional
        A row that receives no gradient (negative counts from the end).
    max_norm : float, optional
        Rescale used rows in place to at most this norm first, (3).
    norm_type : float, default 2.0
        The p of the p-norm of (3).
    scale_grad_by_freq : bool, default False
        Divide each row's gradient terms by its number of occurrences in ``input``.
    sparse : bool, default False
        Only False: mldlab has no sparse gradients.

    Examples
    --------
    >>> import mldlab
    >>> W = mldlab.tensor([[0.0, 0.0], [1.0, 2.0], [3.0, 4.0]], requires_grad=True)
    >>> y = embedding(mldlab.tensor([[1, 2, 1]]), W)
    >>> y
    tensor([[[1., 2.],
             [3., 4.],
             [1., 2.]]], grad_fn=<EmbeddingBackward>)
    >>> y.sum().backward()
    >>> W.grad                          # row 1 was used twice
    tensor([[0., 0.],
            [2., 2.],
            [1., 1.]])
    """
    ids = _indices(input, weight)
    table = weight._data
    padding_idx = padding_row(padding_idx, table.shape[0])
    if sparse is not False:
        raise ValueError(message("embedding_sparse", value=repr(sparse)))
    if max_norm is not None:
        _renorm(table, ids, positive("max_norm", max_norm), positive("norm_type", norm_type))
    y = table[ids]  # (1)

    def backward(g):
        # (2) ∂J/∂W_r = Σ ∂J/∂y_p over the positions p that picked row r
        num, dim = table.shape
        flat = ids.ravel()
        rows = g.reshape(-1, dim)
        if scale_grad_by_freq:
            rows = rows / np.bincount(flat, minlength=num)[flat, None].astype(rows.dtype)
        cells = (flat[:, None] * dim + np.arange(dim)).ravel()  # the entry (i_p, d) of W that y[p, d] came from
        grad = np.bincount(cells, weights=rows.ravel(), minlength=num * dim).reshape(num, dim).astype(g.dtype)
        if padding_idx is not None:
            grad[padding_idx] = 0
        return None, grad

    return Tensor._from_op(y, "embedding", (input, weight), backward)


def _indices(input, weight) -> np.ndarray:
    for name, value in (("input", input), ("weight", weight)):
        if not isinstance(value, Tensor):
            raise TypeError(message("embedding_tensor", name=name, type=type(value).__name__))
    table, ids = weight._data, input._data
    if table.ndim != 2:
        raise RuntimeError(message("embedding_weight_shape", shape=tuple(table.shape)))
    if ids.dtype not in (_dtype.int64, _dtype.int32):
        raise RuntimeError(message("embedding_index_dtype", dtype=_dtype.dtype_name(ids.dtype)))
    if ids.size and (ids.min() < 0 or ids.max() >= table.shape[0]):
        bad = ids.min() if ids.min() < 0 else ids.max()
        raise IndexError(message("embedding_index_range", value=int(bad), num=table.shape[0],
                                 high=table.shape[0] - 1))
    return ids


def padding_row(padding_idx, num: int) -> int | None:
    """``padding_idx`` as a row number in 0 … num − 1 (−1 is the last row, as PyTorch stores it), or None."""
    if padding_idx is None:
        return None
    if isinstance(padding_idx, bool) or not isinstance(padding_idx, numbers.Integral) or not -num <= padding_idx < num:
        raise ValueError(message("embedding_padding_idx", value=repr(padding_idx), num=num, low=-num, high=num - 1))
    return int(padding_idx) % num


def positive(name: str, value):
    """``value`` itself when it is a number > 0 (``max_norm``, ``norm_type``), else a clear error."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not value > 0:
        raise ValueError(message("embedding_positive", name=name, value=repr(value)))
    return value


def _renorm(table: np.ndarray, ids: np.ndarray, max_norm: float, norm_type: float) -> None:
    """(3) in place, on the rows ``ids`` uses (each once)."""
    rows = np.unique(ids)
    norms = np.linalg.norm(table[rows].astype(np.float64), ord=norm_type, axis=1)
    large = norms > max_norm
    scale = max_norm / (norms[large] + 1e-7)
    table[rows[large]] *= scale[:, None].astype(table.dtype)
