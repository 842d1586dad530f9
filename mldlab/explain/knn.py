"""``explain.knn``: one prediction of a fitted k-nearest-neighbour model, with numbers.

    (1) d(x, x′) = (Σⱼ |xⱼ − x′ⱼ|ᵖ)¹ᐟᵖ       the distance from x to every training point x′ (p = 2: euclidean)
    (2) the k training points with the smallest d: x₍₁₎, …, x₍ₖ₎ and their labels y₍ᵢ₎
    (3) wᵢ = 1 (uniform) or wᵢ = 1/dᵢ (distance)
    (4) classifier: P(c | x) = Σᵢ wᵢ·[y₍ᵢ₎ = c] / Σᵢ wᵢ and ŷ = the class with the largest P
        regressor:  ŷ = Σᵢ wᵢ·y₍ᵢ₎ / Σᵢ wᵢ

The neighbours are the model's own (``kneighbors``); the distances, weights, votes and the prediction are computed
here from the formulas and must equal ``kneighbors``, ``predict_proba`` and ``predict`` (``matches``).
"""

import dataclasses

import numpy as np

from mldlab.explain._estimator import given_lines, in_language, one_sample
from mldlab.explain._format import factor, num, vector
from mldlab.explain._result import Math, Result, heading, line
from mldlab.i18n import message
from mldlab.ml.knn_classifier import KNeighborsClassifier
from mldlab.ml.knn_regressor import KNeighborsRegressor

LISTED = 10  # neighbours listed one per line; beyond, the rest are counted
FEW_CLASSES = 4  # with more classes, only those that got votes are listed
TERMS = 6  # terms of the nearest distance written out; beyond, the first few, …, the last


@dataclasses.dataclass(repr=False)
class KNNResult(Result):
    """A KNN prediction: the ``neighbors`` (index, point, distance, label, weight), the ``votes`` per class
    (classifier), ``proba`` and the ``prediction``; ``terms`` write out the distance to the nearest one. ``x`` is
    the sample as the model sees it: ``x_given`` after the ``steps`` of a pipeline (none for a model alone)."""

    estimator: str
    classifier: bool
    k: int
    weights: str
    p: float
    x_given: list
    steps: list
    x: list
    neighbors: list
    terms: list
    votes: list
    proba: list | None
    prediction: object
    matches: bool

    kind = "knn"

    def _lines(self) -> list:
        lines = [heading(message("explain_knn_title", estimator=self.estimator, k=self.k))] + given_lines(self)
        lines += self._distance_lines()
        lines.append(line("(2) ", message("explain_knn_nearest", k=self.k), depth=1))
        for n in self.neighbors[:LISTED]:
            lines.append(line(message("explain_knn_neighbor", rank=n["rank"], index=n["index"]),
                              Math(f"x′ = {vector(n['point'])},  d = {num(n['distance'])}"), ",  ",
                              message("explain_knn_label", label=_label(n["label"])) if self.classifier else
                              message("explain_knn_target", target=_label(n["label"])), depth=2))
        if len(self.neighbors) > LISTED:
            lines.append(line(message("explain_knn_more", n=len(self.neighbors) - LISTED), depth=2))
        lines += self._weight_lines()
        lines += self._vote_lines() if self.classifier else self._mean_lines()
        mark = "✓" if self.matches else "✗"
        methods = "kneighbors, predict_proba, predict" if self.classifier else "kneighbors, predict"
        lines.append(line(message("explain_ml_check", methods=methods), f" {mark}", depth=1))
        return lines

    def _distance_lines(self) -> list:
        p = self.p
        metric = message("explain_knn_euclidean") if p == 2 else message("explain_knn_manhattan") if p == 1 else \
            message("explain_knn_minkowski", p=num(p))
        formula = {1: "d(x, x′) = Σⱼ |xⱼ − x′ⱼ|", 2: "d(x, x′) = √(Σⱼ (xⱼ − x′ⱼ)²)"}.get(
            p, "d(x, x′) = (Σⱼ |xⱼ − x′ⱼ|ᵖ)¹ᐟᵖ")
        nearest = self.neighbors[0]
        written = [_term(t, p) for t in self.terms]
        if len(written) > TERMS:
            written = written[:TERMS - 2] + ["…", written[-1]]
        total = sum(t["power"] for t in self.terms)
        inner = " + ".join(written)
        if p == 2:
            worked = f"d = √({inner}) = √({num(total)})"
        elif p == 1:
            worked = f"d = {inner}"
        else:
            root = "¹ᐟ" + _superscript(p)
            worked = f"d = ({inner}){root} = ({num(total)}){root}"
        return [line("(1) ", message("explain_knn_distance", metric=metric), Math(formula), depth=1),
                line(message("explain_knn_to_nearest", index=nearest["index"]),
                     Math(f"x′ = {vector(nearest['point'])}"), depth=2),
                line(Math(f"{worked} = {num(nearest['distance'])}"), depth=3)]

    def _weight_lines(self) -> list:
        if self.weights == "uniform":
            return [line("(3) ", message("explain_knn_uniform"), Math("wᵢ = 1"), depth=1)]
        lines = [line("(3) ", message("explain_knn_distance_weights"), Math("wᵢ = 1/dᵢ"), depth=1)]
        if any(n["distance"] == 0 for n in self.neighbors):
            lines.append(line(message("explain_knn_exact"), depth=2))
        return lines

    def _vote_lines(self) -> list:
        total = sum(v["weight"] for v in self.votes)
        lines = [line("(4) ", message("explain_knn_vote"), Math("P(c | x) = Σᵢ wᵢ·[y₍ᵢ₎ = c] / Σᵢ wᵢ"), depth=1)]
        shown = self.votes if len(self.votes) <= FEW_CLASSES else [v for v in self.votes if v["count"]]
        for v in shown:
            if self.weights == "uniform":
                share = Math(f"P = {num(v['weight'])}/{num(total)} = {num(v['proba'])}")
                lines.append(line(message("explain_knn_count", label=_label(v["label"]), count=v["count"],
                                          k=self.k), ",  ", share, depth=2))
            else:
                terms = [num(w) for w in v["terms"]]
                parts = " + ".join(terms if len(terms) <= TERMS else terms[:TERMS - 2] + ["…", terms[-1]]) or "0"
                sums = f"w = {parts} = {num(v['weight'])}" if len(v["terms"]) > 1 else f"w = {parts}"
                lines.append(line(f"{_label(v['label'])}: ",
                                  Math(f"{sums},  P = {num(v['weight'])}/{num(total)} = {num(v['proba'])}"),
                                  depth=2))
        if len(shown) < len(self.votes):
            lines.append(line(message("explain_knn_others"), Math("P = 0"), depth=2))
        lines.append(line(message("explain_knn_prediction", label=_label(self.prediction)), depth=2))
        return lines

    def _mean_lines(self) -> list:
        shown = self.neighbors[:TERMS]
        products = " + ".join(f"{num(n['weight'])}·{factor(n['label'])}" for n in shown)
        weights = " + ".join(num(n["weight"]) for n in shown)
        if len(self.neighbors) > TERMS:
            products, weights = products + " + …", weights + " + …"
        total = sum(n["weight"] for n in self.neighbors)
        weighted = sum(n["weight"] * n["label"] for n in self.neighbors)
        return [line("(4) ", message("explain_knn_mean"), Math("ŷ = Σᵢ wᵢ·y₍ᵢ₎ / Σᵢ wᵢ"), depth=1),
                line(Math(f"ŷ = ({products}) / ({weights})"), depth=2),
                line(Math(f"  = {num(weighted)}/{num(total)} = {num(self.prediction)}"), depth=2)]


def _label(value) -> str:
    return num(value) if isinstance(value, float) else str(value)


def _term(term: dict, p: float) -> str:
    """One feature's share of the distance: (0.5 − 1)², |0.5 − 1| or |0.5 − 1|ᵖ."""
    difference = f"{num(term['x'])} − {factor(term['x_train'])}"
    if p == 2:
        return f"({difference})²"
    if p == 1:
        return f"|{difference}|"
    return f"|{difference}|{_superscript(p)}"


def _superscript(p: float) -> str:
    """p as a superscript: ³ for a whole number, else the letter ᵖ."""
    return str(int(p)).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")) if p == int(p) else "ᵖ"


def _order(model) -> float:
    """p of the model's Minkowski distance."""
    return float({"euclidean": 2, "manhattan": 1}.get(model.effective_metric_)
                 or model.effective_metric_params_["p"])


def _weights(dist: np.ndarray, weights: str) -> np.ndarray:
    """(3): 1, or 1/d, where a neighbour at distance 0 takes all the weight (the other neighbours none)."""
    if weights == "uniform":
        return np.ones_like(dist)
    exact = dist == 0
    if exact.any():
        return exact.astype(float)
    return 1.0 / dist


def knn(model, x, *, lang: str | None = None) -> KNNResult:
    """The prediction of a fitted ``KNeighborsClassifier`` or ``KNeighborsRegressor`` for one sample, step by step.

    Parameters
    ----------
    model : KNeighborsClassifier or KNeighborsRegressor
        A fitted model of ``mldlab.ml``, or a pipeline that ends in one (x then goes through its steps first).
    x : array-like of shape (n_features,) or (1, n_features)
        The sample.
    lang : {'en', 'ko'}, optional
        The language of the rendering (and of any error).

    Returns
    -------
    KNNResult

    Examples
    --------
    >>> from mldlab.ml import KNeighborsClassifier
    >>> X = [[0, 0], [1, 0], [0, 1], [5, 5], [6, 5]]
    >>> knn_ = KNeighborsClassifier(n_neighbors=3).fit(X, ["blue", "blue", "blue", "red", "red"])
    >>> result = knn(knn_, [1, 1])
    >>> result.prediction, result.proba, result.matches
    ('blue', [1.0, 0.0], True)
    >>> print(result)
    k-nearest neighbours: KNeighborsClassifier with k = 3
    ─────────────────────────────────────────────────────
    Given: x = [1, 1]
      (1) Distance from x to every training point (euclidean, p = 2): d(x, x′) = √(Σⱼ (xⱼ − x′ⱼ)²)
        to the nearest one, training point #1: x′ = [1, 0]
          d = √((1 − 1)² + (1 − 0)²) = √(1) = 1
      (2) The k = 3 nearest training points:
        1. training point #1: x′ = [1, 0],  d = 1,  label blue
        2. training point #2: x′ = [0, 1],  d = 1,  label blue
        3. training point #0: x′ = [0, 0],  d = 1.414,  label blue
      (3) Every neighbour counts the same: wᵢ = 1
      (4) The vote: P(c | x) = Σᵢ wᵢ·[y₍ᵢ₎ = c] / Σᵢ wᵢ
        blue: 3 of 3 votes,  P = 3/3 = 1
        red: 0 of 3 votes,  P = 0/3 = 0
        Prediction: blue (the class with the most votes)
      The same as the model's kneighbors, predict_proba, predict ✓
    """
    op = "explain.knn"
    with in_language(lang):
        model, row, given, steps = one_sample(op, model, x, (KNeighborsClassifier, KNeighborsRegressor),
                                              "KNeighborsClassifier, KNeighborsRegressor")
        dist, ind = model.kneighbors(row)
        dist, ind = dist[0], ind[0]
        X_train, p = model._fit_X, _order(model)
        differences = np.abs(row[0] - X_train[ind])
        d = (differences ** p).sum(axis=1) ** (1 / p)  # (1)
        w = _weights(d, model.weights)  # (3)
        classifier = isinstance(model, KNeighborsClassifier)
        labels = model.classes_[model._y[ind]] if classifier else model._y[ind]
        nearest = X_train[ind[0]]
        terms = [{"j": j, "x": float(a), "x_train": float(b), "power": float(abs(a - b) ** p)}
                 for j, (a, b) in enumerate(zip(row[0], nearest))]
        neighbors = [{"rank": r, "index": int(i), "point": X_train[i].tolist(), "distance": float(di),
                      "label": lab.item() if hasattr(lab, "item") else lab, "weight": float(wi)}
                     for r, (i, di, lab, wi) in enumerate(zip(ind, d, labels, w), start=1)]
        matches = bool(np.allclose(d, dist, rtol=1e-9, atol=1e-12))
        if classifier:
            votes = [{"label": c.item() if hasattr(c, "item") else c, "count": int((labels == c).sum()),
                      "terms": w[labels == c].tolist(), "weight": float(w[labels == c].sum())}
                     for c in model.classes_]
            total = sum(v["weight"] for v in votes)
            for v in votes:
                v["proba"] = v["weight"] / total  # (4)
            proba = [v["proba"] for v in votes]
            prediction = votes[int(np.argmax(proba))]["label"]
            matches &= bool(np.allclose(proba, model.predict_proba(row)[0], rtol=1e-9, atol=1e-12))
            matches &= bool(model.predict(row)[0] == prediction)
        else:
            votes, proba = [], None
            prediction = float((w * labels).sum() / w.sum())  # (4)
            matches &= bool(np.isclose(prediction, model.predict(row)[0], rtol=1e-9, atol=1e-12))
        return KNNResult(type(model).__name__, classifier, len(ind), model.weights, p, given, steps, row[0].tolist(),
                         neighbors, terms, votes, proba, prediction, matches, lang=lang)
