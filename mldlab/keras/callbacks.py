"""Keras's callbacks: those of ``mldlab.train.callbacks`` (Keras 3's names and rules), under ``keras.callbacks``.

Examples
--------
>>> from mldlab.keras import callbacks
>>> callbacks.EarlyStopping(monitor="val_loss", patience=5, restore_best_weights=True)
EarlyStopping(monitor='val_loss', patience=5, restore_best_weights=True)
"""

from mldlab.train.callbacks import (
    Callback,
    CSVLogger,
    EarlyStopping,
    History,
    LambdaCallback,
    LearningRateScheduler,
    ModelCheckpoint,
    ProgbarLogger,
    ReduceLROnPlateau,
)

__all__ = [
    "Callback",
    "History",
    "ProgbarLogger",
    "EarlyStopping",
    "ModelCheckpoint",
    "LearningRateScheduler",
    "ReduceLROnPlateau",
    "CSVLogger",
    "LambdaCallback",
]
