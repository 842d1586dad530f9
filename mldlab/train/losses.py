"""Keras's loss names for ``Model.compile``, turned into mldlab losses.

Keras's losses take probabilities unless told ``from_logits=True``; PyTorch's ``BCEWithLogitsLoss`` and
``CrossEntropyLoss`` take logits (scores before the sigmoid or softmax). mldlab looks at the network's last
layer to decide, so the slide's Keras code and its PyTorch code both work as written:

=============================  =========================  ==========================================
name                           the network ends with       the loss J(W)
=============================  =========================  ==========================================
'binary_crossentropy'          ``Sigmoid``                 ``BCELoss`` on ŷ = σ(z)
'binary_crossentropy'          anything else (logits)      ``BCEWithLogitsLoss`` on z
'sparse_categorical_…'         ``Softmax``                 −1/n Σ log ŷ_y (labels 0 … C−1)
'sparse_categorical_…'         anything else (logits)      ``CrossEntropyLoss`` on z
'categorical_crossentropy'     ``Softmax``                 −1/n Σ Σ_c y_c log ŷ_c (one-hot y)
'categorical_crossentropy'     anything else (logits)      ``CrossEntropyLoss`` with probability targets
'mse', 'mean_squared_error'    (any)                       ``MSELoss``: 1/n Σ (y − ŷ)²
'mae', 'mean_absolute_error'   (any)                       ``L1Loss``: 1/n Σ |y − ŷ|
=============================  =========================  ==========================================

Targets are checked and shaped for the loss before training (``prepare_targets``), and batch by batch against
the network's outputs (``match_targets``). Where Keras would quietly compute a meaningless number, mldlab stops
with a clear error and a hint instead:

* binary cross-entropy with targets outside [0, 1] (labels {1, 2} or {−1, 1}): Keras takes log of negative
  numbers; mldlab asks to map the labels to 0 and 1;
* sparse (or categorical, from labels) cross-entropy with a negative label: NumPy-style indexing would take −1
  for the last class; mldlab asks for labels 0 … C−1;
* targets whose shape does not match the outputs, e.g. labels (n,) for two output columns with a binary loss:
  broadcasting would pair every target with every output.

A training set whose targets are all one class gives a warning (accuracy 100 % would mean nothing).
"""

import warnings
from dataclasses import dataclass

import numpy as np

from mldlab import nn
from mldlab.data.arrays import check_finite, to_float
from mldlab.i18n import message
from mldlab.nn import functional as F
from mldlab.tensor import Tensor

_EPSILON = 1e-7  # Keras clips probabilities to [ε, 1 − ε] before taking their log


@dataclass(frozen=True)
class LossInfo:
    """What a loss expects, so that ``fit`` can shape the targets and pick the metrics.

    kind : 'binary', 'sparse', 'categorical' or 'regression'
    from_logits : whether the network's outputs are logits (scores before the sigmoid/softmax)
    name : the name shown in messages
    """

    kind: str
    from_logits: bool
    name: str


def _last_layer(module: nn.Module) -> nn.Module:
    while isinstance(module, nn.Sequential) and len(module):
        module = module[-1]
    return module


def sparse_categorical_crossentropy_on_probabilities(p, y):
    """J = −1/n Σᵢ log ŷᵢ,yᵢ with ŷ the softmax probabilities (clipped to [ε, 1 − ε] as Keras does)."""
    return F.nll_loss(p.clamp(_EPSILON, 1 - _EPSILON).log(), y)


def categorical_crossentropy_on_probabilities(p, y):
    """J = −1/n Σᵢ Σ_c yᵢ,c log ŷᵢ,c with one-hot (or probability) targets y."""
    return -(y * p.clamp(_EPSILON, 1 - _EPSILON).log()).sum(dim=-1).mean()


_NAMES = {
    "binary_crossentropy": "binary",
    "sparse_categorical_crossentropy": "sparse",
    "categorical_crossentropy": "categorical",
    "mse": "mse",
    "mean_squared_error": "mse",
    "mae": "mae",
    "mean_absolute_error": "mae",
}


def get(identifier, module: nn.Module):
    """The loss function and its ``LossInfo`` for a Keras name, an mldlab loss object or a callable."""
    if isinstance(identifier, str):
        key = _NAMES.get(identifier.lower())
        if key is None:
            raise ValueError(message("compile_loss_name", name=identifier, names=", ".join(sorted(_NAMES))))
        last = _last_layer(module)
        if key == "binary":
            if isinstance(last, nn.Sigmoid):
                return nn.BCELoss(), LossInfo("binary", False, identifier)
            return nn.BCEWithLogitsLoss(), LossInfo("binary", True, identifier)
        if key == "sparse":
            if isinstance(last, nn.Softmax):
                return sparse_categorical_crossentropy_on_probabilities, LossInfo("sparse", False, identifier)
            return nn.CrossEntropyLoss(), LossInfo("sparse", True, identifier)
        if key == "categorical":
            if isinstance(last, nn.Softmax):
                return categorical_crossentropy_on_probabilities, LossInfo("categorical", False, identifier)
            return nn.CrossEntropyLoss(), LossInfo("categorical", True, identifier)
        return (nn.MSELoss() if key == "mse" else nn.L1Loss()), LossInfo("regression", False, identifier)
    if isinstance(identifier, nn.BCEWithLogitsLoss):
        return identifier, LossInfo("binary", True, type(identifier).__name__)
    if isinstance(identifier, nn.BCELoss):
        return identifier, LossInfo("binary", False, type(identifier).__name__)
    if isinstance(identifier, nn.CrossEntropyLoss):
        return identifier, LossInfo("sparse", True, type(identifier).__name__)
    if isinstance(identifier, nn.NLLLoss):
        return identifier, LossInfo("sparse", True, type(identifier).__name__)
    if isinstance(identifier, (nn.MSELoss, nn.L1Loss)):
        return identifier, LossInfo("regression", False, type(identifier).__name__)
    if callable(identifier):
        return identifier, LossInfo("custom", False, getattr(identifier, "__name__", type(identifier).__name__))
    raise TypeError(message("compile_loss_type", type=type(identifier).__name__, names=", ".join(sorted(_NAMES))))


def prepare_targets(Y: np.ndarray, info: LossInfo, loss_fn, dtype, op: str, name: str = "y") -> np.ndarray:
    """Targets as the loss wants them, checked: floats in [0, 1] for binary, class indices for sparse, floats for
    regression; one-hot (or probability) rows for categorical, or class indices made one-hot batch by batch."""
    kind = info.kind
    if kind == "sparse" and Y.ndim == 2 and Y.shape[1] == 1:
        Y = Y[:, 0]  # labels as one column (n, 1), as Keras accepts
    if kind == "sparse" and Y.ndim >= 2:
        kind = "categorical"  # one-hot or probability rows given to a cross-entropy
    if kind == "custom":
        return to_float(check_finite(Y, op, name), dtype, op, name) if Y.dtype.kind in "biuf" else Y
    check_finite(Y, op, name)
    if kind in ("sparse", "categorical") and Y.ndim == 1:
        return _class_indices(Y, info, getattr(loss_fn, "ignore_index", None), op)
    Y = to_float(Y, dtype, op, name)
    if kind in ("binary", "categorical") and Y.size and not (Y.min() >= 0 and Y.max() <= 1):
        labels = np.unique(Y)
        shown = ", ".join(f"{v:g}" for v in labels[:6]) + (", …" if len(labels) > 6 else "")
        raise ValueError(message("fit_targets_binary", op=op, loss=info.name, labels=shown, high=f"{labels[-1]:g}"))
    return Y


def _class_indices(Y: np.ndarray, info: LossInfo, ignore_index, op: str) -> np.ndarray:
    """Class labels 0 … C−1 as int64: whole numbers, none negative (except a loss object's ``ignore_index``)."""
    if Y.dtype.kind == "f" and np.any(Y != np.round(Y)):
        raise ValueError(message("fit_targets_classes", op=op, loss=info.name, value=float(Y[Y != np.round(Y)][0])))
    Y = Y.astype(np.int64)
    negative = (Y < 0) & (Y != ignore_index) if ignore_index is not None else Y < 0
    if negative.any():
        raise ValueError(message("fit_targets_negative", op=op, loss=info.name, value=int(Y[negative][0]),
                                 row=int(np.argmax(negative))))
    return Y


def match_targets(out: Tensor, yb: Tensor, info: LossInfo, op: str) -> Tensor:
    """The targets of one batch against the outputs: a column (n,) for outputs (n, 1) is reshaped (as Keras does),
    class indices for a categorical loss become one-hot rows, and other shapes must match the outputs."""
    y, shape = yb._data, out._data.shape
    if info.kind in ("binary", "regression", "categorical") and y.ndim == 1 and y.dtype.kind == "f" \
            and len(shape) == 2 and shape[1] == 1:
        return Tensor._make(y.reshape(-1, 1))
    if info.kind == "categorical" and y.ndim == 1 and y.dtype.kind == "i" and len(shape) == 2:
        if y.size and y.max() >= shape[1]:
            raise ValueError(message("fit_targets_range", op=op, loss=info.name, value=int(y.max()), n=shape[1],
                                     high=shape[1] - 1))
        return Tensor._make(np.eye(shape[1], dtype=out._data.dtype)[y])
    if info.kind in ("binary", "categorical") and y.shape != shape:
        raise ValueError(message("fit_targets_shape", op=op, loss=info.name, target=y.shape, output=shape))
    if info.kind == "regression" and y.shape != shape:
        raise ValueError(message("fit_targets_shape_regression", op=op, loss=info.name, target=y.shape, output=shape,
                                 k=y.shape[-1] if y.ndim > 1 else 1))
    return yb


def warn_one_class(Y: np.ndarray, info: LossInfo, op: str) -> None:
    """Warn when every training target is the same class: the model can only learn to answer that class."""
    if info.kind not in ("binary", "sparse", "categorical") or len(Y) < 2:
        return
    labels = Y.argmax(axis=-1) if Y.ndim == 2 and Y.shape[1] > 1 else Y.reshape(len(Y), -1)[:, 0]
    if np.all(labels == labels[0]) and float(labels[0]) == round(float(labels[0])):
        warnings.warn(message("fit_one_class", op=op, n=len(Y), label=f"{float(labels[0]):g}"), stacklevel=4)
