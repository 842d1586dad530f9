"""Stochastic gradient descent, with optional momentum, Nesterov momentum and weight decay."""

from mldlab.i18n import message
from mldlab.optim.optimizer import Optimizer, _check_nonnegative
from mldlab.tensor import Tensor


class SGD(Optimizer):
    """Stochastic gradient descent: the slide's W ← W − η ∂J/∂W, optionally with momentum.

    Math
    ----
    ::

        input: θ (params), J(θ) (loss), η (lr), μ (momentum), τ (dampening),
               λ (weight_decay), nesterov, maximize
        for t = 1, 2, ...:
          (1) g ← ∇θ J(θ)                    (g ← −∇θ J(θ) with maximize)
          (2) g ← g + λ·θ                    if λ ≠ 0
          (3) b ← g                          if μ ≠ 0, at t = 1
              b ← μ·b + (1 − τ)·g            if μ ≠ 0, at t > 1
          (4) g ← g + μ·b                    if μ ≠ 0 and nesterov
              g ← b                          if μ ≠ 0 otherwise
          (5) θ ← θ − η·g

    Parameters
    ----------
    params : iterable of Tensor or of dict
        The tensors to optimize (``model.parameters()``), or parameter groups (see :class:`Optimizer`).
    lr : float, optional
        η, the learning rate (default: 1e-3, PyTorch 2.13's default).
    momentum : float, optional
        μ, the momentum factor (default: 0).
    dampening : float, optional
        τ, dampening for momentum: the new gradient enters the buffer with weight 1 − τ (default: 0).
    weight_decay : float, optional
        λ, the L2 penalty: adds λ·θ to the gradient (default: 0).
    nesterov : bool, optional
        Use Nesterov momentum; needs μ > 0 and τ = 0 (default: False).
    maximize : bool, optional
        Maximize J instead of minimizing it (default: False).

    Notes
    -----
    As in PyTorch, momentum differs from Sutskever et al. (2013), who write v ← μ·v + η·g, θ ← θ − v:
    here η multiplies the buffer at the update (5), so changing η mid-training does not rescale the
    stored velocity. The buffer starts as the first gradient (3), not as zeros, so τ only applies
    from the second step on. Nesterov's form (4) is the one of Sutskever et al., rewritten for the
    gradient at θ rather than at the look-ahead point.

    References
    ----------
    Sutskever, Martens, Dahl, Hinton. On the importance of initialization and momentum in deep learning.
    ICML 2013.

    Examples
    --------
    One step of plain gradient descent on J(w) = Σ w², where ∂J/∂w = 2w:

    >>> import mldlab
    >>> from mldlab.optim import SGD
    >>> w = mldlab.tensor([1.0, -2.0], requires_grad=True)
    >>> optimizer = SGD([w], lr=0.1)
    >>> (w ** 2).sum().backward()
    >>> optimizer.step()                      # w ← w − 0.1·2w
    >>> [round(x, 4) for x in w.tolist()]
    [0.8, -1.6]

    With momentum, the usual loop:

    >>> optimizer = SGD([w], lr=0.1, momentum=0.9)
    >>> for _ in range(3):
    ...     optimizer.zero_grad()
    ...     loss = (w ** 2).sum()
    ...     loss.backward()
    ...     optimizer.step()
    >>> [round(x, 4) for x in w.tolist()]
    [0.0496, -0.0992]
    """

    def __init__(
        self,
        params,
        lr: float = 1e-3,
        momentum: float = 0,
        dampening: float = 0,
        weight_decay: float = 0,
        nesterov: bool = False,
        *,
        maximize: bool = False,
    ):
        _check_nonnegative("SGD", lr=lr, momentum=momentum, weight_decay=weight_decay)
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError(message("optim_nesterov", name="SGD", momentum=momentum, dampening=dampening))
        defaults = {
            "lr": lr,
            "momentum": momentum,
            "dampening": dampening,
            "weight_decay": weight_decay,
            "nesterov": nesterov,
            "maximize": maximize,
        }
        super().__init__(params, defaults)

    def _decay(self, group: dict) -> float:
        return group["momentum"]  # b shrinks by μ in a step without gradient

    def step(self, closure=None):
        """Update every parameter that has a gradient, following lines (1)–(5) above.

        Parameters
        ----------
        closure : callable, optional
            Recomputes the loss and its gradients; called before the update. Its loss is returned.
        """
        loss = self._loss_of(closure)
        for group in self.param_groups:
            lr, mu, tau, lam = group["lr"], group["momentum"], group["dampening"], group["weight_decay"]
            for theta, g, state in self._with_grad(group):
                if group["maximize"]:
                    g = -g  # (1)
                if lam != 0:
                    g = g + lam * theta  # (2)
                if mu != 0:
                    if state.get("momentum_buffer") is None:
                        state["momentum_buffer"] = Tensor._make(g.copy())  # (3) t = 1: b ← g
                        b = state["momentum_buffer"]._data
                    else:
                        b = state["momentum_buffer"]._data
                        b *= mu  # (3) t > 1: b ← μ·b + (1 − τ)·g
                        b += (1 - tau) * g
                    g = g + mu * b if group["nesterov"] else b  # (4)
                theta -= lr * g  # (5)
        self._flush_tiny_states()
        return loss
