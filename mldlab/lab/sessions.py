"""The lab's sessions: one per browser tab, each with its own training Job, lock, language and rate limit.

A session is a random token (``secrets.token_urlsafe(16)``: 128 bits) that the page sends in the header
``X-Lab-Session`` (and as ``?session=`` on the WebSocket). Nothing else identifies a user: a token is the only way
to reach a session's Job, so no session can read or change another. A session that is not seen for
``idle_seconds`` is closed and its memory released; at most ``max_sessions`` live at once.

Routers of the lab take the session with FastAPI's dependency::

    @router.get("/api/something")
    async def something(session: LabSession):
        return await session.call_job(lambda job: job.diagnosis(session.lang))

``call_job`` runs the function in a worker thread, holding the session's lock, in the request's language, so a Job
is never used by two threads at once and the server's event loop never waits for a computation.
"""

import asyncio
import secrets
import time
from concurrent.futures import Executor
from dataclasses import dataclass, fields
from typing import Annotated

from fastapi import Depends, Request

from mldlab.i18n import get_language, language, message
from mldlab.lab._errors import LabError
from mldlab.lab._ratelimit import TokenBucket
from mldlab.lab.spec import Limits, Setup


@dataclass(frozen=True)
class ServerLimits:
    """The server's own limits (the network's limits are ``spec.Limits``)."""

    max_sessions: int = 200
    idle_seconds: float = 1800.0
    rate: float = 30.0  # requests (and WebSocket messages) a second per session, on average
    burst: int = 60
    max_running: int = 60  # sessions training at once, over the whole server
    body_bytes: int = 300_000
    upload_bytes: int = 256_000
    upload_rows: int = 2000
    new_sessions_rate: float = 10.0  # new sessions a second per client address (join codes are not guessed)
    new_sessions_burst: int = 60

    @classmethod
    def names(cls) -> set:
        return {f.name for f in fields(cls)}


class Session:
    """One user's state: ``token``, ``role`` (solo, student, teacher), ``lang``, ``setup``, ``job`` and more."""

    def __init__(self, token: str, role: str, lang: str, setup: Setup, limits: Limits, server: ServerLimits,
                 pool: Executor):
        self.token, self.role, self.lang = token, role, lang
        self.setup, self.limits = setup, limits
        self.points = None  # uploaded or clicked points (the Job's data instead of the generated set)
        self.job = None  # built on first use, in a worker thread
        self.lock = asyncio.Lock()
        self.bucket = TokenBucket(server.rate, server.burst)
        self.last_seen = time.monotonic()
        self.outbox = None  # the open WebSocket's sender (runner.Outbox)
        self.player = None  # the asyncio task that trains while the user plays
        self.pause_asked = False
        self.summary = {}  # the last epoch and losses, for the teacher's overview
        self.history_text = None  # runner.HistoryText: the JSON of the history sent so far
        self._pool = pool

    def touch(self) -> None:
        """The user was here now."""
        self.last_seen = time.monotonic()

    @property
    def playing(self) -> bool:
        return self.player is not None and not self.player.done()

    def ensure_job(self):
        """The session's Job, built from its setup and points the first time (call in a worker thread)."""
        if self.job is None:
            from mldlab.lab.job import Job

            self.job = Job(self.setup, points=self.points)
        return self.job

    async def call(self, function, *args, lang: str | None = None, pool: Executor | None = None):
        """``function(*args)`` in a worker thread, holding the session's lock, in ``lang`` (default: the request's)."""
        lang = lang or get_language()

        def work():
            with language(lang):
                return function(*args)

        async with self.lock:
            future = asyncio.get_running_loop().run_in_executor(pool or self._pool, work)
            try:
                return await asyncio.shield(future)
            except asyncio.CancelledError:  # the lock stays held until the thread is done with the Job
                await asyncio.wait([future])
                raise

    async def call_job(self, function, *args, lang: str | None = None, pool: Executor | None = None):
        """``function(job, *args)`` on the session's Job, as ``call`` does."""
        return await self.call(lambda: function(self.ensure_job(), *args), lang=lang, pool=pool)

    def close(self) -> None:
        """Stop training, close the WebSocket and let the Job go (its memory is released)."""
        if self.player is not None:
            self.player.cancel()
        if self.outbox is not None:
            self.outbox.close()
        self.job = self.points = None


class Sessions:
    """The registry of live sessions: create, find by token, expire."""

    def __init__(self, server: ServerLimits, pool: Executor):
        self.server, self._pool = server, pool
        self._by_token: dict[str, Session] = {}
        self._new_by_address: dict[str, TokenBucket] = {}

    def __len__(self) -> int:
        return len(self._by_token)

    def __iter__(self):
        return iter(list(self._by_token.values()))

    def get(self, token) -> Session | None:
        """The session of ``token`` (None for an unknown or malformed one)."""
        return self._by_token.get(token) if isinstance(token, str) else None

    def create(self, role: str, lang: str, setup: Setup, limits: Limits, address: str = "") -> Session:
        """A new session; 429 when one address asks too fast, 409 when the lab is full."""
        bucket = self._new_by_address.setdefault(address, TokenBucket(self.server.new_sessions_rate,
                                                                      self.server.new_sessions_burst))
        if not bucket.take():
            raise LabError(429, "rate_limited", message("server_rate_limited"))
        if len(self._by_token) >= self.server.max_sessions:
            self.expire()
        if len(self._by_token) >= self.server.max_sessions:
            raise LabError(409, "too_many_sessions", message("server_too_many_sessions",
                                                                  limit=self.server.max_sessions))
        token = secrets.token_urlsafe(16)
        session = Session(token, role, lang, setup, limits, self.server, self._pool)
        self._by_token[token] = session
        return session

    def remove(self, session: Session) -> None:
        """Close ``session`` and forget it."""
        self._by_token.pop(session.token, None)
        session.close()

    def expire(self, now: float | None = None) -> int:
        """Close the sessions idle for ``idle_seconds`` (an open WebSocket counts as seen); return how many."""
        now = time.monotonic() if now is None else now
        idle = [s for s in self._by_token.values()
                if s.outbox is None and now - s.last_seen > self.server.idle_seconds]
        for session in idle:
            self.remove(session)
        if len(self._new_by_address) > 1000:
            self._new_by_address.clear()
        return len(idle)

    def close(self) -> None:
        """Close every session (the server stops)."""
        for session in self:
            self.remove(session)


async def get_session(request: Request) -> Session:
    """FastAPI dependency: the session of the header ``X-Lab-Session`` (401 if unknown, 429 if too fast)."""
    session = request.app.state.sessions.get(request.headers.get("x-lab-session"))
    if session is None:
        raise LabError(401, "unknown_session", message("server_unknown_session"))
    session.touch()
    if not session.bucket.take():
        raise LabError(429, "rate_limited", message("server_rate_limited"))
    chosen = request.scope.get("state", {}).get("lang_chosen")
    if chosen:
        session.lang = chosen
    return session


LabSession = Annotated[Session, Depends(get_session)]
"""A route's parameter ``session: LabSession`` is the request's session (``get_session``)."""
