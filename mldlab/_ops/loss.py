"""Loss functions J(W), each one graph node with a closed-form backward.

The slides' losses, with f = f(x⁽ⁱ⁾; W) the prediction and y the target, n the number of terms:

    (1) MSE:  J(W) = 1/n Σ (y − f)²                                  ∂J/∂f = 2(f − y)/n
    (2) L1:   J(W) = 1/n Σ |y − f|                                   ∂J/∂f = sign(f − y)/n
    (3) BCE:  J(W) = −1/n Σ [y log f + (1 − y) log(1 − f)]           ∂J/∂f = (f − y) / (f(1 − f)) / n
    (4) BCE on logits z, f = σ(z):  J = 1/n Σ [(1 − y)·z − log σ(z)]  ∂J/∂z = (σ(z) − y)/n
    (5) cross-entropy on logits z, p = softmax(z), class yᵢ:
              J = −1/n Σᵢ log pᵢ,yᵢ                                  ∂J/∂z = (softmax(z) − onehot(y))/n
    (6) NLL on log-probabilities a:  J = −1/n Σᵢ aᵢ,yᵢ
    (7) Smooth L1 and (8) Huber: ½d² near the target, |d| far from it (d = f − y; ``loss_huber.py``)

(4) and (5) fuse the activation into the loss: the backward skips σ'(z) and the softmax Jacobian, which
cancel, and the forward never takes the log of 0, so logits of ±1000 give finite values and gradients.

``reduction`` is 'mean' (divide by n), 'sum', or 'none' (one loss per term). All kernels follow PyTorch's
formulas, including its weighted means and label smoothing, so the numbers agree with ``torch.nn.functional``.

One file per kind of loss, each kernel under its number:

    loss_regression.py   (1) mse_loss, (2) l1_loss
    loss_binary.py       (3) binary_cross_entropy, (4) binary_cross_entropy_with_logits
    loss_classes.py      (5) cross_entropy, (6) nll_loss
    loss_huber.py        (7) smooth_l1_loss, (8) huber_loss
    _loss_util.py        the checks and reductions they share
"""

from mldlab._ops.loss_binary import binary_cross_entropy, binary_cross_entropy_with_logits
from mldlab._ops.loss_classes import cross_entropy, nll_loss
from mldlab._ops.loss_huber import huber_loss, smooth_l1_loss
from mldlab._ops.loss_regression import l1_loss, mse_loss

__all__ = [
    "mse_loss", "l1_loss",
    "binary_cross_entropy", "binary_cross_entropy_with_logits",
    "cross_entropy", "nll_loss",
    "smooth_l1_loss", "huber_loss",
]
