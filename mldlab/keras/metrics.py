"""Keras's metrics: the metric objects and functions of ``mldlab.train.metrics`` under Keras's names.

``compile(metrics=["accuracy"])`` picks the accuracy that fits the loss: binary cross-entropy → ``BinaryAccuracy``
(threshold 0.5 on the outputs, as in Keras, also when they are logits), sparse → ``SparseCategoricalAccuracy``,
categorical → ``CategoricalAccuracy``; for other losses it goes by the shapes, as Keras 3 does.

Examples
--------
>>> from mldlab.keras import metrics
>>> metrics.BinaryAccuracy()
BinaryAccuracy(threshold=0.5, from_logits=False, name='binary_accuracy')
"""

from mldlab.train.metrics import (
    BinaryAccuracy,
    CategoricalAccuracy,
    F1Score,
    Mean,
    MeanAbsoluteError,
    MeanMetricWrapper,
    MeanSquaredError,
    Metric,
    Precision,
    R2Score,
    Recall,
    SparseCategoricalAccuracy,
    get,
)

__all__ = [
    "Metric",
    "Mean",
    "MeanMetricWrapper",
    "BinaryAccuracy",
    "CategoricalAccuracy",
    "SparseCategoricalAccuracy",
    "Precision",
    "Recall",
    "F1Score",
    "MeanSquaredError",
    "MeanAbsoluteError",
    "R2Score",
    "get",
]
