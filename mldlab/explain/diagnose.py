"""``explain.diagnose``: the training doctor. It reads the learning curves of a ``History`` and says what happened.

The checks, in order (each names its evidence: epochs and numbers):

    diverged         a loss became NaN or ∞, or kept rising far above its minimum     → learning rate too large
    barely_moved     the training loss fell by less than 2 % of where it started      → learning rate too small,
                                                                                        dead ReLUs, vanishing gradients
    overfitting      validation loss rose after its minimum while training loss fell   → early stopping, dropout,
                                                                                        weight decay
    underfitting     still falling steeply at the end, or stuck high on both curves    → train longer, more capacity
    noisy            the curve goes up and down much more than it goes down           → smaller learning rate,
                                                                                        larger batches
    val_below_train  validation loss below training loss for most epochs              → dropout (or other noise) is
                                                                                        on in training only
    healthy          none of the problems above

Given a few samples ``x`` (and their targets ``y``), the doctor also looks inside the network ``fit`` trained:

    dead_relu        ReLU layers where most units output 0 for every sample             → smaller learning rate,
                                                                                        LeakyReLU, other init
    vanishing        the first layer's ‖∂J/∂W‖ below 1/1000 of the last layer's          → ReLU, Adam, fewer layers

Epochs are counted from 1 in the texts (as the progress bar counts them) and in the evidence.
"""

import dataclasses
import math

import numpy as np

from mldlab import nn
from mldlab.explain._network_checks import dead_units, vanishing
from mldlab.explain._result import Result, heading, line
from mldlab.explain._verdicts import texts
from mldlab.explain.backprop import backprop
from mldlab.i18n import message
from mldlab.train.callbacks import History

MIN_EPOCHS = 3
BARELY_MOVED = 0.02  # relative fall of the training loss below which it "barely moved"
RISE = 0.05  # relative rise of the validation loss above its minimum that counts as overfitting
STEEP = 0.1  # share of the whole fall made in the last fifth of the epochs: "still learning"
STUCK = 0.5  # final / first training loss above which a flat curve is "stuck high"
NOISY = 3.0  # total variation of the curve / its net fall above which it is noisy
BELOW = 0.8  # share of the epochs with validation loss below training loss


@dataclasses.dataclass(repr=False)
class DiagnoseResult(Result):
    """What happened in training: ``verdict`` (the main finding's code) and ``findings`` [{code, evidence}]."""

    epochs: int
    verdict: str
    findings: list

    kind = "diagnose"

    def _lines(self) -> list:
        lines = [heading(message("explain_diagnose_title", epochs=self.epochs))]
        for finding in self.findings:
            title, evidence, advice = texts(finding["code"], finding["evidence"])
            lines += [line("• ", title), line(evidence, depth=1)]
            if advice:
                lines.append(line(advice, depth=1))
        return lines


def _curves(history) -> tuple:
    """(training losses, validation losses or None, learning rates or None, the divergence record, the model)."""
    if isinstance(history, History):
        logs, diverged, model = history.history, getattr(history, "diverged", None), history.model
    elif isinstance(history, dict):
        logs, diverged, model = history, None, None
    else:
        raise TypeError(message("explain_diagnose_type", op="explain.diagnose", type=type(history).__name__))
    if not logs.get("loss") and not diverged:
        raise ValueError(message("explain_diagnose_empty", op="explain.diagnose"))
    values = {key: [float(v) for v in logs[key]] if logs.get(key) else None
              for key in ("loss", "val_loss", "learning_rate")}
    return values["loss"] or [], values["val_loss"], values["learning_rate"], diverged, model


def _dropout(model) -> float:
    """The largest dropout probability in the model's network (0 when it has none)."""
    module = getattr(model, "module", None)
    if module is None:
        return 0.0
    return max((float(m.p) for m in module.modules() if isinstance(m, nn.Dropout)), default=0.0)


def _diverged(loss: list, lr, diverged) -> dict | None:
    bad = next((e for e, v in enumerate(loss) if not math.isfinite(v)), None)
    if diverged or bad is not None:
        finite = [v for v in loss if math.isfinite(v)]
        return {"non_finite": True, "epoch": diverged["epoch"] if diverged else bad + 1,
                "last_finite": diverged["last_finite_loss"] if diverged and diverged.get("last_finite_loss")
                is not None else (finite[-1] if finite else float("nan")),
                "learning_rate": diverged["learning_rate"] if diverged else (lr[-1] if lr else float("nan"))}
    best = int(np.argmin(loss))
    if len(loss) >= MIN_EPOCHS and loss[-1] > max(2 * loss[best], loss[0]) and loss[-1] - loss[best] > 1e-8:
        return {"non_finite": False, "best_epoch": best + 1, "best": loss[best], "epoch": len(loss),
                "last": loss[-1], "learning_rate": lr[-1] if lr else float("nan")}
    return None


def _overfitting(loss: list, val: list) -> dict | None:
    best = int(np.argmin(val))
    rise = val[-1] - val[best]
    steps = np.abs(np.diff(val[:best + 1])) if best else np.zeros(1)
    if best < len(val) - 2 and rise > RISE * abs(val[best]) + float(np.median(steps)) and loss[-1] < loss[best]:
        return {"best_epoch": best + 1, "val_best": val[best], "epochs": len(val), "val_last": val[-1],
                "train_at_best": loss[best], "train_last": loss[-1]}
    return None


def _underfitting(loss: list, val, accuracy, noisy: bool) -> dict | None:
    fall = loss[0] - min(loss)
    tail = max(2, len(loss) // 5)
    recent = loss[-tail - 1] - loss[-1]
    share = recent / fall if fall > 0 else 0.0
    if share > STEEP and all(b < a for a, b in zip(loss[-tail - 1:], loss[-tail:])):
        return {"still_falling": True, "from_epoch": len(loss) - tail, "epochs": len(loss),
                "loss_before": loss[-tail - 1], "last": loss[-1], "share": share}
    if noisy:
        return None  # a noisy curve levels off high because of the noise: that is the finding, not capacity
    close = val is None or abs(val[-1] - loss[-1]) < 0.2 * abs(loss[-1]) + 1e-12
    high = loss[-1] / loss[0] > STUCK if loss[0] > 0 else False
    if close and (high or (accuracy is not None and accuracy < 0.85)):
        return {"still_falling": False, "first": loss[0], "last": loss[-1], "ratio": loss[-1] / loss[0]}
    return None


def _noisy(loss: list) -> dict | None:
    steps = np.diff(loss)
    net = abs(loss[0] - loss[-1])
    variation = float(np.abs(steps).sum() / net) if net > 0 else math.inf
    rises = int((steps > 0).sum())
    if len(loss) >= 5 and variation > NOISY and rises >= 0.3 * len(steps):
        worst = int(np.argmax(steps))
        return {"rises": rises, "epochs": len(loss), "variation": variation, "worst_epoch": worst + 2,
                "worst_from": loss[worst], "worst_to": loss[worst + 1]}
    return None


def _inside(model, x, y) -> list:
    """The findings about the network itself: dead ReLU units, vanishing gradients."""
    if model is None:
        raise ValueError(message("explain_diagnose_no_model", op="explain.diagnose"))
    found = []
    dead, n = dead_units(model, x)
    if dead:
        found.append({"code": "dead_relu", "evidence": {"layers": dead, "samples": n}})
    if y is not None:
        evidence = vanishing(backprop(model, x, y, detail="layers").layers)
        if evidence:
            found.append({"code": "vanishing", "evidence": evidence})
    return found


def diagnose(history, x=None, y=None, *, lang: str | None = None) -> DiagnoseResult:
    """What happened in training, in plain words, with the evidence and what to try.

    Parameters
    ----------
    history : History or dict
        What ``Model.fit`` returned (or its ``history.history`` dict of per-epoch lists: 'loss', and
        'val_loss', 'accuracy', 'learning_rate' when there).
    x, y : array-like, optional
        A few samples (and their targets) to look inside the trained network with: dead ReLU units (``x``),
        vanishing gradients (``x`` and ``y``, with the loss it was compiled with). Needs the History of ``fit``.
    lang : {'en', 'ko'}, optional
        The language of the rendering.

    Returns
    -------
    DiagnoseResult

    Examples
    --------
    >>> result = diagnose({"loss": [0.9, 0.6, 0.4, 0.3, 0.25, 0.22, 0.2, 0.19, 0.18, 0.18],
    ...                    "val_loss": [0.9, 0.62, 0.45, 0.38, 0.37, 0.39, 0.44, 0.5, 0.56, 0.63]})
    >>> result.verdict, result.findings[0]["evidence"]["best_epoch"]
    ('overfitting', 5)
    """
    loss, val, lr, diverged, model = _curves(history)
    logs = history.history if isinstance(history, History) else history
    accuracy = float(logs["accuracy"][-1]) if logs.get("accuracy") else None
    findings = []
    found = _diverged(loss, lr, diverged) if loss or diverged else None
    if found:
        findings.append({"code": "diverged", "evidence": found})
    elif len(loss) < MIN_EPOCHS:
        findings.append({"code": "too_short", "evidence": {"epochs": len(loss)}})
    else:
        fall = (loss[0] - min(loss)) / abs(loss[0]) if loss[0] else 0.0
        if fall < BARELY_MOVED:
            findings.append({"code": "barely_moved", "evidence": {
                "first": loss[0], "best": min(loss), "fall": fall, "epochs": len(loss),
                "learning_rate": lr[-1] if lr else float("nan")}})
        else:
            over = _overfitting(loss, val) if val and all(map(math.isfinite, val)) else None
            noisy = _noisy(loss)
            under = None if over else _underfitting(loss, val, accuracy, noisy is not None)
            for code, evidence in (("overfitting", over), ("underfitting", under), ("noisy", noisy)):
                if evidence:
                    findings.append({"code": code, "evidence": evidence})
        if val and all(map(math.isfinite, val)):
            below = sum(v < t for v, t in zip(val, loss))
            if below >= BELOW * len(val) and not any(f["code"] == "overfitting" for f in findings):
                findings.append({"code": "val_below_train", "evidence": {
                    "below": below, "epochs": len(val), "mean_gap": float(np.mean(np.subtract(loss, val))),
                    "dropout": _dropout(model)}})
    if x is not None:
        findings += _inside(model, x, y)
    if not any(f["code"] in ("diverged", "too_short", "barely_moved", "overfitting", "underfitting", "noisy",
                             "dead_relu", "vanishing") for f in findings):
        findings.insert(0, {"code": "healthy", "evidence": {"first": loss[0], "last": loss[-1], "epochs": len(loss)}})
    epochs = diverged["epoch"] if diverged else len(loss)
    return DiagnoseResult(epochs, findings[0]["code"], findings, lang=lang)
