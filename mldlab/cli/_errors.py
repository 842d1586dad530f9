"""How the command line reports an error: one message on stderr, exit code 2 for usage and 1 for failures.

============================================  =====  ==========================================================
what went wrong                               code   what is printed
============================================  =====  ==========================================================
a bad argument or combination of arguments     2     the message, and where ``--help`` lists the options
mldlab's own error (bad data, a damaged        1     its message (it says what, the value, what is expected and
file, ``TrainingDiverged``, …)                       a hint)
a file or folder the system refuses            1     the path and the reason, in the learner's language
not enough memory                              1     a hint to ask for less
Ctrl+C                                        130    "stopped" (130 = 128 + SIGINT, as the shell reports it)
anything else: a bug in mldlab                 1     "internal error", and to run again with ``--debug``
============================================  =====  ==========================================================

``--debug`` prints Python's traceback before the message.
"""

import errno
import os
import sys
import traceback
from pathlib import Path

from mldlab.i18n import message

_PACKAGE = str(Path(__file__).resolve().parents[1]) + os.sep
_REASONS = {
    errno.ENOENT: lambda: message("cli_reason_missing"),
    errno.EACCES: lambda: message("cli_reason_permission"),
    errno.EPERM: lambda: message("cli_reason_permission"),
    errno.EISDIR: lambda: message("cli_reason_is_folder"),
    errno.ENOTDIR: lambda: message("cli_reason_not_folder"),
    errno.ENOSPC: lambda: message("cli_reason_no_space"),
    errno.EROFS: lambda: message("cli_reason_read_only"),
}


class CommandError(Exception):
    """A failure the command explains in one message (exit code 1)."""

    exit_code = 1

    def __init__(self, text: str, prog: str = "mldlab"):
        super().__init__(text)
        self.prog = prog


class UsageError(CommandError):
    """A bad argument, or arguments that do not go together (exit code 2)."""

    exit_code = 2


def report(error: BaseException, debug: bool, prog: str = "mldlab") -> int:
    """Print ``error`` as one message on stderr (after its traceback with ``debug``); return the exit code."""
    if debug:
        traceback.print_exception(error, file=sys.stderr)
    if isinstance(error, KeyboardInterrupt):
        _say(prog, message("cli_interrupted"))
        return 130
    if isinstance(error, CommandError):
        prog = error.prog if error.prog != "mldlab" else prog  # the command's name, also for the main parser's errors
        _say(prog, str(error))
        if isinstance(error, UsageError):
            print(message("cli_usage_hint", prog=prog), file=sys.stderr)
        return error.exit_code
    if isinstance(error, MemoryError):
        _say(prog, message("cli_out_of_memory"))
    elif isinstance(error, OSError) and error.errno is not None:
        _say(prog, _os_error(error))
    elif isinstance(error, (ValueError, TypeError, RuntimeError, OSError, ImportError)) and _raised_by_mldlab(error):
        _say(prog, str(error))
    else:
        _say(prog, message("cli_internal_error", type=type(error).__name__, text=error))
    return 1


def _say(prog: str, text: str) -> None:
    print(message("cli_error", prog=prog, text=text), file=sys.stderr)


def _os_error(error: OSError) -> str:
    """The system's refusal, with the path and the reason in the learner's language."""
    reason = _REASONS.get(error.errno, lambda: message("cli_reason_other", detail=error.strerror or error))()
    path = error.filename if isinstance(error.filename, (str, bytes)) else "mldlab"
    return message("cli_os_error", path=os.fsdecode(path), reason=reason)


def _raised_by_mldlab(error: BaseException) -> bool:
    """Whether the innermost frame of ``error``'s traceback is mldlab's own code (so the message is ours)."""
    frames = traceback.extract_tb(error.__traceback__)
    return bool(frames) and frames[-1].filename.startswith(_PACKAGE)
