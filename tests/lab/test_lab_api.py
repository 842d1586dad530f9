"""The lab's HTTP API with FastAPI's TestClient: every route, good and bad input, errors in the user's language."""

import gc
import io
import time
import weakref

import pytest

pytest.importorskip("fastapi")  # the lab's extra; CI installs it (pip install -e ".[test]")
from fastapi.testclient import TestClient  # noqa: E402

from mldlab.lab import create_app  # noqa: E402

STATE_KEYS = {"epoch", "iteration", "stopped", "learning_rate", "train_loss", "test_loss", "train_accuracy",
              "test_accuracy", "history", "boundary", "neurons", "network", "confusion", "message"}


@pytest.fixture(scope="module")
def client():
    app = create_app(lang="en", limits={"new_sessions_burst": 1000})
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def session(client, lang=None) -> dict:
    """Headers of a new session."""
    out = client.post("/api/session", json={})
    assert out.status_code == 200, out.text
    headers = {"X-Lab-Session": out.json()["session"]}
    if lang:
        headers["X-Lab-Lang"] = lang
    return headers


def error(response, status: int, code: str | None = None, field: str | None = None) -> dict:
    """The error body of ``response`` after checking its status, code and field; never a traceback."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "field"}, body
    if code:
        assert body["error"]["code"] == code, body
    if field:
        assert body["error"]["field"] == field, body
    assert "Traceback" not in response.text and body["error"]["message"]
    return body["error"]


def hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def test_config_lists_every_choice(client):
    config = client.get("/api/config").json()
    assert [d["name"] for d in config["datasets"]] == ["pass_exam", "xor", "circles", "moons", "spirals", "gaussians",
                                                       "linear", "polynomial", "sine", "upload"]
    assert all(d["label_ko"] and d["label_en"] for d in config["datasets"])
    assert sum(hangul(d["label_ko"]) for d in config["datasets"]) >= 8
    assert {d["task"] for d in config["datasets"]} == {"binary", "multiclass", "regression", None}
    assert config["features"] == ["x1", "x2", "x1^2", "x2^2", "x1x2", "sin_x1", "sin_x2"]
    assert set(config["activations"]) == {"relu", "tanh", "sigmoid", "leaky_relu", "linear"}
    optimizers = {o["name"]: {p["name"]: p for p in o["hyperparameters"]} for o in config["optimizers"]}
    assert set(optimizers) == {"sgd", "momentum", "nesterov", "adagrad", "adadelta", "rmsprop", "adam"}
    assert optimizers["adam"]["betas"]["default"] == [0.9, 0.999] and optimizers["rmsprop"]["alpha"]["default"] == 0.99
    assert optimizers["momentum"]["momentum"]["max"] == 1.0
    assert config["languages"] == ["en", "ko"] and config["lang"] == "en" and config["classroom"] is False
    assert config["limits"]["max_layers"] == 8 and config["limits"]["max_units"] == 32
    assert config["presets"] and all(hangul(p["title_ko"]) and not hangul(p["title_en"]) for p in config["presets"])
    assert {"perceptron", "lr-too-large", "overfitting", "dropout", "early-stopping"} <= {
        p["name"] for p in config["presets"]}


def test_session_tokens_are_random_and_bodies_strict(client):
    first, second = (client.post("/api/session", json={}).json() for _ in range(2))
    assert first["session"] != second["session"] and len(first["session"]) >= 22
    assert first["role"] == "solo" and first["classroom"] is False and first["locks"] == {"locked": [], "hidden": []}
    error(client.post("/api/session", json={"name": "kim"}), 422, "unknown_field", "name")
    error(client.post("/api/session", json={"join_code": 1234}), 422, "wrong_type", "join_code")
    error(client.post("/api/session", json=[1, 2]), 422, "wrong_type")
    error(client.post("/api/session", content=b"{not json", headers={"Content-Type": "application/json"}), 400,
          "bad_json")


def test_put_setup_merges_on_the_defaults_and_returns_what_the_page_draws(client):
    out = client.put("/api/setup", json={"dataset": "xor", "hidden": [{"units": 3, "activation": "relu"}]},
                     headers=session(client))
    assert out.status_code == 200, out.text
    body = out.json()
    assert body["setup"]["dataset"] == "xor" and body["setup"]["learning_rate"] == 0.03
    assert set(body["state"]) == STATE_KEYS and body["state"]["epoch"] == 0
    assert body["state"]["network"]["layers"] == [2, 3, 1]
    assert len(body["points"]["train"]["x"]) + len(body["points"]["test"]["x"]) == 300


@pytest.mark.parametrize(("setup", "code", "field"), [
    ({"learning_rate": "0.1"}, "setup_type", "learning_rate"),
    ({"learning_rate": 0}, "setup_range", "learning_rate"),
    ({"learning_rate": 11}, "setup_range", "learning_rate"),
    ({"epochs": 2.5}, "setup_type", "epochs"),
    ({"hidden": [{"units": 33}]}, "setup_range", "hidden.0.units"),
    ({"hidden": [{"units": 2}] * 9}, "setup_range", "hidden"),
    ({"dataset": "mnist"}, "setup_choice", "dataset"),
    ({"learnig_rate": 0.1}, "setup_unknown", "learnig_rate"),
    ({"optimizer": {"name": "adam", "betas": [0.9, 1.5]}}, "setup_range", None),
    ({"noise": float("nan")}, None, None),
])
def test_bad_setups_are_refused_naming_the_field(client, setup, code, field):
    import json

    out = client.put("/api/setup", content=json.dumps(setup).encode(), headers={**session(client),
                                                                                "Content-Type": "application/json"})
    assert out.status_code in (400, 422)
    error(out, out.status_code, code, field)


def test_errors_come_in_the_users_language(client):
    headers = session(client)
    english = error(client.put("/api/setup", json={"learning_rate": 20}, headers=headers), 422)["message"]
    korean = error(client.put("/api/setup?lang=ko", json={"learning_rate": 20}, headers=headers), 422)["message"]
    header = error(client.put("/api/setup", json={"learning_rate": 20}, headers={**headers, "X-Lab-Lang": "ko"}),
                   422)["message"]
    assert not hangul(english) and hangul(korean) and hangul(header)
    # the session keeps the language last chosen
    assert hangul(error(client.put("/api/setup", json={"epochs": 0}, headers=headers), 422)["message"])


def test_accept_language_when_the_server_has_no_language():
    with TestClient(create_app(lang=None)) as client:
        out = client.post("/api/session", json={}, headers={"Accept-Language": "ko-KR,ko;q=0.9,en;q=0.8"})
        assert out.json()["lang"] == "ko"
        assert client.get("/api/config").json()["lang"] is None


def test_no_session_and_a_foreign_token_are_refused(client):
    error(client.put("/api/setup", json={}), 401, "unknown_session")
    error(client.put("/api/setup", json={}, headers={"X-Lab-Session": "x" * 22}), 401, "unknown_session")
    error(client.get("/api/diagnosis", headers={"X-Lab-Session": ""}), 401, "unknown_session")


def test_sessions_do_not_share_their_jobs(client):
    first, second = session(client), session(client)
    client.put("/api/setup", json={"dataset": "moons", "seed": 3}, headers=first)
    other = client.put("/api/setup", json={"dataset": "xor"}, headers=second).json()
    assert other["setup"]["dataset"] == "xor"
    mine = client.put("/api/setup", json={"dataset": "moons", "seed": 3}, headers=first).json()
    assert mine["setup"]["dataset"] == "moons" and mine["setup"]["seed"] == 3


def test_huge_bodies_are_refused_before_they_are_read(client):
    headers = {**session(client), "Content-Type": "application/json"}
    error(client.put("/api/setup", content=b" " * 400_000, headers=headers), 413, "too_large")

    def chunks():
        for _ in range(40):
            yield b" " * 10_000

    error(client.put("/api/setup", content=chunks(), headers=headers), 413, "too_large")
    deep = b"[" * 100_000 + b"]" * 100_000
    error(client.put("/api/setup", content=deep, headers=headers), 400, "bad_json")


def test_presets(client):
    names = [p["name"] for p in client.get("/api/config").json()["presets"]]
    for name in names:
        out = client.get(f"/api/presets/{name}")
        assert out.status_code == 200, out.text
        assert {"setup", "title", "description"} <= set(out.json())
        applied = client.put("/api/setup", json=out.json()["setup"], headers=session(client))
        assert applied.status_code == 200, (name, applied.text)
    korean = client.get(f"/api/presets/{names[0]}?lang=ko").json()
    assert hangul(korean["title"])
    error(client.get("/api/presets/nothing"), 404, "unknown_preset")


CSV = "x1,x2,label\n" + "\n".join(f"{i % 7 - 3},{i % 5 - 2},{int(i % 7 > 3)}" for i in range(60))


def upload(client, headers, data: bytes, name: str = "points.csv"):
    return client.post("/api/data/upload", files={"file": (name, io.BytesIO(data), "text/csv")}, headers=headers)


def test_upload_a_csv_then_train_on_it(client):
    headers = session(client)
    out = upload(client, headers, CSV.encode())
    assert out.status_code == 200, out.text
    body = out.json()
    assert body["setup"]["dataset"] == "upload" and body["points"]["task"] == "binary"
    assert len(body["points"]["train"]["x"]) + len(body["points"]["test"]["x"]) == 60
    again = client.put("/api/setup", json={**body["setup"], "learning_rate": 0.1}, headers=headers)
    assert again.status_code == 200 and again.json()["setup"]["dataset"] == "upload"
    three = "\n".join(f"{i % 7},{i % 3},{i % 3}" for i in range(30)).encode()
    assert upload(client, headers, three).json()["setup"]["output"] == "multiclass"


@pytest.mark.parametrize(("data", "code"), [
    (b"x1,x2,label\n1,2\n3,4\n5,6\n7,8\n", "csv_columns"),
    (b"1,2,0\n3,abc,1\n5,6,0\n7,8,1\n", "csv_number"),
    (b"1,2,0\n", "csv_rows"),
    (b"\xff\xfe\x00garbage", "csv_encoding"),
    (b"1,2,1\n3,4,1\n5,6,1\n7,8,1\n", "csv_one_class"),
    (b"1,2,0\n3,inf,1\n5,6,0\n7,8,1\n", "csv_number"),
])
def test_malformed_csv_files_are_explained(client, data, code):
    error(upload(client, session(client), data), 422, code)


def test_upload_limits_and_shape(client):
    headers = session(client)
    error(upload(client, headers, b"1,2,0\n" * 50_000), 413, "too_large")
    error(client.post("/api/data/upload", json={"file": "1,2,3"}, headers=headers), 422, "missing_field", "file")
    broken = client.post("/api/data/upload", content=b"--x\r\nbroken", headers={
        **headers, "Content-Type": "multipart/form-data; boundary=x"})
    error(broken, broken.status_code)
    assert broken.status_code in (400, 422)
    error(client.put("/api/setup", json={"dataset": "upload"}, headers=session(client)), 422, "upload_first")


def test_clicked_points_join_the_training_set(client):
    headers = session(client)
    before = client.put("/api/setup", json={}, headers=headers).json()["points"]
    out = client.post("/api/data/points", json={"points": [{"x1": 0.1, "x2": 0.2, "y": 1}, {"x1": 0, "x2": 0, "y": 0}]},
                      headers=headers)
    assert out.status_code == 200, out.text
    assert len(out.json()["points"]["train"]["x"]) == len(before["train"]["x"]) + 2
    error(client.post("/api/data/points", json={"points": [{"x1": 0.1, "y": 1}]}, headers=headers), 422,
          "points_shape")
    error(client.post("/api/data/points", json={"points": [{"x1": 0.1, "x2": 0, "y": 7}]}, headers=headers), 422,
          "points_label")
    error(client.post("/api/data/points", json={"points": [], "extra": 1}, headers=headers), 422, "unknown_field")
    error(client.post("/api/data/points", json={}, headers=headers), 422, "missing_field")
    error(client.post("/api/data/points", json={"points": "many"}, headers=headers), 422, "points_count")


def test_regenerate_draws_a_new_seed(client):
    headers = session(client)
    seed = client.put("/api/setup", json={}, headers=headers).json()["setup"]["seed"]
    out = client.post("/api/data/regenerate", headers=headers)
    assert out.status_code == 200 and out.json()["setup"]["seed"] != seed
    error(client.post("/api/data/regenerate", json={"seed": 3}, headers=headers), 422, "unknown_field", "seed")


def test_math_panels_and_diagnosis(client):
    headers = session(client)
    neuron = client.get("/api/math/neuron?layer=0&unit=1&x1=0.5&x2=-0.2", headers=headers)
    assert neuron.status_code == 200, neuron.text
    assert client.get("/api/math/neuron?layer=0&unit=0", headers=headers).status_code == 200
    assert client.get("/api/math/optimizer", headers=headers).status_code == 200
    error(client.get("/api/diagnosis", headers=headers), 422, "diagnosis_empty")
    with client.websocket_connect(f"/ws?session={headers['X-Lab-Session']}") as ws:
        ws.send_json({"type": "step", "unit": "epoch"})
        while ws.receive_json()["type"] != "state":
            pass
    diagnosis = client.get("/api/diagnosis?lang=ko", headers=headers)
    assert diagnosis.status_code == 200 and hangul(diagnosis.text) and "\\u" not in diagnosis.text
    error(client.get("/api/math/neuron?layer=zero&unit=1", headers=headers), 422, "wrong_type", "layer")
    error(client.get("/api/math/neuron?layer=-1&unit=1", headers=headers), 422, "out_of_range", "layer")
    error(client.get("/api/math/neuron?layer=0&unit=1&x1=nan", headers=headers), 422, None, "x1")
    error(client.get("/api/math/neuron?unit=1", headers=headers), 422, "missing_field", "layer")
    error(client.get("/api/math/neuron?layer=5&unit=0", headers=headers), 422)


def test_exports(client):
    import mldlab

    headers = session(client)
    model = client.get("/api/export/model", headers=headers)
    assert model.status_code == 200 and "attachment" in model.headers["content-disposition"]
    path = __import__("pathlib").Path(__import__("tempfile").mkdtemp()) / "m.npz"
    path.write_bytes(model.content)
    assert mldlab.load(str(path)) is not None
    assert "torch" in client.get("/api/export/pytorch", headers=headers).text
    assert "keras" in client.get("/api/export/keras", headers=headers).text
    error(client.get("/api/export/onnx", headers=headers), 404, "not_found")


def test_landscape(client):
    headers = session(client)
    out = client.get("/api/landscape?n=5&span=0.5", headers=headers)
    assert out.status_code == 200, out.text
    error(client.get("/api/landscape?n=500", headers=headers), 422, "out_of_range", "n")
    error(client.get("/api/landscape?span=inf", headers=headers), 422, None, "span")


def test_a_flood_from_one_session_is_cut_and_the_server_stays_fine():
    client = TestClient(create_app(limits={"rate": 5, "burst": 10}))
    flooder, other = session(client), session(client)
    cheap = "/api/math/neuron?layer=0&unit=0"
    started = time.monotonic()
    answers = [client.get(cheap, headers=flooder).status_code for _ in range(40)]
    allowed = 10 + 5 * (time.monotonic() - started)
    assert 429 in answers and 10 <= answers.count(200) <= allowed + 1
    limited = client.get(cheap, headers=flooder)
    error(limited, 429, "rate_limited")
    assert limited.headers["retry-after"] == "1"
    assert client.get(cheap, headers=other).status_code == 200
    time.sleep(0.5)
    assert client.get(cheap, headers=flooder).status_code == 200


def test_too_many_new_sessions_from_one_address():
    with TestClient(create_app(limits={"new_sessions_burst": 5, "new_sessions_rate": 0.1})) as client:
        codes = [client.post("/api/session", json={}).status_code for _ in range(7)]
        assert codes[:5] == [200] * 5 and codes[5:] == [429, 429]


def test_the_lab_full_is_a_clear_error():
    with TestClient(create_app(limits={"max_sessions": 2})) as client:
        for _ in range(2):
            client.post("/api/session", json={})
        error(client.post("/api/session", json={}), 409, "too_many_sessions")


def test_idle_sessions_expire_and_release_their_job():
    app = create_app(limits={"idle_seconds": 60})
    with TestClient(app) as client:
        headers = session(client)
        assert client.put("/api/setup", json={}, headers=headers).status_code == 200
        job = weakref.ref(app.state.sessions.get(headers["X-Lab-Session"]).job)
        assert app.state.sessions.expire() == 0
        assert app.state.sessions.expire(now=time.monotonic() + 61) == 1 and len(app.state.sessions) == 0
        gc.collect()
        assert job() is None
        error(client.get("/api/diagnosis", headers=headers), 401, "unknown_session")


def test_the_background_sweep_closes_idle_sessions():
    app = create_app(limits={"idle_seconds": 0.2})
    with TestClient(app) as client:
        session(client)
        deadline = time.monotonic() + 5
        while len(app.state.sessions) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(app.state.sessions) == 0


def test_unknown_routes_methods_and_internal_errors(client, monkeypatch):
    error(client.get("/api/nothing"), 404, "not_found")
    error(client.delete("/api/config"), 405)
    headers = session(client)
    from mldlab.lab.job import Job

    monkeypatch.setattr(Job, "diagnosis", lambda self, lang=None: 1 / 0)
    body = error(client.get("/api/diagnosis", headers=headers), 500, "internal_error")
    assert hangul(body["message"]) and "lab" in body["message"] and "ZeroDivision" not in body["message"]


def test_pages_and_static_files(client):
    for path, mime in [("/static/common/api.js", "text/javascript"), ("/static/text/en.json", "application/json"),
                       ("/static/common/lab.css", "text/css")]:
        out = client.get(path)
        assert out.status_code == 200 and out.headers["content-type"].startswith(mime), path
        assert out.headers["x-content-type-options"] == "nosniff"
    fonts = list((__import__("mldlab.lab._static", fromlist=["STATIC"]).STATIC / "vendor").rglob("*.woff2"))
    if fonts:
        relative = fonts[0].relative_to(fonts[0].parents[len(fonts[0].relative_to(
            __import__("mldlab.lab._static", fromlist=["STATIC"]).STATIC).parts) - 1])
        assert client.get(f"/static/{relative.as_posix()}").headers["content-type"] == "font/woff2"
    for bad in ["/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/common/",
                "/static/common", "/static/", "/static//etc/passwd", "/static/common/.hidden", "/lessons/..%2f..",
                "/lessons/%2e%2e/job.py", "/static/common/api.js/x"]:
        out = client.get(bad)
        assert out.status_code == 404 and "error" in out.json(), bad
    for page in ["/", "/lessons", "/lessons/perceptron"]:
        out = client.get(page)
        assert out.status_code in (200, 404)
        assert out.headers["content-type"].startswith("text/html" if out.status_code == 200 else "application/json")
