"""``mldlab.linalg``: the vector norms of ``torch.linalg``.

>>> import mldlab
>>> mldlab.linalg.norm(mldlab.tensor([3.0, 4.0]))
tensor(5.)
>>> mldlab.linalg.vector_norm(mldlab.tensor([3.0, -4.0]), ord=float("inf"))
tensor(4.)
"""

from mldlab._ops.norm import vector_norm
from mldlab.i18n import message
from mldlab.tensor import Tensor


def norm(A: Tensor, ord=None, dim=None, keepdim: bool = False, dtype=None) -> Tensor:  # noqa: N803, A002
    """``torch.linalg.norm`` for vectors, and for matrices with ord = None or 'fro' (the Frobenius norm)."""
    if ord is None or ord == "fro":
        return vector_norm(A, 2, dim, keepdim, dtype)
    matrix = (dim is None and A.ndim == 2) or (isinstance(dim, (tuple, list)) and len(dim) == 2)
    if matrix or isinstance(ord, str):
        raise ValueError(message("norm_order", p=ord))
    return vector_norm(A, ord, dim, keepdim, dtype)


__all__ = ["norm", "vector_norm"]
