"""``explain.loss``: a loss with the numbers plugged in, and the empirical risk as the mean over the data.

    BCE            ℒ(ŷ, y) = −[y·log(ŷ) + (1 − y)·log(1 − ŷ)]     ŷ: the predicted probability of class 1
    MSE            ℒ(ŷ, y) = (y − ŷ)²                              ŷ: the predicted number
    cross-entropy  ℒ(ŷ, y) = −log(ŷ_y) = −Σ_c y_c·log(ŷ_c)        ŷ: the predicted probabilities of the C classes

    J(W) = 1/n Σᵢ ℒ(f(x⁽ⁱ⁾; W), y⁽ⁱ⁾)                              the empirical risk (cost, objective)

As in PyTorch, each log is clamped at −100, so a probability of exactly 0 or 1 gives a large finite loss.
"""

import dataclasses

import numpy as np

from mldlab.data.arrays import check_finite, to_numpy
from mldlab.explain._format import factor, num
from mldlab.explain._result import Math, Result, heading, line
from mldlab.i18n import message

SHOWN_SAMPLES = 8
_NAMES = {
    "bce": "bce", "binary_crossentropy": "bce", "binary_cross_entropy": "bce",
    "mse": "mse", "mean_squared_error": "mse", "mse_loss": "mse",
    "cross_entropy": "cross_entropy", "ce": "cross_entropy", "categorical_crossentropy": "cross_entropy",
    "sparse_categorical_crossentropy": "cross_entropy",
}
FORMULAS = {
    "bce": "ℒ(ŷ, y) = −[y·log(ŷ) + (1 − y)·log(1 − ŷ)]",
    "mse": "ℒ(ŷ, y) = (y − ŷ)²",
    "cross_entropy": "ℒ(ŷ, y) = −log(ŷ_y)",
}


def _log(p: float) -> float:
    return max(float(np.log(p)), -100.0) if p > 0 else -100.0


@dataclasses.dataclass(repr=False)
class LossResult(Result):
    """A loss over ``samples`` [{y, y_pred, loss, expression}] and its mean, the empirical ``risk`` J(W)."""

    name: str
    formula: str
    samples: list
    risk: float

    kind = "loss"

    def _lines(self) -> list:
        if self.name == "bce":
            title = message("explain_loss_bce")
        elif self.name == "mse":
            title = message("explain_loss_mse")
        else:
            title = message("explain_loss_cross_entropy")
        lines = [heading(message("explain_loss_title", name=title)), line(Math(self.formula))]
        for i, sample in enumerate(self.samples[:SHOWN_SAMPLES], start=1):
            lines.append(line(Math(f"ℒ⁽{str(i).translate(_SUPER)}⁾ = {sample['expression']} = {num(sample['loss'])}"),
                              depth=1))
        n = len(self.samples)
        if n > SHOWN_SAMPLES:
            lines.append(line(message("explain_more", n=n - SHOWN_SAMPLES), depth=1))
        losses = [s["loss"] for s in self.samples]
        shown = " + ".join(factor(v) for v in losses) if n <= SHOWN_SAMPLES else \
            " + ".join(factor(v) for v in losses[:3]) + " + … + " + factor(losses[-1])
        lines.append(line(message("explain_loss_risk")))
        lines.append(line(Math(f"J(W) = 1/n Σᵢ ℒ⁽ⁱ⁾ = ({shown})/{n} = {num(self.risk)}"), depth=1))
        return lines


_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _samples(key: str, y: np.ndarray, p: np.ndarray, op: str) -> list:
    """One entry per term of the mean: its target, prediction, loss and the loss with the numbers in."""
    if key == "cross_entropy":
        if p.ndim != 2 or not np.allclose(p.sum(axis=1), 1, atol=1e-4) or p.min() < 0:
            raise ValueError(message("explain_loss_probabilities", op=op, shape=p.shape))
        if y.ndim == 1:
            if y.shape[0] != p.shape[0] or np.any(y != np.round(y)) or y.min() < 0 or y.max() >= p.shape[1]:
                raise ValueError(message("explain_loss_classes", op=op, shape=y.shape, n=p.shape[0],
                                         high=p.shape[1] - 1))
            y = np.eye(p.shape[1])[y.astype(int)]
        if y.shape != p.shape:
            raise ValueError(message("explain_loss_shapes", op=op, y_true=y.shape, y_pred=p.shape))
        out = []
        for yi, pi in zip(y, p):
            used = [c for c in range(len(yi)) if yi[c] != 0]
            loss = -sum(yi[c] * _log(pi[c]) for c in used)
            parts = " + ".join(f"{factor(yi[c])}·log({num(pi[c])})" for c in used) or "0"
            out.append({"y": yi.tolist(), "y_pred": pi.tolist(), "loss": float(loss), "expression": f"−[{parts}]"})
        return out
    if y.size != p.size:
        raise ValueError(message("explain_loss_shapes", op=op, y_true=y.shape, y_pred=p.shape))
    y, p = y.ravel(), p.ravel()
    out = []
    for yi, pi in zip(y, p):
        if key == "bce":
            if not (0 <= pi <= 1 and 0 <= yi <= 1):
                raise ValueError(message("explain_loss_bce_range", op=op, y_true=num(yi), y_pred=num(pi)))
            loss = -(yi * _log(pi) + (1 - yi) * _log(1 - pi))
            expression = f"−[{factor(yi)}·log({num(pi)}) + {factor(1 - yi)}·log({num(1 - pi)})]"
        else:
            loss = (yi - pi) ** 2
            expression = f"({num(yi)} − {factor(pi)})²"
        out.append({"y": float(yi), "y_pred": float(pi), "loss": float(loss), "expression": expression})
    return out


def loss(name: str, y_true, y_pred, *, lang: str | None = None) -> LossResult:
    """A loss with the numbers plugged in for each sample, and the empirical risk J(W), their mean.

    Parameters
    ----------
    name : {'bce', 'mse', 'cross_entropy'}
        Also Keras's names ('binary_crossentropy', 'mean_squared_error', 'categorical_crossentropy',
        'sparse_categorical_crossentropy').
    y_true : array-like
        The targets: 0/1 labels for BCE, numbers for MSE, class indices (n,) or one-hot rows (n, C) for
        cross-entropy.
    y_pred : array-like
        The predictions: probabilities for BCE, numbers for MSE, rows of C class probabilities for cross-entropy.
    lang : {'en', 'ko'}, optional
        The language of the rendering (default: the language in force when it is printed).

    Returns
    -------
    LossResult

    Examples
    --------
    >>> result = loss("bce", [1, 0], [0.9, 0.2])
    >>> round(result.risk, 4)
    0.1643
    >>> print(result)
    Loss: binary cross-entropy
    ──────────────────────────
    ℒ(ŷ, y) = −[y·log(ŷ) + (1 − y)·log(1 − ŷ)]
      ℒ⁽¹⁾ = −[1·log(0.9) + 0·log(0.1)] = 0.1054
      ℒ⁽²⁾ = −[0·log(0.2) + 1·log(0.8)] = 0.2231
    Empirical risk (cost): the mean of the losses over the data
      J(W) = 1/n Σᵢ ℒ⁽ⁱ⁾ = (0.1054 + 0.2231)/2 = 0.1643
    """
    op = "explain.loss"
    key = _NAMES.get(name.lower()) if isinstance(name, str) else None
    if key is None:
        raise ValueError(message("explain_loss_name", op=op, name=name, names=", ".join(sorted(_NAMES))))
    y = check_finite(to_numpy(y_true, op, "y_true"), op, "y_true").astype(float)
    p = check_finite(to_numpy(y_pred, op, "y_pred"), op, "y_pred").astype(float)
    if p.size == 0:
        raise ValueError(message("explain_loss_empty", op=op))
    samples = _samples(key, y, p, op)
    risk = float(np.mean([s["loss"] for s in samples]))
    return LossResult(key, FORMULAS[key], samples, risk, lang=lang)
