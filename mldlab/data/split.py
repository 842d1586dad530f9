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

from mldlab.data._checks import rng_for
from mldlab.data.arrays import check_finite, rows, to_numpy
from mldlab.i18n import message


def train_test_split(*arrays, test_size: float = 0.25, shuffle: bool = True, stratify=None, seed: int | None = None,
                     random_state: int | None = None):
    """Split arrays (same first dimension) into training and test parts.

    Parameters
    ----------
    *arrays : array-like
        Features, targets, ...: all split by the same row order. Lists, NumPy arrays, Tensors and pandas tables
        (through ``.to_numpy()``) are accepted; the parts are NumPy arrays. Text labels are fine.
    test_size : float or int, default 0.25
        Fraction of rows (0 < test_size < 1) or number of rows for the test part. The test part gets
        ⌈test_size · n⌉ rows, as in scikit-learn; neither part may be empty.
    shuffle : bool, default True
        Shuffle the rows first (otherwise the last rows become the test part).
    stratify : array-like, optional
        Class labels, one per row: keep each class's share the same in both parts. As in scikit-learn, every
        class needs 2 rows at least, and each part at least one row of every class.
    seed : int, optional
        Seed for the shuffle; without one this thread's default generator (``mldlab.manual_seed``) is used.
    random_state : int, optional
        scikit-learn's name for ``seed`` (give one or the other), so that scikit-learn code runs unchanged. The
        same number does not give scikit-learn's split (another random generator), but always the same one.

    Returns
    -------
    list
        ``train, test`` for each array in order: ``X_train, X_test, y_train, y_test``.
    """
    if not arrays:
        raise ValueError(message("split_no_arrays"))
    if seed is not None and random_state is not None:
        raise ValueError(message("split_seed_twice", seed=seed, random_state=random_state))
    seed = random_state if seed is None else seed
    names = ["X", "y"] + [f"arrays[{i}]" for i in range(2, len(arrays))]
    arrays = [rows(to_numpy(a, "train_test_split", name, numeric=False), "train_test_split", name)
              for a, name in zip(arrays, names)]
    n = len(arrays[0])
    if any(len(a) != n for a in arrays[1:]):
        raise ValueError(message("split_lengths", lengths=[len(a) for a in arrays]))
    if isinstance(test_size, (float, np.floating)) and 0 < test_size < 1:
        n_test = math.ceil(test_size * n)
    elif isinstance(test_size, (int, np.integer)) and not isinstance(test_size, bool) and 0 < test_size < n:
        n_test = int(test_size)
    else:
        raise ValueError(message("split_test_size", high=n - 1, value=test_size))
    if n_test >= n:
        raise ValueError(message("split_empty_part", n=n, value=test_size, part=message("split_part_train"),
                                 n_train=n - n_test, n_test=n_test))
    rng = rng_for("train_test_split", seed)
    if stratify is not None:
        if not shuffle:
            raise ValueError(message("split_stratify_shuffle"))
        labels = rows(to_numpy(stratify, "train_test_split", "stratify", numeric=False), "train_test_split", "stratify")
        if len(labels) != n:
            raise ValueError(message("split_stratify_length", n_labels=len(labels), n=n))
        test_rows = _stratified_test_rows(check_finite(labels, "train_test_split", "stratify"), n_test, rng)
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
    classes, inverse, counts = np.unique(labels, axis=0 if labels.ndim > 1 else None, return_inverse=True,
                                         return_counts=True)
    inverse = inverse.reshape(-1)
    if counts.min() < 2:
        raise ValueError(message("split_stratify_single", labels=classes[counts < 2].tolist()))
    for part, size in ((message("split_part_train"), len(labels) - n_test), (message("split_part_test"), n_test)):
        if size < len(classes):
            raise ValueError(message("split_stratify_classes", part=part, size=size, n_classes=len(classes)))
    exact = counts * n_test / len(labels)
    take = np.floor(exact).astype(int)
    for i in np.argsort(-(exact - take), kind="stable")[: n_test - take.sum()]:
        take[i] += 1
    picked = [rng.choice(np.flatnonzero(inverse == c), size=k, replace=False) for c, k in enumerate(take)]
    return np.concatenate(picked)


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
