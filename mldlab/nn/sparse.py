"""``Embedding``: a learned table of vectors, one row per token id (a word, a character, a category).

Looking up row i is the same as multiplying a one-hot vector by the table, so an embedding is a dense layer
without bias whose input is a whole number:

    (1) y = W[i]  = onehot(i) · W        W of shape (num_embeddings, embedding_dim), W ~ N(0, 1) at the start

Only the rows that were looked up get a gradient. The computation is ``mldlab._ops.embedding``.

Examples
--------
>>> import mldlab
>>> from mldlab import nn
>>> emb = nn.Embedding(10, 3)
>>> emb
Embedding(10, 3)
>>> emb(mldlab.tensor([[1, 2, 4], [4, 3, 9]])).shape
(2, 3, 3)
"""

from mldlab._ops.embedding import embedding, padding_row, positive
from mldlab.i18n import message
from mldlab.nn import _checks, _keras_equivalents, init
from mldlab.nn.config import register_layer
from mldlab.nn.module import Module
from mldlab.nn.parameter import Parameter, empty_weight
from mldlab.tensor import Tensor


@register_layer
class Embedding(Module):
    """(1): a table of ``num_embeddings`` vectors of size ``embedding_dim``, looked up by index.

    Parameters
    ----------
    num_embeddings : int
        The number of rows (e.g. the vocabulary size).
    embedding_dim : int
        The size of each vector.
    padding_idx : int, optional
        A row that starts at zero and is never trained (for padding tokens); negative counts from the end.
    max_norm : float, optional
        Before each lookup, rescale (in place) the used rows whose norm is larger than ``max_norm``.
    norm_type : float, default 2.0
        The p of the p-norm for ``max_norm``.
    scale_grad_by_freq : bool, default False
        Divide the gradient of each row by how often it occurs in the batch.
    sparse : bool, default False
        Only False (mldlab has no sparse gradients).
    device : str, optional
        Only ``'cpu'``.
    dtype : dtype, optional
        The table's dtype (default float32).

    Attributes
    ----------
    weight : Parameter of shape (num_embeddings, embedding_dim)
        W, drawn from N(0, 1) (the row ``padding_idx`` zero).

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> emb = nn.Embedding(4, 2, padding_idx=0)
    >>> emb.weight[0]
    tensor([0., 0.], grad_fn=<GetitemBackward>)
    >>> emb(mldlab.tensor([0, 3])).sum().backward()
    >>> emb.weight.grad
    tensor([[0., 0.],
            [0., 0.],
            [0., 0.],
            [1., 1.]])
    """

    def __init__(self, num_embeddings: int, embedding_dim: int, padding_idx: int | None = None,
                 max_norm: float | None = None, norm_type: float = 2.0, scale_grad_by_freq: bool = False,
                 sparse: bool = False, _weight: Tensor | None = None, _freeze: bool = False, device=None, dtype=None):
        super().__init__()
        self.num_embeddings = _checks.size("Embedding", "num_embeddings", num_embeddings)
        self.embedding_dim = _checks.size("Embedding", "embedding_dim", embedding_dim)
        self.padding_idx = padding_row(padding_idx, self.num_embeddings)
        self.max_norm = None if max_norm is None else positive("max_norm", max_norm)
        self.norm_type = positive("norm_type", norm_type)
        self.scale_grad_by_freq = _checks.flag("Embedding", "scale_grad_by_freq", scale_grad_by_freq)
        if _checks.flag("Embedding", "sparse", sparse):
            raise ValueError(message("embedding_sparse", value=repr(sparse)))
        self.sparse = False
        dtype = _checks.float_dtype("Embedding", dtype)
        if _weight is None:
            self.weight = empty_weight((self.num_embeddings, self.embedding_dim), dtype)
            self.reset_parameters()
        else:
            if not isinstance(_weight, Tensor) or tuple(_weight.shape) != (self.num_embeddings, self.embedding_dim):
                got = tuple(_weight.shape) if isinstance(_weight, Tensor) else type(_weight).__name__
                raise ValueError(message("embedding_given_shape", got=got, num=self.num_embeddings,
                                         dim=self.embedding_dim))
            self.weight = Parameter(_weight, requires_grad=not _checks.flag("Embedding", "_freeze", _freeze))

    def reset_parameters(self) -> None:
        """W ~ N(0, 1), the row ``padding_idx`` zero."""
        init.normal_(self.weight)
        if self.padding_idx is not None:
            self.weight._data[self.padding_idx] = 0

    def forward(self, input: Tensor) -> Tensor:
        return embedding(input, self.weight, self.padding_idx, self.max_norm, self.norm_type,
                         self.scale_grad_by_freq, self.sparse)  # (1)

    @classmethod
    def from_pretrained(cls, embeddings: Tensor, freeze: bool = True, padding_idx: int | None = None,
                        max_norm: float | None = None, norm_type: float = 2.0, scale_grad_by_freq: bool = False,
                        sparse: bool = False) -> "Embedding":
        """An embedding whose table is ``embeddings`` (shared, not copied), frozen unless ``freeze=False``.

        Examples
        --------
        >>> import mldlab
        >>> from mldlab import nn
        >>> emb = nn.Embedding.from_pretrained(mldlab.tensor([[1.0, 2.0], [3.0, 4.0]]))
        >>> emb(mldlab.tensor([1])), emb.weight.requires_grad
        (tensor([[3., 4.]]), False)
        """
        if not isinstance(embeddings, Tensor) or embeddings.ndim != 2:
            got = tuple(embeddings.shape) if isinstance(embeddings, Tensor) else type(embeddings).__name__
            raise ValueError(message("embedding_pretrained", got=got))
        rows, dim = embeddings.shape
        return cls(rows, dim, padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse, _weight=embeddings,
                   _freeze=_checks.flag("Embedding", "freeze", freeze), dtype=embeddings.dtype)

    def _keras_layer(self, ndim: int) -> list:
        """Keras's equivalent for ``mldlab.interop.to_keras_code``: Embedding with the same table."""
        return _keras_equivalents.embedding(self, ndim)

    def get_config(self) -> dict:
        return {"num_embeddings": self.num_embeddings, "embedding_dim": self.embedding_dim,
                "padding_idx": self.padding_idx, "max_norm": self.max_norm, "norm_type": self.norm_type,
                "scale_grad_by_freq": self.scale_grad_by_freq, "sparse": self.sparse, "dtype": self.weight.dtype.name}

    def extra_repr(self) -> str:
        text = f"{self.num_embeddings}, {self.embedding_dim}"
        if self.padding_idx is not None:
            text += f", padding_idx={self.padding_idx}"
        if self.max_norm is not None:
            text += f", max_norm={self.max_norm}"
        if self.norm_type != 2:
            text += f", norm_type={self.norm_type}"
        if self.scale_grad_by_freq:
            text += ", scale_grad_by_freq=True"
        return text

