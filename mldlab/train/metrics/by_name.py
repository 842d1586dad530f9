"""``get``: a metric object from what ``compile(metrics=[...])`` received, a Keras name, an object or a function."""

import difflib
import inspect

from mldlab import nn
from mldlab.i18n import message
from mldlab.metrics.inputs import as_array
from mldlab.train.metrics.accuracy_metrics import BinaryAccuracy, CategoricalAccuracy, SparseCategoricalAccuracy
from mldlab.train.metrics.metric import Metric, _snake_case
from mldlab.train.metrics.precision_recall_metrics import F1Score, Precision, Recall
from mldlab.train.metrics.reduction_metrics import MeanMetricWrapper
from mldlab.train.metrics.regression_metrics import MeanAbsoluteError, MeanSquaredError, R2Score

_BY_NAME = {
    "binary_accuracy": BinaryAccuracy,
    "sparse_categorical_accuracy": SparseCategoricalAccuracy,
    "categorical_accuracy": CategoricalAccuracy,
    "precision": Precision,
    "recall": Recall,
    "f1_score": F1Score,
    "mean_squared_error": MeanSquaredError,
    "mse": MeanSquaredError,
    "mean_absolute_error": MeanAbsoluteError,
    "mae": MeanAbsoluteError,
    "r2_score": R2Score,
}
_ACCURACY = ("accuracy", "acc")

_LOSS_KINDS = {
    "binary": ("binary_crossentropy", "bce", "binary_cross_entropy", "bceloss"),
    "binary_logits": ("binary_cross_entropy_with_logits", "bcewithlogitsloss"),
    "sparse": ("sparse_categorical_crossentropy", "nll_loss", "nllloss"),
    "categorical": ("categorical_crossentropy",),
}


def get(identifier, *, loss=None, from_logits: bool = False) -> Metric:
    """The metric object for ``identifier``, named by the key that ``fit`` logs.

    ======================================  ==========================================================
    identifier                              metric object (its ``name``)
    ======================================  ==========================================================
    'accuracy' or 'acc'                     chosen by the loss, else by the shapes at the first batch
                                            (below); named 'accuracy' or 'acc'
    'binary_accuracy'                       ``BinaryAccuracy``
    'sparse_categorical_accuracy'           ``SparseCategoricalAccuracy``
    'categorical_accuracy'                  ``CategoricalAccuracy``
    'precision', 'recall', 'f1_score'       ``Precision``, ``Recall``, ``F1Score`` (binary)
    'mse' or 'mean_squared_error'           ``MeanSquaredError``
    'mae' or 'mean_absolute_error'          ``MeanAbsoluteError``
    'r2_score'                              ``R2Score``
    a metric object                         itself
    a metric class, e.g. ``Precision``      a new object of it
    a function f(y_true, y_pred) → float    ``MeanMetricWrapper(f)``, named ``f.__name__``
    ======================================  ==========================================================

    Names may also be written as Keras's class names ('BinaryAccuracy', 'MSE'). A string keeps its
    spelling as the name, as in Keras: 'mse' is logged as 'mse'.

    'accuracy' follows the loss:

    =====================================================================  ====================================
    loss                                                                   accuracy
    =====================================================================  ====================================
    'binary_crossentropy', ``nn.BCELoss()``                                ``BinaryAccuracy()``
    ``nn.BCEWithLogitsLoss()``                                             ``BinaryAccuracy(from_logits=True)``
    'sparse_categorical_crossentropy', ``nn.NLLLoss()``                    ``SparseCategoricalAccuracy()``
    'categorical_crossentropy'                                             ``CategoricalAccuracy()``
    ``nn.CrossEntropyLoss()``, 'mse', any other loss, or none              by the shapes at the first batch
    =====================================================================  ====================================

    By the shapes (Keras 3's rule, decided at the first ``update_state`` and kept): y_pred of shape (N,) or
    (N, 1) → binary; y_true with fewer dimensions than y_pred, or of shape (N, 1) → sparse categorical
    (integer labels); y_true of the same shape (N, C) as y_pred → categorical (one-hot).

    Parameters
    ----------
    identifier : str, Metric, Metric class or callable
    loss : str, loss module or function, optional
        The loss given to ``compile``; decides 'accuracy', and ``nn.BCEWithLogitsLoss`` implies logits.
    from_logits : bool, default False
        The model outputs logits (no sigmoid): passed to the binary metrics (``BinaryAccuracy``,
        ``Precision``, ``Recall``, ``F1Score``). Implied by ``nn.BCEWithLogitsLoss``.

    Returns
    -------
    Metric

    Raises
    ------
    ValueError
        An unknown name (the message lists the known names).

    Notes
    -----
    Keras 2 chose the accuracy by the loss function, Keras 3 by the shapes; mldlab uses the loss when it
    decides (so that logits are known), else the shapes. For a 1-d y_pred (N,), Keras 3's rule would pick
    ``CategoricalAccuracy``; mldlab picks ``BinaryAccuracy``.

    Examples
    --------
    >>> from mldlab import nn
    >>> from mldlab.train import metrics
    >>> metrics.get("accuracy", loss=nn.BCEWithLogitsLoss())
    BinaryAccuracy(threshold=0.5, from_logits=True, name='accuracy')
    >>> metrics.get("mse")
    MeanSquaredError(name='mse')
    >>> metrics.get("accuracy", loss=nn.CrossEntropyLoss())        # decided at the first batch
    Accuracy(name='accuracy', chosen at the first batch)
    """
    from_logits = bool(from_logits) or _loss_kind(loss) == "binary_logits"
    if isinstance(identifier, Metric):
        return identifier
    if isinstance(identifier, type) and issubclass(identifier, Metric):
        takes_logits = "from_logits" in inspect.signature(identifier).parameters
        return identifier(from_logits=from_logits) if takes_logits else identifier()
    if isinstance(identifier, str):
        if identifier.lower() in _ACCURACY:
            return _accuracy_for(loss, from_logits, name=identifier)
        cls = _BY_NAME.get(identifier.lower()) or _BY_NAME.get(_snake_case(identifier))
        if cls is None:
            raise ValueError(_unknown(identifier))
        takes_logits = "from_logits" in inspect.signature(cls).parameters
        return cls(from_logits=from_logits, name=identifier) if takes_logits else cls(name=identifier)
    if callable(identifier):
        name = getattr(identifier, "__name__", None) or _snake_case(type(identifier).__name__)
        return MeanMetricWrapper(identifier, name=name)
    raise TypeError(message("metric_identifier_type", value=identifier, type=type(identifier).__name__))


def _loss_kind(loss) -> str | None:
    """'binary', 'binary_logits', 'sparse' or 'categorical' when the loss decides the accuracy, else None."""
    if isinstance(loss, nn.BCEWithLogitsLoss):
        return "binary_logits"
    if isinstance(loss, nn.BCELoss):
        return "binary"
    if isinstance(loss, nn.NLLLoss):
        return "sparse"
    name = loss if isinstance(loss, str) else getattr(loss, "__name__", "")
    for kind, names in _LOSS_KINDS.items():
        if name.lower() in names or _snake_case(name) in names:
            return kind
    return None


def _accuracy_for(loss, from_logits: bool, name: str) -> Metric:
    kind = _loss_kind(loss)
    if kind in ("binary", "binary_logits"):
        return BinaryAccuracy(from_logits=from_logits, name=name)
    if kind == "sparse":
        return SparseCategoricalAccuracy(name=name)
    if kind == "categorical":
        return CategoricalAccuracy(name=name)
    return _AccuracyByShape(from_logits=from_logits, name=name)


def _unknown(identifier: str) -> str:
    known = ["accuracy", "acc", *_BY_NAME]
    close = difflib.get_close_matches(identifier.lower(), known, n=1)
    hint = message("metric_did_you_mean", name=close[0]) if close else ""
    return message("metric_unknown", name=identifier, known=", ".join(known), did_you_mean=hint)


class _AccuracyByShape(Metric):
    """'accuracy' when the loss does not decide: the accuracy object is chosen by the first batch's shapes."""

    def __init__(self, from_logits: bool = False, name: str = "accuracy"):
        self.from_logits = from_logits
        self.metric = None
        super().__init__(name=name)

    def reset_state(self) -> None:
        if self.metric is not None:
            self.metric.reset_state()

    def update_state(self, y_true, y_pred) -> None:
        if self.metric is None:
            self.metric = self._choose(as_array(y_true, self.name, "y_true"), as_array(y_pred, self.name, "y_pred"))
        self.metric.update_state(y_true, y_pred)

    def _choose(self, y_true, y_pred) -> Metric:
        """Keras 3's rule (``is_binary_or_sparse_categorical``), with a 1-d y_pred counted as binary."""
        if y_pred.ndim <= 1 or y_pred.shape[-1] == 1:
            return BinaryAccuracy(from_logits=self.from_logits, name=self.name)
        if y_true.ndim < y_pred.ndim or y_true.shape[-1] == 1:
            return SparseCategoricalAccuracy(name=self.name)
        return CategoricalAccuracy(name=self.name)

    def result(self) -> float:
        return self.metric.result() if self.metric is not None else 0.0

    def __repr__(self) -> str:
        if self.metric is None:
            return f"Accuracy(name={self.name!r}, chosen at the first batch)"
        return repr(self.metric)
