"""``mldlab.utils``: where PyTorch code looks for ``torch.utils.data``."""

from mldlab.utils import data

__all__ = ["data"]
