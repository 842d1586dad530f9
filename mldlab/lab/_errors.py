"""How the lab answers an error: ``{"error": {"code", "message", "field"}}`` in the user's language, never a traceback.

==================================  ======  =========================================================
what went wrong                     status  code
==================================  ======  =========================================================
a body that is not JSON               400   ``bad_json``
no session, or another's token        401   ``unknown_session``
a student's teacher action, a lock    403   ``teacher_only``, ``locked``, ``bad_code``
no such page, file or preset          404   ``not_found``, ``unknown_preset``
the lab is full                       409   ``too_many_sessions``, ``too_many_running``
a body or file too large              413   ``too_large``
a wrong field, type or value          422   ``unknown_field``, ``wrong_type``, ``out_of_range`` …
too many requests                     429   ``rate_limited``
a bug in the lab                      500   ``internal_error`` (in both languages; the traceback goes to the log)
==================================  ======  =========================================================
"""

import logging
import re

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from mldlab.i18n import language, message

log = logging.getLogger("mldlab.lab")


class LabError(Exception):
    """An error the lab explains to the user: HTTP ``status``, a stable ``code``, the message and the field."""

    def __init__(self, status: int, code: str, text: str, field: str | None = None):
        super().__init__(text)
        self.status, self.code, self.text, self.field = status, code, text, field

    def to_dict(self) -> dict:
        """The JSON of the error (also sent over the WebSocket as a message)."""
        return {"code": self.code, "message": self.text, "field": self.field}


def error_response(error: LabError) -> JSONResponse:
    """The error as the HTTP answer."""
    headers = {"Retry-After": "1"} if error.status == 429 else None
    return JSONResponse({"error": error.to_dict()}, status_code=error.status, headers=headers)


def shown(value, limit: int = 60) -> str:
    """A short, safe rendering of a received value for a message."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def validation_error(errors: list, prefix: tuple = ()) -> LabError:
    """The first of pydantic's ``errors`` as a ``LabError`` naming the field, the value and what is allowed."""
    first = errors[0]
    kind, ctx, value = first.get("type", ""), first.get("ctx") or {}, first.get("input")
    loc = [str(part) for part in first.get("loc", ()) if part not in ("body", "query", "path", "header")]
    field = ".".join([*prefix, *loc]) or None
    name = field or "body"
    if kind == "json_invalid":
        return LabError(400, "bad_json", message("server_bad_json"), None)
    if kind == "missing":
        return LabError(422, "missing_field", message("server_missing_field", field=name), field)
    if kind == "extra_forbidden":
        return LabError(422, "unknown_field", message("server_unknown_field", field=name), field)
    if kind in _BOUNDS:
        bound = _BOUNDS[kind](ctx)
        return LabError(422, "out_of_range",
                        message("server_out_of_range", field=name, value=shown(value), bound=bound), field)
    if kind in ("string_too_long", "string_too_short"):
        return LabError(422, "wrong_length", message("server_wrong_text_length", field=name, low=ctx.get(
            "min_length", 0), high=ctx.get("max_length", "∞")), field)
    if kind in ("too_long", "too_short"):
        return LabError(422, "wrong_length", message("server_wrong_length", field=name, size=ctx.get(
            "actual_length", "?"), low=ctx.get("min_length", 0), high=ctx.get("max_length", "∞")), field)
    if kind in ("literal_error", "enum", "string_pattern_mismatch"):
        allowed = ", ".join(re.split(r", | or ", ctx["expected"])) if "expected" in ctx else ctx.get("pattern", "")
        return LabError(422, "not_allowed",
                        message("server_not_allowed", field=name, value=shown(value), allowed=allowed), field)
    expected = _expected(kind)
    if expected is not None:
        return LabError(422, "wrong_type",
                        message("server_wrong_type", field=name, value=shown(value), expected=expected), field)
    return LabError(422, "invalid_value", message("server_invalid_value", field=name, value=shown(value)), field)


_BOUNDS = {
    "greater_than": lambda ctx: message("server_bound_gt", limit=ctx.get("gt")),
    "greater_than_equal": lambda ctx: message("server_bound_ge", limit=ctx.get("ge")),
    "less_than": lambda ctx: message("server_bound_lt", limit=ctx.get("lt")),
    "less_than_equal": lambda ctx: message("server_bound_le", limit=ctx.get("le")),
    "finite_number": lambda ctx: message("server_bound_finite"),
}


def _expected(kind: str) -> str | None:
    """What the type error asked for, in the user's language (None: not a type error)."""
    if kind.startswith("int_"):
        return message("server_expected_int")
    if kind.startswith(("float_", "decimal_")):
        return message("server_expected_number")
    if kind.startswith(("string_", "str_")):
        return message("server_expected_text")
    if kind.startswith("bool_"):
        return message("server_expected_bool")
    if kind.startswith(("list_", "tuple_", "set_", "iterable_")):
        return message("server_expected_list")
    if kind.startswith(("dict_", "model_")):
        return message("server_expected_object")
    return None


async def _lab_error(request: Request, error: LabError):
    return error_response(error)


async def _validation(request: Request, error: RequestValidationError):
    return error_response(validation_error(list(error.errors())))


async def _http(request: Request, error: HTTPException):
    if error.status_code == 404:
        return error_response(LabError(404, "not_found", message("server_not_found", path=request.url.path)))
    if error.status_code == 405:
        return error_response(LabError(405, "method_not_allowed",
                                       message("server_method_not_allowed", method=request.method,
                                               path=request.url.path)))
    return error_response(LabError(error.status_code, "http_error",
                                   message("server_http_error", status=error.status_code)))


async def _internal(request: Request, error: Exception):
    log.exception("mldlab lab: internal error on %s %s", request.method, request.url.path, exc_info=error)
    return error_response(LabError(500, "internal_error", internal_text()))


def internal_text() -> str:
    """The internal error's message in both languages (the request's language may be what failed)."""
    texts = []
    for lang in ("en", "ko"):
        with language(lang):
            texts.append(message("server_internal_error"))
    return " / ".join(texts)


def install(app) -> None:
    """Install the lab's error handlers on ``app``."""
    app.add_exception_handler(LabError, _lab_error)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(Exception, _internal)
