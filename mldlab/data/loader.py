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

from collections.abc import Mapping

import numpy as np

from mldlab import _random
from mldlab.data.dataset import TensorDataset
from mldlab.data.sampler import BatchSampler, RandomSampler, SequentialSampler
from mldlab.i18n import message
from mldlab.tensor import Tensor


class DataLoader:
    """Iterate over a data set in mini-batches (PyTorch's ``torch.utils.data.DataLoader``).

    Algorithm, for every epoch (every ``for batch in loader``)::

        (1) order ← the sampler's indices: a new random permutation of 0, …, n − 1 if shuffle, else 0, 1, …, n − 1
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
    sampler : Sampler or iterable of int, optional
        The order of the samples (1) instead of ``shuffle``: e.g. ``SubsetRandomSampler(indices)``.
    batch_sampler : Sampler or iterable of lists of int, optional
        The batches' indices (1) and (2) at once; then leave batch_size, shuffle, sampler and drop_last alone.
    num_workers, pin_memory, timeout, worker_init_fn, multiprocessing_context, prefetch_factor, \
persistent_workers, pin_memory_device, in_order
        PyTorch's options for loading in other processes and copying to a GPU. They are checked as PyTorch checks
        them and otherwise have no effect: mldlab always loads the batches here, in this process, in order
        (which is what PyTorch does with ``num_workers=0``; ``worker_init_fn`` is then never called).
    drop_last : bool, default False
        Leave out the last batch when it is shorter than ``batch_size``.
    generator : mldlab.Generator, optional
        A generator to draw the orders from instead of the global one (PyTorch's argument).
    collate_fn : callable, optional
        Turns a list of samples into a batch (default: ``default_collate``).
    seed : int, optional
        mldlab's shortcut for ``generator=mldlab.Generator(seed)``: two loaders with the same seed go through the
        same sequence of epochs. Without a seed (and without a generator) this thread's seed is used
        (``mldlab.manual_seed``).

    Yields
    ------
    list of Tensor
        For a ``TensorDataset`` of ``(X, y)``: ``[X_batch, y_batch]`` with the data set's dtypes, not requiring
        a gradient. (PyTorch also gives a list here; unpack it with ``for xb, yb in loader``.)

    Notes
    -----
    ``len(loader)`` is the number of batches per epoch: ⌈n / batch_size⌉, or ⌊n / batch_size⌋ with
    ``drop_last``. The random orders come from NumPy, so they differ from PyTorch's for the same seed.

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
        shuffle: bool | None = None,
        sampler=None,
        batch_sampler=None,
        num_workers: int = 0,
        collate_fn=None,
        pin_memory: bool = False,
        drop_last: bool = False,
        timeout: float = 0,
        worker_init_fn=None,
        multiprocessing_context=None,
        generator=None,
        *,
        prefetch_factor: int | None = None,
        persistent_workers: bool = False,
        pin_memory_device: str = "",
        in_order: bool = True,
        seed: int | None = None,
    ):
        if not (hasattr(dataset, "__len__") and hasattr(dataset, "__getitem__")):
            raise TypeError(message("data_loader_dataset", type=type(dataset).__name__))
        if not isinstance(batch_size, (int, np.integer)) or isinstance(batch_size, bool) or batch_size < 1:
            raise ValueError(message("data_loader_batch_size", value=batch_size))
        _check_worker_options(num_workers, timeout, prefetch_factor, persistent_workers)
        if seed is not None and generator is not None:
            raise ValueError(message("data_loader_seed_and_generator"))
        if generator is not None and not isinstance(generator, _random.Generator):
            raise TypeError(message("data_loader_generator", type=type(generator).__name__))
        if seed is not None and (not isinstance(seed, (int, np.integer)) or isinstance(seed, bool) or seed < 0):
            raise TypeError(message("data_seed", op="DataLoader", value=seed))
        if sampler is not None and shuffle:
            raise ValueError(message("data_loader_sampler_shuffle"))
        if batch_sampler is not None and (batch_size != 1 or shuffle or sampler is not None or drop_last):
            raise ValueError(message("data_loader_batch_sampler"))
        if seed is not None:
            generator = _random.Generator(int(seed))
        if sampler is None:
            sampler = RandomSampler(dataset, generator=generator) if shuffle else SequentialSampler(dataset)
        self.dataset = dataset
        self.batch_size = None if batch_sampler is not None else int(batch_size)
        self.shuffle = bool(shuffle)
        self.drop_last = bool(drop_last)
        self.generator = generator
        self.sampler = sampler
        self.batch_sampler = batch_sampler or BatchSampler(sampler, int(batch_size), bool(drop_last))
        self.collate_fn = collate_fn
        self.num_workers = num_workers

    def __len__(self) -> int:
        return len(self.batch_sampler)

    def __iter__(self):
        if isinstance(self.dataset, TensorDataset) and self.collate_fn is None:
            arrays = [t._data for t in self.dataset.tensors]
            batches = getattr(self.batch_sampler, "_batches", None)  # index arrays, without lists in between
            for indices in batches() if batches is not None else self.batch_sampler:  # (1), (2)
                yield [Tensor._make(array[indices]) for array in arrays]  # (3) one index per tensor
        else:
            collate = self.collate_fn or default_collate
            for indices in self.batch_sampler:
                yield collate([self.dataset[int(i)] for i in indices])  # (3) sample by sample

    def __repr__(self) -> str:
        return (f"DataLoader({len(self.dataset)} samples, batch_size={self.batch_size}, shuffle={self.shuffle}, "
                f"drop_last={self.drop_last}: {len(self)} batches)")


def _check_worker_options(num_workers, timeout, prefetch_factor, persistent_workers) -> None:
    """PyTorch's checks of the multiprocessing options (which have no effect here)."""
    if num_workers < 0:
        raise ValueError(message("data_loader_num_workers", value=num_workers))
    if timeout < 0:
        raise ValueError(message("data_loader_timeout", value=timeout))
    if num_workers == 0 and prefetch_factor is not None:
        raise ValueError(message("data_loader_prefetch", value=prefetch_factor))
    if prefetch_factor is not None and prefetch_factor < 0:
        raise ValueError(message("data_loader_prefetch_negative", value=prefetch_factor))
    if persistent_workers and num_workers == 0:
        raise ValueError(message("data_loader_persistent"))


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
