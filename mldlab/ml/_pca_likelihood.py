"""What PCA's model of the data says about a sample: probabilistic PCA (Tipping and Bishop 1999).

The data are modelled as Gaussian, x ~ N(μ, Σ), with the K components carrying their variances λₖ and the
d − K other directions sharing the variance left, σ² (``noise_variance_``)::

    (1) covariance    Σ = Wᵀ(Λ − σ²I)W + σ²I             W: the K components (rows), Λ = diag(λ₁ … λ_K)
    (2) precision     Σ⁻¹ = (1/σ²)·I − (1/σ⁴)·Wᵀ M⁻¹ W,   M = (1/σ²)·WWᵀ + (Λ − σ²I)⁻¹   (a K × K inverse)
    (3) likelihood    log p(x) = −½ (x − μ)ᵀ Σ⁻¹ (x − μ) − ½ (d·log 2π − log det Σ⁻¹)

With all the components kept (σ² = 0), Σ is the data's covariance matrix C itself.
"""

import numpy as np

from mldlab.i18n import message
from mldlab.ml.validation import check_array, check_is_fitted, check_n_features


class ProbabilisticPCA:
    """``get_covariance``, ``get_precision``, ``score_samples`` and ``score`` of a fitted ``PCA``."""

    def _scaled(self):
        """The components (scaled by √λ with ``whiten``, as scikit-learn) and λ − σ² (never below 0)."""
        W = self.components_
        if self.whiten:
            W = W * np.sqrt(self.explained_variance_)[:, None]
        return W, np.maximum(self.explained_variance_ - self.noise_variance_, 0)

    def get_covariance(self) -> np.ndarray:
        """The model's covariance Wᵀ(Λ − σ²I)W + σ²I (d × d): the data's covariance C when K = d."""
        check_is_fitted(self)
        W, extra = self._scaled()
        cov = (W.T * extra) @ W  # (1)
        cov[np.diag_indices_from(cov)] += self.noise_variance_
        return cov

    def get_precision(self) -> np.ndarray:
        """The inverse of ``get_covariance()``, by the matrix inversion lemma when σ² > 0 (a K × K inverse)."""
        check_is_fitted(self)
        d, sigma2 = self.n_features_in_, self.noise_variance_
        if self.n_components_ == 0:
            return np.eye(d) / sigma2
        if sigma2 == 0:
            cov = self.get_covariance()
            rank = int(np.linalg.matrix_rank(cov))
            if rank < d:
                raise ValueError(message("pca_singular", rank=rank, d=d))
            return np.linalg.inv(cov)
        W, extra = self._scaled()
        with np.errstate(divide="ignore"):
            inner = W @ W.T / sigma2 + np.diag(1.0 / extra)  # (σ²)⁻¹WWᵀ + (Λ − σ²I)⁻¹
        precision = -(W.T @ np.linalg.inv(inner) @ W) / sigma2**2  # (2)
        precision[np.diag_indices_from(precision)] += 1.0 / sigma2
        return precision

    def score_samples(self, X) -> np.ndarray:
        """The log-likelihood of each sample under the model: log N(x; μ, ``get_covariance()``)."""
        check_is_fitted(self)
        X = as_float(X, "PCA.score_samples")
        check_n_features(self, X, "PCA.score_samples")
        R = X - self.mean_
        P = self.get_precision()
        sign, logdet = np.linalg.slogdet(P)
        logdet = logdet if sign > 0 else -np.inf
        return -0.5 * np.sum(R * (R @ P), axis=1) - 0.5 * (X.shape[1] * np.log(2 * np.pi) - logdet)  # (3)

    def score(self, X, y=None) -> float:
        """The mean log-likelihood of the samples of X (``y`` is ignored)."""
        return float(np.mean(self.score_samples(X)))



def as_float(X, op: str) -> np.ndarray:
    """X checked (``check_array``); a float32 array stays float32, as in scikit-learn, everything else float64."""
    checked = check_array(X, op)
    if isinstance(X, np.ndarray) and X.dtype == np.float32:
        return X
    return checked
