"""What every request goes through: its language, a size limit on its body, and strict JSON bodies.

The language of an answer is, in order: ``?lang=``, the header ``X-Lab-Lang``, the session's language, the
server's ``--lang``, the browser's ``Accept-Language``, English. The whole request runs inside
``mldlab.i18n.language(...)``, so every message (ours, the engine's) comes in it; the process language is never set.
"""

import json
from urllib.parse import parse_qs

from pydantic import BaseModel, ValidationError

from mldlab.i18n import LANGUAGES, language, message
from mldlab.lab._errors import LabError, error_response, validation_error

_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"SAMEORIGIN")]


def browser_language(accept_language: str) -> str | None:
    """The first of our languages in an ``Accept-Language`` header, by preference.

    >>> browser_language("ko-KR,ko;q=0.9,en-US;q=0.8"), browser_language("fr, en;q=0.5"), browser_language("de")
    ('ko', 'en', None)
    """
    ranked = []
    for i, part in enumerate(accept_language.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        try:
            q = float(params.strip()[2:]) if params.strip().startswith("q=") else 1.0
        except ValueError:
            q = 0.0
        ranked.append((-q, i, tag.strip().lower().split("-")[0]))
    return next((tag for _, _, tag in sorted(ranked) if tag in LANGUAGES), None)


class LabMiddleware:
    """ASGI middleware: the request's language, the body limit, a few safety headers."""

    def __init__(self, app, state):
        self.app, self.state = app, state

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers", ())}
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        chosen = next((c for c in (query.get("lang", [None])[0], headers.get("x-lab-lang")) if c in LANGUAGES), None)
        token = headers.get("x-lab-session") or query.get("session", [None])[0]
        session = self.state.sessions.get(token)
        lang = chosen or (session.lang if session else None) or self.state.lang or browser_language(
            headers.get("accept-language", "")) or "en"
        scope.setdefault("state", {}).update(lang=lang, lang_chosen=chosen)
        with language(lang):
            if scope["type"] == "websocket":
                return await self.app(scope, receive, send)
            limit = self.state.server.body_bytes
            length = headers.get("content-length", "0")
            if not length.isdigit() or int(length) > limit:
                error = LabError(413, "too_large", message("server_too_large", limit=limit // 1000))
                return await error_response(error)(scope, receive, send)
            await self.app(scope, _limited(receive, limit), _with_headers(send))


def _limited(receive, limit: int):
    """``receive`` that refuses a body (also a chunked one) longer than ``limit`` bytes."""
    seen = 0

    async def limited():
        nonlocal seen
        event = await receive()
        if event["type"] == "http.request":
            seen += len(event.get("body", b""))
            if seen > limit:
                raise LabError(413, "too_large", message("server_too_large", limit=limit // 1000))
        return event

    return limited


def _with_headers(send):
    async def sending(event):
        if event["type"] == "http.response.start":
            event["headers"] = list(event.get("headers", [])) + _HEADERS
        await send(event)

    return sending


async def read_json(request):
    """The request's JSON body (an empty body is ``{}``); 400 when it is not JSON."""
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        raise LabError(400, "bad_json", message("server_bad_json")) from None


async def read_body(request, model: type[BaseModel]) -> BaseModel:
    """The JSON body checked against ``model`` (unknown fields and wrong types refused, with the field named)."""
    data = await read_json(request)
    if not isinstance(data, dict):
        raise LabError(422, "wrong_type", message("server_wrong_type", field="body", value=type(data).__name__,
                                                       expected=message("server_expected_object")))
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise validation_error(error.errors()) from None
