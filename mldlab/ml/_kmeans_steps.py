"""k-means one step at a time, for teaching: ``lloyd_step`` (one iteration from any centres) and ``kmeans_steps``
(every iteration ``KMeans`` makes from given initial centres).

One Lloyd iteration from the centres μ₁, …, μₖ::

    (1) distances    dᵢⱼ = ‖xᵢ − μⱼ‖²
    (2) assignment   c(i) = argminⱼ dᵢⱼ
    (3) inertia      J = Σᵢ wᵢ·dᵢ,c(i)
    (4) update       μⱼ(new) = Σ_{c(i)=j} wᵢ·xᵢ / Σ_{c(i)=j} wᵢ
    (5) shift        Σⱼ ‖μⱼ(new) − μⱼ‖²

Examples
--------
>>> import numpy as np
>>> X = np.array([[0.0, 0.0], [0.0, 2.0], [4.0, 0.0], [4.0, 2.0], [10.0, 1.0]])
>>> step = lloyd_step(X, [[0.0, 1.0], [10.0, 1.0]])
>>> step.labels.tolist()
[0, 0, 0, 0, 1]
>>> step.new_centers.tolist()
[[2.0, 1.0], [10.0, 1.0]]
>>> step.inertia, step.shift
(36.0, 4.0)
>>> steps = kmeans_steps(X, [[0.0, 1.0], [10.0, 1.0]])
>>> [(s.labels.tolist(), s.inertia, s.shift) for s in steps]  # the labels stopped changing at the second step
[([0, 0, 0, 0, 1], 36.0, 4.0), ([0, 0, 0, 0, 1], 20.0, 0.0)]
"""

from dataclasses import dataclass

import numpy as np

from mldlab.ml._kmeans_checks import check_centers, check_data, check_n_clusters, check_weights, tolerance
from mldlab.ml._kmeans_lloyd import cluster_sums, inertia, lloyd, squared_distances, update
from mldlab.ml.validation import check_number, check_whole


@dataclass(frozen=True)
class LloydStep:
    """One Lloyd iteration: the centres it started from, what it computed, and where the centres went.

    Attributes
    ----------
    centers : ndarray (k, n_features)
        μ₁, …, μₖ before the step.
    labels : ndarray (n_samples,), int32
        (2) c(i), the nearest of ``centers``.
    distances : ndarray (n_samples, k)
        (1) ‖xᵢ − μⱼ‖², squared.
    inertia : float
        (3) J of this assignment.
    new_centers : ndarray (k, n_features)
        (4) the mean of each cluster.
    shift : float
        (5) Σⱼ ‖μⱼ(new) − μⱼ‖², how far the centres moved.
    """

    centers: np.ndarray
    labels: np.ndarray
    distances: np.ndarray
    inertia: float
    new_centers: np.ndarray
    shift: float


def lloyd_step(X, centers, sample_weight=None) -> LloydStep:
    """One Lloyd iteration (1)–(5) from ``centers`` (an array (k, n_features)).

    A cluster that gets no point keeps its centre here (the simple rule to explain; ``KMeans`` and
    ``kmeans_steps`` move it onto a far point, as scikit-learn does).
    """
    op = "lloyd_step"
    X = check_data(X, op)
    mu = check_centers(centers, X, len(np.asarray(centers)), op)
    check_n_clusters(len(mu), len(X), op)
    w = check_weights(sample_weight, X, op)
    d = squared_distances(X, mu)  # (1)
    labels = d.argmin(axis=1).astype(np.int32)  # (2)
    J = float(d[np.arange(len(X)), labels] @ w)  # (3)
    sums, weights = cluster_sums(X, w, labels, len(mu))
    new = mu.copy()
    full = weights > 0
    new[full] = sums[full] / weights[full, None]  # (4)
    return LloydStep(mu, labels, d, J, new, float(((new - mu) ** 2).sum()))  # (5)


def kmeans_steps(X, init, max_iter: int = 300, tol: float = 1e-4) -> list[LloydStep]:
    """Every Lloyd iteration ``KMeans(n_clusters=len(init), init=init, n_init=1)`` makes on X, in order.

    The last step's ``centers``, ``labels`` and ``inertia`` are the model's ``cluster_centers_``, ``labels_`` and
    ``inertia_``. When the labels stopped changing, the last iteration is that step (its centres no longer move)
    and there are ``n_iter_`` steps; when the run stopped on ``tol`` or ``max_iter``, one more step follows: the
    final assignment to the centres the model returns (its ``new_centers`` are one more update, not made by the
    model), ``n_iter_ + 1`` steps.
    """
    op = "kmeans_steps"
    X = check_data(X, op)
    start = check_centers(init, X, len(np.asarray(init)), op)
    check_n_clusters(len(start), len(X), op)
    max_iter = check_whole(op, "max_iter", max_iter, 1)
    w = check_weights(None, X, op)
    X_mean = X.mean(axis=0)
    Xc = X - X_mean
    history = []
    labels, J, final, _ = lloyd(Xc, w, start - X_mean, max_iter, tolerance(X, check_number(op, "tol", tol)),
                                history=history)
    steps, centers = [], start
    for mu, step_labels, new, moved in history:
        steps.append(LloydStep(centers, step_labels, squared_distances(X, centers), inertia(Xc, w, mu, step_labels),
                               new + X_mean, moved))
        centers = steps[-1].new_centers
    strict = len(history) > 1 and np.array_equal(history[-1][1], history[-2][1])
    if not strict:
        new = update(Xc, w, final, labels)
        steps.append(LloydStep(centers, labels, squared_distances(X, centers), J, new + X_mean,
                               float(((new - final) ** 2).sum())))
    return steps
