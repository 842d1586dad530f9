"""The losses of gradient boosting: what each tree is fitted to, and what its leaves then predict.

The model is a sum of trees, F(x) = F₀ + η·Σₘ hₘ(x), with one raw score F per sample (regression, two classes)
or one F_k per class (K ≥ 3 classes). Every loss gives four things, for targets y, raw scores F, weights w:

    loss                 L(y, F)                      r = −∂L/∂F                    prior F₀
    squared error        ½·(y − F)²                   y − F                         Σ wᵢyᵢ / Σ wᵢ
    log loss, 2 classes  log(1 + e^F) − y·F           y − p,    p = σ(F)            log(p̄ / (1 − p̄))
    log loss, K classes  log Σₖ e^F_k − Σₖ y_k·F_k    y_k − p_k, p = softmax(F)      log p̄_k − (1/K)·Σⱼ log p̄ⱼ

(y_k is 1 for the sample's class and 0 otherwise; p̄ is the weighted fraction of each class.) A tree is fitted to
the residuals r; then each leaf R of the tree gets the value γ_R that lowers the loss most, one Newton step
(Friedman 2001), where the squared error's Newton step is simply the tree's own leaf mean:

    squared error        γ_R = Σ_R wᵢrᵢ / Σ_R wᵢ
    log loss, 2 classes  γ_R = Σ_R wᵢrᵢ / Σ_R wᵢ·pᵢ(1 − pᵢ)
    log loss, K classes  γ_R = (K − 1)/K · Σ_R wᵢr_ik / Σ_R wᵢ·p_ik(1 − p_ik)

The robust regression losses have no useful curvature; their leaves get the value that minimises the loss over
the leaf's samples directly (d = y − F, "median" and "q-quantile" weighted by w; α is ``alpha``):

    loss            L(y, F)                                r = −∂L/∂F                F₀         γ_R
    absolute_error  |d|                                    sign(d)                   median y   median of d in R
    quantile        α·d if d > 0, else (α − 1)·d           α if d > 0, else α − 1    α-quantile α-quantile of d in R
    huber           ½d² if |d| ≤ δ, else δ·(|d| − δ/2)     d, clipped to [−δ, δ]     median y   m + mean of
                    δ = the α-quantile of |d|, again at every stage               (d − m) clipped to [−δ, δ],
                                                                                  m = median of d in R

``train_score_`` reports c·Σ wᵢL(yᵢ, Fᵢ) / Σ wᵢ with scikit-learn's factor c = 2 for the squared error (so it is
the mean squared error) and for two classes (the deviance), and c = 1 for the other losses.

Examples
--------
>>> import numpy as np
>>> loss = BinomialLoss()
>>> Y = np.array([[0.0], [1.0], [1.0], [1.0]])
>>> F0 = loss.prior(Y, np.ones(4))
>>> F0.round(4).tolist()                                  # log(0.75 / 0.25) = log 3
[1.0986]
>>> loss.negative_gradient(Y, np.tile(F0, (4, 1)), np.ones(4)).ravel().tolist()   # y − p, p = 0.75
[-0.75, 0.25, 0.25, 0.25]
"""

import numpy as np

EPS = np.finfo(np.float64).eps


def _sigmoid(F: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * F))  # σ(F) = 1 / (1 + e^−F), without overflow


def _softmax(F: np.ndarray) -> np.ndarray:
    e = np.exp(F - F.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def weighted_percentile(values: np.ndarray, w, q: float) -> float:
    """The q-th percentile; with weights w (scikit-learn's "inverted CDF"), the smallest value whose cumulative
    weight, in sorted order, reaches q/100 of the total."""
    if w is None:
        return float(np.percentile(values, q))
    order = np.argsort(values)
    cdf = np.cumsum(w[order])
    target = q / 100 * cdf[-1] or np.nextafter(0.0, 1.0)
    return float(values[order[min(np.searchsorted(cdf, target), len(values) - 1)]])


def _each_leaf(tree, leaves, value_of) -> np.ndarray:
    """γ of every leaf that holds samples: ``value_of(rows)`` over the rows in it."""
    gamma = np.zeros(tree.node_count)
    for leaf in np.unique(leaves):
        gamma[leaf] = value_of(leaves == leaf)
    return gamma


def _newton_leaves(leaves, node_count: int, r, hessian, w, factor: float = 1.0) -> np.ndarray:
    """γ of every node at once: factor · (Σ wᵢrᵢ / Σ wᵢ) / (Σ wᵢhᵢ / Σ wᵢ) over the samples in it (0 where the
    curvature vanishes: a leaf whose p are all 0 or 1 cannot lower the loss)."""
    total = np.bincount(leaves, w, minlength=node_count)
    numerator = np.bincount(leaves, w * r, minlength=node_count) / np.where(total > 0, total, 1.0)
    denominator = np.bincount(leaves, w * hessian, minlength=node_count) / np.where(total > 0, total, 1.0)
    safe = np.abs(denominator) >= 1e-150
    return np.where(safe, factor * numerator / np.where(safe, denominator, 1.0), 0.0)


class SquaredError:
    """L = ½·(y − F)², r = y − F, F₀ = the weighted mean; the tree's leaf means are already the Newton step."""

    factor = 2.0
    n_trees = 1

    @staticmethod
    def prior(Y, w):
        return np.array([np.average(Y[:, 0], weights=w)])

    @staticmethod
    def negative_gradient(Y, F, w):
        return Y - F

    @staticmethod
    def leaf_values(tree, leaves, r, Y, F, w):
        return None  # γ_R = Σ wr / Σ w: what the tree holds

    def score(self, Y, F, w) -> float:
        return self.factor * float(np.average(0.5 * (Y[:, 0] - F[:, 0]) ** 2, weights=w))


class BinomialLoss:
    """Log loss for two classes: L = log(1 + e^F) − y·F, p = σ(F), r = y − p."""

    factor = 2.0
    n_trees = 1

    @staticmethod
    def prior(Y, w):
        p = np.clip(np.average(Y[:, 0], weights=w), EPS, 1 - EPS)  # p̄, the fraction of class 1
        return np.array([np.log(p / (1 - p))])

    @staticmethod
    def negative_gradient(Y, F, w):
        return Y - _sigmoid(F)

    @staticmethod
    def leaf_values(tree, leaves, r, Y, F, w):
        p = Y - r  # r = y − p
        return _newton_leaves(leaves, tree.node_count, r, p * (1 - p), w)

    def score(self, Y, F, w) -> float:
        L = np.logaddexp(0.0, F[:, 0]) - Y[:, 0] * F[:, 0]  # log(1 + e^F) − y·F
        return self.factor * float(np.average(L, weights=w))

    @staticmethod
    def proba(F):
        p = _sigmoid(F[:, 0])
        return np.column_stack([1 - p, p])


class MultinomialLoss:
    """Log loss for K classes: L = log Σₖ e^F_k − F_y, p = softmax(F), r_k = y_k − p_k; K trees a stage."""

    factor = 1.0

    def __init__(self, n_classes: int):
        self.n_trees = n_classes

    @staticmethod
    def prior(Y, w):
        log_p = np.log(np.clip(np.average(Y, axis=0, weights=w), EPS, 1 - EPS))  # log p̄_k
        return log_p - log_p.mean()

    @staticmethod
    def negative_gradient(Y, F, w):
        return Y - _softmax(F)

    def leaf_values(self, tree, leaves, r, Y, F, w):
        p = Y - r
        K = self.n_trees
        return _newton_leaves(leaves, tree.node_count, r, p * (1 - p), w, (K - 1) / K)

    def score(self, Y, F, w) -> float:
        F_max = F.max(axis=1)
        log_sum = F_max + np.log(np.exp(F - F_max[:, None]).sum(axis=1))
        L = log_sum - (Y * F).sum(axis=1)  # log Σₖ e^F_k − F_y
        return self.factor * float(np.average(L, weights=w))

    @staticmethod
    def proba(F):
        return _softmax(F)


class AbsoluteError:
    """L = |y − F|, r = sign(y − F); F₀ and each γ_R are (weighted) medians."""

    factor = 1.0
    n_trees = 1

    @staticmethod
    def prior(Y, w):
        return np.array([weighted_percentile(Y[:, 0], w, 50)])

    @staticmethod
    def negative_gradient(Y, F, w):
        return np.sign(Y - F)

    @staticmethod
    def leaf_values(tree, leaves, r, Y, F, w):
        d = Y - F
        return _each_leaf(tree, leaves, lambda rows: weighted_percentile(d[rows], w[rows], 50))

    def score(self, Y, F, w) -> float:
        return float(np.average(np.abs(Y[:, 0] - F[:, 0]), weights=w))


class QuantileLoss:
    """The pinball loss of the α-quantile: L = α·d for d = y − F > 0, (α − 1)·d otherwise."""

    factor = 1.0
    n_trees = 1

    def __init__(self, alpha: float):
        self.alpha = alpha

    def prior(self, Y, w):
        return np.array([weighted_percentile(Y[:, 0], w, 100 * self.alpha)])

    def negative_gradient(self, Y, F, w):
        return np.where(Y > F, self.alpha, self.alpha - 1.0)

    def leaf_values(self, tree, leaves, r, Y, F, w):
        d = Y - F
        return _each_leaf(tree, leaves, lambda rows: weighted_percentile(d[rows], w[rows], 100 * self.alpha))

    def score(self, Y, F, w) -> float:
        d = Y[:, 0] - F[:, 0]
        return float(np.average(np.where(d >= 0, self.alpha * d, (self.alpha - 1.0) * d), weights=w))


class HuberLoss:
    """Squared near 0, absolute far away: ½d² for |d| ≤ δ, δ·(|d| − δ/2) beyond, δ = the α-quantile of |d|."""

    factor = 1.0
    n_trees = 1

    def __init__(self, alpha: float):
        self.alpha, self.delta = alpha, None

    @staticmethod
    def prior(Y, w):
        return np.array([weighted_percentile(Y[:, 0], w, 50)])

    def negative_gradient(self, Y, F, w):
        d = Y - F
        self.delta = weighted_percentile(np.abs(d[:, 0]), w, 100 * self.alpha)  # δ, again at every stage
        return np.clip(d, -self.delta, self.delta)

    def leaf_values(self, tree, leaves, r, Y, F, w):
        d = Y - F

        def value_of(rows):
            m = weighted_percentile(d[rows], w[rows], 50)
            return m + np.average(np.clip(d[rows] - m, -self.delta, self.delta), weights=w[rows])

        return _each_leaf(tree, leaves, value_of)

    def score(self, Y, F, w) -> float:
        a = np.abs(Y[:, 0] - F[:, 0])
        return float(np.average(np.where(a <= self.delta, 0.5 * a ** 2, self.delta * (a - 0.5 * self.delta)),
                                weights=w))
