"""The runner's pieces: the fast state encoder gives json's text exactly, the budget adapts to the load."""

import asyncio
import concurrent.futures
import json
import math

import pytest

pytest.importorskip("fastapi")

from mldlab.lab.frames import HistoryText, encode, encode_state  # noqa: E402
from mldlab.lab.job import Job  # noqa: E402
from mldlab.lab.runner import MAX_BUDGET, MIN_BUDGET, Outbox, Runner  # noqa: E402
from mldlab.lab.spec import validate_setup  # noqa: E402


def _run(coroutine):
    """``asyncio.run`` in a thread of its own: Playwright's sync API (the browser tests) keeps a loop running in
    the main thread once it has started, and ``asyncio.run`` refuses to start inside a running loop."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


@pytest.mark.parametrize("setup", [{}, {"dataset": "spirals"}, {"dataset": "sine"},
                                   {"hidden": [{"units": 8, "activation": "relu"}] * 3}])
def test_the_fast_encoder_gives_the_same_text_as_json(setup):
    job, history = Job(validate_setup(setup)), HistoryText()
    for i in range(4):
        job.advance(0.02)
        state = job.state(detail=i % 2 == 0)
        assert encode_state(state, history) == encode({"type": "state", **state})
    job.reset()  # the history starts again: the cache follows
    state = job.state()
    assert encode_state(state, history) == encode({"type": "state", **state})
    assert json.loads(encode_state(state, history))["history"] == []


def test_non_finite_numbers_become_null_and_odd_grids_fall_back():
    state = {"train_loss": math.nan, "boundary": {"values": [0.5, -0.0, 1.0] * 30 + [2.0], "n": 1}, "history": []}
    assert encode_state(state, HistoryText()) == encode({"type": "state", **state})
    assert json.loads(encode({"a": math.inf, "b": [1.0, -math.inf]})) == {"a": None, "b": [1.0, None]}
    grid = {"boundary": {"values": [0.25, -0.0, 0.001] * 30}, "history": [{"epoch": 1, "train_loss": 0.5}]}
    text = encode_state(grid, HistoryText())
    assert text == encode({"type": "state", **grid}) and json.loads(text)["boundary"]["values"][1] == 0


def test_the_budget_shrinks_with_the_number_of_playing_sessions():
    runner = Runner()
    try:
        assert runner.budget() == MAX_BUDGET
        runner.playing.update(range(40))
        assert runner.budget() == MIN_BUDGET
        runner.playing = set(range(4))
        assert MIN_BUDGET < runner.budget() < MAX_BUDGET
    finally:
        runner.close()


class _Socket:
    """A WebSocket stand-in: records what is sent; ``stuck`` never finishes a send (a vanished client)."""

    def __init__(self, stuck: bool = False):
        self.sent, self.stuck, self.closed = [], stuck, None

    async def send_text(self, text):
        if self.stuck:
            await asyncio.sleep(3600)
        self.sent.append(text)

    async def close(self, code=1000):
        self.closed = code


def test_a_slow_client_skips_stale_states_and_keeps_the_order_of_messages():
    async def scenario():
        socket = _Socket()
        outbox = Outbox(socket)
        for i in range(50):  # faster than the socket drains: only the newest unsent state goes out
            outbox.put(f'{{"type":"state","i":{i}}}', replaceable=True)
        outbox.put({"type": "status", "running": False})
        await asyncio.sleep(0.05)
        outbox.close()
        return socket.sent

    sent = _run(scenario())
    assert sent == ['{"type":"state","i":49}', '{"type":"status","running":false}']


def test_a_vanished_client_is_dropped_after_the_send_timeout():
    async def scenario():
        stuck, fine = _Socket(stuck=True), _Socket()
        slow, quick = Outbox(stuck, timeout=0.1), Outbox(fine)
        slow.put({"type": "status", "running": True})
        for i in range(5):
            quick.put({"type": "state", "i": i})
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.2)
        slow.put({"type": "status", "running": False})  # ignored: the outbox gave up
        return stuck, fine, slow

    stuck, fine, slow = _run(scenario())
    assert slow.closed and stuck.closed == 1011 and stuck.sent == []
    assert len(fine.sent) == 5
