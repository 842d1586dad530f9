"""``torch.backends.mps`` (Apple GPUs): not available in mldlab, which computes with NumPy on the CPU."""


def is_available() -> bool:
    """Always False."""
    return False


def is_built() -> bool:
    """Always False."""
    return False
