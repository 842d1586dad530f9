"""Cosine schedules: ``CosineAnnealingLR`` (half a cosine from η₀ down to η_min) and
``CosineAnnealingWarmRestarts`` (SGDR: the same curve, restarted every T_i epochs).

    η_t = η_min + (η₀ − η_min) · (1 + cos(π·t / T)) / 2
"""

import math

from mldlab.i18n import message
from mldlab.optim.lr_scheduler.base import LRScheduler
from mldlab.optim.optimizer import Optimizer


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


class CosineAnnealingWarmRestarts(LRScheduler):
    """SGDR: the cosine curve from η₀ down to η_min, restarted every T_i epochs, with T_i growing by T_mult.

    Math
    ----
    ::

        (1) η = η_min + (η₀ − η_min) · (1 + cos(π·T_cur / T_i)) / 2
        (2) step():       T_cur ← T_cur + 1;  if T_cur ≥ T_i: T_cur ← T_cur − T_i, T_i ← T_i · T_mult
        (3) step(epoch):  for T_mult = 1, T_cur = epoch mod T_0; otherwise the restart n before ``epoch`` is
                          n = ⌊log_T_mult(epoch/T_0 · (T_mult − 1) + 1)⌋, T_cur = epoch − T_0·(T_multⁿ − 1)/(T_mult − 1)
                          and T_i = T_0 · T_multⁿ (``epoch`` may be fractional: call it every batch)

    Parameters
    ----------
    optimizer : Optimizer
        The optimizer whose learning rates are scheduled.
    T_0 : int
        The number of epochs until the first restart.
    T_mult : int, optional
        The factor by which T_i grows after each restart (default: 1).
    eta_min : float, optional
        η_min, the lowest learning rate (default: 0.0).
    last_epoch : int, optional
        The index of the last epoch, to resume a schedule (default: -1, a new schedule).

    References
    ----------
    Loshchilov, Hutter. SGDR: Stochastic Gradient Descent with Warm Restarts. ICLR 2017.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.optim import SGD
    >>> from mldlab.optim.lr_scheduler import CosineAnnealingWarmRestarts
    >>> optimizer = SGD([mldlab.zeros(2, requires_grad=True)], lr=1.0)
    >>> scheduler = CosineAnnealingWarmRestarts(optimizer, T_0=2, T_mult=2)
    >>> lrs = []
    >>> for epoch in range(7):
    ...     lrs.append(round(scheduler.get_last_lr()[0], 4))
    ...     optimizer.step()
    ...     scheduler.step()
    >>> lrs
    [1.0, 0.5, 1.0, 0.8536, 0.5, 0.1464, 1.0]
    """

    def __init__(self, optimizer: Optimizer, T_0: int, T_mult: int = 1, eta_min: float = 0.0,  # noqa: N803
                 last_epoch: int = -1):
        name = "CosineAnnealingWarmRestarts"
        if not isinstance(T_0, int) or isinstance(T_0, bool) or T_0 <= 0:
            raise ValueError(message("sched_positive_int", name=name, option="T_0", value=T_0))
        if not isinstance(T_mult, int) or isinstance(T_mult, bool) or T_mult < 1:
            raise ValueError(message("sched_t_mult", value=T_mult))
        if not isinstance(eta_min, (float, int)):
            raise ValueError(message("sched_number", name=name, option="eta_min", value=eta_min))
        self.T_0 = T_0
        self.T_i = T_0
        self.T_mult = T_mult
        self.eta_min = eta_min
        self.T_cur = last_epoch
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list:
        return [self.eta_min + (eta_0 - self.eta_min) * (1 + math.cos(math.pi * self.T_cur / self.T_i)) / 2  # (1)
                for eta_0 in self.base_lrs]

    def step(self, epoch=None) -> None:
        """Move to the next epoch, or to ``epoch`` (a whole or fractional number of epochs since the start)."""
        if epoch is None and self.last_epoch < 0:
            epoch = 0
        if epoch is None:  # (2)
            epoch = self.last_epoch + 1
            self.T_cur = self.T_cur + 1
            if self.T_cur >= self.T_i:
                self.T_cur = self.T_cur % self.T_i
                self.T_i = self.T_i * self.T_mult
        elif epoch < 0:
            raise ValueError(message("sched_epoch", value=epoch))
        elif epoch >= self.T_0:  # (3)
            if self.T_mult == 1:
                self.T_cur = epoch % self.T_0
            else:
                n = int(math.log((epoch / self.T_0 * (self.T_mult - 1) + 1), self.T_mult))
                self.T_cur = epoch - self.T_0 * (self.T_mult**n - 1) / (self.T_mult - 1)
                self.T_i = self.T_0 * self.T_mult**n
        else:
            self.T_i = self.T_0
            self.T_cur = epoch
        self.last_epoch = math.floor(epoch)
        for group, lr in zip(self.optimizer.param_groups, self.get_lr(), strict=True):
            group["lr"] = lr
        self._last_lr = self._current_lrs()
