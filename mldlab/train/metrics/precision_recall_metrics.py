"""Precision, recall and F1 counted over the batches of an epoch, under Keras's names: ``Precision``, ``Recall``,
``F1Score`` (binary classification; the formulas and the functions are in ``mldlab.metrics.precision_recall_f1``).

    precision = TP / (TP + FP),  recall = TP / (TP + FN),  F1 = 2·TP / (2·TP + FP + FN),  TP, FP, FN summed
    over the batches
"""

import numpy as np

from mldlab.metrics.inputs import binary_pairs, check_threshold
from mldlab.train.metrics.metric import Metric, _divide


class _BinaryCounts(Metric):
    """Shared by Precision, Recall and F1Score: TP, FP and FN summed over the batches."""

    def __init__(self, threshold, from_logits: bool, name: str):
        self.threshold = check_threshold(type(self).__name__, threshold)
        self.from_logits = bool(from_logits)
        super().__init__(name=name)

    def reset_state(self) -> None:
        self.true_positives = 0
        self.false_positives = 0
        self.false_negatives = 0

    def update_state(self, y_true, y_pred) -> None:
        y, y_hat = binary_pairs(type(self).__name__, y_true, y_pred, self.threshold, self.from_logits)  # (1)
        self.true_positives += int(np.sum(y_hat & y))  # (2)
        self.false_positives += int(np.sum(y_hat & ~y))
        self.false_negatives += int(np.sum(~y_hat & y))

    def _config(self) -> dict:
        return {"threshold": self.threshold, "from_logits": self.from_logits}


class Precision(_BinaryCounts):
    """Precision = TP / (TP + FP) over all batches, for one probability (or logit) per sample.

    Math
    ----
    ::

        (1) ŷ = 1 if p > t else 0            (from_logits: ŷ = 1 if z > log(t / (1 − t)))
        (2) TP ← TP + Σ [ŷ = 1 and y = 1],   FP ← FP + Σ [ŷ = 1 and y = 0]
        (3) precision = TP / (TP + FP)       (0.0 if TP + FP = 0)

    Parameters
    ----------
    thresholds : float, optional
        t, a probability in [0, 1] (default: 0.5). Keras's name; Keras also takes a list, mldlab one value.
    from_logits : bool, default False
        ``True`` when the model outputs logits z (no sigmoid), e.g. trained with ``nn.BCEWithLogitsLoss``.
    name : str, default 'precision'

    Notes
    -----
    Keras's ``Precision`` has no ``from_logits``. With no predicted positive the result is 0.0 without a
    warning, as in Keras (``precision_score`` warns, as in scikit-learn).

    Examples
    --------
    >>> from mldlab.train.metrics import Precision
    >>> metric = Precision()
    >>> metric.update_state([0, 1, 1], [0.3, 0.8, 0.4])        # TP = 1
    >>> metric.update_state([0, 1], [0.7, 0.9])               # TP = 1, FP = 1
    >>> metric.result()                                       # 2 / (2 + 1)
    0.6666666666666666
    """

    def __init__(self, thresholds: float | None = None, from_logits: bool = False, name: str = "precision"):
        super().__init__(0.5 if thresholds is None else thresholds, from_logits, name)

    def _config(self) -> dict:
        return {"thresholds": self.threshold, "from_logits": self.from_logits}

    def result(self) -> float:
        return _divide(self.true_positives, self.true_positives + self.false_positives)  # (3)


class Recall(_BinaryCounts):
    """Recall = TP / (TP + FN) over all batches, for one probability (or logit) per sample.

    Math
    ----
    ::

        (1) ŷ = 1 if p > t else 0            (from_logits: ŷ = 1 if z > log(t / (1 − t)))
        (2) TP ← TP + Σ [ŷ = 1 and y = 1],   FN ← FN + Σ [ŷ = 0 and y = 1]
        (3) recall = TP / (TP + FN)          (0.0 if TP + FN = 0)

    Parameters
    ----------
    thresholds : float, optional
        t, a probability in [0, 1] (default: 0.5). Keras's name; Keras also takes a list, mldlab one value.
    from_logits : bool, default False
    name : str, default 'recall'

    Notes
    -----
    Keras's ``Recall`` has no ``from_logits``; without positives the result is 0.0, as in Keras.

    Examples
    --------
    >>> from mldlab.train.metrics import Recall
    >>> metric = Recall(from_logits=True)
    >>> metric.update_state([1, 1, 0, 1], [2.0, -1.0, 3.0, 0.5])    # z > 0: TP = 2, FN = 1
    >>> metric.result()
    0.6666666666666666
    """

    def __init__(self, thresholds: float | None = None, from_logits: bool = False, name: str = "recall"):
        super().__init__(0.5 if thresholds is None else thresholds, from_logits, name)

    def _config(self) -> dict:
        return {"thresholds": self.threshold, "from_logits": self.from_logits}

    def result(self) -> float:
        return _divide(self.true_positives, self.true_positives + self.false_negatives)  # (3)


class F1Score(_BinaryCounts):
    """F1 = 2·TP / (2·TP + FP + FN) over all batches, for one probability (or logit) per sample.

    Math
    ----
    ::

        (1) ŷ = 1 if p > t else 0            (from_logits: ŷ = 1 if z > log(t / (1 − t)))
        (2) TP, FP, FN summed over the batches
        (3) F1 = 2·TP / (2·TP + FP + FN)     (= 2·precision·recall / (precision + recall); 0.0 if 0/0)

    Parameters
    ----------
    threshold : float, default 0.5
        t, a probability in [0, 1].
    from_logits : bool, default False
    name : str, default 'f1_score'

    Notes
    -----
    Keras's ``F1Score(average=None, threshold=None)`` gives one F1 per column and, without a threshold,
    predicts each row's largest value (so for one column, every sample is positive). mldlab's ``F1Score`` is
    the binary F1 of Keras's ``F1Score(threshold=0.5)`` on targets of shape (N, 1), computed exactly
    (Keras adds ε = 1e-7 to its denominators).

    Examples
    --------
    >>> from mldlab.train.metrics import F1Score
    >>> metric = F1Score()
    >>> metric.update_state([0, 1, 1, 0, 1], [0.1, 0.9, 0.2, 0.6, 0.8])     # TP = 2, FP = 1, FN = 1
    >>> metric.result()
    0.6666666666666666
    """

    def __init__(self, threshold: float = 0.5, from_logits: bool = False, name: str = "f1_score"):
        super().__init__(threshold, from_logits, name)

    def result(self) -> float:
        tp, fp, fn = self.true_positives, self.false_positives, self.false_negatives
        return _divide(2 * tp, 2 * tp + fp + fn)  # (3)
