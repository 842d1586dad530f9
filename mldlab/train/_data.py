"""The data side of ``Model``: inputs and targets as checked arrays, mini-batches, and ``DataLoader`` batches.

Inputs go through ``mldlab.data.arrays`` (lists, NumPy arrays, Tensors and pandas tables are accepted; None, text,
ragged lists, NaN and ±∞ get a clear error naming the array and the place) and become the network's float dtype;
targets are shaped for the loss by ``mldlab.train.losses.prepare_targets``.
"""

import numpy as np

from mldlab.data.arrays import check_finite, rows, to_float, to_numpy
from mldlab.data.split import split_validation
from mldlab.i18n import message
from mldlab.tensor import Tensor
from mldlab.train import losses


def whole(op: str, name: str, value) -> int:
    """A whole-number argument >= 1 such as ``epochs`` or ``batch_size``."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
        raise ValueError(message("fit_positive", op=op, name=name, value=value))
    return int(value)


def batch_size(x, value, op: str) -> int:
    """B: 32 by default (Keras's); a DataLoader makes its own batches, so it takes no ``batch_size``."""
    if is_loader(x) and value is not None:
        raise ValueError(message("fit_loader_batch_size", op=op, value=value,
                                 loader=getattr(x, "batch_size", None)))
    return 32 if value is None else whole(op, "batch_size", value)


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


def fit_data(model, x, y, batch_size: int, validation_split, validation_data):
    """``fit``'s data, checked: the training data (arrays, or a DataLoader), the validation arrays (or None), and
    the number of batches in an epoch."""
    validation = None
    if validation_data is not None:
        if not isinstance(validation_data, (tuple, list)) or len(validation_data) != 2:
            raise ValueError(message("fit_validation_data", type=type(validation_data).__name__))
        validation = pair(*validation_data, model, "fit", names=("validation_data[0]", "validation_data[1]"))
    if isinstance(validation_split, bool) or not isinstance(validation_split, (int, float)) \
            or not 0 <= validation_split < 1:
        raise ValueError(message("fit_validation_split", value=validation_split))
    if is_loader(x):
        if y is not None or validation_split:
            raise ValueError(message("fit_loader_arguments", y=type(y).__name__, split=validation_split))
        return x, validation, len(x)
    X, Y = pair(x, y, model, "fit")
    if validation is None and validation_split:
        X, Y, X_val, Y_val = split_validation(X, Y, validation_split)
        validation = (X_val, Y_val)
    losses.warn_one_class(Y, model._loss_info, "fit")
    return (X, Y), validation, -(-len(X) // batch_size)


def epoch_batches(training, batch_size: int, rng, model):
    """One epoch of training batches: from the arrays (shuffled with ``rng`` unless it is None) or the loader."""
    if isinstance(training, tuple):
        return batches(*training, batch_size, rng)
    return loader_batches(training, model, "fit")


def test_batches(model, x, y, batch_size: int):
    """``evaluate``'s batches in order, and how many there are."""
    if is_loader(x):
        return loader_batches(x, model, "evaluate"), len(x)
    X, Y = pair(x, y, model, "evaluate")
    return batches(X, Y, batch_size, None), -(-len(X) // batch_size)


def input_batches(x, dtype, batch_size: int):
    """``predict``'s input batches in order, and how many there are."""
    if is_loader(x):
        return loader_inputs(x, dtype, "predict"), len(x)
    X = features(x, dtype, "predict")
    return (Tensor._make(X[start : start + batch_size]) for start in range(0, len(X), batch_size)), \
        -(-len(X) // batch_size)


def weight_arrays(weights, state: dict) -> list:
    """``set_weights``'s arrays, all checked before any is written: a list of the right length, each of the
    parameter's shape, numbers without NaN or ±∞, and representable in the parameter's dtype."""
    if not isinstance(weights, (list, tuple)):
        raise TypeError(message("set_weights_type", type=type(weights).__name__))
    if len(weights) != len(state):
        raise ValueError(message("set_weights_count", expected=len(state), got=len(weights)))
    arrays = []
    for index, ((name, tensor), value) in enumerate(zip(state.items(), weights)):
        where = f"weights[{index}]"
        array = check_finite(to_numpy(value, "set_weights", where), "set_weights", where)
        if array.shape != tensor.shape:
            raise ValueError(message("set_weights_shape", index=index, name=name, got=array.shape,
                                     expected=tensor.shape))
        arrays.append(to_float(array, tensor.dtype, "set_weights", where) if tensor.dtype.kind == "f" else array)
    return arrays


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
