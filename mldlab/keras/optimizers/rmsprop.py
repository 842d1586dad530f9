"""Keras's ``RMSprop``: divide each gradient by the root of a running average of its squares.

    (1) v ← ρ·v + (1 − ρ)·g²
    (2) d ← v + ε                                  (centered: ḡ ← ρ·ḡ + (1 − ρ)·g,  d ← v + ε − ḡ²)
    (3) Δ ← η · g / √d
    (4) b ← μ·b + Δ,  θ ← θ − b                     with momentum μ > 0
        θ ← θ − Δ                                   otherwise

Keras puts ε *inside* the square root; PyTorch (``mldlab.optim.RMSprop``) adds it after: η·g / (√v + ε). Keras's
defaults: ``learning_rate=0.001, rho=0.9, epsilon=1e-7`` (PyTorch's: lr 0.01, alpha 0.99, eps 1e-8).

Examples
--------
>>> import mldlab
>>> from mldlab.keras import optimizers
>>> w = mldlab.tensor([1.0, -100.0], requires_grad=True)
>>> optimizer = optimizers.RMSprop(learning_rate=0.01)
>>> optimizer.build([w])
>>> (w ** 2).sum().backward()
>>> optimizer.step()                  # g / √(0.1·g²) = √10·sign(g): both move by 0.0316
>>> [round(x, 4) for x in w.tolist()]
[0.9684, -99.9684]
"""

import numpy as np

from mldlab.keras.optimizers.optimizer import KerasOptimizer, check_flag, check_number
from mldlab.optim.rmsprop import RMSprop as _RMSprop


class RMSprop(KerasOptimizer, _RMSprop):
    """RMSprop with Keras's formula and defaults.

    Parameters
    ----------
    learning_rate : float, default 0.001
        η.
    rho : float, default 0.9
        ρ, how slowly v forgets, in [0, 1].
    momentum : float, default 0.0
        μ.
    epsilon : float, default 1e-7
        ε, inside the square root.
    centered : bool, default False
        Divide by an estimate of the standard deviation of g instead of its root mean square.
    **kwargs
        ``weight_decay``, ``clipnorm``, ``clipvalue``, ``global_clipnorm``, ``name`` (see ``KerasOptimizer``).
    """

    def __init__(self, learning_rate=0.001, rho=0.9, momentum=0.0, epsilon=1e-7, centered=False, **kwargs):
        rho = check_number("RMSprop", "rho", rho, 0.0, 1.0)
        momentum = check_number("RMSprop", "momentum", momentum)
        epsilon = check_number("RMSprop", "epsilon", epsilon)
        centered = check_flag("RMSprop", "centered", centered)
        super().__init__(learning_rate, options={"alpha": rho, "eps": epsilon, "momentum": momentum,
                                                 "centered": centered},
                         config={"rho": rho, "momentum": momentum, "epsilon": epsilon, "centered": centered},
                         **kwargs)

    def _slots(self) -> int:
        group = self.param_groups[0]
        return 1 + (group["momentum"] > 0) + group["centered"]  # v (b, ḡ)

    def _update(self) -> None:
        for group in self.param_groups:
            lr, rho, eps, mu = group["lr"], group["alpha"], group["eps"], group["momentum"]
            for theta, g, state in self._with_grad(group):
                v = state["square_avg"]._data
                state["step"] += 1
                v *= rho  # (1)
                v += g * g * (1 - rho)
                d = v + eps  # (2)
                if group["centered"]:
                    g_avg = state["grad_avg"]._data
                    g_avg *= rho  # (2) ḡ ← ρ·ḡ + (1 − ρ)·g
                    g_avg += g * (1 - rho)
                    d -= g_avg * g_avg
                increment = g * lr / np.sqrt(d)  # (3)
                if mu > 0:
                    b = state["momentum_buffer"]._data
                    b *= mu  # (4)
                    b += increment
                    theta -= b
                else:
                    theta -= increment  # (4)
