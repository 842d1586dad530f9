"""Samplers: the order in which a ``DataLoader`` visits the samples (PyTorch's ``torch.utils.data`` samplers).

    SequentialSampler     0, 1, …, n − 1                                          (shuffle=False)
    RandomSampler         a new random permutation every epoch                    (shuffle=True)
    SubsetRandomSampler   the given indices, in a new random order every epoch
    BatchSampler          groups the indices of another sampler into lists of batch_size

Each sampler is iterable (``for i in sampler``) and has a length. The random ones draw from their
``generator`` (an ``mldlab.Generator``), or from the global one (``mldlab.manual_seed``).

Examples
--------
>>> list(BatchSampler(SequentialSampler(range(7)), batch_size=3, drop_last=False))
[[0, 1, 2], [3, 4, 5], [6]]
"""

import numpy as np

from mldlab import _random
from mldlab.i18n import message


class Sampler:
    """The base class: a subclass defines ``__iter__`` (the indices) and usually ``__len__``."""

    def __iter__(self):
        raise NotImplementedError(message("data_sampler_iter", name=type(self).__name__))


class SequentialSampler(Sampler):
    """The indices 0, 1, …, n − 1 of ``data_source``, in order."""

    def __init__(self, data_source):
        self.data_source = data_source

    def __iter__(self):
        return iter(range(len(self.data_source)))

    def _order(self) -> np.ndarray:
        return np.arange(len(self.data_source))

    def __len__(self) -> int:
        return len(self.data_source)


class RandomSampler(Sampler):
    """The indices of ``data_source`` in a new random order every epoch.

    Parameters
    ----------
    data_source : Dataset
    replacement : bool, default False
        Draw with replacement (an index may come more than once).
    num_samples : int, optional
        How many indices per epoch (default: ``len(data_source)``; more than that repeats permutations).
    generator : mldlab.Generator, optional
    """

    def __init__(self, data_source, replacement: bool = False, num_samples: int | None = None, generator=None):
        if not isinstance(replacement, bool):
            raise TypeError(message("data_sampler_replacement", value=replacement))
        self.data_source = data_source
        self.replacement = replacement
        self._num_samples = num_samples
        self.generator = generator
        if not isinstance(self.num_samples, int) or isinstance(self.num_samples, bool) or self.num_samples <= 0:
            raise ValueError(message("data_sampler_num_samples", value=self.num_samples))

    @property
    def num_samples(self) -> int:
        return len(self.data_source) if self._num_samples is None else self._num_samples

    def __iter__(self):
        return iter(self._order().tolist())

    def _order(self) -> np.ndarray:
        n, rng = len(self.data_source), _random.get_rng(self.generator)
        if self.replacement:
            return rng.integers(0, n, self.num_samples)
        permutations = [rng.permutation(n) for _ in range(-(-self.num_samples // n))]
        return np.concatenate(permutations)[: self.num_samples]

    def __len__(self) -> int:
        return self.num_samples


class SubsetRandomSampler(Sampler):
    """The given ``indices``, in a new random order every epoch (e.g. a validation part of one data set)."""

    def __init__(self, indices, generator=None):
        self.indices = indices
        self.generator = generator

    def __iter__(self):
        order = _random.get_rng(self.generator).permutation(len(self.indices))
        return (self.indices[i] for i in order.tolist())

    def __len__(self) -> int:
        return len(self.indices)


class BatchSampler(Sampler):
    """The indices of ``sampler`` in lists of ``batch_size`` (the last one shorter unless ``drop_last``)."""

    def __init__(self, sampler, batch_size: int, drop_last: bool):
        if not isinstance(batch_size, (int, np.integer)) or isinstance(batch_size, bool) or batch_size <= 0:
            raise ValueError(message("data_loader_batch_size", value=batch_size))
        if not isinstance(drop_last, bool):
            raise ValueError(message("data_sampler_drop_last", value=drop_last))
        self.sampler = sampler
        self.batch_size = int(batch_size)
        self.drop_last = drop_last

    def __iter__(self):
        for batch in self._batches():
            yield batch if isinstance(batch, list) else batch.tolist()

    def _batches(self):
        """The batches as index arrays when the sampler gives all its indices at once (the samplers above do),
        else as lists: ``DataLoader`` indexes its tensors with them directly."""
        order = getattr(self.sampler, "_order", None)
        if order is not None:
            indices = order()
            stop = len(indices) - len(indices) % self.batch_size if self.drop_last else len(indices)
            for start in range(0, stop, self.batch_size):
                yield indices[start : start + self.batch_size]
            return
        batch = []
        for index in self.sampler:
            batch.append(index)
            if len(batch) == self.batch_size:
                yield batch
                batch = []
        if batch and not self.drop_last:
            yield batch

    def __len__(self) -> int:
        n = len(self.sampler)
        return n // self.batch_size if self.drop_last else -(-n // self.batch_size)
