"""The web lab: ``mldlab lab`` serves a playground and lesson pages that train on mldlab's engine.

``create_app`` builds the FastAPI application (for tests, or to mount elsewhere); ``serve`` runs it with uvicorn
on this computer, prints the address (and in a classroom the join and teacher codes) and opens the browser.
FastAPI and uvicorn come with the extra ``pip install 'mldlab[lab]'``; importing this package does not need them.

Examples
--------
>>> from mldlab.lab import create_app
>>> app = create_app(lang="ko")
>>> app.state.classroom.enabled, app.state.limits.max_layers
(False, 8)
"""

import threading
import time

from mldlab.i18n import message


def create_app(*, lang: str | None = "en", classroom: bool = False, join_code: str | None = None,
               teacher_code: str | None = None, limits: dict | None = None):
    """The lab's FastAPI app.

    Parameters
    ----------
    lang : {'en', 'ko'} or None
        The default language of pages and messages (None: the browser's).
    classroom : bool
        Students join with ``join_code`` and the teacher with ``teacher_code`` (random codes when None); the
        networks are limited more tightly.
    limits : dict, optional
        Overrides of ``sessions.ServerLimits`` (max_sessions, idle_seconds, rate, burst, max_running, ...) and of
        ``spec.Limits`` (max_layers, max_units, max_epochs, max_samples).
    """
    from mldlab.lab.app import create_app as build

    return build(lang=lang, classroom=classroom, join_code=join_code, teacher_code=teacher_code, limits=limits)


def limit_blas_threads() -> None:
    """Let BLAS use one thread in this process: the lab's parallelism is its many sessions, not one matrix product.

    A playground network's products are tiny (a 1,600 × 32 grid at most), and OpenBLAS's threads only get in the
    way: under a classroom's load one such product took 22 ms with two threads against 1.4 ms with one, and the
    40-session benchmark (``benchmarks/bench_lab.py``) gives every session 5.5 instead of 5.2 updates a second.
    """
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")


def serve(host: str | None = None, port: int = 8765, lang: str | None = None, classroom: bool = False,
          open_browser: bool = True, *, join_code: str | None = None, teacher_code: str | None = None) -> None:
    """Run the lab until Ctrl+C: listen on ``host:port``, print the address(es), open the browser.

    ``host`` defaults to 127.0.0.1 (this computer only), or to 0.0.0.0 (every network interface) in a classroom.
    Raises ``_serve.PortTakenError`` (an ``OSError``) when another program holds the port.
    """
    import uvicorn

    from mldlab.lab import _serve

    host = host or ("0.0.0.0" if classroom else "127.0.0.1")  # noqa: S104 (a classroom is reached over the LAN)
    sock = _serve.listen(host, port)
    limit_blas_threads()
    app = create_app(lang=lang, classroom=classroom, join_code=join_code, teacher_code=teacher_code)
    addresses = _serve.urls(host, port)
    print(message("server_serving", url=addresses[0]), flush=True)
    for url in addresses[1:]:
        print(message("server_serving_lan", url=url), flush=True)
    if classroom:
        room = app.state.classroom
        print(message("server_join_code", code=room.join_code), flush=True)
        print(message("server_teacher_code", code=room.teacher_code), flush=True)
    print(message("server_stop_hint"), flush=True)
    config = uvicorn.Config(app, ws="websockets-sansio", log_level="warning", ws_max_size=65_536,
                            ws_per_message_deflate=False, timeout_graceful_shutdown=3, lifespan="on")
    server = uvicorn.Server(config)
    if open_browser:
        threading.Thread(target=_open_when_ready, args=(server, addresses[0]), daemon=True).start()
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    print(message("server_stopped"), flush=True)


def _open_when_ready(server, url: str) -> None:
    from mldlab.lab import _serve

    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    if server.started and not _serve.open_browser(url):
        print(message("server_no_browser", url=url), flush=True)


__all__ = ["create_app", "serve", "limit_blas_threads"]
