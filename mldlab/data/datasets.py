"""Generated data sets for lessons.

Examples
--------
>>> from mldlab.data import moons
>>> X, y = moons(n_samples=6, noise=0.0, seed=0)
>>> X.shape, X.dtype, y.tolist()
((6, 2), dtype('float32'), [0, 0, 0, 1, 1, 1])
"""

import numpy as np

from mldlab import _random
from mldlab.i18n import message


def _check_samples(name: str, n_samples) -> int:
    if not isinstance(n_samples, (int, np.integer)) or isinstance(n_samples, bool) or n_samples < 2:
        raise ValueError(message("data_n_samples", op=name, value=n_samples))
    return int(n_samples)


def _check_noise(name: str, noise) -> float:
    if not isinstance(noise, (int, float, np.floating)) or noise < 0:
        raise ValueError(message("data_noise", op=name, value=noise))
    return float(noise)


def moons(n_samples: int = 1000, noise: float = 0.2, seed: int | None = None):
    """Two interleaving half circles: a data set no straight line can separate.

    Class 0 lies on the upper arc (cos t, sin t), class 1 on the lower arc (1 − cos t, 0.5 − sin t),
    t ∈ [0, π]; Gaussian noise with standard deviation ``noise`` is added to both coordinates. The samples
    come out ordered by class (the first ⌊n/2⌋ are class 0); shuffle or split before training.

    Parameters
    ----------
    n_samples : int, default 1000
        Number of points (the upper arc gets ⌊n/2⌋ of them).
    noise : float, default 0.2
        Standard deviation of the Gaussian noise.
    seed : int, optional
        Seed for the noise; without one the global seed (``mldlab.manual_seed``) is used.

    Returns
    -------
    X : ndarray of shape (n_samples, 2), float32
    y : ndarray of shape (n_samples,), int64 class labels 0 and 1
    """
    n = _check_samples("moons", n_samples)
    noise = _check_noise("moons", noise)
    rng = np.random.default_rng(seed) if seed is not None else _random.get_rng()
    n_upper = n // 2
    n_lower = n - n_upper
    t_upper = np.linspace(0, np.pi, n_upper)
    t_lower = np.linspace(0, np.pi, n_lower)
    upper = np.stack([np.cos(t_upper), np.sin(t_upper)], axis=1)
    lower = np.stack([1 - np.cos(t_lower), 0.5 - np.sin(t_lower)], axis=1)
    X = np.concatenate([upper, lower])
    if noise:
        X = X + rng.normal(0.0, noise, X.shape)
    y = np.concatenate([np.zeros(n_upper, np.int64), np.ones(n_lower, np.int64)])
    return X.astype(np.float32), y
