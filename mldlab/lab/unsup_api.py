"""The numbers of the lesson pages kmeans, dbscan and pca (session 3): unlabelled 2-D (or 3-D) points and a model.

Each page posts its controls as a JSON object to ``/api/lessons/<page>`` (``unsup_bodies``) and draws what comes
back. Every number is computed here by ``mldlab.ml`` (``kmeans_plusplus``, ``kmeans_steps``/``LloydStep``,
``KMeans``, ``DBSCAN``, ``PCA``) on the points of a data set of ``mldlab.data.registry`` (all of them: nothing is
held out); the browser never recomputes a model. Each request stands alone: nothing is kept between requests.

    kmeans   Lloyd's iterations from the starting centres μ₁ … μₖ (clicked, k-means++ or random), one by one:
             (1) assignment  c⁽ⁱ⁾ = argminⱼ ‖x⁽ⁱ⁾ − μⱼ‖²     (2) update  μⱼ ← (1/|Cⱼ|) Σ_{i ∈ Cⱼ} x⁽ⁱ⁾
             with the inertia J = Σᵢ ‖x⁽ⁱ⁾ − μ_{c⁽ⁱ⁾}‖² after each; the last step is ``KMeans(init=μ, n_init=1)``'s;
             the iteration shown written out by ``explain.kmeans``
    dbscan   each point's number of neighbours within ε (itself included): core (≥ min_samples), border (in a
             cluster, not core) or noise (label −1), the clusters of ``DBSCAN``, and the k-distance curve (each
             point's distance to its min_samples-th nearest point, itself first, sorted): a point is core
             exactly when that distance is ≤ ε
    pca      the covariance matrix Σ = 1/(n − 1) Σᵢ (x⁽ⁱ⁾ − μ)(x⁽ⁱ⁾ − μ)ᵀ, its eigenvectors (the principal axes, PCA's
             ``components_``) and eigenvalues (``explained_variance_``), the points projected onto the first m
             axes and back (``PCA(n_components=m)``'s transform and inverse_transform) and the reconstruction
             error (1/n) Σᵢ ‖x⁽ⁱ⁾ − x̂⁽ⁱ⁾‖² = (n − 1)/n · Σ_{j > m} λⱼ, all written out by ``explain.pca``

A bad body gets ``{"error": {"code", "message", "field"}}`` in the request's language.
"""

import functools
import math

import numpy as np
from fastapi import APIRouter, Request

from mldlab import explain
from mldlab.data import load_iris, registry
from mldlab.lab import unsup_bodies as bodies
from mldlab.lab._lesson_requests import answer
from mldlab.ml import DBSCAN, PCA, KMeans, StandardScaler, kmeans_plusplus, kmeans_steps

router = APIRouter()

MAX_BODY = 4096
_answer = functools.partial(answer, check=bodies.check, max_body=MAX_BODY, buckets_name="unsup_lesson_buckets")
"""Every page of this router is answered by ``_lesson_requests.answer`` with these bodies' checks."""
CENTRE = np.array([2.0, 1.0])
"""The mean of the 'correlated' cloud (away from 0, so that PCA's centring shows)."""


def _round(value, digits: int = 6):
    """Numbers to ``digits`` significant digits, to keep the answers small (NaN and ±∞ become None)."""
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_round(v, digits) for v in value]
    value = float(value)
    if abs(value) < 1e-12:            # a mean of exactly centred data: 0, not 4e-17
        return 0.0
    return float(f"{value:.{digits}g}") if math.isfinite(value) else None


def _extent(X: np.ndarray) -> list:
    """[x1min, x1max, x2min, x2max] around the points' first two coordinates, 10 % wider."""
    out = []
    for low, high in zip(X[:, :2].min(axis=0), X[:, :2].max(axis=0)):
        pad = max(0.1 * (high - low), 0.05)
        out += [_round(low - pad, 4), _round(high + pad, 4)]
    return out


def _data(body) -> tuple:
    """The points of a 2-D set of the registry (float64), their classes (shown only as a comparison) and names."""
    X, y, _, class_names = registry.get(body.dataset, n_samples=body.n_samples, noise=body.noise, seed=body.seed)
    return np.asarray(X, dtype=np.float64), np.asarray(y), class_names


def _points(X: np.ndarray, y=None, class_names=None) -> dict:
    """What the page draws: {"x": [[x1, x2(, x3)] ...], "y": classes or None, "classes", "extent"}."""
    return {"x": _round(X, 5), "y": None if y is None else np.asarray(y).tolist(), "classes": class_names,
            "extent": _extent(X)}


def _starting_centres(body, X: np.ndarray) -> np.ndarray:
    """μ₁ … μₖ: the clicked ones, k-means++'s (``kmeans_plusplus``), or k distinct points drawn at random."""
    if body.init == "given":
        return np.asarray(body.centers, dtype=np.float64)
    if body.init == "k-means++":
        return kmeans_plusplus(X, body.n_clusters, random_state=body.random_state)[0]
    rows = np.random.default_rng(body.random_state).choice(len(X), body.n_clusters, replace=False)
    return X[np.sort(rows)]


def _kmeans(body, lang: str) -> dict:
    """Every Lloyd iteration from the starting centres (``kmeans_steps``), with each cluster's size and sum, the
    inertia after the assignment and after the update, and ``KMeans``'s own result from the same start."""
    X, y, class_names = _data(body)
    start = _starting_centres(body, X)
    k = len(start)
    steps, lloyd = [], kmeans_steps(X, start, max_iter=body.max_iter)
    for s in lloyd:
        counts = np.bincount(s.labels, minlength=k)
        sums = np.stack([np.bincount(s.labels, weights=X[:, j], minlength=k) for j in range(X.shape[1])], axis=1)
        moved = X - s.new_centers[s.labels]
        steps.append({"centers": _round(s.centers), "labels": s.labels.tolist(), "inertia": _round(s.inertia),
                      "counts": counts.tolist(), "sums": _round(sums), "new_centers": _round(s.new_centers),
                      "moves": _round(np.sum((s.new_centers - s.centers) ** 2, axis=1)),
                      "updated_inertia": _round(np.sum(moved**2)), "shift": _round(s.shift)})
    model = KMeans(n_clusters=k, init=start, n_init=1, max_iter=body.max_iter).fit(X)
    out = {"data": _points(X, y, class_names), "n_clusters": k, "init": body.init, "start": _round(start),
           "steps": steps, "step": min(body.step, len(steps)),
           "final": {"labels": model.labels_.tolist(), "inertia": _round(model.inertia_),
                     "centers": _round(model.cluster_centers_), "n_iter": int(model.n_iter_),
                     "matches": bool(np.array_equal(model.labels_, lloyd[-1].labels)
                                     and math.isclose(model.inertia_, lloyd[-1].inertia, rel_tol=1e-6))},
           "point": None}
    shown = lloyd[max(out["step"], 1) - 1]         # the start shows iteration 1 to come
    result = explain.kmeans(X, shown.centers, samples=[body.point or 0], lang=lang)
    out.update(text=str(result), explained={"iteration": max(out["step"], 1), "matches": bool(result.matches)})
    if body.point is not None:
        centres = start if out["step"] == 0 else lloyd[out["step"] - 1].centers
        distances = np.sum((X[body.point] - centres) ** 2, axis=1)
        out["point"] = {"index": body.point, "x": _round(X[body.point]), "distances": _round(distances),
                        "nearest": int(np.argmin(distances))}
    return out


def _dbscan(body, lang: str) -> dict:
    """DBSCAN's clusters, each point's kind (core, border, noise) and neighbour count, and the k-distance curve."""
    X, y, class_names = _data(body)
    model = DBSCAN(eps=body.eps, min_samples=body.min_samples).fit(X)
    distances = np.sqrt(np.maximum(np.sum((X[:, None, :] - X[None, :, :]) ** 2, axis=2), 0.0))
    neighbours = np.sum(distances <= body.eps, axis=1)
    core = np.zeros(len(X), dtype=bool)
    core[model.core_sample_indices_] = True
    labels = model.labels_
    kind = np.where(core, "core", np.where(labels >= 0, "border", "noise"))
    k_distance = np.sort(distances, axis=1)[:, min(body.min_samples, len(X)) - 1]
    return {"data": _points(X, y, class_names), "eps": body.eps, "min_samples": body.min_samples,
            "labels": labels.tolist(), "kind": kind.tolist(), "neighbours": neighbours.tolist(),
            "counts": {"clusters": int(labels.max() + 1) if labels.size else 0, "core": int(core.sum()),
                       "border": int(np.sum(kind == "border")), "noise": int(np.sum(labels == -1))},
            "sizes": np.bincount(labels[labels >= 0], minlength=max(int(labels.max()) + 1, 0)).tolist(),
            "k_distance": _round(np.sort(k_distance))}


def _cloud(body) -> np.ndarray:
    """The 'correlated' cloud: x₁ = z₁, x₂ = stretch·(ρ z₁ + √(1 − ρ²) z₂) around (2, 1), z ~ N(0, I)."""
    z = np.random.default_rng(body.seed).standard_normal((body.n_samples, 2))
    rho = body.correlation
    return CENTRE + np.stack([z[:, 0], body.stretch * (rho * z[:, 0] + math.sqrt(1 - rho**2) * z[:, 1])], axis=1)


def _pancake(body) -> np.ndarray:
    """A tilted pancake in 3-D: spread 3 and 1.5 along two directions of a plane, ``noise`` (default 0.3) across."""
    z = np.random.default_rng(body.seed).standard_normal((body.n_samples, 3))
    thickness = 0.3 if body.noise is None else body.noise
    a = np.array([2.0, 1.0, 1.0]) / math.sqrt(6)
    b = np.array([-1.0, 1.0, 1.0]) / math.sqrt(3)
    c = np.cross(a, b)
    return z[:, :1] * 3.0 * a + z[:, 1:2] * 1.5 * b + z[:, 2:] * thickness * c


def _pca_data(body) -> tuple:
    """The points of the PCA page, their classes (or None), the class and feature names."""
    if body.dataset == "correlated":
        return _cloud(body), None, None, ["x₁", "x₂"]
    if body.dataset == "pancake":
        return _pancake(body), None, None, ["x₁", "x₂", "x₃"]
    if body.dataset == "iris":
        X, y, features, classes = load_iris(return_names=True)
        return np.asarray(X[:, :3], dtype=np.float64), y, classes, features[:3]
    X, y, class_names = _data(body)
    return X, y, class_names, ["x₁", "x₂"]


def _pca(body, lang: str) -> dict:
    """PCA with every component (the axes, their variances, Σ) and with m components (projection, reconstruction)."""
    X, y, class_names, features = _pca_data(body)
    if body.standardize:
        X = StandardScaler().fit_transform(X)
    full = PCA().fit(X)
    m = body.n_components
    model = PCA(n_components=m).fit(X)
    scores = model.transform(X)
    back = model.inverse_transform(scores)
    n = len(X)
    out = {"data": {**_points(X, y, class_names), "features": features}, "dimensions": X.shape[1],
           "standardize": body.standardize, "mean": _round(full.mean_), "components": _round(full.components_),
           "explained_variance": _round(full.explained_variance_),
           "explained_variance_ratio": _round(full.explained_variance_ratio_),
           "singular_values": _round(full.singular_values_), "covariance": _round(full.get_covariance()),
           "n_components": m, "scores": _round(scores, 5), "reconstruction": _round(back, 5),
           "reconstruction_error": _round(np.mean(np.sum((X - back) ** 2, axis=1))),
           "lost_variance": _round(np.sum(full.explained_variance_[m:]) * (n - 1) / n), "n_samples": n,
           "correlation": None, "text": str(explain.pca(model, X, lang=lang))}
    if X.shape[1] == 2:
        out["correlation"] = _round(np.corrcoef(X.T)[0, 1])
    return out


@router.post("/kmeans")
async def kmeans_lesson(request: Request):
    """Lloyd's k-means step by step from the learner's (or k-means++'s) starting centres, with the inertia."""
    return await _answer(request, bodies.Kmeans, _kmeans)


@router.post("/dbscan")
async def dbscan_lesson(request: Request):
    """DBSCAN for an ε and min_samples: core, border and noise points, the clusters and the k-distance curve."""
    return await _answer(request, bodies.Dbscan, _dbscan)


@router.post("/pca")
async def pca_lesson(request: Request):
    """PCA of a 2-D or 3-D cloud: the principal axes, their variances, the projection and the reconstruction."""
    return await _answer(request, bodies.Pca, _pca)
