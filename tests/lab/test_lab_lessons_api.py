"""The lesson pages' API (/api/lessons/perceptron, activations, losses, gradient-descent, backprop).

Every number is compared with PyTorch computing the same thing (the slide's numbers among them: σ(−6) ≈ 0.0025),
and every bad body (wrong types, out of range, NaN, ±∞, huge numbers, unknown fields, not JSON, too large) gets
the lab's error format with the field named, in Korean and in English.
"""

import math

import numpy as np
import pytest

torch = pytest.importorskip("torch")
fastapi = pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402
from lesson_api_calls import has_korean, ok, post  # noqa: E402

from mldlab.lab import _errors, _lesson_requests, lessons_api  # noqa: E402


@pytest.fixture(scope="module")
def client():
    app = fastapi.FastAPI()
    _errors.install(app)
    app.include_router(lessons_api.router, prefix="/api/lessons")
    return TestClient(app)


def test_perceptron_the_slides_numbers(client):
    out = ok(client, "perceptron")
    p = out["perceptron"]
    assert p["z"] == -6.0 and [t["product"] for t in p["terms"]] == [-3.0, -4.0]
    assert p["y_hat"] == pytest.approx(torch.sigmoid(torch.tensor(-6.0, dtype=torch.float64)).item(), rel=1e-12)
    assert round(p["y_hat"], 4) == 0.0025 and p["side"] == -1 and p["threshold"] == 0.5
    assert p["line"] == "1 + 3x₁ − 2x₂ = 0"
    assert "σ(−6) = 0.002473" in out["text"]


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu", "leaky_relu", "linear"])
def test_perceptron_grid_and_line_agree_with_torch(client, activation):
    body = {"w0": 0.5, "w1": -1.5, "w2": 2.25, "x1": 3.0, "x2": -4.5, "activation": activation}
    out = ok(client, "perceptron", body)
    g = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu,
         "leaky_relu": torch.nn.functional.leaky_relu, "linear": lambda z: z}[activation]
    z = 0.5 + 3.0 * -1.5 + -4.5 * 2.25
    assert out["perceptron"]["z"] == pytest.approx(z)
    assert out["perceptron"]["y_hat"] == pytest.approx(g(torch.tensor(z, dtype=torch.float64)).item(), abs=1e-12)
    grid = out["grid"]
    n = grid["n"]
    assert grid["extent"] == [-6.0, 6.0, -6.0, 6.0]
    values = np.array(grid["values"]).reshape(n, n)
    axis = torch.linspace(-6.0, 6.0, n, dtype=torch.float64)
    X1, X2 = axis[None, :].expand(n, n), axis.flip(0)[:, None].expand(n, n)   # row 0 at the top (x₂ = 6)
    expected = g(0.5 + -1.5 * X1 + 2.25 * X2).numpy()
    np.testing.assert_allclose(values, expected, rtol=1e-3, atol=1e-4)
    for a, b in out["line"]:
        assert 0.5 - 1.5 * a + 2.25 * b == pytest.approx(0, abs=1e-4)
        assert max(abs(a), abs(b)) == pytest.approx(6.0)


def test_perceptron_without_a_line(client):
    out = ok(client, "perceptron", {"w1": 0.0, "w2": 0.0})
    assert out["line"] is None and out["perceptron"]["z"] == 1.0


def test_perceptron_in_korean(client):
    out = ok(client, "perceptron", lang="ko")
    assert has_korean(out["text"]) and out["perceptron"]["lang"] == "ko"
    assert client.post("/api/lessons/perceptron?lang=ko", json={}).json()["perceptron"]["lang"] == "ko"


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "relu", "leaky_relu", "linear"])
def test_activation_values_and_derivatives_are_torchs(client, name):
    points = [-6.0, -0.5, 0.0, 0.5, 6.0]
    out = ok(client, "activations", {"name": name, "points": points})
    f = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu,
         "leaky_relu": torch.nn.functional.leaky_relu, "linear": lambda z: z * 1.0}[name]
    for rows in (out["activation"]["points"], [dict(zip(out["curve"], v)) for v in zip(*out["curve"].values())]):
        z = torch.tensor([r["z"] for r in rows], dtype=torch.float64, requires_grad=True)
        g = f(z)
        g.sum().backward()
        np.testing.assert_allclose([r["g"] for r in rows], g.detach().numpy(), rtol=1e-5, atol=1e-7)
        np.testing.assert_allclose([r["dg"] for r in rows], z.grad.numpy(), rtol=1e-5, atol=1e-7)
    assert out["use"] and out["activation"]["range"]
    assert len(out["curve"]["z"]) == 121


def test_sigmoid_vanishing_gradient(client):
    out = ok(client, "activations", {"name": "sigmoid"}, lang="ko")
    v = out["vanishing"]
    assert (v["peak"], v["peak_at"], v["far_at"]) == (0.25, 0.0, 6.0)
    assert v["far"] == pytest.approx(0.0024665, rel=1e-4)
    assert [layer["factor"] for layer in v["layers"]][:3] == [0.25, 0.0625, 0.015625]
    assert has_korean(out["use"]) and has_korean(out["text"])
    relu = ok(client, "activations", {"name": "relu"})["vanishing"]
    assert relu["peak"] == 1.0 and relu["layers"][-1]["factor"] == 1.0      # ReLU′ = 1 for z > 0: nothing shrinks


def test_losses_the_slides_examples_match_torch(client):
    bce = ok(client, "losses")["loss"]              # will I pass? y = [1, 0, 1], ŷ = [0.1, 0.8, 0.6]
    expected = torch.nn.functional.binary_cross_entropy(torch.tensor([0.1, 0.8, 0.6], dtype=torch.float64),
                                                        torch.tensor([1.0, 0.0, 1.0], dtype=torch.float64))
    assert bce["risk"] == pytest.approx(expected.item(), rel=1e-12)
    assert len(bce["samples"]) == 3 and bce["samples"][0]["loss"] == pytest.approx(-math.log(0.1))
    curve = ok(client, "losses")["curve"]
    p = torch.tensor(curve["p"], dtype=torch.float64)
    np.testing.assert_allclose(curve["y1"], -p.log().numpy(), rtol=1e-5)
    np.testing.assert_allclose(curve["y0"], -(1 - p).log().numpy(), rtol=1e-5)
    answer = ok(client, "losses", {"name": "mse", "y_true": [90, 20, 95], "y_pred": [30, 80, 85]})
    mse = answer["loss"]
    assert answer["curve"] is None
    assert mse["risk"] == pytest.approx(torch.nn.functional.mse_loss(torch.tensor([30., 80, 85]),
                                                                     torch.tensor([90., 20, 95])).item())
    probs = [[0.7, 0.2, 0.1], [0.1, 0.3, 0.6]]
    ce = ok(client, "losses", {"name": "cross_entropy", "y_true": [0, 2], "y_pred": probs})["loss"]
    expected = torch.nn.functional.nll_loss(torch.tensor(probs, dtype=torch.float64).log(), torch.tensor([0, 2]))
    assert ce["risk"] == pytest.approx(expected.item(), rel=1e-12)


def test_losses_engine_errors_in_both_languages(client):
    for lang in ("en", "ko"):
        response = post(client, "losses", {"y_true": [1, 0], "y_pred": [1.5, 0.2]}, lang)
        assert response.status_code == 422
        error = response.json()["error"]
        assert error["code"] == "invalid_value" and "1.5" in error["message"]
        assert has_korean(error["message"]) == (lang == "ko")


def test_gradient_descent_on_the_parabola(client):
    out = ok(client, "gradient-descent", {"function": "parabola", "w": [-1.0], "lr": 0.1, "steps": 3})
    first = out["steps"][0]
    assert first == {"w": [-1.0], "J": 16.0, "grad": [-8.0], "lr": 0.1, "w_new": [-0.2], "J_new": 10.24}
    w = torch.tensor([-1.0], dtype=torch.float64, requires_grad=True)
    sgd = torch.optim.SGD([w], lr=0.1)
    for step in out["steps"]:
        sgd.zero_grad()
        J = ((w - 3) ** 2).sum()
        J.backward()
        assert step["grad"][0] == pytest.approx(w.grad.item()) and step["J"] == pytest.approx(J.item())
        sgd.step()
        assert step["w_new"][0] == pytest.approx(w.item())
    assert out["minimum"] == [3.0] and len(out["curve"]["w"]) == len(out["curve"]["J"]) == 121
    assert out["message"] is None
    many = ok(client, "gradient-descent", {"w": [-1.0], "lr": 0.1, "steps": 100})
    assert many["steps"][-1]["w_new"][0] == pytest.approx(3.0, abs=1e-6)


def test_gradient_descent_on_the_bowl(client):
    out = ok(client, "gradient-descent", {"function": "bowl", "w": [0.0, 0.0], "lr": 0.1, "steps": 2})
    assert out["steps"][0]["grad"] == [-6.0, -16.0] and out["steps"][0]["w_new"] == [0.6, 1.6]
    grid = out["grid"]
    assert len(grid["values"]) == grid["n"] ** 2
    x0, x1, y0, y1 = grid["extent"]
    assert grid["values"][0] == pytest.approx((x0 - 3) ** 2 + 4 * (y1 - 2) ** 2, rel=1e-3)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_gradient_descent_diverges_with_a_large_learning_rate(client, lang):
    out = ok(client, "gradient-descent", {"w": [-1.0], "lr": 1.5, "steps": 100}, lang)
    assert len(out["steps"]) < 100 and "1.5" in out["message"]
    assert has_korean(out["message"]) == (lang == "ko")
    assert all(abs(v) < 1e3 for v in out["curve"]["w"])


def _torch_net(body):
    net = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.Sigmoid(), torch.nn.Linear(2, 1),
                              torch.nn.Sigmoid()).double()
    with torch.no_grad():
        net[0].weight.copy_(torch.tensor(body["w1"], dtype=torch.float64))
        net[0].bias.copy_(torch.tensor(body["b1"], dtype=torch.float64))
        net[2].weight.copy_(torch.tensor(body["w2"], dtype=torch.float64))
        net[2].bias.copy_(torch.tensor(body["b2"], dtype=torch.float64))
    return net


BACKPROP = {"x": [4.0, 5.0], "y": 1.0, "w1": [[0.2, -0.1], [-0.3, 0.2]], "b1": [0.0, 0.1], "w2": [[0.5, -0.4]],
            "b2": [0.1], "activation": "sigmoid", "loss": "bce"}


def test_backprop_paths_match_torch_autograd(client):
    out = ok(client, "backprop", BACKPROP)
    chain = out["backprop"]
    assert chain["mode"] == "paths" and chain["matches_autograd"] and len(chain["weights"]) == 9
    net = _torch_net(BACKPROP)
    J = torch.nn.functional.binary_cross_entropy(net(torch.tensor([[4.0, 5.0]], dtype=torch.float64)),
                                                 torch.tensor([[1.0]], dtype=torch.float64))
    J.backward()
    assert chain["value"] == pytest.approx(J.item())
    by_name = {(w["parameter"], tuple(w["index"])): w["gradient"] for w in chain["weights"]}
    assert by_name[("0.weight", (0, 1))] == pytest.approx(net[0].weight.grad[0, 1].item())
    assert by_name[("2.bias", (0,))] == pytest.approx(net[2].bias.grad[0].item())
    first = chain["weights"][0]["paths"][0]["factors"]
    assert [f["symbol"] for f in first] == ["∂J/∂ŷ", "∂ŷ/∂z₂,₁", "∂z₂,₁/∂a₁,₁", "∂a₁,₁/∂z₁,₁", "∂z₁,₁/∂w⁽¹⁾₁,₁"]
    assert np.prod([f["value"] for f in first]) == pytest.approx(net[0].weight.grad[0, 0].item())
    assert [s["symbol"] for s in out["forward"]["steps"]] == ["z₁", "a₁", "z₂", "a₂"]


def test_backprop_step_is_torchs_sgd_step(client):
    out = ok(client, "backprop", {**BACKPROP, "step": True, "lr": 0.5}, lang="ko")
    net = _torch_net(BACKPROP)
    sgd = torch.optim.SGD(net.parameters(), lr=0.5)
    J = torch.nn.functional.binary_cross_entropy(net(torch.tensor([[4.0, 5.0]], dtype=torch.float64)),
                                                 torch.tensor([[1.0]], dtype=torch.float64))
    J.backward()
    sgd.step()
    np.testing.assert_allclose(out["weights"]["w1"], net[0].weight.detach().numpy(), rtol=1e-12)
    np.testing.assert_allclose(out["weights"]["b2"], net[2].bias.detach().numpy(), rtol=1e-12)
    assert out["step"]["matches"] and out["step"]["loss"] == pytest.approx(J.item())
    assert out["backprop"]["value"] < out["step"]["loss"]          # the step lowered J
    assert has_korean(out["text"]) and has_korean(out["step_text"])


def test_backprop_chain_of_one_unit(client):
    body = {"x": [1.0], "y": 0.0, "w1": [[2.0]], "b1": [-1.0], "w2": [[1.5]], "b2": [0.0], "loss": "mse",
            "activation": "tanh"}
    chain = ok(client, "backprop", body)["backprop"]
    assert chain["matches_autograd"] and len(chain["weights"]) == 4


BAD = [
    ("perceptron", '{"w0": "1"}', "wrong_type", "w0"),
    ("perceptron", '{"w0": true}', "wrong_type", "w0"),
    ("perceptron", '{"w1": NaN}', "out_of_range", "w1"),
    ("perceptron", '{"w1": Infinity}', "out_of_range", "w1"),
    ("perceptron", '{"w2": 1e308}', "out_of_range", "w2"),
    ("perceptron", '{"w2": 1e400}', "out_of_range", "w2"),
    ("perceptron", '{"x1": 7}', "out_of_range", "x1"),
    ("perceptron", '{"activation": "step"}', "not_allowed", "activation"),
    ("perceptron", '{"w3": 1}', "unknown_field", "w3"),
    ("perceptron", '[1, 2]', "wrong_type", None),
    ("perceptron", '{"w0": 1', "bad_json", None),
    ("activations", '{"points": []}', "wrong_length", "points"),
    ("activations", '{"points": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}', "wrong_length", "points"),
    ("activations", '{"points": [1, "a"]}', "wrong_type", "points.1"),
    ("activations", '{"points": [1e9]}', "out_of_range", "points.0"),
    ("activations", '{"name": "softmax"}', "not_allowed", "name"),
    ("losses", '{"name": "hinge"}', "not_allowed", "name"),
    ("losses", '{"y_true": [1, 0], "y_pred": [0.5]}', "invalid_value", None),
    ("losses", '{"y_true": {"a": 1}}', "wrong_type", "y_true"),
    ("gradient-descent", '{"lr": 0}', "out_of_range", "lr"),
    ("gradient-descent", '{"lr": -0.1}', "out_of_range", "lr"),
    ("gradient-descent", '{"steps": 1000}', "out_of_range", "steps"),
    ("gradient-descent", '{"steps": 2.5}', "wrong_type", "steps"),
    ("gradient-descent", '{"function": "bowl", "w": [1]}', "wrong_length", "w"),
    ("gradient-descent", '{"function": "saddle"}', "not_allowed", "function"),
    ("backprop", '{"w1": [[1, 2]]}', "wrong_shape", "w1"),
    ("backprop", '{"w2": [[1, 2, 3]]}', "wrong_shape", "w2"),
    ("backprop", '{"y": 2}', "out_of_range", "y"),
    ("backprop", '{"step": "yes"}', "wrong_type", "step"),
    ("backprop", '{"w1": [[1e999, 0], [0, 0]]}', "out_of_range", "w1.0.0"),
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


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_huge_body_is_refused(client, lang):
    response = post(client, "perceptron", raw='{"w0": 1, "pad": "' + "x" * 20_000 + '"}', lang=lang)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"
    assert has_korean(response.json()["error"]["message"]) == (lang == "ko")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_flood_from_one_address_is_cut(lang, monkeypatch):
    monkeypatch.setattr(_lesson_requests, "RATE", 0.5)    # refills slower than any machine sends
    app = fastapi.FastAPI()
    app.include_router(lessons_api.router, prefix="/api/lessons")
    flood = TestClient(app)
    codes = [post(flood, "perceptron", lang=lang).status_code for _ in range(120)]
    assert codes[:80] == [200] * 80 and codes[-1] == 429
    error = post(flood, "perceptron", lang=lang).json()["error"]
    assert error["code"] == "rate_limited" and has_korean(error["message"]) == (lang == "ko")
    assert post(TestClient(app, client=("10.0.0.2", 50000)), "perceptron").status_code == 200   # others go on


def test_language_from_query_then_header_then_browser(client):
    def lang_of(url, headers):
        return client.post(url, json={}, headers=headers).json()["perceptron"]["lang"]

    assert lang_of("/api/lessons/perceptron?lang=ko", {"X-Lab-Lang": "en"}) == "ko"
    assert lang_of("/api/lessons/perceptron", {"X-Lab-Lang": "ko"}) == "ko"
    assert lang_of("/api/lessons/perceptron", {"Accept-Language": "ko-KR,ko;q=0.9"}) == "ko"
    assert lang_of("/api/lessons/perceptron", {}) == "en"
