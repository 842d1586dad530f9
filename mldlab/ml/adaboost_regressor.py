"""AdaBoost for numbers (AdaBoost.R2, Drucker 1997): the rounds of ``adaboost`` with a loss between 0 and 1
for each sample, and a weighted median for the prediction.

N samples with weights w (summing to 1), M rounds:

    for m = 1 … M:
        (1) draw N samples with replacement, sample i with probability wᵢ, and fit the learner hₘ on them
        (2) each sample's loss Lᵢ = |hₘ(xᵢ) − yᵢ| / maxⱼ |hₘ(xⱼ) − yⱼ|   (``loss``: Lᵢ, Lᵢ² or 1 − e^−Lᵢ)
            and the average loss εₘ = Σᵢ wᵢ·Lᵢ:  εₘ = 0 stops (a perfect fit), εₘ ≥ ½ stops (too weak)
        (3) βₘ = εₘ / (1 − εₘ),   αₘ = η·log(1/βₘ)
        (4) wᵢ ← wᵢ·βₘ^(η·(1 − Lᵢ)), then w ← w / Σᵢ wᵢ: the samples predicted well weigh less
    (5) prediction: the αₘ-weighted median of h₁(x) … h_M(x) (the smallest hₘ(x) whose α's, summed in the
        order of the predictions, reach half of Σₘ αₘ)

Notes
-----
The draws of (1) come from ``random_state`` in mldlab's own stream, so the learners differ from scikit-learn's:
the results agree in distribution, not tree by tree.
"""

import numpy as np

from mldlab.ml.adaboost import BaseWeightBoosting
from mldlab.ml.base import RegressorMixin
from mldlab.ml.tree import DecisionTreeRegressor
from mldlab.ml.validation import check_choice


class AdaBoostRegressor(RegressorMixin, BaseWeightBoosting):
    """AdaBoost for numbers with AdaBoost.R2, as above (scikit-learn's ``AdaBoostRegressor``).

    Parameters
    ----------
    estimator : regressor or None, default None
        The learner; None is ``DecisionTreeRegressor(max_depth=3)``.
    n_estimators : int, default 50
    learning_rate : float, default 1.0
    loss : {'linear', 'square', 'exponential'}, default 'linear'
        How a sample's error |hₘ(xᵢ) − yᵢ| / max becomes its loss Lᵢ: itself, its square, or 1 − e^−L.
    random_state : int, numpy Generator or None, default None
        Draws the weighted samples of each round, and seeds each learner.

    Attributes
    ----------
    estimators_, estimator_weights_, estimator_errors_, n_features_in_, feature_importances_

    Examples
    --------
    >>> X = [[0.0], [1.0], [2.0], [3.0], [4.0], [5.0]]
    >>> model = AdaBoostRegressor(n_estimators=5, random_state=0).fit(X, [0.0, 1.0, 4.0, 9.0, 16.0, 25.0])
    >>> model.predict([[2.0], [5.0]]).tolist()
    [4.0, 25.0]
    """

    def __init__(self, estimator=None, *, n_estimators=50, learning_rate=1.0, loss="linear", random_state=None):
        self.estimator = estimator
        self.n_estimators = n_estimators
        self.learning_rate = learning_rate
        self.loss = loss
        self.random_state = random_state

    @staticmethod
    def _default_estimator():
        return DecisionTreeRegressor(max_depth=3)

    def _encode(self, y, op: str):
        check_choice(op, "loss", self.loss, ("linear", "square", "exponential"))
        return y

    def _boost(self, m, learner, X, y, w, eta, M, rng, op):
        rows = rng.choice(len(X), size=len(X), replace=True, p=w)
        learner.fit(X[rows], y[rows])  # (1) on a sample drawn with the probabilities w
        self.estimators_.append(learner)
        kept = w > 0
        L = np.abs(learner.predict(X) - y)[kept]
        if L.max() != 0:
            L = L / L.max()
        if self.loss == "square":
            L = L ** 2
        elif self.loss == "exponential":
            L = 1.0 - np.exp(-L)
        error = float((w[kept] * L).sum())  # (2)
        if error <= 0:
            return w, 1.0, 0.0
        if error >= 0.5:
            if len(self.estimators_) > 1:
                self.estimators_.pop()
            return None, None, None
        beta = error / (1.0 - error)
        alpha = eta * np.log(1.0 / beta)  # (3)
        if m < M - 1:
            w = w.copy()
            w[kept] *= beta ** ((1.0 - L) * eta)  # (4)
        return w, alpha, error

    def _weighted_median(self, predictions: np.ndarray, alpha: np.ndarray) -> np.ndarray:
        """For each sample, the prediction where the αₘ sorted by prediction first reach half of Σₘ αₘ."""
        order = np.argsort(predictions, axis=0)
        cumulative = np.cumsum(alpha[order], axis=0)
        first = (cumulative >= 0.5 * cumulative[-1]).argmax(axis=0)
        columns = np.arange(predictions.shape[1])
        return predictions[order[first, columns], columns]

    def predict(self, X) -> np.ndarray:
        """The αₘ-weighted median of the learners' predictions."""
        predictions = self._predictions(X, "AdaBoostRegressor.predict")
        return self._weighted_median(predictions, self.estimator_weights_[:len(predictions)])

    def staged_predict(self, X):
        """``predict`` with the first 1, 2, … learners."""
        predictions = self._predictions(X, "AdaBoostRegressor.staged_predict")
        for m in range(1, len(predictions) + 1):
            yield self._weighted_median(predictions[:m], self.estimator_weights_[:m])
