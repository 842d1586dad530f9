"""mldlab's callbacks side by side with Keras 3's: the same scripts, the same stand-in model, the same results.

Keras runs on its PyTorch backend. When Keras is missing the tests are skipped on a developer's machine but
fail in CI (``CI`` set), so the comparisons can never silently stop running.
"""

import math

import pytest
from test_callbacks import PATIENCE_LOSSES, PLATEAU, START_LOSSES, VAL_ACCURACY, FakeModel, drive

from mldlab.train import callbacks as ours


def both(keras, name, values, monitor="val_loss", keras_options=None, stop_after=None, **options):
    """Run the script through our callback and Keras's; the two results."""
    mine = drive(getattr(ours, name)(monitor=monitor, **options), values, monitor, stop_after=stop_after)
    theirs = drive(getattr(keras.callbacks, name)(monitor=monitor, **{**options, **(keras_options or {})}), values,
                   monitor, stop_after=stop_after)
    return mine, theirs


def assert_same_run(mine, theirs):
    assert mine.epochs_run == theirs.epochs_run
    assert mine.stopped_epoch == theirs.stopped_epoch
    assert mine.best_epoch == theirs.best_epoch
    assert mine.weights_epoch == theirs.weights_epoch
    assert mine.model.stop_training == theirs.model.stop_training
    assert mine.best == pytest.approx(float(theirs.best), rel=1e-6, nan_ok=True)


NAN = float("nan")
EARLY_STOPPING_CASES = [
    *[({"monitor": "loss", "patience": p}, PATIENCE_LOSSES) for p in range(4)],
    ({"patience": 2}, [1.0, 0.97, 0.90, 0.88, 0.86, 0.80]),
    ({"patience": 2, "min_delta": 0.05}, [1.0, 0.97, 0.90, 0.88, 0.86, 0.80]),
    ({"patience": 2, "min_delta": -0.05}, [1.0, 0.97, 0.90, 0.88, 0.86, 0.80]),
    ({"monitor": "val_accuracy", "patience": 2, "mode": "max"}, VAL_ACCURACY),
    ({"monitor": "val_accuracy", "patience": 2, "mode": "min"}, VAL_ACCURACY),
    ({"patience": 5, "baseline": 0.5, "restore_best_weights": True}, [0.9, 0.8, 0.7, 0.71, 0.72, 0.73]),
    ({"patience": 2, "baseline": 0.5}, [0.9, 0.8, 0.7, 0.7, 0.6, 0.6]),
    ({"patience": 2, "baseline": 0.75, "restore_best_weights": True}, [0.9, 0.8, 0.7, 0.71, 0.72, 0.73, 0.74]),
    ({"patience": 1, "start_from_epoch": 3, "restore_best_weights": True}, START_LOSSES),
    ({"patience": 0, "start_from_epoch": 2, "restore_best_weights": True}, START_LOSSES),
    ({"patience": 2, "restore_best_weights": True}, [0.2, 0.15, 0.1, 0.11, 0.12]),
    ({"patience": 10, "restore_best_weights": True}, [0.5, 0.3, 0.2, 0.25, 0.3]),
    ({"patience": 10, "restore_best_weights": False}, [0.5, 0.3, 0.2, 0.25, 0.3]),
    ({"patience": 1}, [0.5, NAN, 0.4]),
    ({"patience": 1, "restore_best_weights": True}, [NAN, 0.4, 0.3]),
    ({"patience": 3, "min_delta": 0.01, "restore_best_weights": True},
     [0.8, 0.7, 0.695, 0.69, 0.68, 0.679, 0.678, 0.677, 0.6]),
]


@pytest.mark.parametrize("options, values", EARLY_STOPPING_CASES)
def test_early_stopping_as_keras(keras, options, values):
    options = dict(options)
    monitor = options.pop("monitor", "val_loss")
    mine, theirs = both(keras, "EarlyStopping", values, monitor, **options)
    assert_same_run(mine, theirs)


def test_early_stopping_as_keras_when_another_callback_stops(keras):
    mine, theirs = both(keras, "EarlyStopping", [0.9, 0.8, 0.7, 0.71, 0.72, 0.73], stop_after=3, patience=5,
                        baseline=0.5, restore_best_weights=True)
    assert_same_run(mine, theirs)
    assert mine.weights_epoch == 2


@pytest.mark.parametrize("options", [
    {"factor": 0.5, "patience": 2},
    {"factor": 0.5, "patience": 2, "cooldown": 1},
    {"factor": 0.5, "patience": 2, "cooldown": 2},
    {"factor": 0.5, "patience": 1, "cooldown": 3},
    {"factor": 0.5, "patience": 2, "min_lr": 0.03},
    {"factor": 0.1, "patience": 1, "min_lr": 0.001},
    {"factor": 0.2, "patience": 0, "min_delta": 0.05},
    {"factor": 0.5, "patience": 1, "min_delta": 0},
])
def test_reduce_lr_on_plateau_as_keras(keras, options):
    values = PLATEAU + [0.9] * 6 + [0.79995, 0.7999, 0.5]
    mine, theirs = both(keras, "ReduceLROnPlateau", values, **options)
    assert mine.used_lrs == theirs.used_lrs
    assert mine.lrs_after == theirs.lrs_after


def test_reduce_lr_on_plateau_mode_max_as_keras(keras):
    values = [0.5, 0.6, 0.6, 0.6, 0.7, 0.7, 0.7, 0.7]
    mine, theirs = both(keras, "ReduceLROnPlateau", values, "val_accuracy", keras_options={"mode": "max"},
                        factor=0.5, patience=1)
    assert mine.used_lrs == theirs.used_lrs and mine.lrs_after[-1] < 0.1


@pytest.mark.parametrize("schedule", [
    lambda epoch, lr: lr if epoch < 3 else lr * math.exp(-0.1),
    lambda epoch, lr: 0.1 * 0.5 ** (epoch // 2),
    lambda epoch: 0.05 + epoch / 100,
])
def test_learning_rate_scheduler_as_keras(keras, schedule):
    lrs = []
    for callback in (ours.LearningRateScheduler(schedule), keras.callbacks.LearningRateScheduler(schedule)):
        model = FakeModel()
        callback.set_model(model)
        seen = []
        for epoch in range(8):
            callback.on_epoch_begin(epoch)
            logs = {"loss": 1.0}
            callback.on_epoch_end(epoch, logs)
            seen.append((model.optimizer.param_groups[0]["lr"], logs["learning_rate"]))
        lrs.append(seen)
    assert lrs[0] == lrs[1]


@pytest.mark.parametrize("options, values", [
    ({}, [0.9, 0.6, 0.7]),
    ({"save_best_only": True}, [0.9, 0.6, 0.7, 0.5, 0.55, 0.5]),
    ({"save_best_only": True, "initial_value_threshold": 0.65}, [0.9, 0.6, 0.7, 0.5]),
    ({"save_best_only": True, "monitor": "val_accuracy", "mode": "max"}, [0.5, 0.6, 0.58, 0.7]),
    ({"save_best_only": True, "save_weights_only": True}, [0.9, 0.6, 0.7, 0.5]),
])
def test_model_checkpoint_as_keras(keras, tmp_path, options, values):
    options = dict(options)
    monitor = options.pop("monitor", "val_loss")
    suffix = ".weights.h5" if options.get("save_weights_only") else ".keras"  # the names Keras insists on
    runs = []
    for library, folder in ((ours, "ours"), (keras.callbacks, "keras")):
        (tmp_path / folder).mkdir()
        pattern = str(tmp_path / folder / ("m-{epoch:02d}-{" + monitor + ":.2f}" + suffix))
        runs.append(drive(library.ModelCheckpoint(pattern, monitor=monitor, **options), values, monitor))
    assert runs[0].model.saved == runs[1].model.saved and runs[0].model.saved


def test_model_checkpoint_save_freq_as_keras(keras, tmp_path):
    saved = []
    for library in (ours, keras.callbacks):
        model = FakeModel()
        checkpoint = library.ModelCheckpoint(str(tmp_path / "m-{epoch}-{batch}.keras"), save_freq=3)
        checkpoint.set_model(model)
        checkpoint.on_train_begin()
        for epoch in range(3):
            checkpoint.on_epoch_begin(epoch)
            for batch in range(4):
                checkpoint.on_train_batch_end(batch, {"loss": 0.5})
            checkpoint.on_epoch_end(epoch, {"loss": 0.5, "val_loss": 0.6})
        saved.append(model.saved)
    assert saved[0] == saved[1] and len(saved[0]) == 4


@pytest.mark.parametrize("epoch_logs", [
    [{"loss": 0.9, "mae": 0.5}, {"loss": 0.8, "mae": 0.4}],
    [{"loss": 0.9, "mae": 0.5, "val_loss": 1.0, "val_mae": 0.6}, {"loss": 0.8, "mae": 0.4, "val_mae": 0.5}],
    [{"b": 1, "a": 2.5, "c": "text"}],
])
@pytest.mark.parametrize("append", [False, True])
def test_csv_logger_as_keras(keras, tmp_path, epoch_logs, append):
    contents = []
    for library in (ours, keras.callbacks):
        filename = tmp_path / f"{library.__name__}.csv"
        for _ in range(2):  # two trainings: with append=True the second adds rows, without a header
            logger = library.CSVLogger(str(filename), separator=";" if len(epoch_logs) == 1 else ",", append=append)
            logger.on_train_begin()
            for epoch, logs in enumerate(epoch_logs):
                logger.on_epoch_end(epoch, dict(logs))
            logger.on_train_end()
        contents.append(filename.read_bytes())
    assert contents[0] == contents[1]
