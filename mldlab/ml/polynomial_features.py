"""Polynomial features: new columns that are products of the old ones, so a *linear* model can fit a curve.

For features (x₁, x₂) and degree 2 the new columns are all products of at most 2 of them::

    1,  x₁, x₂,  x₁², x₁x₂, x₂²

In general, one column per multiset of features of size 0 … degree (size 0 is the bias column 1), in
scikit-learn's order: by degree, then lexicographically. ``powers_[k, j]`` is the power of feature j in column k.
A line fitted on (1, x, x², x³) is a cubic curve in x: this is how ``LinearRegression`` fits polynomials.
"""

import itertools

import numpy as np

from mldlab.i18n import message
from mldlab.ml.base import BaseEstimator, TransformerMixin
from mldlab.ml.validation import check_array, check_for_predict, check_whole


class PolynomialFeatures(TransformerMixin, BaseEstimator):
    """Add products of features up to ``degree`` (scikit-learn's ``PolynomialFeatures``).

    Parameters
    ----------
    degree : int, default 2
    interaction_only : bool, default False
        Only products of different features (x₁x₂, not x₁²).
    include_bias : bool, default True
        Start with the column of ones.

    Attributes
    ----------
    powers_ : ndarray of shape (n_output_features_, n_features_in_)
    n_features_in_, n_output_features_ : int

    Examples
    --------
    >>> import numpy as np
    >>> PolynomialFeatures(degree=2).fit_transform(np.array([[2.0, 3.0]])).tolist()
    [[1.0, 2.0, 3.0, 4.0, 6.0, 9.0]]
    >>> PolynomialFeatures(degree=2).fit([[2.0, 3.0]]).get_feature_names_out().tolist()
    ['1', 'x0', 'x1', 'x0^2', 'x0 x1', 'x1^2']
    """

    def __init__(self, degree: int = 2, *, interaction_only: bool = False, include_bias: bool = True):
        self.degree = degree
        self.interaction_only = interaction_only
        self.include_bias = include_bias

    def fit(self, X, y=None) -> "PolynomialFeatures":
        """Work out the columns (``powers_``) for the number of features of X."""
        degree = check_whole("PolynomialFeatures.fit", "degree", self.degree, 0)
        if degree == 0 and not self.include_bias:
            raise ValueError(message("ml_poly_no_columns"))
        X = check_array(X, "PolynomialFeatures.fit")
        self.n_features_in_ = d = X.shape[1]
        pick = itertools.combinations if self.interaction_only else itertools.combinations_with_replacement
        combos = [c for size in range(0 if self.include_bias else 1, degree + 1) for c in pick(range(d), size)]
        self.powers_ = np.array([np.bincount(np.array(c, dtype=int), minlength=d) for c in combos]).reshape(-1, d)
        self.n_output_features_ = len(self.powers_)
        return self

    def transform(self, X) -> np.ndarray:
        """One column per row of ``powers_``: the product Πⱼ xⱼ^powerⱼ."""
        X = check_for_predict(self, X, "PolynomialFeatures.transform")
        return np.column_stack([np.prod(X**p, axis=1) for p in self.powers_]).reshape(len(X), -1)

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        """Names like 'x0 x1' and 'x0^2' (or the ``input_features`` given)."""
        names = input_features if input_features is not None else [f"x{j}" for j in range(self.n_features_in_)]
        out = []
        for powers in self.powers_:
            parts = [names[j] if p == 1 else f"{names[j]}^{p}" for j, p in enumerate(powers) if p > 0]
            out.append(" ".join(parts) if parts else "1")
        return np.array(out, dtype=object)
