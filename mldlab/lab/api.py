"""The playground's HTTP API: the session, the setup, the data, the math panels, the exports.

Every route answers JSON (a file for the exports) and every error as ``{"error": {"code", "message", "field"}}``
in the user's language. Work on a Job runs in a worker thread holding the session's lock (``Session.call_job``),
never on the event loop. A new setup, new data or a pushed preset stops training and builds a new Job.

======================  =============================================================================
route                   answer
======================  =============================================================================
GET  /api/config        the choices of the page, the presets, the limits, the languages
POST /api/session       ``{"session", "role", "lang", "limits", "classroom", "locks", "setup"}``
PUT  /api/setup         ``{"setup", "points", "state"}`` (a partial setup is merged on the defaults)
GET  /api/presets/NAME  ``{"setup", "title", "description"}``
POST /api/data/...      upload (a CSV file), points (clicked points), regenerate (a new seed) → setup,
                        points, state
GET  /api/math/...      neuron (``layer``, ``unit``, ``x1``, ``x2``), optimizer; ``/api/diagnosis``
GET  /api/export/...    model (mldlab's save file), pytorch, keras (Python code)
GET  /api/landscape     the loss on a 2-D slice around the current weights (``n``, ``span``)
======================  =============================================================================
"""

import secrets
from typing import Annotated

import numpy as np
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from mldlab.i18n import message
from mldlab.lab import _config as lab_config
from mldlab.lab._errors import LabError
from mldlab.lab._requests import read_body, read_json
from mldlab.lab.classroom import SessionBody
from mldlab.lab.dataset import from_csv, split
from mldlab.lab.sessions import LabSession
from mldlab.lab.spec import TASKS, validate_setup

router = APIRouter()
_DATA_KEYS = ("dataset", "noise", "n_samples", "test_ratio", "seed")
_Finite = Annotated[float, Query(allow_inf_nan=False, ge=-1e6, le=1e6)]


@router.get("/api/config")
async def config(request: Request):
    state = request.app.state
    return lab_config.config(state.limits, state.lang, state.classroom.enabled)


@router.post("/api/session")
async def new_session(request: Request):
    state = request.app.state
    body = await read_body(request, SessionBody)
    role = state.classroom.role(body.model_dump())
    setup = state.classroom.setup if role == "student" and state.classroom.setup else validate_setup({})
    address = request.client.host if request.client else ""
    session = state.sessions.create(role, request.state.lang, setup, state.limits, address)
    return {"session": session.token, "role": role, "lang": session.lang, "limits": state.limits.model_dump(),
            "classroom": state.classroom.enabled, "locks": state.classroom.locks(), "setup": setup.model_dump()}


@router.put("/api/setup")
async def put_setup(request: Request, session: LabSession):
    data = await read_json(request)
    setup = validate_setup(data, session.limits)
    request.app.state.classroom.check_setup(session, session.setup, setup)
    same_data = all(getattr(setup, key) == getattr(session.setup, key) for key in _DATA_KEYS)
    points = session.points if setup.dataset == "upload" or same_data else None
    if setup.dataset == "upload" and points is None:
        raise LabError(422, "upload_first", message("server_upload_first"), "dataset")
    return await request.app.state.runner.replace(session, setup, points)


@router.get("/api/presets/{name}")
async def preset(name: str, request: Request):
    return lab_config.preset(name)


@router.post("/api/data/upload")
async def upload(request: Request, session: LabSession):
    state = request.app.state
    state.classroom.check(session, "upload")
    try:
        form = await request.form(max_files=1, max_fields=4)
    except HTTPException:
        raise LabError(400, "bad_upload", message("server_bad_upload"), "file") from None
    file = form.get("file")
    if not isinstance(file, UploadFile):
        raise LabError(422, "missing_field", message("server_missing_field", field="file"), "file")
    raw = await file.read(state.server.upload_bytes + 1)
    if len(raw) > state.server.upload_bytes:
        raise LabError(413, "too_large", message("server_too_large", limit=state.server.upload_bytes // 1000),
                       "file")
    old = session.setup
    points = await session.call(from_csv, raw, old.test_ratio, old.seed)
    setup = validate_setup({**old.model_dump(), "dataset": "upload", "output": points.task,
                            "loss": TASKS[points.task][0], "batch_size": min(old.batch_size, len(points.x_train))},
                           session.limits)
    return await state.runner.replace(session, setup, points)


@router.post("/api/data/points")
async def add_points(request: Request, session: LabSession):
    state = request.app.state
    state.classroom.check(session, "points")
    data = await read_json(request)
    if not isinstance(data, dict) or set(data) != {"points"}:
        field = next(iter(set(data) - {"points"}), None) if isinstance(data, dict) else None
        raise LabError(422, "unknown_field" if field else "missing_field",
                       message("server_unknown_field", field=field) if field else
                       message("server_missing_field", field="points"), field or "points")

    def added(job):
        return job.data.add(data["points"])

    points = await session.call_job(added)
    return await state.runner.replace(session, session.setup, points)


@router.post("/api/data/regenerate")
async def regenerate(request: Request, session: LabSession):
    state = request.app.state
    state.classroom.check(session, "regenerate")
    await read_body(request, lab_config.RegenerateBody)
    setup = validate_setup({**session.setup.model_dump(), "seed": secrets.randbelow(2**31)}, session.limits)
    points = None
    if setup.dataset == "upload":
        points = await session.call(_resplit, session.points, setup)
    return await state.runner.replace(session, setup, points)


@router.get("/api/math/neuron")
async def neuron_math(request: Request, session: LabSession, layer: Annotated[int, Query(ge=0, le=64)],
                      unit: Annotated[int, Query(ge=0, le=64)], x1: _Finite | None = None, x2: _Finite | None = None):
    point = None if x1 is None else [x1] if x2 is None else [x1, x2]
    return await session.call_job(lambda job: job.neuron_math(layer, unit, point, request.state.lang))


@router.get("/api/math/optimizer")
async def optimizer_math(request: Request, session: LabSession):
    return await session.call_job(lambda job: job.optimizer_math(request.state.lang))


@router.get("/api/diagnosis")
async def diagnosis(request: Request, session: LabSession):
    return await session.call_job(lambda job: job.diagnosis(request.state.lang))


@router.get("/api/export/{kind}")
async def export(kind: str, request: Request, session: LabSession):
    request.app.state.classroom.check(session, "export")
    if kind == "model":
        data = await session.call_job(lambda job: job.export_model())
        return Response(data, media_type="application/octet-stream",
                        headers={"Content-Disposition": 'attachment; filename="playground.mldlab.npz"'})
    if kind in ("pytorch", "keras"):
        code = await session.call_job(lambda job: job.export_pytorch() if kind == "pytorch" else job.export_keras())
        name = "playground_pytorch.py" if kind == "pytorch" else "playground_keras.py"
        return Response(code, media_type="text/x-python; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})
    raise LabError(404, "not_found", message("server_not_found", path=request.url.path))


@router.get("/api/landscape")
async def loss_landscape(session: LabSession, n: Annotated[int, Query(ge=5, le=41)] = 21,
                         span: Annotated[float, Query(gt=0, le=10, allow_inf_nan=False)] = 1.0):
    return await session.call_job(lambda job: job.landscape(n, span))


def _resplit(points, setup):
    """The uploaded points split again with the new seed."""
    X = np.concatenate([points.x_train, points.x_test])
    y = np.concatenate([points.y_train, points.y_test])
    return split(X, y, points.task, setup.test_ratio, setup.seed, points.class_names)
