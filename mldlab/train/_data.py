"""The data side of ``Model``: inputs and targets as checked arrays, mini-batches, and ``DataLoader`` batches.

Inputs go through ``mldlab.data.arrays`` (lists, NumPy arrays, Tensors and pandas tables are accepted; None, text,
ragged lists, NaN and ±∞ get a clear error naming the array and the place) and become the network's float dtype;
targets are shaped for the loss by ``mldlab.train.losses.prepare_targets``.
"""

import numpy as np

from mldlab.data.arrays import check_finite, rows, to_float, to_numpy
from mldlab.i18n import message
from mldlab.tensor import Tensor
from mldlab.train import losses


def is_loader(x) -> bool:
    """A ``DataLoader`` (anything iterable with ``len`` and a ``dataset``), rather than an array."""
    return x is not None and not isinstance(x, (np.ndarray, Tensor, list, tuple)) and hasattr(x, "__iter__") \
        and hasattr(x, "__len__") and hasattr(x, "dataset")


def features(x, dtype, op: str, name: str = "x") -> np.ndarray:
    """Network inputs (n, …) in the network's float dtype, with no NaN or ±∞."""
    X = rows(to_numpy(x, op, name), op, name)
    return to_float(check_finite(X, op, name), dtype, op, name)


def pair(x, y, model, op: str, names=("x", "y")) -> tuple[np.ndarray, np.ndarray]:
    """Inputs and targets, checked: the same number of rows, at least one, targets shaped for the loss."""
    if y is None:
        raise ValueError(message("fit_no_y", op=op))
    X = features(x, model.dtype, op, names[0])
    Y = rows(to_numpy(y, op, names[1]), op, names[1])
    if len(X) != len(Y):
        raise ValueError(message("fit_lengths", op=op, nx=len(X), ny=len(Y)))
    if len(X) == 0:
        raise ValueError(message("fit_empty", op=op))
    return X, losses.prepare_targets(Y, model._loss_info, model._loss_fn, model.dtype, op, names[1])


def batches(X: np.ndarray, Y: np.ndarray, batch_size: int, rng):
    """(x, y) tensors of ``batch_size`` rows, in a fresh random order when ``rng`` is given."""
    n = len(X)
    if rng is None:
        for start in range(0, n, batch_size):
            yield Tensor._make(X[start : start + batch_size]), Tensor._make(Y[start : start + batch_size])
        return
    order = rng.permutation(n)
    for start in range(0, n, batch_size):
        picked = order[start : start + batch_size]
        yield Tensor._make(X[picked]), Tensor._make(Y[picked])


def loader_batches(loader, model, op: str):
    """Batches of a DataLoader, checked like arrays: inputs in the network's dtype, targets as the loss wants."""
    for batch in loader:
        if not isinstance(batch, (tuple, list)) or len(batch) != 2:
            raise ValueError(message("fit_loader_batch", op=op, type=type(batch).__name__))
        X, Y = pair(*batch, model, op)
        yield Tensor._make(X), Tensor._make(Y)


def loader_inputs(loader, dtype, op: str):
    """The inputs of each batch of a DataLoader (the first item of an (x, y) batch) for ``predict``."""
    for batch in loader:
        x = batch[0] if isinstance(batch, (tuple, list)) else batch
        yield Tensor._make(features(x, dtype, op))
