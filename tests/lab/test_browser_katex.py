"""Every formula the teaching layer writes renders in the lab's vendored KaTeX without an error.

The lab shows ``explain``'s formulas with KaTeX, which refuses some LaTeX that a Markdown viewer might let through
(``\\sqrt\\hat{v}`` needs braces: ``\\sqrt{\\hat{v}}``). So the formulas of every explanation, for every optimizer,
activation and loss, in both languages, go through ``katex.renderToString`` with ``throwOnError`` in Chromium.
"""

import pathlib

import numpy as np
import pytest

import mldlab
from mldlab import explain, nn, optim
from mldlab.explain._result import Math
from mldlab.ml import (
    AdaBoostClassifier,
    DecisionTreeClassifier,
    DecisionTreeRegressor,
    GradientBoostingClassifier,
    GradientBoostingRegressor,
    KNeighborsClassifier,
    KNeighborsRegressor,
)
from mldlab.ml.kmeans import KMeans
from mldlab.ml.pca import PCA

VENDOR = pathlib.Path(__file__).resolve().parents[2] / "mldlab" / "lab" / "static" / "vendor"
KATEX = next(d.name for d in VENDOR.iterdir() if d.name.startswith("katex"))
OPTIMIZERS = {
    "sgd": lambda p: optim.SGD(p, lr=0.1),
    "momentum": lambda p: optim.SGD(p, lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.01),
    "adagrad": lambda p: optim.Adagrad(p, lr=0.1, lr_decay=0.01),
    "adadelta": lambda p: optim.Adadelta(p),
    "rmsprop": lambda p: optim.RMSprop(p, centered=True, momentum=0.9),
    "rmsprop_plain": lambda p: optim.RMSprop(p),
    "adam": lambda p: optim.Adam(p, lr=0.01),
    "adamw": lambda p: optim.AdamW(p, lr=0.01, amsgrad=True),
}


def _formulas(result) -> list:
    """The LaTeX of every formula in ``result`` (what the lab hands to KaTeX)."""
    with result._language():
        lines = result._lines()
    return [part.latex for item in lines for part in item.parts if isinstance(part, Math)]


def _explanations(lang: str) -> list:
    mldlab.manual_seed(0)
    net = nn.Sequential(nn.Linear(2, 2), nn.Sigmoid(), nn.Linear(2, 1), nn.Sigmoid())
    x, y = mldlab.tensor([[4.0, 5.0], [1.0, -2.0]]), mldlab.tensor([[1.0], [0.0]])
    results = [explain.perceptron(lang=lang), explain.forward(net, x, lang=lang),
               explain.backprop(net, x[:1], y[:1], loss="bce", detail="paths", lang=lang)]
    for make in OPTIMIZERS.values():
        results.append(explain.gradient_step(net, make(net.parameters()), x, y, loss="bce", lang=lang))
    for name in ("sigmoid", "tanh", "relu", "leaky_relu", "linear"):
        results.append(explain.activation(name, lang=lang))
    results += [explain.loss("bce", [1, 0, 1], [0.1, 0.8, 0.6], lang=lang),
                explain.loss("mse", [3.0, 1.0], [2.5, 0.0], lang=lang),
                explain.loss("cross_entropy", [2, 0], [[0.1, 0.2, 0.7], [0.8, 0.1, 0.1]], lang=lang)]
    return [latex for result in results + _ml_explanations(lang) + _unsup_explanations(lang)
            for latex in _formulas(result)]


def _ml_explanations(lang: str) -> list:
    """explain.knn, least_squares, tree_path and boosting_round on small data, every distance, criterion, loss
    and model kind."""
    X = np.array([[0.0, 1.0, 2.0], [1.0, 0.5, -1.0], [2.0, 2.0, 0.0], [3.0, -1.0, 1.0], [4.0, 0.0, 0.5],
                  [5.0, 1.5, -0.5]])
    labels, y = np.array([0, 0, 1, 1, 2, 2]), np.array([1.0, 2.0, 2.5, 4.0, 5.5, 6.0])
    x = [2.5, 0.5, 0.0]
    results = [explain.knn(KNeighborsClassifier(3, weights=weights, p=p).fit(X, labels), x, lang=lang)
               for weights, p in (("uniform", 2), ("distance", 1), ("distance", 3), ("uniform", 1.5))]
    results += [explain.knn(KNeighborsRegressor(2).fit(X, y), X[1], lang=lang),
                explain.knn(KNeighborsRegressor(2, weights="distance").fit(X, y), X[1], lang=lang),
                explain.least_squares(X[:, :1], y, lang=lang), explain.least_squares(X, y, alpha=0.5, lang=lang),
                explain.least_squares(X[:, :2], y, fit_intercept=False, lang=lang),
                explain.least_squares(np.c_[X, X[:, :1]], y, lang=lang)]
    results += [explain.tree_path(DecisionTreeClassifier(criterion=c).fit(X, labels), x, lang=lang)
                for c in ("gini", "entropy")]
    results.append(explain.tree_path(DecisionTreeRegressor().fit(X, y), x, feature_names=["a", "b", "c"], lang=lang))
    noisy = np.array([0, 1, 1, 0, 2, 2])
    results += [explain.boosting_round(AdaBoostClassifier(n_estimators=2).fit(X, noisy), X, noisy, 1, lang=lang),
                explain.boosting_round(AdaBoostClassifier().fit(X, labels), X, labels, lang=lang)]
    results += [explain.boosting_round(GradientBoostingClassifier(n_estimators=2).fit(X, t), X, t, 1, lang=lang)
                for t in (noisy, noisy > 0)]
    results += [explain.boosting_round(GradientBoostingRegressor(n_estimators=2, loss=loss).fit(X, y), X, y, 1,
                                       lang=lang) for loss in ("squared_error", "absolute_error", "huber", "quantile")]
    return results


def _unsup_explanations(lang: str) -> list:
    """explain.kmeans (given centres, an empty cluster, many centres, a model) and explain.pca (plain, whitened,
    many features)."""
    X = np.array([[0.0, 1.0], [1.0, 0.5], [2.0, 2.0], [6.0, -1.0], [7.0, 0.0], [8.0, 1.5]])
    wide = np.c_[X, X ** 2, X[:, :1] - X[:, 1:]]
    return [explain.kmeans(X, X[:2], lang=lang), explain.kmeans(X, [[0.0, 0.0], [9.0, 9.0], [99.0, 0.0]], lang=lang),
            explain.kmeans(np.r_[wide, wide + 1], wide, lang=lang), explain.kmeans(KMeans(2).fit(X), X, lang=lang),
            explain.pca(X, lang=lang), explain.pca(PCA(1, whiten=True).fit(X), X, lang=lang),
            explain.pca(wide, sample=2, lang=lang)]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_explain_formula_renders_in_katex(page, lab_url, lang):
    formulas = sorted(set(_explanations(lang)))
    assert len(formulas) > 40
    page.goto(lab_url + "/static/common/lab.css")
    page.add_script_tag(url=f"{lab_url}/static/vendor/{KATEX}/katex.min.js")
    failures = page.evaluate("""(formulas) => formulas.flatMap((f) => {
        try { katex.renderToString(f, {throwOnError: true}); return []; }
        catch (e) { return [f + '  →  ' + e.message]; } })""", formulas)
    assert failures == []
    assert page.errors == []

