"""The ``mldlab`` command.

    mldlab demo [--lang ko] [--epochs 30] [--seed 0]
    mldlab train --data moons --hidden 8,8 --activation tanh --optimizer adam --lr 0.01 --epochs 200 --save model.npz
    mldlab evaluate model.npz --data moons --seed 1
    mldlab predict model.npz --input 0.5,-0.2
    mldlab lesson 1 --lang ko --out lesson1/
    mldlab lab [--port 8765] [--no-browser] [--classroom]

Every command takes ``--lang en|ko`` (the language of help, messages and reports) and ``--debug``. An error
prints one message on stderr (what, the value received, what is expected, a hint) and exits with code 2 for
a bad argument and 1 for a failure; ``--debug`` adds Python's traceback (see ``_errors``).

Examples
--------
>>> from mldlab.cli import main
>>> main(["train", "--epochs", "0"])
2
"""

import sys
import warnings

import numpy as np

from mldlab.cli import demo, evaluate, lab, lesson, predict, train
from mldlab.cli._errors import report
from mldlab.cli._parser import ArgumentParser
from mldlab.exceptions import UndefinedMetricWarning
from mldlab.i18n import LANGUAGES, get_language, language, message

COMMANDS = {module.__name__.rsplit(".", 1)[1]: module for module in (demo, train, evaluate, predict, lesson, lab)}
"""name → the module of the command (each has ``add_parser`` and ``run``)."""


def build_parser() -> ArgumentParser:
    """The parser of ``mldlab`` and its commands, with help in the language now in force."""
    parser = ArgumentParser(prog="mldlab", description=message("cli_description"))
    commands = parser.add_subparsers(dest="command", title=message("cli_group_commands"), metavar="COMMAND")
    for command in COMMANDS.values():
        command.add_parser(commands)
    return parser


def main(argv=None) -> int:
    """Run ``mldlab`` with the arguments ``argv`` (default: the command line's); return the exit code."""
    argv = sys.argv[1:] if argv is None else [str(arg) for arg in argv]
    with language(_language_asked(argv) or get_language()):  # help and argument errors in it too
        try:
            parser = build_parser()
            args = parser.parse_args(argv)
            if getattr(args, "run", None) is None:
                parser.print_help()
                return 0
            with np.errstate(all="ignore"), warnings.catch_warnings():
                # an overflow shows as a non-finite result and an undefined metric as "—": the commands report both
                warnings.simplefilter("ignore", UndefinedMetricWarning)
                return args.run(args)
        except SystemExit as done:  # --help
            return done.code if isinstance(done.code, int) else 0
        except BaseException as error:  # noqa: B036 (every error becomes one message, Ctrl+C included)
            return report(error, "--debug" in argv, prog=_prog(argv))


def _language_asked(argv: list) -> str | None:
    """The language of ``--lang``, read before parsing (the last one given, if it is one of ours)."""
    asked = None
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        elif arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        else:
            continue
        asked = value if value in LANGUAGES else asked
    return asked


def _prog(argv: list) -> str:
    """``mldlab`` and the command, as error messages name it."""
    command = next((arg for arg in argv if arg in COMMANDS), None)
    return f"mldlab {command}" if command else "mldlab"
