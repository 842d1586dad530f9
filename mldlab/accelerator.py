"""Stand-ins for ``torch.accelerator`` (PyTorch's device-neutral way to find a GPU): mldlab has none.

Code written as

    device = torch.accelerator.current_accelerator() if torch.accelerator.is_available() else "cpu"

picks ``'cpu'`` and runs unchanged.

>>> import mldlab
>>> mldlab.accelerator.is_available(), mldlab.accelerator.current_accelerator(), mldlab.accelerator.device_count()
(False, None, 0)
"""


def is_available() -> bool:
    """Always False: mldlab computes with NumPy on the CPU."""
    return False


def current_accelerator(check_available: bool = False) -> None:
    """None: there is no accelerator (``check_available`` changes nothing, as in PyTorch without one)."""
    return None


def device_count() -> int:
    """0 accelerators."""
    return 0
