"""Classroom mode with FastAPI's TestClient: codes, roles, the teacher's locks, pushed presets and overview."""

import time

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from mldlab.lab import create_app  # noqa: E402

JOIN, TEACH = "JOIN42", "TEACH99"


@pytest.fixture
def client():
    app = create_app(lang="ko", classroom=True, join_code=JOIN, teacher_code=TEACH,
                     limits={"new_sessions_burst": 1000})
    with TestClient(app) as client:
        yield client


def join(client, **body) -> tuple:
    out = client.post("/api/session", json=body)
    assert out.status_code == 200, out.text
    return out.json(), {"X-Lab-Session": out.json()["session"]}


def error(response, status, code=None, field=None) -> dict:
    assert response.status_code == status, response.text
    body = response.json()["error"]
    assert code is None or body["code"] == code, body
    assert field is None or body["field"] == field, body
    return body


def until(ws, predicate, limit=10.0) -> dict:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        message = ws.receive_json()
        if predicate(message):
            return message
    raise AssertionError("no such message")


def test_codes_decide_the_role(client):
    error(client.post("/api/session", json={}), 403, "code_needed")
    error(client.post("/api/session", json={"join_code": "WRONG1"}), 403, "bad_code")
    error(client.post("/api/session", json={"teacher_code": JOIN}), 403, "bad_code")
    error(client.post("/api/session", json={"join_code": "x" * 41}), 422, "wrong_length", "join_code")
    student, _ = join(client, join_code="join42")
    teacher, _ = join(client, teacher_code=f" {TEACH.lower()} ")
    assert (student["role"], teacher["role"]) == ("student", "teacher")
    assert student["classroom"] is True and student["lang"] == "ko"
    assert student["limits"]["max_layers"] < 8 and student["limits"]["max_epochs"] < 10000


def test_random_codes_are_short_readable_and_different():
    room = create_app(classroom=True).state.classroom
    assert len(room.join_code) == 6 and len(room.teacher_code) == 8 and room.join_code != room.teacher_code
    assert not set(room.join_code + room.teacher_code) & set("01OIL")
    assert create_app().state.classroom.join_code is None


def test_students_cannot_act_as_the_teacher_nor_as_each_other(client):
    _, student = join(client, join_code=JOIN)
    error(client.post("/api/teacher/locks", json={"locked": ["dataset"]}, headers=student), 403, "teacher_only")
    error(client.post("/api/teacher/preset", json={"preset": "xor"}, headers=student), 403, "teacher_only")
    error(client.get("/api/teacher/overview", headers=student), 403, "teacher_only")
    error(client.get("/api/diagnosis", headers={"X-Lab-Session": student["X-Lab-Session"][::-1]}), 401)


def test_solo_sessions_are_not_teachers():
    with TestClient(create_app()) as solo:
        headers = {"X-Lab-Session": solo.post("/api/session", json={"teacher_code": TEACH}).json()["session"]}
        error(solo.get("/api/teacher/overview", headers=headers), 403, "teacher_only")


def test_locks_reach_the_students_and_the_server_enforces_them(client):
    _, teacher = join(client, teacher_code=TEACH)
    _, student = join(client, join_code=JOIN)
    with client.websocket_connect(f"/ws?session={student['X-Lab-Session']}") as ws:
        assert until(ws, lambda m: m["type"] == "locks") == {"type": "locks", "locked": [], "hidden": []}
        out = client.post("/api/teacher/locks", json={"locked": ["dataset", "learning_rate", "play"],
                                                      "hidden": ["upload"]}, headers=teacher)
        assert out.status_code == 200 and out.json()["students"] == 1
        locks = until(ws, lambda m: m["type"] == "locks")
        assert locks["locked"] == ["dataset", "learning_rate", "play"] and locks["hidden"] == ["upload"]
        ws.send_json({"type": "set", "learning_rate": 0.5})
        assert until(ws, lambda m: m["type"] == "message")["code"] == "locked"
        ws.send_json({"type": "play"})
        assert until(ws, lambda m: m["type"] == "message")["field"] == "play"
        ws.send_json({"type": "step"})
        assert until(ws, lambda m: m["type"] == "state")["iteration"] == 1
    error(client.put("/api/setup", json={"dataset": "xor"}, headers=student), 403, "locked", "dataset")
    assert client.put("/api/setup", json={"noise": 0.2}, headers=student).status_code == 200
    error(client.post("/api/data/upload", files={"file": ("a.csv", b"1,2,0\n")}, headers=student), 403, "locked")
    assert join(client, join_code=JOIN)[0]["locks"]["hidden"] == ["upload"]
    # the teacher is not bound by the locks
    assert client.put("/api/setup", json={"dataset": "xor"}, headers=teacher).status_code == 200
    error(client.post("/api/teacher/locks", json={"locked": ["Bad Id!"]}, headers=teacher), 422, None, "locked.0")
    error(client.post("/api/teacher/locks", json={"locked": "dataset"}, headers=teacher), 422, "wrong_type")
    error(client.post("/api/teacher/locks", json={"frozen": []}, headers=teacher), 422, "unknown_field")


def test_a_pushed_preset_reaches_every_student(client):
    _, teacher = join(client, teacher_code=TEACH)
    students = [join(client, join_code=JOIN)[1] for _ in range(3)]
    with client.websocket_connect(f"/ws?session={students[0]['X-Lab-Session']}") as first, \
            client.websocket_connect(f"/ws?session={students[1]['X-Lab-Session']}") as second:
        for ws in (first, second):
            until(ws, lambda m: m["type"] == "locks")
        first.send_json({"type": "play"})
        until(first, lambda m: m["type"] == "state")
        out = client.post("/api/teacher/preset", json={"setup": {"dataset": "xor", "learning_rate": 0.1}},
                          headers=teacher)
        assert out.status_code == 200, out.text
        assert out.json()["students"] == 3 and out.json()["reached"] == 3
        for ws in (first, second):
            pushed = until(ws, lambda m: m["type"] == "setup")
            assert pushed["setup"]["dataset"] == "xor" and pushed["setup"]["learning_rate"] == 0.1
            assert pushed["points"]["train"]["x"]
        assert until(first, lambda m: m["type"] == "state")["epoch"] == 0
    later, _ = join(client, join_code=JOIN)
    assert later["setup"]["dataset"] == "xor"
    names = [p["name"] for p in client.get("/api/config").json()["presets"]]
    assert client.post("/api/teacher/preset", json={"preset": names[0]}, headers=teacher).status_code == 200


def test_bad_pushes_are_refused(client):
    _, teacher = join(client, teacher_code=TEACH)
    error(client.post("/api/teacher/preset", json={"preset": "nothing"}, headers=teacher), 404, "unknown_preset")
    error(client.post("/api/teacher/preset", json={"preset": 3}, headers=teacher), 422, "wrong_type")
    error(client.post("/api/teacher/preset", json={"preset": "xor", "setup": {}}, headers=teacher), 422,
          "preset_body")
    error(client.post("/api/teacher/preset", json={"setup": {"hidden": [{"units": 2}] * 5}}, headers=teacher), 422,
          "setup_limit")
    error(client.post("/api/teacher/preset", json={"setup": {"dataset": "upload"}}, headers=teacher), 422,
          "push_upload")


def test_classroom_limits_are_tighter(client):
    _, student = join(client, join_code=JOIN)
    error(client.put("/api/setup", json={"hidden": [{"units": 4}] * 5}, headers=student), 422, "setup_limit",
          "hidden")
    names = [p["name"] for p in client.get("/api/config").json()["presets"]]
    for name in names:  # every preset fits a classroom
        setup = client.get(f"/api/presets/{name}").json()["setup"]
        assert client.put("/api/setup", json=setup, headers=student).status_code == 200, name
    error(client.put("/api/setup", json={"epochs": 5000}, headers=student), 422, "setup_limit", "epochs")


def test_the_overview_shows_students_without_their_tokens(client):
    _, teacher = join(client, teacher_code=TEACH)
    tokens = [join(client, join_code=JOIN)[1]["X-Lab-Session"] for _ in range(2)]
    with client.websocket_connect(f"/ws?session={tokens[0]}") as ws:
        until(ws, lambda m: m["type"] == "locks")
        ws.send_json({"type": "step", "unit": "epoch"})
        until(ws, lambda m: m["type"] == "state")
        out = client.get("/api/teacher/overview", headers=teacher)
    body = out.json()
    assert body["students"] == 2 and len(body["sessions"]) == 2
    assert max(row.get("epoch") or 0 for row in body["sessions"]) == 1
    assert not any(token in out.text for token in tokens) and teacher["X-Lab-Session"] not in out.text


def test_concurrent_training_is_limited():
    app = create_app(classroom=True, join_code=JOIN, teacher_code=TEACH,
                     limits={"max_running": 1, "new_sessions_burst": 100})
    with TestClient(app) as client:
        a, b = (join(client, join_code=JOIN)[1]["X-Lab-Session"] for _ in range(2))
        with client.websocket_connect(f"/ws?session={a}") as first, \
                client.websocket_connect(f"/ws?session={b}") as second:
            first.send_json({"type": "play"})
            until(first, lambda m: m["type"] == "state")
            second.send_json({"type": "play"})
            assert until(second, lambda m: m["type"] == "message")["code"] == "too_many_running"
            first.send_json({"type": "pause"})
            until(first, lambda m: m["type"] == "status" and not m["running"])
            second.send_json({"type": "play"})
            assert until(second, lambda m: m["type"] == "status")["running"] is True
            second.send_json({"type": "pause"})
