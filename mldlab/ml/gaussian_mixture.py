"""The Gaussian mixture: data drawn from K bell curves, fitted by expectation–maximisation (EM).

A sample is drawn by first picking component k with probability πₖ, then x from the Gaussian 𝒩(μₖ, Σₖ)::

    p(x) = Σₖ πₖ 𝒩(x | μₖ, Σₖ),      Σₖ πₖ = 1

EM raises the mean log-likelihood (1/N) Σᵢ log p(xᵢ) step by step from initial responsibilities (k-means by
default):

    (E) γᵢₖ = πₖ 𝒩(xᵢ | μₖ, Σₖ) / Σⱼ πⱼ 𝒩(xᵢ | μⱼ, Σⱼ)         how much component k explains sample i
    (M) Nₖ = Σᵢ γᵢₖ,   πₖ = Nₖ / N,   μₖ = (1/Nₖ) Σᵢ γᵢₖ xᵢ,
        Σₖ = (1/Nₖ) Σᵢ γᵢₖ (xᵢ − μₖ)(xᵢ − μₖ)ᵀ + reg_covar · I
    (L) lower_bound_ = (1/N) Σᵢ log p(xᵢ)                          never goes down; stop when it moves < tol

k-means is EM's hard, equal-variance cousin: γᵢₖ ∈ {0, 1} and Σₖ = σ² I. The log-densities are in
``_gmm_density.py``, the M-step in ``_gmm_m_step.py``, the initial responsibilities in ``_gmm_init.py``.
"""

import warnings

import numpy as np

from mldlab.estimator import BaseEstimator
from mldlab.exceptions import ConvergenceWarning
from mldlab.i18n import message
from mldlab.ml._gmm_checks import check_inits, check_n_samples, check_parameters
from mldlab.ml._gmm_density import log_gaussian_prob, log_resp, logsumexp
from mldlab.ml._gmm_init import initial_resp
from mldlab.ml._gmm_m_step import (
    cholesky_of_precisions,
    covariances_from_precisions,
    estimate_gaussian_parameters,
    precisions_cholesky,
    precisions_from_cholesky,
)
from mldlab.ml.base import DensityMixin
from mldlab.ml.validation import (
    check_array,
    check_for_predict,
    check_is_fitted,
    check_n_features,
    check_random_state,
)


class GaussianMixture(DensityMixin, BaseEstimator):
    """A mixture of Gaussians fitted by EM (scikit-learn's ``GaussianMixture``).

    Parameters
    ----------
    n_components : int, default 1
        K, the number of Gaussians.
    covariance_type : {'full', 'tied', 'diag', 'spherical'}, default 'full'
        Σₖ any covariance matrix; one Σ shared by all components; diagonal (axis-aligned ellipses); σₖ² I
        (circles).
    tol : float, default 1e-3
        EM stops when the lower bound (L) changes by less than tol.
    reg_covar : float, default 1e-6
        Added to the diagonal of every Σₖ, so that it stays invertible.
    max_iter : int, default 100
        The most EM iterations of one run (0: only the initial parameters).
    n_init : int, default 1
        How many runs; the one with the highest lower bound wins.
    init_params : {'kmeans', 'k-means++', 'random', 'random_from_data'}, default 'kmeans'
        The initial responsibilities: the clusters of ``KMeans(n_init=1)``, the k-means++ seeds, random
        numbers, or K samples drawn at random.
    weights_init, means_init, precisions_init : array-like, optional
        Given initial πₖ (K,), μₖ (K, d) and Λₖ = Σₖ⁻¹ (shape by covariance_type: (K, d, d), (d, d), (K, d),
        (K,)); what is not given comes from ``init_params``.
    random_state : int, numpy Generator or None, default None
        The draws of the initialisation and of ``sample`` (None: mldlab's thread default, ``manual_seed``).
    warm_start : bool, default False
        A second ``fit`` starts from the parameters of the first (and then makes one run).
    verbose : int, default 0
        Print each run, every ``verbose_interval``-th iteration with the change of the lower bound, and the end.
    verbose_interval : int, default 10
        Print every this many iterations.

    Attributes
    ----------
    weights_ : ndarray of shape (n_components,)
        πₖ.
    means_ : ndarray of shape (n_components, n_features)
        μₖ.
    covariances_, precisions_, precisions_cholesky_ : ndarray
        Σₖ, Λₖ = Σₖ⁻¹ and Uₖ with Λₖ = Uₖ Uₖᵀ (shapes as ``precisions_init``).
    converged_ : bool
    n_iter_ : int
        EM iterations of the best run.
    lower_bound_ : float
        (L) of the best run: its mean log-likelihood of the training data, at the last M-step.
    lower_bounds_ : list of float
        (L) at each iteration of the best run.
    n_features_in_ : int

    Notes
    -----
    From the same initial parameters (``weights_init``, ``means_init`` and ``precisions_init`` all given), the
    iterations, ``lower_bound_``, scores and labels are scikit-learn's (tested on iris, wine and 2-D data to
    1e-10). The random initialisations differ (another generator) but are as good on average.

    Examples
    --------
    >>> import numpy as np
    >>> X = np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 2.0], [2.0, 1.0], [9.0, 10.0], [10.0, 9.0], [11.0, 11.0]])
    >>> gm = GaussianMixture(n_components=2, weights_init=[0.5, 0.5], means_init=[[0.0, 0.0], [10.0, 10.0]],
    ...                      precisions_init=[np.eye(2), np.eye(2)]).fit(X)
    >>> gm.weights_.round(3).tolist()                     # πₖ = Nₖ / N = 4/7, 3/7
    [0.571, 0.429]
    >>> gm.means_.round(3).tolist()                       # μₖ
    [[1.0, 1.0], [10.0, 10.0]]
    >>> gm.covariances_[1].round(3).tolist()              # Σ₁ (+ reg_covar on the diagonal)
    [[0.667, 0.333], [0.333, 0.667]]
    >>> gm.predict([[2.0, 2.0], [6.0, 6.0]]).tolist()     # the component with the largest γ
    [0, 1]
    >>> round(gm.lower_bound_, 3), gm.n_iter_, gm.converged_
    (-2.889, 3, True)
    """

    def __init__(self, n_components: int = 1, *, covariance_type: str = "full", tol: float = 1e-3,
                 reg_covar: float = 1e-6, max_iter: int = 100, n_init: int = 1, init_params: str = "kmeans",
                 weights_init=None, means_init=None, precisions_init=None, random_state=None,
                 warm_start: bool = False, verbose: int = 0, verbose_interval: int = 10):
        self.n_components = n_components
        self.covariance_type = covariance_type
        self.tol = tol
        self.reg_covar = reg_covar
        self.max_iter = max_iter
        self.n_init = n_init
        self.init_params = init_params
        self.weights_init = weights_init
        self.means_init = means_init
        self.precisions_init = precisions_init
        self.random_state = random_state
        self.warm_start = warm_start
        self.verbose = verbose
        self.verbose_interval = verbose_interval

    def fit(self, X, y=None) -> "GaussianMixture":
        """Run EM ``n_init`` times on X and keep the parameters of the run with the highest lower bound."""
        self._fit(X, "GaussianMixture.fit")
        return self

    def fit_predict(self, X, y=None) -> np.ndarray:
        """Fit, then the most responsible component of each sample of X (one last E-step, so the labels agree
        with ``predict(X)``)."""
        X = self._fit(X, "GaussianMixture.fit_predict")
        return np.argmax(self._weighted_log_prob(X), axis=1)

    def _fit(self, X, op: str) -> np.ndarray:
        X = check_array(X, op)
        check_parameters(self, X, op)
        inits = check_inits(self, X.shape[1], op)
        do_init = not (self.warm_start and hasattr(self, "converged_"))
        rng = check_random_state(self.random_state, op)
        if not do_init:
            check_n_features(self, X, op)  # a warm start continues with the same features
        self.n_features_in_ = X.shape[1]
        best, best_bound, self.converged_ = None, -np.inf, False
        for run in range(self.n_init if do_init else 1):
            self._say(message("gmm_verbose_init", run=run))
            if do_init:
                self._initialize(X, initial_resp(self, X, inits, rng), inits)
            lower_bound, bounds, converged, n_iter = (-np.inf if do_init else self.lower_bound_), [], False, 0
            for n_iter in range(1, self.max_iter + 1):
                previous = lower_bound
                log_p, log_gamma = log_resp(self._weighted_log_prob(X))  # (E)
                self._m_step(X, np.exp(log_gamma))  # (M)
                lower_bound = float(np.mean(log_p))  # (L)
                bounds.append(lower_bound)
                if n_iter % self.verbose_interval == 0:
                    self._say(message("gmm_verbose_iteration", n_iter=n_iter, change=lower_bound - previous))
                if abs(lower_bound - previous) < self.tol:
                    converged = True
                    break
            if converged:
                self._say(message("gmm_verbose_converged", lower_bound=lower_bound))
            else:
                self._say(message("gmm_verbose_not_converged", lower_bound=lower_bound))
            if best is None or lower_bound > best_bound or self.max_iter == 0:  # max_iter=0: the last start
                best_bound, self.converged_ = lower_bound, converged
                best = (self.weights_, self.means_, self.covariances_, self.precisions_cholesky_, n_iter, bounds)
        if not self.converged_ and self.max_iter > 0:
            warnings.warn(message("gmm_not_converged", op=op, max_iter=self.max_iter, tol=self.tol),
                          ConvergenceWarning, stacklevel=3)
        self.weights_, self.means_, self.covariances_, self.precisions_cholesky_, self.n_iter_, bounds = best
        self.lower_bound_, self.lower_bounds_ = best_bound, bounds
        self.precisions_ = precisions_from_cholesky(self.precisions_cholesky_, self.covariance_type)
        return X

    def _initialize(self, X: np.ndarray, resp, inits: tuple) -> None:
        """The parameters from the initial responsibilities (an M-step), replaced by the given ones."""
        weights, means, precisions = inits
        if resp is not None:
            N_k, mu, sigma = estimate_gaussian_parameters(X, resp, self.reg_covar, self.covariance_type)
            self.weights_ = N_k / len(X) if weights is None else weights
            self.means_ = mu if means is None else means
            self.covariances_ = sigma
        else:
            self.weights_, self.means_ = weights, means
            self.covariances_ = covariances_from_precisions(precisions, self.covariance_type)
        if precisions is None:
            self.precisions_cholesky_ = precisions_cholesky(self.covariances_, self.covariance_type)
        else:
            self.precisions_cholesky_ = cholesky_of_precisions(precisions, self.covariance_type)

    def _m_step(self, X: np.ndarray, gamma: np.ndarray) -> None:
        N_k, self.means_, self.covariances_ = estimate_gaussian_parameters(X, gamma, self.reg_covar,
                                                                           self.covariance_type)
        self.weights_ = N_k / np.sum(N_k)
        self.precisions_cholesky_ = precisions_cholesky(self.covariances_, self.covariance_type)

    def _weighted_log_prob(self, X: np.ndarray) -> np.ndarray:
        """log πₖ + log 𝒩(xᵢ | μₖ, Σₖ)."""
        return log_gaussian_prob(X, self.means_, self.precisions_cholesky_, self.covariance_type) + np.log(
            self.weights_)

    def _say(self, text: str) -> None:
        if self.verbose:
            print(text)

    def score_samples(self, X) -> np.ndarray:
        """log p(xᵢ) = log Σₖ πₖ 𝒩(xᵢ | μₖ, Σₖ) for each sample (``score`` is their mean)."""
        return logsumexp(self._weighted_log_prob(check_for_predict(self, X, "GaussianMixture.score_samples")))

    def predict(self, X) -> np.ndarray:
        """The component k with the largest πₖ 𝒩(xᵢ | μₖ, Σₖ) (the largest γᵢₖ) for each sample."""
        return np.argmax(self._weighted_log_prob(check_for_predict(self, X, "GaussianMixture.predict")), axis=1)

    def predict_proba(self, X) -> np.ndarray:
        """The responsibilities γᵢₖ (E): each row sums to 1."""
        X = check_for_predict(self, X, "GaussianMixture.predict_proba")
        return np.exp(log_resp(self._weighted_log_prob(X))[1])

    def sample(self, n_samples: int = 1) -> tuple[np.ndarray, np.ndarray]:
        """Draw ``n_samples`` points from the fitted mixture: how many from each component ~ Multinomial(π),
        then x ~ 𝒩(μₖ, Σₖ). Returns ``(X, y)``, y the component of each point (grouped by component)."""
        check_is_fitted(self)
        n_samples = check_n_samples("GaussianMixture.sample", n_samples)
        rng = check_random_state(self.random_state, "GaussianMixture.sample")
        counts = rng.multinomial(n_samples, self.weights_)
        d = self.means_.shape[1]
        parts = []
        for k, (mu, n_k) in enumerate(zip(self.means_, counts)):
            if self.covariance_type in ("full", "tied"):
                sigma = self.covariances_[k] if self.covariance_type == "full" else self.covariances_
                parts.append(rng.multivariate_normal(mu, sigma, int(n_k)))
            else:
                parts.append(mu + rng.standard_normal((int(n_k), d)) * np.sqrt(self.covariances_[k]))
        return np.vstack(parts), np.repeat(np.arange(self.n_components), counts)

    def _n_parameters(self) -> int:
        """Free parameters: K − 1 weights, K·d means and the covariances' entries."""
        K, d = self.means_.shape
        covariance = {"full": K * d * (d + 1) / 2, "diag": K * d, "tied": d * (d + 1) / 2,
                      "spherical": K}[self.covariance_type]
        return int(covariance + K * d + K - 1)

    def bic(self, X) -> float:
        """Bayesian information criterion, −2 log L + (free parameters) · log N: lower is better."""
        X = check_for_predict(self, X, "GaussianMixture.bic")
        return float(-2 * self.score(X) * len(X) + self._n_parameters() * np.log(len(X)))

    def aic(self, X) -> float:
        """Akaike information criterion, −2 log L + 2 · (free parameters): lower is better."""
        X = check_for_predict(self, X, "GaussianMixture.aic")
        return float(-2 * self.score(X) * len(X) + 2 * self._n_parameters())
