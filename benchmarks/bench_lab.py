"""Load on the web lab: many classroom sessions training playground nets at once, on loopback only.

    python benchmarks/bench_lab.py                         # 40 sessions for 20 s
    python benchmarks/bench_lab.py --sessions 10 --seconds 5

Starts a classroom lab in a subprocess on 127.0.0.1 (a free port), measures one session alone, then opens
``--sessions`` student sessions (``POST /api/session``, ``PUT /api/setup`` with the default playground net, a
WebSocket each with the ``websockets`` client), presses play on all of them and counts the states each receives
per second. Prints per-session updates a second (min, median), errors, and the server's resident memory before,
during, after the sessions close and after they expire (the server is started with a short idle time). Target:
every session ≥ 5 updates a second on a 2-core machine.
"""

import argparse
import asyncio
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import time

JOIN, TEACH = "BENCH2", "BENCHT9"
SERVER = """
import sys, uvicorn
from mldlab.lab import create_app, limit_blas_threads
limit_blas_threads()  # as mldlab lab does
app = create_app(lang="en", classroom=True, join_code="{join}", teacher_code="{teach}",
                 limits={{"idle_seconds": {idle}, "new_sessions_burst": 1000}})
uvicorn.run(app, host="127.0.0.1", port={port}, ws="websockets-sansio", ws_per_message_deflate=False,
            log_level="warning")
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` so far (Linux /proc)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load_average() -> float:
    return os.getloadavg()[0]


def rss_mb(pid: int) -> float:
    """Resident memory of process ``pid`` in MB (Linux /proc)."""
    with open(f"/proc/{pid}/status") as status:
        kb = int(re.search(r"VmRSS:\s+(\d+)", status.read())[1])
    return kb / 1024


async def _json(client, method: str, url: str, body=None, headers=None) -> dict:
    response = await client.request(method, url, json=body, headers=headers)
    response.raise_for_status()
    return response.json()


class Student:
    """One browser: a session, a socket, the states it receives."""

    def __init__(self, base: str):
        self.base, self.frames, self.errors, self.socket, self.task = base, [], [], None, None

    async def open(self, client):
        import websockets

        token = (await _json(client, "POST", self.base + "/api/session", {"join_code": JOIN}))["session"]
        await _json(client, "PUT", self.base + "/api/setup", {}, {"X-Lab-Session": token})
        self.socket = await websockets.connect(self.base.replace("http", "ws") + f"/ws?session={token}",
                                               max_size=2**24, compression=None)
        self.task = asyncio.create_task(self._receive())

    async def _receive(self):
        try:
            async for text in self.socket:
                if text.startswith('{"type":"state"'):
                    self.frames.append(time.monotonic())
                elif '"level":"error"' in text:
                    self.errors.append(json.loads(text).get("code"))
        except Exception as error:  # noqa: BLE001 (counted as an error of this session)
            self.errors.append(type(error).__name__)

    async def send(self, message: dict):
        await self.socket.send(json.dumps(message))

    def rate(self, start: float, end: float) -> float:
        return sum(start <= t < end for t in self.frames) / (end - start)

    async def close(self):
        await self.socket.close()
        await asyncio.wait([self.task], timeout=5)


async def _alone(client, base: str) -> float:
    """Updates a second of one session training alone."""
    alone = Student(base)
    await alone.open(client)
    await alone.send({"type": "play"})
    await asyncio.sleep(1.0)
    start = time.monotonic()
    await asyncio.sleep(3.0)
    rate = alone.rate(start, time.monotonic())
    await alone.send({"type": "pause"})
    await alone.close()
    return rate


async def _round(client, base: str, n: int, seconds: float, pid: int, idle: float) -> dict:
    """``n`` students open, play for ``seconds``, leave and expire: the figures of one round."""
    out = {}
    students = [Student(base) for _ in range(n)]
    opened = time.monotonic()
    await asyncio.gather(*(s.open(client) for s in students))
    out["open_seconds"] = time.monotonic() - opened
    await asyncio.gather(*(s.send({"type": "play"}) for s in students))
    await asyncio.sleep(2.0)  # every session is playing
    start, cpu = time.monotonic(), cpu_seconds(pid)
    samples = []
    while time.monotonic() - start < seconds:
        await asyncio.sleep(min(2.0, seconds / 4))
        samples.append(rss_mb(pid))
    end = time.monotonic()
    out["cpu"] = cpu_seconds(pid) - cpu
    out["load"] = load_average()
    out["rates"] = sorted(s.rate(start, end) for s in students)
    out["updates"] = sum(s.rate(start, end) for s in students) * (end - start)
    out["rss_during"] = max(samples)
    out["errors"] = [e for s in students for e in s.errors]
    teacher = (await _json(client, "POST", base + "/api/session", {"teacher_code": TEACH}))["session"]
    overview = await _json(client, "GET", base + "/api/teacher/overview", headers={"X-Lab-Session": teacher})
    out["epochs"] = statistics.median(row.get("epoch") or 0 for row in overview["sessions"])
    await asyncio.gather(*(s.send({"type": "pause"}) for s in students))
    await asyncio.gather(*(s.close() for s in students))
    await asyncio.sleep(1.0)
    out["rss_closed"] = rss_mb(pid)
    await asyncio.sleep(idle * 1.25 + 2.0)  # idle sessions expire (the sweep runs every idle/4), Jobs released
    out["rss_expired"] = rss_mb(pid)
    teacher = (await _json(client, "POST", base + "/api/session", {"teacher_code": TEACH}))["session"]
    overview = await _json(client, "GET", base + "/api/teacher/overview", headers={"X-Lab-Session": teacher})
    out["left"] = overview["students"]  # 0: every student's session expired
    return out


async def _run(base: str, n: int, seconds: float, pid: int, idle: float, rounds: int) -> tuple:
    import httpx

    before = rss_mb(pid)
    async with httpx.AsyncClient(timeout=30) as client:
        alone = await _alone(client, base)
        results = [await _round(client, base, n, seconds, pid, idle) for _ in range(rounds)]
    return before, alone, results


def _table(before: float, alone: float, results: list) -> list:
    """(measure, value of each round) rows."""
    def each(f):
        return [f(r) for r in results]

    return [
        ("one session alone: updates/s", [f"{alone:.1f}"] + [""] * (len(results) - 1)),
        ("opening all sessions (POST+PUT+WS): s", each(lambda r: f"{r['open_seconds']:.2f}")),
        ("updates/s per session: min", each(lambda r: f"{r['rates'][0]:.1f}")),
        ("updates/s per session: median", each(lambda r: f"{statistics.median(r['rates']):.1f}")),
        ("updates/s per session: max", each(lambda r: f"{r['rates'][-1]:.1f}")),
        ("sessions below 5 updates/s", each(lambda r: f"{sum(x < 5 for x in r['rates'])}")),
        ("server CPU per update (train+state+send): ms", each(lambda r: f"{1000 * r['cpu'] / r['updates']:.2f}")),
        ("server CPU used: cores", each(lambda r: f"{r['cpu'] / r['seconds']:.2f}")),
        ("updates/s per session with one idle core", each(
            lambda r: f"{r['updates'] / r['cpu'] / len(r['rates']):.1f}")),
        ("machine load average (1 min)", each(lambda r: f"{r['load']:.1f}")),
        ("median epoch reached", each(lambda r: f"{r['epochs']:g}")),
        ("errors", each(lambda r: f"{len(r['errors'])}")),
        ("server RSS before: MB", [f"{before:.0f}"] + [""] * (len(results) - 1)),
        ("server RSS during (max): MB", each(lambda r: f"{r['rss_during']:.0f}")),
        ("server RSS after the sockets closed: MB", each(lambda r: f"{r['rss_closed']:.0f}")),
        ("server RSS after the sessions expired: MB", each(lambda r: f"{r['rss_expired']:.0f}")),
        ("students left after expiry", each(lambda r: f"{r['left']}")),
    ]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=40, choices=range(1, 101), metavar="1..100")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--idle", type=float, default=10.0, help="the server's idle time before a session expires")
    parser.add_argument("--rounds", type=int, default=2, choices=range(1, 6), metavar="1..5",
                        help="classes one after another (memory must not grow from one to the next)")
    args = parser.parse_args(argv)
    seconds = min(max(args.seconds, 2.0), 120.0)
    port = _free_port()
    code = SERVER.format(join=JOIN, teach=TEACH, idle=args.idle, port=port)
    server = subprocess.Popen([sys.executable, "-c", code], env={**os.environ, "PYTHONWARNINGS": "ignore"})
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the lab server did not start") from None
                time.sleep(0.1)
        before, alone, results = asyncio.run(_run(base, args.sessions, seconds, server.pid, args.idle, args.rounds))
    finally:
        server.terminate()
        server.wait(timeout=20)
    for result in results:
        result["seconds"] = seconds
    print(f"mldlab lab under load: {args.sessions} classroom sessions, default playground net (2-4-4-1 tanh, "
          f"circles, SGD), {seconds:g} s a round, {os.cpu_count()} cores")
    print(f"{'measure':46s}" + "".join(f"{'round ' + str(i + 1):>10s}" for i in range(len(results))))
    for name, values in _table(before, alone, results):
        print(f"{name:46s}" + "".join(f"{value:>10s}" for value in values))
    ok = all(r["rates"][0] >= 5 and not r["errors"] and r["left"] == 0 for r in results)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
