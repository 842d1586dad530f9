"""Learning curves: the loss and the metrics of each epoch, training against validation.

The training loss goes down as long as the model learns; the validation loss goes down while it *generalises*
and turns up when it starts to overfit ("학습 데이터를 너무 많이 기억"). Early stopping ("과적합 이전에 멈추는 것")
watches the validation loss and stops ``patience`` epochs after its best epoch.
"""

import numpy as np

from mldlab.i18n import message
from mldlab.train import Model
from mldlab.train.callbacks import History
from mldlab.viz import _style

_SKIP = ("loss", "learning_rate", "iteration_loss")


def _records(history) -> dict:
    if isinstance(history, Model):
        history = history.history
    if isinstance(history, History):
        return history.history
    if isinstance(history, dict):
        return history
    raise TypeError(message("viz_history_type", type=type(history).__name__))


def draw_curves(ax, records: dict, key: str, best_epoch: int | None = None, stopped_epoch: int | None = None,
                per_iteration: bool = False) -> None:
    """Training (●) and validation (■) values of ``key`` per epoch on ``ax``, with the epochs marked."""
    values = records.get(key, [])
    epochs = np.arange(1, len(values) + 1)
    if per_iteration and key == "loss":
        per_epoch = records.get("iteration_loss", [])
        steps = [e + (i + 1) / len(losses) for e, losses in enumerate(per_epoch) for i in range(len(losses))]
        ax.plot(steps, [loss for losses in per_epoch for loss in losses], color=_style.SKY, linewidth=1, alpha=0.8,
                gid="iteration_loss", label=message("viz_history_iteration"))
    marker = len(values) <= 60
    ax.plot(epochs, values, marker="o" if marker else None, color=_style.BLUE, linewidth=_style.LINE, gid=key,
            label=message("viz_history_train"))
    if "val_" + key in records:
        ax.plot(epochs, records["val_" + key], marker="s" if marker else None, color=_style.ORANGE,
                linewidth=_style.LINE, gid="val_" + key, label=message("viz_history_validation"))
    if best_epoch is not None:
        watched = records.get("val_" + key, values)
        ax.axvline(best_epoch + 1, color=_style.GREEN, linestyle=":", linewidth=2.5, gid="best_epoch",
                   label=message("viz_history_best", epoch=best_epoch + 1))
        if best_epoch < len(watched):
            ax.plot([best_epoch + 1], [watched[best_epoch]], marker="*", markersize=22, color=_style.GREEN,
                    markeredgecolor="black", linestyle="")
    if stopped_epoch:
        ax.axvline(stopped_epoch + 1, color=_style.RED, linestyle="--", linewidth=2.5, gid="stopped_epoch",
                   label=message("viz_history_stopped", epoch=stopped_epoch + 1))
    if len(epochs) <= 12:
        ax.set_xticks(epochs)


def history(history, *, early_stopping=None, per_iteration: bool = False, metrics=None, lang: str | None = None):
    """Loss and metrics per epoch, training vs validation, with the best and the early-stopping epochs marked.

    Parameters
    ----------
    history : History, Model or dict
        What ``fit`` returned (or the model, or ``history.history``).
    early_stopping : EarlyStopping, optional
        The callback used in ``fit``: its ``best_epoch`` and ``stopped_epoch`` are marked. Without it the best
        epoch is the one with the lowest ``val_loss`` (when there is one).
    per_iteration : bool, default False
        Also draw the loss of every iteration (batch), between the epochs.
    metrics : list of str, optional
        The metrics to draw, one panel each after the loss (default: every metric recorded).
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        In each panel the training curve has the gid of its key (``'loss'``, ``'accuracy'``, …), one point per
        epoch, and the validation curve ``'val_…'``.

    Examples
    --------
    >>> fig = history({"loss": [0.9, 0.5, 0.4], "val_loss": [1.0, 0.6, 0.7]}, lang="en")
    >>> [line.get_xdata().tolist() for line in fig.axes[0].lines if line.get_gid() == "val_loss"]
    [[1, 2, 3]]
    >>> [line.get_xdata()[0] for line in fig.axes[0].lines if line.get_gid() == "best_epoch"]
    [2]
    """
    records = _records(history)
    keys = ["loss"] + (list(metrics) if metrics is not None else
                       [k for k in records if not k.startswith("val_") and k not in _SKIP])
    best = early_stopping.best_epoch if early_stopping is not None else (
        int(np.argmin(records["val_loss"])) if records.get("val_loss") else None)
    stopped = early_stopping.stopped_epoch if early_stopping is not None else None
    with _style.speaking(lang):
        fig, _ = _style.figure(1, len(keys), figsize=(7.5 * len(keys), 5.5))
        for ax, key in zip(fig.axes, keys):
            draw_curves(ax, records, key, best, stopped, per_iteration)
            label = message("viz_history_loss") if key == "loss" else message("viz_history_accuracy") \
                if key == "accuracy" else key
            _style.decorate(ax, label, message("viz_history_epoch"), label)
            _style.legend(ax, loc="best")
        diverged = getattr(_as_history(history), "diverged", None)
        if diverged:
            fig.suptitle(message("viz_history_diverged", epoch=diverged["epoch"], iteration=diverged["iteration"]),
                         fontsize=_style.TITLE, color=_style.RED)
        return _style.finish(fig)


def _as_history(history):
    return history.history if isinstance(history, Model) else history
