"""Mini-batch k-means: k-means on small random batches of the data, for data too large for Lloyd's full passes.

It lowers the same inertia J = Σᵢ wᵢ·‖xᵢ − μ_{c(i)}‖² as ``KMeans``, but each step looks at a batch of b samples
only (``_kmeans_minibatch.py``)::

    (0) start        μ₁, …, μₖ from init, on init_size random samples (the best of n_init starts on a held-out set)
    (1) assignment   c(i) = argminⱼ ‖xᵢ − μⱼ‖²                            for the b samples of the batch
    (2) update       μⱼ ← (nⱼ·μⱼ + Σ_{c(i)=j} wᵢ·xᵢ) / (nⱼ + Σ_{c(i)=j} wᵢ),   nⱼ ← nⱼ + Σ_{c(i)=j} wᵢ
    (3) repeat (1)–(2) for max_iter passes over the data, or until the smoothed batch inertia stops improving

Each centre is the running mean of every point it was ever given, so it moves less and less. The result is a
little worse than ``KMeans``'s (a higher J) and much cheaper on large data.
"""

import warnings

import numpy as np

from mldlab.i18n import message
from mldlab.ml._kmeans_base import BaseKMeans
from mldlab.ml._kmeans_checks import check_centers, check_data, check_weights
from mldlab.ml._kmeans_lloyd import inertia, nearest
from mldlab.ml._kmeans_minibatch import EarlyStop, minibatch_step
from mldlab.ml.validation import check_n_features, check_number, check_random_state, check_whole


class MiniBatchKMeans(BaseKMeans):
    """k-means on mini-batches (scikit-learn's ``MiniBatchKMeans``), with ``partial_fit`` for data that comes in parts.

    Parameters
    ----------
    n_clusters : int, default 8
    init : {'k-means++', 'random'}, callable or array (n_clusters, n_features), default 'k-means++'
        Step (0), as in ``KMeans``.
    max_iter : int, default 100
        The most passes over the data (``max_iter · n_samples / batch_size`` steps).
    batch_size : int, default 1024
        b, the samples per step.
    verbose : int, default 0
    compute_labels : bool, default True
        Assign every training sample to its centre at the end (``labels_`` and the exact ``inertia_``).
    random_state : int, numpy Generator or None, default None
    tol : float, default 0.0
        Stop when Σⱼ ‖μⱼ(new) − μⱼ(old)‖² ≤ tol × the mean variance of the features (0: never on this rule).
    max_no_improvement : int or None, default 10
        Stop after this many steps without a better smoothed batch inertia (None: never on this rule).
    init_size : int or None, default None
        Samples for the initialisation (None: 3 × batch_size, at least 3 × n_clusters).
    n_init : 'auto' or int, default 'auto'
        Starts tried ('auto': 1 for k-means++ and given centres, else 3).
    reassignment_ratio : float, default 0.01
        A centre with fewer than this fraction of the largest count is moved onto a random point.

    Attributes
    ----------
    cluster_centers_, labels_, inertia_, n_features_in_
        As ``KMeans`` (``inertia_`` is the smoothed batch inertia × the total weight without compute_labels).
    n_iter_ : int
        Passes over the data (rounded up).
    n_steps_ : int
        Mini-batch steps made.

    Notes
    -----
    The batches are drawn with another generator than scikit-learn's, so the centres differ, but the learning
    rule (per-centre counts), the reassignment and the stopping rules are scikit-learn's, and the inertia reached
    is as good (tested on digits and blobs).

    Examples
    --------
    >>> from mldlab.data import gaussians
    >>> X, _ = gaussians(n_samples=600, n_classes=3, seed=0)
    >>> mbk = MiniBatchKMeans(n_clusters=3, batch_size=100, random_state=0).fit(X)
    >>> mbk.cluster_centers_.shape, mbk.labels_.shape
    ((3, 2), (600,))
    >>> part = MiniBatchKMeans(n_clusters=3, random_state=0)
    >>> for start in range(0, 600, 200):
    ...     part = part.partial_fit(X[start:start + 200])
    >>> part.n_steps_
    3
    """

    def __init__(self, n_clusters: int = 8, *, init="k-means++", max_iter: int = 100, batch_size: int = 1024,
                 verbose: int = 0, compute_labels: bool = True, random_state=None, tol: float = 0.0,
                 max_no_improvement=10, init_size=None, n_init="auto", reassignment_ratio: float = 0.01):
        self.n_clusters = n_clusters
        self.init = init
        self.max_iter = max_iter
        self.batch_size = batch_size
        self.verbose = verbose
        self.compute_labels = compute_labels
        self.random_state = random_state
        self.tol = tol
        self.max_no_improvement = max_no_improvement
        self.init_size = init_size
        self.n_init = n_init
        self.reassignment_ratio = reassignment_ratio

    def _check_minibatch_params(self, X: np.ndarray, op: str) -> None:
        self._check_params(X, op, default_n_init=3)
        self._batch_size = min(check_whole(op, "batch_size", self.batch_size, 1), len(X))
        check_number(op, "reassignment_ratio", self.reassignment_ratio)
        if self.max_no_improvement is not None:
            check_whole(op, "max_no_improvement", self.max_no_improvement, 0)
        if self.init_size is None:
            init_size = max(3 * self._batch_size, 3 * self._n_clusters)
        else:
            init_size = check_whole(op, "init_size", self.init_size, 1)
            if init_size < self._n_clusters:
                warnings.warn(message("kmeans_init_size", op=op, init_size=init_size, n_clusters=self._n_clusters),
                              RuntimeWarning, stacklevel=3)
                init_size = 3 * self._n_clusters
        self._init_size = min(init_size, len(X))

    def _start(self, X, w, rng, op: str) -> np.ndarray:
        """(0) initial centres on ``init_size`` samples; ``_counts`` start at 0."""
        self._counts = np.zeros(self._n_clusters, dtype=X.dtype)
        self._n_since_last_reassign = 0
        x_sq = np.einsum("ij,ij->i", X, X)
        if self._init_kind == "array":
            return check_centers(self.init, X, self._n_clusters, op)
        valid = rng.integers(0, len(X), self._init_size)
        best, best_J = None, None
        for _ in range(self._n_init):
            centers = self._initial_centers(X, x_sq, w, rng, op, init_size=self._init_size)
            J = inertia(X[valid], w[valid], centers, nearest(X[valid], centers))
            if self.verbose:
                print(message("kmeans_minibatch_init", inertia=J))
            if best_J is None or J < best_J:
                best, best_J = centers, J
        return best

    def _random_reassign(self) -> bool:
        """Reassign after every 10·k samples seen, and whenever a centre has never got a point."""
        self._n_since_last_reassign += self._batch_size
        if (self._counts == 0).any() or self._n_since_last_reassign >= 10 * self._n_clusters:
            self._n_since_last_reassign = 0
            return True
        return False

    def _finish(self, X, w) -> None:
        if self.compute_labels:
            self.labels_ = nearest(X, self.cluster_centers_)
            self.inertia_ = inertia(X, w, self.cluster_centers_, self.labels_)

    def fit(self, X, y=None, sample_weight=None) -> "MiniBatchKMeans":
        """(0)–(3) on X; batches are drawn with probability ∝ ``sample_weight``."""
        op = "MiniBatchKMeans.fit"
        X, w = self._prepare(X, sample_weight, op)
        self._check_minibatch_params(X, op)
        rng = check_random_state(self.random_state, op)
        centers = self._start(X, w, rng, op)  # (0)
        n, b = len(X), self._batch_size
        n_steps = (self.max_iter * n) // b
        cumulative = np.cumsum(w / w.sum())
        ones = np.ones(b, dtype=X.dtype)
        stop = EarlyStop(b, n, self._tol, self.max_no_improvement, self.verbose)
        step = -1
        for step in range(n_steps):
            rows = np.minimum(np.searchsorted(cumulative, rng.random(b), side="right"), n - 1)
            J, new = minibatch_step(X[rows], ones, centers, self._counts, rng, self._random_reassign(),
                                    self.reassignment_ratio, self.verbose)  # (1), (2)
            moved = float(((new - centers) ** 2).sum()) if self._tol > 0 else 0.0
            centers = new
            if stop(step, n_steps, moved, J):  # (3)
                break
        self.cluster_centers_ = centers
        self.n_steps_ = step + 1
        self.n_iter_ = int(np.ceil(self.n_steps_ * b / n))
        self._finish(X, w)
        if not self.compute_labels:
            self.inertia_ = float(stop.ewa * w.sum()) if stop.ewa is not None else float("nan")
        return self

    def partial_fit(self, X, y=None, sample_weight=None) -> "MiniBatchKMeans":
        """One step (1)–(2) on the batch X (the first call also makes step (0) on it)."""
        op = "MiniBatchKMeans.partial_fit"
        fitted = hasattr(self, "cluster_centers_")
        X = check_data(X, op)
        if fitted:
            check_n_features(self, X, op)
            X = X.astype(self.cluster_centers_.dtype, copy=False)
        else:
            self.n_features_in_ = X.shape[1]
        w = check_weights(sample_weight, X, op)
        if not fitted:
            self._check_minibatch_params(X, op)
            self._rng = check_random_state(self.random_state, op)
            self.cluster_centers_ = self._start(X, w, self._rng, op)
            self.n_steps_ = 0
        if not hasattr(self, "_rng"):  # after fit, partial_fit goes on with new draws
            self._rng = check_random_state(self.random_state, op)
        _, self.cluster_centers_ = minibatch_step(X, w, self.cluster_centers_, self._counts, self._rng,
                                                  self._random_reassign(), self.reassignment_ratio, self.verbose)
        self._finish(X, w)
        self.n_steps_ += 1
        return self
