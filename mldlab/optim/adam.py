"""Adam: momentum on the gradient (m) and a per-weight step size from the squared gradient (v)."""

import numpy as np

from mldlab.optim.optimizer import Optimizer, _check_nonnegative, _check_unit_interval
from mldlab.tensor import Tensor


class Adam(Optimizer):
    """Adam (adaptive moment estimation): each weight moves by m̂ / √v̂, its average gradient divided by
    the root of its average squared gradient.

    Math
    ----
    ::

        input: θ (params), J(θ) (loss), η (lr), β1, β2 (betas), ε (eps), λ (weight_decay),
               amsgrad, maximize, decoupled_weight_decay
        initialize: m ← 0 (first moment), v ← 0 (second moment), v_max ← 0
        for t = 1, 2, ...:
          (1) g ← ∇θ J(θ)                          (g ← −∇θ J(θ) with maximize)
          (2) g ← g + λ·θ                          if λ ≠ 0
              (θ ← θ − η·λ·θ instead, with decoupled_weight_decay: AdamW)
          (3) m ← β1·m + (1 − β1)·g
          (4) v ← β2·v + (1 − β2)·g²
          (5) m̂ ← m / (1 − β1ᵗ)
          (6) v̂ ← v / (1 − β2ᵗ)
              (v_max ← max(v_max, v),  v̂ ← v_max / (1 − β2ᵗ) with amsgrad)
          (7) θ ← θ − η · m̂ / (√v̂ + ε)

    Parameters
    ----------
    params : iterable of Tensor or of dict
        The tensors to optimize (``model.parameters()``), or parameter groups (see :class:`Optimizer`).
    lr : float, optional
        η, the learning rate (default: 1e-3).
    betas : tuple of two floats, optional
        (β1, β2), the decay rates of the running averages m and v, each in [0, 1) (default: (0.9, 0.999)).
    eps : float, optional
        ε, added to √v̂ so that the division is safe (default: 1e-8).
    weight_decay : float, optional
        λ, the L2 penalty: adds λ·θ to the gradient (default: 0).
    amsgrad : bool, optional
        Divide by the largest v seen so far (AMSGrad, Reddi et al. 2018) (default: False).
    maximize : bool, optional
        Maximize J instead of minimizing it (default: False).
    decoupled_weight_decay : bool, optional
        Shrink θ directly instead of adding λ·θ to g, so that the decay bypasses m and v: this is AdamW
        (default: False).

    Notes
    -----
    As in PyTorch, lines (5)–(7) are computed as θ ← θ − (η / (1 − β1ᵗ)) · m / (√v / √(1 − β2ᵗ) + ε):
    the bias corrections are folded into the step size, and ε is added after the correction, which
    is the formula of the paper's Algorithm 1 (not the "efficient version" of its section 2, where
    ε is added to √v before correcting). The weight decay (2) is an L2 penalty inside the gradient,
    so it passes through m and v; AdamW (``decoupled_weight_decay=True``) decays θ directly.
    Line (3) is computed as m + (1 − β1)·(g − m), as PyTorch's ``lerp`` does for β1 > 0.5.

    References
    ----------
    Kingma, Ba. Adam: A Method for Stochastic Optimization. ICLR 2015.
    Reddi, Kale, Kumar. On the Convergence of Adam and Beyond. ICLR 2018.

    Examples
    --------
    Adam's first step moves every weight by about η, whatever the size of its gradient:

    >>> import mldlab
    >>> from mldlab.optim import Adam
    >>> w = mldlab.tensor([1.0, -100.0], requires_grad=True)
    >>> optimizer = Adam([w], lr=0.1)
    >>> (w ** 2).sum().backward()
    >>> optimizer.step()
    >>> [round(x, 4) for x in w.tolist()]
    [0.9, -99.9]
    """

    def __init__(
        self,
        params,
        lr: float = 1e-3,
        betas: tuple = (0.9, 0.999),
        eps: float = 1e-8,
        weight_decay: float = 0,
        amsgrad: bool = False,
        *,
        maximize: bool = False,
        decoupled_weight_decay: bool = False,
    ):
        name = type(self).__name__
        _check_nonnegative(name, lr=lr, eps=eps)
        _check_unit_interval(name, "betas[0]", betas[0])
        _check_unit_interval(name, "betas[1]", betas[1])
        _check_nonnegative(name, weight_decay=weight_decay)
        defaults = {
            "lr": lr,
            "betas": tuple(betas),
            "eps": eps,
            "weight_decay": weight_decay,
            "amsgrad": amsgrad,
            "maximize": maximize,
            "decoupled_weight_decay": decoupled_weight_decay,
        }
        super().__init__(params, defaults)

    def _init_state(self, p: Tensor, group: dict) -> dict:
        state = {
            "step": 0,
            "exp_avg": Tensor._make(np.zeros_like(p._data)),  # m
            "exp_avg_sq": Tensor._make(np.zeros_like(p._data)),  # v
        }
        if group["amsgrad"]:
            state["max_exp_avg_sq"] = Tensor._make(np.zeros_like(p._data))  # v_max
        return state

    def _decay(self, group: dict) -> float:
        beta1, beta2 = group["betas"]
        return min(beta1, beta2)  # m and v shrink by β1 and β2 in a step without gradient

    def step(self, closure=None):
        """Update every parameter that has a gradient, following lines (1)–(7) above.

        Parameters
        ----------
        closure : callable, optional
            Recomputes the loss and its gradients; called before the update. Its loss is returned.
        """
        loss = self._loss_of(closure)
        for group in self.param_groups:
            lr, (beta1, beta2), eps, lam = group["lr"], group["betas"], group["eps"], group["weight_decay"]
            for theta, g, state in self._with_grad(group):
                m, v = state["exp_avg"]._data, state["exp_avg_sq"]._data
                state["step"] += 1
                t = state["step"]
                if group["maximize"]:
                    g = -g  # (1)
                if lam != 0:
                    if group["decoupled_weight_decay"]:
                        theta *= 1 - lr * lam  # (2) AdamW
                    else:
                        g = g + lam * theta  # (2)
                s = self._scratch(theta)  # room for the intermediate results (see Optimizer._scratch)
                np.subtract(g, m, out=s)  # (3) m ← β1·m + (1 − β1)·g, as m + (1 − β1)·(g − m)
                s *= 1 - beta1
                m += s
                v *= beta2  # (4) v ← β2·v + (1 − β2)·g²
                np.multiply(1 - beta2, g, out=s)
                s *= g
                v += s
                if group["amsgrad"]:
                    v_max = state["max_exp_avg_sq"]._data
                    np.maximum(v_max, v, out=v_max)  # (6) v_max ← max(v_max, v)
                    v = v_max  # v̂ comes from v_max
                step_size = lr / (1 - beta1**t)  # (5) m̂ = m / (1 − β1ᵗ): the correction goes into η
                bias_correction2_sqrt = (1 - beta2**t) ** 0.5  # (6) √v̂ = √v / √(1 − β2ᵗ)
                np.sqrt(v, out=s)  # (7) θ ← θ − η·m̂ / (√v̂ + ε)
                s /= bias_correction2_sqrt
                s += eps
                np.divide(m, s, out=s)
                s *= step_size
                theta -= s
        self._flush_tiny_states()
        return loss
