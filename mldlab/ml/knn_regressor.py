"""The k-nearest-neighbour regressor: a new point gets the (weighted) mean target of its k nearest training points.

For a query point x with nearest training points x₍₁₎, …, x₍ₖ₎ (``kneighbors``) and their targets y₍ᵢ₎::

    (1) weights     wᵢ = 1 (uniform)   or   wᵢ = 1 / d(x, x₍ᵢ₎) (distance)
    (2) prediction  ŷ = Σᵢ wᵢ·y₍ᵢ₎ / Σᵢ wᵢ

With k = 1 the prediction jumps from one training target to the next (a staircase); a larger k smooths it.
"""

import numpy as np

from mldlab.ml.base import RegressorMixin
from mldlab.ml.nearest_neighbors import NeighborsBase
from mldlab.ml.validation import check_X_y


class KNeighborsRegressor(RegressorMixin, NeighborsBase):
    """Predict the mean target of the k nearest training points (scikit-learn's ``KNeighborsRegressor``).

    Parameters
    ----------
    n_neighbors : int, default 5
    weights : {'uniform', 'distance'}, default 'uniform'
    algorithm : {'auto', 'brute', 'kd_tree'}, default 'auto'
    leaf_size : int, default 30
    p : float, default 2
    metric : {'minkowski', 'euclidean', 'manhattan'}, default 'minkowski'
    n_jobs : int or None, default None
        As in ``KNeighborsClassifier``.

    Attributes
    ----------
    n_features_in_ : int
    n_samples_fit_ : int
    effective_metric_ : str
    effective_metric_params_ : dict

    Examples
    --------
    >>> X = [[0.0], [1.0], [2.0], [3.0]]
    >>> y = [0.0, 1.0, 4.0, 9.0]
    >>> KNeighborsRegressor(n_neighbors=2).fit(X, y).predict([[1.4]]).tolist()
    [2.5]
    """

    def __init__(self, n_neighbors: int = 5, *, weights: str = "uniform", algorithm: str = "auto",
                 leaf_size: int = 30, p: float = 2, metric: str = "minkowski", n_jobs=None):
        self.n_neighbors = n_neighbors
        self.weights = weights
        self.algorithm = algorithm
        self.leaf_size = leaf_size
        self.p = p
        self.metric = metric
        self.n_jobs = n_jobs

    def fit(self, X, y) -> "KNeighborsRegressor":
        """Remember the training points and their targets."""
        X, self._y = check_X_y(X, y, "KNeighborsRegressor.fit", y_numeric=True)
        self._fit_data(X, "KNeighborsRegressor.fit")
        return self

    def predict(self, X) -> np.ndarray:
        """ŷ = Σᵢ wᵢ·y₍ᵢ₎ / Σᵢ wᵢ over the k nearest training points."""
        dist, ind = self.kneighbors(X)
        w = self._weights(dist)  # (1)
        return (w * self._y[ind]).sum(axis=1) / w.sum(axis=1)  # (2)
