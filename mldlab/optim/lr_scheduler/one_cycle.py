"""``OneCycleLR``: one cycle per training run, the learning rate up to max_lr and back down, stepped every batch.

The 1cycle policy (Smith and Topin): a warm-up from η_max/div_factor to η_max over the first pct_start of the
steps, then annealing down to η_max/(div_factor·final_div_factor); momentum moves the opposite way, between
max_momentum and base_momentum.

    two phases (default)               three phases (three_phase=True)
    (1) initial_lr → max_lr            (1) initial_lr → max_lr
    (2) max_lr → min_lr                (2) max_lr → initial_lr
                                       (3) initial_lr → min_lr

with initial_lr = max_lr / div_factor, min_lr = initial_lr / final_div_factor, and within each phase,
for pct ∈ [0, 1] the fraction of the phase done:

    cos:     η = end + (start − end)/2 · (1 + cos(π·pct))
    linear:  η = start + (end − start) · pct
"""

import math

from mldlab.i18n import message
from mldlab.optim.lr_scheduler.base import LRScheduler
from mldlab.optim.optimizer import Optimizer


def _per_group(name: str, optimizer: Optimizer, value) -> list:
    """``value`` for every parameter group: a list of one per group, or one value repeated."""
    n_groups = len(optimizer.param_groups)
    if isinstance(value, (list, tuple)):
        if len(value) != n_groups:
            raise ValueError(message("sched_per_group", name="OneCycleLR", option=name, expected=n_groups,
                                     got=len(value)))
        return list(value)
    return [value] * n_groups


class OneCycleLR(LRScheduler):
    """The 1cycle learning-rate policy (and momentum in the opposite direction); call ``step()`` after every batch.

    Parameters
    ----------
    optimizer : Optimizer
        The optimizer whose learning rates (and momentum) are scheduled.
    max_lr : float or list of float
        The peak learning rate, for all groups or one per group.
    total_steps : int, optional
        The number of steps in the cycle; or give ``epochs`` and ``steps_per_epoch`` (total = their product).
    epochs, steps_per_epoch : int, optional
    pct_start : float, optional
        The fraction of the steps spent raising the lr (default: 0.3).
    anneal_strategy : {'cos', 'linear'}, optional
        The shape of each phase (default: 'cos').
    cycle_momentum : bool, optional
        Move the momentum (SGD's ``momentum``, Adam's β1) inversely to the lr (default: True).
    base_momentum, max_momentum : float or list of float, optional
        The momentum at the lr's peak and at its ends (defaults: 0.85 and 0.95).
    div_factor : float, optional
        initial_lr = max_lr / div_factor (default: 25.0).
    final_div_factor : float, optional
        min_lr = initial_lr / final_div_factor (default: 1e4).
    three_phase : bool, optional
        Add a phase back down to initial_lr before the final one (default: False).
    last_epoch : int, optional
        The index of the last step, to resume a schedule (default: -1, a new schedule).

    References
    ----------
    Smith, Topin. Super-Convergence: Very Fast Training of Neural Networks Using Large Learning Rates. 2018.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.optim import SGD
    >>> from mldlab.optim.lr_scheduler import OneCycleLR
    >>> optimizer = SGD([mldlab.zeros(2, requires_grad=True)], lr=0.1, momentum=0.9)
    >>> scheduler = OneCycleLR(optimizer, max_lr=1.0, total_steps=10)
    >>> lrs = []
    >>> for step in range(10):
    ...     lrs.append(round(scheduler.get_last_lr()[0], 3))
    ...     optimizer.step()
    ...     scheduler.step()
    >>> lrs
    [0.04, 0.52, 1.0, 0.95, 0.812, 0.611, 0.389, 0.188, 0.05, 0.0]
    """

    def __init__(self, optimizer: Optimizer, max_lr, total_steps: int | None = None, epochs: int | None = None,
                 steps_per_epoch: int | None = None, pct_start: float = 0.3, anneal_strategy: str = "cos",
                 cycle_momentum: bool = True, base_momentum=0.85, max_momentum=0.95, div_factor: float = 25.0,
                 final_div_factor: float = 1e4, three_phase: bool = False, last_epoch: int = -1):
        if not isinstance(optimizer, Optimizer):
            raise TypeError(message("sched_optimizer", name="OneCycleLR", type=type(optimizer).__name__))
        self.optimizer = optimizer
        self.total_steps = _total_steps(total_steps, epochs, steps_per_epoch)
        self._schedule_phases = _phases(self.total_steps, pct_start, three_phase)
        if not isinstance(pct_start, float) or not 0 <= pct_start <= 1:
            raise ValueError(message("sched_pct_start", value=pct_start))
        if anneal_strategy not in ("cos", "linear"):
            raise ValueError(message("sched_anneal", value=anneal_strategy))
        self._anneal_func_type = anneal_strategy
        max_lrs = _per_group("max_lr", optimizer, max_lr)
        if last_epoch == -1:
            for peak, group in zip(max_lrs, optimizer.param_groups, strict=True):
                group["initial_lr"] = peak / div_factor
                group["max_lr"] = peak
                group["min_lr"] = group["initial_lr"] / final_div_factor
        self.cycle_momentum = cycle_momentum
        if cycle_momentum:
            if "momentum" not in optimizer.defaults and "betas" not in optimizer.defaults:
                raise ValueError(message("sched_cycle_momentum", type=type(optimizer).__name__))
            self.use_beta1 = "betas" in optimizer.defaults
            highs = _per_group("max_momentum", optimizer, max_momentum)
            lows = _per_group("base_momentum", optimizer, base_momentum)
            if last_epoch == -1:
                for high, low, group in zip(highs, lows, optimizer.param_groups, strict=True):
                    self._set_momentum(group, high)
                    group["max_momentum"] = high
                    group["base_momentum"] = low
        super().__init__(optimizer, last_epoch)

    def _set_momentum(self, group: dict, value: float) -> None:
        if self.use_beta1:
            group["betas"] = (value, *group["betas"][1:])
        else:
            group["momentum"] = value

    def _anneal(self, start: float, end: float, pct: float) -> float:
        if self._anneal_func_type == "cos":
            return end + (start - end) / 2.0 * (math.cos(math.pi * pct) + 1)
        return (end - start) * pct + start

    def get_lr(self) -> list:
        step = self.last_epoch
        if step > self.total_steps:
            raise ValueError(message("sched_one_cycle_done", step=step, total=self.total_steps))
        lrs = []
        for group in self.optimizer.param_groups:
            start_step = 0.0
            for i, phase in enumerate(self._schedule_phases):
                end_step = phase["end_step"]
                if step <= end_step or i == len(self._schedule_phases) - 1:
                    pct = (step - start_step) / (end_step - start_step)
                    lrs.append(self._anneal(group[phase["start_lr"]], group[phase["end_lr"]], pct))
                    if self.cycle_momentum:
                        momentum = self._anneal(group[phase["start_momentum"]], group[phase["end_momentum"]], pct)
                        self._set_momentum(group, momentum)
                    break
                start_step = phase["end_step"]
        return lrs


def _total_steps(total_steps, epochs, steps_per_epoch) -> int:
    if total_steps is not None:
        if not isinstance(total_steps, int) or total_steps <= 0:
            raise ValueError(message("sched_positive_int", name="OneCycleLR", option="total_steps", value=total_steps))
        return total_steps
    if epochs is None or steps_per_epoch is None:
        raise ValueError(message("sched_one_cycle_steps"))
    for option, value in (("epochs", epochs), ("steps_per_epoch", steps_per_epoch)):
        if not isinstance(value, int) or value <= 0:
            raise ValueError(message("sched_positive_int", name="OneCycleLR", option=option, value=value))
    return epochs * steps_per_epoch


def _phases(total_steps: int, pct_start: float, three_phase: bool) -> list:
    """Each phase: the step it ends at and the group keys it goes from and to (as PyTorch's OneCycleLR)."""
    up = {"end_step": float(pct_start * total_steps) - 1, "start_lr": "initial_lr", "end_lr": "max_lr",
          "start_momentum": "max_momentum", "end_momentum": "base_momentum"}
    if not three_phase:
        return [up, {"end_step": total_steps - 1, "start_lr": "max_lr", "end_lr": "min_lr",
                     "start_momentum": "base_momentum", "end_momentum": "max_momentum"}]
    return [up,
            {"end_step": float(2 * pct_start * total_steps) - 2, "start_lr": "max_lr", "end_lr": "initial_lr",
             "start_momentum": "base_momentum", "end_momentum": "max_momentum"},
            {"end_step": total_steps - 1, "start_lr": "initial_lr", "end_lr": "min_lr",
             "start_momentum": "max_momentum", "end_momentum": "max_momentum"}]
