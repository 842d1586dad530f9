"""Data sets as PyTorch sees them: anything with ``len(dataset)`` and ``dataset[i]``.

Examples
--------
>>> import numpy as np
>>> from mldlab.data import TensorDataset
>>> dataset = TensorDataset(np.array([[4.0, 5.0], [2.0, 1.0], [5.0, 8.0]], dtype=np.float32), np.array([0, 0, 1]))
>>> len(dataset)
3
>>> dataset[2]
(tensor([5., 8.]), tensor(1))
"""

import numpy as np

from mldlab.creation import as_tensor
from mldlab.i18n import message
from mldlab.tensor import Tensor


class Dataset:
    """The base class of map-style data sets (PyTorch's ``torch.utils.data.Dataset``).

    Write a subclass with ``__len__`` (the number of samples) and ``__getitem__`` (sample ``i``, usually a
    tuple ``(x, y)``); ``DataLoader`` then batches it.

    Examples
    --------
    >>> class Squares(Dataset):
    ...     def __len__(self):
    ...         return 4
    ...     def __getitem__(self, i):
    ...         return float(i), float(i * i)
    >>> Squares()[3]
    (3.0, 9.0)
    """

    def __getitem__(self, index):
        raise NotImplementedError(message("data_dataset_getitem", name=type(self).__name__))

    def __len__(self) -> int:
        raise NotImplementedError(message("data_dataset_len", name=type(self).__name__))


class TensorDataset(Dataset):
    """Tensors (or arrays) that share their first dimension; sample i is row i of each (PyTorch's name).

    Parameters
    ----------
    *tensors : Tensor, ndarray, nested lists, or pandas DataFrame/Series (anything with ``.to_numpy()``)
        Usually ``X`` and ``y``. Arrays keep their dtype and share memory (as ``mldlab.as_tensor``); lists
        get PyTorch's default dtypes. The data set keeps the values only, detached from any graph, so the
        batches never require a gradient.

    Attributes
    ----------
    tensors : tuple of Tensor

    Notes
    -----
    NumPy's default float is float64, and a float64 batch cannot meet a model's float32 weights: convert
    with ``X.astype(np.float32)`` first (the generators and loaders of ``mldlab.data`` already give float32).

    Examples
    --------
    >>> import mldlab
    >>> dataset = TensorDataset(mldlab.tensor([[1.0], [2.0]]), mldlab.tensor([0, 1]))
    >>> dataset
    TensorDataset(2 samples: (2, 1) float32, (2,) int64)
    """

    def __init__(self, *tensors):
        if not tensors:
            raise ValueError(message("data_tensors_none"))
        stored = []
        for t in tensors:
            if not isinstance(t, (Tensor, np.ndarray)) and callable(getattr(t, "to_numpy", None)):
                t = t.to_numpy()  # a pandas DataFrame or Series, without importing pandas
            array = t._data if isinstance(t, Tensor) else as_tensor(t)._data
            if array.ndim == 0:
                raise ValueError(message("data_tensors_0d"))
            stored.append(Tensor._make(array))
        lengths = [len(t._data) for t in stored]
        if len(set(lengths)) > 1:
            shapes = ", ".join(str(tuple(t.shape)) for t in stored)
            raise ValueError(message("data_tensors_lengths", shapes=shapes))
        self.tensors = tuple(stored)

    def __getitem__(self, index) -> tuple:
        index = getattr(index, "_data", index)
        return tuple(Tensor._make(np.asarray(t._data[index])) for t in self.tensors)

    def __len__(self) -> int:
        return len(self.tensors[0]._data)

    def __repr__(self) -> str:
        parts = ", ".join(f"{tuple(t.shape)} {t._data.dtype}" for t in self.tensors)
        return f"TensorDataset({len(self)} samples: {parts})"
