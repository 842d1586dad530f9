"""Training off the request path: a shared pool of worker threads advances every playing session's Job in turn.

Each playing session has one asyncio task (``_play``) that repeats: hold the session's lock, run
``job.advance(budget)`` and ``job.state()`` in the pool, hand the state to the session's ``Outbox``. The event loop
only waits; it never trains. The time budget of a frame adapts to the load::

    budget = capacity / (playing sessions × FPS) − cost of a state     (clamped to [MIN_BUDGET, MAX_BUDGET])

so one session gets about ``FPS`` frames a second with long training slices, and forty sessions still get several
frames a second each with short ones (``benchmarks/bench_lab.py`` measures it). Under load, the neuron grids
(``state(detail=True)``) go out in every ``n``-th frame only.

An ``Outbox`` sends a socket's messages in order from its own task, each with a timeout; an unsent state is
replaced by a newer one (a slow client skips frames, it never holds back training or other sessions). An error in
one session's Job is caught, logged and told to that user; no other session notices.
"""

import asyncio
import collections
import logging
import math
import time
from concurrent.futures import ThreadPoolExecutor

from mldlab.i18n import message
from mldlab.lab._errors import LabError, internal_text
from mldlab.lab.frames import HistoryText, encode, encode_state

log = logging.getLogger("mldlab.lab")

FPS = 15.0
MIN_BUDGET, MAX_BUDGET = 0.001, 0.05
SEND_TIMEOUT = 5.0
DETAILED = 4  # up to this many playing sessions get the neuron grids in every frame


class Outbox:
    """The messages waiting for one WebSocket; a state not yet sent is replaced by a newer one."""

    def __init__(self, websocket, timeout: float = SEND_TIMEOUT):
        self.websocket, self.timeout = websocket, timeout
        self._items = collections.deque()  # (replaceable, text)
        self._wake = asyncio.Event()
        self.closed = False
        self._task = asyncio.get_running_loop().create_task(self._pump())

    def put(self, item, replaceable: bool = False) -> None:
        """Queue ``item`` (a dict or JSON text); a replaceable item takes the place of an unsent replaceable one."""
        if self.closed:
            return
        text = item if isinstance(item, str) else encode(item)
        if replaceable and self._items and self._items[-1][0]:
            self._items[-1] = (True, text)
        elif len(self._items) < 100:
            self._items.append((replaceable, text))
        self._wake.set()

    def message(self, error: LabError | None = None, *, level: str = "error", code: str = "", text: str = "",
                field: str | None = None) -> None:
        """Queue ``{"type": "message", "level", "code", "text", "field"}`` (from ``error`` when given)."""
        if error is not None:
            code, text, field = error.code, error.text, error.field
        self.put({"type": "message", "level": level, "code": code, "text": text, "field": field})

    async def _pump(self):
        try:
            while True:
                await self._wake.wait()
                self._wake.clear()
                while self._items:
                    _, text = self._items.popleft()
                    await asyncio.wait_for(self.websocket.send_text(text), self.timeout)
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 (a slow or vanished client: stop sending, close)
            self.closed = True
            await _close(self.websocket, 1011)

    def close(self, code: int = 1000) -> None:
        """Stop sending and close the socket."""
        self.closed = True
        self._task.cancel()
        asyncio.get_running_loop().create_task(_close(self.websocket, code))


async def _close(websocket, code: int) -> None:
    try:
        await asyncio.wait_for(websocket.close(code=code), 2.0)
    except Exception:  # noqa: BLE001, S110 (already closed or gone)
        pass


class Runner:
    """The worker threads and the playing sessions' tasks."""

    def __init__(self, max_running: int = 60, workers: int = 2, capacity: float = 1.0):
        self.pool = ThreadPoolExecutor(workers, thread_name_prefix="mldlab-lab")
        self.max_running, self.capacity = max_running, capacity
        self.playing = set()
        self.cost = 0.005  # seconds a state takes to compute and encode (a running mean)

    def budget(self) -> float:
        """Seconds of training per frame for each playing session, from the load."""
        share = self.capacity / (max(1, len(self.playing)) * FPS) - self.cost
        return min(MAX_BUDGET, max(MIN_BUDGET, share))

    async def play(self, session) -> None:
        """Start training ``session`` (no-op if it is already playing); 409 when too many sessions train."""
        if session.playing:
            return
        if len(self.playing) >= self.max_running:
            raise LabError(409, "too_many_running", message("server_too_many_running", limit=self.max_running))
        session.pause_asked = False
        self.playing.add(session)
        session.player = asyncio.get_running_loop().create_task(self._play(session))
        _status(session, True)

    async def pause(self, session) -> None:
        """Stop training ``session`` after its current slice (the Job is left whole)."""
        player = session.player
        if player is not None and not player.done():
            session.pause_asked = True
            await asyncio.wait([player])
        _status(session, False)

    async def replace(self, session, setup, points=None) -> dict:
        """Stop training, give ``session`` a new Job of ``setup`` (and ``points``); ``{"setup", "points", "state"}``."""
        await self.pause(session)

        def build():
            from mldlab.lab.job import Job

            job = Job(setup, points=points)
            session.setup, session.points, session.job = setup, points, job
            return {"setup": setup.model_dump(), "points": job.points(), "state": job.state()}

        return await session.call(build, lang=session.lang)

    async def frame(self, session, work, budget: float = 0.0, detail: bool = True) -> dict:
        """``work(job)`` (or nothing), then the state, sent to the session's socket; return the state's summary."""
        def run(job):
            if work is not None:
                work(job)
                session.history_text = None
            if budget:
                job.advance(budget)
            started = time.thread_time()  # CPU time: waiting for a busy machine is not the state's cost
            state = job.state(detail=detail)
            session.history_text = session.history_text or HistoryText()
            text = encode_state(state, session.history_text)
            return text, state, time.thread_time() - started

        text, state, cost = await session.call_job(run, lang=session.lang, pool=self.pool)
        self.cost = 0.9 * self.cost + 0.1 * cost
        session.summary = {key: state.get(key) for key in ("epoch", "iteration", "train_loss", "test_loss",
                                                             "train_accuracy", "test_accuracy", "stopped")}
        if session.outbox is not None:
            session.outbox.put(text, replaceable=True)
        return state

    async def _play(self, session):
        frames = 0
        try:
            while not session.pause_asked:
                every = math.ceil(len(self.playing) / DETAILED)
                state = await self.frame(session, None, self.budget(), detail=frames % every == 0)
                frames += 1
                if state.get("stopped"):
                    _stopped(session, state)
                    break
                await asyncio.sleep(0)
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 (one session's failure is its own)
            log.exception("mldlab lab: training failed in one session")
            if session.outbox is not None:
                session.outbox.message(code="internal_error", text=internal_text())
        finally:
            self.playing.discard(session)
            if not session.pause_asked:
                _status(session, False)

    def close(self) -> None:
        """Stop the worker threads (the server stops)."""
        self.pool.shutdown(wait=False, cancel_futures=True)


def _status(session, running: bool) -> None:
    if session.outbox is not None:
        session.outbox.put({"type": "status", "running": running})


def _stopped(session, state: dict) -> None:
    """Tell why training stopped (the Job's message: the epoch budget, early stopping, divergence)."""
    said = state.get("message")
    if said and session.outbox is not None:
        session.outbox.message(level=said.get("level", "info"), code=said.get("code", ""), text=said.get("text", ""))
