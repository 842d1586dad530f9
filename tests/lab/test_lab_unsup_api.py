"""The session-3 lesson pages' API (/api/lessons/kmeans, dbscan, pca).

Every number is what ``mldlab.ml`` computes on the same points, and scikit-learn agrees: the k-means page's
iterations are ``kmeans_steps``'s and end where ``KMeans(init=start, n_init=1)`` ends (scikit-learn's too), the
DBSCAN page's labels are both libraries' and its core points are exactly those with min_samples neighbours within ε,
the PCA page's axes and variances are both libraries' and Σ's eigenvectors and eigenvalues. Every bad body gets the
lab's error format with the field named, in Korean and in English; requests are independent (threads agree with a
sequential run).
"""

import json
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

fastapi = pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402
from lesson_api_calls import has_korean, ok, post  # noqa: E402

from mldlab.data import load_iris, registry  # noqa: E402
from mldlab.lab import _errors, _lesson_requests, unsup_api  # noqa: E402
from mldlab.ml import DBSCAN, PCA, KMeans, StandardScaler, kmeans_plusplus, kmeans_steps  # noqa: E402


@pytest.fixture(scope="module")
def client():
    app = fastapi.FastAPI()
    _errors.install(app)
    app.include_router(unsup_api.router, prefix="/api/lessons")
    return TestClient(app)


def points(dataset="gaussians", n_samples=150, noise=None, seed=0):
    X, y, _, _ = registry.get(dataset, n_samples=n_samples, noise=noise, seed=seed)
    return np.asarray(X, dtype=np.float64), y


GIVEN = {"dataset": "gaussians", "n_samples": 120, "seed": 2, "n_clusters": 3, "init": "given",
         "centers": [[0.0, 0.0], [1.0, 1.0], [2.0, -1.0]]}


def test_kmeans_the_points_are_the_registrys(client):
    out = ok(client, "kmeans", {"dataset": "moons", "n_samples": 80, "seed": 3, "noise": 0.1})
    X, y = points("moons", 80, noise=0.1, seed=3)
    np.testing.assert_allclose(out["data"]["x"], X, atol=1e-4)
    assert out["data"]["y"] == y.tolist() and out["data"]["classes"] == ["0", "1"]
    assert out["data"]["extent"][0] < X[:, 0].min() and out["data"]["extent"][3] > X[:, 1].max()


@pytest.mark.parametrize("body", [GIVEN, {**GIVEN, "dataset": "moons", "n_clusters": 2, "centers": [[0, 0], [0.1, 0]]},
                                  {"dataset": "circles", "n_clusters": 4, "init": "k-means++", "random_state": 5}])
def test_kmeans_steps_are_lloyds_and_end_where_kmeans_ends(client, sklearn, body):
    out = ok(client, "kmeans", body)
    X, _ = points(body["dataset"], body.get("n_samples", 150), seed=body.get("seed", 0))
    start = np.array(out["start"])
    if body["init"] == "given":
        assert out["start"] == body["centers"]
    else:
        np.testing.assert_allclose(start, kmeans_plusplus(X, 4, random_state=5)[0], rtol=1e-5)
    steps = kmeans_steps(X, start)
    assert len(out["steps"]) == len(steps) >= 2
    for mine, step in zip(out["steps"], steps):
        assert mine["labels"] == step.labels.tolist()
        np.testing.assert_allclose(mine["centers"], step.centers, rtol=1e-5, atol=1e-9)
        np.testing.assert_allclose(mine["new_centers"], step.new_centers, rtol=1e-5, atol=1e-9)
        assert mine["inertia"] == pytest.approx(step.inertia, rel=1e-5)
        assert mine["shift"] == pytest.approx(step.shift, rel=1e-5, abs=1e-9)
        counts = np.bincount(step.labels, minlength=len(start))
        assert mine["counts"] == counts.tolist()
        full = counts > 0                                            # μⱼ = Σ x / |Cⱼ|
        np.testing.assert_allclose(np.array(mine["sums"])[full] / counts[full][:, None], step.new_centers[full],
                                   rtol=1e-4, atol=1e-6)
        assert mine["updated_inertia"] <= mine["inertia"] * (1 + 1e-9)    # the update never raises J
    for before, after in zip(out["steps"], out["steps"][1:]):              # nor does the next assignment
        assert after["inertia"] <= before["updated_inertia"] * (1 + 1e-9)
    model = KMeans(n_clusters=len(start), init=start, n_init=1).fit(X)
    reference = sklearn.cluster.KMeans(n_clusters=len(start), init=start, n_init=1).fit(X)
    assert out["final"]["matches"] is True and out["final"]["labels"] == model.labels_.tolist()
    assert out["steps"][-1]["labels"] == reference.labels_.tolist()
    assert out["steps"][-1]["inertia"] == pytest.approx(reference.inertia_, rel=1e-5)
    assert out["final"]["inertia"] == pytest.approx(model.inertia_, rel=1e-5)


def test_kmeans_random_start_is_k_distinct_points(client):
    out = ok(client, "kmeans", {"n_clusters": 5, "init": "random", "random_state": 7})
    X = np.array(out["data"]["x"])
    start = np.array(out["start"])
    assert len({tuple(c) for c in out["start"]}) == 5
    assert all(np.min(np.abs(X - c).sum(axis=1)) < 1e-3 for c in start)
    again = ok(client, "kmeans", {"n_clusters": 5, "init": "random", "random_state": 7})
    other = ok(client, "kmeans", {"n_clusters": 5, "init": "random", "random_state": 8})
    assert again["start"] == out["start"] != other["start"]


@pytest.mark.parametrize("step", [0, 1, 3])
def test_kmeans_a_points_distances_to_the_centres_of_a_step(client, step):
    out = ok(client, "kmeans", {**GIVEN, "step": step, "point": 17})
    X = np.array(out["data"]["x"])
    centres = np.array(out["start"] if step == 0 else out["steps"][step - 1]["centers"])
    p = out["point"]
    assert p["index"] == 17 and out["step"] == step
    np.testing.assert_allclose(p["distances"], ((X[17] - centres) ** 2).sum(axis=1), rtol=1e-4)
    if step:
        assert p["nearest"] == out["steps"][step - 1]["labels"][17]
    assert ok(client, "kmeans", GIVEN)["point"] is None


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_engines_explanations_in_the_language(client, lang):
    out = ok(client, "kmeans", {**GIVEN, "step": 2, "point": 5}, lang=lang)
    assert out["explained"] == {"iteration": 2, "matches": True} and "✓" in out["text"]
    assert has_korean(out["text"]) == (lang == "ko") and "#5" in out["text"]
    assert ok(client, "kmeans", GIVEN, lang=lang)["explained"]["iteration"] == 1      # the start: iteration 1 to come
    out = ok(client, "pca", {"dataset": "iris", "n_components": 2}, lang=lang)
    assert "✓" in out["text"] and has_korean(out["text"]) == (lang == "ko")
    assert f"{out['explained_variance'][0]:.4g}"[:4] in out["text"]


def test_kmeans_a_step_past_the_end_shows_the_last(client):
    out = ok(client, "kmeans", {**GIVEN, "step": 300})
    assert out["step"] == len(out["steps"])


DBSCAN_BODIES = [{"dataset": "moons", "n_samples": 200, "noise": 0.1, "eps": 0.2, "min_samples": 5},
                 {"dataset": "circles", "n_samples": 150, "noise": 0.05, "eps": 0.15, "min_samples": 4},
                 {"dataset": "gaussians", "n_samples": 120, "eps": 0.8, "min_samples": 10},
                 {"dataset": "pass_exam", "n_samples": 100, "eps": 0.5, "min_samples": 3},
                 {"dataset": "xor", "eps": 0.01, "min_samples": 2}]


@pytest.mark.parametrize("body", DBSCAN_BODIES)
def test_dbscan_labels_kinds_and_counts_are_dbscans(client, sklearn, body):
    out = ok(client, "dbscan", body)
    X, _ = points(body["dataset"], body.get("n_samples", 150), noise=body.get("noise"))
    model = DBSCAN(eps=body["eps"], min_samples=body["min_samples"]).fit(X)
    reference = sklearn.cluster.DBSCAN(eps=body["eps"], min_samples=body["min_samples"]).fit(X)
    assert out["labels"] == model.labels_.tolist() == reference.labels_.tolist()
    core = np.zeros(len(X), dtype=bool)
    core[reference.core_sample_indices_] = True
    distances = np.sqrt(((X[:, None] - X[None]) ** 2).sum(axis=2))
    neighbours = (distances <= body["eps"]).sum(axis=1)
    assert out["neighbours"] == neighbours.tolist()
    assert np.array_equal(neighbours >= body["min_samples"], core)          # core ⟺ |N_ε(x)| ≥ min_samples
    labels = np.array(out["labels"])
    kinds = np.array(out["kind"])
    assert np.array_equal(kinds == "core", core)
    assert np.array_equal(kinds == "noise", labels == -1)
    assert np.all(labels[kinds == "border"] >= 0)
    counts = out["counts"]
    assert counts["clusters"] == len(set(labels.tolist()) - {-1})
    assert counts["core"] + counts["border"] + counts["noise"] == len(X)
    assert sum(out["sizes"]) == counts["core"] + counts["border"] and len(out["sizes"]) == counts["clusters"]
    k_distance = np.array(out["k_distance"])                               # sorted; ≤ ε exactly for the core
    assert np.all(np.diff(k_distance) >= 0) and np.sum(k_distance <= body["eps"]) == counts["core"]


def test_dbscan_a_larger_eps_joins_clusters(client):
    small = ok(client, "dbscan", {"dataset": "moons", "n_samples": 200, "noise": 0.1, "eps": 0.2})["counts"]
    large = ok(client, "dbscan", {"dataset": "moons", "n_samples": 200, "noise": 0.1, "eps": 0.6})["counts"]
    assert small["clusters"] == 2 and large["clusters"] == 1 and large["noise"] <= small["noise"]


def _pca_points(body):
    dataset = body.get("dataset", "correlated")
    if dataset == "iris":
        X = load_iris()[0][:, :3].astype(np.float64)
    elif dataset in ("correlated", "pancake"):
        return None
    else:
        X, _ = points(dataset, body.get("n_samples", 150), noise=body.get("noise"), seed=body.get("seed", 0))
    return StandardScaler().fit_transform(X) if body.get("standardize") else X


PCA_BODIES = [{}, {"correlation": -0.5, "stretch": 2.5, "n_components": 2, "seed": 4},
              {"dataset": "pancake", "n_components": 2}, {"dataset": "iris", "n_components": 1},
              {"dataset": "iris", "standardize": True, "n_components": 2}, {"dataset": "pass_exam", "n_samples": 90},
              {"dataset": "moons", "standardize": True}]


@pytest.mark.parametrize("body", PCA_BODIES)
def test_pca_axes_variances_projection_are_pcas(client, sklearn, body):
    out = ok(client, "pca", body)
    X = _pca_points(body)
    if X is None:
        X = np.array(out["data"]["x"])          # generated by the page: its points, as sent (5 digits)
    d, m = X.shape[1], body.get("n_components", 1)
    assert out["dimensions"] == d and out["n_components"] == m
    np.testing.assert_allclose(out["data"]["x"], X, rtol=1e-4, atol=1e-4)
    model = PCA().fit(X)
    reference = sklearn.decomposition.PCA().fit(X)
    tol = {"rtol": 1e-3, "atol": 1e-3} if body.get("dataset", "correlated") in ("correlated", "pancake") else \
        {"rtol": 1e-5, "atol": 1e-6}
    for ours in (model, reference):           # the same signs (scikit-learn's svd_flip)
        np.testing.assert_allclose(out["components"], ours.components_, **tol)
        np.testing.assert_allclose(out["explained_variance"], ours.explained_variance_, **tol)
        np.testing.assert_allclose(out["explained_variance_ratio"], ours.explained_variance_ratio_, **tol)
        np.testing.assert_allclose(out["mean"], ours.mean_, **tol)
    covariance = np.cov(X.T)                   # Σ vⱼ = λⱼ vⱼ
    np.testing.assert_allclose(out["covariance"], covariance, **tol)
    for v, lam in zip(np.array(out["components"]), out["explained_variance"]):
        np.testing.assert_allclose(covariance @ v, lam * v, rtol=1e-3, atol=1e-3)
    truncated = sklearn.decomposition.PCA(n_components=m).fit(X)
    np.testing.assert_allclose(np.abs(out["scores"]), np.abs(truncated.transform(X)), rtol=1e-3, atol=1e-3)
    np.testing.assert_allclose(out["reconstruction"], truncated.inverse_transform(truncated.transform(X)),
                               rtol=1e-3, atol=1e-3)
    error = np.mean(((X - truncated.inverse_transform(truncated.transform(X))) ** 2).sum(axis=1))
    assert out["reconstruction_error"] == pytest.approx(error, rel=1e-3, abs=1e-6)
    assert out["lost_variance"] == pytest.approx(out["reconstruction_error"], rel=1e-4, abs=1e-9)


def test_pca_the_correlation_slider_turns_and_stretches_the_cloud(client):
    round_cloud = ok(client, "pca", {"correlation": 0.0, "n_samples": 400})
    assert abs(round_cloud["correlation"]) < 0.15 and 0.4 < round_cloud["explained_variance_ratio"][0] < 0.65
    up = ok(client, "pca", {"correlation": 0.9, "n_samples": 400})
    down = ok(client, "pca", {"correlation": -0.9, "n_samples": 400})
    assert up["correlation"] > 0.85 and down["correlation"] < -0.85
    v_up, v_down = np.array(up["components"][0]), np.array(down["components"][0])
    assert abs(abs(v_up[0]) - np.sqrt(0.5)) < 0.05 and np.sign(v_up[0]) == np.sign(v_up[1])     # along x₂ = x₁
    assert np.sign(v_down[0]) != np.sign(v_down[1])                                             # along x₂ = −x₁
    assert up["explained_variance_ratio"][0] > 0.9
    tall = ok(client, "pca", {"correlation": 0.0, "stretch": 4.0, "n_samples": 400})
    assert abs(tall["components"][0][1]) > 0.99                                                # along x₂


def test_pca_keeping_every_axis_loses_nothing(client):
    out = ok(client, "pca", {"dataset": "pancake", "n_components": 3})
    np.testing.assert_allclose(out["reconstruction"], out["data"]["x"], atol=1e-3)
    assert out["reconstruction_error"] < 1e-8 and out["correlation"] is None


BAD = [
    ("kmeans", '{"k": 3}', "unknown_field", "k"),
    ("kmeans", '{"n_clusters": 0}', "out_of_range", "n_clusters"),
    ("kmeans", '{"n_clusters": 11}', "out_of_range", "n_clusters"),
    ("kmeans", '{"n_clusters": "3"}', "wrong_type", "n_clusters"),
    ("kmeans", '{"init": "kmeans++"}', "not_allowed", "init"),
    ("kmeans", '{"init": "given"}', "missing_field", "centers"),
    ("kmeans", '{"init": "given", "n_clusters": 2, "centers": [[0, 0]]}', "wrong_length", "centers"),
    ("kmeans", '{"centers": [[0, 0], [1, 1], [2, 2]]}', "not_allowed", "centers"),
    ("kmeans", '{"init": "given", "n_clusters": 1, "centers": [[0, NaN]]}', "out_of_range", "centers.0.1"),
    ("kmeans", '{"init": "given", "n_clusters": 1, "centers": [[0, 1e9]]}', "out_of_range", "centers.0.1"),
    ("kmeans", '{"init": "given", "n_clusters": 1, "centers": [[0]]}', "wrong_length", "centers.0"),
    ("kmeans", '{"point": 150}', "out_of_range", "point"),
    ("kmeans", '{"step": -1}', "out_of_range", "step"),
    ("kmeans", '{"max_iter": 0}', "out_of_range", "max_iter"),
    ("kmeans", '{"dataset": "iris"}', "not_allowed", "dataset"),
    ("kmeans", '{"noise": 1.5}', "out_of_range", "noise"),
    ("kmeans", "[1, 2]", "wrong_type", None),
    ("kmeans", "{", "bad_json", None),
    ("dbscan", '{"eps": 0}', "out_of_range", "eps"),
    ("dbscan", '{"eps": -0.1}', "out_of_range", "eps"),
    ("dbscan", '{"eps": Infinity}', "out_of_range", "eps"),
    ("dbscan", '{"eps": "0.3"}', "wrong_type", "eps"),
    ("dbscan", '{"min_samples": 0}', "out_of_range", "min_samples"),
    ("dbscan", '{"min_samples": 5.5}', "wrong_type", "min_samples"),
    ("dbscan", '{"n_samples": 1000}', "out_of_range", "n_samples"),
    ("dbscan", '{"metric": "manhattan"}', "unknown_field", "metric"),
    ("pca", '{"n_components": 3}', "out_of_range", "n_components"),
    ("pca", '{"n_components": 0}', "out_of_range", "n_components"),
    ("pca", '{"correlation": 1.0}', "out_of_range", "correlation"),
    ("pca", '{"stretch": 0}', "out_of_range", "stretch"),
    ("pca", '{"standardize": "yes"}', "wrong_type", "standardize"),
    ("pca", '{"dataset": "digits"}', "not_allowed", "dataset"),
    ("pca", '{"dataset": "pass_exam", "noise": 3.5}', "out_of_range", "noise"),
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


def test_a_huge_body_is_refused(client):
    response = post(client, "kmeans", raw=json.dumps({"init": "given", "pad": " " * 5000}), lang="ko")
    assert response.status_code == 413 and has_korean(response.json()["error"]["message"])


def test_a_flood_is_cut_in_the_language(monkeypatch):
    monkeypatch.setattr(_lesson_requests, "RATE", 1e-3)       # a bucket of 5 that hardly refills
    monkeypatch.setattr(_lesson_requests, "BURST", 5)
    app = fastapi.FastAPI()
    _errors.install(app)
    app.include_router(unsup_api.router, prefix="/api/lessons")
    flood = TestClient(app)
    codes = [post(flood, "dbscan", raw='{"eps": 0}', lang="ko").status_code for _ in range(6)]
    assert codes == [422] * 5 + [429]
    response = post(flood, "dbscan", raw='{"eps": 0}', lang="ko")
    assert response.status_code == 429 and has_korean(response.json()["error"]["message"])


def test_requests_are_independent(client):
    bodies = [("kmeans", GIVEN), ("kmeans", {"n_clusters": 4, "random_state": 3}), ("dbscan", DBSCAN_BODIES[0]),
              ("dbscan", DBSCAN_BODIES[2]), ("pca", PCA_BODIES[1]), ("pca", PCA_BODIES[2])] * 2
    alone = [ok(client, path, body) for path, body in bodies]
    with ThreadPoolExecutor(6) as pool:
        together = list(pool.map(lambda pb: ok(client, *pb), bodies))
    assert together == alone
    answer = json.dumps(alone)
    assert "NaN" not in answer and "Infinity" not in answer
