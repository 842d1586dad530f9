"""Pooling, normalisation and embedding at the top level (``mldlab.max_pool2d``, ``mldlab.batch_norm``, ...), with
the arguments of PyTorch's top-level functions (``torch.max_pool2d``, ``torch.batch_norm``, ...).

PyTorch has these twice: in ``torch.nn.functional`` (the form to teach; ``F.batch_norm`` etc. in mldlab) and at the
top level, where some take their arguments in another order (``torch.embedding(weight, indices)``,
``torch.batch_norm(input, weight, bias, running_mean, running_var, ...)``). Code copied from PyTorch calls either,
so both forms give the same numbers here. ``cudnn_enabled``/``cudnn_enable`` are accepted and have no effect.
"""

from mldlab._ops import _pool_adaptive, _pool_avg, pool
from mldlab._ops import batch_norm as _batch_norm
from mldlab._ops import embedding as _embedding
from mldlab._ops import layer_norm as _layer_norm
from mldlab.tensor import Tensor


def max_pool2d(input: Tensor, kernel_size, stride=(), padding=0, dilation=1, ceil_mode: bool = False) -> Tensor:
    """``torch.max_pool2d``: ``F.max_pool2d`` without ``return_indices``.

    Examples
    --------
    >>> import mldlab
    >>> mldlab.max_pool2d(mldlab.tensor([[[1.0, 2.0], [4.0, 3.0]]]), 2)
    tensor([[[4.]]])
    """
    return pool.max_pool2d(input, kernel_size, stride, padding, dilation, ceil_mode)


def max_pool1d(input: Tensor, kernel_size, stride=(), padding=0, dilation=1, ceil_mode: bool = False) -> Tensor:
    """``torch.max_pool1d``: ``F.max_pool1d`` without ``return_indices``."""
    return pool.max_pool1d(input, kernel_size, stride, padding, dilation, ceil_mode)


def avg_pool1d(input: Tensor, kernel_size, stride=None, padding=0, ceil_mode: bool = False,
               count_include_pad: bool = True) -> Tensor:
    """``torch.avg_pool1d``: the same as ``F.avg_pool1d``."""
    return _pool_avg.avg_pool1d(input, kernel_size, stride, padding, ceil_mode, count_include_pad)


def adaptive_avg_pool1d(input: Tensor, output_size) -> Tensor:
    """``torch.adaptive_avg_pool1d``: the same as ``F.adaptive_avg_pool1d``."""
    return _pool_adaptive.adaptive_avg_pool1d(input, output_size)


def batch_norm(input: Tensor, weight: Tensor | None, bias: Tensor | None, running_mean: Tensor | None,
               running_var: Tensor | None, training: bool, momentum: float, eps: float,
               cudnn_enabled: bool = True) -> Tensor:
    """``torch.batch_norm``: ``F.batch_norm`` with γ and β before the running statistics.

    Examples
    --------
    >>> import mldlab
    >>> mldlab.batch_norm(mldlab.tensor([[1.0], [3.0]]), None, None, None, None, True, 0.1, 0.0)
    tensor([[-1.],
            [ 1.]])
    """
    return _batch_norm.batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps)


def layer_norm(input: Tensor, normalized_shape, weight: Tensor | None = None, bias: Tensor | None = None,
               eps: float = 1e-5, cudnn_enable: bool = True) -> Tensor:
    """``torch.layer_norm``: the same as ``F.layer_norm``."""
    return _layer_norm.layer_norm(input, normalized_shape, weight, bias, eps)


def embedding(weight: Tensor, indices: Tensor, padding_idx: int = -1, scale_grad_by_freq: bool = False,
              sparse: bool = False) -> Tensor:
    """``torch.embedding``: the table first, and ``padding_idx=-1`` for none (``F.embedding`` takes None).

    Examples
    --------
    >>> import mldlab
    >>> mldlab.embedding(mldlab.tensor([[0.0, 1.0], [2.0, 3.0]]), mldlab.tensor([1, 1]))
    tensor([[2., 3.],
            [2., 3.]])
    """
    return _embedding.embedding(indices, weight, None if padding_idx == -1 else padding_idx,
                                scale_grad_by_freq=scale_grad_by_freq, sparse=sparse)
