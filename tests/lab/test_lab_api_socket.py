"""The lab's WebSocket with FastAPI's TestClient: play, pause, step, reset, the learning rate, bad messages."""

import time

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from mldlab.lab import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(lang="en", limits={"new_sessions_burst": 1000})) as client:
        yield client


def start(client, setup=None) -> str:
    """A new session (with ``setup`` put) and its token."""
    token = client.post("/api/session", json={}).json()["session"]
    if setup is not None:
        out = client.put("/api/setup", json=setup, headers={"X-Lab-Session": token})
        assert out.status_code == 200, out.text
    return token


def until(ws, predicate, limit: float = 10.0) -> tuple:
    """Messages until one satisfies ``predicate``: (that one, the ones before)."""
    before, deadline = [], time.monotonic() + limit
    while time.monotonic() < deadline:
        message = ws.receive_json()
        if predicate(message):
            return message, before
        before.append(message)
    raise AssertionError(f"no such message in {limit} s; got {[m['type'] for m in before][-20:]}")


def kind(name):
    return lambda message: message["type"] == name


def error_message(ws, code=None, field=None) -> dict:
    message, _ = until(ws, lambda m: m["type"] == "message" and m["level"] == "error")
    assert message["text"] and (code is None or message["code"] == code), message
    assert field is None or message["field"] == field, message
    return message


def test_an_unknown_session_is_told_and_closed(client):
    from starlette.websockets import WebSocketDisconnect

    with client.websocket_connect("/ws?session=nobody") as ws:
        message = ws.receive_json()
        assert message["type"] == "message" and message["code"] == "unknown_session"
        with pytest.raises(WebSocketDisconnect):
            ws.receive_json()


def test_play_streams_states_at_ten_a_second_then_pause_stops(client):
    with client.websocket_connect(f"/ws?session={start(client)}") as ws:
        assert ws.receive_json() == {"type": "status", "running": False}
        ws.send_json({"type": "play"})
        assert until(ws, kind("status"))[0]["running"] is True
        first, _ = until(ws, kind("state"))
        started, frames = time.monotonic(), 0
        while time.monotonic() - started < 1.5:
            frames += ws.receive_json()["type"] == "state"
        assert frames / 1.5 >= 10, frames
        ws.send_json({"type": "pause"})
        last, states = until(ws, kind("status"))
        assert last["running"] is False
        epoch = (states[-1] if states else first)["epoch"]
        assert epoch > first["epoch"]
        ws.send_json({"type": "step", "unit": "iteration"})
        after, others = until(ws, kind("state"))
        assert not others and after["iteration"] > 0


def test_step_reset_and_the_learning_rate(client):
    with client.websocket_connect(f"/ws?session={start(client, {'dataset': 'xor', 'batch_size': 10})}") as ws:
        ws.receive_json()
        ws.send_json({"type": "step", "unit": "iteration"})
        assert until(ws, kind("state"))[0]["iteration"] == 1
        ws.send_json({"type": "step"})
        assert until(ws, kind("state"))[0]["iteration"] == 2
        ws.send_json({"type": "step", "unit": "epoch"})
        state = until(ws, kind("state"))[0]
        assert (state["epoch"], state["iteration"]) == (1, 15)
        ws.send_json({"type": "set", "learning_rate": 0.5})
        assert until(ws, kind("state"))[0]["learning_rate"] == 0.5
        ws.send_json({"type": "reset"})
        state = until(ws, kind("state"))[0]
        assert (state["epoch"], state["iteration"], state["history"]) == (0, 0, [])


@pytest.mark.parametrize(("sent", "code", "field"), [
    ('{"type": "dance"}', "unknown_message", "type"),
    ('{"kind": "play"}', "unknown_message", "type"),
    ("[1, 2]", "unknown_message", "type"),
    ("not json", "bad_json", None),
    ('{"type": "play", "speed": 3}', "unknown_field", "speed"),
    ('{"type": "step", "unit": "year"}', "not_allowed", "unit"),
    ('{"type": "step", "unit": 3}', "not_allowed", "unit"),
    ('{"type": "set"}', "missing_field", "learning_rate"),
    ('{"type": "set", "learning_rate": "fast"}', "setup_type", "learning_rate"),
    ('{"type": "set", "learning_rate": 0}', "setup_range", "learning_rate"),
    ('{"type": "set", "learning_rate": 50}', "setup_range", "learning_rate"),
    ('{"type": "set", "learning_rate": 1e999}', None, "learning_rate"),
    ('{"type": "step", "unit": "' + "e" * 5000 + '"}', "too_large", None),
])
def test_bad_messages_get_an_error_and_the_connection_stays(client, sent, code, field):
    with client.websocket_connect(f"/ws?session={start(client)}") as ws:
        ws.receive_json()
        ws.send_text(sent)
        error_message(ws, code, field)
        ws.send_json({"type": "step"})
        assert until(ws, kind("state"))[0]["iteration"] == 1


def test_a_binary_frame_is_a_bad_message(client):
    with client.websocket_connect(f"/ws?session={start(client)}") as ws:
        ws.receive_json()
        ws.send_bytes(b"\x00\x01")
        error_message(ws, "bad_json")
        ws.send_json({"type": "step"})
        assert until(ws, kind("state"))[0]["iteration"] == 1


def test_messages_in_the_sessions_language(client):
    token = client.post("/api/session", json={}, headers={"X-Lab-Lang": "ko"}).json()["session"]
    with client.websocket_connect(f"/ws?session={token}") as ws:
        ws.receive_json()
        ws.send_json({"type": "dance"})
        assert any("\uac00" <= ch <= "\ud7a3" for ch in error_message(ws)["text"])


def test_a_large_learning_rate_diverges_with_a_message(client):
    with client.websocket_connect(f"/ws?session={start(client, {'learning_rate': 10})}") as ws:
        ws.receive_json()
        ws.send_json({"type": "play"})
        message, before = until(ws, lambda m: m["type"] == "message", limit=10)
        assert message["level"] == "error" and "diverged" in message["code"]
        assert [m for m in before if m["type"] == "state"][-1]["stopped"] == "diverged"
        assert until(ws, kind("status"))[0]["running"] is False


def test_the_epoch_budget_stops_training(client):
    with client.websocket_connect(f"/ws?session={start(client, {'epochs': 3})}") as ws:
        ws.receive_json()
        ws.send_json({"type": "play"})
        message, before = until(ws, lambda m: m["type"] == "message")
        assert message["level"] == "info" and [m for m in before if m["type"] == "state"][-1]["epoch"] == 3
        assert until(ws, kind("status"))[0]["running"] is False
        ws.send_json({"type": "play"})  # nothing left to train: told again, not stuck
        assert until(ws, lambda m: m["type"] == "message")[0]["level"] == "info"


def test_a_flood_of_messages_is_cut_and_the_socket_stays(client):
    with client.websocket_connect(f"/ws?session={start(client)}") as ws:
        ws.receive_json()
        for _ in range(150):
            ws.send_json({"type": "reset"})
        error_message(ws, "rate_limited")
        time.sleep(0.3)
        ws.send_json({"type": "step"})
        until(ws, lambda m: m["type"] == "state" and m["iteration"] == 1)


def test_a_second_socket_replaces_the_first(client):
    from starlette.websockets import WebSocketDisconnect

    token = start(client)
    with client.websocket_connect(f"/ws?session={token}") as first:
        first.receive_json()
        with client.websocket_connect(f"/ws?session={token}") as second:
            second.receive_json()
            with pytest.raises(WebSocketDisconnect):
                while True:
                    first.receive_json()
            second.send_json({"type": "step"})
            assert until(second, kind("state"))[0]["iteration"] == 1


def test_closing_the_socket_pauses_training(client):
    app, token = client.app, start(client)
    with client.websocket_connect(f"/ws?session={token}") as ws:
        ws.receive_json()
        ws.send_json({"type": "play"})
        until(ws, kind("state"))
    deadline = time.monotonic() + 5
    while app.state.sessions.get(token).playing and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not app.state.sessions.get(token).playing and not app.state.runner.playing


def test_one_sessions_failure_does_not_touch_another(client, monkeypatch):
    sick, healthy = start(client, {}), start(client, {})
    app = client.app
    job = app.state.sessions.get(sick).job

    def broken(seconds):
        raise RuntimeError("boom")

    monkeypatch.setattr(job, "advance", broken)
    with client.websocket_connect(f"/ws?session={sick}") as bad, \
            client.websocket_connect(f"/ws?session={healthy}") as good:
        bad.receive_json(), good.receive_json()
        good.send_json({"type": "play"})
        bad.send_json({"type": "play"})
        message = error_message(bad, "internal_error")
        assert "boom" not in message["text"]
        assert until(bad, kind("status"))[0]["running"] is False
        first = until(good, kind("state"))[0]["iteration"]
        later = until(good, lambda m: m["type"] == "state" and m["iteration"] > first)[0]
        assert later["stopped"] is None
        good.send_json({"type": "pause"})
