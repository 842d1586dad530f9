"""The points of a playground: a bundled data set, an uploaded CSV file or points added by clicking; their split.

    (1) the points: ``registry.get(name, n_samples, noise, seed)``, or the rows of the file
    (2) the split: a permutation from ``Generator(seed)``; the first ⌈n·test_ratio⌉ points are the test set
    (3) the network sees standardised coordinates  x̃ = (x − μ) / σ,  μ and σ of the training points

Standardising (3) lets every data set train in the same small network with the same learning rates: the
"will I pass?" students (lectures 0–15, hours 0–10) and the circles (−1…1) alike.

Examples
--------
>>> from mldlab.lab.spec import Setup
>>> points = make_points(Setup.defaults())
>>> points.x_train.shape, points.x_test.shape, points.task
((150, 2), (150, 2), 'binary')
"""

import dataclasses
import functools
import math

import numpy as np

from mldlab._random import Generator
from mldlab.data import registry
from mldlab.i18n import message
from mldlab.lab.spec import SetupError

MAX_ROWS, MAX_BYTES, MIN_ROWS = 2000, 256 * 1024, 4
MAX_ADDED = 500
"""The most points one request may add by clicking."""
MAX_CLASSES = 10
_LIMIT = 1e6  # |coordinate| of an uploaded or clicked point


@dataclasses.dataclass(frozen=True, eq=False)
class Points:
    """The training and test points in the data set's own coordinates, and what they pose.

    Attributes
    ----------
    x_train, x_test : ndarray (n, 1) or (n, 2), float64
    y_train, y_test : ndarray (n,), int64 class labels or float32 targets
    task : {'binary', 'multiclass', 'regression'}
    n_classes : int or None
    class_names : list of str or None
    """

    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    task: str
    n_classes: int | None = None
    class_names: list | None = None

    @property
    def inputs(self) -> int:
        """The number of coordinates: 1 (a curve y(x1)) or 2 (points in the plane)."""
        return self.x_train.shape[1]

    @functools.cached_property
    def mean(self) -> np.ndarray:
        """μ of (3): the mean of the training points' coordinates."""
        return self.x_train.mean(axis=0)

    @functools.cached_property
    def std(self) -> np.ndarray:
        """σ of (3): their standard deviation (1 where it is 0)."""
        std = self.x_train.std(axis=0)
        return np.where(std > 1e-12, std, 1.0)

    def standardised(self, X: np.ndarray) -> np.ndarray:
        """(3) x̃ = (x − μ) / σ with the training points' μ and σ."""
        return (np.asarray(X, dtype=np.float64) - self.mean) / self.std

    def extent(self) -> list:
        """[x1min, x1max, x2min, x2max] around all the points, 10 % wider (for 1-D data: x1 and the target y)."""
        return list(self._extent)

    @functools.cached_property
    def _extent(self) -> tuple:
        every = np.concatenate([self.x_train, self.x_test])
        if self.inputs == 1:
            every = np.concatenate([every, np.concatenate([self.y_train, self.y_test])[:, None]], axis=1)
        out = []
        for low, high in zip(every.min(axis=0), every.max(axis=0)):
            pad = max(0.1 * (high - low), 0.05)
            out += [_rounded(low - pad), _rounded(high + pad)]
        return tuple(out)

    def add(self, points) -> "Points":
        """These points and ``points`` ([{"x1", "x2", "y"}, ...], clicked on the page) added to the training set."""
        if not isinstance(points, list) or not 1 <= len(points) <= MAX_ADDED:
            raise SetupError("points_count", "points", message("lab_points_count", high=MAX_ADDED))
        rows, labels = [], []
        keys = ("x1", "x2", "y") if self.inputs == 2 else ("x1", "y")
        for i, point in enumerate(points):
            if not isinstance(point, dict) or set(point) != set(keys):
                raise SetupError("points_shape", f"points.{i}", message("lab_points_shape", index=i,
                                                                        keys=", ".join(keys)))
            values = [point[k] for k in keys]
            if not all(_is_number(v) and abs(v) <= _LIMIT for v in values):
                raise SetupError("points_value", f"points.{i}", message("lab_points_value", index=i,
                                                                        limit=f"{_LIMIT:g}"))
            rows.append(values[:-1])
            labels.append(values[-1])
        y = np.asarray(labels, dtype=np.float64)
        if self.task != "regression":
            if not all(float(v).is_integer() and 0 <= v < self.n_classes for v in y):
                raise SetupError("points_label", "points", message("lab_points_label", high=self.n_classes - 1))
            y = y.astype(np.int64)
        if len(self.x_train) + len(rows) > MAX_ROWS:
            raise SetupError("points_count", "points", message("lab_points_total", high=MAX_ROWS))
        return dataclasses.replace(self, x_train=np.concatenate([self.x_train, np.asarray(rows, dtype=np.float64)]),
                                   y_train=np.concatenate([self.y_train, y.astype(self.y_train.dtype)]))

    def to_dict(self) -> dict:
        """What the page draws: {"train": {"x", "y"}, "test": {...}, "extent", "inputs", "task", "classes"}."""
        def part(X, y):
            return {"x": np.round(X, 4).tolist(), "y": y.tolist() if self.task != "regression" else
                    np.round(y.astype(np.float64), 4).tolist()}
        return {"train": part(self.x_train, self.y_train), "test": part(self.x_test, self.y_test),
                "extent": self.extent(), "inputs": self.inputs, "task": self.task, "classes": self.class_names}


def make_points(setup) -> Points:
    """(1) and (2) for a bundled data set of ``setup``."""
    X, y, _, class_names = registry.get(setup.dataset, n_samples=setup.n_samples, noise=setup.noise, seed=setup.seed)
    task = registry.task(setup.dataset)
    return split(X, y, task, setup.test_ratio, setup.seed, class_names)


def split(X, y, task: str, test_ratio: float, seed: int, class_names=None) -> Points:
    """(2): a random ⌈n·test_ratio⌉ points for testing, the rest for training (at least one point each)."""
    X = np.asarray(X, dtype=np.float64)
    n = len(X)
    n_test = min(max(1, math.ceil(n * test_ratio - 1e-9)), n - 1)
    order = Generator(seed).numpy.permutation(n)
    test, train = order[:n_test], order[n_test:]
    n_classes = None if task == "regression" else max(2, int(np.max(y)) + 1)
    if class_names is None and task != "regression":
        class_names = [str(k) for k in range(n_classes)]
    return Points(X[train], y[train], X[test], y[test], task, n_classes, class_names)


def from_csv(raw: bytes, test_ratio: float = 0.5, seed: int = 0) -> Points:
    """Points from an uploaded CSV file: rows ``x1,x2,label`` (or ``x1,x2,target``), a header row optional.

    Rules: at most 256 KB and 2000 rows, at least 4; every row three numbers, finite, |x| ≤ 10⁶. Whole-number
    labels (``0``, ``1``, ``2``; at most 10 distinct) are classes, numbered 0 … K−1 in sorted order; any other
    numbers in the last column are regression targets.

    Raises
    ------
    SetupError
        With code ``csv_too_large``, ``csv_encoding``, ``csv_rows``, ``csv_columns``, ``csv_number`` or
        ``csv_one_class`` and the row (counted from 1) in the message.
    """
    if not isinstance(raw, (bytes, bytearray)) or len(raw) > MAX_BYTES:
        raise SetupError("csv_too_large", "file", message("lab_csv_too_large", size=len(raw or b""),
                                                          high=MAX_BYTES))
    try:
        text = bytes(raw).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SetupError("csv_encoding", "file", message("lab_csv_encoding")) from None
    lines = [(number, line) for number, line in enumerate(text.splitlines(), start=1) if line.strip()]
    if lines and not all(_parses(cell) for cell in lines[0][1].split(",")):
        lines = lines[1:]  # the header
    if not MIN_ROWS <= len(lines) <= MAX_ROWS:
        raise SetupError("csv_rows", "file", message("lab_csv_rows", rows=len(lines), low=MIN_ROWS, high=MAX_ROWS))
    table = []
    for number, line in lines:
        cells = [cell.strip() for cell in line.split(",")]
        if len(cells) != 3:
            raise SetupError("csv_columns", "file", message("lab_csv_columns", row=number, count=len(cells)))
        if not all(_parses(cell) and abs(float(cell)) <= _LIMIT for cell in cells):
            raise SetupError("csv_number", "file", message("lab_csv_number", row=number, text=line.strip()[:60],
                                                           limit=f"{_LIMIT:g}"))
        table.append([float(cell) for cell in cells])
    table = np.asarray(table)
    X, target = table[:, :2], table[:, 2]
    labels = np.unique(target)
    if all(float(v).is_integer() for v in target) and len(labels) <= MAX_CLASSES:
        if len(labels) < 2:
            raise SetupError("csv_one_class", "file", message("lab_csv_one_class", label=f"{labels[0]:g}"))
        y = np.searchsorted(labels, target).astype(np.int64)
        task = "binary" if len(labels) == 2 else "multiclass"
        return split(X, y, task, test_ratio, seed, [f"{v:g}" for v in labels])
    return split(X, target.astype(np.float32), "regression", test_ratio, seed)


def _parses(cell: str) -> bool:
    try:
        return math.isfinite(float(cell))
    except ValueError:
        return False


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _rounded(value: float) -> float:
    return float(f"{value:.4g}")
