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
"""

from dataclasses import dataclass

import mldlab
from mldlab import nn
from mldlab.i18n import message
from mldlab.nn import functional as F

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
    return F.nll_loss(mldlab.log(p.clamp(_EPSILON, 1 - _EPSILON)), y)


def categorical_crossentropy_on_probabilities(p, y):
    """J = −1/n Σᵢ Σ_c yᵢ,c log ŷᵢ,c with one-hot (or probability) targets y."""
    return -(y * mldlab.log(p.clamp(_EPSILON, 1 - _EPSILON))).sum(dim=-1).mean()


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
