"""Keras's ``Adam`` and ``AdamW``: momentum (m) and per-weight step sizes (v), Keras's way.

    (1) m ← β₁·m + (1 − β₁)·g
    (2) v ← β₂·v + (1 − β₂)·g²
    (3) v̂ ← max(v̂, v), used for v                      with amsgrad
    (4) α ← η · √(1 − β₂ᵗ) / (1 − β₁ᵗ)
    (5) θ ← θ − α · m / (√v + ε)

PyTorch (and ``mldlab.optim.Adam``) divides by √v/√(1 − β₂ᵗ) + ε instead: the same formula except where ε
sits, so the two differ slightly while v is small (in the first steps). Keras's defaults:
``learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7`` (PyTorch's ε is 1e-8).

``AdamW`` is Adam with weight decay θ ← θ·(1 − η·λ) before each step (λ = ``weight_decay``, default 0.004; PyTorch's
default is 0.01).

Examples
--------
>>> import mldlab
>>> from mldlab.keras import optimizers
>>> w = mldlab.tensor([1.0, -2.0], requires_grad=True)
>>> optimizer = optimizers.Adam(learning_rate=0.1)
>>> optimizer.build([w])
>>> (w ** 2).sum().backward()
>>> optimizer.step()                  # the first step is ≈ η·sign(g) for every weight
>>> w
tensor([ 0.9000, -1.9000], requires_grad=True)
"""

import numpy as np

from mldlab.keras.optimizers.optimizer import KerasOptimizer, check_flag, check_number
from mldlab.optim.adam import Adam as _Adam


class Adam(KerasOptimizer, _Adam):
    """Adam with Keras's formula and defaults.

    Parameters
    ----------
    learning_rate : float, default 0.001
        η.
    beta_1, beta_2 : float, default 0.9 and 0.999
        β₁, β₂: how slowly m and v forget, in [0, 1).
    epsilon : float, default 1e-7
        ε.
    amsgrad : bool, default False
        Use the largest v so far (3).
    **kwargs
        ``weight_decay``, ``clipnorm``, ``clipvalue``, ``global_clipnorm``, ``name`` (see ``KerasOptimizer``).
    """

    def __init__(self, learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7, amsgrad=False, **kwargs):
        op = type(self).__name__
        beta_1 = check_number(op, "beta_1", beta_1, 0.0, 1.0)
        beta_2 = check_number(op, "beta_2", beta_2, 0.0, 1.0)
        epsilon = check_number(op, "epsilon", epsilon)
        amsgrad = check_flag(op, "amsgrad", amsgrad)
        super().__init__(learning_rate, options={"betas": (beta_1, beta_2), "eps": epsilon, "amsgrad": amsgrad},
                         config={"beta_1": beta_1, "beta_2": beta_2, "epsilon": epsilon, "amsgrad": amsgrad},
                         **kwargs)

    def _slots(self) -> int:
        return 3 if self.param_groups[0]["amsgrad"] else 2  # m, v (and v̂)

    def _update(self) -> None:
        for group in self.param_groups:
            lr, (beta1, beta2), eps = group["lr"], group["betas"], group["eps"]
            for theta, g, state in self._with_grad(group):
                m, v = state["exp_avg"]._data, state["exp_avg_sq"]._data
                state["step"] += 1
                m *= beta1  # (1) m ← β₁·m + (1 − β₁)·g
                m += g * (1 - beta1)
                v *= beta2  # (2) v ← β₂·v + (1 − β₂)·g²
                v += g * g * (1 - beta2)
                if group["amsgrad"]:
                    v_max = state["max_exp_avg_sq"]._data
                    np.maximum(v_max, v, out=v_max)  # (3)
                    v = v_max
                alpha = _step_size(lr, beta1, beta2, state["step"], theta.dtype)  # (4)
                theta -= (m * alpha) / (np.sqrt(v) + eps)  # (5)


def _step_size(lr: float, beta1: float, beta2: float, t: int, dtype) -> np.floating:
    """(4) α = η · √(1 − β₂ᵗ) / (1 − β₁ᵗ), computed in the weights' float type as Keras computes it (in float32
    the last digits differ from a float64 α, and over many steps that shows in the loss)."""
    one, t = dtype.type(1), dtype.type(t)
    return dtype.type(lr) * np.sqrt(one - dtype.type(beta2) ** t) / (one - dtype.type(beta1) ** t)


class AdamW(Adam):
    """Adam with decoupled weight decay (default λ = 0.004, Keras's); the other options as ``Adam``."""

    def __init__(self, learning_rate=0.001, weight_decay=0.004, beta_1=0.9, beta_2=0.999, epsilon=1e-7,
                 amsgrad=False, **kwargs):
        super().__init__(learning_rate, beta_1, beta_2, epsilon, amsgrad, weight_decay=weight_decay, **kwargs)
