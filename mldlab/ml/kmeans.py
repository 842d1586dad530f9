"""k-means clustering: k centres, each point belongs to its nearest centre, each centre is the mean of its points.

k-means looks for the centres μ₁, …, μₖ and the assignment c(i) of every sample xᵢ (weight wᵢ, 1 by default) that
make the inertia J small::

    J = Σᵢ wᵢ·‖xᵢ − μ_{c(i)}‖²

Lloyd's algorithm (``_kmeans_lloyd.py``) lowers J step by step from initial centres (k-means++ by default,
``_kmeans_init.py``)::

    (0) start        μ₁, …, μₖ from init
    (1) assignment   c(i) = argminⱼ ‖xᵢ − μⱼ‖²                       each point to its nearest centre
    (2) update       μⱼ = Σ_{c(i)=j} wᵢ·xᵢ / Σ_{c(i)=j} wᵢ              each centre to the mean of its points
    (3) repeat (1)–(2) until no label changes or Σⱼ ‖μⱼ(new) − μⱼ(old)‖² ≤ tol · (mean variance of the features)

Neither step can raise J, so it stops, but in a local minimum that depends on the start: with ``n_init`` > 1 it
starts several times and keeps the run with the smallest J. ``lloyd_step`` and ``kmeans_steps`` (``mldlab.ml``)
show each iteration with its numbers.
"""

import warnings

import numpy as np

from mldlab.exceptions import ConvergenceWarning
from mldlab.i18n import message
from mldlab.ml._kmeans_base import BaseKMeans
from mldlab.ml._kmeans_checks import check_centers
from mldlab.ml._kmeans_init import kmeans_plusplus
from mldlab.ml._kmeans_lloyd import lloyd
from mldlab.ml._kmeans_steps import LloydStep, kmeans_steps, lloyd_step
from mldlab.ml.validation import check_choice, check_random_state

__all__ = ["KMeans", "kmeans_plusplus", "lloyd_step", "kmeans_steps", "LloydStep"]


def same_clustering(labels_a: np.ndarray, labels_b: np.ndarray, n_clusters: int) -> bool:
    """Whether two labelings are the same partition up to renaming the clusters (each label of a maps to one of b)."""
    pairs = labels_a.astype(np.int64) * n_clusters + labels_b
    return len(np.unique(pairs)) == len(np.unique(labels_a))


class KMeans(BaseKMeans):
    """k-means clustering by Lloyd's algorithm (scikit-learn's ``KMeans``).

    Parameters
    ----------
    n_clusters : int, default 8
        k, the number of clusters (at most the number of samples).
    init : {'k-means++', 'random'}, callable or array of shape (n_clusters, n_features), default 'k-means++'
        Step (0): greedy k-means++ (``kmeans_plusplus``), k samples drawn at random, the given centres, or
        ``init(X, n_clusters, random_state=generator)`` returning them.
    n_init : 'auto' or int, default 'auto'
        How many starts; the run with the smallest J wins. 'auto': 1 for k-means++ and given centres, 10 for
        'random' and a callable.
    max_iter : int, default 300
        The most iterations (1)–(2) of one run.
    tol : float, default 1e-4
        Step (3): a run stops when the centres move less than tol × the mean variance of the features.
    verbose : int, default 0
        Print J at each iteration and why a run stopped.
    random_state : int, numpy Generator or None, default None
        The draws of k-means++ and 'random' (None: mldlab's thread default, see ``mldlab.manual_seed``).
    copy_x : bool, default True
        Lloyd runs on X minus its mean (for accurate distances). False: subtract the mean in X itself and add it
        back at the end (X may then differ from the original by rounding), to save memory.
    algorithm : {'lloyd', 'elkan'}, default 'lloyd'
        'elkan' skips distance computations with the triangle inequality in scikit-learn and gives the same
        clustering; here it runs Lloyd's algorithm.

    Attributes
    ----------
    cluster_centers_ : ndarray of shape (n_clusters, n_features)
        μ₁, …, μₖ (float32 when X is float32, as scikit-learn).
    labels_ : ndarray of shape (n_samples,), int32
        c(i) for the training samples: the nearest of ``cluster_centers_``.
    inertia_ : float
        J of the training samples.
    n_iter_ : int
        Iterations of the best run.
    n_features_in_ : int

    Notes
    -----
    From the same initial centres (an ``init`` array) the labels, J and ``n_iter_`` are scikit-learn's (tested on
    iris, wine, digits and 2-D data). The random starts differ (another generator) but are as good on average.
    A cluster left empty is moved onto the point farthest from its centre, as in scikit-learn. Fewer distinct
    clusters than k at the end (duplicate points) gives a ``ConvergenceWarning``.

    Examples
    --------
    >>> import numpy as np
    >>> X = np.array([[1, 2], [1, 4], [1, 0], [10, 2], [10, 4], [10, 0]])
    >>> km = KMeans(n_clusters=2, init=np.array([[1.0, 1.0], [9.0, 1.0]])).fit(X)
    >>> km.labels_.tolist()
    [0, 0, 0, 1, 1, 1]
    >>> km.cluster_centers_.tolist()
    [[1.0, 2.0], [10.0, 2.0]]
    >>> km.inertia_, km.n_iter_
    (16.0, 2)
    >>> km.predict([[0, 0], [12, 3]]).tolist()
    [0, 1]
    >>> KMeans(n_clusters=2, random_state=0).fit(X).inertia_
    16.0
    """

    def __init__(self, n_clusters: int = 8, *, init="k-means++", n_init="auto", max_iter: int = 300,
                 tol: float = 1e-4, verbose: int = 0, random_state=None, copy_x: bool = True,
                 algorithm: str = "lloyd"):
        self.n_clusters = n_clusters
        self.init = init
        self.n_init = n_init
        self.max_iter = max_iter
        self.tol = tol
        self.verbose = verbose
        self.random_state = random_state
        self.copy_x = copy_x
        self.algorithm = algorithm

    def fit(self, X, y=None, sample_weight=None) -> "KMeans":
        """Run Lloyd's algorithm ``n_init`` times on X and keep the run with the smallest J.

        ``sample_weight`` (wᵢ ≥ 0; scikit-learn also takes negative weights) weighs the points in J, in the
        means (2) and in the draws of k-means++ and 'random' (not in given centres).
        """
        op = "KMeans.fit"
        X, w = self._prepare(X, sample_weight, op)
        check_choice(op, "algorithm", self.algorithm, ("lloyd", "elkan"))
        self._check_params(X, op, default_n_init=10)
        rng = check_random_state(self.random_state, op)
        given = check_centers(self.init, X, self._n_clusters, op) if self._init_kind == "array" else None
        X_mean = X.mean(axis=0)
        Xc = X if not self.copy_x else X.copy()
        Xc -= X_mean  # distances between centred numbers lose fewer digits
        x_sq = np.einsum("ij,ij->i", Xc, Xc)
        best = None
        for _ in range(self._n_init):
            start = given - X_mean if given is not None else self._initial_centers(Xc, x_sq, w, rng, op)  # (0)
            if self.verbose:
                print(message("kmeans_verbose_init"))
            run = lloyd(Xc, w, start, self.max_iter, self._tol, verbose=self.verbose)  # (1)–(3)
            if best is None or (run[1] < best[1] and not same_clustering(run[0], best[0], self._n_clusters)):
                best = run
        if not self.copy_x:
            Xc += X_mean
        self.labels_, self.inertia_, self.cluster_centers_, self.n_iter_ = best
        self.cluster_centers_ += X_mean
        distinct = len(np.unique(self.labels_))
        if distinct < self._n_clusters:
            warnings.warn(message("kmeans_distinct", op=op, distinct=distinct, n_clusters=self._n_clusters),
                          ConvergenceWarning, stacklevel=2)
        return self
