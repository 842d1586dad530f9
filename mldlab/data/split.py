"""Splitting data into training and test data, so that a model is judged on data it never saw.

Examples
--------
>>> import numpy as np
>>> from mldlab.data import train_test_split
>>> X, y = np.arange(20).reshape(10, 2), np.arange(10) % 2
>>> X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, seed=0)
>>> len(X_train), len(X_test)
(7, 3)
"""

import math

import numpy as np

from mldlab import _random
from mldlab.i18n import message


def train_test_split(*arrays, test_size: float = 0.25, shuffle: bool = True, stratify=None, seed: int | None = None):
    """Split arrays (same first dimension) into training and test parts.

    Parameters
    ----------
    *arrays : array-like
        Features, targets, ...: all split by the same row order.
    test_size : float or int, default 0.25
        Fraction of rows (0 < test_size < 1) or number of rows for the test part. The test part gets
        ⌈test_size · n⌉ rows, as in scikit-learn.
    shuffle : bool, default True
        Shuffle the rows first (otherwise the last rows become the test part).
    stratify : array-like, optional
        Class labels: keep each class's share the same in both parts.
    seed : int, optional
        Seed for the shuffle; without one the global seed is used.

    Returns
    -------
    list
        ``train, test`` for each array in order: ``X_train, X_test, y_train, y_test``.
    """
    if not arrays:
        raise ValueError(message("split_no_arrays"))
    arrays = [np.asarray(getattr(a, "_data", a)) for a in arrays]
    n = len(arrays[0])
    for a in arrays[1:]:
        if len(a) != n:
            lengths = [len(a) for a in arrays]
            raise ValueError(message("split_lengths", lengths=lengths))
    if isinstance(test_size, float) and 0 < test_size < 1:
        n_test = math.ceil(test_size * n)
    elif isinstance(test_size, (int, np.integer)) and 0 < test_size < n:
        n_test = int(test_size)
    else:
        raise ValueError(message("split_test_size", high=n - 1, value=test_size))
    rng = np.random.default_rng(seed) if seed is not None else _random.get_rng()
    if stratify is not None:
        if not shuffle:
            raise ValueError(message("split_stratify_shuffle"))
        test_rows = _stratified_test_rows(np.asarray(getattr(stratify, "_data", stratify)), n_test, rng)
        train_rows = np.setdiff1d(np.arange(n), test_rows)
        train_rows, test_rows = rng.permutation(train_rows), rng.permutation(test_rows)
    else:
        order = rng.permutation(n) if shuffle else np.arange(n)
        train_rows, test_rows = order[: n - n_test], order[n - n_test :]
    result = []
    for a in arrays:
        result += [a[train_rows], a[test_rows]]
    return result


def _stratified_test_rows(labels: np.ndarray, n_test: int, rng: np.random.Generator) -> np.ndarray:
    """Pick ``n_test`` rows so that each class's share of them matches its share of all rows."""
    classes, counts = np.unique(labels, return_counts=True)
    exact = counts * n_test / len(labels)
    take = np.floor(exact).astype(int)
    for i in np.argsort(-(exact - take), kind="stable")[: n_test - take.sum()]:
        take[i] += 1
    rows = [rng.choice(np.flatnonzero(labels == c), size=k, replace=False) for c, k in zip(classes, take)]
    return np.concatenate(rows)


def split_validation(X, Y, fraction: float):
    """Keras's ``validation_split``: the *last* ⌊…⌋ rows are kept for validation, as
    ``X[:n_train], Y[:n_train], X[n_train:], Y[n_train:]`` with n_train = ⌊n · (1 − fraction)⌋.

    The rows are taken before any shuffling, so data ordered by class must be shuffled first.

    Examples
    --------
    >>> X_train, y_train, X_val, y_val = split_validation(np.arange(10), np.arange(10), 0.3)
    >>> X_val.tolist()
    [7, 8, 9]
    """
    n = len(X)
    n_train = math.floor(n * (1.0 - fraction))
    if n_train in (0, n):
        raise ValueError(message("fit_validation_split_too_large", value=fraction, n=n))
    return X[:n_train], Y[:n_train], X[n_train:], Y[n_train:]
