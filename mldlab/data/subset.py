"""``Subset`` (some samples of a data set, by index) and ``random_split`` (a data set cut into random parts).

``random_split`` follows PyTorch: lengths may be counts that add up to the data set's length, or fractions
that add up to 1, turned into counts as

    (1) nᵢ = ⌊n · fᵢ⌋
    (2) the r = n − Σ nᵢ samples left over go one each to parts 0, 1, …, r − 1 (round robin)

then one random permutation of 0 … n − 1 is cut into consecutive pieces of n₀, n₁, … indices.

Examples
--------
>>> from mldlab.data import TensorDataset
>>> import numpy as np
>>> train, val = random_split(TensorDataset(np.arange(10.0)), [0.8, 0.2])
>>> len(train), len(val)
(8, 2)
"""

import math
import warnings

from mldlab import _random
from mldlab.data.dataset import Dataset
from mldlab.i18n import message


class Subset(Dataset):
    """The samples of ``dataset`` at ``indices``: ``Subset(d, idx)[i]`` is ``d[idx[i]]``.

    Parameters
    ----------
    dataset : Dataset
    indices : sequence of int
    """

    def __init__(self, dataset, indices):
        self.dataset = dataset
        self.indices = indices

    def __getitem__(self, index):
        if isinstance(index, list):
            return self.dataset[[self.indices[i] for i in index]]
        return self.dataset[self.indices[index]]

    def __len__(self) -> int:
        return len(self.indices)

    def __repr__(self) -> str:
        return f"Subset({len(self)} of {len(self.dataset)} samples)"


def _lengths_from_fractions(n: int, fractions) -> list:
    counts = []
    for i, fraction in enumerate(fractions):
        if fraction < 0 or fraction > 1:
            raise ValueError(message("data_split_fraction", index=i, value=fraction))
        counts.append(math.floor(n * fraction))  # (1)
    for i in range(n - sum(counts)):  # (2)
        counts[i % len(counts)] += 1
    for i, count in enumerate(counts):
        if count == 0:
            warnings.warn(message("data_split_empty", index=i), UserWarning, stacklevel=3)
    return counts


def random_split(dataset, lengths, generator=None) -> list:
    """Split ``dataset`` into non-overlapping random ``Subset``s of the given lengths (or fractions).

    Parameters
    ----------
    dataset : Dataset
    lengths : sequence of int or float
        Counts that add up to ``len(dataset)``, or fractions that add up to 1.
    generator : mldlab.Generator, optional
        Where the permutation comes from (default: this thread's generator, ``mldlab.manual_seed``).

    Returns
    -------
    list of Subset
    """
    n = len(dataset)
    if math.isclose(sum(lengths), 1) and sum(lengths) <= 1:
        lengths = _lengths_from_fractions(n, lengths)
    if sum(lengths) != n:
        raise ValueError(message("data_split_sum", lengths=list(lengths), total=sum(lengths), n=n))
    indices = _random.get_rng(generator).permutation(n).tolist()
    parts, start = [], 0
    for length in lengths:
        parts.append(Subset(dataset, indices[start : start + length]))
        start += length
    return parts
