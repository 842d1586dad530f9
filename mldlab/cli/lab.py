"""``mldlab lab``: start the web lab (the playground and the lesson pages) and open it in the browser.

    mldlab lab
    mldlab lab --port 8000 --no-browser --lang ko
    mldlab lab --classroom

The server listens on 127.0.0.1 (this computer only); with ``--classroom`` on every interface, and it prints the
address for the students, a join code and a teacher code. Ctrl+C stops it.
"""

from mldlab.cli._args import whole
from mldlab.cli._errors import CommandError
from mldlab.i18n import message


def add_parser(commands) -> None:
    """The ``lab`` command and its options."""
    parser = commands.add_parser("lab", help=message("server_cli_help"), description=message("server_cli_help"))
    parser.options.add_argument("--host", default=None, metavar="HOST", help=message("server_cli_help_host"))
    parser.options.add_argument("--port", type=whole("--port", 1, 65535), default=8765, metavar="PORT",
                                help=message("server_cli_help_port"))
    parser.options.add_argument("--no-browser", action="store_true", help=message("server_cli_help_no_browser"))
    parser.options.add_argument("--classroom", action="store_true", help=message("server_cli_help_classroom"))
    parser.set_defaults(run=run)


def run(args) -> int:
    """Serve the lab until Ctrl+C; return the exit code."""
    for package in ("fastapi", "uvicorn", "websockets"):
        try:
            __import__(package)
        except ImportError:
            raise CommandError(message("server_missing_deps", package=package), prog="mldlab lab") from None
    from mldlab.lab import serve
    from mldlab.lab._serve import PortTakenError

    try:
        serve(host=args.host, port=args.port, lang=getattr(args, "lang", None), classroom=args.classroom,
              open_browser=not args.no_browser)
    except PortTakenError as error:
        raise CommandError(str(error.strerror), prog="mldlab lab") from None
    return 0
