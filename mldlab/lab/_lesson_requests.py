"""How every lesson page's request is answered: language, rate limit, body size, strict body, work off the loop.

A page posts its controls as JSON; ``answer`` checks them and runs the page's computation in a worker thread. The
lesson routers (``lessons_api``, ``ml_api``) differ only in their bodies and computations, not in this.
"""

from fastapi import Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from mldlab.i18n import LANGUAGES, language, message
from mldlab.lab._errors import LabError, error_response, validation_error
from mldlab.lab._ratelimit import TokenBucket

RATE, BURST, MAX_CLIENTS = 40.0, 80, 10_000
"""Requests a second per client address on average, the burst allowed, the addresses remembered."""


def request_language(request: Request) -> str:
    """The lab's choice for this request (its middleware's), else ``?lang=``, ``X-Lab-Lang``, Accept-Language."""
    for choice in (getattr(request.state, "lang", None), request.query_params.get("lang"),
                   request.headers.get("x-lab-lang")):
        if choice in LANGUAGES:
            return choice
    return "ko" if request.headers.get("accept-language", "").lower().startswith("ko") else "en"


def _allowed(request: Request, buckets_name: str) -> bool:
    """A token bucket per client address (kept on the app): a page sends one request at a time, a flood is cut."""
    buckets = getattr(request.app.state, buckets_name, None)
    if buckets is None:
        buckets = {}
        setattr(request.app.state, buckets_name, buckets)
    if len(buckets) > MAX_CLIENTS:
        buckets.clear()
    address = request.client.host if request.client else ""
    return buckets.setdefault(address, TokenBucket(RATE, BURST)).take()


async def answer(request: Request, model, compute, *, check, max_body: int, buckets_name: str) -> JSONResponse:
    """Validate the body as ``model`` (then ``check(body)``), then ``compute(body, lang)`` in a worker thread.

    Every refusal is ``{"error": {code, message, field}}`` in the request's language: 429 for a flood, 413 for a body
    over ``max_body`` bytes, 422 for a bad body or a value the engine refuses (its message already translated).
    """
    lang = request_language(request)
    raw = await request.body()
    with language(lang):
        if not _allowed(request, buckets_name):
            return error_response(LabError(429, "rate_limited", message("server_rate_limited")))
        if len(raw) > max_body:
            return error_response(LabError(413, "too_large", message("lessons_too_large", size=len(raw),
                                                                         limit=max_body)))
        try:
            body = model.model_validate_json(raw or b"{}")
            check(body)
        except ValidationError as error:
            return error_response(validation_error(error.errors()))
        except LabError as error:
            return error_response(error)

    def work():
        with language(lang):
            return compute(body, lang)

    try:
        return JSONResponse(await run_in_threadpool(work))
    except (ValueError, TypeError) as error:      # the engine's own check, already in the language
        return error_response(LabError(422, "invalid_value", str(error)))
