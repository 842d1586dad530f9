"""Metric functions with scikit-learn's names: how good predictions are, computed on all the data at once.

One implementation for every part of mldlab: ``mldlab.ml`` (the estimators' ``score``, ``cross_val_score``,
``GridSearchCV``), ``mldlab.train`` (whose Keras-style metric objects count the same quantities batch by batch)
and the teaching layer. NumPy only.

========================  =======================================================================
classification            ``accuracy_score``, ``precision_score``, ``recall_score``, ``f1_score``,
                          ``confusion_matrix``
ranking                   ``roc_curve``, ``roc_auc_score``, ``auc``
regression                ``mean_squared_error``, ``root_mean_squared_error``, ``mean_absolute_error``,
                          ``r2_score``
clustering, with labels   ``adjusted_rand_score``, ``rand_score``, ``pair_confusion_matrix``,
                          ``contingency_matrix``, ``mutual_info_score``,
                          ``normalized_mutual_info_score``, ``adjusted_mutual_info_score``,
                          ``homogeneity_score``, ``completeness_score``, ``v_measure_score``,
                          ``homogeneity_completeness_v_measure``
clustering, data only     ``silhouette_score``, ``silhouette_samples``, ``calinski_harabasz_score``,
                          ``davies_bouldin_score``
========================  =======================================================================

Examples
--------
>>> from mldlab.metrics import confusion_matrix, f1_score, r2_score
>>> confusion_matrix([0, 1, 1, 0], [0, 1, 0, 0]).tolist()
[[2, 0], [1, 1]]
>>> round(f1_score([0, 1, 1, 0], [0, 1, 0, 0]), 4)
0.6667
>>> r2_score([1.0, 2.0, 3.0], [1.0, 2.0, 3.0])
1.0
"""

from mldlab.exceptions import UndefinedMetricWarning
from mldlab.metrics.accuracy import accuracy_score
from mldlab.metrics.cluster_indices import calinski_harabasz_score, davies_bouldin_score
from mldlab.metrics.confusion import confusion_matrix
from mldlab.metrics.contingency import contingency_matrix
from mldlab.metrics.homogeneity import (
    completeness_score,
    homogeneity_completeness_v_measure,
    homogeneity_score,
    v_measure_score,
)
from mldlab.metrics.mutual_info import adjusted_mutual_info_score, mutual_info_score, normalized_mutual_info_score
from mldlab.metrics.precision_recall_f1 import f1_score, precision_score, recall_score
from mldlab.metrics.rand import adjusted_rand_score, pair_confusion_matrix, rand_score
from mldlab.metrics.regression import mean_absolute_error, mean_squared_error, r2_score, root_mean_squared_error
from mldlab.metrics.roc import auc, roc_auc_score, roc_curve
from mldlab.metrics.silhouette import silhouette_samples, silhouette_score

__all__ = [
    "accuracy_score", "precision_score", "recall_score", "f1_score", "confusion_matrix",
    "roc_curve", "roc_auc_score", "auc",
    "mean_squared_error", "root_mean_squared_error", "mean_absolute_error", "r2_score",
    "silhouette_score", "silhouette_samples", "calinski_harabasz_score", "davies_bouldin_score",
    "adjusted_rand_score", "rand_score", "pair_confusion_matrix", "contingency_matrix", "mutual_info_score",
    "normalized_mutual_info_score", "adjusted_mutual_info_score", "homogeneity_score", "completeness_score",
    "v_measure_score", "homogeneity_completeness_v_measure",
    "UndefinedMetricWarning",
]
