"""``ProgbarLogger``: show how training goes, as a progress bar per epoch or one line per epoch."""

import sys

from tqdm.auto import tqdm

from mldlab.i18n import message
from mldlab.train.callbacks.callback import Callback


class ProgbarLogger(Callback):
    """Print the progress of ``fit`` (and of ``evaluate`` and ``predict``), as ``verbose`` asks.

    ``fit(..., verbose=1)`` (or ``"auto"``) draws a progress bar for each epoch with tqdm, in a terminal and
    in Jupyter alike: the bar moves over the batches of the epoch, shows the running loss and metrics, and
    at the end of the epoch the validation values as well::

        Epoch 3/20: 100%|██████████| 8/8 [00:00<00:00, 310.2batch/s, loss: 0.2134 - accuracy: 0.9100 - ...]

    ``verbose=2`` prints exactly one line per epoch, handy in logs and in class::

        Epoch 3/20 - loss: 0.2134 - accuracy: 0.9100 - val_loss: 0.2502 - val_accuracy: 0.8900 - ...

    ``verbose=0`` prints nothing (``fit`` then adds no ``ProgbarLogger``). Inside ``fit`` the validation is
    silent; ``evaluate`` on its own shows a bar ("Evaluate") or, with ``verbose=2``, one line. Labels follow
    ``mldlab.set_language`` ("Epoch" / "에포크").

    Numbers are written as Keras writes them: 4 decimals, or scientific notation when ``|x| <= 0.001``
    (``learning_rate: 1.0000e-03``).

    Parameters
    ----------
    file : file-like, optional
        Where to write (default: None, meaning ``sys.stdout`` at the time of writing). In Jupyter, tqdm
        draws a widget and ignores ``file``.

    Attributes
    ----------
    verbose : int
        1 (a bar) or 2 (a line), from ``params["verbose"]``.
    epochs : int
        From ``params["epochs"]``.
    target : int or None
        The number of batches in an epoch, from ``params["steps"]``.

    Examples
    --------
    >>> import sys
    >>> progbar = ProgbarLogger(file=sys.stdout)
    >>> progbar.set_params({"epochs": 20, "steps": 8, "verbose": 2})
    >>> progbar.on_train_begin()
    >>> progbar.on_epoch_begin(2)
    >>> progbar.on_epoch_end(2, {"loss": 0.21342, "accuracy": 0.91, "val_loss": 0.25, "learning_rate": 0.01})
    Epoch 3/20 - loss: 0.2134 - accuracy: 0.9100 - val_loss: 0.2500 - learning_rate: 0.0100
    """

    def __init__(self, file=None):
        super().__init__()
        self.file = file
        self.verbose = 1
        self.epochs = 1
        self.target = None
        self.bar = None
        self.seen = 0
        self._label = ""
        self._in_fit = False

    def set_params(self, params: dict) -> None:
        super().set_params(params)
        verbose = params.get("verbose", 1)
        self.verbose = 1 if verbose == "auto" else verbose
        self.epochs = params.get("epochs", 1)
        self.target = params.get("steps")

    def on_train_begin(self, logs=None):
        self._in_fit = True

    def on_train_end(self, logs=None):
        self._in_fit = False

    def on_epoch_begin(self, epoch, logs=None):
        self._start(message("cb_progbar_epoch", epoch=epoch + 1, epochs=self.epochs))

    def on_train_batch_end(self, batch, logs=None):
        self._update(batch, logs)

    def on_epoch_end(self, epoch, logs=None):
        self._finish(logs)

    def on_test_begin(self, logs=None):
        if not self._in_fit:
            self._start(message("cb_progbar_evaluate"))

    def on_test_batch_end(self, batch, logs=None):
        if not self._in_fit:
            self._update(batch, logs)

    def on_test_end(self, logs=None):
        if not self._in_fit:
            self._finish(logs)

    def on_predict_begin(self, logs=None):
        self._start(message("cb_progbar_predict"))

    def on_predict_batch_end(self, batch, logs=None):
        self._update(batch, None)

    def on_predict_end(self, logs=None):
        self._finish(None, line=False)

    def _output(self):
        return self.file if self.file is not None else sys.stdout

    def _start(self, label: str) -> None:
        if self.bar is not None:
            self.bar.close()
        self.bar = None
        self._label = label
        self.seen = 0
        if self.verbose == 1:
            self.bar = tqdm(total=self.target, desc=label, file=self._output(), unit=message("cb_progbar_unit"),
                            leave=True)

    def _update(self, batch: int, logs) -> None:
        self.seen = batch + 1
        if self.bar is None:
            return
        text = _format_logs(logs)
        if text:
            self.bar.set_postfix_str(text, refresh=False)
        self.bar.update(self.seen - self.bar.n)

    def _finish(self, logs, line: bool = True) -> None:
        text = _format_logs(logs)
        if self.bar is not None:
            if self.bar.total is None:
                self.bar.total = self.seen
            if text:
                self.bar.set_postfix_str(text, refresh=False)
            self.bar.update(self.bar.total - self.bar.n)
            self.bar.close()
            self.bar = None
        elif self.verbose == 2 and line:
            print(self._label + (" - " + text if text else ""), file=self._output(), flush=True)


def _format_logs(logs) -> str:
    """``"loss: 0.2134 - accuracy: 0.9100"``: the single numbers of ``logs`` (not ``batch_loss``)."""
    parts = []
    for key, value in (logs or {}).items():
        if key == "batch_loss" or isinstance(value, (list, tuple, dict)):
            continue
        parts.append(f"{key}: {_format_number(value)}")
    return " - ".join(parts)


def _format_number(value) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{number:.4f}" if abs(number) > 1e-3 else f"{number:.4e}"
