"""Loss layers: J(W), how far the predictions f(x⁽ⁱ⁾; W) are from the targets y⁽ⁱ⁾ (the empirical risk).

Training looks for W* = argmin J(W). Each class wraps one function of ``mldlab.nn.functional`` (one fused
graph node, see ``mldlab._ops.loss``):

    (1) MSELoss            J(W) = 1/n Σ (y − f)²                          regression
    (2) L1Loss             J(W) = 1/n Σ |y − f|                           regression
    (3) BCELoss            J(W) = −1/n Σ [y log f + (1 − y) log(1 − f)]   binary, f = σ(z) probabilities
    (4) BCEWithLogitsLoss  (3) with f = σ(z), on the logits z            binary, more stable than Sigmoid + BCE
    (5) CrossEntropyLoss   J(W) = −1/n Σᵢ log softmax(zᵢ)_yᵢ              C classes, on the logits z
    (6) NLLLoss            J(W) = −1/n Σᵢ aᵢ,yᵢ                            C classes, on log-probabilities a
    (7) SmoothL1Loss       ½d²/β near the target, |d| − ½β far (d = f − y)   regression with outliers
    (8) HuberLoss          ½d² near the target, δ(|d| − ½δ) far              regression with outliers

Each takes ``reduction='mean'`` (the average over n, the default), ``'sum'`` or ``'none'`` (one value per term).
PyTorch's deprecated ``size_average`` and ``reduce`` are accepted too, mapped to ``reduction`` as PyTorch maps them
(with a warning that says which ``reduction`` to write instead).

Examples
--------
The "will I pass this class?" network ends in a sigmoid, so its loss is binary cross-entropy:

>>> import mldlab
>>> from mldlab import nn
>>> loss_fn = nn.BCELoss()
>>> f = mldlab.tensor([[0.9], [0.2], [0.6]])      # predicted P(pass)
>>> y = mldlab.tensor([[1.0], [0.0], [1.0]])      # passed?
>>> loss_fn(f, y)
tensor(0.2798)
"""

from mldlab._ops import loss as _loss
from mldlab._ops._loss_util import check_reduction, legacy_reduction
from mldlab.nn.module import Module
from mldlab.tensor import Tensor


class _Loss(Module):
    """What every loss shares: the ``reduction`` ('mean', 'sum' or 'none'), checked at construction.

    The deprecated ``size_average`` and ``reduce``, when given, decide ``reduction`` instead (PyTorch's rule).
    """

    def __init__(self, size_average=None, reduce=None, reduction: str = "mean"):
        super().__init__()
        reduction = legacy_reduction(type(self).__name__, size_average, reduce, reduction)
        check_reduction(type(self).__name__, reduction)
        self.reduction = reduction


class _WeightedLoss(_Loss):
    """A loss with a ``weight`` tensor, kept as a buffer (so it is in ``state_dict``, as in PyTorch)."""

    def __init__(self, weight: Tensor | None = None, size_average=None, reduce=None, reduction: str = "mean"):
        super().__init__(size_average, reduce, reduction)
        self.register_buffer("weight", weight)


class MSELoss(_Loss):
    """(1) Mean squared error J(W) = 1/n Σ (y − f)², for regression.

    Parameters
    ----------
    size_average, reduce : bool, optional
        Deprecated: use ``reduction`` (see the module's docstring).
    reduction : {'mean', 'sum', 'none'}, default 'mean'

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> nn.MSELoss()(mldlab.tensor([2.5, 0.0]), mldlab.tensor([3.0, -1.0]))     # (0.25 + 1)/2
    tensor(0.6250)
    """

    def forward(self, input: Tensor, target: Tensor) -> Tensor:
        return _loss.mse_loss(input, target, reduction=self.reduction)


class L1Loss(_Loss):
    """(2) Mean absolute error J(W) = 1/n Σ |y − f|.

    Parameters
    ----------
    size_average, reduce : bool, optional
        Deprecated: use ``reduction``.
    reduction : {'mean', 'sum', 'none'}, default 'mean'
    """

    def forward(self, input: Tensor, target: Tensor) -> Tensor:
        return _loss.l1_loss(input, target, reduction=self.reduction)


class SmoothL1Loss(_Loss):
    """(7) Smooth L1: ½d²/β where |d| < β, |d| − ½β elsewhere (d = f − y), for regression with outliers.

    Parameters
    ----------
    size_average, reduce : bool, optional
        Deprecated: use ``reduction``.
    reduction : {'mean', 'sum', 'none'}, default 'mean'
    beta : float, default 1.0
        Where the quadratic part ends; β = 0 gives the L1 loss.
    """

    def __init__(self, size_average=None, reduce=None, reduction: str = "mean", beta: float = 1.0):
        super().__init__(size_average, reduce, reduction)
        self.beta = beta

    def forward(self, input: Tensor, target: Tensor) -> Tensor:
        return _loss.smooth_l1_loss(input, target, reduction=self.reduction, beta=self.beta)


class HuberLoss(_Loss):
    """(8) Huber: ½d² where |d| < δ, δ(|d| − ½δ) elsewhere (d = f − y); Huber(δ) = δ · SmoothL1(β = δ).

    Parameters
    ----------
    reduction : {'mean', 'sum', 'none'}, default 'mean'
    delta : float, default 1.0

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> nn.HuberLoss(delta=1.0)(mldlab.tensor([0.5, 3.0]), mldlab.tensor([0.0, 0.0]))  # (0.125 + 2.5)/2
    tensor(1.3125)
    """

    def __init__(self, reduction: str = "mean", delta: float = 1.0):
        super().__init__(reduction=reduction)
        self.delta = delta

    def forward(self, input: Tensor, target: Tensor) -> Tensor:
        return _loss.huber_loss(input, target, reduction=self.reduction, delta=self.delta)


class BCELoss(_WeightedLoss):
    """(3) Binary cross-entropy J(W) = −1/n Σ [y log f + (1 − y) log(1 − f)] on probabilities f ∈ [0, 1].

    Parameters
    ----------
    weight : Tensor, optional
        A weight per element, broadcast to the input's shape.
    reduction : {'mean', 'sum', 'none'}, default 'mean'

    Notes
    -----
    The input and target must have the same shape: a model output of shape (N, 1) needs a target of shape
    (N, 1), not (N,) (PyTorch refuses it too). Each log is clamped at −100, as in PyTorch.
    """

    def forward(self, input: Tensor, target: Tensor) -> Tensor:
        return _loss.binary_cross_entropy(input, target, self.weight, reduction=self.reduction)


class BCEWithLogitsLoss(_Loss):
    """(4) ``Sigmoid`` and ``BCELoss`` in one, on the logits z: J = 1/n Σ [(1 − y)·z − log σ(z)].

    Its gradient is simply ∂J/∂z = (σ(z) − y)/n, and it stays exact for any z (no log of 0).

    Parameters
    ----------
    weight : Tensor, optional
        A weight per element, broadcast to the input's shape.
    reduction : {'mean', 'sum', 'none'}, default 'mean'
    pos_weight : Tensor, optional
        A weight p for positive examples: the term becomes (1 − y)·z − (1 + (p − 1)·y)·log σ(z).
    """

    def __init__(self, weight: Tensor | None = None, size_average=None, reduce=None, reduction: str = "mean",
                 pos_weight: Tensor | None = None):
        super().__init__(size_average, reduce, reduction)
        self.register_buffer("weight", weight)
        self.register_buffer("pos_weight", pos_weight)

    def forward(self, input: Tensor, target: Tensor) -> Tensor:
        return _loss.binary_cross_entropy_with_logits(input, target, self.weight, reduction=self.reduction,
                                                      pos_weight=self.pos_weight)


class CrossEntropyLoss(_WeightedLoss):
    """(5) ``Softmax`` and cross-entropy in one, on the logits z: J = −1/n Σᵢ log softmax(zᵢ)_yᵢ.

    Its gradient is ∂J/∂z = (softmax(z) − onehot(y))/n. Do not put a Softmax layer before it.

    Parameters
    ----------
    weight : Tensor, optional
        A weight per class, shape (C,); 'mean' then divides by Σᵢ w_yᵢ.
    ignore_index : int, default -100
        A target value that is skipped (adds nothing and is not counted).
    reduction : {'mean', 'sum', 'none'}, default 'mean'
    label_smoothing : float, default 0.0
        ε in [0, 1]: the target becomes (1 − ε)·onehot(y) + ε/C.

    Notes
    -----
    The target is either class indices (int64) of shape (N,) for an input (N, C), or class probabilities of
    the input's shape; see ``mldlab.nn.functional.cross_entropy`` for all shapes and PyTorch's formulas.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> scores = mldlab.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
    >>> nn.CrossEntropyLoss()(scores, mldlab.tensor([0, 2]))
    tensor(0.1755)
    """

    def __init__(self, weight: Tensor | None = None, size_average=None, ignore_index: int = -100, reduce=None,
                 reduction: str = "mean", label_smoothing: float = 0.0):
        super().__init__(weight, size_average, reduce, reduction)
        self.ignore_index = ignore_index
        self.label_smoothing = label_smoothing

    def forward(self, input: Tensor, target: Tensor) -> Tensor:
        return _loss.cross_entropy(input, target, self.weight, ignore_index=self.ignore_index,
                                   reduction=self.reduction, label_smoothing=self.label_smoothing)


class NLLLoss(_WeightedLoss):
    """(6) Negative log-likelihood J = −1/n Σᵢ aᵢ,yᵢ on log-probabilities a (after ``LogSoftmax``).

    ``NLLLoss()(LogSoftmax(dim=1)(z), y)`` equals ``CrossEntropyLoss()(z, y)``.

    Parameters
    ----------
    weight : Tensor, optional
        A weight per class, shape (C,).
    ignore_index : int, default -100
    reduction : {'mean', 'sum', 'none'}, default 'mean'
    """

    def __init__(self, weight: Tensor | None = None, size_average=None, ignore_index: int = -100, reduce=None,
                 reduction: str = "mean"):
        super().__init__(weight, size_average, reduce, reduction)
        self.ignore_index = ignore_index

    def forward(self, input: Tensor, target: Tensor) -> Tensor:
        return _loss.nll_loss(input, target, self.weight, ignore_index=self.ignore_index, reduction=self.reduction)
