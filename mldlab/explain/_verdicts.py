"""The training doctor's words: for each finding, its title, its evidence (epochs and numbers) and what to try."""

import math

from mldlab.explain._format import num
from mldlab.i18n import message


def _lr(value) -> str:
    return num(value) if value is not None and math.isfinite(value) else "?"


def texts(code: str, e: dict) -> tuple:
    """(title, evidence, advice) of a finding, in the reader's language."""
    if code == "diverged":
        evidence = message("explain_diagnose_diverged_nan", epoch=e["epoch"], last=num(e["last_finite"]),
                           lr=_lr(e["learning_rate"])) if e["non_finite"] else \
            message("explain_diagnose_diverged_rise", best_epoch=e["best_epoch"], best=num(e["best"]),
                    epoch=e["epoch"], last=num(e["last"]))
        return message("explain_diagnose_diverged"), evidence, message("explain_diagnose_diverged_advice")
    if code == "too_short":
        return message("explain_diagnose_too_short"), message("explain_diagnose_too_short_evidence",
                                                              epochs=e["epochs"]), ""
    if code == "barely_moved":
        return (message("explain_diagnose_barely_moved"),
                message("explain_diagnose_barely_moved_evidence", first=num(e["first"]), best=num(e["best"]),
                        percent=num(100 * e["fall"]), epochs=e["epochs"], lr=_lr(e["learning_rate"])),
                message("explain_diagnose_barely_moved_advice"))
    if code == "overfitting":
        return (message("explain_diagnose_overfitting", epoch=e["best_epoch"]),
                message("explain_diagnose_overfitting_evidence", best_epoch=e["best_epoch"], best=num(e["val_best"]),
                        epochs=e["epochs"], last=num(e["val_last"]), train_best=num(e["train_at_best"]),
                        train_last=num(e["train_last"])),
                message("explain_diagnose_overfitting_advice", epoch=e["best_epoch"]))
    if code == "underfitting":
        if e["still_falling"]:
            return (message("explain_diagnose_still_learning"),
                    message("explain_diagnose_still_learning_evidence", start=e["from_epoch"], epochs=e["epochs"],
                            before=num(e["loss_before"]), last=num(e["last"]), percent=num(100 * e["share"])),
                    message("explain_diagnose_still_learning_advice"))
        return (message("explain_diagnose_underfitting"),
                message("explain_diagnose_underfitting_evidence", first=num(e["first"]), last=num(e["last"]),
                        percent=num(100 * e["ratio"])),
                message("explain_diagnose_underfitting_advice"))
    if code == "noisy":
        return (message("explain_diagnose_noisy"),
                message("explain_diagnose_noisy_evidence", ups=e["rises"], epochs=e["epochs"],
                        ratio=num(e["variation"]), epoch=e["worst_epoch"], before=num(e["worst_from"]),
                        after=num(e["worst_to"])),
                message("explain_diagnose_noisy_advice"))
    if code == "dead_relu":
        layers = ", ".join(f"{d['step']}: {d['dead']}/{d['units']}" for d in e["layers"])
        return (message("explain_diagnose_dead"), message("explain_diagnose_dead_evidence", n=e["samples"],
                                                          layers=layers),
                message("explain_diagnose_dead_advice"))
    if code == "vanishing":
        return (message("explain_diagnose_vanishing"),
                message("explain_diagnose_vanishing_evidence", first=num(e["first"]), last=num(e["last"]),
                        k=e["layers"]),
                message("explain_diagnose_vanishing_advice"))
    if code == "val_below_train":
        cause = message("explain_diagnose_below_dropout", p=num(e["dropout"])) if e["dropout"] else \
            message("explain_diagnose_below_other")
        return (message("explain_diagnose_below"),
                message("explain_diagnose_below_evidence", below=e["below"], epochs=e["epochs"],
                        gap=num(e["mean_gap"])), cause)
    return (message("explain_diagnose_healthy"),
            message("explain_diagnose_healthy_evidence", first=num(e["first"]), last=num(e["last"]),
                    epochs=e["epochs"]), "")
