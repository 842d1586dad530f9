"""The experiment lessons' API (``mldlab.lab.experiments_api``): every number checked against the engine and against
torch from the same start, the counts of the slide (⌈n/B⌉ iterations per epoch), Keras's early stopping, and bad
input answered in the request's language with the field at fault."""

import json
import math
import re
import time

import numpy as np
import pytest

pytest.importorskip("fastapi")

from fastapi import FastAPI  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from mldlab.data import StandardScaler, registry  # noqa: E402
from mldlab.lab import experiments_api  # noqa: E402
from mldlab.lab.experiments_api import SURFACES, router  # noqa: E402

HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture(scope="module")
def client():
    app = FastAPI()
    app.include_router(router, prefix="/api/lessons")
    with TestClient(app) as c:
        yield c


def post(client, name, body, **kwargs):
    response = client.post(f"/api/lessons/{name}", json=body, **kwargs)
    assert response.status_code == 200, response.text
    return response.json()


def torch_surface(torch, name):
    """The race's surfaces written in torch (the same formulas as the docstring table)."""
    return {
        "valley": lambda x, y: 0.05 * x**2 + 2.0 * y**2,
        "rosenbrock": lambda x, y: (1.0 - x) ** 2 + 100.0 * (y - x**2) ** 2,
        "saddle": lambda x, y: 0.5 * x**2 - 0.5 * y**2 + 0.25 * y**4,
        "beale": lambda x, y: (1.5 - x + x * y) ** 2 + (2.25 - x + x * y**2) ** 2 + (2.625 - x + x * y**3) ** 2,
    }[name]


TORCH_OPTIMIZERS = {
    "sgd": ("SGD", {}), "momentum": ("SGD", {"momentum": 0.9}),
    "nesterov": ("SGD", {"momentum": 0.9, "nesterov": True}),
    "adagrad": ("Adagrad", {}), "adadelta": ("Adadelta", {}), "rmsprop": ("RMSprop", {}), "adam": ("Adam", {}),
}


def torch_path(torch, function, start, name, lr, steps):
    cls, options = TORCH_OPTIMIZERS[name]
    w = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    optimizer = getattr(torch.optim, cls)([w], lr=lr, **options)
    path = [w.detach().tolist()]
    for _ in range(steps):
        optimizer.zero_grad()
        function(w[0], w[1]).backward()
        optimizer.step()
        path.append(w.detach().tolist())
    return np.array(path)


@pytest.mark.parametrize("surface", list(SURFACES))
def test_the_race_follows_torch_optimizers_from_the_same_start(client, torch, surface):
    lrs = SURFACES[surface]["lr"]
    out = post(client, "optimizers", {"surface": surface, "steps": 25,
                                      "optimizers": [{"name": n, "lr": lr} for n, lr in lrs.items()]})
    assert out["start"] == SURFACES[surface]["start"]
    function = torch_surface(torch, surface)
    for run in out["runs"]:
        ours = np.array(run["path"], dtype=float)
        theirs = torch_path(torch, function, out["start"], run["name"], run["lr"], 25)
        assert ours.shape == theirs.shape == (26, 2)
        np.testing.assert_allclose(ours, theirs, rtol=2e-5, atol=1e-9, err_msg=run["name"])
        losses = [function(*torch.tensor(p, dtype=torch.float64)).item() for p in theirs]
        np.testing.assert_allclose(run["loss"], losses, rtol=2e-5, atol=1e-9)
    grid = out["surface"]
    assert grid["n"] ** 2 == len(grid["values"])
    x0, x1, y0, y1 = grid["extent"]
    top_left = function(torch.tensor(x0, dtype=torch.float64), torch.tensor(y1, dtype=torch.float64)).item()
    assert grid["values"][0] == pytest.approx(top_left, rel=1e-5)  # row 0 is the top of the map


def test_the_first_steps_by_hand(client, torch):
    """SGD: θ₁ = θ₀ − η∇J(θ₀); Adam: the first step moves each weight by η·g/(|g| + ε), i.e. about η."""
    start = SURFACES["valley"]["start"]
    out = post(client, "optimizers", {"surface": "valley", "steps": 1,
                                      "optimizers": [{"name": "sgd", "lr": 0.1}, {"name": "adam", "lr": 0.3}]})
    g = np.array([0.1 * start[0], 4.0 * start[1]])  # ∇(0.05x² + 2y²) = (0.1x, 4y)
    sgd, adam = (np.array(run["path"][1]) for run in out["runs"])
    np.testing.assert_allclose(sgd, np.array(start) - 0.1 * g, rtol=1e-6)
    np.testing.assert_allclose(adam, np.array(start) - 0.3 * g / (np.abs(g) + 1e-8), rtol=1e-6)


def test_optimizer_defaults_are_pytorchs(client, torch):
    import inspect

    info = client.get("/api/lessons/optimizers").json()
    assert [s["name"] for s in info["surfaces"]] == list(SURFACES)
    for entry in info["optimizers"]:
        cls, options = TORCH_OPTIMIZERS[entry["name"]]
        assert entry["class"] == f"torch.optim.{cls}" and entry["options"] == options
        reference = inspect.signature(getattr(torch.optim, cls)).parameters
        for key, value in entry["defaults"].items():
            expected = reference[key].default
            expected = list(expected) if isinstance(expected, tuple) else expected
            assert value == expected, (cls, key)


def test_learning_rate_curve_small_right_and_diverging(client, torch):
    out = post(client, "learning-rate", {})
    small, right, large = out["runs"]
    assert [r["learning_rate"] for r in out["runs"]] == [0.1, 0.6, 2.2]
    minima = out["surface"]["minima"]
    assert [m["lowest"] for m in minima] == [False, True]
    assert small["path"][-1][0] == pytest.approx(minima[0]["w"], abs=0.05)  # stuck in the wrong minimum
    assert right["path"][-1][0] == pytest.approx(0.0, abs=1e-3)            # the lowest point
    assert small["diverged_at"] is None and right["diverged_at"] is None and small["message"] is None
    assert large["diverged_at"] is not None and "2.2" in large["message"] and "too large" in large["message"]
    for run in (small, right):  # gradient descent by hand with torch's autograd: w ← w − η J'(w)
        w = torch.tensor([-4.0], dtype=torch.float64, requires_grad=True)
        for k in range(1, 6):
            J = (0.5 * w**2 - 1.2 * torch.exp(-4.0 * (w + 2.0) ** 2)).sum()
            (grad,) = torch.autograd.grad(J, w)
            w = (w - run["learning_rate"] * grad).detach().requires_grad_(True)
            assert run["path"][k][0] == pytest.approx(w.item(), rel=1e-5)
    korean = post(client, "learning-rate?lang=ko", {})
    assert HANGUL.search(korean["runs"][2]["message"])


def pass_exam_tensors(torch, n, noise, seed):
    X, y, _, _ = registry.get("pass_exam", n_samples=n, noise=noise, seed=seed)
    X = StandardScaler().fit_transform(X.astype(np.float64))
    return torch.tensor(X, dtype=torch.float64), torch.tensor(y, dtype=torch.float64)


def test_learning_rate_on_pass_exam_is_torchs_gradient_descent(client, torch):
    out = post(client, "learning-rate", {"problem": "pass_exam", "learning_rates": [0.5, 5.0], "steps": 10,
                                         "n_samples": 80, "seed": 3})
    X, y = pass_exam_tensors(torch, 80, 1.0, 3)
    for run in out["runs"]:
        w = torch.tensor(out["start"], dtype=torch.float64, requires_grad=True)
        optimizer = torch.optim.SGD([w], lr=run["learning_rate"])
        for k in range(10):
            optimizer.zero_grad()
            loss = torch.nn.functional.binary_cross_entropy_with_logits(X @ w, y)
            assert run["loss"][k] == pytest.approx(loss.item(), rel=1e-5)
            loss.backward()
            optimizer.step()
            np.testing.assert_allclose(run["path"][k + 1], w.detach().numpy(), rtol=1e-5)
    grid = out["surface"]
    x0, x1, y0, y1 = grid["extent"]
    corner = torch.nn.functional.binary_cross_entropy_with_logits(X @ torch.tensor([x0, y1], dtype=torch.float64), y)
    assert grid["values"][0] == pytest.approx(corner.item(), rel=1e-5)


def test_batch_size_counts_follow_the_slide(client, torch):
    n, epochs = 50, 3
    out = post(client, "batch-size", {"n_samples": n, "batch_sizes": [n, 1, 7], "epochs": epochs, "learning_rate": 1.0})
    gd, sgd, mini = out["runs"]
    assert [r["kind"] for r in out["runs"]] == ["gd", "sgd", "minibatch"]
    for run in out["runs"]:
        per_epoch = math.ceil(n / run["batch_size"])
        assert run["iterations_per_epoch"] == per_epoch
        assert run["iterations"] == epochs * per_epoch == len(run["batch_loss"]) == len(run["path"]) - 1
        assert run["epoch_iterations"] == [e * per_epoch for e in range(epochs + 1)]
        assert run["epoch_loss"] == [run["loss"][i] for i in run["epoch_iterations"]]
    assert mini["iterations_per_epoch"] == 8  # ⌈50 / 7⌉
    X, y = pass_exam_tensors(torch, n, 1.0, 0)
    w = torch.tensor(out["start"], dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=1.0)
    for k in range(epochs):  # full-batch GD: one torch step per epoch, the same batch loss and path
        optimizer.zero_grad()
        loss = torch.nn.functional.binary_cross_entropy_with_logits(X @ w, y)
        assert gd["batch_loss"][k] == pytest.approx(loss.item(), rel=1e-5)
        loss.backward()
        optimizer.step()
        np.testing.assert_allclose(gd["path"][k + 1], w.detach().numpy(), rtol=1e-5)
    for run in (sgd, mini):  # the loss on all students at every point of the path
        for k in (0, 5, len(run["path"]) - 1):
            loss = torch.nn.functional.binary_cross_entropy_with_logits(X @ torch.tensor(run["path"][k],
                                                                                         dtype=torch.float64), y)
            assert run["loss"][k] == pytest.approx(loss.item(), rel=1e-4)
    assert np.std(np.diff(sgd["loss"])) > np.std(np.diff(gd["loss"]))  # the noisy path vs the smooth one


def test_overfitting_variants(client):
    body = {"n_samples": 40, "epochs": 120, "hidden_units": 32, "patience": 10}
    plain = post(client, "overfitting", {**body, "variant": "plain"})
    dropout = post(client, "overfitting", {**body, "variant": "dropout"})
    early = post(client, "overfitting", {**body, "variant": "early_stopping"})
    assert plain["epochs_run"] == 120 == len(plain["history"]["loss"]) == len(plain["history"]["val_loss"])
    assert plain["final"]["train_loss"] < 0.1 < plain["final"]["test_loss"]  # memorised: the curves part
    assert plain["final"]["train_accuracy"] == 1.0
    assert min(plain["history"]["val_loss"]) < plain["history"]["val_loss"][-1]
    assert dropout["final"]["train_loss"] > plain["final"]["train_loss"]
    assert plain["best_epoch"] is None and dropout["stopped_epoch"] is None
    # Keras: stop once the test loss has not improved for `patience` epochs; the best weights come back
    val = early["history"]["val_loss"]
    assert early["epochs_run"] == len(val) == early["stopped_epoch"] < 120
    assert early["best_epoch"] == int(np.argmin(val)) + 1
    assert early["stopped_epoch"] - early["best_epoch"] == body["patience"]
    assert early["final"]["test_loss"] == pytest.approx(min(val), rel=1e-4)
    assert early["history"]["val_loss"] == plain["history"]["val_loss"][:len(val)]  # the same first weights
    for run in (plain, dropout, early):  # the accuracies are those of σ(z) > 0.5 on the network's own outputs
        for part, name in (("train", "train_accuracy"), ("test", "test_accuracy")):
            points = run["points"][part]
            right = [(p > 0.5) == (y == 1) for p, y in zip(points["p"], points["y"])]
            assert run["final"][name] == pytest.approx(sum(right) / len(right), abs=1e-6)
    grid = early["boundary"]
    assert len(grid["values"]) == grid["n"] ** 2 and all(0 <= v <= 1 for v in grid["values"])
    assert len(early["points"]["train"]["x"]) + len(early["points"]["test"]["x"]) == 40


def test_landscape_of_the_default_model(client):
    """The playground's landscape (mldlab.lab.landscape) of a Job trained on moons: the centre is its loss."""
    from mldlab.lab.job import Job

    out = post(client, "landscape", {"n": 11, "span": 0.5, "epochs": 40})
    values = np.array(out["values"], dtype=float).reshape(11, 11)
    assert np.isfinite(values).all()
    assert values[5, 5] == out["center"] == pytest.approx(out["loss"], rel=1e-4)  # the trained network itself
    assert values[5, 5] < values[0, 0] and values[5, 5] < values[10, 10]
    assert out["alphas"][0] == -0.5 and out["alphas"][-1] == 0.5 and out["model"]["epochs"] == 40
    assert post(client, "landscape", {"n": 11, "span": 0.5, "epochs": 40}) == out
    assert Job.landscape  # the same code as the playground's GET /api/landscape
    response = client.post("/api/lessons/landscape?lang=ko", json={"n": 10})
    assert response.status_code == 422 and response.json()["error"]["field"] == "n"
    assert HANGUL.search(response.json()["error"]["message"])


BAD = [
    ("learning-rate", {"steps": 0}, "steps", "invalid_value", "1"),
    ("learning-rate", {"steps": 2.5}, "steps", "invalid_value", "2.5"),
    ("learning-rate", {"learning_rates": [0.1, -1]}, "learning_rates[1]", "invalid_value", "-1"),
    ("learning-rate", {"learning_rates": []}, "learning_rates", "invalid_value", "0"),
    ("learning-rate", {"learning_rates": [0.1] * 5}, "learning_rates", "invalid_value", "5"),
    ("learning-rate", {"learning_rates": "fast"}, "learning_rates", "invalid_value", "fast"),
    ("learning-rate", {"problem": "bowl"}, "problem", "invalid_value", "bowl"),
    ("learning-rate", {"speed": 1}, "speed", "unknown_field", "speed"),
    ("learning-rate", {"seed": True}, "seed", "invalid_value", "true"),
    ("optimizers", {}, "optimizers", "missing_field", "optimizers"),
    ("optimizers", {"optimizers": [{"name": "sgd", "lr": "x"}]}, "optimizers[0].lr", "invalid_value", "x"),
    ("optimizers", {"optimizers": [{"name": "sgd", "lr": 1, "beta": 2}]}, "optimizers[0].beta", "unknown_field",
     "beta"),
    ("optimizers", {"optimizers": [{"name": "adamw", "lr": 1}]}, "optimizers[0].name", "invalid_value", "adam"),
    ("optimizers", {"optimizers": [{"name": "sgd", "lr": 1}], "start": [1]}, "start", "invalid_value", "1"),
    ("optimizers", {"optimizers": [{"name": "sgd", "lr": 1}], "steps": 10_000}, "steps", "invalid_value", "300"),
    ("batch-size", {"n_samples": 30, "batch_sizes": [31]}, "batch_sizes[0]", "invalid_value", "31"),
    ("batch-size", {"n_samples": 300, "batch_sizes": [1, 2], "epochs": 30}, "epochs", "too_much_work", "1500"),
    ("overfitting", {"variant": "l2"}, "variant", "invalid_value", "l2"),
    ("overfitting", {"hidden_units": 64, "hidden_layers": 4, "epochs": 400}, "epochs", "too_much_work", "400"),
    ("landscape", {"n": 100}, "n", "invalid_value", "41"),
]


@pytest.mark.parametrize(("name", "body", "field", "code", "shown"), BAD, ids=[f"{b[0]}-{b[2]}" for b in BAD])
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_bad_input_is_a_clear_error_in_the_users_language(client, name, body, field, code, shown, lang):
    response = client.post(f"/api/lessons/{name}", json=body, headers={"X-Lab-Lang": lang})
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == code and error["field"] == field
    assert shown in error["message"] and field.split("[")[0].split(".")[-1] in error["message"]
    assert bool(HANGUL.search(error["message"])) == (lang == "ko")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_malformed_bodies(client, lang):
    headers = {"Content-Type": "application/json"}
    cases = [(b"{not json", 400, "bad_json"), (b"[1, 2]", 400, "bad_json"), (b'{"steps": NaN}', 422, "invalid_value"),
             (b'{"learning_rates": [Infinity]}', 422, "invalid_value"), (b" " * 20_000, 413, "too_large")]
    for raw, status, code in cases:
        response = client.post(f"/api/lessons/learning-rate?lang={lang}", content=raw, headers=headers)
        assert response.status_code == status, raw[:20]
        error = response.json()["error"]
        assert error["code"] == code
        assert bool(HANGUL.search(error["message"])) == (lang == "ko")
        json.dumps(error)


def test_requests_are_small(client):
    """The defaults answer quickly (each well under a second here, ~0.1–0.3 s on an idle 2-core machine)."""
    info = client.get("/api/lessons/optimizers").json()
    bodies = [("learning-rate", {}), ("learning-rate", {"problem": "pass_exam"}), ("batch-size", {}),
              ("optimizers", {"surface": "beale", "optimizers": [{"name": k, "lr": v}
                                                                 for k, v in info["surfaces"][3]["lr"].items()]}),
              ("overfitting", {"variant": "early_stopping"})]
    for name, body in bodies:
        start = time.perf_counter()
        post(client, name, body)
        assert time.perf_counter() - start < 1.5, name
    assert experiments_api.MAX_BODY <= 16_384


def test_mounted_in_the_lab_app_with_its_language():
    from mldlab.lab import create_app

    with TestClient(create_app(lang="ko")) as lab:
        response = lab.post("/api/lessons/learning-rate", json={"steps": -1})
        assert response.status_code == 422 and HANGUL.search(response.json()["error"]["message"])
        response = lab.post("/api/lessons/learning-rate?lang=en", json={"steps": -1})
        assert "at least" in response.json()["error"]["message"]
        assert lab.post("/api/lessons/learning-rate", json={"steps": 3}).status_code == 200


def test_concurrent_requests_give_the_numbers_of_one_request():
    """Each request seeds its own thread's generator: two at once (as in a classroom) repeat the lone result."""
    from concurrent.futures import ThreadPoolExecutor

    body = experiments_api.OverfittingRequest(variant="dropout", epochs=30, hidden_units=16, n_samples=40)
    alone = experiments_api.run_overfitting(body)
    with ThreadPoolExecutor(2) as pool:
        together = list(pool.map(experiments_api.run_overfitting, [body, body]))
    assert together[0] == together[1] == alone
