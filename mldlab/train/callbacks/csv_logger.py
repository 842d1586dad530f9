"""``CSVLogger``: write the numbers of each epoch to a CSV file, one row per epoch."""

import csv
import os

from mldlab.train.callbacks.callback import Callback

_NOT_LOGGED = ("iteration_loss", "batch_loss")


class CSVLogger(Callback):
    """Stream the ``logs`` of every epoch to a CSV file that a spreadsheet or ``pandas.read_csv`` can open.

    The file has a column ``epoch`` (counted from 0, as in the hooks) and then the keys of the first epoch's
    logs in alphabetical order. The header is written once; each row is flushed at once, so the file can be
    watched while training runs. The per-batch lists (``iteration_loss``) are not written.

    Parameters
    ----------
    filename : str or os.PathLike
        The CSV file, e.g. ``"run/log.csv"``.
    separator : str, optional
        The character between columns (default: ``","``).
    append : bool, optional
        Add to the file if it exists (to continue a training), without a second header; False overwrites
        it (default: False).

    Notes
    -----
    As in Keras 3: when the first epoch has no ``val_`` keys, a ``val_`` column is added for each key anyway
    and filled with ``NA`` (so a later validation still fits the columns); keys that appear only after the
    first epoch are not written; lines end with ``\\r\\n`` (the CSV standard). mldlab adds no
    ``val_learning_rate`` column, since the learning rate has no validation value.

    Examples
    --------
    >>> import os, tempfile
    >>> filename = os.path.join(tempfile.mkdtemp(), "log.csv")
    >>> logger = CSVLogger(filename)
    >>> logger.on_train_begin()
    >>> for epoch, (loss, val_loss) in enumerate([(0.9, 1.0), (0.5, 0.7)]):   # what fit does, by hand
    ...     logger.on_epoch_end(epoch, {"loss": loss, "val_loss": val_loss})
    >>> logger.on_train_end()
    >>> print(open(filename).read())
    epoch,loss,val_loss
    0,0.9,1.0
    1,0.5,0.7
    <BLANKLINE>
    """

    def __init__(self, filename, separator: str = ",", append: bool = False):
        super().__init__()
        self.filename = os.fspath(filename)
        self.separator = separator
        self.append = append
        self.keys = None
        self.writer = None
        self.csv_file = None
        self.append_header = True

    def __repr__(self) -> str:
        return f"CSVLogger({self.filename!r}, separator={self.separator!r}, append={self.append})"

    def on_train_begin(self, logs=None):
        if self.append:
            if os.path.exists(self.filename):
                with open(self.filename, encoding="utf-8") as existing:
                    self.append_header = not existing.readline()
            mode = "a"
        else:
            mode = "w"
        if self.csv_file is not None and not self.csv_file.closed:
            self.csv_file.close()
        self.csv_file = open(self.filename, mode, newline="", encoding="utf-8")
        self.writer = None
        self.keys = None

    def on_epoch_end(self, epoch, logs=None):
        logs = {key: value for key, value in (logs or {}).items() if key not in _NOT_LOGGED}
        if self.keys is None:
            self.keys = sorted(logs)
            if self.keys and not any(key.startswith("val_") for key in self.keys):
                self.keys += [f"val_{key}" for key in self.keys if key != "learning_rate"]
        if self.writer is None:
            self.writer = csv.DictWriter(self.csv_file, fieldnames=["epoch", *self.keys],
                                         delimiter=self.separator)
            if self.append_header:
                self.writer.writeheader()
        row = {"epoch": epoch}
        for key in self.keys:
            row[key] = _cell(logs.get(key, "NA"))
        self.writer.writerow(row)
        self.csv_file.flush()

    def on_train_end(self, logs=None):
        if self.csv_file is not None and not self.csv_file.closed:
            self.csv_file.close()
        self.writer = None


def _cell(value):
    """A number or text as it is; a list or array as ``[a, b, c]``."""
    if isinstance(value, str) or not hasattr(value, "__iter__") or getattr(value, "ndim", 1) == 0:
        return value
    return "[" + ", ".join(str(item) for item in value) + "]"
