"""Adadelta: steps sized by the ratio of the recent update size to the recent gradient size."""

import numpy as np

from mldlab.optim.optimizer import Optimizer, _check_nonnegative, _check_unit_interval
from mldlab.tensor import Tensor


class Adadelta(Optimizer):
    """Adadelta: each weight's step is its gradient times √(u + ε) / √(v + ε), where v averages the
    squared gradients and u the squared updates, so the step has the units of θ and needs no tuning of η.

    Math
    ----
    ::

        input: θ (params), J(θ) (loss), η (lr), ρ (rho), ε (eps), λ (weight_decay), maximize
        initialize: v ← 0 (square average), u ← 0 (accumulated update)
        for t = 1, 2, ...:
          (1) g ← ∇θ J(θ)                          (g ← −∇θ J(θ) with maximize)
          (2) g ← g + λ·θ                          if λ ≠ 0
          (3) v ← ρ·v + (1 − ρ)·g²
          (4) Δ ← √(u + ε) / √(v + ε) · g
          (5) u ← ρ·u + (1 − ρ)·Δ²
          (6) θ ← θ − η·Δ

    Parameters
    ----------
    params : iterable of Tensor or of dict
        The tensors to optimize (``model.parameters()``), or parameter groups (see :class:`Optimizer`).
    lr : float, optional
        η, a factor on the step Δ (default: 1.0).
    rho : float, optional
        ρ, the decay rate of both running averages, in [0, 1] (default: 0.9).
    eps : float, optional
        ε, inside both square roots; it also sets the size of the first steps (default: 1e-6).
    weight_decay : float, optional
        λ, the L2 penalty: adds λ·θ to the gradient (default: 0).
    maximize : bool, optional
        Maximize J instead of minimizing it (default: False).

    Notes
    -----
    The paper has no learning rate (η = 1, the default here) and no weight decay. Since u starts at 0,
    the first steps are about √ε per weight: Adadelta starts slowly.

    References
    ----------
    Zeiler. ADADELTA: An Adaptive Learning Rate Method. arXiv:1212.5701, 2012.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.optim import Adadelta
    >>> w = mldlab.tensor([1.0, -2.0], dtype=mldlab.float64, requires_grad=True)
    >>> optimizer = Adadelta([w])
    >>> (w ** 2).sum().backward()
    >>> optimizer.step()                  # Δ = √ε / √(0.1·g² + ε) · g ≈ √(10ε) · sign(g)
    >>> [round(x, 6) for x in w.tolist()]
    [0.996838, -1.996838]
    """

    def __init__(
        self,
        params,
        lr: float = 1.0,
        rho: float = 0.9,
        eps: float = 1e-6,
        weight_decay: float = 0,
        *,
        maximize: bool = False,
    ):
        _check_nonnegative("Adadelta", lr=lr)
        _check_unit_interval("Adadelta", "rho", rho, closed=True)
        _check_nonnegative("Adadelta", eps=eps, weight_decay=weight_decay)
        defaults = {"lr": lr, "rho": rho, "eps": eps, "weight_decay": weight_decay, "maximize": maximize}
        super().__init__(params, defaults)

    def _init_state(self, p: Tensor, group: dict) -> dict:
        return {
            "step": 0,
            "square_avg": Tensor._make(np.zeros_like(p._data)),  # v
            "acc_delta": Tensor._make(np.zeros_like(p._data)),  # u
        }

    def _decay(self, group: dict) -> float:
        return group["rho"]  # v and u shrink by ρ in a step without gradient

    def step(self, closure=None):
        """Update every parameter that has a gradient, following lines (1)–(6) above.

        Parameters
        ----------
        closure : callable, optional
            Recomputes the loss and its gradients; called before the update. Its loss is returned.
        """
        loss = self._loss_of(closure)
        for group in self.param_groups:
            lr, rho, eps, lam = group["lr"], group["rho"], group["eps"], group["weight_decay"]
            for theta, g, state in self._with_grad(group):
                v, u = state["square_avg"]._data, state["acc_delta"]._data
                state["step"] += 1
                if group["maximize"]:
                    g = -g  # (1)
                if lam != 0:
                    g = g + lam * theta  # (2)
                v *= rho  # (3)
                v += (1 - rho) * g * g
                delta = np.sqrt(u + eps)  # (4)
                delta /= np.sqrt(v + eps)
                delta *= g
                u *= rho  # (5)
                u += (1 - rho) * delta * delta
                theta -= lr * delta  # (6)
        self._flush_tiny_states()
        return loss
