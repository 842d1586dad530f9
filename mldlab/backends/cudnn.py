"""``torch.backends.cudnn`` (NVIDIA's GPU library): not available in mldlab.

Seeding code often sets ``torch.backends.cudnn.deterministic = True`` and ``benchmark = False``; the two flags
are kept here so that such code runs, and change nothing: mldlab's results are always deterministic.
"""

enabled = True
deterministic = False
benchmark = False


def is_available() -> bool:
    """Always False."""
    return False
