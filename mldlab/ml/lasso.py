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
from mldlab.ml.validation import check_number, check_whole, check_X_y


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
    positive : bool, default False
        Keep every weight >= 0.

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
    Not here: ``warm_start``, ``precompute``, ``selection='random'``, multi-output y. A ``ConvergenceWarning``
    (mldlab's, a ``UserWarning``) says when ``max_iter`` sweeps were not enough.

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
                 positive: bool = False):
        self.alpha = alpha
        self.fit_intercept = fit_intercept
        self.max_iter = max_iter
        self.tol = tol
        self.positive = positive

    def fit(self, X, y) -> "Lasso":
        """Coordinate descent, steps (1)–(5)."""
        alpha = check_number("Lasso.fit", "alpha", self.alpha, positive=True)
        max_iter = check_whole("Lasso.fit", "max_iter", self.max_iter, 1)
        tol = check_number("Lasso.fit", "tol", self.tol)
        X, y = check_X_y(X, y, "Lasso.fit", y_numeric=True)
        Xc, yc, x_mean, y_mean = self._center(X, y)
        lam = alpha * len(X)
        w = np.zeros(X.shape[1])
        R = yc.copy()
        norms2 = np.einsum("ij,ij->j", Xc, Xc)
        excluded = norms2 == 0
        gap_tol = tol * (yc @ yc)
        gap, XtR, dual_norm = self._gap(Xc, yc, w, R, lam)
        sweeps = 0
        if gap > gap_tol:
            active = self._screen(Xc, w, R, norms2, excluded, XtR, dual_norm, gap, lam)
            for sweeps in range(1, max_iter + 1):
                w_max = dw_max = 0.0
                for j in active:
                    w_j = w[j]
                    rho = Xc[:, j] @ R + w_j * norms2[j]  # (1)
                    shrunk = 0.0 if self.positive and rho < 0 else np.sign(rho) * max(abs(rho) - lam, 0)
                    w[j] = shrunk / norms2[j]  # (2)
                    if w[j] != w_j:
                        R += (w_j - w[j]) * Xc[:, j]  # (3)
                    dw_max = max(dw_max, abs(w[j] - w_j))
                    w_max = max(w_max, abs(w[j]))
                if w_max == 0 or dw_max / w_max <= tol or sweeps == max_iter:  # (4)
                    gap, XtR, dual_norm = self._gap(Xc, yc, w, R, lam)
                    if gap <= gap_tol:
                        break
                    active = self._screen(Xc, w, R, norms2, excluded, XtR, dual_norm, gap, lam)
            else:
                warnings.warn(message("ml_lasso_convergence", max_iter=max_iter, gap=gap, tol=gap_tol),
                              ConvergenceWarning, stacklevel=2)
        self.coef_, self.n_iter_, self.dual_gap_ = w, sweeps, gap / len(X)
        self._set_intercept(x_mean, y_mean)  # (5)
        return self

    def _gap(self, Xc, yc, w, R, lam) -> tuple[float, np.ndarray, float]:
        """The duality gap G of step (4), with Xᵀ·R and its largest entry (the dual norm)."""
        XtR = Xc.T @ R
        dual_norm = XtR.max() if self.positive else np.abs(XtR).max()
        R2 = R @ R
        s = lam / dual_norm if dual_norm > lam else 1.0
        primal = 0.5 * R2 + lam * np.abs(w).sum()
        dual = -0.5 * s**2 * R2 + s * (R @ yc)
        return primal - dual, XtR, dual_norm

    @staticmethod
    def _screen(Xc, w, R, norms2, excluded, XtR, dual_norm, gap, lam) -> np.ndarray:
        """The features still in play: the gap-safe rule sets the others to 0 for good (updating R)."""
        for j in np.flatnonzero(~excluded):
            distance = (1 - abs(XtR[j] / max(lam, dual_norm))) / np.sqrt(norms2[j])
            if distance > np.sqrt(2 * gap) / lam:
                if w[j] != 0:
                    R += w[j] * Xc[:, j]
                    w[j] = 0.0
                excluded[j] = True
        return np.flatnonzero(~excluded)
