"""Generated regression data sets: a straight line (or plane), a polynomial curve and a sine wave.

Each returns ``X`` as float32 of shape (n_samples, n_features) and the target ``y`` as float32 of shape
(n_samples,), as scikit-learn does; ``y.reshape(-1, 1)`` gives the column that ``nn.MSELoss`` compares with
a ``Linear(…, 1)`` output. ``noise`` is the standard deviation of the Gaussian noise added to ``y``.

Examples
--------
>>> from mldlab.data import linear
>>> X, y = linear(n_samples=3, noise=0.0, seed=0)
>>> bool(abs(y - (2 * X[:, 0] + 1)).max() < 1e-6)
True
"""

import numpy as np

from mldlab.data._checks import check_noise, check_samples, check_whole, rng_for
from mldlab.i18n import message


def _finish(X: np.ndarray, y: np.ndarray, noise: float, rng: np.random.Generator):
    """Add Gaussian noise N(0, noise²) to the targets; float32 X and y."""
    if noise:
        y = y + rng.normal(0.0, noise, y.shape)
    return X.astype(np.float32), y.astype(np.float32)


def linear(
    n_samples: int = 100,
    n_features: int | None = None,
    noise: float = 1.0,
    coef=None,
    bias: float = 1.0,
    seed: int | None = None,
):
    """Points around a straight line (one feature) or a plane (several): the data of linear regression.

    Generating rule::

        (1) x_j ~ U(−3, 3) for every feature j = 0, …, d − 1
        (2) w_j = (−1)ʲ·(j + 2), so w = (2, −3, 4, −5, …), and b = 1   (unless coef and bias are given)
        (3) y = w·x + b + ε,  ε ~ N(0, noise²)

    With one feature this is y = 2x + 1 + ε.

    Parameters
    ----------
    n_samples : int, default 100
        Number of points.
    n_features : int, optional
        Number of features d (default: 1, or the length of ``coef``).
    noise : float, default 1.0
        Standard deviation of the noise ε.
    coef : sequence of float, optional
        Your own weights w (one per feature) instead of (2, −3, 4, …).
    bias : float, default 1.0
        The intercept b.
    seed : int, optional
        Seed; without one this thread's seed (``mldlab.manual_seed``) is used.

    Returns
    -------
    X : ndarray of shape (n_samples, n_features), float32
    y : ndarray of shape (n_samples,), float32

    Examples
    --------
    >>> X, y = linear(n_samples=4, n_features=2, noise=0.0, seed=0)
    >>> bool(abs(y - (2 * X[:, 0] - 3 * X[:, 1] + 1)).max() < 1e-5)
    True
    """
    n = check_samples("linear", n_samples)
    if coef is None:
        d = check_whole("linear", "n_features", 1 if n_features is None else n_features, 1)
        w = np.array([(-1) ** j * (j + 2) for j in range(d)], dtype=np.float64)  # (2)
    else:
        w = np.asarray(getattr(coef, "_data", coef), dtype=np.float64).reshape(-1)
        d = len(w)
        if n_features is not None and n_features != d:
            raise ValueError(message("data_coef_count", got=d, n_features=n_features))
    noise = check_noise("linear", noise)
    rng = rng_for("linear", seed)
    X = rng.uniform(-3.0, 3.0, (n, d))  # (1)
    y = X @ w + bias  # (3)
    return _finish(X, y, noise, rng)


def polynomial(n_samples: int = 100, degree: int = 3, noise: float = 0.3, seed: int | None = None):
    """Points around a polynomial curve: a straight line underfits, a high degree overfits.

    Generating rule::

        (1) x ~ U(−2, 2)
        (2) roots r_1, …, r_D evenly spaced from −1.5 to 1.5   (degree D = 1: r_1 = 0)
        (3) y = (x − r_1)(x − r_2)⋯(x − r_D) + ε,  ε ~ N(0, noise²)

    So degree 1 gives y = x, degree 2 gives y = x² − 2.25, degree 3 gives y = x³ − 2.25x: the curve
    crosses zero D times inside the data, and |y| stays small (at most 3.5 for degree 3).

    Parameters
    ----------
    n_samples : int, default 100
        Number of points.
    degree : int, default 3
        Degree D of the polynomial (>= 1).
    noise : float, default 0.3
        Standard deviation of the noise ε.
    seed : int, optional
        Seed; without one this thread's seed (``mldlab.manual_seed``) is used.

    Returns
    -------
    X : ndarray of shape (n_samples, 1), float32
        The single feature x (make powers x², x³, … yourself to fit a polynomial with a linear model).
    y : ndarray of shape (n_samples,), float32

    Examples
    --------
    >>> X, y = polynomial(n_samples=5, degree=2, noise=0.0, seed=0)
    >>> bool(abs(y - (X[:, 0] ** 2 - 2.25)).max() < 1e-5)
    True
    """
    n = check_samples("polynomial", n_samples)
    D = check_whole("polynomial", "degree", degree, 1)
    noise = check_noise("polynomial", noise)
    rng = rng_for("polynomial", seed)
    x = rng.uniform(-2.0, 2.0, n)  # (1)
    roots = np.linspace(-1.5, 1.5, D) if D > 1 else np.zeros(1)  # (2)
    y = np.ones(n)
    for r in roots:
        y = y * (x - r)  # (3)
    return _finish(x[:, None], y, noise, rng)


def sine(n_samples: int = 100, noise: float = 0.1, seed: int | None = None):
    """Points around one period of a sine wave: a curve a network with a hidden layer can learn.

    Generating rule::

        (1) x ~ U(0, 2π)
        (2) y = sin x + ε,  ε ~ N(0, noise²)

    Parameters
    ----------
    n_samples : int, default 100
        Number of points.
    noise : float, default 0.1
        Standard deviation of the noise ε.
    seed : int, optional
        Seed; without one this thread's seed (``mldlab.manual_seed``) is used.

    Returns
    -------
    X : ndarray of shape (n_samples, 1), float32, in [0, 2π)
    y : ndarray of shape (n_samples,), float32

    Examples
    --------
    >>> import numpy as np
    >>> X, y = sine(n_samples=5, noise=0.0, seed=0)
    >>> bool(np.allclose(y, np.sin(X[:, 0]), atol=1e-6))
    True
    """
    n = check_samples("sine", n_samples)
    noise = check_noise("sine", noise)
    rng = rng_for("sine", seed)
    x = rng.uniform(0.0, 2 * np.pi, n)  # (1)
    y = np.sin(x)  # (2)
    return _finish(x[:, None], y, noise, rng)
