"""Adagrad: a per-weight step size that shrinks with the sum of that weight's squared gradients."""

import numpy as np

from mldlab.optim.optimizer import Optimizer, _check_nonnegative
from mldlab.tensor import Tensor


class Adagrad(Optimizer):
    """Adagrad: each weight's step is divided by the root of the sum of all its squared gradients, so
    weights with large or frequent gradients slow down and rare ones keep a large step.

    Math
    ----
    ::

        input: θ (params), J(θ) (loss), η (lr), η_decay (lr_decay), λ (weight_decay),
               s₀ (initial_accumulator_value), ε (eps), maximize
        initialize: s ← s₀ (the sum of squared gradients)
        for t = 1, 2, ...:
          (1) g ← ∇θ J(θ)                          (g ← −∇θ J(θ) with maximize)
          (2) g ← g + λ·θ                          if λ ≠ 0
          (3) η̃ ← η / (1 + (t − 1)·η_decay)
          (4) s ← s + g²
          (5) θ ← θ − η̃ · g / (√s + ε)

    Parameters
    ----------
    params : iterable of Tensor or of dict
        The tensors to optimize (``model.parameters()``), or parameter groups (see :class:`Optimizer`).
    lr : float, optional
        η, the learning rate (default: 1e-2).
    lr_decay : float, optional
        η_decay, the learning-rate decay of line (3) (default: 0).
    weight_decay : float, optional
        λ, the L2 penalty: adds λ·θ to the gradient (default: 0).
    initial_accumulator_value : float, optional
        s₀, the starting value of the sum s (default: 0).
    eps : float, optional
        ε, added to √s so that the division is safe (default: 1e-10).
    maximize : bool, optional
        Maximize J instead of minimizing it (default: False).

    Notes
    -----
    The paper has no ε, learning-rate decay or initial accumulator; these are PyTorch's additions. As in
    PyTorch, the state (s ← s₀ and t = 0) is created when the optimizer is made (for parameters added
    later with ``add_param_group``, the first time they have a gradient), always with the
    ``initial_accumulator_value`` given to the constructor: a group's own value is ignored.

    References
    ----------
    Duchi, Hazan, Singer. Adaptive Subgradient Methods for Online Learning and Stochastic Optimization.
    JMLR 12, 2011.

    Examples
    --------
    The first step moves every weight by η (g/√g² = ±1), then the steps shrink:

    >>> import mldlab
    >>> from mldlab.optim import Adagrad
    >>> w = mldlab.tensor([1.0, -3.0], requires_grad=True)
    >>> optimizer = Adagrad([w], lr=0.5)
    >>> for _ in range(2):
    ...     optimizer.zero_grad()
    ...     (w ** 2).sum().backward()
    ...     optimizer.step()
    ...     print([round(x, 4) for x in w.tolist()])
    [0.5, -2.5]
    [0.2764, -2.1799]
    """

    def __init__(
        self,
        params,
        lr: float = 1e-2,
        lr_decay: float = 0,
        weight_decay: float = 0,
        initial_accumulator_value: float = 0,
        eps: float = 1e-10,
        *,
        maximize: bool = False,
    ):
        _check_nonnegative(
            "Adagrad",
            lr=lr,
            lr_decay=lr_decay,
            weight_decay=weight_decay,
            initial_accumulator_value=initial_accumulator_value,
            eps=eps,
        )
        defaults = {
            "lr": lr,
            "lr_decay": lr_decay,
            "eps": eps,
            "weight_decay": weight_decay,
            "initial_accumulator_value": initial_accumulator_value,
            "maximize": maximize,
        }
        super().__init__(params, defaults)
        for group in self.param_groups:
            for p in group["params"]:
                self.state[p] = self._init_state(p, group)

    def _init_state(self, p: Tensor, group: dict) -> dict:
        s0 = self.defaults["initial_accumulator_value"]  # the constructor's, even for a group with its own
        return {"step": 0, "sum": Tensor._make(np.full_like(p._data, s0))}

    def step(self, closure=None):
        """Update every parameter that has a gradient, following lines (1)–(5) above.

        Parameters
        ----------
        closure : callable, optional
            Recomputes the loss and its gradients; called before the update. Its loss is returned.
        """
        loss = self._loss_of(closure)
        for group in self.param_groups:
            lr, lr_decay, eps, lam = group["lr"], group["lr_decay"], group["eps"], group["weight_decay"]
            for theta, g, state in self._with_grad(group):
                s = state["sum"]._data
                state["step"] += 1
                t = state["step"]
                if group["maximize"]:
                    g = -g  # (1)
                if lam != 0:
                    g = g + lam * theta  # (2)
                lr_t = lr / (1 + (t - 1) * lr_decay)  # (3)
                s += g * g  # (4)
                denominator = np.sqrt(s)
                denominator += eps  # √s + ε
                theta -= lr_t * g / denominator  # (5)
        self._flush_tiny_states()  # s never shrinks, but tiny gradients can make it tiny
        return loss
