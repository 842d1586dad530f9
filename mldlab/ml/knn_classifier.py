"""The k-nearest-neighbour classifier: a new point gets the class most common among its k nearest training points.

For a query point x with nearest training points x₍₁₎, …, x₍ₖ₎ (``kneighbors``) and their classes y₍ᵢ₎::

    (1) weights     wᵢ = 1 (uniform)   or   wᵢ = 1 / d(x, x₍ᵢ₎) (distance: nearer points count more)
    (2) votes       P(c | x) = Σᵢ wᵢ·[y₍ᵢ₎ = c] / Σᵢ wᵢ                  predict_proba
    (3) prediction  ŷ = argmax_c P(c | x)                                predict

With ``weights='distance'`` a training point at distance 0 (the same point) decides alone. A tied vote goes to
the class that sorts first in ``classes_``, as in scikit-learn. There is nothing to learn: ``fit`` only stores the
training data, and all the work happens at prediction time.
"""

import numpy as np

from mldlab.ml.base import ClassifierMixin
from mldlab.ml.nearest_neighbors import NeighborsBase
from mldlab.ml.validation import check_classification_targets, check_X_y


class KNeighborsClassifier(ClassifierMixin, NeighborsBase):
    """Classify by a vote of the k nearest training points (scikit-learn's ``KNeighborsClassifier``).

    Parameters
    ----------
    n_neighbors : int, default 5
        k, the number of neighbours that vote.
    weights : {'uniform', 'distance'}, default 'uniform'
        Step (1): every neighbour counts the same, or by the inverse of its distance.
    algorithm : {'auto', 'brute', 'kd_tree'}, default 'auto'
        How neighbours are found (the same ones either way). 'auto' takes brute force, except in 2 or 3
        dimensions with at least 150,000 or 300,000 training points, where the KD-tree is faster. (scikit-learn's
        'auto' takes its KD-tree up to 15 features; mldlab's brute force, one matrix product in NumPy, is
        faster than mldlab's KD-tree, a loop over leaves in NumPy, below those sizes: 1.6× on 20,000 points in
        2-D, 23× in 10-D.)
    leaf_size : int, default 30
        The largest number of points in a leaf of the KD-tree.
    p : float, default 2
        The order of the Minkowski distance: 2 euclidean, 1 manhattan (p >= 1).
    metric : {'minkowski', 'euclidean', 'manhattan'}, default 'minkowski'
        'euclidean' and 'manhattan' are the Minkowski distance with p = 2 and p = 1.
    n_jobs : int or None, default None
        Threads for the brute-force search of a large query (the same neighbours whatever their number): None
        or 1 the calling thread only, -1 one per CPU. (scikit-learn's brute force runs on all cores through
        OpenMP whatever its ``n_jobs`` says; here the matrix product at its heart runs on all cores through
        NumPy's BLAS.)

    Attributes
    ----------
    classes_ : ndarray of shape (n_classes,)
    n_features_in_ : int
    n_samples_fit_ : int
    effective_metric_ : str
        'euclidean', 'manhattan' or 'minkowski'.
    effective_metric_params_ : dict

    Notes
    -----
    Not supported here: ``metric_params``, callable weights, ``'ball_tree'``, multi-output targets.
    See ``nearest_neighbors.py`` for how ties between equally distant points are broken.

    Examples
    --------
    >>> X = [[0, 0], [1, 0], [0, 1], [5, 5], [6, 5]]
    >>> y = ["blue", "blue", "blue", "red", "red"]
    >>> knn = KNeighborsClassifier(n_neighbors=3).fit(X, y)
    >>> knn.predict([[0.5, 0.5], [5, 4]]).tolist()
    ['blue', 'red']
    >>> knn.predict_proba([[5, 4]]).round(3).tolist()
    [[0.333, 0.667]]
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

    def fit(self, X, y) -> "KNeighborsClassifier":
        """Remember the training points and their classes."""
        X, y = check_X_y(X, y, "KNeighborsClassifier.fit")
        self.classes_, self._y = check_classification_targets(self, y, "KNeighborsClassifier.fit", min_classes=1)
        self._fit_data(X, "KNeighborsClassifier.fit")
        return self

    def predict_proba(self, X) -> np.ndarray:
        """P(c | x) for each class c (columns in the order of ``classes_``): the weighted share of the votes."""
        dist, ind = self.kneighbors(X)
        w = self._weights(dist)  # (1)
        C = len(self.classes_)
        cell = np.arange(len(ind))[:, None] * C + self._y[ind]  # (sample, class) of each vote, as one number
        votes = np.bincount(cell.ravel(), weights=w.ravel(), minlength=len(ind) * C).reshape(len(ind), C)
        return votes / votes.sum(axis=1, keepdims=True)  # (2)

    def predict(self, X) -> np.ndarray:
        """The class with the most (weighted) votes among the k nearest training points."""
        proba = self.predict_proba(X)
        return self.classes_[np.argmax(proba, axis=1)]  # (3)
