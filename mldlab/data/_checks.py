"""Argument checks shared by the data generators: each fails early with a message in the learner's language."""

import numpy as np

from mldlab import _random
from mldlab.i18n import message


def _is_whole(value) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def _is_number(value) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, (bool, np.bool_))


def check_samples(op: str, n_samples, at_least: int = 2) -> int:
    """``n_samples`` as an int; it must be a whole number >= 2 (and >= ``at_least``, e.g. one per class)."""
    if not _is_whole(n_samples) or n_samples < 2:
        raise ValueError(message("data_n_samples", op=op, value=n_samples))
    if n_samples < at_least:
        raise ValueError(message("data_n_samples_classes", op=op, value=n_samples, low=at_least))
    return int(n_samples)


def check_noise(op: str, noise) -> float:
    """``noise`` as a float; it must be a number >= 0."""
    if not _is_number(noise) or not noise >= 0 or not np.isfinite(noise):
        raise ValueError(message("data_noise", op=op, value=noise))
    return float(noise)


def check_whole(op: str, name: str, value, low: int) -> int:
    """A whole-number argument such as ``n_classes`` or ``degree``, at least ``low``."""
    if not _is_whole(value) or value < low:
        raise ValueError(message("data_whole_number", op=op, name=name, low=low, value=value))
    return int(value)


def check_positive(op: str, name: str, value) -> float:
    """A number argument that must be > 0, such as ``cluster_std``."""
    if not _is_number(value) or not value > 0 or not np.isfinite(value):
        raise ValueError(message("data_positive", op=op, name=name, value=value))
    return float(value)


def rng_for(op: str, seed) -> np.random.Generator:
    """A NumPy generator started from ``seed``, or the global one (``mldlab.manual_seed``) when seed is None."""
    if seed is None:
        return _random.get_rng()
    if not _is_whole(seed) or seed < 0:
        raise TypeError(message("data_seed", op=op, value=seed))
    return np.random.default_rng(int(seed))


def per_class(n_samples: int, n_classes: int) -> list[int]:
    """Split ``n_samples`` over the classes as evenly as possible; the first classes get the extra ones."""
    counts = [n_samples // n_classes] * n_classes
    for k in range(n_samples % n_classes):
        counts[k] += 1
    return counts
