"""Keras's ``Adagrad``: each weight's steps shrink as its squared gradients add up.

    (1) s ← s + g²                      (s starts at 0.1, Keras's ``initial_accumulator_value``)
    (2) θ ← θ − η · g / √(s + ε)

PyTorch (``mldlab.optim.Adagrad``) starts s at 0 and adds ε after the root, η·g / (√s + ε). Keras's defaults:
``learning_rate=0.001, initial_accumulator_value=0.1, epsilon=1e-7``.

Examples
--------
>>> import mldlab
>>> from mldlab.keras import optimizers
>>> w = mldlab.tensor([1.0], requires_grad=True)
>>> optimizer = optimizers.Adagrad(learning_rate=0.1)
>>> optimizer.build([w])
>>> (w ** 2).sum().backward()         # g = 2, s = 0.1 + 4
>>> optimizer.step()
>>> round(w.item(), 5)                # 1 − 0.1·2/√4.1
0.90123
"""

import numpy as np

from mldlab.keras.optimizers.optimizer import KerasOptimizer, check_number
from mldlab.optim.adagrad import Adagrad as _Adagrad


class Adagrad(KerasOptimizer, _Adagrad):
    """Adagrad with Keras's formula and defaults.

    Parameters
    ----------
    learning_rate : float, default 0.001
        η.
    initial_accumulator_value : float, default 0.1
        The starting value of s.
    epsilon : float, default 1e-7
        ε, inside the square root.
    **kwargs
        ``weight_decay``, ``clipnorm``, ``clipvalue``, ``global_clipnorm``, ``name`` (see ``KerasOptimizer``).
    """

    def __init__(self, learning_rate=0.001, initial_accumulator_value=0.1, epsilon=1e-7, **kwargs):
        initial = check_number("Adagrad", "initial_accumulator_value", initial_accumulator_value)
        epsilon = check_number("Adagrad", "epsilon", epsilon)
        super().__init__(learning_rate, options={"initial_accumulator_value": initial, "eps": epsilon},
                         config={"initial_accumulator_value": initial, "epsilon": epsilon}, **kwargs)

    def _slots(self) -> int:
        return 1  # s

    def _update(self) -> None:
        for group in self.param_groups:
            lr, eps = group["lr"], group["eps"]
            for theta, g, state in self._with_grad(group):
                s = state["sum"]._data
                state["step"] += 1
                s += g * g  # (1)
                theta -= lr * g / np.sqrt(s + eps)  # (2)
