"""Accuracy counted over the batches of an epoch, under Keras's names: ``BinaryAccuracy``,
``SparseCategoricalAccuracy``, ``CategoricalAccuracy`` (the formula and ``accuracy_score`` are in
``mldlab.metrics.accuracy``).

    accuracy = (number of samples with ŷ = y) / N,  both counts summed over the batches
"""

import numpy as np

from mldlab.i18n import message
from mldlab.metrics.inputs import binary_pairs, check_label_range, check_pair, check_threshold, true_labels
from mldlab.train.metrics.metric import Metric, _divide


class _Accuracy(Metric):
    """Shared by the accuracy objects: accuracy = correct / count, both summed over the batches."""

    def reset_state(self) -> None:
        self.correct = 0
        self.count = 0

    def _add(self, y_true: np.ndarray, y_pred: np.ndarray) -> None:
        self.correct += int(np.sum(y_true == y_pred))
        self.count += y_true.size

    def result(self) -> float:
        return _divide(self.correct, self.count)


class BinaryAccuracy(_Accuracy):
    """Accuracy for one probability (or logit) per sample: how often ŷ = [p > threshold] equals y ∈ {0, 1}.

    Math
    ----
    ::

        (1) ŷ = 1 if p > t else 0              (from_logits: ŷ = 1 if z > log(t / (1 − t)), the same as σ(z) > t)
        (2) correct ← correct + Σ [ŷ = y],   count ← count + n
        (3) accuracy = correct / count

    Parameters
    ----------
    threshold : float, default 0.5
        t, a probability in [0, 1].
    from_logits : bool, default False
        ``True`` when the model outputs logits z (no sigmoid at the end, e.g. trained with
        ``nn.BCEWithLogitsLoss``).
    name : str, default 'binary_accuracy'

    Notes
    -----
    As in Keras, ŷ = 1 needs p *strictly* above t (an untrained network that outputs 0.5 everywhere
    predicts class 0), and y_pred of shape (N, k) counts N·k yes/no predictions (multi-label).
    Keras's ``BinaryAccuracy`` has no ``from_logits``: given logits it compares them with 0.5.

    Examples
    --------
    >>> from mldlab.train.metrics import BinaryAccuracy
    >>> metric = BinaryAccuracy()
    >>> metric.update_state([[1], [0], [1]], [[0.9], [0.6], [0.7]])
    >>> metric.update_state([[0]], [[0.1]])
    >>> metric.result()                                   # 3 of 4 right
    0.75
    >>> BinaryAccuracy(from_logits=True)([1, 0, 1, 0], [2.0, -1.0, -0.5, -3.0])     # z > 0
    0.75
    """

    def __init__(self, threshold: float = 0.5, from_logits: bool = False, name: str = "binary_accuracy"):
        self.threshold = check_threshold("BinaryAccuracy", threshold)
        self.from_logits = bool(from_logits)
        super().__init__(name=name)

    def update_state(self, y_true, y_pred) -> None:
        y_true, y_pred = binary_pairs(type(self).__name__, y_true, y_pred, self.threshold, self.from_logits)  # (1)
        self._add(y_true, y_pred)  # (2)

    def _config(self) -> dict:
        return {"threshold": self.threshold, "from_logits": self.from_logits}


class SparseCategoricalAccuracy(_Accuracy):
    """Accuracy for integer labels y ∈ {0, …, C − 1} and one score per class: how often argmax = y.

    Math
    ----
    ::

        (1) ŷᵢ = argmax_c y_pred[i, c]        (probabilities, log-probabilities or logits: the same ŷ)
        (2) correct ← correct + Σ [ŷ = y],   count ← count + n
        (3) accuracy = correct / count

    Parameters
    ----------
    name : str, default 'sparse_categorical_accuracy'

    Notes
    -----
    y_true has shape (N,) or (N, 1); y_pred has shape (N, C), as for ``nn.CrossEntropyLoss``. A label outside
    0 … C − 1 is an error (Keras counts it as wrong). Ties go to the first class, as in Keras and NumPy.

    Examples
    --------
    >>> from mldlab.train.metrics import SparseCategoricalAccuracy
    >>> metric = SparseCategoricalAccuracy()
    >>> metric.update_state([2, 1], [[0.1, 0.2, 0.7], [0.5, 0.4, 0.1]])
    >>> metric.result()
    0.5
    """

    def __init__(self, name: str = "sparse_categorical_accuracy"):
        super().__init__(name=name)

    def update_state(self, y_true, y_pred) -> None:
        y_true, y_pred = check_pair(type(self).__name__, y_true, y_pred, allow_empty=True)
        if y_pred.ndim != 2 or y_pred.shape[1] < 2:
            raise ValueError(message("metric_scores_needed", op=type(self).__name__, shape=y_pred.shape))
        y_true = true_labels(type(self).__name__, y_true)
        check_label_range(type(self).__name__, y_true, y_pred.shape[1])
        self._add(y_true, y_pred.argmax(axis=1))  # (1), (2)


class CategoricalAccuracy(_Accuracy):
    """Accuracy for one-hot targets (N, C) and one score per class (N, C): how often the argmaxes agree.

    Math
    ----
    ::

        (1) yᵢ = argmax_c y_true[i, c],   ŷᵢ = argmax_c y_pred[i, c]
        (2) correct ← correct + Σ [ŷ = y],   count ← count + n
        (3) accuracy = correct / count

    Parameters
    ----------
    name : str, default 'categorical_accuracy'

    Notes
    -----
    As in Keras, y_true is only read through its argmax, so smoothed labels (0.05, 0.9, 0.05) work too.

    Examples
    --------
    >>> from mldlab.train.metrics import CategoricalAccuracy
    >>> metric = CategoricalAccuracy()
    >>> metric.update_state([[0, 0, 1], [0, 1, 0]], [[0.1, 0.2, 0.7], [0.5, 0.4, 0.1]])
    >>> metric.result()
    0.5
    """

    def __init__(self, name: str = "categorical_accuracy"):
        super().__init__(name=name)

    def update_state(self, y_true, y_pred) -> None:
        y_true, y_pred = check_pair(type(self).__name__, y_true, y_pred, allow_empty=True)
        if y_pred.ndim != 2 or y_pred.shape[1] < 2:
            raise ValueError(message("metric_scores_needed", op=type(self).__name__, shape=y_pred.shape))
        if y_true.shape != y_pred.shape:
            raise ValueError(message("metric_one_hot_needed", op=type(self).__name__, true_shape=y_true.shape,
                                     pred_shape=y_pred.shape))
        self._add(y_true.argmax(axis=1), y_pred.argmax(axis=1))  # (1), (2)
