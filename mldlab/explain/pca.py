"""``explain.pca``: principal component analysis worked out with numbers, as the eigenvectors of the covariance
matrix.

    (0) μ = (1/N)·Σᵢ xᵢ,  Xc = X − μ          centre the data
    (1) C = XcᵀXc/(N − 1)                      the covariance matrix (m × m)
    (2) C·vᵢ = λᵢ·vᵢ,  λ₁ ≥ λ₂ ≥ … ≥ λₘ         its eigenvectors vᵢ (‖vᵢ‖ = 1): the principal axes; λᵢ is the
                                               variance of the data along vᵢ
    (3) λᵢ/Σⱼ λⱼ                               the share of the variance axis i explains (Σⱼ λⱼ: the total variance)
    (4) zᵢ = vᵢ·(x − μ),  z = Vᵀ(x − μ)         a sample's coordinates on the kept axes (whiten: zᵢ/√λᵢ)

The model (``PCA`` of mldlab or of scikit-learn, found by its ``components_``) computes the same axes by a singular
value decomposition of Xc; here they come from ``numpy.linalg.eigh`` of C, and each must satisfy C·vᵢ = λᵢ·vᵢ.
The sign of an eigenvector is a choice (−vᵢ is one too): the model's sign is used (scikit-learn's convention makes
the largest entry of each vᵢ positive). When an eigenvalue is repeated its axes are not unique, and the model's
are used once checked. vᵢ, λᵢ, the shares and z must equal the model's ``components_``, ``explained_variance_``,
``explained_variance_ratio_`` and ``transform`` (``matches``; they cannot when X is not the data it was fitted on).
"""

import dataclasses

import numpy as np

from mldlab.explain._estimator import in_language, sub
from mldlab.explain._format import factor, num, vector
from mldlab.explain._result import Math, Result, heading, line
from mldlab.explain._unsup import check_features, last_step
from mldlab.i18n import message
from mldlab.ml.pca import PCA
from mldlab.ml.validation import check_array

FEW_FEATURES = 4  # up to this many features every number of C is shown; beyond, its diagonal
ROWS = 3  # rows of Xc shown
AXES = 6  # principal axes listed; beyond, the rest are counted
TERMS = 6  # terms of z₁ written out; beyond, the first few, …, the last
EIGEN_TOL = 1e-8  # ‖C·v − λ·v‖ up to this share of λ₁ is rounding


@dataclasses.dataclass(repr=False)
class PCAResult(Result):
    """PCA with numbers: the ``mean`` μ, the first ``centred`` rows of Xc, the ``covariance`` C, every
    ``eigenvalue`` λᵢ (largest first) with its ``eigenvector`` vᵢ and ``residual`` ‖C·vᵢ − λᵢ·vᵢ‖, the shares
    ``ratio`` and ``cumulative``; then one ``sample``'s ``x``, ``x − μ`` (``centred_x``) and coordinates ``z`` on the
    ``n_components`` kept axes. ``matches`` says they equal the model's."""

    estimator: str
    steps: list
    n_samples: int
    n_features: int
    n_components: int
    whiten: bool
    mean: list
    centred: list
    covariance: list
    eigenvalues: list
    eigenvectors: list
    residuals: list
    total_variance: float
    ratio: list
    cumulative: list
    sample: int
    x: list
    centred_x: list
    z: list
    matches: bool

    kind = "pca"

    def _lines(self) -> list:
        lines = [heading(message("explain_pca_title", estimator=self.estimator, k=self.n_components)),
                 line(message("explain_pca_given", n=self.n_samples, m=self.n_features))]
        if self.steps:
            lines.append(line(message("explain_ml_X_after_steps", steps=", ".join(self.steps)), depth=1))
        lines += [line("(0) ", message("explain_pca_centre"), Math("μ = (1/N)·Σᵢ xᵢ,  Xc = X − μ"), depth=1),
                  line(Math(f"μ = {vector(self.mean)}"), depth=2),
                  line(message("explain_pca_rows", n=len(self.centred)), depth=2)]
        lines += [line(Math(vector(row)), depth=3) for row in self.centred]
        lines.append(line("(1) ", message("explain_pca_covariance"), Math("C = XcᵀXc/(N − 1)"), depth=1))
        if self.n_features <= FEW_FEATURES:
            lines.append(line(Math("C ="), depth=2))
            lines += [line(Math(vector(row)), depth=3) for row in self.covariance]
        else:
            lines.append(line(message("explain_pca_diagonal", m=self.n_features),
                              Math(vector(np.diag(self.covariance))), depth=2))
        lines.append(line("(2) ", message("explain_pca_eigen"), Math("C·vᵢ = λᵢ·vᵢ"), depth=1))
        C = np.array(self.covariance)
        for i, (lam, v, r) in enumerate(zip(self.eigenvalues[:AXES], self.eigenvectors, self.residuals), start=1):
            kept = message("explain_pca_kept") if i <= self.n_components else ""
            lines += [line(Math(f"v{sub(i)} = {vector(v)},  λ{sub(i)} = {num(lam)}"), kept, depth=2),
                      line(Math(f"C·v{sub(i)} = {vector(C @ v)} = λ{sub(i)}·v{sub(i)}"),
                           f" {'✓' if r <= EIGEN_TOL * max(self.eigenvalues[0], 1e-300) else '✗'}", depth=3)]
        if self.n_features > AXES:
            lines.append(line(message("explain_pca_more_axes", n=self.n_features - AXES), depth=2))
        lines.append(line(message("explain_pca_sign"), depth=2))
        lines += [line("(3) ", message("explain_pca_ratio"), Math("λᵢ/Σⱼ λⱼ"), depth=1),
                  line(message("explain_pca_total"), Math(f"Σⱼ λⱼ = {num(self.total_variance)}"), depth=2)]
        for i, (lam, share, cumulative) in enumerate(zip(self.eigenvalues[:AXES], self.ratio, self.cumulative),
                                                     start=1):
            lines.append(line(message("explain_pca_axis", i=i), Math(f"{num(lam)}/{num(self.total_variance)} = "
                                                                     f"{num(share)}"), ",  ",
                              message("explain_pca_cumulative"), Math(num(cumulative)), depth=2))
        lines += self._projection_lines()
        methods = "components_, explained_variance_, explained_variance_ratio_, transform"
        lines.append(line(message("explain_ml_check", methods=methods), f" {'✓' if self.matches else '✗'}", depth=1))
        if not self.matches:
            lines.append(line(message("explain_pca_other_data"), depth=2))
        return lines

    def _projection_lines(self) -> list:
        formula = "zᵢ = vᵢ·(x − μ)/√λᵢ" if self.whiten else "zᵢ = vᵢ·(x − μ)"
        v, d = self.eigenvectors[0], self.centred_x
        written = [f"{factor(a)}·{factor(b)}" for a, b in zip(v, d)]
        if len(written) > TERMS:
            written = written[:TERMS - 2] + ["…", written[-1]]
        product = float(np.dot(v, d))
        worked = f"z₁ = ({' + '.join(written)})/√{factor(self.eigenvalues[0])} = {num(product)}/" \
                 f"{num(np.sqrt(self.eigenvalues[0]))} = {num(self.z[0])}" if self.whiten else \
            f"z₁ = {' + '.join(written)} = {num(self.z[0])}"
        return [line("(4) ", message("explain_pca_project"), Math(formula), depth=1),
                line(message("explain_pca_sample", index=self.sample), Math(f"x = {vector(self.x)},  "
                                                                            f"x − μ = {vector(d)}"), depth=2),
                line(Math(worked), depth=3),
                line(Math(f"z = {vector(self.z)}"), depth=3)]


def _sample(op: str, sample, n_samples: int) -> int:
    """The row number ``sample``, checked."""
    if not isinstance(sample, (int, np.integer)) or isinstance(sample, bool):
        raise TypeError(message("explain_pca_sample_type", op=op, value=repr(sample)))
    if not -n_samples <= sample < n_samples:
        raise IndexError(message("explain_unsup_row", op=op, name="sample", value=sample, n=n_samples))
    return int(sample) % n_samples


def _axes(C: np.ndarray, components: np.ndarray):
    """(2) The eigenvalues of C, largest first, and its unit eigenvectors as rows, signed as the model's
    ``components`` (as scikit-learn's: the largest entry positive beyond them); a repeated eigenvalue's axes are
    the model's."""
    lam, vectors = np.linalg.eigh(C)
    lam, V = lam[::-1].copy(), vectors[:, ::-1].T.copy()
    largest = np.abs(V).argmax(axis=1)
    V *= np.sign(V[np.arange(len(V)), largest])[:, None]
    for i, u in enumerate(components):
        agreement = float(V[i] @ u)
        V[i] = u if abs(agreement) < 1 - 1e-6 else V[i] * np.sign(agreement)
    return np.clip(lam, 0.0, None), V


def _start(op: str, model_or_X, X, n_components):
    if hasattr(model_or_X, "fit") or hasattr(model_or_X, "components_"):
        return last_step(op, model_or_X, X, learned="components_", names=("PCA",), expected="PCA")
    X = check_array(model_or_X, op).astype(np.float64)
    return PCA(n_components=n_components).fit(X), X, []


def pca(model_or_X, X=None, *, sample: int = 0, n_components=None, lang: str | None = None) -> PCAResult:
    """The principal axes of a PCA from the covariance matrix, with numbers, and one sample projected on them.

    Call it with a fitted model and its data, ``pca(model, X)``, or with the data alone, ``pca(X)`` (then a
    ``PCA(n_components)`` of mldlab is fitted here).

    Parameters
    ----------
    model_or_X : PCA, Pipeline or array-like of shape (n_samples, n_features)
        A fitted ``PCA`` (mldlab's or scikit-learn's, or a pipeline that ends in one: X then goes through its
        steps), or X.
    X : array-like of shape (n_samples, n_features), optional
        After a model: the data it was fitted on.
    sample : int, default 0
        The row of X projected in (4).
    n_components : int, float or None, default None
        Only with the data alone: the axes kept (a model brings its own).
    lang : {'en', 'ko'}, optional
        The language of the rendering (and of any error).

    Returns
    -------
    PCAResult

    Examples
    --------
    >>> result = pca([[2.0, 1.0], [3.0, 4.0], [5.0, 5.0], [6.0, 8.0]], n_components=1)
    >>> [round(lam, 4) for lam in result.eigenvalues], result.matches
    ([11.4235, 0.2432], True)
    >>> print(result)
    PCA with numbers: PCA keeping k = 1 axes
    ────────────────────────────────────────
    Given: X with N = 4 rows (samples) and m = 2 columns (features)
      (0) Centre the data: μ = (1/N)·Σᵢ xᵢ,  Xc = X − μ
        μ = [4, 4.5]
        the first 3 rows of Xc:
          [−2, −3.5]
          [−1, −0.5]
          [1, 0.5]
      (1) The covariance matrix: C = XcᵀXc/(N − 1)
        C =
          [3.333, 5]
          [5, 8.333]
      (2) Its eigenvectors, the principal axes, and eigenvalues, the variance along them: C·vᵢ = λᵢ·vᵢ
        v₁ = [0.5257, 0.8507],  λ₁ = 11.42 (kept)
          C·v₁ = [6.006, 9.717] = λ₁·v₁ ✓
        v₂ = [0.8507, −0.5257],  λ₂ = 0.2432
          C·v₂ = [0.2068, −0.1278] = λ₂·v₂ ✓
        the sign of an eigenvector is a choice (−v is one too): the model's is used
      (3) The share of the variance each axis explains: λᵢ/Σⱼ λⱼ
        the total variance: Σⱼ λⱼ = 11.67
        axis 1: 11.42/11.67 = 0.9792,  cumulative 0.9792
        axis 2: 0.2432/11.67 = 0.02084,  cumulative 1
      (4) A sample's coordinates on the kept axes: zᵢ = vᵢ·(x − μ)
        sample #0: x = [2, 1],  x − μ = [−2, −3.5]
          z₁ = 0.5257·(−2) + 0.8507·(−3.5) = −4.029
          z = [−4.029]
      The same as the model's components_, explained_variance_, explained_variance_ratio_, transform ✓
    """
    op = "explain.pca"
    with in_language(lang):
        model, X, steps = _start(op, model_or_X, X, n_components)
        components = np.asarray(model.components_, dtype=np.float64)
        check_features(op, X, components.shape[1])
        row = _sample(op, sample, X.shape[0])
        n, k = X.shape[0], components.shape[0]
        mu = X.mean(axis=0)
        Xc = X - mu  # (0)
        C = Xc.T @ Xc / (n - 1)  # (1)
        lam, V = _axes(C, components)  # (2)
        residuals = np.sqrt(((V @ C - lam[:, None] * V) ** 2).sum(axis=1))
        total = float(lam.sum())
        ratio = lam / total  # (3)
        d = Xc[row]
        z = V[:k] @ d  # (4)
        whiten = bool(getattr(model, "whiten", False))
        if whiten:
            z = z / np.sqrt(lam[:k])
        scale = max(float(lam[0]), 1e-300)
        x_scale = max(float(np.abs(X).max()), 1.0)
        dtype = np.asarray(model.components_).dtype  # the model's precision (float32 for float32 data)
        rtol = 1e-6 if dtype == np.float64 else 10 * float(np.finfo(dtype).eps) ** 0.5
        z_model = np.asarray(model.transform(X[row:row + 1].astype(dtype)), dtype=np.float64)[0]
        matches = bool(np.allclose(mu, model.mean_, rtol=rtol, atol=rtol * 1e-3 * x_scale)
                       and np.all(residuals[:k] <= EIGEN_TOL * scale)
                       and np.allclose(lam[:k], model.explained_variance_, rtol=rtol, atol=rtol * 1e-4 * scale)
                       and np.allclose(V[:k], components, rtol=rtol, atol=rtol)
                       and np.allclose(ratio[:k], model.explained_variance_ratio_, rtol=rtol, atol=rtol * 1e-4)
                       and np.allclose(z, z_model, rtol=rtol, atol=rtol * 1e-2 * x_scale))
        return PCAResult(type(model).__name__, steps, n, X.shape[1], k, whiten, mu.tolist(), Xc[:ROWS].tolist(),
                         C.tolist(), lam.tolist(), V.tolist(), residuals.tolist(), total, ratio.tolist(),
                         np.cumsum(ratio).tolist(), row, X[row].tolist(), d.tolist(), z.tolist(), matches, lang=lang)
