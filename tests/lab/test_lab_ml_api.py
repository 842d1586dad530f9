"""The session-2 lesson pages' API (/api/lessons/knn, tree, forest).

Every number is what ``mldlab.ml`` computes on the same points (the query's neighbours and vote are
``kneighbors``/``predict_proba``/``predict``, the regions are ``predict`` on the grid), and scikit-learn agrees:
its KNN on the same points, its tree grown with ``max_leaf_nodes = s + 1`` for the first s splits of the page's
best-first order. Every bad body gets the lab's error format with the field named, in Korean and in English.
"""

import json

import numpy as np
import pytest

fastapi = pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402
from lesson_api_calls import has_korean, ok, post  # noqa: E402

from mldlab.data import registry  # noqa: E402
from mldlab.lab import _errors, ml_api  # noqa: E402
from mldlab.lab.dataset import split  # noqa: E402
from mldlab.ml import DecisionTreeClassifier, KNeighborsClassifier, RandomForestClassifier  # noqa: E402


@pytest.fixture(scope="module")
def client():
    app = fastapi.FastAPI()
    _errors.install(app)
    app.include_router(ml_api.router, prefix="/api/lessons")
    return TestClient(app)


def points(dataset="moons", n_samples=100, noise=None, seed=0, test_ratio=0.3):
    X, y, _, names = registry.get(dataset, n_samples=n_samples, noise=noise, seed=seed)
    return split(X, y, registry.task(dataset), test_ratio, seed, names)


def grid(regions) -> np.ndarray:
    """The grid points of an answer's regions, row 0 at the top (x₂ largest)."""
    n, (a, b, c, d) = regions["n"], regions["extent"]
    x1, x2 = np.meshgrid(np.linspace(a, b, n), np.linspace(d, c, n))
    return np.stack([x1.ravel(), x2.ravel()], axis=1)


def test_knn_the_data_is_the_registrys_split(client):
    out = ok(client, "knn", {"dataset": "circles", "n_samples": 60, "seed": 3})
    p = points("circles", 60, seed=3)
    np.testing.assert_allclose(out["data"]["train"]["x"], p.x_train, atol=1e-4)
    assert out["data"]["test"]["y"] == p.y_test.tolist() and out["data"]["extent"] == p.extent()


@pytest.mark.parametrize(("k", "weights", "p"), [(1, "uniform", 2.0), (5, "uniform", 2.0), (7, "distance", 1.0),
                                                 (15, "distance", 3.0)])
def test_knn_query_and_regions_are_mldlabs_and_sklearns(client, sklearn, k, weights, p):
    body = {"dataset": "moons", "n_samples": 120, "seed": 1, "n_neighbors": k, "weights": weights, "p": p,
            "x": [0.4, 0.1]}
    out = ok(client, "knn", body)
    data = points("moons", 120, seed=1)
    model = KNeighborsClassifier(n_neighbors=k, weights=weights, p=p).fit(data.x_train, data.y_train)
    dist, ind = model.kneighbors([[0.4, 0.1]])
    q = out["query"]
    assert [n["index"] for n in q["neighbours"]] == ind[0].tolist()
    np.testing.assert_allclose([n["distance"] for n in q["neighbours"]], dist[0], rtol=1e-5)
    assert q["prediction"] == model.predict([[0.4, 0.1]])[0]
    np.testing.assert_allclose(q["proba"], model.predict_proba([[0.4, 0.1]])[0], atol=1e-4)
    np.testing.assert_allclose(np.array(q["votes"]) / q["total"], q["proba"], atol=1e-4)   # P(c|x) = Σ w[y=c] / Σ w
    expected_w = np.ones(k) if weights == "uniform" else 1 / dist[0]
    np.testing.assert_allclose([n["weight"] for n in q["neighbours"]], expected_w, rtol=1e-5)
    assert q["radius"] == pytest.approx(dist[0, -1], rel=1e-5)
    X = grid(out["regions"])
    assert out["regions"]["classes"] == model.predict(X).tolist()
    np.testing.assert_allclose(out["regions"]["values"], model.predict_proba(X).max(axis=1), atol=1e-3)
    reference = sklearn.neighbors.KNeighborsClassifier(n_neighbors=k, weights=weights, p=p)
    reference.fit(data.x_train, data.y_train)
    assert q["prediction"] == reference.predict([[0.4, 0.1]])[0]
    assert (reference.predict(X) == np.array(out["regions"]["classes"])).mean() >= 0.999   # ties may differ
    assert out["accuracy"]["test"] == pytest.approx(reference.score(data.x_test, data.y_test), abs=1e-4)
    assert out["accuracy"]["train"] == pytest.approx(reference.score(data.x_train, data.y_train), abs=1e-4)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_knn_the_engines_explanation_in_the_language(client, lang):
    out = ok(client, "knn", {"x": [0.5, 0.0], "regions": False}, lang=lang)
    assert out["query"]["matches"] is True and has_korean(out["text"]) == (lang == "ko")
    assert f"k = {out['k']}" in out["text"] and "✓" in out["text"]


def test_knn_accuracy_against_k_is_knns_score(client):
    out = ok(client, "knn", {"dataset": "circles", "n_samples": 120, "noise": 0.3, "weights": "uniform"})
    curve = out["curve"]
    assert curve["k"] == list(range(1, 31)) and curve["train"][0] == 1.0          # k = 1: each point its own vote
    data = points("circles", 120, noise=0.3)
    for k in (1, 7, 30):
        model = KNeighborsClassifier(n_neighbors=k).fit(data.x_train, data.y_train)
        assert curve["test"][k - 1] == pytest.approx(model.score(data.x_test, data.y_test), abs=1e-4)
        assert curve["train"][k - 1] == pytest.approx(model.score(data.x_train, data.y_train), abs=1e-4)
    assert out["accuracy"]["test"] == curve["test"][out["k"] - 1]


def test_knn_k1_fits_the_training_points_and_without_regions(client):
    out = ok(client, "knn", {"n_neighbors": 1, "regions": False})
    assert out["accuracy"]["train"] == 1.0 and out["regions"] is None and len(out["query"]["neighbours"]) == 1
    assert out["curve"] is None
    assert out["query"]["x"] == pytest.approx([(out["data"]["extent"][0] + out["data"]["extent"][1]) / 2,
                                               (out["data"]["extent"][2] + out["data"]["extent"][3]) / 2], abs=1e-3)


def test_knn_a_training_point_itself_takes_all_the_distance_weight(client):
    data = points("xor", 50, seed=2)
    out = ok(client, "knn", {"dataset": "xor", "n_samples": 50, "seed": 2, "n_neighbors": 5, "weights": "distance",
                             "x": data.x_train[4].tolist(), "regions": False})
    weights = [n["weight"] for n in out["query"]["neighbours"]]
    assert weights[0] == 1.0 and weights[1:] == [0.0] * 4 and out["query"]["prediction"] == data.y_train[4]


def test_knn_k_larger_than_the_training_set_uses_them_all(client):
    out = ok(client, "knn", {"n_samples": 20, "n_neighbors": 50, "regions": False})
    assert out["k"] == 14 == len(out["query"]["neighbours"])          # 20 points, 6 for testing


def _partial_tree(sklearn, body, step):
    data = points(body.get("dataset", "moons"), body.get("n_samples", 100), seed=body.get("seed", 0))
    reference = sklearn.tree.DecisionTreeClassifier(criterion=body.get("criterion", "gini"),
                                                    max_depth=body.get("max_depth", 4), max_leaf_nodes=step + 1,
                                                    random_state=0)
    return data, reference.fit(data.x_train, data.y_train)


@pytest.mark.parametrize("body", [{"dataset": "moons", "max_depth": 4},
                                  {"dataset": "xor", "n_samples": 150, "criterion": "entropy", "max_depth": 5},
                                  {"dataset": "pass_exam", "n_samples": 120, "seed": 4, "max_depth": 3}])
def test_tree_each_step_is_sklearns_tree_with_one_more_leaf(client, sklearn, body):
    full = ok(client, "tree", {**body, "step": 255})
    n_splits = full["n_splits"]
    assert full["step"] == n_splits >= 3 and len(full["splits"]) == n_splits
    data = points(body["dataset"], body.get("n_samples", 100), seed=body.get("seed", 0))
    model = DecisionTreeClassifier(criterion=body.get("criterion", "gini"), max_depth=body["max_depth"])
    model.fit(data.x_train, data.y_train)
    X = grid(full["regions"])
    assert full["regions"]["classes"] == model.predict(X).tolist()          # all splits: fit()'s tree
    assert n_splits == model.tree_.node_count - model.get_n_leaves()
    for step in range(1, n_splits + 1):
        out = ok(client, "tree", {**body, "step": step})
        _, reference = _partial_tree(sklearn, body, step)
        assert reference.get_n_leaves() == step + 1
        assert out["regions"]["classes"] == reference.predict(X).tolist(), step
        np.testing.assert_allclose(out["regions"]["values"], reference.predict_proba(X).max(axis=1), atol=1e-3)
        assert out["accuracy"]["test"] == pytest.approx(reference.score(data.x_test, data.y_test), abs=1e-4)
        assert [s["step"] for s in out["splits"]] == list(range(1, step + 1))
        assert len(out["nodes"]) == 2 * step + 1


@pytest.mark.parametrize("criterion", ["gini", "entropy"])
def test_tree_split_numbers(client, criterion):
    out = ok(client, "tree", {"dataset": "moons", "criterion": criterion, "step": 3})
    for s in out["splits"]:
        for node in (s, s["left"], s["right"]):
            p = np.array(node["counts"]) / node["n"]
            impurity = 1 - (p**2).sum() if criterion == "gini" else -(p[p > 0] * np.log2(p[p > 0])).sum()
            assert node["impurity"] == pytest.approx(impurity, abs=1e-5)
        left, right = s["left"], s["right"]
        assert left["n"] + right["n"] == s["n"]
        assert np.add(left["counts"], right["counts"]).tolist() == s["counts"]
        decrease = s["impurity"] - left["n"] / s["n"] * left["impurity"] - right["n"] / s["n"] * right["impurity"]
        assert s["decrease"] == pytest.approx(decrease, abs=1e-5) and s["decrease"] > 0
        assert s["weighted_decrease"] == pytest.approx(s["n"] / out["nodes"][0]["n"] * decrease, abs=1e-5)
    first = out["splits"][0]
    assert first["box"] == out["data"]["extent"] and first["depth"] == 0 and first["id"] == 0


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_tree_the_path_of_a_point(client, sklearn, lang):
    body = {"dataset": "xor", "n_samples": 150, "max_depth": 5, "step": 4, "x": [0.2, 0.9]}
    out = ok(client, "tree", body, lang=lang)
    path = out["path"]
    assert path["matches"] is True and path["nodes"][0] == 0 and has_korean(out["text"]) == (lang == "ko")
    _, reference = _partial_tree(sklearn, body, 4)
    assert path["prediction"] == reference.predict([[0.2, 0.9]])[0]
    assert len(path["nodes"]) == reference.decision_path([[0.2, 0.9]]).sum()
    by_id = {n["id"]: n for n in out["nodes"]}
    assert set(path["nodes"]) <= set(by_id) and "left" not in by_id[path["leaf"]]     # a leaf of the tree so far
    assert ok(client, "tree", {**body, "step": 0})["path"] is None


def test_tree_step_zero_is_the_root_and_the_majority(client):
    out = ok(client, "tree", {"step": 0})
    assert out["splits"] == [] and len(out["nodes"]) == 1
    root = out["nodes"][0]
    assert len(set(out["regions"]["classes"])) == 1 and out["regions"]["classes"][0] == root["class"]
    assert root["class"] == int(np.argmax(root["counts"]))


def test_split_order_is_best_first():
    data = points("xor", 200, seed=0)
    tree = DecisionTreeClassifier(max_depth=3).fit(data.x_train, data.y_train).tree_
    order = ml_api.split_order(tree)
    assert order[0] == 0 and sorted(order) == np.flatnonzero(tree.children_left >= 0).tolist()
    for i, node in enumerate(order):       # a node is split after its parent
        parents = [p for p in order[:i] if node in (tree.children_left[p], tree.children_right[p])]
        assert node == 0 or parents


FOREST = {"dataset": "moons", "n_samples": 150, "noise": 0.3, "seed": 1, "n_estimators": 15, "random_state": 3,
          "trees": 3, "x": [0.4, 0.2]}


@pytest.fixture(scope="module")
def forest(client):
    """The page's answer for ``FOREST`` and mldlab's forest grown with the same parameters."""
    data = points("moons", 150, noise=0.3, seed=1)
    model = RandomForestClassifier(n_estimators=15, random_state=3).fit(data.x_train, data.y_train)
    return ok(client, "forest", FOREST), model, data


def test_forest_votes_average_and_regions_are_mldlabs(forest):
    out, model, data = forest
    q = out["query"]
    x = [[0.4, 0.2]]
    assert q["votes"] == [int(tree.predict(x)[0]) for tree in model.estimators_]
    assert q["counts"] == np.bincount(q["votes"], minlength=2).tolist() and sum(q["counts"]) == 15
    np.testing.assert_allclose(q["proba"], model.predict_proba(x)[0], atol=1e-4)
    np.testing.assert_allclose(np.mean(q["tree_proba"], axis=0), q["proba"], atol=1e-3)   # p̂ = (1/M) Σ pₘ
    assert q["prediction"] == model.predict(x)[0] and q["majority"] == int(np.argmax(q["counts"]))
    X = grid(out["regions"])
    assert out["regions"]["classes"] == model.predict(X).tolist()
    assert out["accuracy"]["test"] == pytest.approx(model.score(data.x_test, data.y_test), abs=1e-4)


def test_forest_small_pictures_are_its_first_trees_and_one_tree(forest):
    out, model, data = forest
    assert len(out["trees"]) == 3
    for tree, estimator, rows in zip(out["trees"], model.estimators_, model.estimators_samples_):
        assert tree["regions"]["classes"] == estimator.predict(grid(tree["regions"])).astype(int).tolist()
        assert tree["in_bag"] == np.bincount(rows, minlength=len(data.x_train)).tolist()
        assert sum(tree["in_bag"]) == len(data.x_train) and 0 in tree["in_bag"]          # a bootstrap sample
    single = DecisionTreeClassifier(random_state=0).fit(data.x_train, data.y_train)
    assert out["single"]["regions"]["classes"] == single.predict(grid(out["single"]["regions"])).tolist()
    assert out["single"]["leaves"] == single.get_n_leaves()


def test_forest_a_new_point_reuses_the_forest_and_without_bootstrap_every_tree_sees_all(client, forest):
    out, _, _ = forest
    moved = ok(client, "forest", {**FOREST, "x": [1.8, -0.3]})
    assert moved["regions"] == out["regions"] and moved["query"]["x"] == [1.8, -0.3]
    assert moved["query"]["prediction"] == 1
    plain = ok(client, "forest", {**FOREST, "bootstrap": False, "max_features": 2})
    assert all(tree["in_bag"] == [1] * len(tree["in_bag"]) for tree in plain["trees"])
    assert len(set(map(tuple, plain["query"]["tree_proba"]))) == 1           # the same data, all features: one tree


def test_forest_against_sklearns(sklearn):
    data = points("moons", 400, noise=0.3, seed=2)
    ours = RandomForestClassifier(n_estimators=50, random_state=0).fit(data.x_train, data.y_train)
    theirs = sklearn.ensemble.RandomForestClassifier(n_estimators=50, random_state=0).fit(data.x_train, data.y_train)
    assert abs(ours.score(data.x_test, data.y_test) - theirs.score(data.x_test, data.y_test)) <= 0.04
    single = DecisionTreeClassifier(random_state=0).fit(data.x_train, data.y_train)
    assert ours.score(data.x_test, data.y_test) >= single.score(data.x_test, data.y_test)


BAD = [
    ("knn", '{"k": 3}', "unknown_field", "k"),
    ("knn", '{"n_neighbors": 0}', "out_of_range", "n_neighbors"),
    ("knn", '{"n_neighbors": "5"}', "wrong_type", "n_neighbors"),
    ("knn", '{"n_neighbors": 2.5}', "wrong_type", "n_neighbors"),
    ("knn", '{"weights": "inverse"}', "not_allowed", "weights"),
    ("knn", '{"p": 0.5}', "out_of_range", "p"),
    ("knn", '{"x": [1.0]}', "wrong_length", "x"),
    ("knn", '{"x": [1.0, NaN]}', "out_of_range", "x.1"),
    ("knn", '{"x": [1e308, 0]}', "out_of_range", "x.0"),
    ("knn", '{"dataset": "iris"}', "not_allowed", "dataset"),
    ("knn", '{"noise": 2.0}', "out_of_range", "noise"),
    ("knn", '{"n_samples": 5000}', "out_of_range", "n_samples"),
    ("knn", '{"regions": 1}', "wrong_type", "regions"),
    ("knn", "[1, 2]", "wrong_type", None),
    ("knn", "{", "bad_json", None),
    ("tree", '{"criterion": "log_loss"}', "not_allowed", "criterion"),
    ("tree", '{"max_depth": 0}', "out_of_range", "max_depth"),
    ("tree", '{"step": -1}', "out_of_range", "step"),
    ("tree", '{"test_ratio": 0.9}', "out_of_range", "test_ratio"),
    ("forest", '{"n_estimators": 0}', "out_of_range", "n_estimators"),
    ("forest", '{"n_estimators": 1000}', "out_of_range", "n_estimators"),
    ("forest", '{"max_features": "auto"}', "not_allowed", "max_features"),
    ("forest", '{"max_features": 3}', "not_allowed", "max_features"),
    ("forest", '{"max_features": true}', "invalid_value", "max_features"),
    ("forest", '{"bootstrap": "yes"}', "wrong_type", "bootstrap"),
    ("forest", '{"trees": 20}', "out_of_range", "trees"),
    ("forest", '{"random_state": -1}', "out_of_range", "random_state"),
]


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize(("path", "raw", "code", "field"), BAD, ids=[f"{p}:{r}" for p, r, _, _ in BAD])
def test_bad_bodies_get_a_clear_error_in_the_language(client, path, raw, code, field, lang):
    response = post(client, path, raw=raw, lang=lang)
    assert 400 <= response.status_code < 500
    error = response.json()["error"]
    assert (error["code"], error["field"]) == (code, field), error
    assert error["message"] and "Traceback" not in error["message"]
    assert has_korean(error["message"]) == (lang == "ko"), error["message"]
    if code == "not_allowed":  # the allowed values listed without pydantic's English "or"
        assert " or " not in error["message"], error["message"]


def test_a_huge_body_is_refused(client):
    response = post(client, "knn", raw=json.dumps({"x": [0.0, 0.0], "pad": " " * 5000}), lang="ko")
    assert response.status_code == 413 and has_korean(response.json()["error"]["message"])
