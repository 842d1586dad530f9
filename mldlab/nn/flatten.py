"""``Flatten``: turn each sample into one long vector, e.g. a 28×28 image into 784 inputs for a dense layer.

Examples
--------
>>> import mldlab
>>> from mldlab import nn
>>> images = mldlab.zeros(32, 1, 28, 28)
>>> nn.Flatten()(images).shape
(32, 784)
"""

from mldlab.nn.module import Module
from mldlab.tensor import Tensor


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
        self.start_dim = start_dim
        self.end_dim = end_dim

    def forward(self, input: Tensor) -> Tensor:
        return input.flatten(self.start_dim, self.end_dim)

    def extra_repr(self) -> str:
        return f"start_dim={self.start_dim}, end_dim={self.end_dim}"
