"""Fixtures of the web lab's tests: one lab server per test session, and a headless Debian Chromium.

``lab_url`` serves ``mldlab.lab.create_app()`` with uvicorn on a free loopback port in a background thread;
``classroom_lab`` does the same in classroom mode with known codes. ``page`` opens a fresh browser context on
Debian's Chromium (``/usr/bin/chromium``, driven by Playwright for Python; no browser download), records console
errors and failed requests (not the loads that leaving a page cuts short) in ``page.errors`` and saves a
screenshot of how the test left the page in ``tests/lab/screenshots/<test name>.png``. Without Chromium or
Playwright the browser tests are skipped on a developer's machine and fail in CI (``CI`` set), like the
comparisons with torch.
"""

import os
import pathlib
import shutil
import socket
import threading
import time

import pytest

SCREENSHOTS = pathlib.Path(__file__).parent / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage"]
JOIN_CODE, TEACHER_CODE = "JOIN42", "TEACH99"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(app):
    """Start ``app`` on a free loopback port in a daemon thread; return (url, server)."""
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", ws="websockets-sansio")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the lab server did not start")
        time.sleep(0.02)
    return f"http://127.0.0.1:{port}", server


def _require(name: str):
    try:
        return __import__(name)
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed, but CI is set: the lab's tests must run in CI")
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")


@pytest.fixture(scope="session")
def lab_url():
    """The address of a lab server (solo mode, English default) shared by the whole test session."""
    _require("fastapi")
    from mldlab.lab import create_app

    url, server = _serve(create_app(lang="en"))
    yield url
    server.should_exit = True


@pytest.fixture(scope="session")
def classroom_lab():
    """(address, join code, teacher code) of a lab server in classroom mode, on loopback."""
    _require("fastapi")
    from mldlab.lab import create_app

    url, server = _serve(create_app(lang="ko", classroom=True, join_code=JOIN_CODE, teacher_code=TEACHER_CODE))
    yield url, JOIN_CODE, TEACHER_CODE
    server.should_exit = True


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright (one browser for the whole session)."""
    _require("playwright")
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed, but CI is set (.ci/run installs it with apt)")
        pytest.skip("Debian's chromium is not installed (apt install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, request):
    """A fresh page (1366×768, a projector's size) whose console errors and failed requests land in ``.errors``."""
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.errors = []
    page.on("console", lambda m: m.type == "error" and page.errors.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: page.errors.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: "ERR_ABORTED" not in (r.failure or "")  # a load cut short by navigating on
            and page.errors.append(f"request failed: {r.url} {r.failure}"))
    yield page
    SCREENSHOTS.mkdir(exist_ok=True)
    try:
        page.screenshot(path=str(SCREENSHOTS / f"{request.node.name}.png"), full_page=True)
    finally:
        context.close()
