"""The ``mldlab train``, ``mldlab evaluate`` and ``mldlab predict`` commands.

    mldlab train --data moons --hidden 8,8 --activation tanh --loss bce --optimizer adam --lr 0.01 \\
                 --epochs 200 --batch-size 10 --validation-split 0.2 --dropout 0.1 --early-stopping 20 \\
                 --seed 0 --save model.npz
    mldlab train --csv grades.csv --target passed --hidden 8 --save model.npz
    mldlab evaluate model.npz --data moons --seed 1
    mldlab predict model.npz --input 4,5 --input 12,8

``train`` builds the network [Linear → activation (→ Dropout)] × hidden layers → Linear, standardises the inputs
with statistics from the training data only, holds out a test set (``--test-size``), trains with ``Model.fit``
and reports loss and accuracy (or R² for regression) on the training, validation and test data. ``--save``
writes one file with the network, the standardisation and what the classes are, which ``evaluate`` and
``predict`` read back.
"""

import argparse
import sys

import numpy as np

import mldlab
from mldlab import data, nn
from mldlab.exceptions import TrainingDiverged
from mldlab.i18n import message
from mldlab.optim import by_name
from mldlab.train import metrics
from mldlab.train.callbacks import EarlyStopping
from mldlab.train.model import Model, split_validation

# name → (generator or loader, task, generated?)
DATASETS = {
    "moons": (data.moons, "binary", True),
    "circles": (data.circles, "binary", True),
    "xor": (data.xor, "binary", True),
    "pass_exam": (data.pass_exam, "binary", True),
    "spirals": (data.spirals, "multiclass", True),
    "gaussians": (data.gaussians, "multiclass", True),
    "linear": (data.linear, "regression", True),
    "polynomial": (data.polynomial, "regression", True),
    "sine": (data.sine, "regression", True),
    "iris": (data.load_iris, "multiclass", False),
    "wine": (data.load_wine, "multiclass", False),
    "digits": (data.load_digits, "multiclass", False),
    "breast_cancer": (data.load_breast_cancer, "binary", False),
    "diabetes": (data.load_diabetes, "regression", False),
}
ACTIVATIONS = {"tanh": nn.Tanh, "relu": nn.ReLU, "sigmoid": nn.Sigmoid, "leaky_relu": nn.LeakyReLU}
LOSSES = {"bce": "binary", "ce": "multiclass", "mse": "regression", "mae": "regression"}


# ---------------------------------------------------------------------------- argument types
def _number_in(name: str, low: float, high: float, low_open=False, high_open=False, cast=float):
    def parse(text: str):
        try:
            value = cast(text)
        except ValueError:
            raise argparse.ArgumentTypeError(message("cli_range", name=name, value=text, range=_range())) from None
        too_low = value <= low if low_open else value < low
        too_high = value >= high if high_open else value > high
        if too_low or too_high:
            raise argparse.ArgumentTypeError(message("cli_range", name=name, value=text, range=_range()))
        return value

    def _range() -> str:
        left = "(" if low_open else "["
        right = ")" if high_open else "]"
        return f"{left}{low:g}, {'∞' if high == float('inf') else format(high, 'g')}{right}"

    return parse


def _one_of(name: str, allowed) -> callable:
    """An argument type that accepts one of ``allowed`` and otherwise lists them, in the learner's language."""
    allowed = [str(a) for a in allowed]

    def parse(text: str) -> str:
        if text not in allowed:
            raise argparse.ArgumentTypeError(message("cli_choice", name=name, value=text, allowed=", ".join(allowed)))
        return text

    return parse


def _hidden(text: str) -> list:
    if text.strip() in ("", "0", "none"):
        return []
    try:
        sizes = [int(part) for part in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(message("cli_hidden", value=text)) from None
    if any(size < 1 for size in sizes):
        raise argparse.ArgumentTypeError(message("cli_hidden", value=text))
    return sizes


def _features(text: str) -> list:
    try:
        return [float(part) for part in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(message("cli_input", value=text)) from None


def add_arguments(commands) -> None:
    """Add the train, evaluate and predict sub-commands to the ``mldlab`` parser."""
    train = commands.add_parser("train", help=message("cli_train_help"))
    _data_arguments(train)
    train.add_argument("--hidden", type=_hidden, default=[8, 8], help="hidden layer sizes, e.g. 8,8 (default 8,8)")
    train.add_argument("--activation", type=_one_of("--activation", sorted(ACTIVATIONS)), default="tanh",
                       metavar="{" + ",".join(sorted(ACTIVATIONS)) + "}", help="default tanh")
    train.add_argument("--loss", type=_one_of("--loss", sorted(LOSSES)), metavar="{" + ",".join(sorted(LOSSES)) + "}",
                       help="bce, ce, mse or mae (default: by the task)")
    train.add_argument("--optimizer", type=_one_of("--optimizer", by_name.NAMES), default="adam",
                       metavar="{" + ",".join(by_name.NAMES) + "}", help="default adam")
    train.add_argument("--lr", type=_number_in("--lr", 0, float("inf"), low_open=True), default=0.01,
                       help="learning rate η > 0 (default 0.01)")
    train.add_argument("--epochs", type=_number_in("--epochs", 1, 1e9, cast=int), default=100, help="default 100")
    train.add_argument("--batch-size", type=_number_in("--batch-size", 1, 1e9, cast=int), default=32,
                       help="samples per iteration (default 32)")
    train.add_argument("--validation-split", type=_number_in("--validation-split", 0, 1, high_open=True),
                       default=0.0, help="fraction of the training data held out for val_loss, in [0, 1)")
    train.add_argument("--test-size", type=_number_in("--test-size", 0, 1, low_open=True, high_open=True),
                       default=0.2, help="fraction held out as test data, in (0, 1) (default 0.2)")
    train.add_argument("--dropout", type=_number_in("--dropout", 0, 1, high_open=True), default=0.0,
                       help="dropout probability after each hidden layer, in [0, 1)")
    train.add_argument("--early-stopping", type=_number_in("--early-stopping", 0, 1e9, cast=int), default=0,
                       metavar="PATIENCE", help="stop after PATIENCE epochs without improvement (0: off)")
    train.add_argument("--verbose", type=_one_of("--verbose", (0, 1, 2)), default="1", metavar="{0,1,2}",
                       help="0 silent, 1 bar, 2 one line/epoch")
    train.add_argument("--save", metavar="PATH", help="write the trained model to PATH (.npz)")
    train.set_defaults(run=run_train)

    evaluate = commands.add_parser("evaluate", help=message("cli_evaluate_help"))
    evaluate.add_argument("model", help="a file written by mldlab train --save")
    _data_arguments(evaluate)
    evaluate.set_defaults(run=run_evaluate)

    predict = commands.add_parser("predict", help=message("cli_predict_help"))
    predict.add_argument("model", help="a file written by mldlab train --save")
    predict.add_argument("--input", type=_features, action="append", metavar="X1,X2,...",
                         help="one sample's features, comma-separated (repeat for more samples)")
    predict.add_argument("--csv", help="a CSV file of samples (a target column, if named by --target, is ignored)")
    predict.add_argument("--target", help="the target column of --csv to leave out")
    predict.add_argument("--lang", choices=("en", "ko"), default=argparse.SUPPRESS, help="en or ko")
    predict.set_defaults(run=run_predict)


def _data_arguments(parser) -> None:
    parser.add_argument("--data", type=_one_of("--data", sorted(DATASETS)), metavar="{" + ",".join(sorted(DATASETS))
                        + "}", help="a bundled data set (default moons)")
    parser.add_argument("--csv", help="train on a CSV file instead (with --target)")
    parser.add_argument("--target", help="the target column of --csv (a name, or an index; default: the last)")
    parser.add_argument("--samples", type=_number_in("--samples", 2, 1e9, cast=int), default=1000,
                        help="how many points a generated data set has (default 1000)")
    parser.add_argument("--noise", type=_number_in("--noise", 0, float("inf")), help="noise of a generated set")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--lang", choices=("en", "ko"), default=argparse.SUPPRESS, help="en or ko")


# ---------------------------------------------------------------------------- data
def load_data(args) -> tuple:
    """(X, y, task, class_names) from --data or --csv."""
    if args.csv:
        if args.data:
            raise SystemExit(message("cli_data_and_csv"))
        target = args.target if args.target is not None else -1
        if isinstance(target, str) and target.lstrip("-").isdigit():
            target = int(target)
        X, y, _, class_names = data.load_csv(args.csv, target=target, return_names=True)
        if y.dtype.kind == "f":
            task = "regression"
        else:
            task = "binary" if len(np.unique(y)) <= 2 else "multiclass"
        return X, y, task, class_names
    name = args.data or "moons"
    source, task, generated = DATASETS[name]
    if generated:
        options = {"n_samples": args.samples, "seed": args.seed}
        if args.noise is not None:
            options["noise"] = args.noise
        X, y = source(**options)
        class_names = None
    else:
        X, y, _, class_names = source(return_names=True)
    return X, y, task, (list(class_names) if class_names is not None else None)


def _n_outputs(task: str, y: np.ndarray) -> int:
    return int(y.max()) + 1 if task == "multiclass" else 1


def build_network(n_inputs: int, hidden: list, activation: str, dropout: float, n_outputs: int) -> nn.Sequential:
    """[Linear → activation (→ Dropout)] for each hidden size, then Linear to the outputs."""
    layers, width = [], n_inputs
    for size in hidden:
        layers += [nn.Linear(width, size), ACTIVATIONS[activation]()]
        if dropout:
            layers.append(nn.Dropout(dropout))
        width = size
    layers.append(nn.Linear(width, n_outputs))
    return nn.Sequential(*layers)


def _loss_for(task: str, loss: str | None):
    loss = loss or {"binary": "bce", "multiclass": "ce", "regression": "mse"}[task]
    if LOSSES[loss] != task:
        raise SystemExit(message("cli_loss_task", loss=loss, task=task,
                                 allowed=", ".join(k for k, v in LOSSES.items() if v == task)))
    return {"bce": nn.BCEWithLogitsLoss(), "ce": nn.CrossEntropyLoss(), "mse": nn.MSELoss(), "mae": nn.L1Loss()}[loss]


def _metric_names(task: str) -> list:
    return ["r2_score"] if task == "regression" else ["accuracy"]


# ---------------------------------------------------------------------------- train
def run_train(args) -> int:
    mldlab.manual_seed(args.seed)
    X, y, task, class_names = load_data(args)
    X_train, X_test, y_train, y_test = data.train_test_split(
        X, y, test_size=args.test_size, seed=args.seed, stratify=None if task == "regression" else y
    )
    scaler = data.StandardScaler().fit(X_train)
    X_train, X_test = scaler.transform(X_train), scaler.transform(X_test)
    y_mean, y_scale = 0.0, 1.0
    if task == "regression":  # targets standardised too, so that one learning rate suits every data set
        y_mean, y_scale = float(y_train.mean()), float(y_train.std()) or 1.0
        y_train, y_test = (y_train - y_mean) / y_scale, (y_test - y_mean) / y_scale
    network = build_network(X.shape[1], args.hidden, args.activation, args.dropout, _n_outputs(task, y))
    model = Model(network)
    model.compile(optimizer=args.optimizer, loss=_loss_for(task, args.loss), metrics=_metric_names(task))
    for group in model.optimizer.param_groups:
        group["lr"] = args.lr
    validation = None
    if args.validation_split:
        X_train, y_train, X_val, y_val = split_validation(X_train, y_train, args.validation_split)
        validation = (X_val, y_val)
    callbacks = []
    if args.early_stopping:
        monitor = "val_loss" if validation else "loss"
        callbacks.append(EarlyStopping(monitor=monitor, patience=args.early_stopping, restore_best_weights=True,
                                       verbose=1))
    print(message("cli_train_start", data=args.csv or args.data or "moons", n_train=len(X_train),
                  n_val=len(validation[0]) if validation else 0, n_test=len(X_test), task=message("cli_task_" + task)))
    print(model.summary(print_fn=None))
    try:
        history = model.fit(X_train, y_train, batch_size=args.batch_size, epochs=args.epochs, verbose=int(args.verbose),
                            validation_data=validation, callbacks=callbacks)
    except TrainingDiverged as error:
        print(str(error), file=sys.stderr)
        return 1
    _report(model, len(history.history["loss"]), (X_train, y_train), validation, (X_test, y_test), task)
    if args.save:
        mldlab.save(_bundle(model, scaler, task, class_names, X.shape[1], y_mean, y_scale), args.save)
        print(message("cli_saved", path=args.save))
    return 0


def _report(model, epochs: int, train, validation, test, task) -> None:
    """Loss and accuracy (R² for regression) of the final weights on each part of the data."""
    print(message("cli_report_title", epochs=epochs))
    parts = [("cli_split_train", train), ("cli_split_validation", validation), ("cli_split_test", test)]
    metric = "r2_score" if task == "regression" else "accuracy"
    for key, part in parts:
        if part is None:
            continue
        logs = model.evaluate(*part, verbose=0, return_dict=True)
        value = logs[metric]
        shown = f"{value:.4f}" if task == "regression" else f"{value:.1%}"
        print(f"  {message(key):<12} loss {logs['loss']:.4f}   {metric} {shown}")


def _bundle(model, scaler, task, class_names, n_features, y_mean, y_scale) -> dict:
    """What evaluate and predict need: the network, the standardisation, the task and the class names."""
    return {
        "y_mean": y_mean,
        "y_scale": y_scale,
        "format": "mldlab-train",
        "model": model.module,
        "task": task,
        "n_features": n_features,
        "mean": scaler.mean_,
        "scale": scaler.scale_,
        "class_names": class_names,
    }


def _load_bundle(path: str) -> dict:
    bundle = mldlab.load(path)
    if not isinstance(bundle, dict) or bundle.get("format") != "mldlab-train":
        raise SystemExit(message("cli_not_bundle", path=path))
    return bundle


def _standardise(bundle: dict, X: np.ndarray) -> np.ndarray:
    if X.shape[1] != bundle["n_features"]:
        raise SystemExit(message("cli_n_features", got=X.shape[1], expected=bundle["n_features"]))
    return ((X - bundle["mean"]) / bundle["scale"]).astype(np.float32)


# ---------------------------------------------------------------------------- evaluate and predict
def run_evaluate(args) -> int:
    bundle = _load_bundle(args.model)
    mldlab.manual_seed(args.seed)
    X, y, _, _ = load_data(args)
    task = bundle["task"]
    model = Model(bundle["model"])
    loss = {"binary": nn.BCEWithLogitsLoss(), "multiclass": nn.CrossEntropyLoss(), "regression": nn.MSELoss()}[task]
    model.compile(optimizer="sgd", loss=loss, metrics=_metric_names(task))
    if task == "regression":
        y = (y - bundle["y_mean"]) / bundle["y_scale"]
    logs = model.evaluate(_standardise(bundle, X), y, verbose=0, return_dict=True)
    print(message("cli_evaluated", n=len(X)))
    for key, value in logs.items():
        print(f"  {key}: {value:.4f}")
    if task != "regression":
        predicted = _classes(bundle, model.predict(_standardise(bundle, X)))
        print(message("cli_confusion"))
        print(metrics.confusion_matrix(y, predicted))
    return 0


def _classes(bundle: dict, outputs: np.ndarray) -> np.ndarray:
    if bundle["task"] == "binary":
        return (outputs.reshape(-1) > 0).astype(np.int64)
    return outputs.argmax(axis=1)


def run_predict(args) -> int:
    bundle = _load_bundle(args.model)
    if args.csv:
        X = _csv_features(args.csv, args.target)
    elif args.input:
        X = np.array(args.input, dtype=np.float32)
    else:
        raise SystemExit(message("cli_predict_nothing"))
    if X.ndim != 2 or len({len(row) for row in X}) != 1:
        raise SystemExit(message("cli_n_features", got=X.shape[-1], expected=bundle["n_features"]))
    model = Model(bundle["model"])
    outputs = model.predict(_standardise(bundle, X))
    names = bundle["class_names"]
    for row, out in zip(X, outputs):
        features = ", ".join(f"{v:g}" for v in row)
        if bundle["task"] == "regression":
            print(f"[{features}] → {out.reshape(-1)[0] * bundle['y_scale'] + bundle['y_mean']:.4f}")
            continue
        if bundle["task"] == "binary":
            p = 1 / (1 + np.exp(-float(out.reshape(-1)[0])))
            label, probability = int(p > 0.5), max(p, 1 - p)
        else:
            e = np.exp(out - out.max())
            p = e / e.sum()
            label, probability = int(p.argmax()), float(p.max())
        shown = names[label] if names else label
        print(f"[{features}] → {message('cli_class')} {shown} (p = {probability:.3f})")
    return 0


def _csv_features(path: str, target) -> np.ndarray:
    """The feature columns of a CSV of samples (leaving out ``target`` when it is named)."""
    if target is not None:
        return data.load_csv(path, target=int(target) if target.lstrip("-").isdigit() else target)[0]
    try:
        return np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2, dtype=np.float32, encoding="utf-8-sig")
    except (OSError, ValueError) as error:
        raise SystemExit(message("cli_csv_features", path=path, detail=error)) from None
