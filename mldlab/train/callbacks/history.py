"""``History``: the record of training that ``fit`` returns, one number per epoch for each quantity."""

from mldlab.train.callbacks.callback import Callback


class History(Callback):
    """Record every value of ``logs`` at the end of each epoch, and every batch's loss.

    ``fit`` always adds a ``History`` and returns it. ``history.history`` is a dict of lists, one entry per
    epoch: ``history.history["loss"][e]`` is the mean training loss of epoch ``e``, and ``"val_loss"``,
    the metrics and ``"learning_rate"`` follow the same pattern. These are the numbers of the slide's
    *learning curve*: plot ``loss`` and ``val_loss`` against the epoch and see where they part (overfitting).

    The losses of single batches (iterations) are kept too: ``history.history["iteration_loss"][e]`` is the
    list of the batch losses of epoch ``e``, so ``pandas.DataFrame(history.history)`` still has one row per
    epoch, and ``history.iteration_losses()`` gives them all in one flat list (the noisy curve of
    mini-batch gradient descent).

    Attributes
    ----------
    history : dict of list
        Per-epoch values of each key of ``logs``, plus ``"iteration_loss"``.
    epoch : list of int
        The epochs recorded (counted from 0).
    params : dict
        The training parameters ``{"epochs", "steps", "verbose"}``.
    model : Model
        The model trained.

    Notes
    -----
    As in Keras, ``on_train_begin`` clears ``epoch`` but not ``history``: a ``History`` passed to a second
    ``fit`` keeps adding to the same lists (``fit`` normally makes a new one each time).

    Examples
    --------
    >>> history = History()
    >>> history.on_train_begin()
    >>> for epoch in range(2):                         # what fit does, by hand
    ...     history.on_epoch_begin(epoch)
    ...     for batch, loss in enumerate([0.9, 0.7, 0.5] if epoch == 0 else [0.4, 0.3, 0.2]):
    ...         history.on_train_batch_end(batch, {"loss": 0.0, "batch_loss": loss})
    ...     history.on_epoch_end(epoch, {"loss": 0.7 if epoch == 0 else 0.3, "val_loss": 0.8 - 0.2 * epoch})
    >>> history.history["loss"]
    [0.7, 0.3]
    >>> history.history["iteration_loss"]
    [[0.9, 0.7, 0.5], [0.4, 0.3, 0.2]]
    >>> history.iteration_losses()
    [0.9, 0.7, 0.5, 0.4, 0.3, 0.2]
    >>> history.epoch
    [0, 1]
    """

    def __init__(self):
        super().__init__()
        self.history = {}
        self.epoch = []
        self._batch_losses = []

    def on_train_begin(self, logs=None):
        self.epoch = []

    def on_epoch_begin(self, epoch, logs=None):
        self._batch_losses = []

    def on_train_batch_end(self, batch, logs=None):
        if logs and "batch_loss" in logs:
            self._batch_losses.append(float(logs["batch_loss"]))

    def on_epoch_end(self, epoch, logs=None):
        self.epoch.append(epoch)
        for key, value in (logs or {}).items():
            if key == "iteration_loss":
                continue
            self.history.setdefault(key, []).append(value)
        self.history.setdefault("iteration_loss", []).append(self._batch_losses)
        self._batch_losses = []
        if self.model is not None:
            self.model.history = self

    def iteration_losses(self) -> list:
        """The loss of every batch of every epoch, in training order, as one flat list."""
        return [loss for epoch_losses in self.history.get("iteration_loss", []) for loss in epoch_losses]
