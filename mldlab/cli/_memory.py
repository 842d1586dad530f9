"""How much memory a training run will need, estimated before it starts, and the budget it must fit in.

The estimate counts 4-byte float32 numbers (the factors measured with ``tracemalloc``, and checked in
tests/test_cli_errors.py to stay above what training uses):

    (1) data          10 · n · (d + 1)                     the table in float64 while it is made, then split,
                                                           standardised and batched in float32 copies
    (2) weights       6 · P,  P = Σₗ (wₗ + 1) · wₗ₊₁       weights, gradients, the optimizer's two moments and
                                                           scratch, the best weights kept by early stopping
    (3) activations   8 · b · Σₗ wₗ                         every layer's output, its activation, the dropout
                                                           mask and output, and the gradient of each, for one
                                                           batch of b rows (at least 32, the batch of evaluation)

with the layer widths w = (d, hidden…, outputs). A CSV file is first read as text into Python lists: about
twelve times its size on disk. The budget is half of the memory the system reports as available
(``MemAvailable`` in /proc/meminfo, else ``os.sysconf``); the other half stays for everything else.

Examples
--------
>>> need = training_bytes(n_samples=1000, widths=[2, 8, 8, 1], batch_size=32)
>>> need
{'data': 120000, 'weights': 2520, 'activations': 19456}
>>> human(sum(need.values()))
'142.0 KB'
"""

import os

from mldlab.cli._errors import CommandError
from mldlab.i18n import message

BUDGET_FRACTION = 0.5
CSV_FACTOR = 12


def training_bytes(n_samples: int, widths: list, batch_size: int) -> dict:
    """The estimate (1)–(3) in bytes, by part."""
    n_features = widths[0]
    parameters = sum((w_in + 1) * w_out for w_in, w_out in zip(widths[:-1], widths[1:]))
    batch = min(batch_size, n_samples)
    return {
        "data": 4 * 10 * n_samples * (n_features + 1),  # (1)
        "weights": 4 * 6 * parameters,  # (2)
        "activations": 4 * 8 * max(batch, 32) * sum(widths),  # (3)
    }


def available_bytes() -> int | None:
    """The memory the system can give without swapping, or None when it does not say."""
    try:
        with open("/proc/meminfo", encoding="ascii") as file:
            for line in file:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def budget() -> tuple[int | None, int | None]:
    """(the budget, the memory available), both None when the system does not say."""
    available = available_bytes()
    if available is None:
        return None, None
    return int(available * BUDGET_FRACTION), available


def human(size: float) -> str:
    """A size in bytes as people write it: 106.7 KB, 1.2 GB."""
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1000:
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{size:.1f} TB"


def check_training(n_samples: int, widths: list, batch_size: int) -> None:
    """Refuse, with the estimate, a training run that would not fit in the budget."""
    need = training_bytes(n_samples, widths, batch_size)
    most, available = budget()
    if most is not None and sum(need.values()) > most:
        parts = message("cli_memory_parts", data=human(need["data"]), weights=human(need["weights"]),
                        activations=human(need["activations"]))
        raise CommandError(message("cli_memory_refused", need=human(sum(need.values())), parts=parts,
                                   budget=human(most), available=human(available)))


def check_file(path: str) -> None:
    """Refuse, with the estimate, a CSV file too large to read into memory."""
    try:
        size = os.path.getsize(path)
    except OSError:
        return  # the loader reports a missing or unreadable file in its own words
    most, available = budget()
    if most is not None and CSV_FACTOR * size > most:
        raise CommandError(message("cli_memory_file", path=path, size=human(size), need=human(CSV_FACTOR * size),
                                   budget=human(most), available=human(available)))
