"""Lloyd's algorithm, the heart of k-means: assign every point to its nearest centre, move every centre to the mean
of its points, repeat.

For samples xᵢ with weights wᵢ and centres μ₁, …, μₖ::

    (1) assignment   c(i) = argminⱼ ‖xᵢ − μⱼ‖²                           (the E-step)
    (2) update       μⱼ ← Σ_{c(i)=j} wᵢ·xᵢ / Σ_{c(i)=j} wᵢ                 (the M-step)
    (3) objective    J = Σᵢ wᵢ·‖xᵢ − μ_{c(i)}‖²                            (the inertia)
    (4) stop         when no label changes, or when Σⱼ ‖μⱼ(new) − μⱼ(old)‖² ≤ tol

Step (1) uses ‖x − μ‖² = ‖x‖² − 2x·μ + ‖μ‖²: ‖x‖² is the same for every centre, so the nearest centre is the
one with the largest x·μ − ½‖μ‖², one matrix product (BLAS) for all points at once. Step (2) sums the points of
each cluster with one more matrix product (a 0/1 matrix of clusters × samples, times X).

A cluster that ends up with no point (an empty cluster) is moved, as in scikit-learn, onto the point farthest from
its own centre (that point still counts in its old cluster's label, but its weight moves to the empty cluster).
When every point already sits on its centre (more clusters than distinct points), moving is pointless: the empty
cluster is put on the centre of the largest cluster. (Exactly: scikit-learn 1.9 puts it on the *sum* of the largest
cluster's points when that cluster comes later in the order, an accident of how it scales the sums in place; we
do the same so that the labels stay the same as scikit-learn's, and ``KMeans`` warns about the fewer clusters.)
"""

import numpy as np

from mldlab.i18n import message

_CHUNK = 2**20  # entries of the distance matrix computed at a time (8 MB in float64)


def _rows(width: int) -> int:
    """How many rows of a matrix ``width`` wide make one chunk."""
    return max(1, _CHUNK // width)


def nearest(X: np.ndarray, centers: np.ndarray) -> np.ndarray:
    """(1) c(i) = argminⱼ ‖xᵢ − μⱼ‖² = argmaxⱼ (xᵢ·μⱼ − ½‖μⱼ‖²), the first centre on a tie; int32 labels.

    (½‖μ‖² − x·μ is half of scikit-learn's ‖μ‖² − 2x·μ, and exact ties go to the first centre as there.)
    """
    return Assignment(X, len(centers))(centers)


class Assignment:
    """Step (1) for the points X, again and again as the centres move: ``Assignment(X, k)(centers)`` → labels.

    Three speed tricks, together about half of the step on 15,000 points of 20 features and 10 centres
    (``benchmarks/bench_ml.py``, the k-means rows):

    - The work arrays are made once and reused at every iteration. A fresh array of a megabyte costs a page fault
      per 4 kB the first time it is written, about 1 ms a step here.
    - For few centres (k ≤ 16) the scores are written as k rows of n, sⱼᵢ = μⱼ·xᵢ − ½‖μⱼ‖²: the product μ·Xᵀ
      gives them in that layout (0.20 ms here, against 0.23 ms for X·μᵀ and 0.19 ms more to transpose it), and
      every later operation runs along rows of n instead of rows of k numbers (0.03 ms instead of 0.16 ms to
      subtract ½‖μⱼ‖²).
    - ``argmax`` along rows of k numbers costs about 30 ns a row (a short, unpredictable loop per row), twice the
      matrix product. So the maximum mᵢ is taken down the columns, and the index of the centre that reaches it
      is read off the 0/1 matrix eⱼᵢ = [sⱼᵢ = mᵢ] as cᵢ = Σⱼ j·eⱼᵢ (one ``einsum`` over bytes, 0.01 ms). That
      is the argmax when one centre reaches mᵢ; on a tie (Σⱼ eⱼᵢ > 1, seldom) the tied points take the first.
      The labels are the same, ties included.
    """

    FEW_CENTERS = 16

    def __init__(self, X: np.ndarray, n_clusters: int):
        self.X, self.k = X, n_clusters
        self.rows = min(len(X), _rows(n_clusters))  # points per chunk
        if 1 < n_clusters <= self.FEW_CENTERS:
            self.scores, self.best, self.reached = self._work(self.rows)
            self.index = np.arange(n_clusters, dtype=np.uint8)  # j, as bytes (Σⱼ j ≤ 120 fits)
        else:
            self.scores = np.empty((self.rows, n_clusters), dtype=X.dtype)  # xᵢ·μⱼ, n rows of k

    def __call__(self, centers: np.ndarray) -> np.ndarray:
        half_mu_sq = 0.5 * np.einsum("ij,ij->i", centers, centers)
        labels = np.empty(len(self.X), dtype=np.int32)
        for start in range(0, len(self.X), self.rows):
            x = self.X[start:start + self.rows]
            out = labels[start:start + len(x)]
            if self.k == 1:
                out[:] = 0
            elif self.k <= self.FEW_CENTERS:
                self._first_max(x, centers, half_mu_sq, out)
            else:
                scores = self.scores[:len(x)]
                np.matmul(x, centers.T, out=scores)  # xᵢ·μⱼ for every point (rows) and centre (columns)
                scores -= half_mu_sq
                out[:] = scores.argmax(axis=1)
        return labels

    def _first_max(self, x: np.ndarray, centers: np.ndarray, half_mu_sq: np.ndarray, out: np.ndarray) -> None:
        """out[i] = the first j with the largest sⱼᵢ = μⱼ·xᵢ − ½‖μⱼ‖², along rows of n (see the class)."""
        n = len(x)
        s, m, e = (self.scores, self.best, self.reached) if n == self.rows else self._work(n)
        np.matmul(centers, x.T, out=s)
        s -= half_mu_sq[:, None]
        np.maximum.reduce(s, axis=0, out=m)
        np.equal(s, m, out=e)
        out[:] = np.einsum("j,ji->i", self.index, e.view(np.uint8))  # Σⱼ j·eⱼᵢ
        if np.count_nonzero(e) > n:  # a tie: the first centre that reaches the maximum
            tied = np.flatnonzero(np.einsum("ji->i", e.view(np.uint8)) > 1)
            out[tied] = e[:, tied].argmax(axis=0)

    def _work(self, n: int):
        """The work arrays for a chunk of n points: sⱼᵢ (k × n), mᵢ (n) and eⱼᵢ (k × n)."""
        return (np.empty((self.k, n), dtype=self.X.dtype), np.empty(n, dtype=self.X.dtype),
                np.empty((self.k, n), dtype=bool))


def squared_distances(X: np.ndarray, centers: np.ndarray) -> np.ndarray:
    """‖xᵢ − μⱼ‖² for every point and centre, (n, k), from ‖x‖² − 2x·μ + ‖μ‖² (never below 0)."""
    out = X @ centers.T
    out *= -2
    out += np.einsum("ij,ij->i", X, X)[:, None]
    out += np.einsum("ij,ij->i", centers, centers)
    return np.maximum(out, 0, out=out)


def inertia(X: np.ndarray, sample_weight: np.ndarray, centers: np.ndarray, labels: np.ndarray) -> float:
    """(3) J = Σᵢ wᵢ·‖xᵢ − μ_{c(i)}‖²."""
    total = X.dtype.type(0)
    step = _rows(X.shape[1])
    for start in range(0, len(X), step):
        diff = X[start:start + step] - centers[labels[start:start + step]]
        total += np.einsum("ij,ij->i", diff, diff) @ sample_weight[start:start + step]
    return float(total)


def cluster_sums(X: np.ndarray, sample_weight: np.ndarray, labels: np.ndarray, n_clusters: int):
    """Σ_{c(i)=j} wᵢ·xᵢ and Σ_{c(i)=j} wᵢ for every cluster j: a (k × n) matrix with wᵢ in row c(i), times X."""
    sums = np.zeros((n_clusters, X.shape[1]), dtype=X.dtype)
    clusters = np.arange(n_clusters, dtype=labels.dtype)[:, None]
    step = _rows(n_clusters)
    for start in range(0, len(X), step):
        member = np.equal(clusters, labels[start:start + step])
        sums += (member * sample_weight[start:start + step]) @ X[start:start + step]
    weights = np.bincount(labels, weights=sample_weight, minlength=n_clusters).astype(X.dtype)
    return sums, weights


def _relocate_empty(X, sample_weight, centers, labels, sums, weights) -> None:
    """Give each empty cluster the point farthest from its centre (in place on ``sums`` and ``weights``)."""
    empty = np.flatnonzero(weights == 0)
    if len(empty) == 0:
        return
    diff = X - centers[labels]
    distances = np.einsum("ij,ij->i", diff, diff)
    if distances.max() == 0:
        return
    farthest = np.argpartition(distances, -len(empty))[:-len(empty) - 1:-1]
    for j, i in zip(empty, farthest):
        w = sample_weight[i]
        sums[labels[i]] -= X[i] * w
        sums[j] = X[i] * w
        weights[j] = w
        weights[labels[i]] -= w


class RunningSums:
    """Σ_{c(i)=j} wᵢ·xᵢ for every cluster j, kept up to date from one assignment to the next (a speed trick).

    Only the points that changed cluster change the sums: after the first iterations a few dozen points of
    thousands, so the sums of step (2) cost almost nothing instead of a (k × n) matrix product. They equal
    ``cluster_sums``' up to rounding (kept in float64, also for float32 data, so that rounding does not pile up).
    They are summed afresh when many points moved, and when a cluster weighs nothing (then the relocation of step
    (2) depends on exact zeros, as in scikit-learn).
    """

    def __init__(self, X: np.ndarray, sample_weight: np.ndarray, n_clusters: int):
        self.X, self.sample_weight, self.n_clusters = X, sample_weight, n_clusters
        self.labels = None
        self.sums = None

    def __call__(self, labels: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """The sums for ``labels``, whose clusters weigh ``weights`` (Σ_{c(i)=j} wᵢ)."""
        moved = None if self.labels is None else np.flatnonzero(labels != self.labels)
        if moved is None or 4 * len(moved) > len(labels) or weights.min() == 0:
            self.sums = cluster_sums(self.X, self.sample_weight, labels, self.n_clusters)[0].astype(np.float64)
        else:
            w = self.sample_weight[moved]
            change = np.zeros((self.n_clusters, len(moved)))
            change[labels[moved], np.arange(len(moved))] = w  # + wᵢ·xᵢ to its new cluster
            change[self.labels[moved], np.arange(len(moved))] = -w  # − wᵢ·xᵢ from its old one
            self.sums += change @ self.X[moved]
        self.labels = labels
        return self.sums


def update(X: np.ndarray, sample_weight: np.ndarray, centers: np.ndarray, labels: np.ndarray,
           sums: np.ndarray | None = None, weights: np.ndarray | None = None) -> np.ndarray:
    """(2) the new centres: the weighted mean of each cluster's points (empty clusters relocated first).

    ``sums`` (Σ_{c(i)=j} wᵢ·xᵢ, from ``RunningSums``) and ``weights`` (Σ_{c(i)=j} wᵢ): if already known, else
    computed here.
    """
    if weights is None:
        weights = np.bincount(labels, weights=sample_weight, minlength=len(centers))
    weights = weights.astype(X.dtype)
    sums = cluster_sums(X, sample_weight, labels, len(centers))[0] if sums is None else sums.astype(X.dtype)
    if weights.min() > 0:  # no cluster to relocate (the usual case)
        return sums * (1 / weights)[:, None]
    _relocate_empty(X, sample_weight, centers, labels, sums, weights)
    full = weights > 0
    new = np.empty_like(centers)
    new[full] = sums[full] * (1 / weights[full])[:, None]
    biggest = np.argmax(weights)
    for j in np.flatnonzero(~full):  # scikit-learn 1.9 scales the clusters in order and copies the biggest one
        new[j] = sums[biggest] if j < biggest else new[biggest]  # before it is scaled (its sum) if it comes later
    return new


def shift(old: np.ndarray, new: np.ndarray) -> float:
    """Σⱼ ‖μⱼ(new) − μⱼ(old)‖², the movement that (4) compares with tol."""
    per_center = np.sqrt(np.einsum("ij,ij->i", new - old, new - old))
    return float((per_center ** 2).sum())


def lloyd(X: np.ndarray, sample_weight: np.ndarray, centers: np.ndarray, max_iter: int, tol: float, *,
          verbose: int = 0, history: list | None = None):
    """One run of Lloyd's algorithm from ``centers``: (labels, inertia, centers, n_iter).

    The stopping rules are scikit-learn's: after iteration t, stop if the labels equal those of iteration t − 1
    (strict convergence: the centres can no longer move), else if the shift ≤ tol. Without strict convergence the
    points are assigned once more to the final centres, so that the labels belong to the centres returned.
    ``history``, if given, receives (centres, labels, new centres, shift) of every iteration.
    """
    labels_old = np.full(len(X), -1, dtype=np.int32)
    strict = False
    sums = RunningSums(X, sample_weight, len(centers))
    assign = Assignment(X, len(centers))
    for t in range(max_iter):
        labels = assign(centers)  # (1)
        weights = np.bincount(labels, weights=sample_weight, minlength=len(centers))  # Σ_{c(i)=j} wᵢ
        new_centers = update(X, sample_weight, centers, labels, sums(labels, weights), weights)  # (2)
        moved = shift(centers, new_centers)
        if verbose:
            print(message("kmeans_verbose_iteration", iteration=t, inertia=inertia(X, sample_weight, centers,
                                                                                   labels)))
        if history is not None:
            history.append((centers, labels, new_centers, moved))
        centers = new_centers
        if np.array_equal(labels, labels_old):  # (4)
            strict = True
            if verbose:
                print(message("kmeans_verbose_strict", iteration=t))
            break
        if moved <= tol:
            if verbose:
                print(message("kmeans_verbose_tol", iteration=t, shift=moved, tol=tol))
            break
        labels_old = labels
    if not strict:
        labels = assign(centers)
    return labels, inertia(X, sample_weight, centers, labels), centers, t + 1
