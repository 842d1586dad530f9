"""Callbacks: code that ``Model.fit`` runs at fixed moments of training, with Keras 3's names and rules.

- ``Callback``: the base class; every hook (``on_epoch_end(epoch, logs)``, …) does nothing.
- ``CallbackList``: many callbacks behind one object (``fit`` uses it).
- ``History``: the per-epoch record that ``fit`` returns (always on), with the per-batch losses.
- ``ProgbarLogger``: the progress bar (``verbose=1``) or one line per epoch (``verbose=2``).
- ``EarlyStopping``: stop when ``val_loss`` stops improving (조기 중단: 과적합 이전에 멈추는 것).
- ``ModelCheckpoint``: save the model every epoch, or only the best one.
- ``LearningRateScheduler``: η for each epoch from a function ``schedule(epoch, lr)``.
- ``ReduceLROnPlateau``: multiply η by ``factor`` when the metric stops improving.
- ``CSVLogger``: one CSV row per epoch.
- ``LambdaCallback``: a callback from plain functions.

Examples
--------
>>> from mldlab.train.callbacks import EarlyStopping, ReduceLROnPlateau
>>> callbacks = [EarlyStopping(patience=5, restore_best_weights=True), ReduceLROnPlateau(factor=0.5, patience=2)]
>>> callbacks[0]
EarlyStopping(monitor='val_loss', patience=5, restore_best_weights=True)

and then ``model.fit(X, y, epochs=100, validation_split=0.2, callbacks=callbacks)``.
"""

from mldlab.train.callbacks.callback import Callback
from mldlab.train.callbacks.callback_list import CallbackList
from mldlab.train.callbacks.csv_logger import CSVLogger
from mldlab.train.callbacks.early_stopping import EarlyStopping
from mldlab.train.callbacks.history import History
from mldlab.train.callbacks.lambda_callback import LambdaCallback
from mldlab.train.callbacks.learning_rate import LearningRateScheduler, ReduceLROnPlateau
from mldlab.train.callbacks.model_checkpoint import ModelCheckpoint
from mldlab.train.callbacks.progbar import ProgbarLogger

__all__ = [
    "Callback",
    "CallbackList",
    "History",
    "ProgbarLogger",
    "EarlyStopping",
    "ModelCheckpoint",
    "LearningRateScheduler",
    "ReduceLROnPlateau",
    "CSVLogger",
    "LambdaCallback",
]
