"""Keras's ``Adadelta``: steps sized by the ratio of recent update sizes to recent gradient sizes.

    (1) v ← ρ·v + (1 − ρ)·g²
    (2) Δ ← √(u + ε) / √(v + ε) · g
    (3) u ← ρ·u + (1 − ρ)·Δ²
    (4) θ ← θ − η·Δ

The same formula as PyTorch's, so the step is ``mldlab.optim.Adadelta``'s; only the defaults differ: Keras's
``learning_rate=0.001, rho=0.95, epsilon=1e-7`` against PyTorch's lr 1.0, rho 0.9, eps 1e-6. (With η = 0.001
Adadelta moves very slowly: Keras's docs suggest ``learning_rate=1.0`` to match the paper.)

Examples
--------
>>> import mldlab
>>> from mldlab.keras import optimizers
>>> optimizer = optimizers.Adadelta()
>>> optimizer.build([mldlab.zeros(2, requires_grad=True)])
>>> [optimizer.param_groups[0][key] for key in ("lr", "rho", "eps")]
[0.001, 0.95, 1e-07]
"""

from mldlab.keras.optimizers.optimizer import KerasOptimizer, check_number
from mldlab.optim.adadelta import Adadelta as _Adadelta


class Adadelta(KerasOptimizer, _Adadelta):
    """Adadelta with Keras's defaults (the step is ``mldlab.optim.Adadelta``'s).

    Parameters
    ----------
    learning_rate : float, default 0.001
        η.
    rho : float, default 0.95
        ρ, in [0, 1].
    epsilon : float, default 1e-7
        ε.
    **kwargs
        ``weight_decay``, ``clipnorm``, ``clipvalue``, ``global_clipnorm``, ``name`` (see ``KerasOptimizer``).
    """

    def __init__(self, learning_rate=0.001, rho=0.95, epsilon=1e-7, **kwargs):
        rho = check_number("Adadelta", "rho", rho, 0.0, 1.0)
        epsilon = check_number("Adadelta", "epsilon", epsilon)
        super().__init__(learning_rate, options={"rho": rho, "eps": epsilon},
                         config={"rho": rho, "epsilon": epsilon}, **kwargs)

    def _slots(self) -> int:
        return 2  # v, u
