"""Optimizers by name: the one table that ``Model.compile("adam")``, ``mldlab.keras`` and the command line share.

Keras names its optimizers in lower case and gives each its own default learning rate (SGD 0.01, the
adaptive ones 0.001); the other options keep PyTorch's defaults.

Examples
--------
>>> import mldlab
>>> from mldlab.optim.by_name import NAMES, get
>>> NAMES
('sgd', 'adam', 'adamw', 'rmsprop', 'adagrad', 'adadelta')
>>> get("Adam", [mldlab.zeros(2, requires_grad=True)])
Adam (
Parameter Group 0
...
    lr: 0.001
...
"""

from mldlab.i18n import message
from mldlab.optim.adadelta import Adadelta
from mldlab.optim.adagrad import Adagrad
from mldlab.optim.adam import Adam
from mldlab.optim.adamw import AdamW
from mldlab.optim.rmsprop import RMSprop
from mldlab.optim.sgd import SGD

OPTIMIZERS = {
    "sgd": (SGD, 0.01),
    "adam": (Adam, 0.001),
    "adamw": (AdamW, 0.001),
    "rmsprop": (RMSprop, 0.001),
    "adagrad": (Adagrad, 0.001),
    "adadelta": (Adadelta, 0.001),
}
"""name → (class, Keras's default learning rate)."""

NAMES = tuple(OPTIMIZERS)


def get(name: str, params, lr: float | None = None, **options):
    """The optimizer called ``name`` (any case) over ``params``, with Keras's default learning rate unless ``lr``."""
    entry = OPTIMIZERS.get(name.lower()) if isinstance(name, str) else None
    if entry is None:
        raise ValueError(message("compile_optimizer_name", name=name, names=", ".join(NAMES)))
    cls, default_lr = entry
    return cls(params, lr=default_lr if lr is None else lr, **options)
