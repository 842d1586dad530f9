"""The WebSocket ``/ws?session=TOKEN``: play, pause, step, reset and the learning rate; states stream back.

client → server   {"type": "play"} {"type": "pause"} {"type": "step", "unit": "iteration"|"epoch"}
                  {"type": "reset"} {"type": "set", "learning_rate": x}
server → client   {"type": "state", ...} {"type": "status", "running"} {"type": "message", "level", "code", "text",
                  "field"} {"type": "setup", "setup", "points"} {"type": "locks", "locked", "hidden"}

A message the server does not understand gets an error message back and the connection stays open. Messages count
against the session's rate limit like requests. A session has one socket: a second one (a reloaded tab) replaces
the first. When the socket closes, training pauses.
"""

import json

from fastapi import WebSocket, WebSocketDisconnect

from mldlab.i18n import language, message
from mldlab.lab._errors import LabError
from mldlab.lab.runner import Outbox
from mldlab.lab.spec import SetupError, validate_setup

MAX_MESSAGE = 4096
_KEYS = {"play": set(), "pause": set(), "reset": set(), "step": {"unit"}, "set": {"learning_rate"}}
_CONTROLS = {"play": "play", "reset": "reset", "step": "step", "set": "learning_rate"}  # pausing is always allowed


async def lab_socket(websocket: WebSocket):
    state = websocket.app.state
    session = state.sessions.get(websocket.query_params.get("session"))
    await websocket.accept()
    if session is None:
        await websocket.send_json({"type": "message", "level": "error", "code": "unknown_session",
                                   "text": message("server_unknown_session"), "field": "session"})
        await websocket.close(code=4401)
        return
    if session.outbox is not None:
        session.outbox.close(4000)
    outbox = session.outbox = Outbox(websocket)
    session.touch()
    outbox.put({"type": "status", "running": session.playing})
    if session.role == "student":
        outbox.put({"type": "locks", **state.classroom.locks()})
    rate_told = 0.0
    try:
        while True:
            event = await websocket.receive()
            if event["type"] == "websocket.disconnect":
                break
            text = event.get("text") if event.get("text") is not None else "\u0000binary"
            session.touch()
            with language(session.lang):
                if not session.bucket.take():
                    if session.last_seen - rate_told > 1.0:  # one notice a second, not one per message
                        rate_told = session.last_seen
                        outbox.message(LabError(429, "rate_limited", message("server_rate_limited")))
                    continue
                try:
                    await _handle(state, session, _parse(text))
                except SetupError as error:
                    outbox.message(code=error.code, text=error.message, field=error.field)
                except LabError as error:
                    outbox.message(error)
    except (WebSocketDisconnect, RuntimeError):
        pass
    finally:
        if session.outbox is outbox:
            session.outbox = None
            await state.runner.pause(session)
            outbox.close()


def _parse(text: str) -> dict:
    """The message as a dict with a known ``type`` and only its keys (else a ``LabError``)."""
    if len(text) > MAX_MESSAGE:
        raise LabError(413, "too_large", message("server_too_large", limit=MAX_MESSAGE // 1000))
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise LabError(400, "bad_json", message("server_bad_json")) from None
    kind = data.get("type") if isinstance(data, dict) else None
    if not isinstance(kind, str) or kind not in _KEYS:
        raise LabError(422, "unknown_message", message("server_unknown_message", value=str(kind)[:40],
                                                            allowed=", ".join(_KEYS)), "type")
    extra = set(data) - {"type"} - _KEYS[kind]
    if extra:
        field = sorted(extra)[0]
        raise LabError(422, "unknown_field", message("server_unknown_field", field=field[:40]), field[:40])
    return data


async def _handle(state, session, data: dict) -> None:
    runner, kind = state.runner, data["type"]
    if kind in _CONTROLS:
        state.classroom.check(session, _CONTROLS[kind])
    if kind == "play":
        await runner.play(session)
    elif kind == "pause":
        await runner.pause(session)
    elif kind == "step":
        unit = data.get("unit", "iteration")
        if unit not in ("iteration", "epoch"):
            raise LabError(422, "not_allowed", message("server_not_allowed", field="unit", value=repr(unit)[:40],
                                                           allowed="iteration, epoch"), "unit")
        if session.playing:
            await runner.pause(session)
        await runner.frame(session, lambda job: job.step(unit))
    elif kind == "reset":
        await runner.frame(session, lambda job: job.reset())
    else:
        if "learning_rate" not in data:
            raise LabError(422, "missing_field", message("server_missing_field", field="learning_rate"),
                           "learning_rate")
        setup = validate_setup({**session.setup.model_dump(), "learning_rate": data["learning_rate"]},
                               session.limits)
        session.setup = setup
        await runner.frame(session, lambda job: job.set_learning_rate(setup.learning_rate))
