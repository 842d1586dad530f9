"""``explain.batch_norm``: what a batch-normalisation layer does to one feature (channel), with numbers.

In training mode, from the n values xᵢ of the feature in the batch (every sample, and every place of a map):

    (1) μ_B = (1/n) Σᵢ xᵢ                         the batch mean
    (2) σ²_B = (1/n) Σᵢ (xᵢ − μ_B)²               the batch variance (divided by n)
    (3) x̂ᵢ = (xᵢ − μ_B) / √(σ²_B + ε)             normalised: mean 0, variance about 1
    (4) yᵢ = γ·x̂ᵢ + β                              scaled and shifted by the learned γ (weight) and β (bias)
    (5) running_mean ← (1 − m)·running_mean + m·μ_B
        running_var ← (1 − m)·running_var + m·σ²_B·n/(n − 1)      (m: momentum; the variance divided by n − 1)

In evaluation mode the running statistics replace μ_B and σ²_B in (3), and nothing is updated: a prediction for
one sample does not depend on the others in its batch. (With momentum=None, m = 1/t after t batches: the plain
average of all batches so far.)

Everything is computed here in float64 and must equal the layer's output and its updated running statistics
(``matches``); the layer itself is left as it was (the explanation runs on a copy).
"""

import copy
import dataclasses

import numpy as np

from mldlab import nn
from mldlab.creation import tensor
from mldlab.explain import _cnn
from mldlab.explain._estimator import in_language
from mldlab.explain._format import factor, num, vector
from mldlab.explain._result import Math, Result, heading, line
from mldlab.grad_mode import no_grad
from mldlab.i18n import message


@dataclasses.dataclass(repr=False)
class BatchNormResult(Result):
    """Batch normalisation of one ``feature``: its ``n`` values ``x`` in the batch, the ``mean`` and ``var`` used
    (the batch's in training mode, ``batch``; else the running ones), ``x_hat``, ``gamma``, ``beta`` and ``y``
    (computed here) beside ``layer_y`` (the layer's), and in training mode the running statistics ``before`` and
    ``after`` the update (``factor`` m; None when nothing is updated)."""

    layer: str
    feature: int
    training: bool
    batch: bool
    n: int
    eps: float
    x: list
    mean: float
    var: float
    x_hat: list
    gamma: float
    beta: float
    y: list
    layer_y: list
    factor: float | None
    before: dict | None
    after: dict | None
    layer_after: dict | None
    matches: bool

    kind = "batch_norm"

    def _lines(self) -> list:
        mode = message("explain_cnn_bn_training") if self.training else message("explain_cnn_bn_eval")
        lines = [heading(message("explain_cnn_bn_title", feature=self.feature, mode=mode)),
                 line(message("explain_cnn_layer"), self.layer),
                 line(message("explain_cnn_bn_values", n=self.n), Math(f"x = {vector(self.x)}"))]
        x0, hat0 = self.x[0], self.x_hat[0]
        if self.batch:
            lines += [line("(1) ", message("explain_cnn_bn_mean"),
                           Math(f"μ_B = (1/n) Σᵢ xᵢ = {num(sum(self.x))}/{self.n} = {num(self.mean)}"), depth=1),
                      line("(2) ", message("explain_cnn_bn_var"),
                           Math(f"σ²_B = (1/n) Σᵢ (xᵢ − μ_B)² = {num(self.var)}"), depth=1)]
            symbol_mean, symbol_var = "μ_B", "σ²_B"
        else:
            lines += [line("(1) ", message("explain_cnn_bn_running"), depth=1),
                      line(Math(f"μ = running_mean = {num(self.mean)},  σ² = running_var = {num(self.var)}"),
                           depth=2)]
            symbol_mean, symbol_var = "μ", "σ²"
        denominator = np.sqrt(self.var + self.eps)
        lines += [line("(3) " if self.batch else "(2) ", message("explain_cnn_bn_normalise"),
                       Math(f"x̂ᵢ = (xᵢ − {symbol_mean}) / √({symbol_var} + ε)"), depth=1),
                  line(message("explain_cnn_bn_first"),
                       Math(f"x̂₀ = ({num(x0)} − {factor(self.mean)}) / √({num(self.var)} + {num(self.eps)}) = "
                            f"{num(x0 - self.mean)}/{num(denominator)} = {num(hat0)}"), depth=2),
                  line(Math(f"x̂ = {vector(self.x_hat)}"), depth=2),
                  line("(4) " if self.batch else "(3) ", message("explain_cnn_bn_scale"),
                       Math(f"yᵢ = γ·x̂ᵢ + β,  γ = {num(self.gamma)},  β = {num(self.beta)}"), depth=1),
                  line(Math(f"y₀ = {num(self.gamma)}·{factor(hat0)} + {factor(self.beta)} = {num(self.y[0])},  "
                            f"y = {vector(self.y)}"), depth=2)]
        lines += self._running_lines()
        mark = "✓" if self.matches else "✗"
        lines.append(line(message("explain_cnn_bn_check"), Math(f"y = {vector(self.layer_y)}"), f" {mark}", depth=1))
        return lines

    def _running_lines(self) -> list:
        if self.after is None:
            reason = message("explain_cnn_bn_no_update_eval") if not self.training else \
                message("explain_cnn_bn_no_running")
            return [line(reason, depth=1)]
        m, n = self.factor, self.n
        b, a = self.before, self.after
        unbiased = self.var * n / (n - 1) if n > 1 else float("nan")
        return [line("(5) ", message("explain_cnn_bn_update", t=a["num_batches_tracked"]), Math(f"m = {num(m)}"),
                     depth=1),
                line(Math(f"running_mean ← (1 − {num(m)})·{factor(b['running_mean'])} + {num(m)}·"
                          f"{factor(self.mean)} = {num(a['running_mean'])}"), depth=2),
                line(Math(f"running_var ← (1 − {num(m)})·{factor(b['running_var'])} + {num(m)}·{num(unbiased)} = "
                          f"{num(a['running_var'])}"), "   ",
                     message("explain_cnn_bn_unbiased", dof=n - 1), depth=2)]


def _statistics(layer, feature: int) -> dict | None:
    if layer.running_mean is None:
        return None
    return {"running_mean": float(layer.running_mean.numpy()[feature]),
            "running_var": float(layer.running_var.numpy()[feature]),
            "num_batches_tracked": int(layer.num_batches_tracked.numpy())}


def batch_norm(layer, x, *, feature=0, lang=None) -> BatchNormResult:
    """What ``BatchNorm1d`` or ``BatchNorm2d`` does to one feature of a batch, in the mode the layer is in.

    Parameters
    ----------
    layer : nn.BatchNorm1d or nn.BatchNorm2d
        The layer, in training mode (``layer.train()``: batch statistics, running statistics updated) or evaluation
        mode (``layer.eval()``: running statistics). It is not changed: the update is shown, made on a copy.
    x : array-like or Tensor
        A batch: (N, C) or (N, C, L) for ``BatchNorm1d``, (N, C, H, W) for ``BatchNorm2d``.
    feature : int, default 0
        The feature (channel) c.
    lang : {'en', 'ko'}, optional
        The language of the rendering (and of any error).

    Returns
    -------
    BatchNormResult

    Examples
    --------
    >>> from mldlab import nn
    >>> result = batch_norm(nn.BatchNorm1d(2), [[1.0, 0.0], [2.0, 0.0], [3.0, 0.0], [6.0, 0.0]])
    >>> result.mean, result.var, result.matches
    (3.0, 3.5, True)
    >>> print(result)                    # doctest: +ELLIPSIS
    Batch normalisation: feature 0, training mode
    ─────────────────────────────────────────────
    Layer: BatchNorm1d(2, eps=1e-05, momentum=0.1, ...)
    The feature's n = 4 values in the batch: x = [1, 2, 3, 6]
      (1) The batch mean: μ_B = (1/n) Σᵢ xᵢ = 12/4 = 3
      (2) The batch variance (divided by n): σ²_B = (1/n) Σᵢ (xᵢ − μ_B)² = 3.5
      (3) Normalise: x̂ᵢ = (xᵢ − μ_B) / √(σ²_B + ε)
        the first value: x̂₀ = (1 − 3) / √(3.5 + 1·10^−5) = −2/1.871 = −1.069
        x̂ = [−1.069, −0.5345, 0, 1.604]
      (4) Scale and shift by the learned γ (weight) and β (bias): yᵢ = γ·x̂ᵢ + β,  γ = 1,  β = 0
        y₀ = 1·(−1.069) + 0 = −1.069,  y = [−1.069, −0.5345, 0, 1.604]
      (5) Running statistics for evaluation mode, update 1: m = 0.1
        running_mean ← (1 − 0.1)·0 + 0.1·3 = 0.3
        running_var ← (1 − 0.1)·1 + 0.1·4.667 = 1.367   (the batch variance divided by n − 1 = 3)
      The layer's own output: y = [−1.069, −0.5345, 0, 1.604] ✓
    """
    op = "explain.batch_norm"
    with in_language(lang):
        if not isinstance(layer, (nn.BatchNorm1d, nn.BatchNorm2d)):
            raise TypeError(message("explain_cnn_layer_type", op=op, expected="BatchNorm1d, BatchNorm2d",
                                    got=type(layer).__name__))
        values = _cnn.array(op, x, layer.running_mean.dtype if layer.running_mean is not None else
                            (layer.weight.dtype if layer.weight is not None else None))
        twin = copy.deepcopy(layer)  # the running statistics are updated on the copy only
        with no_grad():
            out = twin(tensor(values)).numpy()
        feature = _cnn.index(op, "feature", feature, layer.num_features)
        xs = np.moveaxis(values, 1, 0)[feature].ravel().astype(np.float64)
        n = xs.size
        before = _statistics(layer, feature)
        batch = layer.training or before is None
        if batch:
            mean = float(xs.mean())  # (1)
            var = float(((xs - mean) ** 2).mean())  # (2)
        else:
            mean, var = before["running_mean"], before["running_var"]
        x_hat = (xs - mean) / np.sqrt(var + layer.eps)  # (3)
        gamma = 1.0 if layer.weight is None else float(layer.weight.detach().numpy()[feature])
        beta = 0.0 if layer.bias is None else float(layer.bias.detach().numpy()[feature])
        y = gamma * x_hat + beta  # (4)
        layer_y = np.moveaxis(out, 1, 0)[feature].ravel().astype(np.float64)
        tol = 1e-10 if values.dtype == np.float64 else 1e-5
        matches = bool(np.allclose(y, layer_y, rtol=tol, atol=tol * max(1.0, abs(beta), abs(gamma))))
        m = after = layer_after = None
        if layer.training and before is not None:
            t = before["num_batches_tracked"] + 1
            m = layer.momentum if layer.momentum is not None else 1 / t
            unbiased = var * n / (n - 1) if n > 1 else float("nan")
            after = {"running_mean": (1 - m) * before["running_mean"] + m * mean,  # (5)
                     "running_var": (1 - m) * before["running_var"] + m * unbiased, "num_batches_tracked": t}
            layer_after = _statistics(twin, feature)
            matches &= bool(layer_after["num_batches_tracked"] == t and np.allclose(
                [after["running_mean"], after["running_var"]],
                [layer_after["running_mean"], layer_after["running_var"]], rtol=tol, atol=tol, equal_nan=True))
        return BatchNormResult(repr(layer), feature, layer.training, batch, n, float(layer.eps), xs.tolist(), mean,
                               var, x_hat.tolist(), gamma, beta, y.tolist(), layer_y.tolist(), m, before, after,
                               layer_after, matches, lang=lang)
