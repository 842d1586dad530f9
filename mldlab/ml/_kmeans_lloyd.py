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

    (½‖μ‖² − x·μ is exactly half of scikit-learn's ‖μ‖² − 2x·μ, rounding included, so ties go the same way.)
    """
    return Assignment(X, len(centers))(centers)


class Assignment:
    """Step (1) for the points X, again and again as the centres move: ``Assignment(X, k)(centers)`` → labels.

    Two speed tricks, each worth about a fifth of the step on 15,000 points of 20 features and 10 centres
    (``benchmarks/bench_ml.py``, the k-means rows):

    - The work arrays (scores, n × k, and their transpose) are made once and reused at every iteration. A fresh
      array of a megabyte costs a page fault per 4 kB the first time it is written, about 1 ms a step here.
    - For few centres (k ≤ 16), ``argmax`` along rows of k numbers costs about 25 ns a row (a short, unpredictable
      loop per row), more than the matrix product. So the differences are written transposed, as k rows of n (the
      same pass subtracts ½‖μⱼ‖²), their maximum m taken down the columns, and the first maximum's index counted
      as the number of leading entries below m: cᵢ = Σⱼ [sᵢ₀ < mᵢ and … and sᵢⱼ < mᵢ], every operation along rows
      of n. The labels are the same, ties included.
    """

    FEW_CENTERS = 16

    def __init__(self, X: np.ndarray, n_clusters: int):
        self.X, self.k = X, n_clusters
        self.rows = min(len(X), _rows(n_clusters))  # points per chunk
        self.scores = np.empty((self.rows, n_clusters), dtype=X.dtype)  # xᵢ·μⱼ
        if 1 < n_clusters <= self.FEW_CENTERS:
            self.transposed = np.empty((n_clusters, self.rows), dtype=X.dtype)  # sⱼᵢ = xᵢ·μⱼ − ½‖μⱼ‖²
            self.before = np.empty(self.rows, dtype=bool)  # still before the first maximum

    def __call__(self, centers: np.ndarray) -> np.ndarray:
        half_mu_sq = 0.5 * np.einsum("ij,ij->i", centers, centers)
        labels = np.empty(len(self.X), dtype=np.int32)
        for start in range(0, len(self.X), self.rows):
            x = self.X[start:start + self.rows]
            scores = self.scores[:len(x)]
            np.matmul(x, centers.T, out=scores)  # xᵢ·μⱼ for every point (rows) and centre (columns)
            out = labels[start:start + len(x)]
            if 1 < self.k <= self.FEW_CENTERS:
                self._count_to_first_max(scores, half_mu_sq, out)
            else:
                scores -= half_mu_sq
                out[:] = scores.argmax(axis=1)
        return labels

    def _count_to_first_max(self, scores: np.ndarray, half_mu_sq: np.ndarray, out: np.ndarray) -> None:
        """out[i] = the first j with the largest scoresᵢⱼ − ½‖μⱼ‖², counted along rows of n (see the class)."""
        n = len(scores)
        s = self.transposed[:, :n]
        np.subtract(scores.T, half_mu_sq[:, None], out=s)
        m = s.max(axis=0)
        before = self.before[:n]
        np.not_equal(s[0], m, out=before)
        out[:] = before
        for j in range(1, self.k - 1):
            np.logical_and(before, s[j] != m, out=before)
            out += before


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
    They are summed afresh when many points moved, and when a cluster is empty (then the relocation of step (2)
    depends on exact zeros, as in scikit-learn).
    """

    def __init__(self, X: np.ndarray, sample_weight: np.ndarray, n_clusters: int):
        self.X, self.sample_weight, self.n_clusters = X, sample_weight, n_clusters
        self.labels = None
        self.sums = None

    def __call__(self, labels: np.ndarray) -> np.ndarray:
        """The sums for ``labels``."""
        moved = None if self.labels is None else np.flatnonzero(labels != self.labels)
        if moved is None or 4 * len(moved) > len(labels) or np.bincount(labels, minlength=self.n_clusters).min() == 0:
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
           sums: np.ndarray | None = None) -> np.ndarray:
    """(2) the new centres: the weighted mean of each cluster's points (empty clusters relocated first).

    ``sums``: Σ_{c(i)=j} wᵢ·xᵢ if already known (``RunningSums``), else computed here.
    """
    weights = np.bincount(labels, weights=sample_weight, minlength=len(centers)).astype(X.dtype)
    sums = cluster_sums(X, sample_weight, labels, len(centers))[0] if sums is None else sums.astype(X.dtype)
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
        new_centers = update(X, sample_weight, centers, labels, sums(labels))  # (2)
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
