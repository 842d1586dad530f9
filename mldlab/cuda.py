"""Stand-ins for ``torch.cuda`` so that tutorial code runs unchanged: mldlab computes on the CPU.

>>> import mldlab
>>> device = mldlab.device("cuda" if mldlab.cuda.is_available() else "cpu")
>>> device
device(type='cpu')
"""


def is_available() -> bool:
    """Always False: mldlab runs on the CPU, so tutorial code picks ``'cpu'``."""
    return False


def device_count() -> int:
    return 0


def manual_seed(seed: int) -> None:
    """Nothing to seed on a GPU; ``mldlab.manual_seed`` seeds everything mldlab draws."""


manual_seed_all = manual_seed
