"""``LambdaLR``: the learning rate is η₀ times a function of the epoch that you write.

    η_t = η₀ · λ(t)

A warm-up over 5 epochs, for example, is ``LambdaLR(optimizer, lambda epoch: min(1.0, (epoch + 1) / 5))``.
"""

import types

from mldlab.i18n import message
from mldlab.optim.lr_scheduler.base import LRScheduler
from mldlab.optim.optimizer import Optimizer


class LambdaLR(LRScheduler):
    """Set each group's learning rate to η₀ · λ(t), with λ a function of the epoch t.

    Parameters
    ----------
    optimizer : Optimizer
        The optimizer whose learning rates are scheduled.
    lr_lambda : callable or list of callables
        λ(t), one for all groups or one per parameter group.
    last_epoch : int, optional
        The index of the last epoch, to resume a schedule (default: -1, a new schedule).

    Notes
    -----
    ``state_dict()`` keeps the state of callable objects (their ``__dict__``) but not functions or lambdas,
    which cannot be saved; ``load_state_dict`` therefore keeps the functions the scheduler was made with.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.optim import SGD
    >>> from mldlab.optim.lr_scheduler import LambdaLR
    >>> optimizer = SGD([mldlab.zeros(2, requires_grad=True)], lr=1.0)
    >>> scheduler = LambdaLR(optimizer, lr_lambda=lambda epoch: 0.5 ** epoch)
    >>> for epoch in range(3):
    ...     optimizer.step()
    ...     scheduler.step()
    >>> scheduler.get_last_lr()
    [0.125]
    """

    def __init__(self, optimizer: Optimizer, lr_lambda, last_epoch: int = -1):
        self.optimizer = optimizer
        n_groups = len(getattr(optimizer, "param_groups", ()))
        if isinstance(lr_lambda, (list, tuple)):
            if len(lr_lambda) != n_groups:
                raise ValueError(message("sched_per_group", name="LambdaLR", option="lr_lambda",
                                         expected=n_groups, got=len(lr_lambda)))
            self.lr_lambdas = list(lr_lambda)
        else:
            self.lr_lambdas = [lr_lambda] * n_groups
        super().__init__(optimizer, last_epoch)

    def get_lr(self) -> list:
        return [eta_0 * lr_lambda(self.last_epoch) for lr_lambda, eta_0 in zip(self.lr_lambdas, self.base_lrs,
                                                                              strict=True)]

    def state_dict(self) -> dict:
        state = {key: value for key, value in self.__dict__.items() if key not in ("optimizer", "lr_lambdas")}
        state["lr_lambdas"] = [None if isinstance(f, types.FunctionType) else f.__dict__.copy()
                               for f in self.lr_lambdas]
        return state

    def load_state_dict(self, state_dict: dict) -> None:
        state = {key: value for key, value in state_dict.items() if key != "lr_lambdas"}
        super().load_state_dict(state)
        for lr_lambda, saved in zip(self.lr_lambdas, state_dict["lr_lambdas"], strict=True):
            if saved is not None:
                lr_lambda.__dict__.update(saved)
