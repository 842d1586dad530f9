"""RMSprop: divide each gradient by the root of a running average of its squares."""

import numpy as np

from mldlab.optim.optimizer import Optimizer, _check_nonnegative
from mldlab.tensor import Tensor


class RMSprop(Optimizer):
    """RMSprop: each weight's gradient is divided by the root mean square of its recent gradients, so
    that every weight takes steps of a similar size.

    Math
    ----
    ::

        input: θ (params), J(θ) (loss), η (lr), α (alpha), ε (eps), λ (weight_decay), μ (momentum),
               centered, maximize
        initialize: v ← 0 (square average), b ← 0 (momentum buffer), ḡ ← 0 (gradient average)
        for t = 1, 2, ...:
          (1) g ← ∇θ J(θ)                          (g ← −∇θ J(θ) with maximize)
          (2) g ← g + λ·θ                          if λ ≠ 0
          (3) v ← α·v + (1 − α)·g²
          (4) ṽ ← v
              (ḡ ← α·ḡ + (1 − α)·g,  ṽ ← v − ḡ² with centered: the variance of g)
          (5) b ← μ·b + g / (√ṽ + ε),  θ ← θ − η·b      if μ > 0
              θ ← θ − η · g / (√ṽ + ε)                    otherwise

    Parameters
    ----------
    params : iterable of Tensor or of dict
        The tensors to optimize (``model.parameters()``), or parameter groups (see :class:`Optimizer`).
    lr : float, optional
        η, the learning rate (default: 1e-2).
    alpha : float, optional
        α, the decay rate of the running averages (default: 0.99).
    eps : float, optional
        ε, added to the root so that the division is safe (default: 1e-8).
    weight_decay : float, optional
        λ, the L2 penalty: adds λ·θ to the gradient (default: 0).
    momentum : float, optional
        μ, the momentum factor (default: 0).
    centered : bool, optional
        Divide by the (estimated) standard deviation of g rather than its root mean square (default: False).
    maximize : bool, optional
        Maximize J instead of minimizing it (default: False).

    Notes
    -----
    Hinton's lecture has no ε, weight decay or momentum. As in PyTorch, ε is added after the root, so
    code that writes √(v + ε) (as fastai's course notebooks do) gives slightly different numbers. Keras
    calls α ``rho`` and its defaults differ (``learning_rate=0.001, rho=0.9``). The centered form is that
    of Graves (2013). Like PyTorch, mldlab checks α ≥ 0 but not α ≤ 1.

    References
    ----------
    Hinton, Srivastava, Swersky. Neural Networks for Machine Learning, lecture 6e, 2012.
    Graves. Generating Sequences With Recurrent Neural Networks. arXiv:1308.0850, 2013.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.optim import RMSprop
    >>> w = mldlab.tensor([1.0, -100.0], requires_grad=True)
    >>> optimizer = RMSprop([w], lr=0.01)
    >>> (w ** 2).sum().backward()
    >>> optimizer.step()                  # g / √(0.01·g²) = 10·sign(g): both move by 0.1
    >>> [round(x, 4) for x in w.tolist()]
    [0.9, -99.9]
    """

    def __init__(
        self,
        params,
        lr: float = 1e-2,
        alpha: float = 0.99,
        eps: float = 1e-8,
        weight_decay: float = 0,
        momentum: float = 0,
        centered: bool = False,
        *,
        maximize: bool = False,
    ):
        _check_nonnegative("RMSprop", lr=lr, eps=eps, momentum=momentum, weight_decay=weight_decay, alpha=alpha)
        defaults = {
            "lr": lr,
            "momentum": momentum,
            "alpha": alpha,
            "eps": eps,
            "centered": centered,
            "weight_decay": weight_decay,
            "maximize": maximize,
        }
        super().__init__(params, defaults)

    def _init_state(self, p: Tensor, group: dict) -> dict:
        state = {"step": 0, "square_avg": Tensor._make(np.zeros_like(p._data))}  # v
        if group["momentum"] > 0:
            state["momentum_buffer"] = Tensor._make(np.zeros_like(p._data))  # b
        if group["centered"]:
            state["grad_avg"] = Tensor._make(np.zeros_like(p._data))  # ḡ
        return state

    def _decay(self, group: dict) -> float:
        if group["momentum"] > 0:
            return min(group["alpha"], group["momentum"])  # v and ḡ shrink by α, b by μ
        return group["alpha"]

    def _flush_state(self, state: dict) -> None:
        super()._flush_state(state)
        if "grad_avg" in state:  # ṽ = v − ḡ² must stay ≥ 0: where v was flushed, ḡ goes too (ḡ² ≤ v < T)
            np.copyto(state["grad_avg"]._data, 0, where=state["square_avg"]._data == 0)

    def step(self, closure=None):
        """Update every parameter that has a gradient, following lines (1)–(5) above.

        Parameters
        ----------
        closure : callable, optional
            Recomputes the loss and its gradients; called before the update. Its loss is returned.
        """
        loss = self._loss_of(closure)
        for group in self.param_groups:
            lr, alpha, eps, lam, mu = (
                group["lr"],
                group["alpha"],
                group["eps"],
                group["weight_decay"],
                group["momentum"],
            )
            for theta, g, state in self._with_grad(group):
                v = state["square_avg"]._data
                state["step"] += 1
                if group["maximize"]:
                    g = -g  # (1)
                if lam != 0:
                    g = g + lam * theta  # (2)
                v *= alpha  # (3)
                v += (1 - alpha) * g * g
                if group["centered"]:
                    g_avg = state["grad_avg"]._data
                    g_avg += (1 - alpha) * (g - g_avg)  # (4) ḡ ← α·ḡ + (1 − α)·g, as m + (1 − α)(g − m)
                    denominator = np.sqrt(v - g_avg * g_avg)  # (4) √ṽ
                else:
                    denominator = np.sqrt(v)  # (4) √ṽ
                denominator += eps
                if mu > 0:
                    b = state["momentum_buffer"]._data
                    b *= mu  # (5)
                    b += g / denominator
                    theta -= lr * b
                else:
                    theta -= lr * g / denominator  # (5)
        self._flush_tiny_states()
        return loss
