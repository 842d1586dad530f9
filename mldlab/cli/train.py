"""``mldlab train``: build a network, train it on a bundled data set or a CSV file, report, and save it.

    mldlab train --data moons --hidden 8,8 --activation tanh --loss bce --optimizer adam --lr 0.01 \\
                 --epochs 200 --batch-size 10 --validation-split 0.2 --dropout 0.1 --early-stopping 20 \\
                 --seed 0 --save model.npz
    mldlab train --csv grades.csv --target passed --hidden 8 --save model.npz

The steps, each checked before the next so that a mistake is reported before any training time is spent:

    (1) the data: finite values, at least two classes (or varying targets), classes mapped to 0 … K−1
    (2) a test set held out (``--test-size``, stratified by class), and a validation set (``--validation-split``)
    (3) the inputs standardised with the training data's statistics only: x' = (x − mean) / scale
        (and the targets too, for regression, so that one learning rate suits every data set)
    (4) the network [Linear → activation (→ Dropout)] × hidden layers → Linear, if it fits in memory
    (5) ``Model.fit``, then loss and accuracy (R² for regression) on the training, validation and test data
    (6) ``--save`` (its folder checked at the start): the network with what ``evaluate`` and ``predict`` need
"""

import numpy as np

from mldlab import nn
from mldlab._random import manual_seed
from mldlab.cli import _args, _bundle, _data, _memory
from mldlab.cli._errors import UsageError
from mldlab.cli._parser import one_of
from mldlab.data import StandardScaler, registry, train_test_split
from mldlab.data.split import split_validation
from mldlab.i18n import message
from mldlab.optim import by_name
from mldlab.train.callbacks import EarlyStopping
from mldlab.train.model import Model

ACTIVATIONS = {"tanh": nn.Tanh, "relu": nn.ReLU, "sigmoid": nn.Sigmoid, "leaky_relu": nn.LeakyReLU}


def add_parser(commands) -> None:
    """The ``train`` command and its options."""
    parser = commands.add_parser("train", help=message("cli_train_help"), description=message("cli_train_help"))
    options = parser.options
    _args.add_data_options(options)
    options.add_argument("--task", type=one_of("--task", ("classification", "regression")),
                         metavar="{classification,regression}", help=message("cli_help_task"))
    options.add_argument("--hidden", type=_args.hidden_sizes, default=[8, 8], metavar="SIZES",
                         help=message("cli_help_hidden", high=f"{_args.MAX_LAYER_SIZE:,}", layers=_args.MAX_LAYERS))
    options.add_argument("--activation", type=one_of("--activation", sorted(ACTIVATIONS)), default="tanh",
                         metavar="{" + ",".join(sorted(ACTIVATIONS)) + "}", help=message("cli_help_activation"))
    options.add_argument("--loss", type=one_of("--loss", _bundle.LOSSES), metavar="{" + ",".join(_bundle.LOSSES) + "}",
                         help=message("cli_help_loss"))
    options.add_argument("--optimizer", type=one_of("--optimizer", by_name.NAMES), default="adam",
                         metavar="{" + ",".join(by_name.NAMES) + "}", help=message("cli_help_optimizer"))
    options.add_argument("--lr", type=_args.number("--lr", 0, _args.MAX_LR, low_open=True), default=0.01,
                         help=message("cli_help_lr", high=f"{_args.MAX_LR:g}"))
    options.add_argument("--epochs", type=_args.whole("--epochs", 1, _args.MAX_EPOCHS), default=100, metavar="N",
                         help=message("cli_help_epochs", high=f"{_args.MAX_EPOCHS:,}"))
    options.add_argument("--batch-size", type=_args.whole("--batch-size", 1, _args.MAX_BATCH_SIZE), default=32,
                         metavar="N", help=message("cli_help_batch_size", high=f"{_args.MAX_BATCH_SIZE:,}"))
    options.add_argument("--validation-split", type=_args.number("--validation-split", 0, 1, high_open=True),
                         default=0.0, metavar="FRACTION", help=message("cli_help_validation_split"))
    options.add_argument("--test-size", type=_args.number("--test-size", 0, 1, low_open=True, high_open=True),
                         default=0.2, metavar="FRACTION", help=message("cli_help_test_size"))
    options.add_argument("--dropout", type=_args.number("--dropout", 0, 1, high_open=True), default=0.0,
                         metavar="P", help=message("cli_help_dropout"))
    options.add_argument("--early-stopping", type=_args.whole("--early-stopping", 0, _args.MAX_EPOCHS), default=0,
                         metavar="PATIENCE", help=message("cli_help_early_stopping", high=f"{_args.MAX_EPOCHS:,}"))
    options.add_argument("--verbose", type=one_of("--verbose", (0, 1, 2)), default="1", metavar="{0,1,2}",
                         help=message("cli_help_verbose"))
    options.add_argument("--save", type=_args.save_path, metavar="PATH", help=message("cli_help_save"))
    parser.set_defaults(run=run)


def run(args) -> int:
    """Train as the module docstring says; return the exit code."""
    manual_seed(args.seed)
    table, task, class_names, y = _training_data(args)
    loss = args.loss or {"binary": "bce", "multiclass": "ce", "regression": "mse"}[task]
    if _bundle.LOSSES[loss] != task:
        raise UsageError(message("cli_loss_task", loss=loss, task=_task_text(task),
                                 allowed=", ".join(k for k, v in _bundle.LOSSES.items() if v == task)), "mldlab train")
    if class_names and class_names != [str(k) for k in range(len(class_names))]:
        print(message("cli_classes", mapping=", ".join(f"{name} → {k}" for k, name in enumerate(class_names))))
    widths = [table.X.shape[1], *args.hidden, 1 if task != "multiclass" else len(class_names)]
    _memory.check_training(len(y), widths, args.batch_size)

    X_train, X_test, y_train, y_test = train_test_split(  # (2)
        table.X, y, test_size=args.test_size, seed=args.seed, stratify=None if task == "regression" else y)
    validation = None
    if args.validation_split:
        X_train, y_train, X_val, y_val = split_validation(X_train, y_train, args.validation_split)
        validation = (X_val, y_val)
    scaler = StandardScaler().fit(X_train.astype(np.float64))  # (3)
    y_mean, y_scale = 0.0, 1.0
    if task == "regression":
        y_mean, y_scale = float(np.mean(y_train, dtype=np.float64)), float(np.std(y_train, dtype=np.float64)) or 1.0

    def prepared(X, targets):
        inputs = scaler.transform(X.astype(np.float64)).astype(np.float32)
        return inputs, ((targets - y_mean) / y_scale).astype(np.float32) if task == "regression" else targets

    train, test = prepared(X_train, y_train), prepared(X_test, y_test)
    validation = prepared(*validation) if validation else None

    model = Model(_network(widths, args.activation, args.dropout))  # (4)
    model.compile(optimizer=by_name.get(args.optimizer, model.module.parameters(), lr=args.lr),
                  loss=_bundle.loss_module(loss), metrics=["r2_score" if task == "regression" else "accuracy"])
    callbacks = []
    if args.early_stopping:
        callbacks.append(EarlyStopping(monitor="val_loss" if validation else "loss", patience=args.early_stopping,
                                       restore_best_weights=True, verbose=1))
    print(message("cli_train_start", data=table.source, task=_task_text(task), n_train=len(train[0]),
                  n_val=len(validation[0]) if validation else 0, n_test=len(test[0])))
    print(model.summary(print_fn=None))
    history = model.fit(*train, batch_size=args.batch_size, epochs=args.epochs, verbose=int(args.verbose),
                        validation_data=validation, callbacks=callbacks)  # (5)
    _report(model, len(history.history["loss"]), train, validation, test, task)
    if args.save:  # (6)
        _bundle.write(args.save, model=model.module, task=task, loss=loss, n_features=widths[0],
                      mean=scaler.mean_, scale=scaler.scale_, feature_names=table.feature_names,
                      target=table.target, class_names=class_names, y_mean=y_mean, y_scale=y_scale,
                      data=table.source if table.bundled else None)
        print(message("cli_saved", path=args.save))
    return 0


def _training_data(args) -> tuple:
    """(1) The table, its task, its class names and its targets (classes as 0 … K−1)."""
    _data.check_data_options(args, "mldlab train")
    if args.csv:
        table = _data.from_csv(args.csv, args.target if args.target is not None else "-1")
        table.check_finite()
        return (table, *_data.training_task(table, args.task))
    name = args.data or "moons"
    table = _data.from_registry(name, args.samples, args.noise, args.seed)
    table.check_finite()
    task = registry.task(name)
    if task == "regression":
        y = table.y.astype(np.float32)
        _data.check_varies(table, y)
        return table, task, None, y
    _data.check_varies(table, table.y, sorted(set(table.label_names())))
    return table, task, table.class_names, table.y


def _network(widths: list, activation: str, dropout: float) -> nn.Sequential:
    """(4) [Linear → activation (→ Dropout)] for each hidden width, then Linear to the outputs."""
    layers = []
    for w_in, w_out in zip(widths[:-2], widths[1:-1]):
        layers += [nn.Linear(w_in, w_out), ACTIVATIONS[activation]()]
        if dropout:
            layers.append(nn.Dropout(dropout))
    layers.append(nn.Linear(widths[-2], widths[-1]))
    return nn.Sequential(*layers)


def _task_text(task: str) -> str:
    return {"binary": message("cli_task_binary"), "multiclass": message("cli_task_multiclass"),
            "regression": message("cli_task_regression")}[task]


def _report(model: Model, epochs: int, train, validation, test, task: str) -> None:
    """(5) Loss and accuracy (R² for regression) of the final weights on each part of the data."""
    print(message("cli_report_title", epochs=epochs))
    metric = "r2_score" if task == "regression" else "accuracy"
    parts = [(message("cli_split_train"), train), (message("cli_split_validation"), validation),
             (message("cli_split_test"), test)]
    for name, part in parts:
        if part is None:
            continue
        logs = model.evaluate(*part, verbose=0, return_dict=True)
        value = f"{logs[metric]:.4f}" if task == "regression" else f"{logs[metric]:.1%}"
        value = value if np.isfinite(logs[metric]) else "—"  # R² of fewer than two samples is not defined
        print(message("cli_report_line", part=name, loss=logs["loss"], metric=metric, value=value))
