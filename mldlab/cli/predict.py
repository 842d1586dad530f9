"""``mldlab predict``: a saved model's answer for new samples, given on the command line or in a CSV file.

    mldlab predict model.npz --input 4,5 --input 12,8
    mldlab predict grades.npz --csv students.csv

For classification it prints the most probable class by name with its probability p (the sigmoid of the
output for two classes, the softmax for more); for regression the number, back in the target's units.
"""

import numpy as np

from mldlab.cli import _args, _bundle, _data
from mldlab.cli._errors import CommandError, UsageError
from mldlab.i18n import message
from mldlab.train.model import Model


def add_parser(commands) -> None:
    """The ``predict`` command and its options."""
    parser = commands.add_parser("predict", help=message("cli_predict_help"), description=message("cli_predict_help"))
    parser.arguments.add_argument("model", metavar="MODEL", help=message("cli_help_model"))
    parser.options.add_argument("--input", type=_args.features, action="append", metavar="X1,X2,...",
                                help=message("cli_help_input"))
    parser.options.add_argument("--csv", metavar="FILE", help=message("cli_help_predict_csv"))
    parser.options.add_argument("--target", metavar="COLUMN", help=message("cli_help_predict_target"))
    parser.set_defaults(run=run)


def run(args) -> int:
    """Predict as the module docstring says; return the exit code."""
    if args.csv and args.input:
        raise UsageError(message("cli_predict_both"), "mldlab predict")
    if not args.csv and not args.input:
        raise UsageError(message("cli_predict_nothing"), "mldlab predict")
    if args.target is not None and not args.csv:
        raise UsageError(message("cli_needs_csv", option="--target"), "mldlab predict")
    bundle = _bundle.read(args.model)
    table = _samples(args, bundle)
    table.check_finite()
    samples, X = _data.model_inputs(table, bundle)
    outputs = Model(bundle["model"]).predict(X).astype(np.float64)
    finite = np.isfinite(outputs).all(axis=1)
    if not finite.all():
        row = int(np.argmin(finite))
        raise CommandError(message("cli_not_finite_output", row=row + 1, value=outputs[row].tolist()))
    for sample, out in zip(samples, outputs):
        features = ", ".join(f"{v:g}" for v in sample)
        if bundle["task"] == "regression":
            print(f"[{features}] → {out[0] * bundle['y_scale'] + bundle['y_mean']:.6g}")
            continue
        if bundle["task"] == "binary":
            p_one = 0.5 * (1.0 + np.tanh(0.5 * out[0]))  # σ(z) = (1 + tanh(z/2)) / 2, without overflow
            p = np.array([1.0 - p_one, p_one])
        else:
            e = np.exp(out - out.max())
            p = e / e.sum()
        label = int(p.argmax())
        print(f"[{features}] → {message('cli_class')} {bundle['class_names'][label]} (p = {p[label]:.3f})")
    return 0


def _samples(args, bundle: dict) -> _data.Table:
    """--input as a table, or --csv without its target column (--target, or the model's when the file has it)."""
    if args.input:
        first = len(args.input[0])
        for index, values in enumerate(args.input, start=1):
            if len(values) != first:
                raise UsageError(message("cli_input_ragged", index=index, got=len(values), expected=first),
                                 "mldlab predict")
        return _data.Table("--input", np.array(args.input, dtype=np.float64), None, [])
    target = args.target
    if target is None and bundle["target"] in _data.header(args.csv):
        target = bundle["target"]
    return _data.from_csv(args.csv, target)
