"""K-fold cross-validation splits: every sample is tested exactly once, by a model that never saw it.

``KFold(n_splits=k)`` cuts the n samples into k consecutive folds (shuffled first with ``shuffle=True``)::

    (1) fold sizes: the first n mod k folds get ⌊n/k⌋ + 1 samples, the others ⌊n/k⌋
    (2) split i: fold i is the test part, the other k − 1 folds the training part

``StratifiedKFold`` makes every fold hold each class in about the same share as the whole data set, so a
fold is never missing a rare class. For each class, sorted in the order the classes first appear in y::

    (3) deal the class's samples out to the folds as evenly as the whole data allows (how many of class c
        each fold gets: the counts of the sorted labels y[i], y[i + k], y[i + 2k], … for fold i)
    (4) within a class the samples keep their order (or are shuffled, with ``shuffle=True``)

Without shuffling, both give exactly scikit-learn's folds; with shuffling the folds are as good but not the
same (another random generator).
"""

import warnings

import numpy as np

from mldlab.data.arrays import rows, to_numpy
from mldlab.i18n import message
from mldlab.ml.base import BaseEstimator
from mldlab.ml.validation import check_random_state, check_whole


class KFold(BaseEstimator):
    """k consecutive folds, each the test part once (scikit-learn's ``KFold``).

    Parameters
    ----------
    n_splits : int, default 5
        k, at least 2.
    shuffle : bool, default False
        Shuffle the samples before cutting them into folds.
    random_state : int, numpy Generator or None, default None
        The seed of the shuffle (only with ``shuffle=True``).

    Examples
    --------
    >>> import numpy as np
    >>> for train, test in KFold(n_splits=3).split(np.zeros((7, 1))):
    ...     print(train.tolist(), test.tolist())
    [3, 4, 5, 6] [0, 1, 2]
    [0, 1, 2, 5, 6] [3, 4]
    [0, 1, 2, 3, 4] [5, 6]
    """

    def __init__(self, n_splits: int = 5, *, shuffle: bool = False, random_state=None):
        self.n_splits = n_splits
        self.shuffle = shuffle
        self.random_state = random_state

    def get_n_splits(self, X=None, y=None, groups=None) -> int:
        """k."""
        return self.n_splits

    def _n_samples(self, X) -> int:
        op = f"{type(self).__name__}.split"
        k = check_whole(op, "n_splits", self.n_splits, 2)
        n = len(rows(to_numpy(X, op, "X", numeric=False), op, "X"))
        if k > n:
            raise ValueError(message("ml_cv_too_many_splits", op=op, k=k, n=n))
        return n

    def _test_folds(self, X, y) -> np.ndarray:
        """The fold of each sample, (1)."""
        n = self._n_samples(X)
        k = self.n_splits
        sizes = np.full(k, n // k)
        sizes[: n % k] += 1  # (1)
        folds = np.repeat(np.arange(k), sizes)
        order = check_random_state(self.random_state, "KFold.split").permutation(n) if self.shuffle else np.arange(n)
        test_fold = np.empty(n, dtype=int)
        test_fold[order] = folds
        return test_fold

    def split(self, X, y=None, groups=None):
        """Yield (train indices, test indices) for each of the k splits, (2)."""
        test_fold = self._test_folds(X, y)
        for i in range(self.n_splits):
            yield np.flatnonzero(test_fold != i), np.flatnonzero(test_fold == i)  # (2)


class StratifiedKFold(KFold):
    """k folds with each class in the same share in every fold (scikit-learn's ``StratifiedKFold``).

    Parameters are those of ``KFold``; ``split(X, y)`` needs the class labels y.

    Examples
    --------
    >>> y = [0, 0, 0, 0, 1, 1, 1, 1]
    >>> [test.tolist() for _, test in StratifiedKFold(n_splits=2).split(y, y)]
    [[0, 1, 4, 5], [2, 3, 6, 7]]
    """

    def _test_folds(self, X, y) -> np.ndarray:
        """The fold of each sample, (3)–(4)."""
        op = "StratifiedKFold.split"
        n = self._n_samples(X)
        k = self.n_splits
        y = to_numpy(y, op, "y", numeric=False).reshape(-1) if y is not None else None
        if y is None or len(y) != n:
            raise ValueError(message("ml_lengths", op=op, n_X=n, n_y=0 if y is None else len(y)))
        _, first, inverse = np.unique(y, return_index=True, return_inverse=True)
        rank = np.argsort(np.argsort(first))  # the classes in the order they first appear in y
        label = rank[inverse.reshape(-1)]
        counts = np.bincount(label)
        if k > counts.max():
            raise ValueError(message("ml_cv_class_too_small", op=op, k=k, largest=int(counts.max())))
        if k > counts.min():
            warnings.warn(message("ml_cv_class_small", op=op, k=k, least=int(counts.min())), UserWarning,
                          stacklevel=3)
        sorted_labels = np.sort(label)
        per_fold = np.array([np.bincount(sorted_labels[i::k], minlength=len(counts)) for i in range(k)])  # (3)
        rng = check_random_state(self.random_state, op) if self.shuffle else None
        test_fold = np.empty(n, dtype=int)
        for c in range(len(counts)):
            folds = np.repeat(np.arange(k), per_fold[:, c])
            if rng is not None:
                folds = rng.permutation(folds)  # (4)
            test_fold[label == c] = folds
        return test_fold
