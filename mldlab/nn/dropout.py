"""Dropout: regularisation by switching off random units while training (the slides' last topic).

In training, each unit is kept with probability 1 − p and dropped (set to 0) with probability p. The kept
ones are scaled by 1/(1 − p) ("inverted dropout"), so the expected output equals the input and nothing
has to change at test time, where dropout passes its input through:

    (1) mᵢ ~ Bernoulli(1 − p)
    (2) yᵢ = mᵢ · xᵢ / (1 − p)          (training)
    (3) y = x                           (evaluation: model.eval())

The gradient uses the same mask: ∂yᵢ/∂xᵢ = mᵢ / (1 − p).

Examples
--------
>>> import mldlab
>>> from mldlab import nn
>>> _ = mldlab.manual_seed(0)
>>> drop = nn.Dropout(p=0.5)
>>> drop(mldlab.ones(8))
tensor([0., 2., 2., 2., 0., 0., 0., 0.])
>>> drop.eval()(mldlab.ones(8))
tensor([1., 1., 1., 1., 1., 1., 1., 1.])
"""

import numbers

import numpy as np

from mldlab import _random
from mldlab.i18n import message
from mldlab.nn import _checks
from mldlab.nn.config import register_layer
from mldlab.nn.module import Module
from mldlab.tensor import Tensor


def _check_p(op: str, p) -> None:
    if isinstance(p, bool) or not isinstance(p, numbers.Real) or not 0 <= p <= 1:
        raise ValueError(message("dropout_p", op=op, p=p))


def dropout(input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False, generator=None) -> Tensor:
    """Inverted dropout as one graph node: (1) m ~ Bernoulli(1 − p), (2) y = m · x / (1 − p).

    Parameters
    ----------
    input : Tensor
    p : float, default 0.5
        The probability of dropping each unit, in [0, 1]. p = 1 gives zeros.
    training : bool, default True
        With False, returns ``input`` unchanged (3).
    inplace : bool, default False
        Accepted for PyTorch compatibility; a new tensor is always made.
    generator : mldlab.Generator, optional
        Source of the mask (mldlab's addition; otherwise this thread's default generator).
    """
    _check_p("dropout", p)
    if not training or p == 0:
        return input
    x = input._data
    keep = 1.0 - p
    m = _random.get_rng(generator).random(x.shape) < keep  # (1)
    # m / (1 − p), kept in the input's dtype; for p = 1 nothing is kept and the scale is 0.
    scale = m.astype(x.dtype) * (1.0 / keep) if keep > 0 else np.zeros(x.shape, x.dtype)
    y = x * scale  # (2)

    def backward(g):
        return (g * scale,)  # ∂yᵢ/∂xᵢ = mᵢ / (1 − p)

    return Tensor._from_op(y, "dropout", (input,), backward)


@register_layer
class Dropout(Module):
    """Inverted dropout: in training, zero each unit with probability p and scale the rest by 1/(1 − p).

    Parameters
    ----------
    p : float, default 0.5
        The probability of dropping a unit, in [0, 1].
    inplace : bool, default False
        Accepted for PyTorch compatibility (shown in the repr).
    generator : mldlab.Generator, optional
        Source of the masks (mldlab's addition); otherwise this thread's default generator (``mldlab.manual_seed``).

    Notes
    -----
    In evaluation mode (``model.eval()``) the layer returns its input unchanged.

    Examples
    --------
    >>> from mldlab import nn
    >>> nn.Dropout(0.2)
    Dropout(p=0.2, inplace=False)
    """

    def __init__(self, p: float = 0.5, inplace: bool = False, generator=None):
        super().__init__()
        _check_p("Dropout", p)
        self.p = p
        self.inplace = _checks.flag("Dropout", "inplace", inplace)
        self.generator = generator

    _code_positional = ("p",)

    def get_config(self) -> dict:
        return {"p": float(self.p), "inplace": self.inplace}

    def _keras_layer(self, ndim: int) -> dict:
        return {"layer": "Dropout", "options": [repr(float(self.p))]}  # p is the rate dropped in both

    def forward(self, input: Tensor) -> Tensor:
        return dropout(input, self.p, self.training, generator=self.generator)

    def extra_repr(self) -> str:
        return f"p={self.p}, inplace={self.inplace}"
