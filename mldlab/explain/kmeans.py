"""``explain.kmeans``: one iteration of k-means (Lloyd's algorithm), with numbers.

From the centres μ₁, …, μₖ:

    (1) d²(xᵢ, μⱼ) = Σₗ (xᵢₗ − μⱼₗ)²          the squared distance of every sample to every centre
    (2) each sample joins the cluster of its nearest centre (the j with the smallest d²(xᵢ, μⱼ))
    (3) μ′ⱼ = (Σ xᵢ)/nⱼ                        each centre moves to the mean of the nⱼ samples that joined it
    (4) J = Σᵢ ‖xᵢ − μⱼ₍ᵢ₎‖²                   the inertia (j(i): the cluster xᵢ joined), before and after the
                                               move: (3) never raises it
        Σⱼ ‖μ′ⱼ − μⱼ‖²                         how far the centres moved: ``KMeans`` stops when it is at most
                                               tol·σ̄² (σ̄²: the mean variance of the features; tol = 10⁻⁴)

The iteration is ``mldlab.ml.lloyd_step``'s, the one ``KMeans`` makes; the distances, sums, counts and inertia are
written out here from the formulas and must equal it (``matches``). An empty cluster keeps its centre, as
``lloyd_step`` documents. Given a fitted model (mldlab's ``KMeans`` or ``MiniBatchKMeans``, or scikit-learn's: any
model with ``cluster_centers_``), the iteration starts from its centres, and the assignment must also equal its
``predict`` and the distances its ``transform`` (squared); on the data it was fitted on, a converged model's centres
barely move.
"""

import dataclasses

import numpy as np

from mldlab.explain._estimator import in_language, sub
from mldlab.explain._format import factor, num, vector
from mldlab.explain._result import Math, Result, heading, line
from mldlab.explain._unsup import check_features, last_step, sample_rows
from mldlab.i18n import message
from mldlab.ml.kmeans import lloyd_step
from mldlab.ml.validation import check_array

FEW_CENTERS = 4  # up to this many centres, the first sample's distance to each is written out; beyond, the nearest
TERMS = 6  # terms of Σₗ written out; beyond, the first few, …, the last
TOL = 1e-4  # KMeans's default tol: it stops when the shift is below tol times the mean variance of the features


@dataclasses.dataclass(repr=False)
class KMeansResult(Result):
    """One Lloyd iteration: the ``centers`` it starts from, the squared ``distances`` (n × k) and ``labels`` of every
    sample (``shown``: the rows printed), ``terms`` writing out the first shown sample's distances, the
    ``clusters`` (count, sum, new centre and how far it moved), the ``new_centers``, the inertia before and after,
    the total ``shift`` and the ``threshold`` up to which ``KMeans`` (default tol) stops. ``estimator`` is the
    model's name, or None when the centres were given."""

    estimator: str | None
    steps: list
    n_samples: int
    n_features: int
    k: int
    centers: list
    shown: list
    points: list
    distances: list
    labels: list
    terms: list
    clusters: list
    new_centers: list
    inertia_before: float
    inertia_after: float
    shift: float
    threshold: float
    matches: bool

    kind = "kmeans"

    def _lines(self) -> list:
        title = message("explain_kmeans_title", k=self.k, n=self.n_samples) if self.estimator is None else \
            message("explain_kmeans_title_model", estimator=self.estimator, k=self.k, n=self.n_samples)
        lines = [heading(title)]
        if self.steps:
            lines.append(line(message("explain_ml_X_after_steps", steps=", ".join(self.steps)), depth=1))
        lines.append(line(message("explain_kmeans_centers"), depth=0))
        lines += [line(Math(f"μ{sub(j)} = {vector(c)}"), depth=1) for j, c in enumerate(self.centers, start=1)]
        lines.append(line("(1) ", message("explain_kmeans_distance"), Math("d²(xᵢ, μⱼ) = Σₗ (xᵢₗ − μⱼₗ)²"), depth=1))
        first = self.shown[0]
        lines.append(line(message("explain_kmeans_sample", index=first), Math(f"x = {vector(self.points[0])}"),
                          depth=2))
        for t in self.terms:
            written = [f"({num(x)} − {factor(c)})²" for x, c in zip(t["x"], t["c"])]
            if len(written) > TERMS:
                written = written[:TERMS - 2] + ["…", written[-1]]
            lines.append(line(Math(f"d²(x, μ{sub(t['center'] + 1)}) = {' + '.join(written)} = {num(t['total'])}"),
                              depth=3))
        lines.append(line("(2) ", message("explain_kmeans_assign"), depth=1))
        for i, x in zip(self.shown, self.points):
            label = self.labels[i]
            lines.append(line(message("explain_kmeans_sample", index=i),
                              Math(f"x = {vector(x)},  d² = {vector(self.distances[i])} → μ{sub(label + 1)}"),
                              depth=2))
        if self.n_samples > len(self.shown):
            lines.append(line(message("explain_kmeans_more", n=self.n_samples - len(self.shown)), depth=2))
        lines.append(line("(3) ", message("explain_kmeans_mean"), Math("μ′ⱼ = (Σ xᵢ)/nⱼ"), depth=1))
        for c in self.clusters:
            j = sub(c["cluster"] + 1)
            if c["count"] == 0:
                lines.append(line(message("explain_kmeans_empty", j=c["cluster"] + 1),
                                  Math(f"μ′{j} = μ{j} = {vector(c['new_center'])}"), depth=2))
                continue
            lines.append(line(message("explain_kmeans_cluster", j=c["cluster"] + 1, n=c["count"]),
                              Math(f"μ′{j} = {vector(c['sum'])}/{c['count']} = {vector(c['new_center'])},  "
                                   f"‖μ′{j} − μ{j}‖ = {num(c['moved'])}"), depth=2))
        lines += [line("(4) ", message("explain_kmeans_inertia"), Math("J = Σᵢ ‖xᵢ − μⱼ₍ᵢ₎‖²"), depth=1),
                  line(message("explain_kmeans_before"), Math(f"J = {num(self.inertia_before)}"), ",  ",
                       message("explain_kmeans_after"), Math(f"J = {num(self.inertia_after)}"), depth=2),
                  line(message("explain_kmeans_shift"), Math(f"Σⱼ ‖μ′ⱼ − μⱼ‖² = {num(self.shift)}"), depth=2),
                  line(message("explain_kmeans_stop") if self.shift <= self.threshold else
                       message("explain_kmeans_go_on"), Math(f"10⁻⁴·σ̄² = {num(self.threshold)}"), depth=3)]
        methods = "lloyd_step" if self.estimator is None else "lloyd_step, predict, transform"
        lines.append(line(message("explain_ml_check", methods=methods), f" {'✓' if self.matches else '✗'}", depth=1))
        return lines


def _start(op: str, model_or_X, X_or_centers):
    """The model (None when centres are given), X, the centres and the pipeline's steps."""
    if hasattr(model_or_X, "fit") or hasattr(model_or_X, "cluster_centers_"):
        model, X, steps = last_step(op, model_or_X, X_or_centers, learned="cluster_centers_",
                                    names=("KMeans", "MiniBatchKMeans"), expected="KMeans, MiniBatchKMeans")
        centers = np.asarray(model.cluster_centers_, dtype=np.float64)
    else:
        model, steps = None, []
        X = check_array(model_or_X, op).astype(np.float64)
        centers = check_array(X_or_centers, op, name="centers").astype(np.float64)
        if centers.shape[0] > X.shape[0]:
            raise ValueError(message("explain_kmeans_too_many", op=op, k=centers.shape[0], n=X.shape[0]))
    check_features(op, X, centers.shape[1])
    return model, X, centers, steps


def kmeans(model_or_X, X_or_centers, *, samples=3, lang: str | None = None) -> KMeansResult:
    """One Lloyd iteration of k-means, with numbers: from a fitted model's centres, or from centres you choose.

    Call it with a fitted model and data, ``kmeans(model, X)``, or with the data and the centres to start from,
    ``kmeans(X, centers)`` (say, ``X[:3]`` for three centres: the iteration ``KMeans(init=centers)`` starts with).

    Parameters
    ----------
    model_or_X : KMeans, MiniBatchKMeans, Pipeline or array-like of shape (n_samples, n_features)
        A fitted model with ``cluster_centers_`` (mldlab's or scikit-learn's, or a pipeline that ends in one: X then
        goes through its steps), or X.
    X_or_centers : array-like
        X (after a model) or the centres, of shape (k, n_features) (after X).
    samples : int or list of int, default 3
        The samples whose distances are printed: the first ``samples`` ones, or these rows. ``to_dict`` has all.
    lang : {'en', 'ko'}, optional
        The language of the rendering (and of any error).

    Returns
    -------
    KMeansResult

    Examples
    --------
    >>> import numpy as np
    >>> X = [[1.0, 1.0], [1.5, 2.0], [3.0, 4.0], [5.0, 7.0], [3.5, 5.0], [4.5, 5.0]]
    >>> result = kmeans(X, [[1.0, 1.0], [5.0, 7.0]], samples=2)
    >>> result.labels, np.round(result.new_centers, 4).tolist()
    ([0, 0, 0, 1, 1, 1], [[1.8333, 2.3333], [4.3333, 5.6667]])
    >>> print(result)
    k-means, one Lloyd iteration: k = 2 centres, N = 6 samples
    ──────────────────────────────────────────────────────────
    The centres it starts from:
      μ₁ = [1, 1]
      μ₂ = [5, 7]
      (1) Squared distance of every sample to every centre: d²(xᵢ, μⱼ) = Σₗ (xᵢₗ − μⱼₗ)²
        sample #0: x = [1, 1]
          d²(x, μ₁) = (1 − 1)² + (1 − 1)² = 0
          d²(x, μ₂) = (1 − 5)² + (1 − 7)² = 52
      (2) Each sample joins the cluster of its nearest centre (the smallest d²):
        sample #0: x = [1, 1],  d² = [0, 52] → μ₁
        sample #1: x = [1.5, 2],  d² = [1.25, 37.25] → μ₁
        … and 4 more samples
      (3) Each centre moves to the mean of its cluster: μ′ⱼ = (Σ xᵢ)/nⱼ
        cluster 1, 3 samples: μ′₁ = [5.5, 7]/3 = [1.833, 2.333],  ‖μ′₁ − μ₁‖ = 1.572
        cluster 2, 3 samples: μ′₂ = [13, 17]/3 = [4.333, 5.667],  ‖μ′₂ − μ₂‖ = 1.491
      (4) Inertia, the sum of squared distances to the own centre: J = Σᵢ ‖xᵢ − μⱼ₍ᵢ₎‖²
        before the move: J = 24.75,  after the move: J = 10.67
        how far the centres moved: Σⱼ ‖μ′ⱼ − μⱼ‖² = 4.694
          KMeans goes on: the shift is above its threshold (σ̄²: the features' mean variance) 10⁻⁴·σ̄² = 0.0003059
      The same as the model's lloyd_step ✓
    """
    op = "explain.kmeans"
    with in_language(lang):
        model, X, centers, steps = _start(op, model_or_X, X_or_centers)
        shown = sample_rows(op, samples, X.shape[0], "samples")
        step = lloyd_step(X, centers)
        differences = X[:, None, :] - centers[None, :, :]
        d2 = (differences ** 2).sum(axis=2)  # (1)
        labels = d2.argmin(axis=1)  # (2)
        clusters, new_centers = [], centers.copy()
        for j in range(len(centers)):
            members = X[labels == j]
            total = members.sum(axis=0)
            if len(members):
                new_centers[j] = total / len(members)  # (3)
            clusters.append({"cluster": j, "count": len(members), "sum": total.tolist(),
                             "new_center": new_centers[j].tolist(),
                             "moved": float(np.sqrt(((new_centers[j] - centers[j]) ** 2).sum()))})
        rows = np.arange(len(X))
        before = float(d2[rows, labels].sum())  # (4)
        after = float(((X - new_centers[labels]) ** 2).sum())
        shift = float(((new_centers - centers) ** 2).sum())
        threshold = TOL * float(X.var(axis=0).mean())
        scale = max(float(d2.max()), 1.0)
        matches = bool(np.array_equal(labels, step.labels)
                       and np.allclose(d2, step.distances, rtol=1e-9, atol=1e-12 * scale)
                       and np.allclose(new_centers, step.new_centers, rtol=1e-9, atol=1e-12 * np.sqrt(scale))
                       and np.isclose(before, step.inertia, rtol=1e-9, atol=1e-12 * scale)
                       and np.isclose(shift, step.shift, rtol=1e-9, atol=1e-12 * scale))
        if model is not None:  # the model computes in its own precision (float32 centres for float32 data)
            dtype = np.asarray(model.cluster_centers_).dtype
            X_model, rtol = X.astype(dtype), 10 * float(np.finfo(dtype).eps) ** 0.5
            matches &= bool(np.array_equal(labels, np.asarray(model.predict(X_model)))
                            and np.allclose(d2, np.asarray(model.transform(X_model), dtype=np.float64) ** 2,
                                            rtol=rtol, atol=rtol * 1e-3 * scale))
        first = shown[0]
        nearest = [int(labels[first])] if len(centers) > FEW_CENTERS else range(len(centers))
        terms = [{"center": int(j), "x": X[first].tolist(), "c": centers[j].tolist(), "total": float(d2[first, j])}
                 for j in nearest]
        name = None if model is None else type(model).__name__
        return KMeansResult(name, steps, X.shape[0], X.shape[1], len(centers), centers.tolist(), shown,
                            X[shown].tolist(), d2.tolist(), labels.tolist(), terms, clusters, new_centers.tolist(),
                            before, after, shift, threshold, matches, lang=lang)
