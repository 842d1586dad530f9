"""Argument types of the command line, and the largest values it accepts.

Each type turns the text of one option into a value or raises ``argparse.ArgumentTypeError`` with a message
that names the option, the value received and what is allowed. Numbers must be finite (``nan`` and ``inf``
are refused) and lie in a range that fits this kind of machine; a request that passes these checks can still
be too large as a whole (many samples *and* wide layers): ``_memory`` estimates it before training starts.

================  ==============================  ===============================================
option            range                           why
================  ==============================  ===============================================
--samples         2 … 10,000,000                  ten million points of a generated set
--epochs          1 … 1,000,000
--batch-size      1 … 10,000,000                  at most all the samples at once
--hidden          1 … 100,000 units, ≤ 100 layers
--lr              (0, 1000]                       a larger step diverges at once
--noise           0 … 1000
--seed            0 … 4,294,967,295 (2³² − 1)
================  ==============================  ===============================================

Examples
--------
>>> whole("--epochs", 1, MAX_EPOCHS)("20")
20
>>> number("--lr", 0, MAX_LR, low_open=True)("nan")
Traceback (most recent call last):
...
argparse.ArgumentTypeError: --lr must be a number in (0, 1000], got 'nan'
>>> hidden_sizes("16, 8")
[16, 8]
>>> features("4,5.5")
[4.0, 5.5]
"""

import argparse
import math
import os

import numpy as np

from mldlab.cli._parser import one_of
from mldlab.data import registry
from mldlab.i18n import message

MAX_SAMPLES = 10_000_000
MAX_EPOCHS = 1_000_000
MAX_BATCH_SIZE = MAX_SAMPLES
MAX_LAYER_SIZE = 100_000
MAX_LAYERS = 100
MAX_LR = 1000.0
MAX_NOISE = 1000.0
MAX_SEED = 2**32 - 1
_FLOAT32_MAX = float(np.finfo(np.float32).max)


def number(name: str, low: float, high: float, low_open: bool = False, high_open: bool = False):
    """A finite float in [low, high] (an open end with ``low_open``/``high_open``)."""
    shown = f"{'(' if low_open else '['}{low:g}, {high:g}{')' if high_open else ']'}"

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        too_low = value <= low if low_open else value < low
        too_high = value >= high if high_open else value > high
        if not math.isfinite(value) or too_low or too_high:
            raise argparse.ArgumentTypeError(message("cli_range", name=name, value=text, range=shown))
        return value

    return parse


def whole(name: str, low: int, high: int):
    """A whole number in [low, high]."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(message("cli_whole", name=name, value=text, low=low, high=f"{high:,}"))
        return value

    return parse


def hidden_sizes(text: str) -> list:
    """Hidden layer sizes ``8,8`` → [8, 8]; ``0``, ``none`` or nothing → no hidden layer."""
    if text.strip().lower() in ("", "0", "none"):
        return []
    sizes = []
    for part in text.split(","):
        try:
            sizes.append(int(part))
        except ValueError:
            sizes.append(0)
    if len(sizes) > MAX_LAYERS or any(not 1 <= size <= MAX_LAYER_SIZE for size in sizes):
        raise argparse.ArgumentTypeError(message("cli_hidden", value=text, high=f"{MAX_LAYER_SIZE:,}",
                                                 layers=MAX_LAYERS))
    return sizes


def features(text: str) -> list:
    """One sample's features ``4,5.5`` → [4.0, 5.5]: each a number within float32's range."""
    values = []
    for position, part in enumerate(text.split(","), start=1):
        try:
            value = float(part)
        except ValueError:
            raise argparse.ArgumentTypeError(message("cli_input", value=text, position=position, part=part)) from None
        if not math.isfinite(value) or abs(value) > _FLOAT32_MAX:
            raise argparse.ArgumentTypeError(message("cli_input_not_finite", value=text, position=position,
                                                     part=part))
        values.append(value)
    return values


def save_path(text: str) -> str:
    """A file to save to, checked before any training: a name, in a folder that exists and can be written."""
    if not text.strip():
        raise argparse.ArgumentTypeError(message("cli_save_empty", value=text))
    if os.path.isdir(text):
        raise argparse.ArgumentTypeError(message("cli_save_is_folder", value=text,
                                                 example=os.path.join(text, "model.npz")))
    folder = os.path.dirname(os.path.abspath(text))
    if not os.path.isdir(folder):
        raise argparse.ArgumentTypeError(message("cli_save_no_folder", value=text, folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise argparse.ArgumentTypeError(message("cli_save_not_writable", value=text, folder=folder))
    return text


def add_data_options(options) -> None:
    """--data, --csv, --target, --samples, --noise and --seed: where the samples come from (train, evaluate)."""
    options.add_argument("--data", type=one_of("--data", registry.NAMES), metavar="{" + ",".join(registry.NAMES) + "}",
                         help=message("cli_help_data"))
    options.add_argument("--csv", metavar="FILE", help=message("cli_help_csv"))
    options.add_argument("--target", metavar="COLUMN", help=message("cli_help_target"))
    options.add_argument("--samples", type=whole("--samples", 2, MAX_SAMPLES), metavar="N",
                         help=message("cli_help_samples", high=f"{MAX_SAMPLES:,}"))
    options.add_argument("--noise", type=number("--noise", 0, MAX_NOISE),
                         help=message("cli_help_noise", high=f"{MAX_NOISE:g}"))
    options.add_argument("--seed", type=whole("--seed", 0, MAX_SEED), default=0,
                         help=message("cli_help_seed", high=f"{MAX_SEED:,}"))
