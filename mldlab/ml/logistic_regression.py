"""Logistic regression: a linear score turned into class probabilities, fitted by Newton's method.

Two classes (y ∈ {0, 1}), one weight vector w and intercept b::

    p(x) = σ(x·w + b) = 1 / (1 + e^−(x·w + b))

C classes (multinomial), one row Wₖ and one bₖ per class::

    pₖ(x) = softmax(x·Wᵀ + b)ₖ = e^(x·Wₖ + bₖ) / Σₗ e^(x·Wₗ + bₗ)

Both minimise the log loss plus an L2 penalty on the weights (not on the intercepts), with C as in scikit-learn::

    F(θ) = − Σᵢ log p_yᵢ(xᵢ) + ‖W‖² / (2C)          (a small C means a strong penalty)

Newton's method, on θ = (W, b) and with x̃ = (x, 1)::

    (1) gradient  g = Σᵢ (pᵢ − yᵢ) x̃ᵢ + W/C                         (yᵢ one-hot for C classes)
    (2) Hessian   H = Σᵢ x̃ᵢ x̃ᵢᵀ ⊗ (diag(pᵢ) − pᵢpᵢᵀ) + I/C on W    (two classes: pᵢ(1 − pᵢ))
    (3) step      Δ = H⁻¹ g;   θ ← θ − t·Δ,  t = 1, ½, ¼, … until F decreases enough (a backtracking line search)
    (4) stop when no entry of t·Δ is larger than tol

Near the minimum each step doubles the number of correct digits, so a handful of steps gives the weights to
many decimals (scikit-learn's default solver, L-BFGS, reaches the same minimum by another road).

With C classes, adding one number to every bₖ changes no probability; the intercepts are kept summing to 0
(adding (Σₖ bₖ)²/2 to F, which is 0 throughout), so there is one answer, the one scikit-learn reports.
"""

import warnings

import numpy as np

from mldlab.exceptions import ConvergenceWarning
from mldlab.i18n import message
from mldlab.ml.base import ClassifierMixin
from mldlab.ml.linear_model import LinearClassifier
from mldlab.ml.validation import check_classification_targets, check_number, check_whole, check_X_y


class LogisticRegression(ClassifierMixin, LinearClassifier):
    """Logistic regression, binary and multinomial, with an L2 penalty (scikit-learn's ``LogisticRegression``).

    Parameters
    ----------
    C : float, default 1.0
        The inverse strength of the penalty ‖W‖²/(2C) (> 0): a smaller C, smaller weights.
    tol : float, default 1e-4
        Step (4): stop when a Newton step moves no weight by more than tol.
    fit_intercept : bool, default True
    max_iter : int, default 100
        The largest number of Newton steps.

    Attributes
    ----------
    classes_ : ndarray of shape (n_classes,)
    coef_ : ndarray of shape (1, n_features) for two classes, else (n_classes, n_features)
    intercept_ : ndarray of shape (1,) or (n_classes,)
    n_iter_ : ndarray of shape (1,)
        The number of Newton steps.
    n_features_in_ : int

    Notes
    -----
    Only the L2 penalty and a Newton solver (scikit-learn: ``solver='lbfgs'``, ``l1_ratio=0``); no
    ``class_weight``, ``warm_start`` or sample weights. At convergence the coefficients agree with scikit-learn's
    to within 1e-4 (tested); scikit-learn's L-BFGS may stop earlier, at its own ``tol``.

    Examples
    --------
    >>> import numpy as np
    >>> X = np.array([[0.0], [1.0], [2.0], [3.0]])
    >>> y = np.array([0, 0, 1, 1])
    >>> model = LogisticRegression().fit(X, y)
    >>> model.coef_.round(4).tolist(), model.intercept_.round(4).tolist()
    ([[0.9583]], [-1.4374])
    >>> model.predict_proba([[1.5]]).round(3).tolist()
    [[0.5, 0.5]]
    """

    def __init__(self, C: float = 1.0, *, tol: float = 1e-4, fit_intercept: bool = True, max_iter: int = 100):
        self.C = C
        self.tol = tol
        self.fit_intercept = fit_intercept
        self.max_iter = max_iter

    def fit(self, X, y) -> "LogisticRegression":
        """Newton's method, steps (1)–(4), from θ = 0."""
        C = check_number("LogisticRegression.fit", "C", self.C, positive=True)
        tol = check_number("LogisticRegression.fit", "tol", self.tol)
        max_iter = check_whole("LogisticRegression.fit", "max_iter", self.max_iter, 1)
        X, y = check_X_y(X, y, "LogisticRegression.fit")
        self.classes_, y = check_classification_targets(self, y, "LogisticRegression.fit")
        self.n_features_in_ = X.shape[1]
        Xt = np.hstack([X, np.ones((len(X), 1))]) if self.fit_intercept else X  # x̃ = (x, 1)
        K = 1 if len(self.classes_) == 2 else len(self.classes_)
        Y = (y[:, None] == (np.arange(K) if K > 1 else 1)).astype(float)  # one-hot, or y itself for two classes
        penalty = np.ones(Xt.shape[1]) / C
        if self.fit_intercept:
            penalty[-1] = 0.0
        theta = np.zeros((K, Xt.shape[1]))
        F = self._objective(theta, Xt, Y, penalty)
        for step in range(1, max_iter + 1):  # noqa: B007 (n_iter_ after the loop)
            P = self._probabilities(Xt @ theta.T)
            g = (P - Y).T @ Xt + theta * penalty  # (1)
            H = self._hessian(Xt, P, penalty)  # (2)
            delta = np.linalg.solve(H, g.ravel()).reshape(theta.shape)  # (3)
            t, slope = 1.0, g.ravel() @ delta.ravel()
            while True:
                F_new = self._objective(theta - t * delta, Xt, Y, penalty)
                if F_new <= F - 1e-4 * t * slope or t < 1e-10:
                    break
                t /= 2
            theta, F = theta - t * delta, F_new
            if np.abs(t * delta).max() <= tol:  # (4)
                break
        else:
            warnings.warn(message("ml_logistic_convergence", max_iter=max_iter), ConvergenceWarning, stacklevel=2)
        self.n_iter_ = np.array([step])
        d = X.shape[1]
        self.coef_ = theta[:, :d].copy()
        self.intercept_ = theta[:, d].copy() if self.fit_intercept else np.zeros(K)
        return self

    @staticmethod
    def _probabilities(Z: np.ndarray) -> np.ndarray:
        """σ(z) for one column of scores, softmax(z) for several (shifted by the row maximum: no overflow)."""
        if Z.shape[1] == 1:
            return 0.5 * (1 + np.tanh(0.5 * Z))  # σ(z), written so that large |z| cannot overflow
        E = np.exp(Z - Z.max(axis=1, keepdims=True))
        return E / E.sum(axis=1, keepdims=True)

    @staticmethod
    def _objective(theta, Xt, Y, penalty) -> float:
        """F(θ) = − Σᵢ log p_yᵢ(xᵢ) + ‖W‖²/(2C) (+ (Σₖ bₖ)²/2, which is 0, for several classes)."""
        Z = Xt @ theta.T
        if Z.shape[1] == 1:
            log_loss = np.logaddexp(0, Z[:, 0]).sum() - Z[:, 0] @ Y[:, 0]  # log(1 + e^z) − y·z
        else:
            top = Z.max(axis=1)
            log_loss = (top + np.log(np.exp(Z - top[:, None]).sum(axis=1))).sum() - (Z * Y).sum()
        centring = theta[:, -1].sum() ** 2 if Z.shape[1] > 1 and penalty[-1] == 0 else 0.0
        return float(log_loss + 0.5 * (theta**2 * penalty).sum() + 0.5 * centring)

    @staticmethod
    def _hessian(Xt, P, penalty) -> np.ndarray:
        """Step (2) as one matrix of size K·(d+1): block (k, l) = X̃ᵀ diag(pₖ(δₖₗ − pₗ)) X̃ + δₖₗ·I/C."""
        n, m = Xt.shape
        K = P.shape[1]
        if K == 1:
            return (Xt * (P * (1 - P))).T @ Xt + np.diag(penalty)
        A = (P[:, :, None] * Xt[:, None, :]).reshape(n, K * m)  # row i: (p_i1·x̃ᵢ, …, p_iK·x̃ᵢ)
        H = -(A.T @ A)
        for k in range(K):
            block = slice(k * m, (k + 1) * m)
            H[block, block] += (Xt * P[:, k : k + 1]).T @ Xt + np.diag(penalty)
        if penalty[-1] == 0:
            H[m - 1 :: m, m - 1 :: m] += 1.0  # the Hessian of (Σₖ bₖ)²/2: one direction softmax cannot see
        return H

    def predict_proba(self, X) -> np.ndarray:
        """P(class | x), columns in the order of ``classes_``: (1 − p, p) for two classes, softmax for more."""
        Z = self.decision_function(X)
        if Z.ndim == 1:
            p = self._probabilities(Z[:, None])[:, 0]
            return np.column_stack([1 - p, p])
        return self._probabilities(Z)

    def predict_log_proba(self, X) -> np.ndarray:
        """log P(class | x)."""
        return np.log(self.predict_proba(X))
