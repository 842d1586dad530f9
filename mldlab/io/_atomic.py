"""Writing a file atomically, and clearing the temporary files of writes that never finished.

``save`` writes to a temporary file ``.{name}.{8 hex digits}.tmp`` in the same folder, flushes it to disk, and
renames it onto ``name`` in one step (``os.replace``): readers see the old file or the new one, never a part.
A writer killed before the rename (``kill -9``, a power cut) leaves its temporary file behind. The next
``save`` or ``load`` of the same ``name`` removes such leftovers: only files of exactly that pattern, for that
name, and only once they have not been written to for an hour (``STALE_AFTER``), so a save still running in
another process keeps its file. The age is the file's own modification time, which works across processes
and machines sharing a folder, where a process id would not.
"""

import contextlib
import os
import re
import secrets
import stat
import time

STALE_AFTER = 3600.0
"""Seconds after the last write at which a leftover temporary file counts as abandoned."""


def write_atomically(path: str, write) -> None:
    """Call ``write(file)`` on a temporary file in the folder of ``path``, flush it to disk, rename it onto ``path``."""
    folder, base = os.path.split(os.path.abspath(path))
    remove_stale_temporaries(path)
    temporary = os.path.join(folder, f".{base}.{secrets.token_hex(4)}.tmp")
    # Created with mode 0o666 so that the usual umask applies, as for any new file.
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as file:
            write(file)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(temporary)
        raise
    with contextlib.suppress(OSError, AttributeError):  # make the rename itself durable (not on Windows)
        folder_descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(folder_descriptor)
        finally:
            os.close(folder_descriptor)


def remove_stale_temporaries(path: str, now: float | None = None) -> list[str]:
    """Remove the abandoned temporary files of ``path`` (see the module's text); return their names.

    Nothing is raised: a folder that cannot be listed, or a file that cannot be removed, is left as it is.
    """
    folder, base = os.path.split(os.path.abspath(path))
    pattern = re.compile(rf"\.{re.escape(base)}\.[0-9a-f]{{8}}\.tmp")
    now = time.time() if now is None else now
    removed = []
    with contextlib.suppress(OSError):
        with os.scandir(folder) as entries:
            for entry in entries:
                if not pattern.fullmatch(entry.name):
                    continue
                with contextlib.suppress(OSError):
                    info = entry.stat(follow_symlinks=False)
                    if stat.S_ISREG(info.st_mode) and now - info.st_mtime > STALE_AFTER:
                        os.remove(entry.path)
                        removed.append(entry.name)
    return removed
