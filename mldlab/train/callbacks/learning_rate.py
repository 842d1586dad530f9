"""Callbacks that change the learning rate η during ``fit``: a schedule by epoch, or a cut when progress stalls.

Both write η into every parameter group of ``model.optimizer`` (``group["lr"]``), the same place the
``mldlab.optim.lr_scheduler`` schedulers write it, and report the η of the epoch in
``logs["learning_rate"]``.
"""

import inspect
import math
import numbers

import numpy as np

from mldlab.i18n import message
from mldlab.train.callbacks._monitor import MonitorCallback
from mldlab.train.callbacks.callback import Callback, _print


class LearningRateScheduler(Callback):
    """Set the learning rate at the start of each epoch to ``schedule(epoch, lr)``.

    The slides' advice "start with a large η, then make it smaller" as code: ``schedule`` gets the epoch
    (from 0) and the current learning rate and returns the learning rate for this epoch.

    Parameters
    ----------
    schedule : callable
        ``schedule(epoch, lr) -> float``. A function of the epoch alone, ``schedule(epoch)``, works too (the
        older Keras form). It is called once per parameter group, with that group's lr.
    verbose : int, optional
        1 prints the new learning rate each epoch; 0 is silent (default: 0).

    Raises
    ------
    ValueError
        When ``schedule`` returns anything but a finite number >= 0 (e.g. None, because of a missing
        ``return``).

    Notes
    -----
    Keras accepts only a ``float`` from ``schedule`` (an ``int`` such as ``1`` is an error there) and does
    not check for NaN, infinity or a negative value; mldlab accepts any real number and checks those.
    Keras tells the two forms of ``schedule`` apart by calling it with two arguments and retrying with one on
    any ``TypeError``; mldlab reads the function's signature instead, so a ``TypeError`` raised inside the
    schedule is not hidden.

    Examples
    --------
    Keep η for 3 epochs, then halve it each epoch:

    >>> from types import SimpleNamespace
    >>> model = SimpleNamespace(optimizer=SimpleNamespace(param_groups=[{"lr": 0.1}]))   # stands in
    >>> scheduler = LearningRateScheduler(lambda epoch, lr: lr if epoch < 3 else lr * 0.5)
    >>> scheduler.set_model(model)
    >>> lrs = []
    >>> for epoch in range(6):                         # what fit does, by hand
    ...     scheduler.on_epoch_begin(epoch)
    ...     lrs.append(model.optimizer.param_groups[0]["lr"])
    >>> lrs
    [0.1, 0.1, 0.1, 0.05, 0.025, 0.0125]

    With a model: ``model.fit(X, y, epochs=20, callbacks=[LearningRateScheduler(lambda epoch, lr: 0.1 *
    0.9 ** epoch)])``.
    """

    def __init__(self, schedule, verbose: int = 0):
        super().__init__()
        if not callable(schedule):
            raise TypeError(message("cb_schedule_not_callable", type=type(schedule).__name__))
        self.schedule = schedule
        self.verbose = verbose

    def __repr__(self) -> str:
        return f"LearningRateScheduler(schedule={getattr(self.schedule, '__name__', self.schedule)!r})"

    def on_epoch_begin(self, epoch, logs=None):
        groups = _param_groups(self.model, "LearningRateScheduler")
        for group in groups:
            lr = group["lr"]
            new_lr = self._call_schedule(epoch, lr)
            if not _is_learning_rate(new_lr):
                raise ValueError(message("cb_schedule_value", epoch=epoch, lr=lr, value=new_lr))
            group["lr"] = float(new_lr)
        if self.verbose > 0:
            _print(message("cb_schedule_setting", epoch=epoch + 1, lr=groups[0]["lr"]))

    def on_epoch_end(self, epoch, logs=None):
        if logs is not None:
            logs["learning_rate"] = _param_groups(self.model, "LearningRateScheduler")[0]["lr"]

    def _call_schedule(self, epoch, lr):
        try:
            inspect.signature(self.schedule).bind(epoch, lr)
        except TypeError:
            return self.schedule(epoch)
        except ValueError:  # a built-in without a signature
            pass
        return self.schedule(epoch, lr)


class ReduceLROnPlateau(MonitorCallback):
    """Reduce the learning rate when a metric has stopped improving.

    When the loss stops falling, the steps may be too large to get further down the valley: a smaller η
    often helps. ``ReduceLROnPlateau`` watches ``monitor`` and, after ``patience`` epochs without
    improvement, multiplies η by ``factor``; then it waits ``cooldown`` epochs before watching again.

    Math
    ----
    At the end of each epoch, with v = ``logs[monitor]`` ("improves" as in ``MonitorCallback``, with
    δ = ``min_delta``)::

        (1) if in cooldown:            cooldown_counter ← cooldown_counter − 1,  wait ← 0
        (2) if v improves on best:     best ← v,  wait ← 0
        (3) elif not in cooldown:      wait ← wait + 1
                if wait ≥ patience and η > min_lr:
                    η ← max(η · factor, min_lr),  cooldown_counter ← cooldown,  wait ← 0

    Parameters
    ----------
    monitor : str, optional
        The quantity to watch (default: ``"val_loss"``).
    factor : float, optional
        The factor η is multiplied by, in [0, 1) (default: 0.1).
    patience : int, optional
        Epochs without improvement before η is reduced (default: 10).
    verbose : int, optional
        1 prints a message when η is reduced (default: 0).
    mode : {"auto", "min", "max"}, optional
        Whether lower or higher is better; ``"auto"`` reads it from the name (default: ``"auto"``).
    min_delta : float, optional
        The smallest change that counts as an improvement (default: 1e-4).
    cooldown : int, optional
        Epochs after a reduction during which ``wait`` stays 0 (default: 0).
    min_lr : float, optional
        The lower bound of η (default: 0.0).

    Raises
    ------
    ValueError
        When ``factor`` is 1.0 or more (that would not reduce η) or negative.

    Notes
    -----
    As in Keras 3: the cooldown counter is decreased at the start of the epoch's check, so ``cooldown=c``
    leaves c − 1 epochs in which ``wait`` cannot grow (``cooldown=1`` changes nothing); η is compared with
    ``min_lr`` in float32 (Keras stores η in float32), so an η that differs from ``min_lr`` only by rounding
    is not reduced again; when η is already at ``min_lr``, ``wait`` is not reset; and
    ``logs["learning_rate"]`` is the η *used* in this epoch (before any reduction). Keras accepts a negative
    ``factor``; mldlab refuses it. PyTorch's ``mldlab.optim.lr_scheduler.ReduceLROnPlateau`` is the same
    idea with PyTorch's rules (``threshold`` relative by default, ``step(metric)`` called by hand).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> model = SimpleNamespace(optimizer=SimpleNamespace(param_groups=[{"lr": 0.1}]))   # stands in
    >>> reduce_lr = ReduceLROnPlateau(monitor="val_loss", factor=0.5, patience=2)
    >>> reduce_lr.set_model(model)
    >>> reduce_lr.on_train_begin()
    >>> used = []
    >>> for epoch, val_loss in enumerate([1.0, 0.8, 0.8, 0.8, 0.8, 0.8, 0.7]):   # what fit does, by hand
    ...     logs = {"val_loss": val_loss}
    ...     reduce_lr.on_epoch_end(epoch, logs)
    ...     used.append(logs["learning_rate"])
    >>> used
    [0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.025]
    """

    def __init__(self, monitor: str = "val_loss", factor: float = 0.1, patience: int = 10, verbose: int = 0,
                 mode: str = "auto", min_delta: float = 1e-4, cooldown: int = 0, min_lr: float = 0.0):
        if not 0 <= factor < 1.0:
            raise ValueError(message("cb_factor", value=factor))
        super().__init__(monitor, mode, min_delta=min_delta)
        self._check_whole_numbers(patience=patience, cooldown=cooldown)
        self._check_numbers(low=0, min_lr=min_lr)
        self.factor = factor
        self.patience = patience
        self.verbose = verbose
        self.cooldown = cooldown
        self.min_lr = min_lr
        self.cooldown_counter = 0
        self.wait = 0

    def __repr__(self) -> str:
        return f"ReduceLROnPlateau(monitor={self.monitor!r}, factor={self.factor}, patience={self.patience})"

    def in_cooldown(self) -> bool:
        """Whether the callback is in its cooldown, after a reduction."""
        return self.cooldown_counter > 0

    def on_train_begin(self, logs=None):
        self.best = None
        self.cooldown_counter = 0
        self.wait = 0

    def on_epoch_end(self, epoch, logs=None):
        if self.monitor_op is None:
            self._set_monitor_op()
        logs = logs if logs is not None else {}
        groups = _param_groups(self.model, "ReduceLROnPlateau")
        logs["learning_rate"] = groups[0]["lr"]
        current = self._get_monitor_value(logs)
        if current is None:
            return
        if self.in_cooldown():  # (1)
            self.cooldown_counter -= 1
            self.wait = 0
        if self._is_improvement(current, self.best):  # (2)
            self.best = current
            self.wait = 0
        elif not self.in_cooldown():  # (3)
            self.wait += 1
            if self.wait >= self.patience:
                reduced = False
                for group in groups:
                    if np.float32(group["lr"]) > np.float32(self.min_lr):
                        group["lr"] = max(group["lr"] * self.factor, self.min_lr)
                        reduced = True
                if reduced:
                    if self.verbose > 0:
                        _print(message("cb_reduce_lr", epoch=epoch + 1, lr=groups[0]["lr"]))
                    self.cooldown_counter = self.cooldown
                    self.wait = 0


def _param_groups(model, name: str) -> list:
    """``model.optimizer.param_groups``, or an error that says to compile the model."""
    groups = getattr(getattr(model, "optimizer", None), "param_groups", None)
    if not groups:
        raise RuntimeError(message("cb_no_optimizer", name=name))
    return groups


def _is_learning_rate(value) -> bool:
    """A real number (not True/False), finite and >= 0."""
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and math.isfinite(value) and value >= 0
