"""The command line's data: a bundled set or a CSV file, checked before any training or scoring.

The checks say what is wrong in the learner's language instead of letting it turn into a wrong result:

1. every value finite (a NaN or an overflow to ±inf is named by column and line);
2. classes are names: words, or whole numbers such as {1, 2} or {−1, 1}, are mapped to outputs 0 … K−1 in
   sorted order, and the mapping is kept (and shown) so that another file is scored by the same names;
3. a target with one class only, or one value only, is refused: there is nothing to learn;
4. a column of many different whole numbers needs ``--task`` to say whether they are classes or amounts.
"""

import csv
import os
from dataclasses import dataclass

import numpy as np

from mldlab.cli._errors import CommandError, UsageError
from mldlab.cli._memory import check_file
from mldlab.data import load_csv, registry
from mldlab.i18n import message

DEFAULT_SAMPLES = 1000
"""The points of a generated data set when ``--samples`` is not given."""

MAX_AUTO_CLASSES = 20
"""A target of more different whole numbers than this needs ``--task`` (classes or amounts?)."""


@dataclass
class Table:
    """Samples as read: the features, the target (``y`` indexes ``class_names`` when the reader named the classes),
    and the names of the columns."""

    source: str
    X: np.ndarray
    y: np.ndarray | None
    feature_names: list
    target: str | None = None
    class_names: list | None = None
    first_line: int = 1
    bundled: bool = False

    def check_finite(self) -> None:
        """(1) Refuse NaN and ±inf, naming the first such value by column and line."""
        bad = np.argwhere(~np.isfinite(self.X))
        if bad.size:
            row, j = bad[0]
            self._not_finite(self.feature_names[j] if j < len(self.feature_names) else f"x{j + 1}", row, self.X[row, j])
        if self.y is not None and self.y.dtype.kind == "f" and not np.isfinite(self.y).all():
            row = int(np.argmin(np.isfinite(self.y)))
            self._not_finite(self.target, row, self.y[row])

    def _not_finite(self, column, row, value) -> None:
        raise CommandError(message("cli_not_finite", source=self.source, column=column, line=row + self.first_line,
                                   value=value))

    def numbers(self) -> np.ndarray | None:
        """The target as float32 numbers, or None when it holds words (classes named by whole numbers are numbers)."""
        if self.class_names is None:
            return self.y.astype(np.float32)
        try:
            values = np.array([float(int(name)) for name in self.class_names], dtype=np.float32)
        except ValueError:
            return None
        return values[self.y]

    def label_names(self) -> list:
        """(2) The name of every row's class: the word, or the whole number written out."""
        if self.class_names is not None:
            return [self.class_names[k] for k in self.y]
        y = self.y
        if y.dtype.kind == "f":
            whole = (np.abs(y) < 2**53) & (y == np.round(y))
            if not whole.all():
                raise CommandError(message("cli_not_a_class", source=self.source, column=self.target,
                                           value=y[np.argmin(whole)]))
            y = y.astype(np.int64)
        return [str(v) for v in y.tolist()]

    def classes(self) -> tuple[list, np.ndarray]:
        """(2) The class names in sorted order (numbers by value) and every row's output 0 … K−1."""
        if self.class_names is not None:
            return list(self.class_names), self.y.astype(np.int64)
        names = self.label_names()
        order = sorted(set(names), key=int)
        index = {name: k for k, name in enumerate(order)}
        return order, np.array([index[name] for name in names], dtype=np.int64)


def check_data_options(args, prog: str) -> None:
    """Refuse data options that do not go together (--data with --csv, --samples for a file or a real table, …)."""
    if args.csv:
        if args.data:
            raise UsageError(message("cli_data_and_csv"), prog)
        for option, value in (("--samples", args.samples), ("--noise", args.noise)):
            if value is not None:
                raise UsageError(message("cli_not_for_csv", option=option), prog)
        return
    for option, value in (("--target", args.target), ("--task", getattr(args, "task", None))):
        if value is not None:
            raise UsageError(message("cli_needs_csv", option=option), prog)
    name = args.data or "moons"
    if not registry.is_generated(name) and (args.samples is not None or args.noise is not None):
        raise UsageError(message("registry_fixed", name=name), prog)


def from_registry(name: str, n_samples, noise, seed) -> Table:
    """A bundled data set (its task is ``registry.task(name)``); a generated one has 1000 points unless told."""
    if n_samples is None and registry.is_generated(name):
        n_samples = DEFAULT_SAMPLES
    X, y, feature_names, class_names = registry.get(name, n_samples=n_samples, noise=noise, seed=seed)
    return Table(name, X, y, list(feature_names), "y", class_names=class_names, bundled=True)


def from_csv(path: str, target) -> Table:
    """A CSV file with a header line; ``target`` a column name, a position, or None for no target."""
    check_file(path)
    X, y, feature_names, class_names = load_csv(path, target=column(target), return_names=True)
    name = None
    if isinstance(column(target), str):
        name = target.strip()
    elif target is not None:
        names = header(path)  # the target column's name, when the header reads the same as load_csv read it
        name = names[column(target)] if len(names) == len(feature_names) + 1 else None
    return Table(path, X, y, list(feature_names), name, class_names=class_names, first_line=2)


def column(target):
    """``--target`` as load_csv takes it: a position when it is written as a whole number, else a name."""
    if isinstance(target, str) and target.strip().lstrip("+-").isdigit():
        return int(target)
    return target


def header(path: str) -> list:
    """The column names in the first line of a CSV file (UTF-8, else CP949), or [] when they cannot be read."""
    if not os.path.isfile(path):
        return []  # load_csv says what is wrong with the path
    check_file(path)
    with open(path, "rb") as file:
        for raw in file:
            if raw.strip():
                break
        else:
            return []
    for encoding in ("utf-8-sig", "cp949"):
        try:
            line = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        return []
    return [name.strip() for name in next(csv.reader([line]), [])]


def training_task(table: Table, task: str | None) -> tuple[str, list | None, np.ndarray]:
    """(task, class names, targets) of a CSV for training: ``task`` None reads it from the column (rules 2–4)."""
    numbers = table.numbers()
    if task is None:
        if table.class_names is None and table.y.dtype.kind == "f":
            values = np.unique(table.y)
            if len(values) <= MAX_AUTO_CLASSES and (values == np.round(values)).all():  # 0.0/1.0: labels or amounts?
                raise CommandError(message("cli_decimal_classes", source=table.source, column=table.target,
                                           values=", ".join(f"{v:g}" for v in values)))
            task = "regression"
        else:
            task = "classification"
            if numbers is not None and len(np.unique(numbers)) > MAX_AUTO_CLASSES:
                raise CommandError(message("cli_many_classes", source=table.source, column=table.target,
                                           count=len(np.unique(numbers))))
    if task == "regression":
        if numbers is None:
            raise CommandError(message("cli_words_not_numbers", source=table.source, column=table.target,
                                       value=table.class_names[0], expected=message("cli_expected_numbers_task")))
        check_varies(table, numbers)
        return "regression", None, numbers
    names, y = table.classes()
    check_varies(table, y, names)
    return ("binary" if len(names) == 2 else "multiclass"), names, y


def check_varies(table: Table, y: np.ndarray, names: list | None = None) -> None:
    """(3) Refuse a target with one class (or one value) only."""
    if names is not None and len(names) < 2:
        raise CommandError(message("cli_one_class", source=table.source, column=table.target, name=names[0],
                                   n=len(y)))
    if names is None and np.ptp(y) == 0:
        raise CommandError(message("cli_constant_target", source=table.source, column=table.target,
                                   value=f"{float(y[0]):g}", n=len(y)))


def match_features(table: Table, names: list | None) -> np.ndarray:
    """The columns of ``table`` in the model's order: by name when it has all of them, else by position."""
    X, have = table.X, table.feature_names
    if names and all(name in have for name in names):
        unused = [name for name in have if name not in names]
        if unused:
            print(message("cli_unused_columns", columns=", ".join(unused)))
        return X[:, [have.index(name) for name in names]]
    expected = len(names) if names else X.shape[1]
    if X.shape[1] != expected:
        raise CommandError(message("cli_n_features", source=table.source, got=X.shape[1], expected=expected,
                                   names=", ".join(names)))
    if names and have and have != names:
        print(message("cli_by_position", source=table.source, names=", ".join(names)))
    return X


def model_inputs(table: Table, bundle: dict) -> tuple[np.ndarray, np.ndarray]:
    """The table's features in the model's column order, and as the model takes them: standardised, float32."""
    X = match_features(table, bundle["feature_names"]).astype(np.float64)
    with np.errstate(over="ignore"):
        inputs = ((X - bundle["mean"]) / bundle["scale"]).astype(np.float32)
    bad = np.argwhere(~np.isfinite(inputs))
    if bad.size:
        row, j = bad[0]
        names = bundle["feature_names"] or [f"x{k + 1}" for k in range(X.shape[1])]
        raise CommandError(message("cli_far_from_training", source=table.source, column=names[j],
                                   line=row + table.first_line, value=f"{X[row, j]:g}"))
    return X, inputs


def model_targets(table: Table, bundle: dict) -> np.ndarray:
    """The table's targets as the model's outputs: classes matched by name, numbers standardised."""
    if bundle["task"] == "regression":
        if table.class_names is not None:
            raise CommandError(message("cli_words_not_numbers", source=table.source, column=table.target,
                                       value=table.class_names[0], expected=message("cli_expected_numbers_model")))
        return ((table.y.astype(np.float64) - bundle["y_mean"]) / bundle["y_scale"]).astype(np.float32)
    known = bundle["class_names"]
    if table.bundled and bundle.get("data") == table.source and len(table.class_names) == len(known):
        return table.y.astype(np.int64)  # the same bundled set: class k is class k (its names follow the language)
    names = table.label_names()
    unknown = sorted(set(names) - set(known))
    if unknown:
        raise CommandError(message("cli_unknown_classes", source=table.source, column=table.target,
                                   unknown=", ".join(unknown), known=", ".join(known)))
    index = {name: k for k, name in enumerate(known)}
    return np.array([index[name] for name in names], dtype=np.int64)
