"""Starting the lab on this computer: the listening socket, the addresses to print, the browser to open."""

import errno
import os
import socket
import sys
import webbrowser

from mldlab.i18n import message

CONSOLE_BROWSERS = {"www-browser", "links", "links2", "elinks", "lynx", "w3m", "browsh", "netrik"}


class PortTakenError(OSError):
    """The port is used by another program (the message says which port and what to do)."""


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` (``PortTakenError`` with a hint when another program holds the port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    if sys.platform != "win32":
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        if error.errno in (errno.EADDRINUSE, errno.EACCES, getattr(errno, "WSAEADDRINUSE", -1)):
            raise PortTakenError(error.errno, message("server_port_taken", port=port, next=port + 1)) from None
        raise
    sock.listen(128)
    sock.setblocking(False)
    return sock


def lan_addresses() -> list:
    """This computer's IPv4 addresses on the local network (what students type), best guess first."""
    found = []
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # a UDP "connect" sends nothing: it only picks the outgoing interface
            found.append(probe.getsockname()[0])
    except OSError:
        pass
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(info[4][0])
    except OSError:
        pass
    return [ip for ip in dict.fromkeys(found) if not ip.startswith(("127.", "0."))]


def urls(host: str, port: int) -> list:
    """The addresses to open: loopback first, then the LAN addresses when listening on every interface."""
    if host in ("0.0.0.0", "::", ""):
        return [f"http://127.0.0.1:{port}/"] + [f"http://{ip}:{port}/" for ip in lan_addresses()]
    shown = f"[{host}]" if ":" in host else host
    return [f"http://{shown}:{port}/"]


def has_display() -> bool:
    """Whether a graphical browser can open: on Linux and BSD a display (X11 or Wayland) must be set."""
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_browser(url: str) -> bool:
    """Open ``url`` in a graphical browser, never a console one (which would take over the terminal)."""
    if not has_display():
        return False
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return False
    name = os.path.basename(str(getattr(browser, "name", "") or "")).split()[0:1]
    if name and name[0] in CONSOLE_BROWSERS:
        return False
    try:
        return bool(browser.open(url, new=2))
    except Exception:  # noqa: BLE001 (a browser that fails to start is not the server's failure)
        return False
