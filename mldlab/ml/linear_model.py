"""What the linear models share: centring the data so the intercept can be left out of the fit, and predicting
with ŷ = X·w + b.

Centring: with x̄ the mean of the training rows and ȳ the mean target, fitting w on Xc = X − x̄ and yc = y − ȳ
and then setting b = ȳ − x̄·w gives the same line as fitting w and b together, and the penalty of Ridge and Lasso
never touches b (as in scikit-learn).
"""

import numpy as np

from mldlab.ml.base import BaseEstimator
from mldlab.ml.validation import check_for_predict


class LinearModel(BaseEstimator):
    """ŷ = X·w + b with ``coef_`` = w and ``intercept_`` = b; subclasses learn w in ``fit``."""

    def _center(self, X: np.ndarray, y: np.ndarray):
        """Xc = X − x̄ and yc = y − ȳ (or X, y and zero means without an intercept)."""
        self.n_features_in_ = X.shape[1]
        if not self.fit_intercept:
            return X, y, np.zeros(X.shape[1]), np.zeros(y.shape[1:])
        x_mean, y_mean = X.mean(axis=0), y.mean(axis=0)
        return X - x_mean, y - y_mean, x_mean, y_mean

    def _set_intercept(self, x_mean: np.ndarray, y_mean) -> None:
        """b = ȳ − x̄·w (0 without an intercept)."""
        self.intercept_ = float(y_mean - x_mean @ self.coef_) if self.fit_intercept else 0.0

    def predict(self, X) -> np.ndarray:
        """ŷ = X·w + b."""
        X = check_for_predict(self, X, f"{type(self).__name__}.predict")
        return X @ self.coef_ + self.intercept_


class LinearClassifier(BaseEstimator):
    """Scores z = X·Wᵀ + b, one per class (one column for two classes), and the class with the largest score."""

    def decision_function(self, X) -> np.ndarray:
        """z = X·Wᵀ + b: shape (n_samples,) for two classes (z > 0 means ``classes_[1]``), else (n_samples, C)."""
        X = check_for_predict(self, X, f"{type(self).__name__}.decision_function")
        z = X @ self.coef_.T + self.intercept_
        return z[:, 0] if z.shape[1] == 1 else z

    def predict(self, X) -> np.ndarray:
        """The class with the largest score (for two classes: ``classes_[1]`` when z > 0)."""
        z = self.decision_function(X)
        return self.classes_[(z > 0).astype(int) if z.ndim == 1 else z.argmax(axis=1)]
