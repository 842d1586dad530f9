"""Ridge regression: least squares with a penalty on large weights (L2), which tames features that depend on
each other and models that chase noise.

    minimise   L(w, b) = Σᵢ (yᵢ − xᵢ·w − b)² + α·‖w‖²

The derivative set to 0 gives the normal equations with α added to the diagonal (b is not penalised)::

    (1) (Xcᵀ Xc + α·I) w = Xcᵀ yc        (Xc = X − x̄, yc = y − ȳ)
    (2) b = ȳ − x̄·w

For α > 0 the matrix XcᵀXc + αI can always be inverted, so (1) has one solution. α = 0 is least squares; a large
α pulls every weight towards 0.
"""

import numpy as np

from mldlab.ml.base import RegressorMixin
from mldlab.ml.linear_model import LinearModel
from mldlab.ml.validation import check_number, check_X_y


class Ridge(RegressorMixin, LinearModel):
    """Linear regression with an L2 penalty, solved in closed form (scikit-learn's ``Ridge``).

    Parameters
    ----------
    alpha : float, default 1.0
        α, the strength of the penalty (>= 0).
    fit_intercept : bool, default True

    Attributes
    ----------
    coef_ : ndarray of shape (n_features,)
    intercept_ : float
    n_features_in_ : int

    Notes
    -----
    One target per sample; only the closed form (1) (scikit-learn's 'cholesky' solver, its choice for dense data).

    Examples
    --------
    >>> import numpy as np
    >>> X = np.array([[1.0], [2.0], [3.0], [4.0]])
    >>> y = 2 * X[:, 0] + 1
    >>> Ridge(alpha=1.0).fit(X, y).coef_.round(4).tolist()    # 2 without the penalty; 10/(5+1)·2 with it
    [1.6667]
    """

    def __init__(self, alpha: float = 1.0, *, fit_intercept: bool = True):
        self.alpha = alpha
        self.fit_intercept = fit_intercept

    def fit(self, X, y) -> "Ridge":
        """Solve (Xcᵀ Xc + α·I) w = Xcᵀ yc and set b = ȳ − x̄·w."""
        alpha = check_number("Ridge.fit", "alpha", self.alpha)
        X, y = check_X_y(X, y, "Ridge.fit", y_numeric=True)
        Xc, yc, x_mean, y_mean = self._center(X, y)
        A = Xc.T @ Xc + alpha * np.eye(X.shape[1])
        Xty = Xc.T @ yc
        self.coef_ = np.linalg.lstsq(A, Xty, rcond=None)[0] if alpha == 0 else np.linalg.solve(A, Xty)  # (1)
        self._set_intercept(x_mean, y_mean)  # (2)
        return self
