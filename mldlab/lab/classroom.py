"""Classroom mode: students join with a short code, the teacher (with a separate code) steers the class.

``mldlab lab --classroom`` listens on every interface of the laptop and prints the address, a join code for the
students and a teacher code. The teacher can lock or hide controls of every student's page (a locked setup key is
also refused by the server) and push a preset or a setup to every student at once: each student's training stops,
a new Job is built and the new setup arrives over the student's WebSocket. The overview lists the students'
epochs and losses, never their session tokens.

Codes are drawn with ``secrets`` from 31 letters and digits that cannot be misread on a projector (no 0/O, 1/I/L).

Examples
--------
>>> room = Classroom(True, join_code="join42", teacher_code="teach99")
>>> room.role({"join_code": "JOIN42"}), room.role({"teacher_code": " teach99 "})
('student', 'teacher')
>>> len(new_code(6)), set(new_code(50)) <= set(ALPHABET)
(6, True)
"""

import asyncio
import secrets
from typing import Annotated

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from mldlab.i18n import message
from mldlab.lab._config import preset
from mldlab.lab._errors import LabError, shown
from mldlab.lab._requests import read_body, read_json
from mldlab.lab.sessions import LabSession
from mldlab.lab.spec import validate_setup

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_Control = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_.\-]{1,40}$", strict=True)]
_Code = Annotated[str, StringConstraints(max_length=40, strict=True)]


def new_code(length: int) -> str:
    """A random code of ``length`` readable characters."""
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


class SessionBody(BaseModel):
    """The body of ``POST /api/session``."""

    model_config = ConfigDict(extra="forbid")

    join_code: _Code | None = None
    teacher_code: _Code | None = None


class LocksBody(BaseModel):
    """The body of ``POST /api/teacher/locks``: the control ids to lock and to hide on the students' pages."""

    model_config = ConfigDict(extra="forbid")

    locked: list[_Control] = Field(default_factory=list, max_length=64)
    hidden: list[_Control] = Field(default_factory=list, max_length=64)


class Classroom:
    """The codes, the locks and the setup the teacher pushed last (``enabled`` is False for a solo lab)."""

    def __init__(self, enabled: bool, join_code: str | None = None, teacher_code: str | None = None):
        self.enabled = enabled
        self.join_code = _normal(join_code or new_code(6)) if enabled else None
        self.teacher_code = _normal(teacher_code or new_code(8)) if enabled else None
        if enabled and self.join_code == self.teacher_code:
            raise ValueError("the join code and the teacher code must differ")
        self.locked, self.hidden = [], []
        self.setup = None  # the last pushed Setup: students who join later start from it

    def role(self, body: dict) -> str:
        """``solo``, ``student`` or ``teacher`` for the codes of ``POST /api/session``; 403 for a wrong code."""
        if not self.enabled:
            return "solo"
        teacher, join = body.get("teacher_code"), body.get("join_code")
        if teacher is not None and secrets.compare_digest(_normal(teacher).encode(), self.teacher_code.encode()):
            return "teacher"
        if join is not None and secrets.compare_digest(_normal(join).encode(), self.join_code.encode()):
            return "student"
        code = "bad_code" if (teacher or join) else "code_needed"
        text = message("server_bad_code") if (teacher or join) else message("server_code_needed")
        raise LabError(403, code, text, "join_code")

    def locks(self) -> dict:
        """``{"locked": [...], "hidden": [...]}``."""
        return {"locked": list(self.locked), "hidden": list(self.hidden)}

    def is_locked(self, session, control: str) -> bool:
        """Whether ``control`` is locked or hidden for ``session`` (only students are bound by locks)."""
        return session.role == "student" and (control in self.locked or control in self.hidden)

    def check(self, session, control: str) -> None:
        """403 when ``control`` is locked for ``session``."""
        if self.is_locked(session, control):
            raise LabError(403, "locked", message("server_locked", control=control), control)

    def check_setup(self, session, old, new) -> None:
        """403 when a student's new setup changes a locked key of the old one."""
        for key in type(new).model_fields:
            if self.is_locked(session, key) and getattr(old, key) != getattr(new, key):
                raise LabError(403, "locked", message("server_locked", control=key), key)

    def require_teacher(self, session) -> None:
        """403 unless ``session`` is the teacher's."""
        if session.role != "teacher":
            raise LabError(403, "teacher_only", message("server_teacher_only"))


def _normal(code: str) -> str:
    return str(code).strip().upper()


router = APIRouter()


@router.post("/api/teacher/locks")
async def set_locks(request: Request, session: LabSession):
    """Lock or hide controls on every student's page (the server refuses locked changes too)."""
    room = request.app.state.classroom
    room.require_teacher(session)
    body = await read_body(request, LocksBody)
    room.locked, room.hidden = list(dict.fromkeys(body.locked)), list(dict.fromkeys(body.hidden))
    students = _students(request)
    for student in students:
        if student.outbox is not None:
            student.outbox.put({"type": "locks", **room.locks()})
    return {**room.locks(), "students": len(students)}


@router.post("/api/teacher/preset")
async def push_preset(request: Request, session: LabSession):
    """Give every student the preset ``{"preset": name}`` or the setup ``{"setup": {...}}``: a new Job each."""
    state = request.app.state
    state.classroom.require_teacher(session)
    data = await read_json(request)
    if not isinstance(data, dict) or len(data) != 1 or not set(data) <= {"preset", "setup"}:
        raise LabError(422, "preset_body", message("server_preset_body"), "preset")
    if "preset" in data:
        if not isinstance(data["preset"], str):
            raise LabError(422, "wrong_type", message("server_wrong_type", field="preset", value=shown(data["preset"]),
                                                           expected=message("server_expected_text")), "preset")
        setup = validate_setup(preset(data["preset"])["setup"], session.limits)
    else:
        setup = validate_setup(data["setup"], session.limits)
    if setup.dataset == "upload":
        raise LabError(422, "push_upload", message("server_push_upload"), "dataset")
    state.classroom.setup = setup
    students = _students(request)
    done = await asyncio.gather(*(_push(state.runner, student, setup) for student in students),
                                return_exceptions=True)
    return {"setup": setup.model_dump(), "students": len(students),
            "reached": sum(1 for result in done if result is True)}


@router.get("/api/teacher/overview")
async def overview(request: Request, session: LabSession):
    """How many students, how many train, and each one's epoch and losses (in no particular order, no tokens)."""
    request.app.state.classroom.require_teacher(session)
    students = _students(request)
    rows = sorted(({"playing": s.playing, "connected": s.outbox is not None, **s.summary} for s in students),
                  key=lambda row: (row.get("epoch") or 0, str(row.get("test_loss"))))
    return {"students": len(students), "playing": sum(row["playing"] for row in rows), "sessions": rows,
            **request.app.state.classroom.locks()}


def _students(request: Request) -> list:
    return [s for s in request.app.state.sessions if s.role == "student"]


async def _push(runner, student, setup) -> bool:
    """A new Job of ``setup`` for ``student``, announced on the student's socket."""
    out = await runner.replace(student, setup)
    if student.outbox is not None:
        student.outbox.put({"type": "setup", "setup": out["setup"], "points": out["points"]})
        student.outbox.put({"type": "state", **out["state"]}, replaceable=True)
    return True
