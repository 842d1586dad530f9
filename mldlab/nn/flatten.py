"""``Flatten``: turn each sample into one long vector, e.g. a 28×28 image into 784 inputs for a dense layer;
``Unflatten``: the way back, one axis split into several.

Examples
--------
>>> import mldlab
>>> from mldlab import nn
>>> images = mldlab.zeros(32, 1, 28, 28)
>>> nn.Flatten()(images).shape
(32, 784)
>>> nn.Unflatten(1, (1, 28, 28))(mldlab.zeros(32, 784)).shape
(32, 1, 28, 28)
"""

import math
import numbers

from mldlab.i18n import message
from mldlab.nn import _checks, _keras_equivalents
from mldlab.nn.config import register_layer
from mldlab.nn.module import Module
from mldlab.tensor import Tensor


@register_layer
class Flatten(Module):
    """Merge the axes ``start_dim`` … ``end_dim`` into one (by default all but the batch axis).

    Parameters
    ----------
    start_dim : int, default 1
        The first axis to merge (1 keeps the batch axis 0 apart).
    end_dim : int, default -1
        The last axis to merge.

    Examples
    --------
    >>> from mldlab import nn
    >>> nn.Flatten()
    Flatten(start_dim=1, end_dim=-1)
    """

    def __init__(self, start_dim: int = 1, end_dim: int = -1):
        super().__init__()
        self.start_dim = _checks.axis("Flatten", "start_dim", start_dim)
        self.end_dim = _checks.axis("Flatten", "end_dim", end_dim)

    def get_config(self) -> dict:
        return {"start_dim": self.start_dim, "end_dim": self.end_dim}

    def _keras_layer(self, ndim: int) -> dict:
        start, end = (dim + ndim if dim < 0 else dim for dim in (self.start_dim, self.end_dim))
        if (start, end) != (1, ndim - 1):  # Keras's Flatten keeps the batch axis and merges all others
            raise ValueError(message("interop_keras_flatten", start=self.start_dim, end=self.end_dim, ndim=ndim))
        return {"layer": "Flatten", "options": [], "ndim": 2}

    def forward(self, input: Tensor) -> Tensor:
        return input.flatten(self.start_dim, self.end_dim)

    def extra_repr(self) -> str:
        return f"start_dim={self.start_dim}, end_dim={self.end_dim}"


@register_layer
class Unflatten(Module):
    """Split axis ``dim`` into the axes ``unflattened_size`` (their product must be its length; one may be −1).

    Parameters
    ----------
    dim : int
        The axis to split (negative counts from the end).
    unflattened_size : tuple of int
        The new axes' sizes, e.g. (1, 28, 28) for a flat 784-vector that is a gray 28×28 image.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> nn.Unflatten(1, (2, -1))(mldlab.arange(12.0).reshape(2, 6))[0]
    tensor([[0., 1., 2.],
            [3., 4., 5.]])
    """

    def __init__(self, dim: int, unflattened_size):
        super().__init__()
        self.dim = _checks.axis("Unflatten", "dim", dim)
        sizes = unflattened_size if isinstance(unflattened_size, (tuple, list)) else None
        if (not sizes or not all(isinstance(n, numbers.Integral) and not isinstance(n, bool) and (n >= 0 or n == -1)
                                 for n in sizes) or list(sizes).count(-1) > 1):
            raise TypeError(message("unflatten_size_form", value=repr(unflattened_size)))
        self.unflattened_size = tuple(int(n) for n in sizes)

    def forward(self, input: Tensor) -> Tensor:
        shape = input.shape
        dim = self.dim + len(shape) if self.dim < 0 else self.dim
        known = math.prod(n for n in self.unflattened_size if n != -1)
        if not 0 <= dim < len(shape) or (-1 not in self.unflattened_size and known != shape[dim]) or (
                -1 in self.unflattened_size and (known == 0 or shape[dim] % known)):
            raise RuntimeError(message("unflatten_mismatch", dim=self.dim, sizes=self.unflattened_size,
                                       shape=tuple(shape)))
        return input.reshape(shape[:dim] + self.unflattened_size + shape[dim + 1 :])

    def _keras_layer(self, ndim: int) -> list:
        """Keras's equivalent for ``mldlab.interop.to_keras_code``: Reshape."""
        return _keras_equivalents.unflatten(self, ndim)

    def get_config(self) -> dict:
        return {"dim": self.dim, "unflattened_size": list(self.unflattened_size)}

    def extra_repr(self) -> str:
        return f"dim={self.dim}, unflattened_size={self.unflattened_size}"

