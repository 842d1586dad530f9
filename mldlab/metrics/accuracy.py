"""Accuracy: the fraction of samples whose predicted class is the true class.

    accuracy = (number of samples with ŷ = y) / N

The predicted class ŷ comes from what the model outputs:

    one probability p per sample (sigmoid)     ŷ = 1 if p > t else 0         (t = threshold, 0.5)
    one logit z per sample (no sigmoid)        ŷ = 1 if z > log(t / (1 − t))  (z > 0 for t = 0.5)
    one score per class (N, C)                 ŷ = argmax_c score_c

``accuracy_score`` does all of this for one set of predictions (scikit-learn's name); the objects
``BinaryAccuracy``, ``SparseCategoricalAccuracy`` and ``CategoricalAccuracy`` count over the batches of an
epoch (Keras's names).
"""

import numpy as np

from mldlab.metrics.inputs import (
    class_labels,
)


def accuracy_score(y_true, y_pred, *, normalize: bool = True, threshold: float = 0.5) -> float:
    """The fraction (or number) of correct predictions: accuracy = (1/N) Σᵢ [ŷᵢ = yᵢ].

    Parameters
    ----------
    y_true : array-like or Tensor of shape (N,) or (N, 1), or one-hot (N, C)
        The true class labels.
    y_pred : array-like or Tensor of shape (N,), (N, 1) or (N, C)
        Predicted labels; or probabilities p of class 1 (floats that are not all whole numbers),
        turned into ŷ = 1 if p > threshold; or one score per class, turned into ŷ = argmax.
    normalize : bool, default True
        Return the fraction of correct predictions; ``False`` returns their number.
    threshold : float, default 0.5
        t for probabilities. For logits z (no sigmoid) use ``threshold=0.0``: σ(z) > 0.5 ⇔ z > 0.

    Returns
    -------
    float

    Notes
    -----
    scikit-learn's ``accuracy_score`` takes labels only; probabilities and scores are mldlab's addition,
    so that ``accuracy_score(y, model(X))`` works for any classifier. A probability exactly equal to the
    threshold counts as class 0, as in Keras (``p > t``).

    Examples
    --------
    >>> from mldlab.metrics import accuracy_score
    >>> accuracy_score([0, 1, 1, 0], [0, 1, 0, 0])
    0.75
    >>> accuracy_score([0, 1, 1, 0], [0.2, 0.9, 0.4, 0.1])         # probabilities: ŷ = [0, 1, 0, 0]
    0.75
    >>> accuracy_score([2, 0, 1], [[0.1, 0.2, 0.7], [0.8, 0.1, 0.1], [0.3, 0.3, 0.4]])   # ŷ = argmax
    0.6666666666666666
    >>> accuracy_score([0, 1, 1, 0], [0, 1, 0, 0], normalize=False)
    3.0
    """
    y_true, y_pred = class_labels("accuracy_score", y_true, y_pred, threshold)
    correct = float(np.sum(y_true == y_pred))
    return correct / len(y_true) if normalize else correct
