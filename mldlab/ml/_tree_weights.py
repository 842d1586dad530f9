"""Sample weights for the trees (and the ensembles built on them): checked, and multiplied by class weights.

A weight wᵢ ≥ 0 counts sample i wᵢ times: a node's class counts become Σ wᵢ over its samples of each class, its
mean becomes Σ wᵢyᵢ / Σ wᵢ, and an integer weight gives the same tree as that many copies of the sample. Class
weights (``class_weight``) multiply each sample's weight by the weight of its class:

    'balanced':  w_k = N / (K · N_k)   (N samples, K classes, N_k samples of class k; as scikit-learn)
    a dict:      w_k = class_weight[k], 1 for a class it does not name

Examples
--------
>>> import numpy as np
>>> check_sample_weight(None, 3, "fit").tolist()
[1.0, 1.0, 1.0]
>>> class_weights("balanced", np.array(["a", "b"]), np.array([0, 0, 0, 1]), "fit").tolist()  # 4 / (2·3), 4 / (2·1)
[0.6666666666666666, 0.6666666666666666, 0.6666666666666666, 2.0]
"""

import numbers

import numpy as np

from mldlab.data.arrays import to_float, to_numpy
from mldlab.i18n import message


def check_sample_weight(sample_weight, n: int, op: str) -> np.ndarray:
    """``sample_weight`` as n float64 weights ≥ 0 that do not all vanish (None: all ones), or a clear error."""
    if sample_weight is None:
        return np.ones(n)
    weight = to_numpy(sample_weight, op, "sample_weight")
    if weight.ndim != 1 or len(weight) != n:
        raise ValueError(message("ml_sample_weight_shape", op=op, n=n, shape=weight.shape))
    weight = to_float(weight, np.float64, op, "sample_weight")
    bad = ~(np.isfinite(weight) & (weight >= 0))
    if bad.any():
        index = int(np.argmax(bad))
        raise ValueError(message("ml_sample_weight_value", op=op, index=index, value=weight[index]))
    if weight.sum() <= 0:
        raise ValueError(message("ml_sample_weight_zero", op=op))
    return weight


def class_weights(class_weight, classes: np.ndarray, encoded: np.ndarray, op: str) -> np.ndarray:
    """The weight of each sample's class (1 everywhere for ``class_weight=None``)."""
    if class_weight is None:
        return np.ones(len(encoded))
    if isinstance(class_weight, str) and class_weight == "balanced":
        per_class = len(encoded) / (len(classes) * np.bincount(encoded, minlength=len(classes)))
        return per_class[encoded]
    if not isinstance(class_weight, dict):
        raise ValueError(message("ml_class_weight", op=op, value=class_weight))
    per_class = np.ones(len(classes))
    known = classes.tolist()
    for label, weight in class_weight.items():
        if label not in known:
            raise ValueError(message("ml_class_weight_label", op=op, label=label, classes=known))
        if not isinstance(weight, numbers.Real) or isinstance(weight, bool) or not weight >= 0:
            raise ValueError(message("ml_class_weight", op=op, value=class_weight))
        per_class[known.index(label)] = float(weight)
    return per_class[encoded]
