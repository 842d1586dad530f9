"""Learning-rate schedulers: change η during training, as PyTorch's ``torch.optim.lr_scheduler`` does.

A scheduler holds an optimizer and rewrites ``group['lr']`` of each parameter group. Call
``scheduler.step()`` once per epoch, *after* ``optimizer.step()``:

    for epoch in range(n_epochs):
        train_one_epoch(model, optimizer)        # optimizer.step() inside
        scheduler.step()                         # η for the next epoch

The schedules, for an initial learning rate η₀ (``initial_lr``) and epoch t (``last_epoch``):

    StepLR              η_t = η₀ · γ^⌊t / step_size⌋
    ExponentialLR       η_t = η₀ · γᵗ
    CosineAnnealingLR   η_t = η_min + (η₀ − η_min) · (1 + cos(π·t / T_max)) / 2
    ReduceLROnPlateau   η ← max(η · factor, min_lr) when a metric stops improving

Like PyTorch, StepLR, ExponentialLR and CosineAnnealingLR compute η_t from η_{t−1} (the lr now in the
optimizer), so they can be combined with other changes to ``group['lr']``.
"""

import copy
import math

from mldlab.i18n import message
from mldlab.optim.optimizer import Optimizer


class LRScheduler:
    """Base class of the epoch-based schedulers: ``step()`` moves to the next epoch and sets each group's lr.

    On construction (with ``last_epoch=-1``) each parameter group gets ``'initial_lr'``, its current lr,
    which becomes ``base_lrs``; then ``step()`` runs once, so ``last_epoch`` starts at 0.

    Parameters
    ----------
    optimizer : Optimizer
        The optimizer whose learning rates are scheduled.
    last_epoch : int, optional
        The index of the last epoch; -1 (the default) starts a new schedule. To resume, pass the saved
        epoch to an optimizer whose groups already have ``'initial_lr'`` (default: -1).

    Attributes
    ----------
    base_lrs : list of float
        η₀ of each group.
    last_epoch : int
        The number of ``step()`` calls since the start (the epoch whose lr is now set).
    """

    def __init__(self, optimizer: Optimizer, last_epoch: int = -1):
        name = type(self).__name__
        if not isinstance(optimizer, Optimizer):
            raise TypeError(message("sched_optimizer", name=name, type=type(optimizer).__name__))
        self.optimizer = optimizer
        if last_epoch == -1:
            for group in optimizer.param_groups:
                group.setdefault("initial_lr", group["lr"])
        else:
            for i, group in enumerate(optimizer.param_groups):
                if "initial_lr" not in group:
                    raise KeyError(message("sched_initial_lr", name=name, index=i, last_epoch=last_epoch))
        self.base_lrs = [group["initial_lr"] for group in optimizer.param_groups]
        self.last_epoch = last_epoch
        self._step_count = 0
        self._is_initial = True
        self.step()
        self._is_initial = False

    def get_lr(self) -> list:
        """The learning rate of each group for epoch ``last_epoch`` (written by each scheduler)."""
        raise NotImplementedError

    def step(self) -> None:
        """Move to the next epoch: ``last_epoch += 1`` and set each group's lr to the scheduled value."""
        self._step_count += 1
        self.last_epoch += 1
        for group, lr in zip(self.optimizer.param_groups, self.get_lr(), strict=True):
            group["lr"] = lr
        self._last_lr = [group["lr"] for group in self.optimizer.param_groups]

    def get_last_lr(self) -> list:
        """The learning rates set by the last ``step()``, one per parameter group."""
        return self._last_lr

    def state_dict(self) -> dict:
        """Everything the scheduler keeps, except the optimizer (save that with its own ``state_dict``)."""
        return {key: value for key, value in self.__dict__.items() if key != "optimizer"}

    def load_state_dict(self, state_dict: dict) -> None:
        """Take over the state saved by ``state_dict()`` (a copy of it)."""
        self.__dict__.update(copy.deepcopy(state_dict))

    def _current_lrs(self) -> list:
        return [group["lr"] for group in self.optimizer.param_groups]


class StepLR(LRScheduler):
    """Multiply the learning rate by γ every ``step_size`` epochs.

    Math
    ----
    ::

        η_t = η_{t−1} · γ   if t > 0 and t is a multiple of step_size
        η_t = η_{t−1}       otherwise
        (so η_t = η₀ · γ^⌊t / step_size⌋ when nothing else changes the lr)

    Parameters
    ----------
    optimizer : Optimizer
        The optimizer whose learning rates are scheduled.
    step_size : int
        The number of epochs between two decays.
    gamma : float, optional
        γ, the factor applied at each decay (default: 0.1).
    last_epoch : int, optional
        The index of the last epoch, to resume a schedule (default: -1, a new schedule).

    Notes
    -----
    mldlab checks that ``step_size`` is a positive integer when the scheduler is made; PyTorch
    accepts 0 and fails at the second ``step()`` with a division by zero.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.optim import SGD
    >>> from mldlab.optim.lr_scheduler import StepLR
    >>> optimizer = SGD([mldlab.zeros(2, requires_grad=True)], lr=1.0)
    >>> scheduler = StepLR(optimizer, step_size=2, gamma=0.5)
    >>> lrs = []
    >>> for epoch in range(6):
    ...     lrs.append(scheduler.get_last_lr()[0])
    ...     optimizer.step()
    ...     scheduler.step()
    >>> lrs
    [1.0, 1.0, 0.5, 0.5, 0.25, 0.25]
    """

    def __init__(self, optimizer: Optimizer, step_size: int, gamma: float = 0.1, last_epoch: int = -1):
        if not (isinstance(step_size, int) and step_size > 0):
            raise ValueError(message("sched_positive_int", name="StepLR", option="step_size", value=step_size))
        self.step_size = step_size
        self.gamma = gamma
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list:
        if self.last_epoch == 0 or self.last_epoch % self.step_size != 0:
            return self._current_lrs()
        return [lr * self.gamma for lr in self._current_lrs()]


class ExponentialLR(LRScheduler):
    """Multiply the learning rate by γ every epoch.

    Math
    ----
    ::

        η_t = η_{t−1} · γ        (so η_t = η₀ · γᵗ when nothing else changes the lr)

    Parameters
    ----------
    optimizer : Optimizer
        The optimizer whose learning rates are scheduled.
    gamma : float
        γ, the factor applied each epoch.
    last_epoch : int, optional
        The index of the last epoch, to resume a schedule (default: -1, a new schedule).

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.optim import SGD
    >>> from mldlab.optim.lr_scheduler import ExponentialLR
    >>> optimizer = SGD([mldlab.zeros(2, requires_grad=True)], lr=1.0)
    >>> scheduler = ExponentialLR(optimizer, gamma=0.5)
    >>> for epoch in range(3):
    ...     optimizer.step()
    ...     scheduler.step()
    >>> scheduler.get_last_lr()
    [0.125]
    """

    def __init__(self, optimizer: Optimizer, gamma: float, last_epoch: int = -1):
        self.gamma = gamma
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list:
        if self._is_initial:
            return self._current_lrs()
        return [lr * self.gamma for lr in self._current_lrs()]


class CosineAnnealingLR(LRScheduler):
    """Lower the learning rate from η₀ to η_min along half a cosine over ``T_max`` epochs.

    Math
    ----
    The schedule (SGDR without restarts) is

    ::

        η_t = η_min + (η₀ − η_min) · (1 + cos(π·t / T_max)) / 2

    Like PyTorch, ``step()`` computes it from the previous lr (so that other changes to the lr carry
    over), with one of two lines:

    ::

        (1) η_t = η_min + (η_{t−1} − η_min) · (1 + cos(π·t / T_max)) / (1 + cos(π·(t − 1) / T_max))
        (2) η_t = η_{t−1} + (η₀ − η_min) · (1 − cos(π / T_max)) / 2
                  when (t − 1 − T_max) is a multiple of 2·T_max, where (1) would divide by zero

    Both give the closed form above, up to rounding. After ``T_max`` epochs the lr rises again (the
    cosine goes on), as in PyTorch.

    Parameters
    ----------
    optimizer : Optimizer
        The optimizer whose learning rates are scheduled.
    T_max : int
        The number of epochs from η₀ down to η_min.
    eta_min : float, optional
        η_min, the lowest learning rate (default: 0.0).
    last_epoch : int, optional
        The index of the last epoch, to resume a schedule (default: -1, a new schedule).

    Notes
    -----
    mldlab checks that ``T_max`` is a positive integer; PyTorch fails later with a division by zero.

    References
    ----------
    Loshchilov, Hutter. SGDR: Stochastic Gradient Descent with Warm Restarts. ICLR 2017.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.optim import SGD
    >>> from mldlab.optim.lr_scheduler import CosineAnnealingLR
    >>> optimizer = SGD([mldlab.zeros(2, requires_grad=True)], lr=1.0)
    >>> scheduler = CosineAnnealingLR(optimizer, T_max=4)
    >>> lrs = []
    >>> for epoch in range(5):
    ...     lrs.append(round(scheduler.get_last_lr()[0], 4))
    ...     optimizer.step()
    ...     scheduler.step()
    >>> lrs
    [1.0, 0.8536, 0.5, 0.1464, 0.0]
    """

    def __init__(self, optimizer: Optimizer, T_max: int, eta_min: float = 0.0, last_epoch: int = -1):  # noqa: N803
        if not (isinstance(T_max, int) and T_max > 0):
            raise ValueError(message("sched_positive_int", name="CosineAnnealingLR", option="T_max", value=T_max))
        self.T_max = T_max
        self.eta_min = eta_min
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list:
        t, T, eta_min = self.last_epoch, self.T_max, self.eta_min  # noqa: N806
        if self._is_initial:
            return self._current_lrs()
        if (t - 1 - T) % (2 * T) == 0:
            return [
                lr + (eta_0 - eta_min) * (1 - math.cos(math.pi / T)) / 2  # (2)
                for eta_0, lr in zip(self.base_lrs, self._current_lrs(), strict=True)
            ]
        return [
            (1 + math.cos(math.pi * t / T)) / (1 + math.cos(math.pi * (t - 1) / T)) * (lr - eta_min) + eta_min  # (1)
            for lr in self._current_lrs()
        ]


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
