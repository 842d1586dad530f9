"""Stand-ins for ``torch.backends``, so that device-picking and seeding code written for PyTorch runs unchanged.

>>> import mldlab
>>> "mps" if mldlab.backends.mps.is_available() else "cpu"
'cpu'
"""

from mldlab.backends import cudnn, mps

__all__ = ["cudnn", "mps"]
