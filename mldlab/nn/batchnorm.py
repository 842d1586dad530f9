"""Batch normalisation layers: standardise each channel over the batch, then let the network rescale it.

In training, each channel c of a batch is standardised with the batch's own mean and variance, then scaled and
shifted by learned γ_c, β_c; the layer also keeps running averages of the statistics for evaluation:

    (1) x̂ = (x − μ_batch) / √(σ²_batch + ε),   y = γ · x̂ + β                (training)
    (2) running ← (1 − momentum) · running + momentum · batch statistic      (σ² unbiased here)
    (3) x̂ = (x − running_mean) / √(running_var + ε),   y = γ · x̂ + β        (evaluation, ``model.eval()``)

With ``momentum=None`` (2) is the plain average of all batches so far: momentum = 1 / num_batches_tracked.
The computation is ``mldlab._ops.batch_norm``; the layers hold γ (``weight``), β (``bias``) and the buffers
``running_mean``, ``running_var`` and ``num_batches_tracked`` (int64), saved in ``state_dict`` as in PyTorch.

Examples
--------
>>> import mldlab
>>> from mldlab import nn
>>> bn = nn.BatchNorm1d(2)
>>> bn
BatchNorm1d(2, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)
>>> y = bn(mldlab.tensor([[1.0, 10.0], [3.0, 30.0]]))
>>> y
tensor([[-1.0000, -1.0000],
        [ 1.0000,  1.0000]], grad_fn=<BatchNormBackward>)
>>> bn.running_mean, bn.num_batches_tracked
(tensor([0.2000, 2.0000]), tensor(1))
>>> list(bn.state_dict())
['weight', 'bias', 'running_mean', 'running_var', 'num_batches_tracked']
"""

import numpy as np

from mldlab import _dtype
from mldlab._ops.batch_norm import batch_norm
from mldlab.i18n import message
from mldlab.nn import _checks, _keras_equivalents, init
from mldlab.nn.config import register_layer
from mldlab.nn.module import Module
from mldlab.nn.parameter import empty_weight
from mldlab.tensor import Tensor


class _BatchNorm(Module):
    """What BatchNorm1d and BatchNorm2d share; they differ only in the input shapes they accept."""

    _dims = ()
    _expected = ""

    def __init__(self, num_features: int, eps: float = 1e-5, momentum: float | None = 0.1, affine: bool = True,
                 track_running_stats: bool = True, device=None, dtype=None, *, bias: bool = True):
        super().__init__()
        name = type(self).__name__
        self.num_features = _checks.size(name, "num_features", num_features)
        self.eps = _checks.number(name, "eps", eps)
        if momentum is not None:
            momentum = _checks.number(name, "momentum", momentum)
        self.momentum = momentum
        self.affine = _checks.flag(name, "affine", affine)
        self.track_running_stats = _checks.flag(name, "track_running_stats", track_running_stats)
        dtype = _checks.float_dtype(name, dtype)
        use_bias = _checks.flag(name, "bias", bias)
        if self.affine:
            self.weight = empty_weight((self.num_features,), dtype)
            if use_bias:
                self.bias = empty_weight((self.num_features,), dtype)
            else:
                self.register_parameter("bias", None)
        else:
            self.register_parameter("weight", None)
            self.register_parameter("bias", None)
        if self.track_running_stats:
            self.register_buffer("running_mean", empty_weight((self.num_features,), dtype).detach())
            self.register_buffer("running_var", empty_weight((self.num_features,), dtype).detach())
            self.register_buffer("num_batches_tracked", Tensor._make(np.zeros((), dtype=_dtype.int64)))
        else:
            self.register_buffer("running_mean", None)
            self.register_buffer("running_var", None)
            self.register_buffer("num_batches_tracked", None)
        self.reset_parameters()

    def reset_running_stats(self) -> None:
        """running_mean = 0, running_var = 1, num_batches_tracked = 0."""
        if self.track_running_stats:
            self.running_mean._data[...] = 0
            self.running_var._data[...] = 1
            self.num_batches_tracked._data[...] = 0

    def reset_parameters(self) -> None:
        """The running statistics anew, and γ = 1, β = 0 (the layer starts as plain standardisation)."""
        self.reset_running_stats()
        if self.weight is not None:
            init.ones_(self.weight)
        if self.bias is not None:
            init.zeros_(self.bias)

    def forward(self, input: Tensor) -> Tensor:
        if isinstance(input, Tensor) and input.ndim not in self._dims:
            raise ValueError(message("norm_layer_ndim", layer=type(self).__name__, expected=self._expected,
                                     ndim=input.ndim, shape=tuple(input.shape)))
        if isinstance(input, Tensor) and input.shape[1] != self.num_features:
            raise RuntimeError(message("norm_layer_channels", layer=type(self).__name__, num=self.num_features,
                                       got=input.shape[1], shape=tuple(input.shape)))
        momentum = 0.0 if self.momentum is None else self.momentum
        if self.training and self.track_running_stats:
            self.num_batches_tracked._data += 1
            if self.momentum is None:  # the plain average of the batches so far
                momentum = 1.0 / float(self.num_batches_tracked._data)
        # batch statistics in training, and in evaluation too when the layer keeps no running statistics
        use_batch = self.training or self.running_mean is None
        keep = not self.training or self.track_running_stats  # running statistics to update (2) or use (3)
        return batch_norm(input, self.running_mean if keep else None, self.running_var if keep else None,
                          self.weight, self.bias, use_batch, momentum, self.eps)

    def _keras_layer(self, ndim: int) -> list:
        """Keras's equivalent for ``mldlab.interop.to_keras_code``: BatchNormalization."""
        return _keras_equivalents.batch_norm(self, ndim)

    def get_config(self) -> dict:
        held = self.weight if self.weight is not None else self.running_mean
        dtype = held.dtype if held is not None else _dtype.DEFAULT_FLOAT  # affine=False, track_running_stats=False
        return {"num_features": self.num_features, "eps": self.eps, "momentum": self.momentum, "affine": self.affine,
                "track_running_stats": self.track_running_stats, "dtype": dtype.name,
                "bias": self.bias is not None or not self.affine}

    def extra_repr(self) -> str:
        return (f"{self.num_features}, eps={self.eps}, momentum={self.momentum}, affine={self.affine}, "
                f"bias={self.bias is not None}, track_running_stats={self.track_running_stats}")


@register_layer
class BatchNorm1d(_BatchNorm):
    """(1)–(3) for (N, C) or (N, C, L) inputs: the statistics of channel c over the batch (and positions).

    Parameters
    ----------
    num_features : int
        C, the number of channels (features).
    eps : float, default 1e-5
        ε, added to the variance.
    momentum : float or None, default 0.1
        The weight of each new batch in (2); None averages all batches equally.
    affine : bool, default True
        Learn γ (``weight``, starting at 1) and β (``bias``, starting at 0).
    track_running_stats : bool, default True
        Keep the running statistics; without them evaluation uses the batch statistics too.
    device : str, optional
        Only ``'cpu'``.
    dtype : dtype, optional
        The dtype of the parameters and running statistics (default float32).
    bias : bool, default True (keyword only)
        Learn β (with ``affine``).

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> bn = nn.BatchNorm1d(3)
    >>> bn(mldlab.randn(8, 3, 5)).shape
    (8, 3, 5)
    >>> _ = bn.eval()                    # evaluation: the running statistics
    >>> bn(mldlab.randn(1, 3)).shape
    (1, 3)
    """

    _dims = (2, 3)
    _expected = "(N, C) | (N, C, L)"


@register_layer
class BatchNorm2d(_BatchNorm):
    """(1)–(3) for (N, C, H, W) images: the statistics of channel c over the batch and all positions.

    The arguments are those of ``BatchNorm1d``.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> bn = nn.BatchNorm2d(6)
    >>> y = bn(mldlab.randn(4, 6, 5, 5) * 3 + 2)
    >>> round(y.mean().item(), 4) + 0.0, round(y.var(unbiased=False).item(), 3)
    (0.0, 1.0)
    """

    _dims = (4,)
    _expected = "(N, C, H, W)"
