"""``explain.boosting_round``: one round of boosting, with numbers: the sample weights of AdaBoost, or the residuals
of gradient boosting.

AdaBoost (SAMME), round m, K classes, learning rate η, sample weights w (1/N before the first round):

    (1) the weak learner hₘ, fitted with the weights w, gets some samples wrong
    (2) its weighted error  εₘ = Σᵢ wᵢ·[hₘ(xᵢ) ≠ yᵢ] / Σᵢ wᵢ
    (3) its say in the vote  αₘ = η·(log((1 − εₘ)/εₘ) + log(K − 1))
    (4) wᵢ ← wᵢ·exp(αₘ) for the samples it got wrong (the others keep theirs), then w ← w/Σᵢ wᵢ

Gradient boosting, stage m, raw scores F (the prediction itself, the log-odds, or one score per class):

    (1) rᵢ = yᵢ − Fₘ₋₁(xᵢ)  (squared error),  rᵢ = yᵢ − σ(Fₘ₋₁(xᵢ))  (log loss; one rᵢₖ per class for K ≥ 3),
        or the negative gradient of the absolute, quantile or Huber loss (``_gradient_round``)
    (2) a regression tree hₘ is fitted to the residuals r (for the log loss its leaves then take a Newton step)
    (3) Fₘ(x) = Fₘ₋₁(x) + η·hₘ(x)

The weights before round m are replayed from the model's own learners (rounds 1 … m − 1); εₘ, αₘ and Fₘ computed
here must equal the model's ``estimator_errors_``, ``estimator_weights_`` and ``staged_decision_function`` /
``staged_predict`` (``matches``), which needs X and y to be the data the model was fitted on.
"""

import dataclasses

import numpy as np

from mldlab.explain._estimator import fitted, in_language, sub
from mldlab.explain._format import num
from mldlab.explain._gradient_round import GradientBoostingRoundResult, gradient_round
from mldlab.explain._result import Math, Result, heading, line
from mldlab.i18n import message
from mldlab.ml.adaboost import AdaBoostClassifier
from mldlab.ml.gradient_boosting import GradientBoostingClassifier, GradientBoostingRegressor
from mldlab.ml.validation import check_n_features, check_X_y

ROWS = 5  # samples shown


@dataclasses.dataclass(repr=False)
class AdaBoostRoundResult(Result):
    """One SAMME round: the weighted ``error`` εₘ, ``alpha`` αₘ, which samples were wrong, and ``rows`` with the
    weights of a few samples before and after (``w_new``, normalised)."""

    estimator: str
    round: int
    n_rounds: int
    n_classes: int
    learning_rate: float
    n_samples: int
    n_wrong: int
    wrong: list
    wrong_weight: float
    total_weight: float
    error: float
    alpha: float
    factor: float
    new_total: float
    rows: list
    matches: bool

    kind = "adaboost_round"

    def _lines(self) -> list:
        m, eta, K = sub(self.round + 1), num(self.learning_rate), self.n_classes
        listed = ", ".join(f"#{i}" for i in self.wrong) + (", …" if self.n_wrong > len(self.wrong) else "")
        lines = [heading(message("explain_boost_ada_title", estimator=self.estimator, round=self.round + 1,
                                 n_rounds=self.n_rounds)),
                 line(message("explain_given"), Math(f"N = {self.n_samples},  K = {K},  η = {eta}")),
                 line("(1) ", message("explain_boost_wrong", n=self.n_wrong, total=self.n_samples), listed, depth=1),
                 line("(2) ", message("explain_boost_error"),
                      Math(f"ε{m} = Σᵢ wᵢ·[h{m}(xᵢ) ≠ yᵢ] / Σᵢ wᵢ = {num(self.wrong_weight)}/{num(self.total_weight)} "
                           f"= {num(self.error)}"), depth=1)]
        if self.error <= 0:
            lines.append(line(message("explain_boost_perfect"), Math(f"α{m} = 1"), depth=2))
        else:
            lines.append(line("(3) ", message("explain_boost_alpha"),
                              Math(f"α{m} = η·(log((1 − ε{m})/ε{m}) + log(K − 1)) = {eta}·(log({num(1 - self.error)}/"
                                   f"{num(self.error)}) + log({K - 1})) = {num(self.alpha)}"), depth=1))
            lines.append(line("(4) ", message("explain_boost_update"),
                              Math(f"wᵢ ← wᵢ·exp(α{m}) = wᵢ·{num(self.factor)}"), depth=1))
            lines.append(line(message("explain_boost_normalise"), Math(f"Σᵢ wᵢ = {num(self.new_total)}"), depth=2))
            for r in self.rows:
                sample = message("explain_boost_wrong_sample", i=r["i"]) if r["wrong"] else \
                    message("explain_boost_right_sample", i=r["i"])
                grown = f"{num(r['w'])}·{num(self.factor)}" if r["wrong"] else num(r["w"])
                lines.append(line(sample, Math(f"w = {grown}/{num(self.new_total)} = {num(r['w_new'])}"), depth=2))
        mark = "✓" if self.matches else "✗"
        lines.append(line(message("explain_ml_check", methods="estimator_errors_, estimator_weights_"), f" {mark}",
                          depth=1))
        return lines


def _check_round(op: str, m, n_rounds: int) -> int:
    if isinstance(m, bool) or not isinstance(m, (int, np.integer)) or not 0 <= m < n_rounds:
        raise ValueError(message("explain_boost_round", op=op, value=m, n=n_rounds, last=n_rounds - 1))
    return int(m)


def _weights(sample_weight, n: int) -> np.ndarray:
    """The sample weights the model was fitted with: n numbers >= 0, not all 0."""
    try:
        w = np.asarray(sample_weight, dtype=float).ravel()
    except (TypeError, ValueError):
        w = np.array([np.nan])
    if w.shape != (n,) or not np.isfinite(w).all() or (w < 0).any() or w.sum() <= 0:
        raise ValueError(message("explain_boost_sample_weight", op="explain.boosting_round", n=n,
                                 shape=np.shape(sample_weight)))
    return w


def _adaboost(model, X, y, m: int, w: np.ndarray, lang) -> AdaBoostRoundResult:
    """Replay the weights up to round m, then (1)–(4) of round m."""
    K, eps = model.n_classes_, np.finfo(np.float64).eps
    w = w / w.sum()
    was_zero = w == 0
    for r in range(m + 1):
        w = np.clip(w, eps, None)  # as scikit-learn: no weight below the machine epsilon (zeros stay zero)
        w[was_zero] = 0.0
        wrong = model.estimators_[r].predict(X) != y  # (1)
        if r == m:
            break
        w = w * np.exp(model.estimator_weights_[r] * wrong * (w > 0))
        w = w / w.sum()
    error = float(np.average(wrong, weights=w))  # (2)
    alpha = 1.0 if error <= 0 else float(model.learning_rate * (np.log((1 - error) / error) + np.log(K - 1)))  # (3)
    factor = float(np.exp(alpha))
    new = w * np.where(wrong & (w > 0), factor, 1.0)  # (4)
    new_total = float(new.sum())
    indices = np.flatnonzero(wrong)
    shown = np.concatenate([indices[:ROWS - 2], np.flatnonzero(~wrong)[:2]])
    rows = [{"i": int(i), "y": y[i].item(), "h": model.estimators_[m].predict(X[i:i + 1])[0].item(),
             "wrong": bool(wrong[i]), "w": float(w[i]), "w_new": float(new[i] / new_total)} for i in shown]
    matches = bool(np.isclose(error, model.estimator_errors_[m], rtol=1e-9, atol=1e-12)
                   and np.isclose(alpha, model.estimator_weights_[m], rtol=1e-9, atol=1e-12))
    return AdaBoostRoundResult(type(model).__name__, m, len(model.estimators_), K, float(model.learning_rate),
                               len(X), int(wrong.sum()), indices[:10].tolist(), float(w[wrong].sum()), float(w.sum()),
                               error, alpha, factor, new_total, rows, matches, lang=lang)


def boosting_round(model, X, y, round: int = 0, *, sample_weight=None,
                   lang: str | None = None) -> AdaBoostRoundResult | GradientBoostingRoundResult:
    """One round of a fitted boosting model on its training data, with numbers.

    Parameters
    ----------
    model : AdaBoostClassifier, GradientBoostingClassifier or GradientBoostingRegressor
        A fitted model of ``mldlab.ml`` (or a pipeline that ends in one: X then goes through its steps).
    X, y : array-like
        The data the model was fitted on.
    round : int, default 0
        Which round (0 is the first), below the number of rounds fitted.
    sample_weight : array-like, optional
        The weights the model was fitted with (default: all equal): AdaBoost's first weights; for gradient
        boosting they weigh the mean loss and the Huber loss's δ.
    lang : {'en', 'ko'}, optional
        The language of the rendering (and of any error).

    Returns
    -------
    AdaBoostRoundResult or GradientBoostingRoundResult

    Examples
    --------
    >>> from mldlab.ml import AdaBoostClassifier
    >>> X, y = [[1.0], [2.0], [3.0], [4.0], [5.0]], [0, 0, 1, 1, 0]
    >>> ada = AdaBoostClassifier(n_estimators=3).fit(X, y)
    >>> first = boosting_round(ada, X, y, round=0)
    >>> first.error, round(first.alpha, 4), first.matches          # one of 5 wrong: α = log(0.8/0.2)
    (0.2, 1.3863, True)
    >>> print(first)
    AdaBoost, round 1 of 3: AdaBoostClassifier
    ──────────────────────────────────────────
    Given: N = 5,  K = 2,  η = 1
      (1) The weak learner gets 1 of 5 samples wrong: #4
      (2) Its weighted error: ε₁ = Σᵢ wᵢ·[h₁(xᵢ) ≠ yᵢ] / Σᵢ wᵢ = 0.2/1 = 0.2
      (3) Its say in the vote: α₁ = η·(log((1 − ε₁)/ε₁) + log(K − 1)) = 1·(log(0.8/0.2) + log(1)) = 1.386
      (4) The samples it got wrong weigh more: wᵢ ← wᵢ·exp(α₁) = wᵢ·4
        then every weight is divided by the new sum, Σᵢ wᵢ = 1.6
        sample #4, wrong: w = 0.2·4/1.6 = 0.5
        sample #0, right: w = 0.2/1.6 = 0.125
        sample #1, right: w = 0.2/1.6 = 0.125
      The same as the model's estimator_errors_, estimator_weights_ ✓
    """
    op = "explain.boosting_round"
    with in_language(lang):
        model, X, _ = fitted(op, model, (AdaBoostClassifier, GradientBoostingClassifier, GradientBoostingRegressor),
                             "AdaBoostClassifier, GradientBoostingClassifier, GradientBoostingRegressor", X)
        X, y = check_X_y(X, y, op, y_numeric=isinstance(model, GradientBoostingRegressor))
        check_n_features(model, X, op)
        m = _check_round(op, round, len(model.estimators_))
        w = np.ones(len(X)) if sample_weight is None else _weights(sample_weight, len(X))
        if isinstance(model, AdaBoostClassifier):
            return _adaboost(model, X, y, m, w, lang)
        return gradient_round(model, X, y, m, w, lang)
