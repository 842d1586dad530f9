"""``Callback``: code that ``fit`` runs at fixed moments of training, as in Keras.

The training loop of ``Model.fit`` calls the same hooks in the same order on every callback:

    on_train_begin
    for epoch in 0, 1, …, epochs − 1:
        on_epoch_begin(epoch)
        for batch in 0, 1, …, steps − 1:
            on_train_batch_begin(batch)
            … forward, loss, backward, optimizer step …
            on_train_batch_end(batch, logs)     logs = {"loss": mean so far, metrics…, "batch_loss": this batch}
        on_test_begin                           validation, as evaluate: on_test_batch_begin/_end(batch)
        … on_test_end(val logs) …               for each validation batch (ProgbarLogger stays silent)
        on_epoch_end(epoch, logs)               logs = {"loss", metrics…, "val_loss", "val_<metric>"…,
                                                        "learning_rate"}
        stop if model.stop_training
    on_train_end(logs)

Epochs and batches are counted from 0 in the hooks (as in Keras); messages show epochs from 1.
``evaluate(..., callbacks=[...])`` calls on_test_begin, on_test_batch_begin/_end and on_test_end;
``predict(..., callbacks=[...])`` calls on_predict_begin, on_predict_batch_begin/_end (``logs = {"outputs": ...}``)
and on_predict_end.
"""

import sys

from tqdm.auto import tqdm


class Callback:
    """Base class of callbacks: every hook exists and does nothing, so a callback overrides only what it needs.

    A callback sees the model being trained (``self.model``) and the training parameters (``self.params``),
    and reads the numbers of the moment from ``logs``. To stop training, it sets
    ``self.model.stop_training = True``: ``fit`` checks it after each epoch.

    Attributes
    ----------
    model : Model or None
        The model being trained, set by ``set_model`` (``fit`` does this).
    params : dict or None
        ``{"epochs": int, "steps": int, "verbose": int}``, set by ``set_params``; ``steps`` is the number of
        batches in an epoch.

    Examples
    --------
    A callback that remembers the training loss at the end of each epoch:

    >>> class LossRecorder(Callback):
    ...     def on_train_begin(self, logs=None):
    ...         self.losses = []
    ...     def on_epoch_end(self, epoch, logs=None):
    ...         self.losses.append(logs["loss"])
    >>> recorder = LossRecorder()
    >>> recorder.on_train_begin()
    >>> for epoch, loss in enumerate([0.9, 0.5, 0.3]):     # what fit does, by hand
    ...     recorder.on_epoch_end(epoch, {"loss": loss})
    >>> recorder.losses
    [0.9, 0.5, 0.3]

    With a model: ``model.fit(X, y, epochs=10, callbacks=[LossRecorder()])``.
    """

    def __init__(self):
        self.model = None
        self.params = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    def set_model(self, model) -> None:
        """Remember the model being trained (``fit`` calls this before training)."""
        self.model = model

    def set_params(self, params: dict) -> None:
        """Remember the training parameters ``{"epochs", "steps", "verbose"}``."""
        self.params = params

    def on_train_begin(self, logs=None):
        """Called once, before the first epoch."""

    def on_train_end(self, logs=None):
        """Called once, after the last epoch; ``logs`` are those of the last ``on_epoch_end``."""

    def on_epoch_begin(self, epoch, logs=None):
        """Called at the start of epoch ``epoch`` (counted from 0)."""

    def on_epoch_end(self, epoch, logs=None):
        """Called at the end of epoch ``epoch``; ``logs`` holds the epoch's loss, metrics, ``val_`` values and
        ``learning_rate``."""

    def on_train_batch_begin(self, batch, logs=None):
        """Called before training on batch ``batch`` (counted from 0 in each epoch)."""

    def on_train_batch_end(self, batch, logs=None):
        """Called after training on batch ``batch``; ``logs["loss"]`` is the mean loss of the epoch so far and
        ``logs["batch_loss"]`` the loss of this batch alone."""

    def on_test_begin(self, logs=None):
        """Called before evaluation (``evaluate``, or validation inside ``fit``)."""

    def on_test_end(self, logs=None):
        """Called after evaluation, with its results."""

    def on_test_batch_begin(self, batch, logs=None):
        """Called before evaluating batch ``batch``."""

    def on_test_batch_end(self, batch, logs=None):
        """Called after evaluating batch ``batch``, with the results so far."""

    def on_predict_begin(self, logs=None):
        """Called before ``predict``."""

    def on_predict_end(self, logs=None):
        """Called after ``predict``."""

    def on_predict_batch_begin(self, batch, logs=None):
        """Called before predicting batch ``batch``."""

    def on_predict_batch_end(self, batch, logs=None):
        """Called after predicting batch ``batch``."""


def _print(text: str) -> None:
    """Print a callback's message on its own line above any progress bar that is being drawn."""
    tqdm.write(text, file=sys.stdout)
