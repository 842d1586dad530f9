"""``mldlab.utils.data``: the names PyTorch code imports from ``torch.utils.data``.

>>> from mldlab.utils.data import DataLoader, TensorDataset, random_split
>>> import mldlab
>>> dataset = TensorDataset(mldlab.arange(10.0).reshape(5, 2), mldlab.tensor([0, 1, 0, 1, 1]))
>>> train, test = random_split(dataset, [4, 1])
>>> [len(xb) for xb, yb in DataLoader(train, batch_size=3)]
[3, 1]
"""

from mldlab.data.dataset import Dataset, TensorDataset
from mldlab.data.loader import DataLoader, default_collate
from mldlab.data.sampler import BatchSampler, RandomSampler, Sampler, SequentialSampler, SubsetRandomSampler
from mldlab.data.subset import Subset, random_split

__all__ = [
    "Dataset",
    "TensorDataset",
    "Subset",
    "random_split",
    "DataLoader",
    "default_collate",
    "Sampler",
    "SequentialSampler",
    "RandomSampler",
    "SubsetRandomSampler",
    "BatchSampler",
]
