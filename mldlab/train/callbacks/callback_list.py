"""``CallbackList``: many callbacks behind one object, so ``fit`` calls each hook once."""

import numbers

import numpy as np

from mldlab.i18n import message
from mldlab.train.callbacks.callback import Callback
from mldlab.train.callbacks.history import History
from mldlab.train.callbacks.progbar import ProgbarLogger


class CallbackList(Callback):
    """Call every hook on every callback, in the order of the list.

    ``fit`` makes one ``CallbackList`` from the ``callbacks=`` argument, adds a ``History`` (and a
    ``ProgbarLogger`` when ``verbose > 0``) at the end, and then calls ``callback_list.on_epoch_end(epoch,
    logs)`` and so on, exactly like one callback.

    Each hook gets a fresh copy of ``logs`` (an empty dict when there are none) whose numbers are plain Python
    floats, shared by the callbacks of that one call: a callback that writes into it (as ``ReduceLROnPlateau``
    writes ``logs["learning_rate"]``) is seen by the callbacks after it, not by the training loop.

    Parameters
    ----------
    callbacks : list of Callback, optional
        The callbacks, called in this order (default: none).
    add_history : bool, optional
        Add a ``History`` at the end unless the list has one already (default: False).
    add_progbar : bool, optional
        Add a ``ProgbarLogger`` at the end unless the list has one already (default: False).
    model : Model, optional
        Given to every callback with ``set_model``; it also gets ``model.history`` (default: None).
    params : dict, optional
        ``{"epochs", "steps", "verbose"}``, given to every callback with ``set_params`` (default: None).

    Attributes
    ----------
    callbacks : list of Callback
    history : History or None
        The ``History`` in the list, if any.
    progbar : ProgbarLogger or None
        The ``ProgbarLogger`` in the list, if any.

    Notes
    -----
    Keras's ``CallbackList`` also sorts the keys of ``logs`` alphabetically; mldlab keeps the order the
    model wrote them in (``loss``, metrics, ``val_`` values, ``learning_rate``), so the progress line reads
    loss first.

    Examples
    --------
    >>> from mldlab.train.callbacks import LambdaCallback
    >>> printer = LambdaCallback(on_epoch_end=lambda epoch, logs: print(epoch, logs))
    >>> callback_list = CallbackList([printer], add_history=True)
    >>> callback_list.callbacks
    [LambdaCallback(), History()]
    >>> callback_list.on_train_begin()
    >>> callback_list.on_epoch_end(0, {"loss": 0.5})
    0 {'loss': 0.5}
    >>> callback_list.history.history
    {'loss': [0.5], 'iteration_loss': [[]]}
    """

    def __init__(self, callbacks=None, add_history=False, add_progbar=False, model=None, params=None):
        super().__init__()
        if isinstance(callbacks, Callback):
            callbacks = [callbacks]
        self.callbacks = []
        self._hook_cache = {}
        self.history = None
        self.progbar = None
        for callback in callbacks or []:
            self._add(callback)
        if self.history is None and add_history:
            self._add(History())
        if self.progbar is None and add_progbar:
            self._add(ProgbarLogger())
        if model is not None:
            self.set_model(model)
        if params is not None:
            self.set_params(params)

    def __repr__(self) -> str:
        return f"CallbackList({self.callbacks!r})"

    def _add(self, callback) -> None:
        if not isinstance(callback, Callback):
            raise TypeError(message("cb_not_callback", type=type(callback).__name__))
        self.callbacks.append(callback)
        self._hook_cache = {}
        if isinstance(callback, History) and self.history is None:
            self.history = callback
        if isinstance(callback, ProgbarLogger) and self.progbar is None:
            self.progbar = callback

    def append(self, callback: Callback) -> None:
        """Add one more callback at the end, giving it the model and the parameters."""
        self._add(callback)
        if self.model is not None:
            callback.set_model(self.model)
        if self.params is not None:
            callback.set_params(self.params)

    def set_model(self, model) -> None:
        """Give the model to every callback, and the ``History`` to the model as ``model.history``."""
        super().set_model(model)
        if self.history is not None:
            model.history = self.history
        for callback in self.callbacks:
            callback.set_model(model)

    def set_params(self, params: dict) -> None:
        """Give the training parameters to every callback."""
        super().set_params(params)
        for callback in self.callbacks:
            callback.set_params(params)

    def on_train_begin(self, logs=None):
        logs = _plain(logs)
        for callback in self.callbacks:
            callback.on_train_begin(logs)

    def on_train_end(self, logs=None):
        logs = _plain(logs)
        for callback in self.callbacks:
            callback.on_train_end(logs)

    def on_epoch_begin(self, epoch, logs=None):
        logs = _plain(logs)
        for callback in self.callbacks:
            callback.on_epoch_begin(epoch, logs)

    def on_epoch_end(self, epoch, logs=None):
        logs = _plain(logs)
        for callback in self.callbacks:
            callback.on_epoch_end(epoch, logs)

    def on_train_batch_begin(self, batch, logs=None):
        callbacks = self._overriding("on_train_batch_begin")
        if callbacks:
            logs = _plain(logs)
            for callback in callbacks:
                callback.on_train_batch_begin(batch, logs)

    def on_train_batch_end(self, batch, logs=None):
        callbacks = self._overriding("on_train_batch_end")
        if callbacks:
            logs = _plain(logs)
            for callback in callbacks:
                callback.on_train_batch_end(batch, logs)

    def _overriding(self, hook: str) -> list:
        """The callbacks that do something in ``hook`` (batch hooks run every batch: skip the no-ops, as Keras)."""
        cached = self._hook_cache.get(hook)
        if cached is None:
            base = getattr(Callback, hook)
            cached = self._hook_cache[hook] = [
                callback for callback in self.callbacks
                if getattr(getattr(callback, hook), "__func__", None) is not base
            ]
        return cached

    def on_test_begin(self, logs=None):
        logs = _plain(logs)
        for callback in self.callbacks:
            callback.on_test_begin(logs)

    def on_test_end(self, logs=None):
        logs = _plain(logs)
        for callback in self.callbacks:
            callback.on_test_end(logs)

    def on_test_batch_begin(self, batch, logs=None):
        callbacks = self._overriding("on_test_batch_begin")
        if callbacks:
            logs = _plain(logs)
            for callback in callbacks:
                callback.on_test_batch_begin(batch, logs)

    def on_test_batch_end(self, batch, logs=None):
        callbacks = self._overriding("on_test_batch_end")
        if callbacks:
            logs = _plain(logs)
            for callback in callbacks:
                callback.on_test_batch_end(batch, logs)

    def on_predict_begin(self, logs=None):
        logs = _plain(logs)
        for callback in self.callbacks:
            callback.on_predict_begin(logs)

    def on_predict_end(self, logs=None):
        logs = _plain(logs)
        for callback in self.callbacks:
            callback.on_predict_end(logs)

    def on_predict_batch_begin(self, batch, logs=None):
        callbacks = self._overriding("on_predict_batch_begin")
        if callbacks:
            logs = _plain(logs)
            for callback in callbacks:
                callback.on_predict_batch_begin(batch, logs)

    def on_predict_batch_end(self, batch, logs=None):
        callbacks = self._overriding("on_predict_batch_end")
        if callbacks:
            logs = _plain(logs)
            for callback in callbacks:
                callback.on_predict_batch_end(batch, logs)


def _plain(logs) -> dict:
    """A copy of ``logs`` in which single numbers (NumPy scalars, 0-d arrays and tensors) are floats; arrays such as
    ``predict``'s ``{"outputs": ...}`` are passed on as they are."""
    plain = {}
    for key, value in (logs or {}).items():
        if isinstance(value, (bool, np.bool_)):
            plain[key] = value
        elif isinstance(value, (numbers.Real, np.number)):
            plain[key] = float(value)
        elif getattr(value, "ndim", None) == 0 and hasattr(value, "item"):
            plain[key] = float(value.item())
        else:
            plain[key] = value
    return plain
