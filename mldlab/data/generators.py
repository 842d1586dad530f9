"""Generated classification data sets in the plane: XOR, two moons, circles, spirals and Gaussian blobs.

Each one is a picture a class can draw: its generating rule is written in the docstring, ``noise`` makes it
harder, and ``seed`` makes it repeat (without a seed this thread's seed, ``mldlab.manual_seed``, is used).
All return ``X`` as float32 of shape (n_samples, 2) and ``y`` as int64 class labels 0, 1, ...

Examples
--------
>>> from mldlab.data import moons
>>> X, y = moons(n_samples=6, noise=0.0, seed=0, shuffle=False)
>>> X.shape, X.dtype, y.tolist()
((6, 2), dtype('float32'), [0, 0, 0, 1, 1, 1])
"""

import numpy as np

from mldlab.data._checks import check_noise, check_positive, check_samples, check_whole, per_class, rng_for
from mldlab.i18n import message


def _finish(X: np.ndarray, y: np.ndarray, noise: float, rng: np.random.Generator, shuffle: bool):
    """Add Gaussian noise with standard deviation ``noise`` to every coordinate, then shuffle the rows (so that
    a ``validation_split``, which takes the last rows, gets every class); float32 X, int64 y."""
    if noise:
        X = X + rng.normal(0.0, noise, X.shape)
    if shuffle:
        order = rng.permutation(len(X))
        X, y = X[order], y[order]
    return X.astype(np.float32), y.astype(np.int64)


def xor(n_samples: int = 200, noise: float = 0.15, seed: int | None = None, shuffle: bool = True):
    """The XOR truth table with noise: the classic problem a single perceptron cannot solve.

    Generating rule::

        (1) point i sits on corner i mod 4 of the truth table: (0, 0), (0, 1), (1, 0), (1, 1)
        (2) y = x1 XOR x2, so the labels cycle 0, 1, 1, 0
        (3) Gaussian noise N(0, noise²) is added to both coordinates

    Parameters
    ----------
    n_samples : int, default 200
        Number of points; with a multiple of 4 every corner gets the same number.
    noise : float, default 0.15
        Standard deviation of the noise. With 0 the points are exactly the truth table.
    seed : int, optional
        Seed for the noise; without one this thread's seed (``mldlab.manual_seed``) is used.
    shuffle : bool, default True
        Shuffle the rows (as scikit-learn does); with False they come ordered by class.

    Returns
    -------
    X : ndarray of shape (n_samples, 2), float32
    y : ndarray of shape (n_samples,), int64 labels 0 and 1

    Examples
    --------
    >>> X, y = xor(n_samples=4, noise=0.0, shuffle=False)
    >>> X.tolist(), y.tolist()
    ([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]], [0, 1, 1, 0])
    """
    n = check_samples("xor", n_samples)
    noise = check_noise("xor", noise)
    rng = rng_for("xor", seed)
    corners = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)
    X = corners[np.arange(n) % 4]  # (1)
    y = X[:, 0].astype(int) ^ X[:, 1].astype(int)  # (2)
    return _finish(X, y, noise, rng, shuffle)  # (3)


def moons(n_samples: int = 1000, noise: float = 0.2, seed: int | None = None, shuffle: bool = True):
    """Two interleaving half circles: a data set no straight line can separate.

    Generating rule (t runs evenly over [0, π])::

        (1) class 0, the upper arc:  (cos t, sin t)              for the first ⌊n/2⌋ points
        (2) class 1, the lower arc:  (1 − cos t, 0.5 − sin t)    for the rest
        (3) Gaussian noise N(0, noise²) is added to both coordinates

    Parameters
    ----------
    n_samples : int, default 1000
        Number of points (the upper arc gets ⌊n/2⌋ of them).
    noise : float, default 0.2
        Standard deviation of the Gaussian noise.
    seed : int, optional
        Seed for the noise; without one this thread's seed (``mldlab.manual_seed``) is used.
    shuffle : bool, default True
        Shuffle the rows (as scikit-learn does); with False they come ordered by class.

    Returns
    -------
    X : ndarray of shape (n_samples, 2), float32
    y : ndarray of shape (n_samples,), int64 class labels 0 and 1

    Examples
    --------
    >>> X, y = moons(n_samples=100, noise=0.1, seed=0)
    >>> X.shape, int(y.sum())
    ((100, 2), 50)
    """
    n = check_samples("moons", n_samples)
    noise = check_noise("moons", noise)
    rng = rng_for("moons", seed)
    n_upper = n // 2
    n_lower = n - n_upper
    t_upper = np.linspace(0, np.pi, n_upper)
    t_lower = np.linspace(0, np.pi, n_lower)
    upper = np.stack([np.cos(t_upper), np.sin(t_upper)], axis=1)  # (1)
    lower = np.stack([1 - np.cos(t_lower), 0.5 - np.sin(t_lower)], axis=1)  # (2)
    X = np.concatenate([upper, lower])
    y = np.concatenate([np.zeros(n_upper), np.ones(n_lower)])
    return _finish(X, y, noise, rng, shuffle)  # (3)


def circles(
    n_samples: int = 1000, noise: float = 0.1, factor: float = 0.5, seed: int | None = None, shuffle: bool = True
):
    """A small circle inside a large one: a straight line fails, a circle (or a hidden layer) succeeds.

    Generating rule (as scikit-learn's ``make_circles``)::

        (1) class 0, the outer circle:  (cos t, sin t)                    for the first ⌊n/2⌋ points
        (2) class 1, the inner circle:  factor · (cos t, sin t)           for the rest
            t runs evenly over [0, 2π) on each circle
        (3) Gaussian noise N(0, noise²) is added to both coordinates

    Parameters
    ----------
    n_samples : int, default 1000
        Number of points (the outer circle gets ⌊n/2⌋ of them).
    noise : float, default 0.1
        Standard deviation of the Gaussian noise.
    factor : float, default 0.5
        Radius of the inner circle, relative to the outer circle's radius 1 (0 <= factor < 1).
    seed : int, optional
        Seed for the noise; without one this thread's seed (``mldlab.manual_seed``) is used.
    shuffle : bool, default True
        Shuffle the rows (as scikit-learn does); with False they come ordered by class.

    Returns
    -------
    X : ndarray of shape (n_samples, 2), float32
    y : ndarray of shape (n_samples,), int64 labels 0 (outer) and 1 (inner)

    Examples
    --------
    >>> import numpy as np
    >>> X, y = circles(n_samples=8, noise=0.0, factor=0.5, shuffle=False)
    >>> np.hypot(X[:, 0], X[:, 1]).round(3).tolist(), y.tolist()
    ([1.0, 1.0, 1.0, 1.0, 0.5, 0.5, 0.5, 0.5], [0, 0, 0, 0, 1, 1, 1, 1])
    """
    n = check_samples("circles", n_samples)
    noise = check_noise("circles", noise)
    if not isinstance(factor, (int, float, np.number)) or isinstance(factor, bool) or not 0 <= factor < 1:
        raise ValueError(message("data_factor", value=factor))
    rng = rng_for("circles", seed)
    n_outer = n // 2
    n_inner = n - n_outer
    t_outer = np.linspace(0, 2 * np.pi, n_outer, endpoint=False)
    t_inner = np.linspace(0, 2 * np.pi, n_inner, endpoint=False)
    outer = np.stack([np.cos(t_outer), np.sin(t_outer)], axis=1)  # (1)
    inner = factor * np.stack([np.cos(t_inner), np.sin(t_inner)], axis=1)  # (2)
    X = np.concatenate([outer, inner])
    y = np.concatenate([np.zeros(n_outer), np.ones(n_inner)])
    return _finish(X, y, noise, rng, shuffle)  # (3)


def spirals(
    n_samples: int = 1000, n_classes: int = 2, noise: float = 0.1, seed: int | None = None, shuffle: bool = True
):
    """Spiral arms winding out from the centre, one arm per class (the CS231n and TensorFlow Playground set).

    Generating rule, for arm k = 0, …, K − 1 with m points::

        (1) radius    r = 1/m, 2/m, …, 1           (evenly out to 1)
        (2) angle     θ = 2π·k/K + 4·r             (the arms start K equal angles apart; each turns 4 rad)
        (3) point     r · (cos θ, sin θ), label k
        (4) Gaussian noise N(0, noise²) is added to both coordinates

    The samples come out ordered by class; the first n mod K classes get one point more.

    Parameters
    ----------
    n_samples : int, default 1000
        Number of points in all (at least one per arm).
    n_classes : int, default 2
        Number of arms K, which is the number of classes (>= 2).
    noise : float, default 0.1
        Standard deviation of the Gaussian noise.
    seed : int, optional
        Seed for the noise; without one this thread's seed (``mldlab.manual_seed``) is used.
    shuffle : bool, default True
        Shuffle the rows (as scikit-learn does); with False they come ordered by class.

    Returns
    -------
    X : ndarray of shape (n_samples, 2), float32, inside the unit disc when noise is 0
    y : ndarray of shape (n_samples,), int64 labels 0, …, K − 1

    Examples
    --------
    >>> X, y = spirals(n_samples=300, n_classes=3, noise=0.05, seed=0)
    >>> X.shape, [int((y == k).sum()) for k in range(3)]
    ((300, 2), [100, 100, 100])
    """
    K = check_whole("spirals", "n_classes", n_classes, 2)
    n = check_samples("spirals", n_samples, at_least=K)
    noise = check_noise("spirals", noise)
    rng = rng_for("spirals", seed)
    arms, labels = [], []
    for k, m in enumerate(per_class(n, K)):
        r = np.arange(1, m + 1) / m  # (1)
        theta = 2 * np.pi * k / K + 4 * r  # (2)
        arms.append(r[:, None] * np.stack([np.cos(theta), np.sin(theta)], axis=1))  # (3)
        labels.append(np.full(m, k))
    return _finish(np.concatenate(arms), np.concatenate(labels), noise, rng, shuffle)  # (4)


def gaussians(
    n_samples: int = 1000,
    n_classes: int | None = None,
    cluster_std=1.0,
    centers=None,
    noise: float = 0.0,
    seed: int | None = None,
    shuffle: bool = True,
):
    """Round clouds of points ("blobs"), one per class, as scikit-learn's ``make_blobs``.

    Generating rule, for class k = 0, …, K − 1::

        (1) centre    c_k = 4·(cos(2π·k/K), sin(2π·k/K))     (K points evenly on a circle of radius 4),
                      unless ``centers`` is given
        (2) point     x = c_k + ε,  ε ~ N(0, cluster_std²) in every coordinate
        (3) label noise: each label is replaced, with probability ``noise``, by a class drawn uniformly
            (so about noise·(K − 1)/K of the labels end up wrong)

    The samples come out ordered by class; the first n mod K classes get one point more.

    Parameters
    ----------
    n_samples : int, default 1000
        Number of points in all (at least one per class).
    n_classes : int, optional
        Number of classes K (>= 2). Default: 3, or the number of rows of ``centers``.
    cluster_std : float or sequence of floats, default 1.0
        Standard deviation of each cloud (one number, or one per class).
    centers : array-like of shape (K, n_features), optional
        The centres; their number of columns sets the number of features (default: 2).
    noise : float, default 0.0
        Share of labels replaced at random (0 <= noise <= 1). The spread of the clouds is ``cluster_std``.
    seed : int, optional
        Seed; without one this thread's seed (``mldlab.manual_seed``) is used.
    shuffle : bool, default True
        Shuffle the rows (as scikit-learn does); with False they come ordered by class.

    Returns
    -------
    X : ndarray of shape (n_samples, n_features), float32
    y : ndarray of shape (n_samples,), int64 labels 0, …, K − 1

    Examples
    --------
    >>> X, y = gaussians(n_samples=6, n_classes=2, cluster_std=0.1, seed=0, shuffle=False)
    >>> X[:, 0].round().tolist(), y.tolist()
    ([4.0, 4.0, 4.0, -4.0, -4.0, -4.0], [0, 0, 0, 1, 1, 1])
    """
    if centers is None:
        K = check_whole("gaussians", "n_classes", 3 if n_classes is None else n_classes, 2)
        angles = 2 * np.pi * np.arange(K) / K
        centers = 4 * np.stack([np.cos(angles), np.sin(angles)], axis=1)  # (1)
    else:
        centers = np.asarray(getattr(centers, "_data", centers), dtype=np.float64)
        if centers.ndim != 2 or len(centers) < 2:
            raise ValueError(message("data_centers", shape=centers.shape))
        K = len(centers)
        if n_classes is not None and n_classes != K:
            raise ValueError(message("data_centers_classes", n_classes=n_classes, k=K))
    n = check_samples("gaussians", n_samples, at_least=K)
    stds = [cluster_std] * K if np.ndim(cluster_std) == 0 else list(cluster_std)
    if len(stds) != K:
        raise ValueError(message("data_cluster_std_count", got=len(stds), k=K))
    stds = [check_positive("gaussians", "cluster_std", s) for s in stds]
    if not isinstance(noise, (int, float, np.number)) or isinstance(noise, bool) or not 0 <= noise <= 1:
        raise ValueError(message("data_label_noise", value=noise))
    rng = rng_for("gaussians", seed)
    blobs, labels = [], []
    for k, m in enumerate(per_class(n, K)):
        blobs.append(centers[k] + rng.normal(0.0, stds[k], (m, centers.shape[1])))  # (2)
        labels.append(np.full(m, k))
    y = np.concatenate(labels)
    if noise:
        replace = rng.random(n) < noise  # (3)
        y[replace] = rng.integers(0, K, replace.sum())
    return _finish(np.concatenate(blobs), y, 0.0, rng, shuffle)
