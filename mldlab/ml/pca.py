"""Principal component analysis: the directions in which the data vary most, and the data seen along them.

For n samples xᵢ of d features (the rows of X)::

    (1) mean            μ = (1/n) Σᵢ xᵢ
    (2) covariance      C = (1/(n − 1)) Σᵢ (xᵢ − μ)(xᵢ − μ)ᵀ                       (d × d)
    (3) eigenvectors    C wₖ = λₖ wₖ,  λ₁ ≥ λ₂ ≥ … ≥ λ_d ≥ 0,  ‖wₖ‖ = 1
        (the same, by SVD: X − μ = U S Vᵀ, wₖ = k-th row of Vᵀ, λₖ = sₖ² / (n − 1))
    (4) sign            the largest |entry| of each wₖ is made positive (scikit-learn's rule)
    (5) ratio           rₖ = λₖ / Σⱼ λⱼ                   the share of the total variance along wₖ
    (6) projection      zᵢₖ = wₖ · (xᵢ − μ)               (whiten: zᵢₖ / √λₖ, so each zₖ has variance 1)
    (7) back            x̂ᵢ = Σₖ zᵢₖ wₖ + μ                (whiten: Σₖ zᵢₖ √λₖ wₖ + μ)

``components_`` holds w₁ … w_K (one per row), ``explained_variance_`` λ₁ … λ_K, ``explained_variance_ratio_``
r₁ … r_K, ``singular_values_`` s₁ … s_K. With K < d, the variance left out, σ² = mean of λ_{K+1} …, is
``noise_variance_``: probabilistic PCA (Tipping and Bishop 1999) models the data as Gaussian with covariance
Wᵀ(Λ − σ²I)W + σ²I (``get_covariance``), which gives each sample a log-likelihood (``score_samples``;
see ``_pca_likelihood.py``).
"""

import numbers

import numpy as np

from mldlab.i18n import message
from mldlab.ml import _pca_solvers as solvers
from mldlab.ml._names_out import PrefixedNamesOutMixin
from mldlab.ml._pca_likelihood import ProbabilisticPCA, as_float
from mldlab.ml.base import BaseEstimator, TransformerMixin
from mldlab.ml.validation import (
    check_choice,
    check_is_fitted,
    check_n_features,
    check_number,
    check_random_state,
    check_whole,
)

_SOLVERS = ("auto", "full", "covariance_eigh", "arpack", "randomized")


class PCA(PrefixedNamesOutMixin, ProbabilisticPCA, TransformerMixin, BaseEstimator):
    """Principal component analysis (scikit-learn's ``PCA``): project the data on its K directions of largest
    variance.

    Parameters
    ----------
    n_components : int, float, 'mle' or None, default None
        K: a number of components (0 … min(n_samples, n_features)); a fraction 0 < f < 1, for the fewest
        components whose ratios (5) add up to more than f; 'mle', for Minka's estimate; None for min(n, d).
    copy : bool, default True
        False lets ``fit`` centre a float array in place (it then no longer holds the data), to save memory.
    whiten : bool, default False
        Step (6): divide each coordinate by √λₖ, so each has variance 1.
    svd_solver : {'auto', 'full', 'covariance_eigh', 'arpack', 'randomized'}, default 'auto'
        How (3) is solved. 'covariance_eigh': eigen-decomposition of C (fast when n ≫ d); 'full': SVD of
        X − μ; 'randomized': an approximate SVD from random directions (``random_state``), for a few components
        of large data; 'arpack': here the exact SVD of 'full', kept to the first K, with arpack's rules
        (an integer 1 ≤ K < min(n, d)); scikit-learn's iterative ARPACK gives the same to its ``tol``.
        'auto' chooses as scikit-learn 1.9: 'covariance_eigh' when d ≤ 1000 and n ≥ 10·d; else 'full' when
        max(n, d) ≤ 500 or K is 'mle'; else 'randomized' when 1 ≤ K < 0.8·min(n, d); else 'full'.
    tol : float, default 0.0
        ARPACK's tolerance in scikit-learn; here the SVD is exact, so it changes nothing (it must be >= 0).
    iterated_power : int or 'auto', default 'auto'
        Power iterations of 'randomized': 'auto' is 7 when K < 0.1·min(n, d), else 4.
    n_oversamples : int, default 10
        Extra random directions of 'randomized'.
    power_iteration_normalizer : {'auto', 'QR', 'LU', 'none'}, default 'auto'
        Re-orthonormalising between power iterations: 'none' when ``iterated_power`` ≤ 2 ('auto'), else QR.
        (NumPy has no LU factorisation: 'LU' uses QR too; the subspace found is the same.)
    random_state : int, numpy Generator or None, default None
        The random directions of 'randomized' (mldlab's generator: not scikit-learn's numbers).

    Attributes
    ----------
    components_ : ndarray of shape (n_components_, n_features)
    explained_variance_, explained_variance_ratio_, singular_values_ : ndarray of shape (n_components_,)
    mean_ : ndarray of shape (n_features,)
    n_components_, n_samples_, n_features_in_ : int
    noise_variance_ : float

    Notes
    -----
    float32 data stay float32, as in scikit-learn; everything else is computed in float64.
    With ``whiten=True`` scikit-learn 1.9's ``get_covariance`` (and so ``get_precision`` and ``score_samples``)
    scales the components by √λₖ before using them; mldlab does the same, so the numbers agree, but they are then
    not the covariance model written above.

    Examples
    --------
    >>> import numpy as np
    >>> X = np.array([[2.0, 0.0], [0.0, 1.0], [-2.0, 0.0], [0.0, -1.0]])
    >>> pca = PCA(n_components=1).fit(X)
    >>> pca.components_.tolist(), pca.explained_variance_.round(3).tolist()
    ([[1.0, 0.0]], [2.667])
    >>> pca.explained_variance_ratio_.round(2).tolist()
    [0.8]
    >>> pca.transform([[1.0, 3.0]]).tolist()
    [[1.0]]
    >>> pca.inverse_transform([[1.0]]).tolist()
    [[1.0, 0.0]]
    """

    def __init__(self, n_components=None, *, copy: bool = True, whiten: bool = False, svd_solver: str = "auto",
                 tol: float = 0.0, iterated_power="auto", n_oversamples: int = 10,
                 power_iteration_normalizer: str = "auto", random_state=None):
        self.n_components = n_components
        self.copy = copy
        self.whiten = whiten
        self.svd_solver = svd_solver
        self.tol = tol
        self.iterated_power = iterated_power
        self.n_oversamples = n_oversamples
        self.power_iteration_normalizer = power_iteration_normalizer
        self.random_state = random_state

    @property
    def _n_features_out(self) -> int:
        return self.n_components_

    def fit(self, X, y=None) -> "PCA":
        """Learn μ, the components and their variances from X (``y`` is ignored)."""
        self._fit(X)
        return self

    def fit_transform(self, X, y=None) -> np.ndarray:
        """Fit to X and return its coordinates along the components (6)."""
        U, S, X = self._fit(X)
        if U is None:
            return self.transform(X)
        K = self.n_components_
        return U[:, :K] * (np.sqrt(len(X) - 1) if self.whiten else S[:K])  # (X − μ)·wₖ = uₖ·sₖ

    def _fit(self, X):
        op = "PCA.fit"
        X = as_float(X, op)
        n, d = X.shape
        K = self._check_params(op)
        solver = self.svd_solver
        if K is None:
            K = min(n, d) - 1 if solver == "arpack" else min(n, d)
        if solver == "auto":
            if d <= 1000 and n >= 10 * d:
                solver = "covariance_eigh"
            elif max(n, d) <= 500 or K == "mle":
                solver = "full"
            elif 1 <= K < 0.8 * min(n, d):
                solver = "randomized"
            else:
                solver = "full"
        _check_components(op, K, solver, n, d)
        self._fit_svd_solver = solver
        mu = np.mean(X, axis=0)  # (1)
        self.mean_ = mu
        if solver == "covariance_eigh":  # (2)–(3)
            U, S, Vt = solvers.covariance_eigh(X, mu)
        else:
            X_centered = X - mu if self.copy or not X.flags.writeable else np.subtract(X, mu, out=X)
            if solver == "randomized":
                rng = check_random_state(self.random_state, op)
                U, S, Vt = solvers.randomized_svd(X_centered, K, self.n_oversamples, self.iterated_power,
                                                  self._normalizer(), rng)
            else:
                U, S, Vt = solvers.full_svd(X_centered)
        U, Vt = solvers.svd_flip(U, Vt)  # (4)
        lam = S**2 / (n - 1)
        # the randomized SVD has only K of the λ: the total variance comes from the data
        total = float(np.sum(X_centered**2) / (n - 1)) if solver == "randomized" else lam.sum()
        ratio = lam / total  # (5)
        if K == "mle":
            K = solvers.infer_dimension(lam, n)
        elif 0 < K < 1:
            K = min(int(np.searchsorted(np.cumsum(ratio), K, side="right")) + 1, len(ratio))
        if K >= min(n, d):
            self.noise_variance_ = 0.0
        elif solver == "randomized":
            self.noise_variance_ = (total - float(np.sum(lam[:K]))) / (min(n, d) - K)
        else:
            self.noise_variance_ = float(np.mean(lam[K:]))
        self.n_samples_, self.n_features_in_, self.n_components_ = n, d, int(K)
        self.components_ = Vt[:K].copy()
        self.explained_variance_ = lam[:K].copy()
        self.explained_variance_ratio_ = ratio[:K].copy()
        self.singular_values_ = S[:K].copy()
        return U, S, X

    def _check_params(self, op: str):
        """Check the parameters; n_components as given (a whole number as ``int``)."""
        check_choice(op, "svd_solver", self.svd_solver, _SOLVERS)
        check_choice(op, "whiten", self.whiten, (True, False))
        check_choice(op, "copy", self.copy, (True, False))
        check_choice(op, "power_iteration_normalizer", self.power_iteration_normalizer, ("auto", "QR", "LU", "none"))
        check_number(op, "tol", self.tol)
        check_whole(op, "n_oversamples", self.n_oversamples, 1)
        if self.iterated_power != "auto":
            check_whole(op, "iterated_power", self.iterated_power, 0)
        K = self.n_components
        whole = isinstance(K, numbers.Integral) and not isinstance(K, bool)
        fraction = isinstance(K, numbers.Real) and not whole and not isinstance(K, bool) and 0 < K < 1
        if not (K is None or K == "mle" and isinstance(K, str) or (whole and K >= 0) or fraction):
            raise ValueError(message("pca_n_components", op=op, value=K))
        return int(K) if whole else K

    def _normalizer(self) -> str:
        """'none' or 'QR' (see the class's ``power_iteration_normalizer``)."""
        if self.power_iteration_normalizer == "auto":
            power = 7 if self.iterated_power == "auto" else self.iterated_power
            return "none" if power <= 2 else "QR"
        return "none" if self.power_iteration_normalizer == "none" else "QR"

    def transform(self, X) -> np.ndarray:
        """(6) The coordinates zᵢₖ = wₖ · (xᵢ − μ) of each sample (divided by √λₖ with ``whiten``)."""
        check_is_fitted(self)
        X = as_float(X, "PCA.transform")
        check_n_features(self, X, "PCA.transform")
        Z = X @ self.components_.T - self.mean_ @ self.components_.T  # (6) w·(x − μ) = w·x − w·μ: no centred copy
        if self.whiten:
            Z /= np.maximum(np.sqrt(self.explained_variance_), np.finfo(Z.dtype).eps)
        return Z

    def inverse_transform(self, X) -> np.ndarray:
        """(7) Back from K coordinates to the d features: x̂ = Σₖ zₖ wₖ + μ (the data, if K = d)."""
        check_is_fitted(self)
        Z = as_float(X, "PCA.inverse_transform")
        if Z.shape[1] != self.n_components_:
            raise ValueError(message("pca_inverse_width", op="PCA.inverse_transform", got=Z.shape[1],
                                     expected=self.n_components_))
        W = self.components_
        if self.whiten:
            W = np.sqrt(self.explained_variance_)[:, None] * W
        return Z @ W + self.mean_  # (7)


def _check_components(op: str, K, solver: str, n: int, d: int) -> None:
    """K must fit the data: at most min(n, d) (fewer for 'arpack'), a whole number for the truncated solvers."""
    limit = min(n, d)
    if solver in ("arpack", "randomized"):
        top = limit - 1 if solver == "arpack" else limit
        if not isinstance(K, int) or not 1 <= K <= top:
            raise ValueError(message("pca_truncated", op=op, value=K, solver=solver, top=top, n_samples=n,
                                     n_features=d))
    elif K == "mle" and n < d:
        raise ValueError(message("pca_mle", op=op, n_samples=n, n_features=d))
    elif isinstance(K, int) and K > limit:
        raise ValueError(message("pca_too_many", op=op, value=K, n_samples=n, n_features=d, limit=limit))
