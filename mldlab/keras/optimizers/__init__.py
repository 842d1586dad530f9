"""Keras's optimizers, built before the model: ``SGD``, ``Adam``, ``AdamW``, ``RMSprop``, ``Adagrad``, ``Adadelta``.

Each computes Keras 3's update with Keras 3's defaults (checked side by side with Keras), and is an mldlab
optimizer underneath (``isinstance(Adam(), mldlab.optim.Adam)``), so callbacks and ``mldlab.save`` treat it as
one. ``get('adam')`` gives one by name, as ``compile(optimizer='adam')`` does.

Examples
--------
>>> from mldlab.keras import optimizers
>>> optimizers.Adam()
Adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07, amsgrad=False)
>>> optimizers.get("sgd")
SGD(learning_rate=0.01, momentum=0.0, nesterov=False)
"""

from mldlab.i18n import message
from mldlab.keras.optimizers.adadelta import Adadelta
from mldlab.keras.optimizers.adagrad import Adagrad
from mldlab.keras.optimizers.adam import Adam, AdamW
from mldlab.keras.optimizers.optimizer import KerasOptimizer
from mldlab.keras.optimizers.rmsprop import RMSprop
from mldlab.keras.optimizers.sgd import SGD

Optimizer = KerasOptimizer
RMSProp = RMSprop  # the slides' spelling (tf.keras.optimizers.RMSProp); Keras itself has only RMSprop

OPTIMIZERS = {"sgd": SGD, "adam": Adam, "adamw": AdamW, "rmsprop": RMSprop, "adagrad": Adagrad, "adadelta": Adadelta}
"""name → class, for ``compile(optimizer='adam')``."""


def get(identifier):
    """An optimizer from a name ('adam', any case) with Keras's defaults, or the optimizer itself."""
    if isinstance(identifier, KerasOptimizer):
        return identifier
    if isinstance(identifier, type) and issubclass(identifier, KerasOptimizer):
        return identifier()
    if isinstance(identifier, str) and identifier.lower() in OPTIMIZERS:
        return OPTIMIZERS[identifier.lower()]()
    raise ValueError(message("keras_unknown_optimizer", name=repr(identifier), names=", ".join(OPTIMIZERS)))


__all__ = ["Optimizer", "SGD", "Adam", "AdamW", "RMSprop", "RMSProp", "Adagrad", "Adadelta", "get"]
