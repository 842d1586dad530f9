"""``LambdaCallback``: a callback made from plain functions, without writing a class."""

from mldlab.i18n import message
from mldlab.train.callbacks.callback import Callback

# The hooks and the arguments their functions receive.
_HOOKS = {
    "on_epoch_begin": "epoch, logs", "on_epoch_end": "epoch, logs",
    "on_train_begin": "logs", "on_train_end": "logs",
    "on_train_batch_begin": "batch, logs", "on_train_batch_end": "batch, logs",
    "on_test_begin": "logs", "on_test_end": "logs",
    "on_test_batch_begin": "batch, logs", "on_test_batch_end": "batch, logs",
    "on_predict_begin": "logs", "on_predict_end": "logs",
    "on_predict_batch_begin": "batch, logs", "on_predict_batch_end": "batch, logs",
}


class LambdaCallback(Callback):
    """Run your own functions at the moments of training, e.g. print or plot something after each epoch.

    Each function replaces one hook and receives what that hook receives: ``on_epoch_begin`` and
    ``on_epoch_end`` get ``(epoch, logs)``, ``on_train_begin`` and ``on_train_end`` get ``(logs)``,
    ``on_train_batch_begin`` and ``on_train_batch_end`` get ``(batch, logs)``. The other hooks
    (``on_test_…``, ``on_predict_…``) can be given by name as keyword arguments.

    Parameters
    ----------
    on_epoch_begin, on_epoch_end : callable, optional
        ``f(epoch, logs)``, at the start / end of each epoch (default: None, nothing).
    on_train_begin, on_train_end : callable, optional
        ``f(logs)``, before the first / after the last epoch (default: None).
    on_train_batch_begin, on_train_batch_end : callable, optional
        ``f(batch, logs)``, around each training batch (default: None).
    **hooks : callable
        Any other hook, by its name, e.g. ``on_test_end=lambda logs: print(logs)``.

    Raises
    ------
    TypeError
        For a name that is not a hook (a typo such as ``on_epoch_ends``), or a value that is not a function.

    Notes
    -----
    Keras accepts any keyword argument silently (a misspelt hook is never called); mldlab refuses it.

    Examples
    --------
    >>> printer = LambdaCallback(on_epoch_end=lambda epoch, logs: print(f"epoch {epoch + 1}: loss {logs['loss']}"))
    >>> for epoch, loss in enumerate([0.9, 0.5]):     # what fit does, by hand
    ...     printer.on_epoch_end(epoch, {"loss": loss})
    epoch 1: loss 0.9
    epoch 2: loss 0.5

    With a model: ``model.fit(X, y, epochs=10, callbacks=[printer])``.
    """

    def __init__(self, on_epoch_begin=None, on_epoch_end=None, on_train_begin=None, on_train_end=None,
                 on_train_batch_begin=None, on_train_batch_end=None, **hooks):
        super().__init__()
        named = {"on_epoch_begin": on_epoch_begin, "on_epoch_end": on_epoch_end, "on_train_begin": on_train_begin,
                 "on_train_end": on_train_end, "on_train_batch_begin": on_train_batch_begin,
                 "on_train_batch_end": on_train_batch_end}
        for name, function in {**named, **hooks}.items():
            if name not in _HOOKS:
                raise TypeError(message("cb_lambda_unknown_hook", name=name, hooks=", ".join(_HOOKS)))
            if function is None:
                continue
            if not callable(function):
                raise TypeError(message("cb_lambda_not_callable", name=name, type=type(function).__name__,
                                        args=_HOOKS[name]))
            setattr(self, name, function)
