"""``mldlab evaluate``: a saved model's loss and accuracy (R² for regression) on a data set or a CSV file.

    mldlab evaluate model.npz --data moons --seed 1
    mldlab evaluate grades.npz --csv new_grades.csv

The file's columns are matched to the model's by name (or taken in order when the names differ), and its
classes by name: a file that holds only some of the classes (say, only students who passed) is scored
against the right outputs, and a class the model never saw is an error that names it. For classification
the confusion matrix follows, with a row and a column for every class of the model.
"""

import numpy as np

from mldlab._random import manual_seed
from mldlab.cli import _args, _bundle, _data
from mldlab.i18n import message
from mldlab.metrics import confusion_matrix
from mldlab.train.model import Model


def add_parser(commands) -> None:
    """The ``evaluate`` command and its options."""
    parser = commands.add_parser("evaluate", help=message("cli_evaluate_help"),
                                 description=message("cli_evaluate_help"))
    parser.arguments.add_argument("model", metavar="MODEL", help=message("cli_help_model"))
    _args.add_data_options(parser.options)
    parser.set_defaults(run=run)


def run(args) -> int:
    """Evaluate as the module docstring says; return the exit code."""
    _data.check_data_options(args, "mldlab evaluate")
    bundle = _bundle.read(args.model)
    manual_seed(args.seed)
    table = _table(args, bundle)
    table.check_finite()
    X, y = _data.model_inputs(table, bundle)[1], _data.model_targets(table, bundle)
    task = bundle["task"]
    model = Model(bundle["model"])
    model.compile(optimizer="sgd", loss=_bundle.loss_module(bundle["loss"]),
                  metrics=["r2_score" if task == "regression" else "accuracy"])
    logs = model.evaluate(X, y, verbose=0, return_dict=True)
    print(message("cli_evaluated", n=len(X), source=table.source))
    for key, value in logs.items():
        print(f"  {key}: {value:.4f}" if np.isfinite(value) else f"  {key}: —")  # R² of one sample: not defined
    if task != "regression":
        outputs = model.predict(X)
        predicted = (outputs[:, 0] > 0).astype(np.int64) if task == "binary" else outputs.argmax(axis=1)
        names = bundle["class_names"]
        print(message("cli_confusion"))
        print(_matrix(confusion_matrix(y, predicted, labels=list(range(len(names)))), names))
    return 0


def _table(args, bundle: dict) -> _data.Table:
    """The samples to evaluate on: --csv (its target column by default the model's), else --data."""
    if args.csv:
        target = args.target
        if target is None:
            target = bundle["target"] if bundle["target"] in _data.header(args.csv) else "-1"
        return _data.from_csv(args.csv, target)
    return _data.from_registry(args.data or "moons", args.samples, args.noise, args.seed)


def _matrix(counts: np.ndarray, names: list) -> str:
    """The confusion matrix with the class names on both sides."""
    width = max(6, *(len(name) for name in names), len(str(counts.max())))
    lines = [" " * (width + 2) + " ".join(f"{name:>{width}}" for name in names)]
    for name, row in zip(names, counts):
        lines.append(f"  {name:<{width}}" + " ".join(f"{count:>{width}}" for count in row))
    return "\n".join(lines)
