"""``ReduceLROnPlateau``: lower the learning rate when a watched metric stops improving."""

import math

from mldlab.i18n import message
from mldlab.optim.lr_scheduler.base import LRScheduler
from mldlab.optim.optimizer import Optimizer


class ReduceLROnPlateau(LRScheduler):
    """Reduce the learning rate when a metric (e.g. the validation loss) has stopped improving.

    Call ``scheduler.step(metric)`` once per epoch with the value to watch.

    Math
    ----
    ::

        better(a, best) =  a < best·(1 − threshold)   mode='min', threshold_mode='rel'
                           a < best − threshold       mode='min', threshold_mode='abs'
                           a > best·(1 + threshold)   mode='max', threshold_mode='rel'
                           a > best + threshold       mode='max', threshold_mode='abs'
        each step(a):
          (1) if better(a, best): best ← a, bad ← 0        else bad ← bad + 1
          (2) if cooling down: cooldown_counter ← cooldown_counter − 1, bad ← 0
          (3) if bad > patience: for each group, η_new ← max(η · factor, min_lr),
              and η ← η_new if η − η_new > eps; then cooldown_counter ← cooldown, bad ← 0

    Parameters
    ----------
    optimizer : Optimizer
        The optimizer whose learning rates are reduced.
    mode : {'min', 'max'}, optional
        'min' for a metric that should go down (a loss), 'max' for one that should go up (an accuracy)
        (default: 'min').
    factor : float, optional
        The new lr is lr · factor; must be < 1 (default: 0.1).
    patience : int, optional
        The number of epochs without improvement that are tolerated: the lr drops at the
        (patience + 1)-th bad epoch in a row (default: 10).
    threshold : float, optional
        How much better a value must be to count as an improvement (default: 1e-4).
    threshold_mode : {'rel', 'abs'}, optional
        Whether ``threshold`` is relative to ``best`` or absolute (default: 'rel').
    cooldown : int, optional
        The number of epochs after a reduction during which bad epochs are not counted (default: 0).
    min_lr : float or list of float, optional
        The lowest lr, for all groups or one per group (default: 0).
    eps : float, optional
        A reduction smaller than ``eps`` is skipped (default: 1e-8).

    Notes
    -----
    Keras's ``ReduceLROnPlateau`` counts differently: it reduces after ``patience`` bad epochs (PyTorch
    and mldlab after ``patience + 1``), and its ``min_delta`` is an absolute threshold.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.optim import SGD
    >>> from mldlab.optim.lr_scheduler import ReduceLROnPlateau
    >>> optimizer = SGD([mldlab.zeros(2, requires_grad=True)], lr=1.0)
    >>> scheduler = ReduceLROnPlateau(optimizer, patience=1, factor=0.5)
    >>> for val_loss in [1.0, 0.9, 0.95, 0.95, 0.95, 0.8]:
    ...     scheduler.step(val_loss)
    ...     print(scheduler.get_last_lr())
    [1.0]
    [1.0]
    [1.0]
    [0.5]
    [0.5]
    [0.5]
    """

    def __init__(
        self,
        optimizer: Optimizer,
        mode: str = "min",
        factor: float = 0.1,
        patience: int = 10,
        threshold: float = 1e-4,
        threshold_mode: str = "rel",
        cooldown: int = 0,
        min_lr=0,
        eps: float = 1e-8,
    ):
        if factor >= 1.0:
            raise ValueError(message("plateau_factor", value=factor))
        self.factor = factor
        if not isinstance(optimizer, Optimizer):
            raise TypeError(message("sched_optimizer", name="ReduceLROnPlateau", type=type(optimizer).__name__))
        self.optimizer = optimizer
        n_groups = len(optimizer.param_groups)
        if isinstance(min_lr, (list, tuple)):
            if len(min_lr) != n_groups:
                raise ValueError(message("plateau_min_lrs", expected=n_groups, got=len(min_lr)))
            self.default_min_lr = None
            self.min_lrs = list(min_lr)
        else:
            self.default_min_lr = min_lr
            self.min_lrs = [min_lr] * n_groups
        self.patience = patience
        self.cooldown = cooldown
        self.eps = eps
        self.last_epoch = 0
        self._last_lr = self._current_lrs()
        self._set_mode(mode, threshold, threshold_mode)
        self._reset()

    def step(self, metrics) -> None:
        """Record this epoch's metric and reduce the lr if it has not improved for more than ``patience`` epochs.

        Parameters
        ----------
        metrics : float or one-element Tensor
            The value watched, e.g. the validation loss.
        """
        current = float(metrics)
        self.last_epoch += 1
        if self._is_better(current, self.best):  # (1)
            self.best = current
            self.num_bad_epochs = 0
        else:
            self.num_bad_epochs += 1
        if self.in_cooldown:  # (2)
            self.cooldown_counter -= 1
            self.num_bad_epochs = 0
        if self.num_bad_epochs > self.patience:  # (3)
            self._reduce_lr()
            self.cooldown_counter = self.cooldown
            self.num_bad_epochs = 0
        self._last_lr = self._current_lrs()

    @property
    def in_cooldown(self) -> bool:
        """True during the ``cooldown`` epochs after a reduction."""
        return self.cooldown_counter > 0

    def load_state_dict(self, state_dict: dict) -> None:
        super().load_state_dict(state_dict)
        self._set_mode(self.mode, self.threshold, self.threshold_mode)

    def _reduce_lr(self) -> None:
        groups = self.optimizer.param_groups
        if len(groups) != len(self.min_lrs):
            if self.default_min_lr is None:
                raise RuntimeError(message("plateau_groups_changed", groups=len(groups), min_lrs=len(self.min_lrs)))
            self.min_lrs = [self.default_min_lr] * len(groups)
        for group, min_lr in zip(groups, self.min_lrs, strict=True):
            old_lr = float(group["lr"])
            new_lr = max(old_lr * self.factor, min_lr)
            if old_lr - new_lr > self.eps:
                group["lr"] = new_lr

    def _is_better(self, a: float, best: float) -> bool:
        if self.mode == "min" and self.threshold_mode == "rel":
            return a < best * (1.0 - self.threshold)
        if self.mode == "min":
            return a < best - self.threshold
        if self.threshold_mode == "rel":
            return a > best * (self.threshold + 1.0)
        return a > best + self.threshold

    def _set_mode(self, mode: str, threshold: float, threshold_mode: str) -> None:
        if mode not in ("min", "max"):
            raise ValueError(message("plateau_choice", option="mode", choices="('min', 'max')", value=mode))
        if threshold_mode not in ("rel", "abs"):
            raise ValueError(
                message("plateau_choice", option="threshold_mode", choices="('rel', 'abs')", value=threshold_mode)
            )
        self.mode_worse = math.inf if mode == "min" else -math.inf
        self.mode = mode
        self.threshold = threshold
        self.threshold_mode = threshold_mode

    def _reset(self) -> None:
        self.best = self.mode_worse
        self.cooldown_counter = 0
        self.num_bad_epochs = 0
