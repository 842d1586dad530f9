"""Optimizers and learning-rate schedulers, with PyTorch's names, defaults and numbers.

Every optimizer follows the slide's loop: compute the loss, ``backward()`` to get ∂J/∂W, then
``step()`` to move the weights, W ← W − η ∂J/∂W or a refinement of it.

Examples
--------
>>> import mldlab
>>> from mldlab import optim
>>> w = mldlab.tensor([3.0], requires_grad=True)
>>> optimizer = optim.SGD([w], lr=0.1)
>>> scheduler = optim.lr_scheduler.StepLR(optimizer, step_size=10, gamma=0.5)
>>> for epoch in range(20):
...     optimizer.zero_grad()
...     loss = ((w - 1) ** 2).sum()
...     loss.backward()
...     optimizer.step()
...     scheduler.step()
>>> round(w.item(), 4), scheduler.get_last_lr()
(1.0749, [0.025])
"""

from mldlab.optim import lr_scheduler
from mldlab.optim.adadelta import Adadelta
from mldlab.optim.adagrad import Adagrad
from mldlab.optim.adam import Adam
from mldlab.optim.adamw import AdamW
from mldlab.optim.optimizer import Optimizer
from mldlab.optim.rmsprop import RMSprop
from mldlab.optim.sgd import SGD

__all__ = ["Optimizer", "SGD", "Adam", "AdamW", "Adagrad", "Adadelta", "RMSprop", "lr_scheduler"]
