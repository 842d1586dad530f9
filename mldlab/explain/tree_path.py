"""``explain.tree_path``: the way one sample takes through a fitted decision tree, with the impurity numbers at
every node.

At each node on the path, from the root down:

    (1) the node's N samples: class counts and pₖ = countₖ/N (classifier), or the mean ȳ (regressor)
    (2) its impurity:  Gini I = 1 − Σₖ pₖ²,  entropy I = −Σₖ pₖ·log₂ pₖ,  squared error I = (1/N)·Σᵢ (yᵢ − ȳ)²
    (3) its test xⱼ ≤ t: the sample goes left when its value is ≤ t, right otherwise
    (4) what the split bought: ΔI = I − (Nₗ/N)·Iₗ − (Nᵣ/N)·Iᵣ
    (5) at the leaf: the prediction, the most frequent class (pₖ as ``predict_proba``) or ȳ

With sample weights, N counts weights (``weighted_n_node_samples``). As the tree does, the sample is rounded to
float32 before it is compared with the thresholds. The path and the prediction must equal the model's
``apply`` and ``predict`` (``matches``).
"""

import dataclasses

import numpy as np

from mldlab.explain._estimator import given_lines, in_language, one_sample
from mldlab.explain._format import num, vector
from mldlab.explain._result import Math, Result, heading, line
from mldlab.i18n import message
from mldlab.ml.tree import DecisionTreeClassifier, DecisionTreeRegressor

TERMS = 6  # terms of Σₖ written out; beyond, the first few, …, the last


@dataclasses.dataclass(repr=False)
class TreePathResult(Result):
    """The ``path`` of one sample: per node its N, counts or mean, impurity and, above the leaf, the test, the way
    taken and the impurity decrease; then the ``prediction`` (and ``proba`` for a classifier). ``x`` is the sample
    as the tree sees it: ``x_given`` after the ``steps`` of a pipeline (none for a tree alone)."""

    estimator: str
    classifier: bool
    criterion: str
    classes: list | None
    feature_names: list
    x_given: list
    steps: list
    x: list
    path: list
    leaf: int
    prediction: object
    proba: list | None
    matches: bool

    kind = "tree_path"

    def _lines(self) -> list:
        lines = [heading(message("explain_tree_title", estimator=self.estimator))] + given_lines(self)
        for step in self.path:
            is_leaf = step["feature"] is None
            title = message("explain_tree_leaf", node=step["node"], depth=step["depth"]) if is_leaf else \
                message("explain_tree_node", node=step["node"], depth=step["depth"])
            lines.append(line(title, Math(f"N = {num(step['n'])}"), depth=1))
            lines += self._impurity_lines(step)
            if not is_leaf:
                lines += self._split_lines(step)
        if self.classifier:
            lines.append(line(message("explain_tree_class", label=_label(self.prediction)),
                              Math(f"P = {vector(self.proba)}"), depth=1))
        else:
            lines.append(line(message("explain_tree_value"), Math(f"ŷ = ȳ = {num(self.prediction)}"), depth=1))
        mark = "✓" if self.matches else "✗"
        lines.append(line(message("explain_ml_check", methods="apply, decision_path, predict"), f" {mark}", depth=1))
        return lines

    def _impurity_lines(self, step: dict) -> list:
        if not self.classifier:
            return [line(message("explain_tree_mean"), Math(f"ȳ = {num(step['value'])}"), ",  ",
                         message("explain_tree_squared_error"),
                         Math(f"I = (1/N)·Σᵢ (yᵢ − ȳ)² = (1/{num(step['n'])})·{num(step['n'] * step['impurity'])} "
                              f"= {num(step['impurity'])}"), depth=2)]
        counts = step["counts"]
        p = [c / step["n"] for c in counts]
        nonzero = [pk for pk in p if pk > 0]
        if self.criterion == "gini":
            terms = _shorten([f"{num(pk)}²" for pk in nonzero])
            formula = f"I = 1 − Σₖ pₖ² = 1 − ({' + '.join(terms)}) = {num(step['impurity'])}"
            name = message("explain_tree_gini")
        else:
            terms = _shorten([f"{num(pk)}·log₂ {num(pk)}" for pk in nonzero])
            formula = f"I = −Σₖ pₖ·log₂ pₖ = −({' + '.join(terms)}) = {num(step['impurity'])}"
            name = message("explain_tree_entropy")
        return [line(message("explain_tree_counts"), Math(f"{vector(counts)},  pₖ = {vector(p)}"), depth=2),
                line(name, Math(formula), depth=2)]

    def _split_lines(self, step: dict) -> list:
        sign = "≤" if step["goes_left"] else ">"
        way = message("explain_tree_left", node=step["next"]) if step["goes_left"] else \
            message("explain_tree_right", node=step["next"])
        decrease = (f"ΔI = I − (Nₗ/N)·Iₗ − (Nᵣ/N)·Iᵣ = {num(step['impurity'])} − ({num(step['n_left'])}/"
                    f"{num(step['n'])})·{num(step['impurity_left'])} − ({num(step['n_right'])}/{num(step['n'])})·"
                    f"{num(step['impurity_right'])} = {num(step['decrease'])}")
        return [line(message("explain_tree_test", feature=step["feature_name"], threshold=num(step["threshold"])),
                     Math(f"{num(step['x_value'])} {sign} {num(step['threshold'])}"), way, depth=2),
                line(message("explain_tree_decrease"), Math(decrease), depth=2)]


def _shorten(terms: list) -> list:
    return terms if len(terms) <= TERMS else terms[:TERMS - 2] + ["…", terms[-1]]


def _label(value) -> str:
    return num(value) if isinstance(value, float) else str(value)


def _impurity(counts: np.ndarray, criterion: str) -> float:
    """(2) Gini or entropy from the class counts of a node."""
    p = counts / counts.sum()
    p = p[p > 0]
    return float(1.0 - (p * p).sum()) if criterion == "gini" else float(-(p * np.log2(p)).sum())


def _names(op: str, model, feature_names) -> list:
    if feature_names is None:
        return [f"feature_{j}" for j in range(model.n_features_in_)]
    names = [str(name) for name in feature_names]
    if len(names) != model.n_features_in_:
        raise ValueError(message("explain_tree_names", op=op, got=len(names), expected=model.n_features_in_))
    return names


def tree_path(model, x, *, feature_names=None, lang: str | None = None) -> TreePathResult:
    """The path of one sample through a fitted ``DecisionTreeClassifier`` or ``DecisionTreeRegressor``.

    Parameters
    ----------
    model : DecisionTreeClassifier or DecisionTreeRegressor
        A fitted tree of ``mldlab.ml``, or a pipeline that ends in one (x then goes through its steps first).
    x : array-like of shape (n_features,) or (1, n_features)
        The sample.
    feature_names : list of str, optional
        One name per feature (default ``feature_0``, ``feature_1``, …, as ``export_text``).
    lang : {'en', 'ko'}, optional
        The language of the rendering (and of any error).

    Returns
    -------
    TreePathResult

    Examples
    --------
    >>> from mldlab.ml import DecisionTreeClassifier
    >>> X = [[1.0, 0.0], [2.0, 1.0], [3.0, 0.0], [4.0, 1.0]]
    >>> tree = DecisionTreeClassifier().fit(X, ["no", "no", "yes", "yes"])
    >>> result = tree_path(tree, [3.5, 0.0], feature_names=["age", "owns_car"])
    >>> [step["node"] for step in result.path], result.prediction
    ([0, 2], 'yes')
    >>> print(result)
    The path of one sample through DecisionTreeClassifier
    ─────────────────────────────────────────────────────
    Given: x = [3.5, 0]
      Node #0 (depth 0): N = 4
        class counts: [2, 2],  pₖ = [0.5, 0.5]
        Gini impurity: I = 1 − Σₖ pₖ² = 1 − (0.5² + 0.5²) = 0.5
        Test “age ≤ 2.5”: 3.5 > 2.5 → right, to node #2
        Impurity decrease of this split: ΔI = I − (Nₗ/N)·Iₗ − (Nᵣ/N)·Iᵣ = 0.5 − (2/4)·0 − (2/4)·0 = 0.5
      Leaf #2 (depth 1): N = 2
        class counts: [0, 2],  pₖ = [0, 1]
        Gini impurity: I = 1 − Σₖ pₖ² = 1 − (1²) = 0
      Prediction: yes (the most frequent class in the leaf),  P = [0, 1]
      The same as the model's apply, decision_path, predict ✓
    """
    op = "explain.tree_path"
    with in_language(lang):
        model, row, given, steps = one_sample(op, model, x, (DecisionTreeClassifier, DecisionTreeRegressor),
                                              "DecisionTreeClassifier, DecisionTreeRegressor")
        names = _names(op, model, feature_names)
        value_of = row[0].astype(np.float32).astype(np.float64)  # the tree compares float32 values
        tree, classifier = model.tree_, isinstance(model, DecisionTreeClassifier)
        weighted, impurity = tree.weighted_n_node_samples, tree.impurity + 0.0  # + 0.0: a pure node's −0 is 0
        node, depth, path, matches = 0, 0, [], True
        while True:
            value = np.asarray(tree.value[node], dtype=float).ravel()
            step = {"node": node, "depth": depth, "n": float(weighted[node]),
                    "n_samples": int(tree.n_node_samples[node]), "impurity": float(impurity[node]), "feature": None}
            if classifier:
                counts = value / value.sum() * weighted[node]  # (1)
                step["counts"] = counts.tolist()
                matches &= bool(np.isclose(_impurity(counts, model.criterion.replace("log_loss", "entropy")),
                                           impurity[node], rtol=1e-9, atol=1e-12))  # (2)
            else:
                step["value"] = float(value[0])
            path.append(step)
            left, right = int(tree.children_left[node]), int(tree.children_right[node])
            if left < 0:
                break
            j, t = int(tree.feature[node]), float(tree.threshold[node])
            goes_left = bool(value_of[j] <= t)  # (3)
            n_l, n_r = float(weighted[left]), float(weighted[right])
            step.update(feature=j, feature_name=names[j], threshold=t, x_value=float(value_of[j]), goes_left=goes_left,
                        next=left if goes_left else right, n_left=n_l, n_right=n_r,
                        impurity_left=float(impurity[left]), impurity_right=float(impurity[right]),
                        decrease=float(impurity[node] - n_l / weighted[node] * impurity[left]
                                       - n_r / weighted[node] * impurity[right]))  # (4)
            node, depth = step["next"], depth + 1
        nodes = [s["node"] for s in path]
        matches &= bool(model.apply(row)[0] == node)
        matches &= bool(np.array_equal(np.flatnonzero(model.decision_path(row)[0]), sorted(nodes)))
        if classifier:  # (5)
            proba = (value / value.sum()).tolist()
            prediction = model.classes_[int(np.argmax(proba))]
            prediction = prediction.item() if hasattr(prediction, "item") else prediction
            matches &= bool(model.predict(row)[0] == prediction)
            matches &= bool(np.allclose(model.predict_proba(row)[0], proba, rtol=1e-12, atol=1e-12))
        else:
            proba, prediction = None, float(value[0])
            matches &= bool(model.predict(row)[0] == prediction)
        classes = model.classes_.tolist() if classifier else None
        criterion = {"log_loss": "entropy"}.get(model.criterion, model.criterion)
        return TreePathResult(type(model).__name__, classifier, criterion, classes, names, given, steps,
                              row[0].tolist(), path, node, prediction, proba, matches, lang=lang)
