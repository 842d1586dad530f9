"""``mldlab lab``: its arguments, the printed address, a port already taken, a real server in a subprocess."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from mldlab.cli import main

pytest.importorskip("fastapi")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_help_lists_the_options(capsys):
    assert main(["lab", "--help"]) == 0
    out = capsys.readouterr().out
    assert all(option in out for option in ("--host", "--port", "--no-browser", "--classroom", "--lang"))
    assert main(["lab", "--help", "--lang", "ko"]) == 0
    assert "브라우저" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["--port", "0"], ["--port", "70000"], ["--port", "http"], ["--colour"],
                                  ["--lang", "fr"]])
def test_bad_arguments_exit_2(capsys, argv):
    assert main(["lab", *argv]) == 2
    assert "--help" in capsys.readouterr().err


def test_a_taken_port_is_a_clear_error(capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        assert main(["lab", "--port", str(port), "--no-browser"]) == 1
    err = capsys.readouterr().err
    assert str(port) in err and f"--port {port + 1}" in err and "Traceback" not in err


def test_missing_fastapi_names_the_extra(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    assert main(["lab", "--no-browser"]) == 1
    assert "pip install 'mldlab[lab]'" in capsys.readouterr().err


def test_serve_prints_the_address_and_opens_no_console_browser(monkeypatch):
    from mldlab.lab import _serve

    monkeypatch.setattr(_serve.sys, "platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(_serve.webbrowser, "get", lambda: pytest.fail("no display: no browser is looked up"))
    assert _serve.open_browser("http://127.0.0.1:1/") is False
    monkeypatch.setenv("DISPLAY", ":0")

    class Console:
        name = "lynx"

        def open(self, url, new=0):
            pytest.fail("a console browser must not be started")

    monkeypatch.setattr(_serve.webbrowser, "get", lambda: Console())
    assert _serve.open_browser("http://127.0.0.1:1/") is False
    opened = []

    class Graphical:
        name = "firefox"

        def open(self, url, new=0):
            opened.append(url)
            return True

    monkeypatch.setattr(_serve.webbrowser, "get", lambda: Graphical())
    assert _serve.open_browser("http://127.0.0.1:1/") is True and opened == ["http://127.0.0.1:1/"]


def test_addresses_of_a_classroom_start_with_this_computer():
    from mldlab.lab import _serve

    urls = _serve.urls("0.0.0.0", 8765)
    assert urls[0] == "http://127.0.0.1:8765/" and all(u.endswith(":8765/") for u in urls)
    assert _serve.urls("127.0.0.1", 9000) == ["http://127.0.0.1:9000/"]
    assert _serve.urls("::1", 9000) == ["http://[::1]:9000/"]


def _start(*args) -> tuple:
    port = _free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "DISPLAY": "", "WAYLAND_DISPLAY": ""}
    process = subprocess.Popen([sys.executable, "-m", "mldlab.cli", "lab", "--port", str(port), "--no-browser", *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    lines, deadline = [], time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        if "Ctrl+C" in line:
            break
    url = f"http://127.0.0.1:{port}"
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/static/common/api.js", timeout=2):
                break
        except OSError:
            time.sleep(0.1)
    return process, url, lines


def _stop(process) -> tuple:
    process.send_signal(signal.SIGINT)
    try:
        out, err = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    return process.returncode, out, err


def test_the_real_server_starts_answers_and_stops_on_ctrl_c():
    process, url, lines = _start("--lang", "ko")
    try:
        assert any(url in line for line in lines), lines
        with urllib.request.urlopen(url + "/api/config", timeout=5) as response:
            assert response.status == 200 and b'"lang":"ko"' in response.read()
    finally:
        code, out, err = _stop(process)
    assert code in (0, 130) and "Traceback" not in err, err
    assert "멈췄습니다" in out + err


def test_the_classroom_prints_the_join_and_teacher_codes():
    process, url, lines = _start("--classroom", "--host", "127.0.0.1", "--lang", "en")
    try:
        text = "".join(lines)
        assert "join code" in text and "teacher code" in text, text
        join = text.split("join code (students): ")[1].split()[0]
        request = urllib.request.Request(url + "/api/session", data=f'{{"join_code": "{join}"}}'.encode(),
                                         headers={"Content-Type": "application/json"}, method="POST")
        with urllib.request.urlopen(request, timeout=5) as response:
            assert b'"role":"student"' in response.read()
    finally:
        _stop(process)
