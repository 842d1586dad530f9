"""Ordinary least squares: the line (plane, hyperplane) that makes the sum of squared errors smallest.

    minimise   L(w, b) = Σᵢ (yᵢ − xᵢ·w − b)²

Setting the derivatives to 0 gives the *normal equations* (on centred data, so b drops out)::

    (1) Xcᵀ Xc w = Xcᵀ yc           (Xc = X − x̄, yc = y − ȳ)
    (2) b = ȳ − x̄·w

When XcᵀXc can be inverted, w = (XcᵀXc)⁻¹ Xcᵀ yc. ``fit`` solves (1) by least squares with the singular value
decomposition (``numpy.linalg.lstsq``) instead: the same w, but also a sensible one (the shortest) when two
features are copies of each other and XcᵀXc cannot be inverted.
"""

import numpy as np

from mldlab.ml.base import RegressorMixin
from mldlab.ml.linear_model import LinearModel
from mldlab.ml.validation import check_X_y


class LinearRegression(RegressorMixin, LinearModel):
    """Least-squares linear regression (scikit-learn's ``LinearRegression``).

    Parameters
    ----------
    fit_intercept : bool, default True
        Learn b; with False the line goes through the origin (b = 0).

    Attributes
    ----------
    coef_ : ndarray of shape (n_features,)
        w.
    intercept_ : float
        b.
    rank_ : int
        The rank of Xc (smaller than n_features when features depend on each other).
    singular_ : ndarray of shape (min(n_samples, n_features),)
        The singular values of Xc.
    n_features_in_ : int

    Notes
    -----
    One target per sample (no multi-output y); no ``positive`` (non-negative w), ``copy_X`` (the input is never
    changed) or ``n_jobs``.

    Examples
    --------
    >>> import numpy as np
    >>> X = np.array([[1.0], [2.0], [3.0], [4.0]])
    >>> y = 2 * X[:, 0] + 1                       # y = 2x + 1
    >>> model = LinearRegression().fit(X, y)
    >>> model.coef_.round(6).tolist(), round(model.intercept_, 6)
    ([2.0], 1.0)
    >>> model.predict([[10.0]]).round(6).tolist()
    [21.0]
    """

    def __init__(self, *, fit_intercept: bool = True):
        self.fit_intercept = fit_intercept

    def fit(self, X, y) -> "LinearRegression":
        """Solve the normal equations (1) by least squares and set b by (2)."""
        X, y = check_X_y(X, y, "LinearRegression.fit", y_numeric=True)
        Xc, yc, x_mean, y_mean = self._center(X, y)
        self.coef_, _, self.rank_, self.singular_ = np.linalg.lstsq(Xc, yc, rcond=None)  # (1)
        self._set_intercept(x_mean, y_mean)  # (2)
        return self
