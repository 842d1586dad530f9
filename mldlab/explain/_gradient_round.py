"""One stage m of gradient boosting with numbers (``explain.boosting_round`` for ``GradientBoostingClassifier`` and
``GradientBoostingRegressor``):

    (1) the residuals, the negative gradient of the loss at Fₘ₋₁ (d = y − Fₘ₋₁(x)):
        squared error  r = d                          log loss (2 classes)  r = y − σ(F)
        absolute error r = sign(d)                    log loss (K classes)  rₖ = [y = k] − softmax(F)ₖ
        quantile α     r = α·[d > 0] + (α − 1)·[d ≤ 0]
        huber α        r = max(−δ, min(δ, d)), δ = the α-quantile of |d| (recomputed at every stage)
    (2) a regression tree hₘ fitted to r, whose leaves then take the value that lowers the loss most
    (3) Fₘ(x) = Fₘ₋₁(x) + η·hₘ(x)

Fₘ₋₁ is the prior F₀ (``init_``) or the model's stage m − 1; Fₘ computed here must equal the model's stage m.
"""

import dataclasses
import itertools

import numpy as np

from mldlab.explain._estimator import sub
from mldlab.explain._format import factor, num, vector
from mldlab.explain._result import Math, Result, heading, line
from mldlab.i18n import message
from mldlab.ml.gradient_boosting import GradientBoostingClassifier

ROWS = 5  # samples shown, spread over the data


@dataclasses.dataclass(repr=False)
class GradientBoostingRoundResult(Result):
    """One stage of gradient boosting: for a few samples (``rows``) yᵢ, Fₘ₋₁, the residual r, the tree's hₘ and
    Fₘ; the ``trees`` of the stage (one per class for K ≥ 3) with their leaf values; the mean loss before and
    after. ``alpha`` and ``delta`` are the quantile and Huber losses' α and δ."""

    estimator: str
    round: int
    n_rounds: int
    loss: str
    alpha: float | None
    delta: float | None
    learning_rate: float
    classes: list | None
    n_samples: int
    rows: list
    trees: list
    loss_before: float
    loss_after: float
    matches: bool

    kind = "gradient_boosting_round"

    def _lines(self) -> list:
        m, mp = sub(self.round + 1), sub(self.round)
        eta, K, F = num(self.learning_rate), len(self.trees), f"F{mp}(xᵢ)"
        residual = {"squared_error": f"rᵢ = yᵢ − {F}", "binomial": f"rᵢ = yᵢ − σ({F})",
                    "multinomial": f"rᵢₖ = [yᵢ = k] − softmax({F})ₖ", "absolute_error": f"rᵢ = sign(yᵢ − {F})",
                    "quantile": f"rᵢ = α·[yᵢ > {F}] + (α − 1)·[yᵢ ≤ {F}]",
                    "huber": f"rᵢ = max(−δ, min(δ, yᵢ − {F}))"}[self.loss]
        given = f"N = {self.n_samples},  η = {eta}" + (f",  α = {num(self.alpha)}" if self.alpha is not None else "")
        lines = [heading(message("explain_boost_gb_title", estimator=self.estimator, round=self.round + 1,
                                 n_rounds=self.n_rounds)),
                 line(message("explain_given"), Math(given)),
                 line("(1) ", message("explain_boost_residuals"), Math(residual), depth=1)]
        if self.delta is not None:
            lines.append(line(message("explain_boost_delta"), Math(f"δ = {num(self.delta)}"), depth=2))
        for r in self.rows:
            lines.append(line(message("explain_boost_sample", i=r["i"]),
                              Math(f"y = {_value(r['y'])},  F{mp} = {_value(r['F_before'])},  r = {_value(r['r'])}"),
                              depth=2))
        lines.append(line("(2) ", message("explain_boost_trees", k=K) if K > 1 else message("explain_boost_tree"),
                          depth=1))
        for k, tree in enumerate(self.trees):
            head = [message("explain_boost_class", label=self.classes[k])] if K > 1 else []
            lines.append(line(*head, message("explain_boost_leaves", depth=tree["depth"], n=tree["n_leaves"]),
                              Math(vector(tree["leaf_values"])), depth=2))
        lines += self._leaf_lines()
        lines.append(line("(3) ", message("explain_boost_add"), Math(f"F{m}(x) = F{mp}(x) + η·h{m}(x)"), depth=1))
        for r in self.rows:
            lines.append(line(message("explain_boost_sample", i=r["i"]),
                              Math(f"F{m} = {_value(r['F_before'])} + {eta}·{_value(r['h'], True)} = "
                                   f"{_value(r['F_after'])}"), depth=2))
        lines.append(line(self._loss_name(), Math(f"{num(self.loss_before)} → {num(self.loss_after)}"), depth=1))
        mark = "✓" if self.matches else "✗"
        staged = "staged_predict" if self.classes is None else "staged_decision_function"
        lines.append(line(message("explain_ml_check", methods=staged), f" {mark}", depth=1))
        return lines

    def _leaf_lines(self) -> list:
        if self.loss == "binomial":
            return [line(message("explain_boost_newton"), Math("γ = Σᵢ rᵢ / Σᵢ pᵢ·(1 − pᵢ)"), depth=2)]
        if self.loss == "multinomial":
            return [line(message("explain_boost_newton"), Math("γ = (K − 1)/K · Σᵢ rᵢₖ / Σᵢ pᵢₖ·(1 − pᵢₖ)"), depth=2)]
        if self.loss == "absolute_error":
            return [line(message("explain_boost_leaf_median"), depth=2)]
        if self.loss == "quantile":
            return [line(message("explain_boost_leaf_quantile"), depth=2)]
        if self.loss == "huber":
            return [line(message("explain_boost_leaf_huber"), depth=2)]
        return []

    def _loss_name(self) -> str:
        if self.loss == "squared_error":
            return message("explain_boost_mse")
        if self.loss == "absolute_error":
            return message("explain_boost_mae")
        if self.loss == "quantile":
            return message("explain_boost_pinball")
        if self.loss == "huber":
            return message("explain_boost_huber")
        return message("explain_boost_log_loss")


def _value(v, bracket: bool = False) -> str:
    """A number (in brackets when negative and ``bracket``), or a short vector of one number per class."""
    return vector(v) if isinstance(v, list) else factor(v) if bracket else num(v)


def _percentile(values: np.ndarray, w: np.ndarray, q: float) -> float:
    """The weighted q-th percentile as scikit-learn takes it (inverted CDF): the smallest value whose cumulative
    weight, in sorted order, reaches q/100 of the total."""
    order = np.argsort(values)
    cdf = np.cumsum(w[order])
    return float(values[order[min(np.searchsorted(cdf, q / 100 * cdf[-1]), len(values) - 1)]])


def _targets(model, y: np.ndarray, K: int):
    """The loss's name and the targets as a matrix: y itself (regression), [y = class 1], or one-hot [y = k]."""
    if not isinstance(model, GradientBoostingClassifier):
        return model.loss, y.reshape(-1, 1).astype(float)
    encoded = np.searchsorted(model.classes_, y)
    if K == 1:
        return "binomial", encoded.reshape(-1, 1).astype(float)
    return "multinomial", np.eye(K)[encoded]


def _residuals(loss: str, Y: np.ndarray, F: np.ndarray, alpha, w: np.ndarray):
    """(1) r, and δ for the Huber loss."""
    d = Y - F
    if loss == "absolute_error":
        return np.sign(d), None
    if loss == "quantile":
        return np.where(d > 0, alpha, alpha - 1.0), None
    if loss == "huber":
        delta = _percentile(np.abs(d[:, 0]), w, 100 * alpha)
        return np.clip(d, -delta, delta), delta
    if loss == "binomial":
        return Y - 1 / (1 + np.exp(-F)), None
    if loss == "multinomial":
        e = np.exp(F - F.max(axis=1, keepdims=True))
        return Y - e / e.sum(axis=1, keepdims=True), None
    return d, None


def _mean_loss(loss: str, Y: np.ndarray, F: np.ndarray, alpha, delta, w: np.ndarray) -> float:
    """The (weighted) mean of the loss L(y, F) over the samples."""
    d = (Y - F)[:, 0]
    if loss == "squared_error":
        L = d**2
    elif loss == "absolute_error":
        L = np.abs(d)
    elif loss == "quantile":
        L = np.where(d >= 0, alpha * d, (alpha - 1.0) * d)
    elif loss == "huber":
        L = np.where(np.abs(d) <= delta, 0.5 * d**2, delta * (np.abs(d) - 0.5 * delta))
    elif loss == "binomial":
        L = np.logaddexp(0.0, F[:, 0]) - Y[:, 0] * F[:, 0]  # log(1 + e^F) − y·F
    else:
        top = F.max(axis=1)
        L = top + np.log(np.exp(F - top[:, None]).sum(axis=1)) - (Y * F).sum(axis=1)  # log Σₖ e^Fₖ − F_y
    return float(np.average(L, weights=w))


def _tree(tree) -> dict:
    """A stage's tree: its depth, number of leaves and leaf values."""
    leaves = tree.tree_.children_left < 0
    values = np.asarray(tree.tree_.value, dtype=float).reshape(len(leaves), -1)[leaves, 0]
    return {"depth": int(tree.get_depth()), "n_leaves": int(leaves.sum()), "leaf_values": values.tolist()}


def gradient_round(model, X: np.ndarray, y: np.ndarray, m: int, w: np.ndarray, lang) -> GradientBoostingRoundResult:
    """Fₘ₋₁ (the prior, or the model's stage m − 1), then (1)–(3) with the sample weights w."""
    classifier = isinstance(model, GradientBoostingClassifier)
    staged = model.staged_decision_function(X) if classifier else model.staged_predict(X)
    stages = [np.asarray(F, dtype=float).reshape(len(X), -1) for F in itertools.islice(staged, max(m - 1, 0), m + 1)]
    before = np.tile(np.asarray(model.init_, dtype=float), (len(X), 1)) if m == 0 else stages[0]
    K = before.shape[1]
    loss, Y = _targets(model, y, K)
    alpha = float(model.alpha) if loss in ("quantile", "huber") else None
    r, delta = _residuals(loss, Y, before, alpha, w)  # (1)
    h = np.column_stack([tree.predict(X) for tree in model.estimators_[m]])  # (2)
    after = before + model.learning_rate * h  # (3)
    one = (lambda a: float(a[0])) if K == 1 else (lambda a: a.tolist())
    shown = np.unique(np.linspace(0, len(X) - 1, ROWS).astype(int))
    rows = [{"i": int(i), "y": y[i].item(), "F_before": one(before[i]), "r": one(r[i]), "h": one(h[i]),
             "F_after": one(after[i])} for i in shown]
    matches = bool(np.allclose(after, stages[-1], rtol=1e-9, atol=1e-12))
    return GradientBoostingRoundResult(type(model).__name__, m, len(model.estimators_), loss, alpha, delta,
                                       float(model.learning_rate), model.classes_.tolist() if classifier else None,
                                       len(X), rows, [_tree(tree) for tree in model.estimators_[m]],
                                       _mean_loss(loss, Y, before, alpha, delta, w),
                                       _mean_loss(loss, Y, after, alpha, delta, w), matches, lang=lang)
