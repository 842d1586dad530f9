"""Training workflow: a Keras-style ``Model`` (compile, fit, evaluate, predict), callbacks and metrics.

>>> from mldlab.train import Model, TrainingDiverged
>>> from mldlab.train.callbacks import EarlyStopping
"""

from mldlab.exceptions import TrainingDiverged
from mldlab.train import callbacks, metrics
from mldlab.train.model import Model

__all__ = ["Model", "TrainingDiverged", "callbacks", "metrics"]
