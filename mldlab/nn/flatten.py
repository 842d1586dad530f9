"""``Flatten``: turn each sample into one long vector, e.g. a 28×28 image into 784 inputs for a dense layer.

Examples
--------
>>> import mldlab
>>> from mldlab import nn
>>> images = mldlab.zeros(32, 1, 28, 28)
>>> nn.Flatten()(images).shape
(32, 784)
"""

from mldlab.i18n import message
from mldlab.nn import _checks
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
