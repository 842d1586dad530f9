"""Keras's ``SGD``: the slides' gradient descent W ← W − η ∂J/∂W, with optional momentum.

Keras's formula (the velocity m holds η-scaled steps):

    (1) m ← μ·m − η·g
    (2) θ ← θ + m                       (nesterov: θ ← θ + μ·m − η·g)
        θ ← θ − η·g                     without momentum (μ = 0)

PyTorch's ``optim.SGD`` keeps b = −m/η instead (b ← μ·b + g, θ ← θ − η·b): the same numbers while η stays
fixed; when a callback changes η, Keras's past steps keep their old η and PyTorch's do not. mldlab follows Keras
here. Defaults: ``learning_rate=0.01, momentum=0.0, nesterov=False``.

Examples
--------
>>> import mldlab
>>> from mldlab.keras import optimizers
>>> w = mldlab.tensor([1.0, -2.0], requires_grad=True)
>>> optimizer = optimizers.SGD(learning_rate=0.1)
>>> optimizer.build([w])
>>> (w ** 2).sum().backward()         # g = 2w = [2, −4]
>>> optimizer.step()
>>> w
tensor([ 0.8000, -1.6000], requires_grad=True)
"""

import numpy as np

from mldlab.keras.optimizers.optimizer import KerasOptimizer, check_flag, check_number
from mldlab.optim.sgd import SGD as _SGD
from mldlab.tensor import Tensor


class SGD(KerasOptimizer, _SGD):
    """Gradient descent with optional (Nesterov) momentum, in Keras's form.

    Parameters
    ----------
    learning_rate : float, default 0.01
        η.
    momentum : float, default 0.0
        μ, in [0, 1].
    nesterov : bool, default False
        Nesterov's momentum.
    **kwargs
        ``weight_decay``, ``clipnorm``, ``clipvalue``, ``global_clipnorm``, ``name`` (see ``KerasOptimizer``).
    """

    def __init__(self, learning_rate=0.01, momentum=0.0, nesterov=False, **kwargs):
        momentum = check_number("SGD", "momentum", momentum, 0.0, 1.0)
        nesterov = check_flag("SGD", "nesterov", nesterov)
        super().__init__(learning_rate, options={"momentum": momentum, "nesterov": nesterov and momentum > 0},
                         config={"momentum": momentum, "nesterov": nesterov}, **kwargs)

    def _slots(self) -> int:
        return 1 if self.param_groups[0]["momentum"] else 0  # m

    def _init_state(self, p: Tensor, group: dict) -> dict:
        return {"momentum_buffer": Tensor._make(np.zeros_like(p._data))} if group["momentum"] else {}

    def _update(self) -> None:
        for group in self.param_groups:
            lr, mu = group["lr"], group["momentum"]
            for theta, g, state in self._with_grad(group):
                if not mu:
                    theta -= lr * g  # θ ← θ − η·g
                    continue
                m = state["momentum_buffer"]._data
                m *= mu  # (1) m ← μ·m − η·g
                m -= lr * g
                if group["nesterov"]:
                    theta -= lr * g  # (2) nesterov: θ ← θ − η·g + μ·m
                    theta += mu * m
                else:
                    theta += m  # (2)
