"""Metrics: numbers that say how good a model's predictions are, for people (the loss is for the optimizer).

Two ways to use them:

* **functions** with scikit-learn's names, on all the data at once (they live in ``mldlab.metrics``, which
  ``mldlab.ml`` uses too; here they are the same functions):
  ``accuracy_score``, ``precision_score``, ``recall_score``, ``f1_score``, ``confusion_matrix``,
  ``mean_squared_error``, ``root_mean_squared_error``, ``mean_absolute_error``, ``r2_score``, ``roc_curve``,
  ``roc_auc_score``, ``auc`` (short names: ``accuracy``, ``precision``,
  ``recall``, ``f1``);
* **metric objects** with Keras's names, fed batch by batch inside ``fit``
  (``update_state`` → ``result`` → ``reset_state``): ``BinaryAccuracy``, ``SparseCategoricalAccuracy``,
  ``CategoricalAccuracy``, ``Precision``, ``Recall``, ``F1Score``, ``MeanSquaredError``,
  ``MeanAbsoluteError``, ``R2Score``, ``Mean``; ``get`` turns a name like ``'accuracy'`` into one.

The objects keep running counts and sums, so the value at the end of an epoch is the metric on all its
samples, exactly what the function gives on the same data.

Examples
--------
>>> import numpy as np
>>> from mldlab.train import metrics
>>> y_true = np.array([0, 1, 1, 0, 1, 1])
>>> p = np.array([0.2, 0.8, 0.4, 0.3, 0.9, 0.6])          # predicted probabilities of class 1
>>> metrics.accuracy_score(y_true, p)
0.8333333333333334
>>> metric = metrics.BinaryAccuracy()
>>> for batch in (slice(0, 4), slice(4, 6)):             # two batches of different sizes
...     metric.update_state(y_true[batch], p[batch])
>>> metric.result()
0.8333333333333334
"""

from mldlab.exceptions import UndefinedMetricWarning
from mldlab.metrics import (
    accuracy_score,
    auc,
    confusion_matrix,
    f1_score,
    mean_absolute_error,
    mean_squared_error,
    precision_score,
    r2_score,
    recall_score,
    roc_auc_score,
    roc_curve,
    root_mean_squared_error,
)
from mldlab.train.metrics.accuracy_metrics import BinaryAccuracy, CategoricalAccuracy, SparseCategoricalAccuracy
from mldlab.train.metrics.by_name import get
from mldlab.train.metrics.metric import Metric
from mldlab.train.metrics.precision_recall_metrics import F1Score, Precision, Recall
from mldlab.train.metrics.reduction_metrics import Mean, MeanMetricWrapper
from mldlab.train.metrics.regression_metrics import MeanAbsoluteError, MeanSquaredError, R2Score

accuracy = accuracy_score
precision = precision_score
recall = recall_score
f1 = f1_score

__all__ = [
    "accuracy_score",
    "precision_score",
    "recall_score",
    "f1_score",
    "confusion_matrix",
    "mean_squared_error",
    "mean_absolute_error",
    "r2_score",
    "root_mean_squared_error",
    "roc_curve",
    "roc_auc_score",
    "auc",
    "accuracy",
    "precision",
    "recall",
    "f1",
    "Metric",
    "Mean",
    "MeanMetricWrapper",
    "BinaryAccuracy",
    "SparseCategoricalAccuracy",
    "CategoricalAccuracy",
    "Precision",
    "Recall",
    "F1Score",
    "MeanSquaredError",
    "MeanAbsoluteError",
    "R2Score",
    "get",
    "UndefinedMetricWarning",
]
