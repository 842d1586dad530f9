"""The numbers of the lesson pages knn, tree and forest (session 2): 2-D data, a model of ``mldlab.ml``, its regions.

Each page posts its controls as a JSON object to ``/api/lessons/<page>`` (``ml_bodies``) and draws what comes back.
Every number is computed here by ``mldlab.ml`` (``KNeighborsClassifier``, ``DecisionTreeClassifier``,
``RandomForestClassifier``) on a data set of ``mldlab.data.registry`` split by ``lab.dataset.split``; the browser
never recomputes a model.

    knn      the k nearest training points of a query point x, their distances d(x, x') = (Σⱼ |xⱼ − x'ⱼ|ᵖ)^(1/p),
             their weights and the vote P(c | x) = Σᵢ wᵢ·[y₍ᵢ₎ = c] / Σᵢ wᵢ; the decision regions (predict on a grid)
             and the training and test accuracy for every k from 1 to 30 (k = 1 overfits, a large k underfits)
    tree     a tree grown split by split, best first (the split with the largest N_t·ΔI first, as scikit-learn's
             ``max_leaf_nodes``): after s steps, the first s splits, their Gini or entropy numbers
             ΔI = I(node) − (Nₗ/N)·I(left) − (Nᵣ/N)·I(right), the tree drawn so far and its regions
    forest   a random forest: each tree's vote for a point, the average of their P(c | x) (the forest's predict_proba)
             and the majority of their votes, a few trees' regions beside the forest's

The grid of a page's regions has ``GRID`` points a side over the data's extent, row 0 at the top (x₂ largest).
A bad body gets ``{"error": {"code", "message", "field"}}`` in the request's language.
"""

import functools
import math

import numpy as np
from fastapi import APIRouter, Request

from mldlab import explain
from mldlab.data import registry
from mldlab.lab import ml_bodies as bodies
from mldlab.lab._lesson_requests import answer
from mldlab.lab.dataset import split
from mldlab.ml import DecisionTreeClassifier, KNeighborsClassifier, RandomForestClassifier

router = APIRouter()

GRID = 64
"""Points a side of the grid of decision regions."""
K_MAX = 30
"""The largest k of the accuracy-against-k curve."""
SMALL_GRID = 40
"""Points a side of the small pictures of single trees."""
MAX_BODY = 4096
_answer = functools.partial(answer, check=bodies.check, max_body=MAX_BODY, buckets_name="ml_lesson_buckets")
"""Every page of this router is answered by ``_lesson_requests.answer`` with these bodies' checks."""


def _round(value, digits: int = 6):
    """Numbers to ``digits`` significant digits, to keep the answers small (NaN and ±∞ become None)."""
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_round(v, digits) for v in value]
    value = float(value)
    return float(f"{value:.{digits}g}") if math.isfinite(value) else None


@functools.lru_cache(maxsize=32)
def _data(dataset: str, n_samples: int, noise: float | None, seed: int, test_ratio: float):
    """The points of a data set, split into training and test points (``lab.dataset.split``)."""
    X, y, _, class_names = registry.get(dataset, n_samples=n_samples, noise=noise, seed=seed)
    return split(X, y, registry.task(dataset), test_ratio, seed, class_names)


def _points(body):
    return _data(body.dataset, body.n_samples, body.noise, body.seed, body.test_ratio)


def _grid(extent: list, n: int = GRID) -> np.ndarray:
    """The n × n points over ``extent`` [x1min, x1max, x2min, x2max], row by row from the top."""
    x1, x2 = np.meshgrid(np.linspace(extent[0], extent[1], n), np.linspace(extent[3], extent[2], n))
    return np.stack([x1.ravel(), x2.ravel()], axis=1)


def _regions(proba: np.ndarray, extent: list, n: int = GRID) -> dict:
    """What the page paints: each grid point's class (argmax of P) and that class's probability."""
    return {"n": n, "extent": extent, "classes": np.argmax(proba, axis=1).tolist(),
            "values": _round(proba.max(axis=1), 3)}


def _query(body, points) -> list:
    """The query point: the body's, else the middle of the data."""
    if body.x is not None:
        return list(body.x)
    extent = points.extent()
    return [_round((extent[0] + extent[1]) / 2, 3), _round((extent[2] + extent[3]) / 2, 3)]


@functools.lru_cache(maxsize=32)
def _k_curve(data_key: tuple, weights: str, p: float) -> dict:
    """Training and test accuracy of k = 1 … K_MAX neighbours (at most the number of training points)."""
    points = _data(*data_key)
    ks = list(range(1, min(K_MAX, len(points.x_train)) + 1))
    train, test = [], []
    for k in ks:
        model = KNeighborsClassifier(n_neighbors=k, weights=weights, p=p).fit(points.x_train, points.y_train)
        train.append(_round(model.score(points.x_train, points.y_train), 4))
        test.append(_round(model.score(points.x_test, points.y_test), 4))
    return {"k": ks, "train": train, "test": test}


def _knn(body, lang: str) -> dict:
    """The k nearest training points of x and their vote (``explain.knn``: ``kneighbors``, ``predict_proba``,
    ``predict`` with their numbers), the accuracies and the regions (``predict_proba`` on the grid)."""
    points = _points(body)
    k = min(body.n_neighbors, len(points.x_train))
    model = KNeighborsClassifier(n_neighbors=k, weights=body.weights, p=body.p).fit(points.x_train, points.y_train)
    x = _query(body, points)
    result = explain.knn(model, x, lang=lang)
    votes = {vote["label"]: vote["weight"] for vote in result.votes}
    out = {"data": points.to_dict(), "k": k, "p": body.p, "weights": body.weights, "text": str(result),
           "query": {"x": x, "prediction": int(result.prediction), "proba": _round(result.proba, 4),
                     "votes": _round([votes.get(c, 0.0) for c in model.classes_]),
                     "total": _round(sum(votes.values())), "radius": _round(result.neighbors[-1]["distance"]),
                     "matches": result.matches,
                     "neighbours": [{"index": n["index"], "x": _round(n["point"], 4), "y": int(n["label"]),
                                     "distance": _round(n["distance"]), "weight": _round(n["weight"])}
                                    for n in result.neighbors]},
           "accuracy": {"train": _round(model.score(points.x_train, points.y_train), 4),
                        "test": _round(model.score(points.x_test, points.y_test), 4)},
           "regions": None, "curve": None}
    if body.regions:
        out["regions"] = _regions(model.predict_proba(_grid(points.extent())), points.extent())
        out["curve"] = _k_curve((body.dataset, body.n_samples, body.noise, body.seed, body.test_ratio), body.weights,
                                body.p)
    return out


def split_order(tree) -> list:
    """The internal nodes of a fitted ``tree_`` in best-first order: from the nodes reached so far (the root first),
    always the one whose split lowers N·I the most, N_t·I_t − Nₗ·Iₗ − Nᵣ·Iᵣ (scikit-learn's ``max_leaf_nodes``
    growth); equal decreases by node id."""
    left, right = tree.children_left, tree.children_right
    gain = tree.n_node_samples * tree.impurity
    frontier, order = ({0} if left[0] >= 0 else set()), []
    while frontier:
        node = max(frontier, key=lambda t: (gain[t] - gain[left[t]] - gain[right[t]], -t))
        frontier.remove(node)
        order.append(int(node))
        frontier.update(int(c) for c in (left[node], right[node]) if left[c] >= 0)
    return order


def _node(tree, node: int, classes) -> dict:
    n = int(tree.n_node_samples[node])
    counts = np.rint(tree.value[node] * n).astype(int)
    return {"id": int(node), "n": n, "counts": counts.tolist(), "impurity": _round(tree.impurity[node]),
            "class": int(classes[np.argmax(tree.value[node])])}


def _tree(body, lang: str) -> dict:
    """A tree after its first ``step`` splits (best first), the numbers of each split, its regions and accuracy.

    The tree of s splits is ``DecisionTreeClassifier(max_leaf_nodes=s + 1)``, grown best first; with s = 0 only
    the root: the majority class everywhere. With a point ``x``, its path down the tree (``explain.tree_path``).
    """
    points = _points(body)
    params = {"criterion": body.criterion, "max_depth": body.max_depth, "random_state": 0}
    full = DecisionTreeClassifier(**params).fit(points.x_train, points.y_train)
    n_splits = full.tree_.node_count - full.get_n_leaves()
    step = min(body.step, n_splits)
    model = full
    if 0 < step < n_splits:
        model = DecisionTreeClassifier(**params, max_leaf_nodes=step + 1).fit(points.x_train, points.y_train)
    tree, extent = model.tree_, points.extent()
    order = split_order(tree)[:step]
    split_nodes = set(order)
    boxes, depth, parent, splits = {0: list(extent)}, {0: 0}, {}, []
    for s, node in enumerate(order):
        left, right = int(tree.children_left[node]), int(tree.children_right[node])
        j, t = int(tree.feature[node]), float(tree.threshold[node])
        box = boxes[node]
        boxes[left], boxes[right] = list(box), list(box)
        boxes[left][2 * j + 1] = boxes[right][2 * j] = t
        depth[left] = depth[right] = depth[node] + 1
        parent[left] = parent[right] = node
        n, n_left, n_right = (int(tree.n_node_samples[i]) for i in (node, left, right))
        decrease = tree.impurity[node] - n_left / n * tree.impurity[left] - n_right / n * tree.impurity[right]
        splits.append({"step": s + 1, **_node(tree, node, model.classes_), "depth": depth[node], "feature": j,
                       "threshold": _round(t), "box": _round(box), "decrease": _round(decrease),
                       "weighted_decrease": _round(n / tree.n_node_samples[0] * decrease),
                       "left": _node(tree, left, model.classes_), "right": _node(tree, right, model.classes_)})
    nodes = []
    shown = [0] + [int(c) for split in order for c in (tree.children_left[split], tree.children_right[split])]
    for node in shown:
        entry = {**_node(tree, node, model.classes_), "depth": depth[node], "parent": parent.get(node, -1)}
        if node in split_nodes:
            entry.update(feature=int(tree.feature[node]), threshold=_round(tree.threshold[node]),
                         left=int(tree.children_left[node]), right=int(tree.children_right[node]),
                         step=order.index(node) + 1)
        nodes.append(entry)
    grid = _grid(extent)
    if step == 0:       # the root alone: its class fractions everywhere
        proba = np.tile(tree.value[0], (len(grid), 1))
        accuracy = {name: _round(np.mean(y == model.classes_[np.argmax(tree.value[0])]), 4)
                    for name, y in (("train", points.y_train), ("test", points.y_test))}
    else:
        proba = model.predict_proba(grid)
        accuracy = {"train": _round(model.score(points.x_train, points.y_train), 4),
                    "test": _round(model.score(points.x_test, points.y_test), 4)}
    out = {"data": points.to_dict(), "criterion": body.criterion, "max_depth": body.max_depth, "step": step,
           "n_splits": n_splits, "splits": splits, "nodes": nodes, "accuracy": accuracy,
           "regions": _regions(proba, extent), "path": None, "text": None}
    if body.x is not None and step > 0:
        result = explain.tree_path(model, body.x, feature_names=["x₁", "x₂"], lang=lang)
        out.update(path={"x": list(body.x), "nodes": [p["node"] for p in result.path], "leaf": result.leaf,
                         "prediction": int(result.prediction), "proba": _round(result.proba, 4),
                         "matches": result.matches}, text=str(result))
    return out


def _full_proba(tree, X: np.ndarray, n_classes: int) -> np.ndarray:
    """A forest tree's P(c | x) over all the classes (its bootstrap sample may have missed one)."""
    proba = np.zeros((len(X), n_classes))
    proba[:, tree.classes_.astype(int)] = tree.predict_proba(X)
    return proba


@functools.lru_cache(maxsize=16)
def _fitted_forest(data_key: tuple, forest_key: tuple, shown: int) -> tuple:
    """The forest of a body (all but its point ``x``), its regions, the first ``shown`` trees' regions, their
    bootstrap samples, and a single tree on all the training points for comparison."""
    points = _data(*data_key)
    n_estimators, max_features, bootstrap, max_depth, random_state = forest_key
    forest = RandomForestClassifier(n_estimators=n_estimators, max_features=max_features, bootstrap=bootstrap,
                                    max_depth=max_depth, random_state=random_state).fit(points.x_train,
                                                                                        points.y_train)
    single = DecisionTreeClassifier(max_depth=max_depth, random_state=random_state).fit(points.x_train,
                                                                                      points.y_train)
    extent, K = points.extent(), len(forest.classes_)
    small = _grid(extent, SMALL_GRID)
    n_train = len(points.x_train)
    trees = []
    for m, (tree, rows) in enumerate(zip(forest.estimators_[:shown], forest.estimators_samples_[:shown])):
        proba = _full_proba(tree, small, K)
        test = forest.classes_[np.argmax(_full_proba(tree, points.x_test, K), axis=1)]
        trees.append({"index": m, "regions": _regions(proba, extent, SMALL_GRID),
                      "in_bag": np.bincount(rows, minlength=n_train).tolist(),
                      "depth": tree.get_depth(), "leaves": tree.get_n_leaves(),
                      "test_accuracy": _round(np.mean(test == points.y_test), 4)})
    answer = {"data": points.to_dict(), "n_estimators": n_estimators, "trees": trees,
              "regions": _regions(forest.predict_proba(_grid(extent)), extent),
              "accuracy": {"train": _round(forest.score(points.x_train, points.y_train), 4),
                           "test": _round(forest.score(points.x_test, points.y_test), 4)},
              "single": {"regions": _regions(single.predict_proba(small), extent, SMALL_GRID),
                         "depth": single.get_depth(), "leaves": single.get_n_leaves(),
                         "accuracy": {"train": _round(single.score(points.x_train, points.y_train), 4),
                                      "test": _round(single.score(points.x_test, points.y_test), 4)}}}
    return forest, answer


def _forest(body, lang: str) -> dict:
    """A random forest: its regions, a few of its trees', and every tree's vote for the point x."""
    data_key = (body.dataset, body.n_samples, body.noise, body.seed, body.test_ratio)
    forest_key = (body.n_estimators, body.max_features, body.bootstrap, body.max_depth, body.random_state)
    forest, cached = _fitted_forest(data_key, forest_key, min(body.trees, body.n_estimators))
    x = _query(body, _points(body))
    K = len(forest.classes_)
    proba = np.array([_full_proba(tree, np.array([x]), K)[0] for tree in forest.estimators_])
    votes = np.argmax(proba, axis=1)
    counts = np.bincount(votes, minlength=K)
    return {**cached, "query": {"x": x, "votes": votes.tolist(), "tree_proba": _round(proba, 4),
                                "counts": counts.tolist(), "majority": int(forest.classes_[np.argmax(counts)]),
                                "proba": _round(forest.predict_proba([x])[0], 4),
                                "prediction": int(forest.predict([x])[0])}}


@router.post("/knn")
async def knn_lesson(request: Request):
    """The k nearest neighbours of a point, their distances and vote, and the decision regions for that k."""
    return await _answer(request, bodies.Knn, _knn)


@router.post("/tree")
async def tree_lesson(request: Request):
    """A decision tree after its first splits: the splits' impurity numbers, the tree so far and its regions."""
    return await _answer(request, bodies.Tree, _tree)


@router.post("/forest")
async def forest_lesson(request: Request):
    """A random forest: each tree's vote for a point, the average and the majority, its regions and a few trees'."""
    return await _answer(request, bodies.Forest, _forest)
