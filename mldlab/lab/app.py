"""The lab's FastAPI application: routes, pages, the WebSocket, errors, languages, limits and the background sweep.

``create_app`` wires the parts together:

- ``_requests.LabMiddleware``: each request's language, the body limit, safety headers;
- ``_errors``: every error as ``{"error": {"code", "message", "field"}}``, never a traceback;
- ``api`` (the playground), ``classroom`` (the teacher), ``lessons_api``, ``experiments_api``, ``ml_api``,
  ``unsup_api`` and ``cnn_api`` (the lesson pages, under ``/api/lessons``), ``_static`` (the pages) and ``_socket``
  (``/ws``);
- ``sessions.Sessions`` and ``runner.Runner``; a background task closes idle sessions.
"""

import asyncio
import contextlib
import gc
from concurrent.futures import ThreadPoolExecutor

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from mldlab.i18n import LANGUAGES
from mldlab.lab import _errors, _static, api, cnn_api, experiments_api, lessons_api, ml_api, unsup_api
from mldlab.lab import classroom as _classroom
from mldlab.lab._requests import LabMiddleware
from mldlab.lab._socket import lab_socket
from mldlab.lab.frames import encode
from mldlab.lab.runner import Runner
from mldlab.lab.sessions import ServerLimits, Sessions
from mldlab.lab.spec import Limits, SetupError

CLASSROOM_LIMITS = {"max_layers": 4, "max_units": 32, "max_epochs": 2000, "max_samples": 500}
"""A classroom's limits (60 students on one laptop); every preset fits in them."""


class LabJSONResponse(JSONResponse):
    """JSON with non-finite numbers as null (a diverged loss), compact."""

    def render(self, content) -> bytes:
        return encode(content).encode("utf-8")


def create_app(*, lang: str | None = "en", classroom: bool = False, join_code: str | None = None,
               teacher_code: str | None = None, limits: dict | None = None) -> FastAPI:
    """The lab's app (see the module docstring); ``limits`` overrides ``ServerLimits`` and ``spec.Limits`` keys."""
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"create_app: lang must be one of {LANGUAGES} or None, got {lang!r}")
    server, network = _limits(limits or {}, classroom)
    app = FastAPI(title="mldlab lab", docs_url=None, redoc_url=None, openapi_url=None, lifespan=_lifespan,
                  default_response_class=LabJSONResponse)
    app.state.lang, app.state.server, app.state.limits = lang, server, network
    app.state.runner = Runner(max_running=server.max_running)
    app.state.sessions = Sessions(server, ThreadPoolExecutor(2, thread_name_prefix="mldlab-lab-requests"))
    app.state.classroom = _classroom.Classroom(classroom, join_code, teacher_code)
    _errors.install(app)
    app.add_exception_handler(SetupError, _setup_error)
    app.add_middleware(LabMiddleware, state=app.state)
    app.include_router(api.router)
    app.include_router(_classroom.router)
    app.include_router(lessons_api.router, prefix="/api/lessons")
    app.include_router(experiments_api.router, prefix="/api/lessons")
    app.include_router(ml_api.router, prefix="/api/lessons")
    app.include_router(unsup_api.router, prefix="/api/lessons")
    app.include_router(cnn_api.router, prefix="/api/lessons")
    app.add_api_websocket_route("/ws", lab_socket)
    app.include_router(_static.router)
    return app


def _limits(overrides: dict, classroom: bool) -> tuple:
    """``ServerLimits`` and ``spec.Limits`` from the defaults (tighter in a classroom) and ``overrides``."""
    unknown = set(overrides) - ServerLimits.names() - set(Limits.model_fields)
    if unknown:
        raise ValueError(f"create_app: unknown limits {sorted(unknown)}; "
                         f"allowed: {sorted(ServerLimits.names() | set(Limits.model_fields))}")
    server = ServerLimits(**{k: v for k, v in overrides.items() if k in ServerLimits.names()})
    network = {**(CLASSROOM_LIMITS if classroom else {}),
               **{k: v for k, v in overrides.items() if k in Limits.model_fields}}
    return server, Limits(**network)


async def _setup_error(request: Request, error: SetupError):
    return _errors.error_response(_errors.LabError(422, error.code, error.message, error.field))


@contextlib.asynccontextmanager
async def _lifespan(app: FastAPI):
    sweeper = asyncio.get_running_loop().create_task(_sweep(app))
    try:
        yield
    finally:
        sweeper.cancel()
        app.state.sessions.close()
        app.state.runner.close()


async def _sweep(app: FastAPI):
    """Close idle sessions now and then, and give their memory back."""
    period = min(30.0, max(0.05, app.state.server.idle_seconds / 4))
    while True:
        await asyncio.sleep(period)
        if app.state.sessions.expire():
            gc.collect()
