"""``ModelCheckpoint``: save the model (or its weights) during training, every epoch or only the best."""

import math
import os
import warnings

from mldlab.i18n import message
from mldlab.train.callbacks._monitor import MonitorCallback
from mldlab.train.callbacks.callback import _print


class ModelCheckpoint(MonitorCallback):
    """Save the model or its weights at the end of each epoch (or every ``save_freq`` batches).

    A long training can be lost to a crash, and the last epoch is not always the best: a checkpoint keeps
    the model as it was. With ``save_best_only=True`` only a model better than every one before is saved,
    so the file holds the best model of the run (by ``monitor``, usually ``val_loss``).

    ``filepath`` may contain ``{epoch}`` (counted from 1) and any key of ``logs``, with Python's format
    specifications: ``"checkpoints/model-{epoch:02d}-{val_loss:.2f}.pt"`` gives
    ``checkpoints/model-03-0.41.pt``. Missing folders are created. With an integer ``save_freq``,
    ``{batch}`` (from 1) is available too.

    Parameters
    ----------
    filepath : str or os.PathLike
        Where to save; may contain format fields as above.
    monitor : str, optional
        The quantity that decides which model is the best (default: ``"val_loss"``).
    verbose : int, optional
        1 prints a message at each save (or each decision not to save) (default: 0).
    save_best_only : bool, optional
        Save only when ``monitor`` improves on the best so far (default: False: save every time).
    save_weights_only : bool, optional
        Save with ``model.save_weights(path)`` instead of ``model.save(path)`` (default: False).
    mode : {"auto", "min", "max"}, optional
        Whether lower or higher ``monitor`` is better; ``"auto"`` reads it from the name (default: ``"auto"``).
    save_freq : "epoch" or int, optional
        ``"epoch"`` saves at the end of each epoch; an integer n saves after every n training batches,
        counted across epochs (default: ``"epoch"``).
    initial_value_threshold : float, optional
        With ``save_best_only``, a value to beat before the first save (default: None).

    Attributes
    ----------
    best : float or None
        The best value of ``monitor`` saved so far (kept from one ``fit`` to the next, as in Keras).

    Notes
    -----
    **NaN is never saved.** When ``logs[monitor]`` is NaN (training diverged), mldlab warns and does not
    save, whatever ``save_best_only`` says. Keras saves such a model when ``save_best_only=False``, and with
    ``save_best_only=True`` it saves it if it comes first (NaN then becomes the best and nothing beats it).

    Keras insists on file names ending in ``.keras`` or ``.weights.h5``; mldlab leaves the name to you, as
    ``model.save`` does. The other rules are Keras 3's: with ``save_best_only`` and ``monitor`` missing from
    the logs it warns and saves anyway; a ``filepath`` without ``{epoch}`` is overwritten each time.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> saved = []
    >>> model = SimpleNamespace(save=saved.append)                 # stands in: records the paths
    >>> checkpoint = ModelCheckpoint("model-{epoch:02d}-{val_loss:.2f}.pt", save_best_only=True)
    >>> checkpoint.set_model(model)
    >>> checkpoint.on_train_begin()
    >>> for epoch, val_loss in enumerate([0.9, 0.6, 0.7, 0.5]):      # what fit does, by hand
    ...     checkpoint.on_epoch_begin(epoch)
    ...     checkpoint.on_epoch_end(epoch, {"val_loss": val_loss})
    >>> saved
    ['model-01-0.90.pt', 'model-02-0.60.pt', 'model-04-0.50.pt']

    With a model: ``model.fit(X, y, epochs=50, validation_split=0.2,
    callbacks=[ModelCheckpoint("best.pt", save_best_only=True)])``.
    """

    def __init__(self, filepath, monitor: str = "val_loss", verbose: int = 0, save_best_only: bool = False,
                 save_weights_only: bool = False, mode: str = "auto", save_freq="epoch",
                 initial_value_threshold=None):
        if save_freq != "epoch" and (isinstance(save_freq, bool) or not isinstance(save_freq, int)
                                     or save_freq < 1):
            raise ValueError(message("cb_save_freq", value=save_freq))
        super().__init__(monitor, mode, baseline=initial_value_threshold)
        self.filepath = os.fspath(filepath)
        self.verbose = verbose
        self.save_best_only = save_best_only
        self.save_weights_only = save_weights_only
        self.save_freq = save_freq
        self._current_epoch = 0
        self._batches_seen_since_last_saving = 0
        self._last_batch_seen = None

    def __repr__(self) -> str:
        return f"ModelCheckpoint({self.filepath!r}, monitor={self.monitor!r}, save_best_only={self.save_best_only})"

    def on_train_begin(self, logs=None):
        # A whole model can only be saved if its layers can be described as data: find out now, not after an epoch.
        check = getattr(self.model, "_check_savable", None)
        if check is not None and not self.save_weights_only:
            check()

    def on_epoch_begin(self, epoch, logs=None):
        self._current_epoch = epoch

    def on_train_batch_end(self, batch, logs=None):
        if self._should_save_on_batch(batch):
            self._save_model(self._current_epoch, batch, logs)

    def on_epoch_end(self, epoch, logs=None):
        if self.save_freq == "epoch":
            self._save_model(epoch, None, logs)

    def _should_save_on_batch(self, batch: int) -> bool:
        """Count the batches since the last save (batch numbers restart at 0 each epoch)."""
        if self.save_freq == "epoch":
            return False
        if self._last_batch_seen is None or batch <= self._last_batch_seen:
            new_batches = batch + 1
        else:
            new_batches = batch - self._last_batch_seen
        self._batches_seen_since_last_saving += new_batches
        self._last_batch_seen = batch
        if self._batches_seen_since_last_saving >= self.save_freq:
            self._batches_seen_since_last_saving = 0
            return True
        return False

    def _save_model(self, epoch: int, batch, logs) -> None:
        logs = logs or {}
        filepath = self._get_file_path(epoch, batch, logs)
        current = logs.get(self.monitor)
        if _is_nan(current):
            warnings.warn(message("cb_checkpoint_nan", epoch=epoch + 1, filepath=filepath, monitor=self.monitor),
                          stacklevel=3)
            return
        if not self._should_save_model(epoch, current, logs, filepath):
            return
        if os.path.isdir(filepath):
            raise IsADirectoryError(message("cb_filepath_directory", filepath=filepath))
        folder = os.path.dirname(filepath)
        if folder:
            os.makedirs(folder, exist_ok=True)
        if self.save_weights_only:
            self.model.save_weights(filepath)
        else:
            self.model.save(filepath)

    def _should_save_model(self, epoch: int, current, logs: dict, filepath: str) -> bool:
        if not self.save_best_only:
            if self.verbose > 0:
                _print(message("cb_checkpoint_saving", epoch=epoch + 1, filepath=filepath))
            return True
        if current is None:
            warnings.warn(message("cb_checkpoint_no_monitor", monitor=self.monitor, keys=", ".join(logs) or "-"),
                          stacklevel=4)
            return True
        if self.monitor_op is None:
            self._set_monitor_op()
        best = "None" if self.best is None else f"{self.best:.5f}"
        if self._is_improvement(current, self.best):
            if self.verbose > 0:
                _print(message("cb_checkpoint_improved", epoch=epoch + 1, monitor=self.monitor, best=best,
                               current=current, filepath=filepath))
            self.best = current
            return True
        if self.verbose > 0:
            _print(message("cb_checkpoint_not_improved", epoch=epoch + 1, monitor=self.monitor, best=best))
        return False

    def _get_file_path(self, epoch: int, batch, logs: dict) -> str:
        """``filepath`` filled in with ``epoch`` (from 1), ``batch`` (from 1, when saving by batches) and logs."""
        values = dict(logs)
        if batch is not None and "batch" not in logs:
            values["batch"] = batch + 1
        values["epoch"] = epoch + 1
        try:
            return self.filepath.format(**values)
        except KeyError as error:
            keys = ", ".join(values)
            raise KeyError(message("cb_filepath_key", filepath=self.filepath, field=error.args[0], keys=keys)) from None


def _is_nan(value) -> bool:
    try:
        return math.isnan(value)
    except TypeError:
        return False
