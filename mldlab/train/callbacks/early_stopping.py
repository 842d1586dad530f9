"""``EarlyStopping``: stop training when the validation loss stops improving (Keras 3's rules, exactly)."""

from mldlab.i18n import message
from mldlab.train.callbacks._monitor import MonitorCallback
from mldlab.train.callbacks.callback import _print


class EarlyStopping(MonitorCallback):
    """Stop training when a monitored metric has stopped improving.

    조기 중단: 과적합 이전에 멈추는 것 (early stopping: stop before overfitting). While a network learns,
    the training loss keeps falling, but the validation loss falls, flattens, and then rises again: the
    network has started to memorise the training data. ``EarlyStopping`` watches ``val_loss`` and ends
    ``fit`` once it has not improved for ``patience`` epochs; with ``restore_best_weights=True`` the model
    goes back to the weights of its best epoch.

    Math
    ----
    At the end of each epoch t ≥ ``start_from_epoch`` with value v_t = ``logs[monitor]``
    (see ``MonitorCallback`` for "improves", δ = ``min_delta``)::

        (1) wait ← wait + 1
        (2) if v_t improves on best:      best ← v_t,  best_epoch ← t  (and remember the weights)
                                          wait ← 0, unless a baseline is given and v_t does not improve on it
        (3) else if wait ≥ patience and t > 0:   stop after this epoch (model.stop_training ← True)

    So with ``patience=p`` training stops after p epochs in a row without improvement (after one epoch
    when p = 0).

    Parameters
    ----------
    monitor : str, optional
        The quantity to watch, a key of ``logs`` such as ``"val_loss"``, ``"loss"`` or ``"val_accuracy"``
        (default: ``"val_loss"``).
    min_delta : float, optional
        The smallest change that counts as an improvement; its sign is ignored (default: 0).
    patience : int, optional
        How many epochs without improvement to accept before stopping (default: 0).
    verbose : int, optional
        1 prints a message when training stops and when weights are restored; 0 is silent (default: 0).
    mode : {"auto", "min", "max"}, optional
        ``"min"``: stop when the value stops going down; ``"max"``: when it stops going up; ``"auto"``: read
        it from the name (``loss`` → min; ``accuracy``, ``acc``, ``auc`` → max) (default: ``"auto"``).
    baseline : float, optional
        A value the monitored quantity must beat: while it has not, ``wait`` keeps counting, so training
        stops after ``patience`` epochs unless the model gets better than the baseline (default: None).
    restore_best_weights : bool, optional
        At the end of training, set the model's weights back to those of the best epoch (default: False).
    start_from_epoch : int, optional
        The number of warm-up epochs to ignore before watching (default: 0).

    Attributes
    ----------
    wait : int
        Epochs since the last improvement.
    best : float or None
        The best value seen.
    best_epoch : int
        The epoch (from 0) of the best value.
    best_weights : list of numpy.ndarray or None
        The weights at the end of the best epoch (with ``restore_best_weights=True``).
    stopped_epoch : int
        The epoch (from 0) after which training stopped; 0 when it did not stop early.

    Notes
    -----
    The weights are restored in ``on_train_end``, so **also when training did not stop early** (it ran all
    its epochs, and the best epoch was not the last). This is what Keras 3 does; Keras 2 restored them only
    when it stopped early, so a run that used all its epochs kept its last weights (keras-team/keras#12511).

    The rest follows Keras 3 to the letter, including its quirks: the first epoch watched is always an
    improvement; a ``baseline`` does not change ``best`` (the first value still becomes ``best``, and
    ``best_weights`` are those of the best epoch even if it never beat the baseline); a NaN is never an
    improvement (a NaN in the first watched epoch becomes ``best`` and nothing beats it afterwards); a
    missing ``monitor`` only warns. Keras raises for ``mode="auto"`` only when it cannot tell the direction
    at the first epoch's end; mldlab does so in ``on_train_begin``, before any training.

    Examples
    --------
    What ``fit`` does with the callback, by hand: the validation loss falls for three epochs, then stops
    improving, and with ``patience=2`` training stops at the end of the second epoch without improvement.

    >>> from types import SimpleNamespace
    >>> model = SimpleNamespace(stop_training=False)          # stands in for an mldlab Model
    >>> stopper = EarlyStopping(monitor="val_loss", patience=2)
    >>> stopper.set_model(model)
    >>> stopper.on_train_begin()
    >>> for epoch, val_loss in enumerate([0.9, 0.7, 0.6, 0.65, 0.62, 0.61, 0.5]):
    ...     stopper.on_epoch_end(epoch, {"val_loss": val_loss})
    ...     if model.stop_training:
    ...         break
    >>> stopper.stopped_epoch, stopper.best_epoch, stopper.best
    (4, 2, 0.6)

    With a model: ``model.fit(X, y, epochs=200, validation_split=0.2, callbacks=[EarlyStopping(patience=5,
    restore_best_weights=True)])``.
    """

    def __init__(self, monitor: str = "val_loss", min_delta: float = 0, patience: int = 0, verbose: int = 0,
                 mode: str = "auto", baseline=None, restore_best_weights: bool = False, start_from_epoch: int = 0):
        super().__init__(monitor, mode, min_delta=min_delta)
        self._check_whole_numbers(patience=patience, start_from_epoch=start_from_epoch)
        if baseline is not None:
            self._check_numbers(baseline=baseline)
        self.patience = patience
        self.verbose = verbose
        self.baseline = baseline
        self.restore_best_weights = restore_best_weights
        self.start_from_epoch = start_from_epoch
        self.wait = 0
        self.stopped_epoch = 0
        self.best_epoch = 0
        self.best_weights = None

    def __repr__(self) -> str:
        return (f"EarlyStopping(monitor={self.monitor!r}, patience={self.patience}, "
                f"restore_best_weights={self.restore_best_weights})")

    def on_train_begin(self, logs=None):
        # A fresh start, so that one EarlyStopping can serve several calls of fit.
        self.wait = 0
        self.stopped_epoch = 0
        self.best = None
        self.best_epoch = 0
        self.best_weights = None
        if self.monitor_op is None:
            self._set_monitor_op()

    def on_epoch_end(self, epoch, logs=None):
        if self.monitor_op is None:
            self._set_monitor_op()
        current = self._get_monitor_value(logs)
        if current is None or epoch < self.start_from_epoch:
            return
        if self.restore_best_weights and self.best_weights is None:
            self.best_weights = self.model.get_weights()
            self.best_epoch = epoch

        self.wait += 1  # (1)
        if self._is_improvement(current, self.best):  # (2)
            self.best = current
            self.best_epoch = epoch
            if self.restore_best_weights:
                self.best_weights = self.model.get_weights()
            if self.baseline is None or self._is_improvement(current, self.baseline):
                self.wait = 0
            return
        if self.wait >= self.patience and epoch > 0:  # (3)
            self.stopped_epoch = epoch
            self.model.stop_training = True

    def on_train_end(self, logs=None):
        if self.stopped_epoch > 0 and self.verbose > 0:
            _print(message("cb_early_stopping", epoch=self.stopped_epoch + 1))
        if self.restore_best_weights and self.best_weights is not None:
            if self.verbose > 0:
                _print(message("cb_restore_best", epoch=self.best_epoch + 1))
            self.model.set_weights(self.best_weights)
