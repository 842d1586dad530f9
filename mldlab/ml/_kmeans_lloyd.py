"""Lloyd's algorithm, the heart of k-means: assign every point to its nearest centre, move every centre to the mean
of its points, repeat.

For samples xᵢ with weights wᵢ and centres μ₁, …, μₖ::

    (1) assignment   c(i) = argminⱼ ‖xᵢ − μⱼ‖²                           (the E-step)
    (2) update       μⱼ ← Σ_{c(i)=j} wᵢ·xᵢ / Σ_{c(i)=j} wᵢ                 (the M-step)
    (3) objective    J = Σᵢ wᵢ·‖xᵢ − μ_{c(i)}‖²                            (the inertia)
    (4) stop         when no label changes, or when Σⱼ ‖μⱼ(new) − μⱼ(old)‖² ≤ tol

Step (1) uses ‖x − μ‖² = ‖x‖² − 2x·μ + ‖μ‖²: ‖x‖² is the same for every centre, so the nearest centre is the
argmin of ‖μ‖² − 2x·μ, one matrix product (BLAS) for all points at once. Step (2) sums the points of each cluster
with one more matrix product (a 0/1 matrix of clusters × samples, times X).

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
    """(1) c(i) = argminⱼ (‖μⱼ‖² − 2xᵢ·μⱼ), the first centre on a tie; int32 labels, as scikit-learn's."""
    mu_sq = np.einsum("ij,ij->i", centers, centers)
    labels = np.empty(len(X), dtype=np.int32)
    step = _rows(len(centers))
    for start in range(0, len(X), step):
        scores = X[start:start + step] @ centers.T
        scores *= -2
        scores += mu_sq
        labels[start:start + step] = scores.argmin(axis=1)
    return labels


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
    step = _rows(n_clusters)
    for start in range(0, len(X), step):
        part = labels[start:start + step]
        member = np.zeros((n_clusters, len(part)), dtype=X.dtype)
        member[part, np.arange(len(part))] = sample_weight[start:start + step]
        sums += member @ X[start:start + step]
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


def update(X: np.ndarray, sample_weight: np.ndarray, centers: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """(2) the new centres: the weighted mean of each cluster's points (empty clusters relocated first)."""
    sums, weights = cluster_sums(X, sample_weight, labels, len(centers))
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
    for t in range(max_iter):
        labels = nearest(X, centers)  # (1)
        new_centers = update(X, sample_weight, centers, labels)  # (2)
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
        labels = nearest(X, centers)
    return labels, inertia(X, sample_weight, centers, labels), centers, t + 1
