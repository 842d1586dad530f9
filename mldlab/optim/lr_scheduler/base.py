"""The base of the epoch-based learning-rate schedulers: ``LRScheduler``.

A scheduler holds an optimizer and rewrites ``group['lr']`` of each parameter group; each subclass writes
``get_lr()``, the learning rates for epoch ``last_epoch``.
"""

import copy

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
