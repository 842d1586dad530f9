"""AdamW: Adam with decoupled weight decay (the weights shrink directly, outside m and v)."""

from mldlab.optim.adam import Adam


class AdamW(Adam):
    """Adam with decoupled weight decay: θ shrinks by η·λ·θ each step, and the decay never enters m or v.

    Math
    ----
    ::

        input: θ (params), J(θ) (loss), η (lr), β1, β2 (betas), ε (eps), λ (weight_decay),
               amsgrad, maximize
        initialize: m ← 0 (first moment), v ← 0 (second moment), v_max ← 0
        for t = 1, 2, ...:
          (1) g ← ∇θ J(θ)                          (g ← −∇θ J(θ) with maximize)
          (2) θ ← θ − η·λ·θ
          (3) m ← β1·m + (1 − β1)·g
          (4) v ← β2·v + (1 − β2)·g²
          (5) m̂ ← m / (1 − β1ᵗ)
          (6) v̂ ← v / (1 − β2ᵗ)
              (v_max ← max(v_max, v),  v̂ ← v_max / (1 − β2ᵗ) with amsgrad)
          (7) θ ← θ − η · m̂ / (√v̂ + ε)

    Only line (2) differs from :class:`Adam`, where the decay is added to the gradient (g ← g + λ·θ)
    and so is divided by √v̂ like the rest of g: weights with large gradients were barely decayed.
    ``step()`` is Adam's, with ``decoupled_weight_decay=True``.

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
        λ, the decoupled weight decay (default: 1e-2, unlike Adam's 0).
    amsgrad : bool, optional
        Divide by the largest v seen so far (AMSGrad) (default: False).
    maximize : bool, optional
        Maximize J instead of minimizing it (default: False).

    Notes
    -----
    Loshchilov and Hutter write the decay as θ ← θ − η_t·λ·θ with a schedule multiplier η_t and a λ
    not multiplied by the learning rate; PyTorch (and so mldlab) multiplies λ by η, so a λ tuned for one
    learning rate must be rescaled for another.

    References
    ----------
    Loshchilov, Hutter. Decoupled Weight Decay Regularization. ICLR 2019.

    Examples
    --------
    With a zero gradient, AdamW still shrinks the weights by the factor 1 − η·λ:

    >>> import mldlab
    >>> from mldlab.optim import AdamW
    >>> w = mldlab.tensor([1.0, -2.0], requires_grad=True)
    >>> optimizer = AdamW([w], lr=0.1, weight_decay=0.5)
    >>> w.grad = mldlab.zeros(2)
    >>> optimizer.step()
    >>> [round(x, 4) for x in w.tolist()]
    [0.95, -1.9]
    """

    def __init__(
        self,
        params,
        lr: float = 1e-3,
        betas: tuple = (0.9, 0.999),
        eps: float = 1e-8,
        weight_decay: float = 1e-2,
        amsgrad: bool = False,
        *,
        maximize: bool = False,
    ):
        super().__init__(params, lr, betas, eps, weight_decay, amsgrad, maximize=maximize, decoupled_weight_decay=True)

    def load_state_dict(self, state_dict: dict) -> None:
        """As :meth:`Optimizer.load_state_dict`; the decay stays decoupled whatever the dict says."""
        super().load_state_dict(state_dict)
        for group in self.param_groups:
            group["decoupled_weight_decay"] = True
