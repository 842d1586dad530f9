"""Schedulers that multiply the learning rate by γ: ``StepLR``, ``MultiStepLR``, ``ExponentialLR``.

    StepLR          η_t = η₀ · γ^⌊t / step_size⌋
    MultiStepLR     η_t = η₀ · γ^(number of milestones ≤ t)
    ExponentialLR   η_t = η₀ · γᵗ

Like PyTorch, each computes η_t from η_{t−1} (the lr now in the optimizer), so it can be combined with other
changes to ``group['lr']``.
"""

from collections import Counter

from mldlab.i18n import message
from mldlab.optim.lr_scheduler.base import LRScheduler
from mldlab.optim.optimizer import Optimizer


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


class MultiStepLR(LRScheduler):
    """Multiply the learning rate by γ at each of the given epochs (the milestones).

    Math
    ----
    ::

        η_t = η_{t−1} · γᵏ   if t is a milestone given k times (usually k = 1)
        η_t = η_{t−1}       otherwise
        (so η_t = η₀ · γ^(number of milestones ≤ t) when nothing else changes the lr)

    Parameters
    ----------
    optimizer : Optimizer
        The optimizer whose learning rates are scheduled.
    milestones : list of int
        The epochs at which the lr drops, e.g. ``[30, 80]``.
    gamma : float, optional
        γ, the factor applied at each milestone (default: 0.1).
    last_epoch : int, optional
        The index of the last epoch, to resume a schedule (default: -1, a new schedule).

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.optim import SGD
    >>> from mldlab.optim.lr_scheduler import MultiStepLR
    >>> optimizer = SGD([mldlab.zeros(2, requires_grad=True)], lr=1.0)
    >>> scheduler = MultiStepLR(optimizer, milestones=[2, 4], gamma=0.5)
    >>> lrs = []
    >>> for epoch in range(6):
    ...     lrs.append(scheduler.get_last_lr()[0])
    ...     optimizer.step()
    ...     scheduler.step()
    >>> lrs
    [1.0, 1.0, 0.5, 0.5, 0.25, 0.25]
    """

    def __init__(self, optimizer: Optimizer, milestones, gamma: float = 0.1, last_epoch: int = -1):
        self.milestones = Counter(milestones)
        self.gamma = gamma
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list:
        if self.last_epoch not in self.milestones:
            return self._current_lrs()
        return [lr * self.gamma ** self.milestones[self.last_epoch] for lr in self._current_lrs()]


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
