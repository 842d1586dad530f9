"""One mini-batch step of k-means (Sculley 2010, as scikit-learn): assign the batch, pull each centre towards its
batch points with a learning rate that shrinks as the centre sees more points.

With nⱼ the total weight centre j has seen so far and Bⱼ the batch points assigned to it::

    (1) assignment   c(i) = argminⱼ ‖xᵢ − μⱼ‖²                 for the points of the batch
    (2) update       μⱼ ← (nⱼ·μⱼ + Σ_{i∈Bⱼ} wᵢ·xᵢ) / (nⱼ + Σ_{i∈Bⱼ} wᵢ)
    (3) counts       nⱼ ← nⱼ + Σ_{i∈Bⱼ} wᵢ

so μⱼ is the running mean of every point it was ever given: its learning rate is Σ_{Bⱼ} wᵢ / nⱼ. A centre that
gets hardly any points (nⱼ < reassignment_ratio · maxⱼ nⱼ) is moved onto a random point of the batch from time
to time, and its count is raised to the smallest other count.
"""

import numpy as np

from mldlab.i18n import message
from mldlab.ml._kmeans_lloyd import cluster_sums, inertia, nearest


def minibatch_step(X, sample_weight, centers, counts, rng, reassign: bool, reassignment_ratio: float,
                   verbose: int = 0):
    """(1)–(3) on the batch X: (the batch's inertia before the update, the new centres); ``counts`` in place."""
    labels = nearest(X, centers)  # (1)
    J = inertia(X, sample_weight, centers, labels)
    sums, batch_weight = cluster_sums(X, sample_weight, labels, len(centers))
    new = centers.copy()
    hit = batch_weight > 0
    n_new = counts[hit] + batch_weight[hit]
    new[hit] = (centers[hit] * counts[hit, None] + sums[hit]) * (1 / n_new)[:, None]  # (2)
    counts[hit] = n_new  # (3)
    if reassign and reassignment_ratio > 0:
        _reassign(X, new, counts, rng, reassignment_ratio, verbose)
    return J, new


def _reassign(X, centers, counts, rng, reassignment_ratio: float, verbose: int) -> None:
    """Move the centres with too few points onto random batch points (at most half the batch), in place."""
    low = counts < reassignment_ratio * counts.max()
    if low.sum() > 0.5 * len(X):
        low[np.argsort(counts)[int(0.5 * len(X)):]] = False
    n_low = int(low.sum())
    if n_low == 0 or low.all():
        return
    centers[low] = X[rng.choice(len(X), size=n_low, replace=False)]
    if verbose:
        print(message("kmeans_minibatch_reassign", count=n_low))
    counts[low] = counts[~low].min()


class EarlyStop:
    """scikit-learn's stopping rules for ``MiniBatchKMeans.fit``: the centres barely moved (tol), or the smoothed
    batch inertia has not improved for ``max_no_improvement`` steps."""

    def __init__(self, batch_size: int, n_samples: int, tol: float, max_no_improvement, verbose: int):
        self.alpha = min(batch_size * 2.0 / (n_samples + 1), 1.0)
        self.batch_size, self.tol, self.patience, self.verbose = batch_size, tol, max_no_improvement, verbose
        self.ewa = None
        self.ewa_min = None
        self.no_improvement = 0

    def __call__(self, step: int, n_steps: int, moved: float, batch_inertia: float) -> bool:
        """Whether to stop after ``step`` (counted from 0)."""
        J = batch_inertia / self.batch_size
        step += 1
        if step == 1:  # the first batch measures the initial centres
            if self.verbose:
                print(message("kmeans_minibatch_first", step=step, n_steps=n_steps, inertia=J))
            return False
        self.ewa = J if self.ewa is None else self.ewa * (1 - self.alpha) + J * self.alpha
        if self.verbose:
            print(message("kmeans_minibatch_step", step=step, n_steps=n_steps, inertia=J, ewa=self.ewa))
        if self.tol > 0.0 and moved <= self.tol:
            if self.verbose:
                print(message("kmeans_minibatch_converged_tol", step=step, n_steps=n_steps))
            return True
        if self.ewa_min is None or self.ewa < self.ewa_min:
            self.no_improvement, self.ewa_min = 0, self.ewa
        else:
            self.no_improvement += 1
        if self.patience is not None and self.no_improvement >= self.patience:
            if self.verbose:
                print(message("kmeans_minibatch_converged_ewa", step=step, n_steps=n_steps))
            return True
        return False
