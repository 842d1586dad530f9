"""``mldlab.autograd``: PyTorch's legacy ``Variable``, for old tutorials that still wrap tensors in it.

Since PyTorch 0.4 every tensor does what ``Variable`` did, so ``Variable(t)`` is simply a tensor holding the same
values (sharing memory), outside any graph, with ``requires_grad`` as asked.

>>> import mldlab
>>> from mldlab.autograd import Variable
>>> w = Variable(mldlab.tensor([1.0, 2.0]), requires_grad=True)
>>> (w * w).sum().backward()
>>> w.grad
tensor([2., 4.])
"""

from mldlab.tensor import Tensor


def Variable(data: Tensor, requires_grad: bool = False) -> Tensor:  # noqa: N802
    """``data`` as a new leaf tensor (same memory) with ``requires_grad``."""
    out = Tensor._make(data._data)
    if requires_grad:
        out.requires_grad = True
    return out
