"""t-SNE: a map (2-D or 3-D) of high-dimensional data in which neighbours stay neighbours.

t-SNE turns distances into probabilities of being neighbours, pᵢⱼ in the data and qᵢⱼ on the map, and moves the
points of the map until the two agree, by gradient descent on KL(P‖Q)::

    (1) p_{j|i} = exp(−βᵢ ‖xᵢ − xⱼ‖²) / Σ_{k≠i} exp(−βᵢ ‖xᵢ − xₖ‖²)      βᵢ = 1/(2σᵢ²): a Gaussian around xᵢ
    (2) Hᵢ = −Σⱼ p_{j|i} ln p_{j|i}                                       the entropy of i's neighbours
    (3) βᵢ searched (bisection) until the perplexity e^Hᵢ equals ``perplexity``
    (4) pᵢⱼ = (p_{j|i} + p_{i|j}) / 2N                                    symmetric, Σ pᵢⱼ = 1
    (5) wᵢⱼ = (1 + ‖yᵢ − yⱼ‖²)⁻¹                                          Student t: heavy tails on the map
    (6) qᵢⱼ = wᵢⱼ / Σ_{k≠l} w_kl
    (7) KL(P‖Q) = Σ_{i≠j} pᵢⱼ ln(pᵢⱼ / qᵢⱼ)
    (8) ∂KL/∂yᵢ = 4 Σⱼ (pᵢⱼ − qᵢⱼ) wᵢⱼ (yᵢ − yⱼ)
    (9)–(11) gradient descent with momentum μ and a gain per coordinate (``_tsne_optimizer``)

The schedule is scikit-learn's: 250 iterations with P multiplied by ``early_exaggeration`` (clusters pull
together first) and μ = 0.5, then up to ``max_iter`` in all with the true P and μ = 0.8. Steps (1)–(4) are in
``_tsne_probabilities``, (5)–(8) in ``_tsne_gradient``: each has the formulas next to its code.
"""

import contextlib
import numbers
import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from mldlab.i18n import message
from mldlab.ml._names_out import PrefixedNamesOutMixin
from mldlab.ml._tsne_distances import METRICS, check_precomputed, pairwise_distances
from mldlab.ml._tsne_gradient import kl_divergence
from mldlab.ml._tsne_optimizer import gradient_descent
from mldlab.ml._tsne_probabilities import joint_probabilities, joint_probabilities_nn
from mldlab.ml.base import BaseEstimator, TransformerMixin
from mldlab.ml.pca import PCA
from mldlab.ml.validation import check_array, check_choice, check_number, check_random_state, check_whole

_EXPLORATION = 250  # iterations with early exaggeration
_N_ITER_CHECK = 50  # iterations between the checks of progress


class TSNE(PrefixedNamesOutMixin, TransformerMixin, BaseEstimator):
    """t-distributed stochastic neighbour embedding (scikit-learn's ``TSNE``): a low-dimensional map of X.

    Parameters
    ----------
    n_components : int, default 2
        The dimension of the map (ν = max(n_components − 1, 1) degrees of freedom of the Student t).
    perplexity : float, default 30.0
        The effective number of neighbours of each point in (3); must be less than the number of samples.
        Usual values: 5 to 50.
    early_exaggeration : float, default 12.0
        P is multiplied by this (>= 1) during the first 250 iterations.
    learning_rate : float or 'auto', default 'auto'
        η of (10); 'auto' is max(N / early_exaggeration / 4, 50).
    max_iter : int, default 1000
        Iterations in all (>= 250).
    n_iter_without_progress : int, default 300
        After the exaggeration, stop when KL has not improved for this many iterations (checked every 50).
    min_grad_norm : float, default 1e-7
        Stop when the norm of the (gain-scaled) gradient falls to this.
    metric : {'euclidean', 'manhattan', 'cosine', 'precomputed'}, default 'euclidean'
        The distance in (1). 'euclidean' uses squared distances as written; the others are squared too, as in
        scikit-learn. 'precomputed': X is the (N, N) matrix of distances.
    metric_params : None, default None
        Extra arguments of the metric (none of these metrics takes any).
    init : {'pca', 'random'} or ndarray of shape (N, n_components), default 'pca'
        The starting map: the first principal components scaled so that the first has standard deviation 10⁻⁴
        (not with 'precomputed'); Gaussian noise of standard deviation 10⁻⁴ (``random_state``); or the array
        given (float32 stays float32, anything else becomes float64).
    verbose : int, default 0
        1: the KL after each phase; 2: also every 50 iterations.
    random_state : int, numpy Generator or None, default None
        The noise of ``init='random'`` and of PCA's randomized solver (mldlab's generator: not scikit-learn's
        numbers).
    method : {'barnes_hut', 'exact'}, default 'barnes_hut'
        'exact': P over all pairs (float64), the kernel in float64, as scikit-learn's 'exact'.
        'barnes_hut': P over each point's ⌊3·perplexity + 1⌋ nearest neighbours and the kernel in float32, as
        scikit-learn's 'barnes_hut'; but the gradient (8) is computed over all pairs, not approximated with a
        tree (see Notes).
    angle : float, default 0.5
        The Barnes-Hut tree's opening angle θ in [0, 1]: checked, but without a tree it changes nothing.
    n_jobs : int or None, default None
        Threads that share the blocks of the kernel (5)–(8): None or 1, the calling thread only; −1, one per
        CPU. The numbers do not depend on it. (scikit-learn's ``n_jobs`` is for its neighbour search; its
        Barnes-Hut gradient runs on every core through OpenMP.)

    Attributes
    ----------
    embedding_ : ndarray of shape (N, n_components)
        The map (float32 from 'pca' or 'random', as scikit-learn).
    kl_divergence_ : float
        KL(P‖Q) at the last iteration.
    n_iter_ : int
        The last iteration run (999 after 1000 iterations, as scikit-learn counts).
    learning_rate_ : float
        η used.
    n_features_in_ : int

    Notes
    -----
    'barnes_hut' here takes O(N²) time per iteration where scikit-learn's tree takes O(N log N): its P and its
    float32 precision are scikit-learn's, its gradient is the exact one the tree approximates. For the digits
    (N = 1,797) that is about as fast as scikit-learn (``benchmarks/bench_ml.py``); beyond ~10,000 points the
    N × N work becomes slow. As scikit-learn, ``max_iter=250`` runs the exaggerated phase only and then reports
    ``kl_divergence_`` as the largest float (no KL of the true P was measured). t-SNE has only
    ``fit_transform``: a new point has no place on a map fitted without it.

    Examples
    --------
    >>> import numpy as np
    >>> from mldlab.ml import TSNE, trustworthiness
    >>> rng = np.random.default_rng(0)
    >>> X = np.vstack([rng.normal(c, 1.0, size=(30, 10)) for c in (0.0, 5.0, 10.0)])
    >>> tsne = TSNE(perplexity=10, random_state=0)
    >>> Y = tsne.fit_transform(X)
    >>> Y.shape, tsne.n_iter_, float(tsne.learning_rate_)
    ((90, 2), 999, 50.0)
    >>> bool(trustworthiness(X, Y, n_neighbors=5) > 0.9)
    True
    """

    def __init__(self, n_components=2, *, perplexity=30.0, early_exaggeration=12.0, learning_rate="auto",
                 max_iter=1000, n_iter_without_progress=300, min_grad_norm=1e-7, metric="euclidean",
                 metric_params=None, init="pca", verbose=0, random_state=None, method="barnes_hut", angle=0.5,
                 n_jobs=None):
        self.n_components = n_components
        self.perplexity = perplexity
        self.early_exaggeration = early_exaggeration
        self.learning_rate = learning_rate
        self.max_iter = max_iter
        self.n_iter_without_progress = n_iter_without_progress
        self.min_grad_norm = min_grad_norm
        self.metric = metric
        self.metric_params = metric_params
        self.init = init
        self.verbose = verbose
        self.random_state = random_state
        self.method = method
        self.angle = angle
        self.n_jobs = n_jobs

    @property
    def _n_features_out(self) -> int:
        return self.embedding_.shape[1]

    def fit(self, X, y=None) -> "TSNE":
        """Fit the map to X (``y`` is ignored); the map is ``embedding_``."""
        self.fit_transform(X)
        return self

    def fit_transform(self, X, y=None) -> np.ndarray:
        """Fit the map to X and return it, shape (N, n_components)."""
        op = "TSNE.fit"
        self._check_params(op)
        X = check_array(X, op)
        n = len(X)
        self._check_data(op, X)
        auto = np.maximum(n / self.early_exaggeration / 4, 50)
        self.learning_rate_ = auto if self.learning_rate == "auto" else self.learning_rate
        D2 = pairwise_distances(X, self.metric, squared=True)  # (1): squared distances
        if self.method == "exact":
            P, dtype = joint_probabilities(D2, self.perplexity), np.float64  # (1)–(4)
        else:
            k = min(n - 1, int(3.0 * self.perplexity + 1))
            P, dtype = joint_probabilities_nn(D2, self.perplexity, k), np.float32
            i, j = np.nonzero(P)
            P = (i, j, P[i, j])  # sparse: the pairs of neighbours only
        Y, kl, it = self._descend(P, self._initial_map(op, X), dtype)
        if self.verbose:
            print(message("tsne_kl_final", iterations=it + 1, kl=kl))
        self.n_iter_, self.kl_divergence_, self.n_features_in_ = it, float(kl), X.shape[1]
        self.embedding_ = Y
        return Y

    def _descend(self, P, Y: np.ndarray, dtype) -> tuple[np.ndarray, float, int]:
        """Gradient descent (9)–(11) in two phases: 250 iterations on early_exaggeration·P with momentum 0.5,
        then the rest on P with momentum 0.8. Returns the map, the last KL and the last iteration."""
        alpha, dof, dense = float(self.early_exaggeration), max(self.n_components - 1, 1), isinstance(P, np.ndarray)
        options = {"n_iter_check": _N_ITER_CHECK, "learning_rate": self.learning_rate_,
                   "min_grad_norm": self.min_grad_norm, "verbose": self.verbose}
        workers = (os.cpu_count() or 1) if self.n_jobs == -1 else (self.n_jobs or 1)
        with ThreadPoolExecutor(workers) if workers > 1 else contextlib.nullcontext() as pool:

            def objective():  # on P as it is now, in the kernel's precision
                used = P.astype(dtype, copy=False) if dense else (P[0], P[1], P[2].astype(dtype))
                return lambda Y, compute_error: kl_divergence(used, Y, dof, compute_error=compute_error,
                                                              dtype=dtype, pool=pool)

            p = P if dense else P[2]
            p *= alpha  # early exaggeration
            Y, kl, it = gradient_descent(objective(), Y, 0, _EXPLORATION, momentum=0.5,
                                         n_iter_without_progress=_EXPLORATION, **options)
            if self.verbose:
                print(message("tsne_kl_exaggeration", iterations=it + 1, kl=kl))
            p /= alpha
            return gradient_descent(objective(), Y, it + 1, self.max_iter, momentum=0.8,
                                    n_iter_without_progress=self.n_iter_without_progress, **options)

    def _initial_map(self, op: str, X: np.ndarray) -> np.ndarray:
        """Y at the start: the given array, the scaled principal components, or small Gaussian noise."""
        n, K = len(X), self.n_components
        if isinstance(self.init, np.ndarray):
            Y = check_array(self.init, op, name="init")
            if Y.shape != (n, K):
                raise ValueError(message("tsne_init_shape", op=op, shape=self.init.shape, n_samples=n, n_components=K))
            return self.init.copy() if self.init.dtype == np.float32 else Y.copy()
        rng = check_random_state(self.random_state, op)
        if self.init == "pca":
            Y = PCA(n_components=K, random_state=rng).fit_transform(X).astype(np.float32)
            return Y / np.std(Y[:, 0]) * 1e-4  # the first component gets standard deviation 10⁻⁴
        return 1e-4 * rng.standard_normal(size=(n, K)).astype(np.float32)

    def _check_params(self, op: str) -> None:
        check_whole(op, "n_components", self.n_components, 1)
        check_number(op, "perplexity", self.perplexity, positive=True)
        if not _real(self.early_exaggeration) or self.early_exaggeration < 1:
            raise ValueError(message("tsne_early_exaggeration", op=op, value=self.early_exaggeration))
        if not (self.learning_rate == "auto" and isinstance(self.learning_rate, str)
                or _real(self.learning_rate) and self.learning_rate > 0):
            raise ValueError(message("tsne_learning_rate", op=op, value=self.learning_rate))
        if not isinstance(self.max_iter, numbers.Integral) or isinstance(self.max_iter, bool) or self.max_iter < 250:
            raise ValueError(message("tsne_max_iter", op=op, value=self.max_iter))
        check_whole(op, "n_iter_without_progress", self.n_iter_without_progress, -1)
        check_number(op, "min_grad_norm", self.min_grad_norm)
        check_choice(op, "metric", self.metric, METRICS)
        if self.metric_params not in (None, {}):
            raise ValueError(message("tsne_metric_params", op=op, value=self.metric_params, metric=self.metric))
        if not isinstance(self.init, np.ndarray):
            check_choice(op, "init", self.init, ("pca", "random"))
        if not isinstance(self.verbose, numbers.Integral) or self.verbose < 0:
            raise ValueError(message("tsne_verbose", op=op, value=self.verbose))
        check_choice(op, "method", self.method, ("barnes_hut", "exact"))
        if not _real(self.angle) or not 0 <= self.angle <= 1:
            raise ValueError(message("tsne_angle", op=op, value=self.angle))
        jobs = self.n_jobs
        if jobs is not None and (not isinstance(jobs, numbers.Integral) or isinstance(jobs, bool) or jobs < -1
                                 or jobs == 0):
            raise ValueError(message("tsne_n_jobs", op=op, value=self.n_jobs))

    def _check_data(self, op: str, X: np.ndarray) -> None:
        n = len(X)
        if n < 2:
            raise ValueError(message("tsne_few_samples", op=op, n_samples=n))
        if self.perplexity >= n:
            raise ValueError(message("tsne_perplexity", op=op, perplexity=self.perplexity, n_samples=n))
        if self.method == "barnes_hut" and self.n_components > 3:
            raise ValueError(message("tsne_barnes_hut_components", op=op, n_components=self.n_components))
        if self.metric == "precomputed":
            if isinstance(self.init, str) and self.init == "pca":
                raise ValueError(message("tsne_precomputed_pca", op=op))
            check_precomputed(X, op)


def _real(value) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and bool(np.isfinite(value))
