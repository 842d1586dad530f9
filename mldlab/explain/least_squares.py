"""``explain.least_squares``: a least-squares (or ridge) fit worked out with numbers, as ``LinearRegression`` and
``Ridge`` compute it.

    (0) Xc = X − x̄,  yc = y − ȳ              centring: b drops out of the equations (as in scikit-learn)
    (1) (XcᵀXc + α·I)·w = Xcᵀyc               the normal equations (α = 0: least squares; α > 0: ridge)
    (2) w = (XcᵀXc + α·I)⁻¹·Xcᵀyc,  b = ȳ − x̄·w
    (3) ŷ = b + w₁·x₁ + … + wₘ·xₘ             the fitted line (plane)
    (4) eᵢ = yᵢ − ŷᵢ,  MSE = (1/N)·Σᵢ eᵢ²,  R² = 1 − SS_res/SS_tot

Centring gives the same line as adding a column of ones to X for b, and keeps b out of the ridge penalty.
Without an intercept X and y are used as they are and b = 0. w computed here must equal the model's ``coef_`` and
b its ``intercept_`` (``matches``; it cannot when X, y are not the data the model was fitted on).
"""

import dataclasses

import numpy as np

from mldlab.explain._estimator import fitted, in_language, sub
from mldlab.explain._format import factor, num, vector
from mldlab.explain._result import Math, Result, heading, line
from mldlab.i18n import message
from mldlab.metrics import mean_squared_error, r2_score
from mldlab.ml.linear_regression import LinearRegression
from mldlab.ml.ridge import Ridge
from mldlab.ml.validation import check_n_features, check_X_y

FEW_FEATURES = 4  # up to this many features every number of XᵀX is shown; beyond, its diagonal
ROWS = 5  # residuals shown


@dataclasses.dataclass(repr=False)
class LeastSquaresResult(Result):
    """A least-squares fit: the means, ``XtX`` (XcᵀXc, + αI for ridge in ``A``), ``Xty``, the solution ``w``, ``b``,
    the first ``residuals`` and ``mse``, ``r2``; ``matches`` says they equal the model's."""

    estimator: str
    alpha: float
    fit_intercept: bool
    steps: list
    n_samples: int
    x_mean: list
    y_mean: float
    XtX: list
    A: list
    Xty: list
    rank: int
    w: list
    b: float
    residuals: list
    mse: float
    ss_res: float
    ss_tot: float
    r2: float
    matches: bool

    kind = "least_squares"

    def _lines(self) -> list:
        m = len(self.w)
        c = "c" if self.fit_intercept else ""
        XtX, Xty = f"X{c}ᵀX{c}", f"X{c}ᵀy{c}"
        A = f"{XtX} + α·I" if self.alpha else XtX
        lines = [heading(message("explain_ls_title", estimator=self.estimator)),
                 line(message("explain_ls_given", n=self.n_samples, m=m), *((", ", Math(f"α = {num(self.alpha)}"))
                                                                            if self.alpha else ()))]
        if self.steps:
            lines.append(line(message("explain_ml_X_after_steps", steps=", ".join(self.steps)), depth=1))
        if self.fit_intercept:
            lines += [line("(0) ", message("explain_ls_centre"), Math("Xc = X − x̄,  yc = y − ȳ"), depth=1),
                      line(Math(f"x̄ = {vector(self.x_mean)},  ȳ = {num(self.y_mean)}"), depth=2)]
        else:
            lines.append(line("(0) ", message("explain_ls_no_intercept"), depth=1))
        lines.append(line("(1) ", message("explain_ls_normal"), Math(f"({A})·w = {Xty}"), depth=1))
        lines += _matrix(XtX, self.XtX)
        if self.alpha:
            lines += _matrix(A, self.A)
        lines.append(line(Math(f"{Xty} = {vector(self.Xty)}"), depth=2))
        lines.append(line("(2) ", message("explain_ls_solve"), Math(f"w = ({A})⁻¹·{Xty}"), depth=1))
        if self.rank < m:
            lines.append(line(message("explain_ls_singular", rank=self.rank, m=m), depth=2))
        if m == 1:
            lines.append(line(Math(f"w₁ = {num(self.Xty[0])}/{num(self.A[0][0])} = {num(self.w[0])}"), depth=2))
        else:
            lines.append(line(Math(f"w = {vector(self.w)}"), depth=2))
        if self.fit_intercept:
            lines.append(line(Math(f"b = ȳ − x̄·w = {num(self.y_mean)} − {_signed_sum(self.x_mean, self.w)} "
                                   f"= {num(self.b)}"), depth=2))
        lines.append(line("(3) ", message("explain_ls_line"), Math(_line(self.b, self.w)), depth=1))
        lines.append(line("(4) ", message("explain_ls_residuals"), Math("eᵢ = yᵢ − ŷᵢ"), depth=1))
        for r in self.residuals:
            lines.append(line(Math(f"e{sub(r['i'] + 1)} = {num(r['y'])} − {factor(r['y_hat'])} = {num(r['e'])}"),
                              depth=2))
        if self.n_samples > len(self.residuals):
            lines.append(line(message("explain_ls_more", n=self.n_samples - len(self.residuals)), depth=2))
        lines += [line(Math(f"MSE = (1/N)·Σᵢ eᵢ² = {num(self.ss_res)}/{self.n_samples} = {num(self.mse)}"), depth=2),
                  line(Math(f"R² = 1 − SS_res/SS_tot = 1 − {num(self.ss_res)}/{num(self.ss_tot)} = {num(self.r2)}"),
                       depth=2)]
        mark = "✓" if self.matches else "✗"
        lines.append(line(message("explain_ml_check", methods="coef_, intercept_, predict"), f" {mark}", depth=1))
        if not self.matches:
            lines.append(line(message("explain_ls_other_data"), depth=2))
        return lines


def _matrix(name: str, rows: list) -> list:
    """A small matrix row by row; a large one by its diagonal."""
    if len(rows) == 1:
        return [line(Math(f"{name} = {vector(rows[0])}"), depth=2)]
    if len(rows) <= FEW_FEATURES:
        return [line(Math(f"{name} ="), depth=2)] + [line(Math(vector(row)), depth=3) for row in rows]
    return [line(message("explain_ls_diagonal", m=len(rows)), Math(f"{name}: {vector(np.diag(rows))}"), depth=2)]


def _signed_sum(x: list, w: list) -> str:
    """x̄·w term by term, ``(2·0.5 + 3·(−1))``, or its value alone for many features."""
    if len(w) > FEW_FEATURES:
        return factor(float(np.dot(x, w)))
    return "(" + " + ".join(f"{factor(a)}·{factor(b)}" for a, b in zip(x, w)) + ")"


def _line(b: float, w: list) -> str:
    """ŷ = 1 + 2·x₁ − 0.5·x₂, with … beyond six features."""
    terms = [f" {'−' if wj < 0 else '+'} {num(abs(wj))}·x{sub(j)}" for j, wj in enumerate(w, start=1)]
    if len(terms) > 6:
        terms = terms[:4] + [" + …"] + terms[-1:]
    return f"ŷ = {num(b)}" + "".join(terms)


def _data(op: str, model_or_X, X_or_y, y, alpha, fit_intercept):
    """The model (given and fitted, or fitted here on X, y), X (through a pipeline's steps) and y, the steps."""
    if y is None:
        X, y, steps = model_or_X, X_or_y, []
        model = (Ridge(alpha=alpha, fit_intercept=fit_intercept) if alpha else
                 LinearRegression(fit_intercept=fit_intercept)).fit(X, y)
    else:
        model, X, steps = fitted(op, model_or_X, (LinearRegression, Ridge), "LinearRegression, Ridge", X_or_y)
    X, y = check_X_y(X, y, op, y_numeric=True)
    check_n_features(model, X, op)
    return model, X, y, steps


def least_squares(model_or_X, X_or_y, y=None, *, alpha: float = 0.0, fit_intercept: bool = True,
                  lang: str | None = None) -> LeastSquaresResult:
    """The normal equations of a least-squares (or ridge) fit, solved with numbers.

    Call it with a fitted model and its training data, ``least_squares(model, X, y)``, or with the data alone,
    ``least_squares(X, y)`` (then a ``LinearRegression``, or a ``Ridge`` when ``alpha`` > 0, is fitted here).

    Parameters
    ----------
    model_or_X : LinearRegression, Ridge, Pipeline or array-like of shape (n_samples, n_features)
        A fitted model of ``mldlab.ml`` (or a pipeline that ends in one: X then goes through its steps), or X.
    X_or_y : array-like
        X (after a model) or y (after X).
    y : array-like of shape (n_samples,), optional
        The targets, after a model and X.
    alpha : float, default 0
        Only with the data alone: α of the ridge penalty (0: least squares). A model brings its own.
    fit_intercept : bool, default True
        Only with the data alone: learn b (a model brings its own).
    lang : {'en', 'ko'}, optional
        The language of the rendering (and of any error).

    Returns
    -------
    LeastSquaresResult

    Examples
    --------
    >>> result = least_squares([[1.0], [2.0], [3.0], [4.0]], [3.0, 5.0, 7.0, 9.5])
    >>> round(result.w[0], 4), round(result.b, 4), result.matches
    (2.15, 0.75, True)
    >>> print(result)
    Least squares: LinearRegression
    ───────────────────────────────
    Given: X with N = 4 rows (samples) and m = 1 columns (features)
      (0) Centre the data (then b drops out): Xc = X − x̄,  yc = y − ȳ
        x̄ = [2.5],  ȳ = 6.125
      (1) The normal equations: (XcᵀXc)·w = Xcᵀyc
        XcᵀXc = [5]
        Xcᵀyc = [10.75]
      (2) Solve them: w = (XcᵀXc)⁻¹·Xcᵀyc
        w₁ = 10.75/5 = 2.15
        b = ȳ − x̄·w = 6.125 − (2.5·2.15) = 0.75
      (3) The fitted line: ŷ = 0.75 + 2.15·x₁
      (4) Residuals, the errors left: eᵢ = yᵢ − ŷᵢ
        e₁ = 3 − 2.9 = 0.1
        e₂ = 5 − 5.05 = −0.05
        e₃ = 7 − 7.2 = −0.2
        e₄ = 9.5 − 9.35 = 0.15
        MSE = (1/N)·Σᵢ eᵢ² = 0.075/4 = 0.01875
        R² = 1 − SS_res/SS_tot = 1 − 0.075/23.19 = 0.9968
      The same as the model's coef_, intercept_, predict ✓
    """
    op = "explain.least_squares"
    with in_language(lang):
        model, X, y, steps = _data(op, model_or_X, X_or_y, y, alpha, fit_intercept)
        alpha_ = float(getattr(model, "alpha", 0.0))
        if model.fit_intercept:
            x_mean, y_mean = X.mean(axis=0), float(y.mean())
        else:
            x_mean, y_mean = np.zeros(X.shape[1]), 0.0
        Xc, yc = X - x_mean, y - y_mean  # (0)
        XtX, Xty = Xc.T @ Xc, Xc.T @ yc
        A = XtX + alpha_ * np.eye(X.shape[1])  # (1)
        w, _, rank, _ = np.linalg.lstsq(A, Xty, rcond=None)  # (2)
        b = y_mean - float(x_mean @ w)
        y_hat = X @ w + b  # (3)
        e = y - y_hat  # (4)
        ss_res, ss_tot = float(e @ e), float(((y - y.mean()) ** 2).sum())
        mse, r2 = float(mean_squared_error(y, y_hat)), float(r2_score(y, y_hat))
        scale = max(float(np.abs(model.coef_).max(initial=0.0)), abs(model.intercept_), 1.0)
        matches = bool(np.allclose(w, model.coef_, rtol=1e-6, atol=1e-8 * scale)
                       and abs(b - model.intercept_) <= 1e-6 * scale
                       and np.allclose(y_hat, model.predict(X), rtol=1e-6, atol=1e-8 * scale))
        residuals = [{"i": i, "y": float(y[i]), "y_hat": float(y_hat[i]), "e": float(e[i])}
                     for i in range(min(ROWS, len(y)))]
        return LeastSquaresResult(type(model).__name__, alpha_, bool(model.fit_intercept), steps, len(y),
                                  x_mean.tolist(), y_mean, XtX.tolist(), A.tolist(), Xty.tolist(), int(rank),
                                  w.tolist(), b, residuals, mse, ss_res, ss_tot, r2, matches, lang=lang)
