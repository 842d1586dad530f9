"""Lasso: least squares with an L1 penalty, which sets the weights of unhelpful features to exactly 0.

    minimise   L(w, b) = 1/(2n) · Σᵢ (yᵢ − xᵢ·w − b)² + α·Σⱼ |wⱼ|

There is no formula for w, because |wⱼ| has no derivative at 0. Coordinate descent solves for one weight at a
time, the others held fixed, which *does* have a formula. On centred data (b drops out, as in ``linear_model.py``),
with the residual R = yc − Xc·w, λ = n·α and the column norms ‖Xⱼ‖²::

    (1) ρⱼ = Xⱼ·R + wⱼ·‖Xⱼ‖²                 the correlation of feature j with y without feature j's part
    (2) wⱼ ← S(ρⱼ, λ) / ‖Xⱼ‖²                  S(ρ, λ) = sign(ρ)·max(|ρ| − λ, 0), the soft threshold
    (3) R ← R − (wⱼ,new − wⱼ,old)·Xⱼ          keep the residual up to date
    (4) repeat for j = 1, …, p, sweep after sweep, until the weights barely move, then check the duality gap:
        G = ½‖R‖² + λ‖w‖₁ − (−½s²‖R‖² + s·R·yc) with s = min(1, λ / maxⱼ |Xⱼ·R|); stop when G <= tol·‖yc‖²
    (5) b = ȳ − x̄·w

Step (2) is why weights become exactly 0: when a feature's correlation |ρⱼ| is below λ, its weight is 0.
The gap G is how far the objective can still be from its minimum, an honest stopping rule.

With more samples than features, step (1) needs only the p correlations c = Xcᵀ·R, and step (3) can update them
instead of R: c ← c − (wⱼ,new − wⱼ,old)·Gⱼ with the Gram matrix G = XcᵀXc (p numbers to change instead of n).
Each gap check computes R and c afresh from w, so rounding cannot pile up. This is what keeps a Python loop over
the coordinates fast; the weights are the same.

As scikit-learn, each gap check also drops the features that the gap proves to be 0 at the optimum (the "gap
safe" screening rule: (1 − |Xⱼ·R|/max(λ, maxₖ|Xₖ·R|)) / ‖Xⱼ‖ > √(2G)/λ), so the sweeps, the stopping point and
the weights match scikit-learn's ``Lasso`` to rounding.
"""

import warnings

import numpy as np

from mldlab.exceptions import ConvergenceWarning
from mldlab.i18n import message
from mldlab.ml.base import RegressorMixin
from mldlab.ml.linear_model import LinearModel
from mldlab.ml.validation import check_choice, check_number, check_random_state, check_whole, check_X_y


class Lasso(RegressorMixin, LinearModel):
    """Linear regression with an L1 penalty, by coordinate descent (scikit-learn's ``Lasso``).

    Parameters
    ----------
    alpha : float, default 1.0
        α, the strength of the penalty (> 0; for α = 0 use ``LinearRegression``).
    fit_intercept : bool, default True
    max_iter : int, default 1000
        The largest number of sweeps over the features.
    tol : float, default 1e-4
        Stop when the duality gap is at most tol·‖yc‖² (step 4).
    warm_start : bool, default False
        Start from the ``coef_`` of the previous fit (same number of features) instead of zeros.
    positive : bool, default False
        Keep every weight >= 0.
    random_state : int, numpy.random.Generator or None, default None
        Draws the coordinates with ``selection='random'``.
    selection : {'cyclic', 'random'}, default 'cyclic'
        Sweep the features in order, or draw p of them at random (with replacement) in each sweep.

    Attributes
    ----------
    coef_ : ndarray of shape (n_features,)
    intercept_ : float
    n_iter_ : int
        The number of sweeps made.
    dual_gap_ : float
        The final duality gap G divided by n.
    n_features_in_ : int

    Notes
    -----
    Not here: ``precompute`` (the Gram matrix is used whenever there are more samples than features),
    ``copy_X``, multi-output y. With ``selection='random'`` the weights agree with scikit-learn's at convergence,
    but the sweeps differ (another random generator). A ``ConvergenceWarning`` (mldlab's, a ``UserWarning``) says
    when ``max_iter`` sweeps were not enough.

    Examples
    --------
    >>> import numpy as np
    >>> rng = np.random.default_rng(0)
    >>> X = rng.normal(size=(50, 3))
    >>> y = 3 * X[:, 0] + 0.01 * X[:, 2]          # feature 1 unused, feature 2 barely
    >>> Lasso(alpha=0.1).fit(X, y).coef_.round(3).tolist()
    [2.92, 0.0, 0.0]
    """

    def __init__(self, alpha: float = 1.0, *, fit_intercept: bool = True, max_iter: int = 1000, tol: float = 1e-4,
                 warm_start: bool = False, positive: bool = False, random_state=None, selection: str = "cyclic"):
        self.alpha = alpha
        self.fit_intercept = fit_intercept
        self.max_iter = max_iter
        self.tol = tol
        self.warm_start = warm_start
        self.positive = positive
        self.random_state = random_state
        self.selection = selection

    def fit(self, X, y) -> "Lasso":
        """Coordinate descent, steps (1)–(5)."""
        alpha = check_number("Lasso.fit", "alpha", self.alpha, positive=True)
        max_iter = check_whole("Lasso.fit", "max_iter", self.max_iter, 1)
        tol = check_number("Lasso.fit", "tol", self.tol)
        random = check_choice("Lasso.fit", "selection", self.selection, ("cyclic", "random")) == "random"
        rng = check_random_state(self.random_state, "Lasso.fit") if random else None
        X, y = check_X_y(X, y, "Lasso.fit", y_numeric=True)
        previous = getattr(self, "coef_", None) if self.warm_start else None
        Xc, yc, x_mean, y_mean = self._center(X, y)
        n, p = Xc.shape
        lam = alpha * n
        w = previous.astype(float) if previous is not None and previous.shape == (p,) else np.zeros(p)
        columns = np.asfortranarray(Xc)
        norms2 = np.einsum("ij,ij->j", Xc, Xc)
        gram = Xc.T @ Xc if n > p else None
        excluded = norms2 == 0
        gap_tol = tol * (yc @ yc)
        rows, sign = (columns.T, -1.0) if gram is None else (gram, 1.0)
        _, XtR, gap, dual_norm = self._gap(columns, yc, w, lam)
        sweeps, checked = 0, True
        if gap > gap_tol:
            active = self._screen(w, norms2, excluded, XtR, dual_norm, gap, lam)
            for sweeps in range(1, max_iter + 1):
                if checked:  # afresh: screening may have set weights to 0
                    R = yc - columns @ w
                    state = R if gram is None else columns.T @ R
                order = active if rng is None else active[rng.integers(0, len(active), len(active))]
                dw_max, w_max = self._sweep(order, w, norms2, lam, state, rows, sign)
                checked = w_max == 0 or dw_max / w_max <= tol or sweeps == max_iter  # (4)
                if checked:
                    _, XtR, gap, dual_norm = self._gap(columns, yc, w, lam)
                    if gap <= gap_tol:
                        break
                    active = self._screen(w, norms2, excluded, XtR, dual_norm, gap, lam)
            else:
                warnings.warn(message("ml_lasso_convergence", max_iter=max_iter, gap=gap, tol=gap_tol),
                              ConvergenceWarning, stacklevel=2)
        self.coef_, self.n_iter_, self.dual_gap_ = w, sweeps, gap / len(X)
        self._set_intercept(x_mean, y_mean)  # (5)
        return self

    def _sweep(self, order, w, norms2, lam, state, rows, sign) -> tuple[float, float]:
        """One sweep of steps (1)–(3) over the features in ``order``; the largest change and the largest weight.

        ``state`` is either R (``rows`` the columns of Xc, ``sign`` −1, ρⱼ = Xⱼ·R + …) or c = Xcᵀ·R (``rows``
        the Gram matrix, ``sign`` +1, ρⱼ = cⱼ + …); both change by −Δwⱼ·rowsⱼ in step (3).
        """
        w_max = dw_max = 0.0
        for j in order.tolist():
            w_j, n2 = w.item(j), norms2.item(j)
            rho = (state.item(j) if sign > 0 else float(rows[j] @ state)) + w_j * n2  # (1)
            if rho > lam:  # (2) S(ρ, λ) = ρ − λ, ρ + λ or 0
                new = (rho - lam) / n2
            elif rho < -lam and not self.positive:
                new = (rho + lam) / n2
            else:
                new = 0.0
            if new != w_j:
                w[j] = new
                state -= (new - w_j) * rows[j]  # (3)
                dw_max = max(dw_max, abs(new - w_j))
                w_max = max(w_max, abs(new))
            elif w_j != 0:
                w_max = max(w_max, abs(w_j))
        return dw_max, w_max

    def _gap(self, columns, yc, w, lam) -> tuple[np.ndarray, np.ndarray, float, float]:
        """The residual R, Xᵀ·R, the duality gap G of step (4) and the largest |Xⱼ·R| (the dual norm)."""
        R = yc - columns @ w
        XtR = columns.T @ R
        dual_norm = XtR.max() if self.positive else np.abs(XtR).max()
        R2 = R @ R
        s = lam / dual_norm if dual_norm > lam else 1.0
        primal = 0.5 * R2 + lam * np.abs(w).sum()
        dual = -0.5 * s**2 * R2 + s * (R @ yc)
        return R, XtR, primal - dual, dual_norm

    @staticmethod
    def _screen(w, norms2, excluded, XtR, dual_norm, gap, lam) -> np.ndarray:
        """The features still in play: the gap-safe rule sets the others to 0 for good."""
        with np.errstate(divide="ignore"):
            distance = (1 - np.abs(XtR / max(lam, dual_norm))) / np.sqrt(norms2)
        excluded |= distance > np.sqrt(2 * gap) / lam
        w[excluded] = 0.0
        return np.flatnonzero(~excluded)
