"""``mldlab.device``: PyTorch's device object, for code written as ``x.to(device)``. Only the CPU exists here."""

from mldlab.i18n import message


class device:  # noqa: N801 (PyTorch's name)
    """A place where tensors live; in mldlab always ``device(type='cpu')``.

    Parameters
    ----------
    type : str
        ``'cpu'`` (or ``'cpu:0'``). ``'cuda'`` and ``'mps'`` raise a clear error: mldlab computes with NumPy.
    """

    def __init__(self, type: str = "cpu", index: int | None = None):  # noqa: A002
        name = str(getattr(type, "type", type))
        if name.split(":")[0] != "cpu":
            raise ValueError(message("device", device=name))
        self.type = "cpu"
        self.index = index

    def __eq__(self, other) -> bool:
        return str(getattr(other, "type", other)).split(":")[0] == "cpu"

    def __hash__(self) -> int:
        return hash("cpu")

    def __str__(self) -> str:
        return "cpu"

    def __repr__(self) -> str:
        return "device(type='cpu')"


def is_device(value) -> bool:
    """Whether ``value`` names a device (only the CPU: ``'cpu'``, ``'cpu:0'``, ``device('cpu')``), as opposed to a
    dtype given in the same place (``x.to(mldlab.float64)``); ``'cuda'`` and ``'mps'`` raise a clear error."""
    text = str(getattr(value, "type", value))
    if text == "cpu" or text.startswith("cpu:"):
        return True
    if text.startswith(("cuda", "mps")):
        raise ValueError(message("device", device=value))
    return False


_Device = device  # the class, for the functions below whose argument is also called ``device`` (PyTorch's name)


def set_default_device(device) -> None:
    """PyTorch's ``set_default_device``: ``'cpu'`` (or None) is accepted; any other device raises a clear error.

    >>> import mldlab
    >>> mldlab.set_default_device("cpu")
    >>> mldlab.get_default_device()
    device(type='cpu')
    """
    if device is not None:
        _Device(device)  # checks the name


def get_default_device():
    """Where new tensors are made: always the CPU."""
    return _Device("cpu")
