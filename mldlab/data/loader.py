"""Mini-batches: ``DataLoader`` cuts a data set into batches, in a new random order every epoch.

Examples
--------
>>> import numpy as np
>>> from mldlab.data import DataLoader, TensorDataset
>>> X, y = np.arange(10, dtype=np.float32).reshape(5, 2), np.array([0, 1, 0, 1, 1])
>>> for xb, yb in DataLoader(TensorDataset(X, y), batch_size=2):
...     print(xb.shape, yb.tolist())
(2, 2) [0, 1]
(2, 2) [0, 1]
(1, 2) [1]
"""

import math
from collections.abc import Mapping

import numpy as np

from mldlab import _random
from mldlab.data.dataset import TensorDataset
from mldlab.i18n import message
from mldlab.tensor import Tensor


class DataLoader:
    """Iterate over a data set in mini-batches (PyTorch's ``torch.utils.data.DataLoader``).

    Algorithm, for every epoch (every ``for batch in loader``)::

        (1) order ← a new random permutation of 0, …, n − 1 if shuffle, else 0, 1, …, n − 1
        (2) cut order into pieces of batch_size; without drop_last the last piece may be shorter
        (3) for each piece: batch ← the rows at those indices, of every tensor of the data set

    For a ``TensorDataset``, step (3) is one indexing operation per tensor (``X[indices]``), with no loop
    over samples. Any other data set with ``__len__`` and ``__getitem__`` is read sample by sample and the
    samples are stacked by ``collate_fn`` (default: ``default_collate``, as PyTorch's).

    Parameters
    ----------
    dataset : Dataset
        A ``TensorDataset``, or any object with ``__len__`` and ``__getitem__``.
    batch_size : int, default 1
        Samples per batch.
    shuffle : bool, default False
        Draw a new order every epoch (do this for training data, not for test data).
    drop_last : bool, default False
        Leave out the last batch when it is shorter than ``batch_size``.
    seed : int, optional
        Seed for this loader's own random order: two loaders with the same seed go through the same
        sequence of epochs. Without a seed (and without a generator) the global seed is used
        (``mldlab.manual_seed``).
    generator : mldlab.Generator, optional
        A generator to draw the orders from instead of the global one (PyTorch's argument).
    collate_fn : callable, optional
        Turns a list of samples into a batch (default: ``default_collate``).

    Yields
    ------
    list of Tensor
        For a ``TensorDataset`` of ``(X, y)``: ``[X_batch, y_batch]`` with the data set's dtypes, not requiring
        a gradient. (PyTorch also gives a list here; unpack it with ``for xb, yb in loader``.)

    Notes
    -----
    ``len(loader)`` is the number of batches per epoch: ⌈n / batch_size⌉, or ⌊n / batch_size⌋ with
    ``drop_last``. PyTorch's ``num_workers``, ``sampler`` and ``pin_memory`` are not needed here and not
    accepted.

    Examples
    --------
    >>> dataset = TensorDataset(np.arange(6, dtype=np.float32))
    >>> loader = DataLoader(dataset, batch_size=4, shuffle=True, seed=0)
    >>> len(loader), [len(xb) for (xb,) in loader]
    (2, [4, 2])
    >>> sorted(v for (xb,) in loader for v in xb.tolist())
    [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]
    """

    def __init__(
        self,
        dataset,
        batch_size: int = 1,
        shuffle: bool = False,
        drop_last: bool = False,
        seed: int | None = None,
        generator=None,
        collate_fn=None,
    ):
        if not (hasattr(dataset, "__len__") and hasattr(dataset, "__getitem__")):
            raise TypeError(message("data_loader_dataset", type=type(dataset).__name__))
        if not isinstance(batch_size, (int, np.integer)) or isinstance(batch_size, bool) or batch_size < 1:
            raise ValueError(message("data_loader_batch_size", value=batch_size))
        if seed is not None and generator is not None:
            raise ValueError(message("data_loader_seed_and_generator"))
        if generator is not None and not isinstance(generator, _random.Generator):
            raise TypeError(message("data_loader_generator", type=type(generator).__name__))
        if seed is not None and (not isinstance(seed, (int, np.integer)) or isinstance(seed, bool) or seed < 0):
            raise TypeError(message("data_seed", op="DataLoader", value=seed))
        self.dataset = dataset
        self.batch_size = int(batch_size)
        self.shuffle = bool(shuffle)
        self.drop_last = bool(drop_last)
        self.generator = generator
        self.collate_fn = collate_fn
        self._rng = np.random.default_rng(int(seed)) if seed is not None else None

    def __len__(self) -> int:
        n = len(self.dataset)
        return n // self.batch_size if self.drop_last else math.ceil(n / self.batch_size)

    def __iter__(self):
        n = len(self.dataset)
        if self.shuffle:
            rng = self._rng if self._rng is not None else _random.get_rng(self.generator)
            order = rng.permutation(n)  # (1)
        else:
            order = np.arange(n)
        pieces = [order[start : start + self.batch_size] for start in range(0, n, self.batch_size)]  # (2)
        if self.drop_last and pieces and len(pieces[-1]) < self.batch_size:
            pieces.pop()
        if isinstance(self.dataset, TensorDataset) and self.collate_fn is None:
            arrays = [t._data for t in self.dataset.tensors]
            for indices in pieces:
                yield [Tensor._make(array[indices]) for array in arrays]  # (3) one index per tensor
        else:
            collate = self.collate_fn or default_collate
            for indices in pieces:
                yield collate([self.dataset[int(i)] for i in indices])  # (3) sample by sample

    def __repr__(self) -> str:
        return (f"DataLoader({len(self.dataset)} samples, batch_size={self.batch_size}, shuffle={self.shuffle}, "
                f"drop_last={self.drop_last}: {len(self)} batches)")


def default_collate(samples: list):
    """Stack a list of samples into one batch, as PyTorch's ``default_collate``.

    Tensors and arrays are stacked along a new first dimension; Python ints become an int64 tensor and
    floats a float64 tensor (as in PyTorch); strings stay a list; tuples and lists are collated element by
    element (giving a list); dicts key by key.

    Examples
    --------
    >>> default_collate([(1.0, 0), (2.0, 1)])
    [tensor([1., 2.], dtype=mldlab.float64), tensor([0, 1])]
    """
    first = samples[0]
    if isinstance(first, Tensor):
        return Tensor._make(np.stack([s._data for s in samples]))
    if isinstance(first, (np.ndarray, np.generic)):
        return Tensor._make(np.stack([np.asarray(s) for s in samples]))
    if isinstance(first, bool):
        return Tensor._make(np.array(samples, dtype=np.bool_))
    if isinstance(first, int):
        return Tensor._make(np.array(samples, dtype=np.int64))
    if isinstance(first, float):
        return Tensor._make(np.array(samples, dtype=np.float64))
    if isinstance(first, str):
        return list(samples)
    if isinstance(first, Mapping):
        return {key: default_collate([s[key] for s in samples]) for key in first}
    if isinstance(first, (tuple, list)):
        if len({len(s) for s in samples}) > 1:
            raise RuntimeError(message("data_collate_sizes"))
        return [default_collate(list(column)) for column in zip(*samples)]
    raise TypeError(message("data_collate_type", type=type(first).__name__))
