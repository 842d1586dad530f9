"""Learning-rate schedulers: change η during training, as PyTorch's ``torch.optim.lr_scheduler`` does.

A scheduler holds an optimizer and rewrites ``group['lr']`` of each parameter group. Call
``scheduler.step()`` once per epoch, *after* ``optimizer.step()`` (``OneCycleLR``: once per batch):

    for epoch in range(n_epochs):
        train_one_epoch(model, optimizer)        # optimizer.step() inside
        scheduler.step()                         # η for the next epoch

The schedules, for an initial learning rate η₀ (``initial_lr``) and epoch t (``last_epoch``), one file each:

    step.py         StepLR                       η_t = η₀ · γ^⌊t / step_size⌋
                    MultiStepLR                  η_t = η₀ · γ^(number of milestones ≤ t)
                    ExponentialLR                η_t = η₀ · γᵗ
    cosine.py       CosineAnnealingLR            η_t = η_min + (η₀ − η_min) · (1 + cos(π·t / T_max)) / 2
                    CosineAnnealingWarmRestarts  the same with t, T restarted every T_i epochs
    lambda_lr.py    LambdaLR                     η_t = η₀ · λ(t)
    one_cycle.py    OneCycleLR                   up to max_lr and down again, once per training run
    plateau.py      ReduceLROnPlateau            η ← max(η · factor, min_lr) when a metric stops improving
    base.py         LRScheduler                  what they share
"""

from mldlab.optim.lr_scheduler.base import LRScheduler
from mldlab.optim.lr_scheduler.cosine import CosineAnnealingLR, CosineAnnealingWarmRestarts
from mldlab.optim.lr_scheduler.lambda_lr import LambdaLR
from mldlab.optim.lr_scheduler.one_cycle import OneCycleLR
from mldlab.optim.lr_scheduler.plateau import ReduceLROnPlateau
from mldlab.optim.lr_scheduler.step import ExponentialLR, MultiStepLR, StepLR

__all__ = [
    "LRScheduler",
    "StepLR",
    "MultiStepLR",
    "ExponentialLR",
    "CosineAnnealingLR",
    "CosineAnnealingWarmRestarts",
    "LambdaLR",
    "OneCycleLR",
    "ReduceLROnPlateau",
]
