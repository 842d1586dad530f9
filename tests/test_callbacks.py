"""Tests of ``mldlab.train.callbacks``, driven by scripted loss lists and a stand-in model.

``FakeModel`` has exactly the interface ``Model`` offers callbacks; its weights encode the epoch at whose
end they were set, so a test reads which epoch's weights were restored. Its optimizer has both mldlab's
``param_groups`` and Keras's ``learning_rate``, so ``test_callbacks_keras.py`` drives Keras's callbacks with
the same model and the same scripts. The expected numbers here were worked out by hand from Keras 3's rules.
"""

import io
import math
import os
from types import SimpleNamespace

import numpy as np
import pytest

import mldlab
from mldlab.train.callbacks import (
    Callback,
    CallbackList,
    CSVLogger,
    EarlyStopping,
    History,
    LambdaCallback,
    LearningRateScheduler,
    ModelCheckpoint,
    ProgbarLogger,
    ReduceLROnPlateau,
)

HOOKS = ["on_train_begin", "on_train_end", "on_epoch_begin", "on_epoch_end", "on_train_batch_begin",
         "on_train_batch_end", "on_test_begin", "on_test_end", "on_test_batch_begin", "on_test_batch_end",
         "on_predict_begin", "on_predict_end", "on_predict_batch_begin", "on_predict_batch_end"]


class FakeOptimizer:
    def __init__(self, lrs=(0.1,)):
        self.param_groups = [{"params": [], "lr": lr} for lr in lrs]

    @property
    def learning_rate(self):  # what Keras's callbacks read and write
        return self.param_groups[0]["lr"]

    @learning_rate.setter
    def learning_rate(self, value):
        for group in self.param_groups:
            group["lr"] = value


class FakeModel:
    def __init__(self, lrs=(0.1,)):
        self.stop_training = False
        self.optimizer = FakeOptimizer(lrs)
        self.saved = []  # (kind, path) of each save
        self.set_epoch(-1)

    def set_epoch(self, epoch):
        self.weights = [np.full((2, 3), float(epoch)), np.full(3, float(epoch))]

    def weights_epoch(self):
        value = self.weights[0][0, 0]
        assert np.all(self.weights[0] == value) and np.all(self.weights[1] == value)
        return int(value)

    def get_weights(self):
        return [w.copy() for w in self.weights]

    def set_weights(self, weights):
        self.weights = [np.array(w, copy=True) for w in weights]

    def save(self, filepath, **options):
        self.saved.append(("model", os.path.basename(filepath)))
        with open(filepath, "w") as f:
            f.write(f"model {self.weights_epoch()}")

    def save_weights(self, filepath, **options):
        self.saved.append(("weights", os.path.basename(filepath)))
        with open(filepath, "w") as f:
            f.write(f"weights {self.weights_epoch()}")


def drive(callback, values, monitor="val_loss", model=None, stop_after=None):
    """Scripted epochs: the weights become epoch e's, then ``on_epoch_end(e, {monitor: values[e]})``; stop
    like ``fit`` when ``model.stop_training`` is set (or after epoch ``stop_after``, as another callback would)."""
    model = model if model is not None else FakeModel()
    callback.set_model(model)
    callback.on_train_begin()
    epochs_run, used_lrs, lrs_after = 0, [], []
    for epoch, value in enumerate(values):
        callback.on_epoch_begin(epoch)
        model.set_epoch(epoch)
        logs = {monitor: value}
        callback.on_epoch_end(epoch, logs)
        used_lrs.append(logs.get("learning_rate"))
        lrs_after.append(model.optimizer.param_groups[0]["lr"])
        epochs_run += 1
        if epoch == stop_after:
            model.stop_training = True
        if model.stop_training:
            break
    callback.on_train_end()
    return SimpleNamespace(epochs_run=epochs_run, weights_epoch=model.weights_epoch(), used_lrs=used_lrs,
                           lrs_after=lrs_after, model=model, stopped_epoch=getattr(callback, "stopped_epoch", None),
                           best_epoch=getattr(callback, "best_epoch", None), best=getattr(callback, "best", None))


class Recorder(Callback):
    """Records every hook call as (name, args)."""

    def __init__(self):
        super().__init__()
        self.calls = []

    def __getattribute__(self, name):
        if name in HOOKS:
            return lambda *args: self.calls.append((name, args))
        return super().__getattribute__(name)


# EarlyStopping: Keras's scripted cases

PATIENCE_LOSSES = [10.0, 9.0, 8.0, 9.0, 8.9, 8.8, 8.7, 8.6, 8.5]  # Keras's early_stopping_test


@pytest.mark.parametrize("patience, stopped", [(0, 3), (1, 3), (2, 4), (3, 5)])
def test_early_stopping_patience(patience, stopped):
    run = drive(EarlyStopping(monitor="loss", patience=patience), PATIENCE_LOSSES, monitor="loss")
    assert run.stopped_epoch == stopped == max(patience, 1) + 2
    assert run.epochs_run == stopped + 1
    assert (run.best_epoch, run.best) == (2, 8.0)
    assert run.model.stop_training


MIN_DELTA_LOSSES = [1.0, 0.97, 0.90, 0.88, 0.86, 0.80]


def test_early_stopping_without_min_delta_every_decrease_counts():
    run = drive(EarlyStopping(patience=2), MIN_DELTA_LOSSES)
    assert (run.stopped_epoch, run.epochs_run, run.best_epoch) == (0, 6, 5)


@pytest.mark.parametrize("min_delta", [0.05, -0.05])
def test_early_stopping_min_delta_small_decreases_do_not_count(min_delta):
    # 0.97 and 0.88, 0.86 are less than 0.05 below the best (1.0, then 0.90); the sign of min_delta is ignored
    stopper = EarlyStopping(patience=2, min_delta=min_delta)
    run = drive(stopper, MIN_DELTA_LOSSES)
    assert (run.stopped_epoch, run.best_epoch, run.best) == (4, 2, 0.90)
    assert stopper.min_delta == 0.05


VAL_ACCURACY = [0.5, 0.6, 0.7, 0.69, 0.7, 0.71, 0.65, 0.6]


@pytest.mark.parametrize("mode", ["auto", "max"])
def test_early_stopping_mode_max_on_accuracy(mode):
    run = drive(EarlyStopping(monitor="val_accuracy", patience=2, mode=mode), VAL_ACCURACY, "val_accuracy")
    assert (run.stopped_epoch, run.best_epoch, run.best) == (4, 2, 0.7)  # an equal value is no improvement


def test_early_stopping_mode_min_on_accuracy_stops_when_it_rises():
    run = drive(EarlyStopping(monitor="val_accuracy", patience=2, mode="min"), VAL_ACCURACY, "val_accuracy")
    assert (run.stopped_epoch, run.best_epoch) == (2, 0)


def test_early_stopping_baseline_never_beaten_stops_after_patience():
    # Keras's case: no epoch beats 0.5, so wait grows even while the loss improves; stop after 5 epochs,
    # and the best epoch's weights are restored although they never beat the baseline
    stopper = EarlyStopping(patience=5, baseline=0.5, restore_best_weights=True)
    run = drive(stopper, [0.9, 0.8, 0.7, 0.71, 0.72, 0.73])
    assert (run.epochs_run, run.stopped_epoch, run.weights_epoch, run.best) == (5, 4, 2, 0.7)


def test_early_stopping_baseline_changes_when_it_stops():
    losses = [0.9, 0.8, 0.7, 0.7, 0.6, 0.6]
    assert drive(EarlyStopping(patience=2, baseline=0.5), losses).stopped_epoch == 3
    assert drive(EarlyStopping(patience=2), losses).stopped_epoch == 0  # no baseline: runs all 6 epochs


def test_early_stopping_baseline_beaten_resets_wait():
    run = drive(EarlyStopping(patience=2, baseline=0.75), [0.9, 0.8, 0.7, 0.71, 0.72, 0.73, 0.74])
    assert (run.stopped_epoch, run.best_epoch) == (4, 2)


START_LOSSES = [1.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]


def test_early_stopping_start_from_epoch_ignores_warm_up_epochs():
    run = drive(EarlyStopping(patience=1, start_from_epoch=3, restore_best_weights=True), START_LOSSES)
    assert (run.stopped_epoch, run.best_epoch, run.best, run.weights_epoch) == (4, 3, 0.7, 3)
    run = drive(EarlyStopping(patience=1, start_from_epoch=0, restore_best_weights=True), START_LOSSES)
    assert (run.stopped_epoch, run.best_epoch, run.best, run.weights_epoch) == (2, 1, 0.5, 1)


def test_early_stopping_restores_best_weights_when_stopped_early():
    losses = [0.2, 0.15, 0.1, 0.11, 0.12]  # Keras's case: the best is epoch 2
    run = drive(EarlyStopping(patience=2, restore_best_weights=True), losses)
    assert (run.epochs_run, run.stopped_epoch, run.best_epoch, run.weights_epoch) == (5, 4, 2, 2)
    run = drive(EarlyStopping(patience=2, restore_best_weights=False), losses)
    assert run.weights_epoch == 4


def test_early_stopping_restores_best_weights_when_not_stopped():
    """The issue's case (keras#12511): all epochs run, the best was not the last: restore it anyway."""
    losses = [0.5, 0.3, 0.2, 0.25, 0.3]
    stopper = EarlyStopping(patience=10, restore_best_weights=True)
    run = drive(stopper, losses)
    assert (run.epochs_run, run.stopped_epoch, run.best_epoch, run.weights_epoch) == (5, 0, 2, 2)
    assert [w.flat[0] for w in stopper.best_weights] == [2.0, 2.0]
    assert drive(EarlyStopping(patience=10), losses).weights_epoch == 4


def test_early_stopping_restores_when_another_callback_stops():
    stopper = EarlyStopping(patience=5, baseline=0.5, restore_best_weights=True)
    run = drive(stopper, [0.9, 0.8, 0.7, 0.71, 0.72, 0.73], stop_after=3)
    assert (run.epochs_run, run.stopped_epoch, run.weights_epoch) == (4, 0, 2)


def test_early_stopping_reuse_resets_state():
    stopper = EarlyStopping(patience=1, restore_best_weights=True)
    first = drive(stopper, [1.0, 0.5, 0.6, 0.7])
    second = drive(stopper, [3.0, 2.0, 2.5, 2.6])  # would stop at once if the old best (0.5) were kept
    assert (first.stopped_epoch, second.stopped_epoch) == (2, 2)
    assert (second.best, second.best_epoch, second.weights_epoch) == (2.0, 1, 1)


def test_early_stopping_nan():
    run = drive(EarlyStopping(patience=1), [0.5, float("nan"), 0.4])
    assert (run.stopped_epoch, run.best) == (1, 0.5)
    run = drive(EarlyStopping(patience=1), [float("nan"), 0.4, 0.3])  # Keras: a first NaN stays the best
    assert run.stopped_epoch == 1 and math.isnan(run.best)


def test_early_stopping_missing_monitor_warns_with_available_keys():
    stopper = EarlyStopping(monitor="val_loss", patience=0, restore_best_weights=True)
    model = FakeModel()
    stopper.set_model(model)
    stopper.on_train_begin()
    with pytest.warns(UserWarning, match=r"'val_loss'.*Available: loss, accuracy.*validation_split"):
        stopper.on_epoch_end(0, {"loss": 0.3, "accuracy": 0.9})
    mldlab.set_language("ko")
    with pytest.warns(UserWarning, match="있는 값: loss, accuracy"):
        stopper.on_epoch_end(1, {"loss": 0.2, "accuracy": 0.9})
    model.set_epoch(1)
    stopper.on_train_end()
    assert not model.stop_training and stopper.best_weights is None and model.weights_epoch() == 1


def test_early_stopping_verbose_messages(capsys):
    drive(EarlyStopping(patience=2, restore_best_weights=True, verbose=1), [0.2, 0.15, 0.1, 0.11, 0.12])
    assert capsys.readouterr().out == ("Epoch 5: early stopping\n"
                                       "Restoring model weights from the end of the best epoch: 3.\n")
    mldlab.set_language("ko")
    drive(EarlyStopping(patience=2, restore_best_weights=True, verbose=1), [0.2, 0.15, 0.1, 0.11, 0.12])
    out = capsys.readouterr().out
    assert "에포크 5: 조기 중단" in out and "가장 좋았던 에포크 3" in out
    drive(EarlyStopping(patience=2, verbose=0), [0.2, 0.15, 0.1, 0.11, 0.12])
    assert capsys.readouterr().out == ""


# watching a metric: mode and arguments

@pytest.mark.parametrize("monitor, mode, expected", [
    ("val_mse", "max", "max"), ("val_loss", "min", "min"), ("val_mse", "auto", "min"), ("loss", "auto", "min"),
    ("acc", "auto", "max"), ("val_accuracy", "auto", "max"), ("hinge", "auto", "min"),
    ("f1_score", "auto", "max"), ("val_auc", "auto", "max"), ("val_binary_accuracy", "auto", "max"),
    ("val_output_accuracy", "auto", "max"), ("val_binary_crossentropy", "auto", "min"),
    ("r2_score", "auto", "max"), ("val_mean_absolute_error", "auto", "min"),
    ("val_binary_cross_entropy", "auto", "min"), ("val_precision", "auto", "max"),
])
def test_mode_inference(monitor, mode, expected):
    stopper = EarlyStopping(monitor=monitor, mode=mode)
    stopper.set_model(FakeModel())
    stopper.on_train_begin()
    assert stopper._is_improvement(2.0, 1.0) == (expected == "max")
    assert stopper._is_improvement(0.5, 1.0) == (expected == "min")


def test_mode_from_the_models_metric_objects():
    model = FakeModel()
    model.metrics = [SimpleNamespace(name="my_score", direction="up"), SimpleNamespace(name="loss")]
    stopper = EarlyStopping(monitor="val_my_score")
    stopper.set_model(model)
    stopper.on_train_begin()
    assert stopper._is_improvement(2.0, 1.0)


def test_mode_cannot_be_inferred():
    stopper = EarlyStopping(monitor="val_unknown")
    stopper.set_model(FakeModel())
    with pytest.raises(ValueError, match=r"monitor='val_unknown'.*mode='min'.*mode='max'"):
        stopper.on_train_begin()
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="내려가야 좋은지"):
        ReduceLROnPlateau(monitor="val_unknown").on_epoch_end(0, {"val_unknown": 1.0})


def test_unknown_mode_warns_and_falls_back_to_auto():
    with pytest.warns(UserWarning, match="mode 'maximum' is unknown"):
        stopper = EarlyStopping(monitor="val_accuracy", mode="maximum", patience=2)
    assert drive(stopper, VAL_ACCURACY, "val_accuracy").stopped_epoch == 4


@pytest.mark.parametrize("options", [{"patience": -1}, {"patience": 1.5}, {"start_from_epoch": -2},
                                     {"patience": True}])
def test_early_stopping_rejects_bad_arguments(options):
    with pytest.raises(ValueError, match="must be a whole number >= 0"):
        EarlyStopping(**options)
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="0 이상의 정수"):
        EarlyStopping(**options)


# ReduceLROnPlateau

PLATEAU = [1.0, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.8, 0.8, 0.8, 0.8]


def test_reduce_lr_on_plateau_lr_sequence():
    run = drive(ReduceLROnPlateau(factor=0.5, patience=2), PLATEAU)
    assert run.used_lrs == [0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.025, 0.025, 0.0125, 0.0125, 0.0125, 0.00625]
    assert run.lrs_after == run.used_lrs[1:] + [0.00625]


def test_reduce_lr_on_plateau_cooldown():
    run = drive(ReduceLROnPlateau(factor=0.5, patience=2, cooldown=2), PLATEAU)
    assert run.used_lrs == [0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025, 0.025, 0.0125]
    # Keras's quirk: the counter drops before the check, so cooldown=1 changes nothing
    no_cooldown = drive(ReduceLROnPlateau(factor=0.5, patience=2, cooldown=0), PLATEAU)
    assert drive(ReduceLROnPlateau(factor=0.5, patience=2, cooldown=1), PLATEAU).used_lrs == no_cooldown.used_lrs


def test_reduce_lr_on_plateau_min_lr(capsys):
    run = drive(ReduceLROnPlateau(factor=0.5, patience=2, min_lr=0.03, verbose=1), PLATEAU)
    assert run.used_lrs == [0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.03, 0.03, 0.03, 0.03, 0.03, 0.03]
    assert capsys.readouterr().out == ("Epoch 4: ReduceLROnPlateau reducing learning rate to 0.05.\n"
                                       "Epoch 6: ReduceLROnPlateau reducing learning rate to 0.03.\n")


def test_reduce_lr_on_plateau_compares_with_min_lr_in_float32(capsys):
    # 0.1 · 0.1 · 0.1 = 0.0010000000000000002 > 0.001 in float64, equal in float32: no third reduction
    run = drive(ReduceLROnPlateau(factor=0.1, patience=1, min_lr=0.001, verbose=1), [1.0] * 8)
    assert run.lrs_after[-1] == 0.1 * 0.1 * 0.1
    assert capsys.readouterr().out.count("reducing") == 2


def test_reduce_lr_on_plateau_min_delta():
    losses = [1.0, 0.99995, 0.9999, 0.9998, 0.9997]  # steps of 1e-4 or less are no improvement by default
    assert drive(ReduceLROnPlateau(factor=0.5, patience=1), losses).lrs_after[1] == 0.05
    assert drive(ReduceLROnPlateau(factor=0.5, patience=1, min_delta=0), losses).lrs_after == [0.1] * 5


def test_reduce_lr_on_plateau_mode_max_and_every_group():
    model = FakeModel(lrs=(0.1, 0.01))
    drive(ReduceLROnPlateau(monitor="val_accuracy", factor=0.5, patience=1), [0.5, 0.6, 0.6], "val_accuracy", model)
    assert [group["lr"] for group in model.optimizer.param_groups] == [0.05, 0.005]


def test_reduce_lr_on_plateau_missing_monitor_still_logs_learning_rate():
    callback = ReduceLROnPlateau(patience=0)
    callback.set_model(FakeModel())
    callback.on_train_begin()
    logs = {"loss": 0.5}
    with pytest.warns(UserWarning, match="ReduceLROnPlateau watches 'val_loss'"):
        callback.on_epoch_end(0, logs)
    assert logs == {"loss": 0.5, "learning_rate": 0.1}


@pytest.mark.parametrize("factor", [1.0, 1.5, -0.1])
def test_reduce_lr_on_plateau_rejects_factor(factor):
    with pytest.raises(ValueError, match=r"factor must be >= 0 and < 1.0, got"):
        ReduceLROnPlateau(factor=factor)
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="1.0 미만"):
        ReduceLROnPlateau(factor=factor)


def test_learning_rate_callbacks_need_an_optimizer():
    for callback in (ReduceLROnPlateau(), LearningRateScheduler(lambda epoch, lr: lr)):
        callback.set_model(SimpleNamespace(optimizer=None, stop_training=False))
        with pytest.raises(RuntimeError, match="model.compile"):
            callback.on_epoch_begin(0)
            callback.on_epoch_end(0, {"val_loss": 1.0})


# LearningRateScheduler

def run_schedule(schedule, epochs=6, lrs=(0.1,), **options):
    model = FakeModel(lrs)
    scheduler = LearningRateScheduler(schedule, **options)
    scheduler.set_model(model)
    seen = []
    for epoch in range(epochs):
        scheduler.on_epoch_begin(epoch)
        logs = {"loss": 1.0}
        scheduler.on_epoch_end(epoch, logs)
        seen.append(logs["learning_rate"])
        assert [group["lr"] for group in model.optimizer.param_groups][0] == logs["learning_rate"]
    return seen, model


def test_learning_rate_scheduler_sequence():
    seen, _ = run_schedule(lambda epoch, lr: lr if epoch < 3 else lr * 0.5)
    assert seen == [0.1, 0.1, 0.1, 0.05, 0.025, 0.0125]


def test_learning_rate_scheduler_one_argument_form_and_groups():
    seen, _ = run_schedule(lambda epoch: 1.0 / (1 + epoch), epochs=3)
    assert seen == [1.0, 0.5, 1 / 3]
    _, model = run_schedule(lambda epoch, lr: lr * 0.5, epochs=2, lrs=(0.1, 0.02))
    assert [group["lr"] for group in model.optimizer.param_groups] == [0.025, 0.005]


def test_learning_rate_scheduler_accepts_whole_numbers():
    seen, _ = run_schedule(lambda epoch, lr: 1 if epoch == 0 else np.float32(0.5), epochs=2)
    assert seen == [1.0, 0.5] and all(type(lr) is float for lr in seen)


@pytest.mark.parametrize("bad", [None, float("nan"), float("inf"), -0.1, "0.1", True])
def test_learning_rate_scheduler_rejects_bad_values(bad):
    with pytest.raises(ValueError, match=r"schedule\(epoch=0, lr=0.1\) returned .* finite number >= 0"):
        run_schedule(lambda epoch, lr: bad)
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="유한한 수"):
        run_schedule(lambda epoch, lr: bad)


def test_learning_rate_scheduler_does_not_hide_errors_in_the_schedule():
    def schedule(epoch, lr):
        raise TypeError("a mistake inside the schedule")

    with pytest.raises(TypeError, match="a mistake inside the schedule"):
        run_schedule(schedule)
    with pytest.raises(TypeError, match="schedule must be a function"):
        LearningRateScheduler(0.1)


def test_learning_rate_scheduler_verbose(capsys):
    run_schedule(lambda epoch, lr: lr * 0.5, epochs=2, verbose=1)
    assert capsys.readouterr().out == ("Epoch 1: LearningRateScheduler setting learning rate to 0.05.\n"
                                       "Epoch 2: LearningRateScheduler setting learning rate to 0.025.\n")


# ModelCheckpoint

def test_model_checkpoint_every_epoch_with_formatted_names(tmp_path):
    checkpoint = ModelCheckpoint(tmp_path / "model-{epoch:02d}-{val_loss:.2f}.pt")
    run = drive(checkpoint, [0.9, 0.6, 0.7])
    assert run.model.saved == [("model", "model-01-0.90.pt"), ("model", "model-02-0.60.pt"),
                               ("model", "model-03-0.70.pt")]
    assert (tmp_path / "model-02-0.60.pt").read_text() == "model 1"


def test_model_checkpoint_weights_only_and_folders(tmp_path):
    checkpoint = ModelCheckpoint(str(tmp_path / "runs" / "a" / "w-{epoch}.pt"), save_weights_only=True)
    run = drive(checkpoint, [0.9, 0.6])
    assert run.model.saved == [("weights", "w-1.pt"), ("weights", "w-2.pt")]
    assert (tmp_path / "runs" / "a" / "w-2.pt").read_text() == "weights 1"


def test_model_checkpoint_save_best_only(tmp_path):
    run = drive(ModelCheckpoint(tmp_path / "m-{epoch}.pt", save_best_only=True), [0.9, 0.6, 0.7, 0.5, 0.55])
    assert [name for _, name in run.model.saved] == ["m-1.pt", "m-2.pt", "m-4.pt"]
    best = ModelCheckpoint(tmp_path / "best.pt", save_best_only=True)
    drive(best, [0.9, 0.6, 0.7, 0.5, 0.55])
    assert (tmp_path / "best.pt").read_text() == "model 3" and best.best == 0.5


def test_model_checkpoint_mode_max_threshold_and_best_kept_across_fits(tmp_path):
    checkpoint = ModelCheckpoint(tmp_path / "m-{epoch}.pt", monitor="val_accuracy", save_best_only=True,
                                 initial_value_threshold=0.55)
    run = drive(checkpoint, [0.5, 0.6, 0.58, 0.7], "val_accuracy")
    assert [name for _, name in run.model.saved] == ["m-2.pt", "m-4.pt"]
    run = drive(checkpoint, [0.65, 0.75], "val_accuracy")  # as in Keras, the best (0.7) is kept
    assert [name for _, name in run.model.saved] == ["m-2.pt"]


def test_model_checkpoint_refuses_nan(tmp_path):
    checkpoint = ModelCheckpoint(tmp_path / "m-{epoch}.pt")
    with pytest.warns(UserWarning, match=r"Epoch 2: ModelCheckpoint did not save .*m-2.pt: val_loss is NaN"):
        run = drive(checkpoint, [0.9, float("nan"), 0.8])
    assert [name for _, name in run.model.saved] == ["m-1.pt", "m-3.pt"]
    assert not (tmp_path / "m-2.pt").exists()
    mldlab.set_language("ko")
    with pytest.warns(UserWarning, match="NaN이라"):
        run = drive(ModelCheckpoint(tmp_path / "b-{epoch}.pt", save_best_only=True), [float("nan"), 0.8])
    assert [name for _, name in run.model.saved] == ["b-2.pt"]


def test_model_checkpoint_best_only_without_monitor_saves_and_warns(tmp_path):
    with pytest.warns(UserWarning, match="'val_loss' is in the logs; saving anyway. Available: loss"):
        run = drive(ModelCheckpoint(tmp_path / "m-{epoch}.pt", save_best_only=True), [0.5], monitor="loss")
    assert [name for _, name in run.model.saved] == ["m-1.pt"]


def test_model_checkpoint_save_freq_in_batches(tmp_path):
    model = FakeModel()
    checkpoint = ModelCheckpoint(tmp_path / "m-{epoch}-{batch}.pt", save_freq=2)
    checkpoint.set_model(model)
    checkpoint.on_train_begin()
    for epoch in range(2):
        checkpoint.on_epoch_begin(epoch)
        for batch in range(3):
            checkpoint.on_train_batch_end(batch, {"loss": 0.5, "batch_loss": 0.4})
        checkpoint.on_epoch_end(epoch, {"loss": 0.5, "val_loss": 0.6})
    assert [name for _, name in model.saved] == ["m-1-2.pt", "m-2-1.pt", "m-2-3.pt"]


@pytest.mark.parametrize("save_freq", ["batch", 0, -3, True, 2.0])
def test_model_checkpoint_rejects_save_freq(save_freq):
    with pytest.raises(ValueError, match="save_freq must be 'epoch' or a whole number of batches"):
        ModelCheckpoint("m.pt", save_freq=save_freq)


def test_model_checkpoint_filepath_errors(tmp_path):
    with pytest.raises(KeyError, match=r"no value for 'val_acc'. Available: val_loss, epoch"):
        drive(ModelCheckpoint(tmp_path / "m-{val_acc:.2f}.pt"), [0.5])
    (tmp_path / "folder").mkdir()
    with pytest.raises(IsADirectoryError, match="is an existing directory"):
        drive(ModelCheckpoint(tmp_path / "folder"), [0.5])


def test_model_checkpoint_verbose(tmp_path, capsys):
    drive(ModelCheckpoint(str(tmp_path / "{epoch}.pt"), save_best_only=True, verbose=1), [0.9, 0.95])
    out = capsys.readouterr().out.replace(str(tmp_path) + os.sep, "")
    assert out == ("Epoch 1: val_loss improved from None to 0.90000, saving model to 1.pt\n"
                   "Epoch 2: val_loss did not improve from 0.90000\n")
    drive(ModelCheckpoint(str(tmp_path / "{epoch}.pt"), verbose=1), [0.9])
    assert capsys.readouterr().out.replace(str(tmp_path) + os.sep, "") == "Epoch 1: saving model to 1.pt\n"


# CSVLogger

def test_csv_logger_columns_rows_and_flush(tmp_path):
    filename = tmp_path / "log.csv"
    logger = CSVLogger(filename)
    logger.on_train_begin()
    logger.on_epoch_end(0, {"loss": 0.9, "accuracy": 0.5, "val_loss": 1.0, "val_accuracy": 0.4,
                            "learning_rate": 0.1, "iteration_loss": [1.0, 0.8], "batch_loss": 0.8})
    assert filename.read_bytes() == (b"epoch,accuracy,learning_rate,loss,val_accuracy,val_loss\r\n"
                                     b"0,0.5,0.1,0.9,0.4,1.0\r\n")  # flushed before the end of training
    logger.on_epoch_end(1, {"loss": 0.5, "accuracy": 0.75, "learning_rate": 0.05, "extra": 1.0})
    logger.on_train_end()
    assert filename.read_bytes().endswith(b"1,0.75,0.05,0.5,NA,NA\r\n")
    assert logger.csv_file.closed


def test_csv_logger_adds_val_columns_like_keras(tmp_path):
    filename = tmp_path / "log.csv"
    drive(CSVLogger(filename, separator=";"), [0.9, 0.8], monitor="loss")
    assert filename.read_text() == "epoch;loss;val_loss\n0;0.9;NA\n1;0.8;NA\n"


def test_csv_logger_append(tmp_path):
    filename = tmp_path / "log.csv"
    drive(CSVLogger(filename), [0.9, 0.8])
    drive(CSVLogger(filename, append=True), [0.7])
    assert filename.read_text() == "epoch,val_loss\n0,0.9\n1,0.8\n0,0.7\n"
    drive(CSVLogger(filename), [0.6])
    assert filename.read_text() == "epoch,val_loss\n0,0.6\n"
    drive(CSVLogger(tmp_path / "new.csv", append=True), [0.5])
    assert (tmp_path / "new.csv").read_text() == "epoch,val_loss\n0,0.5\n"


# LambdaCallback

def test_lambda_callback_calls_each_function_with_its_arguments():
    calls = []
    callback = LambdaCallback(
        on_epoch_begin=lambda epoch, logs: calls.append(("epoch_begin", epoch, logs)),
        on_epoch_end=lambda epoch, logs: calls.append(("epoch_end", epoch, logs)),
        on_train_begin=lambda logs: calls.append(("train_begin", logs)),
        on_train_end=lambda logs: calls.append(("train_end", logs)),
        on_train_batch_begin=lambda batch, logs: calls.append(("batch_begin", batch, logs)),
        on_train_batch_end=lambda b, l: calls.append(("batch_end", b, l)),  # any names: called by position
        on_test_end=lambda logs: calls.append(("test_end", logs)),
    )
    callback_list = CallbackList([callback])
    callback_list.on_train_begin()
    callback_list.on_epoch_begin(0)
    callback_list.on_train_batch_begin(0)
    callback_list.on_train_batch_end(0, {"loss": 1.0})
    callback_list.on_test_end({"loss": 0.5})
    callback_list.on_epoch_end(0, {"loss": 1.0})
    callback_list.on_train_end({"loss": 1.0})
    callback_list.on_predict_end()  # not given: nothing happens
    assert calls == [("train_begin", {}), ("epoch_begin", 0, {}), ("batch_begin", 0, {}),
                     ("batch_end", 0, {"loss": 1.0}), ("test_end", {"loss": 0.5}), ("epoch_end", 0, {"loss": 1.0}),
                     ("train_end", {"loss": 1.0})]


def test_lambda_callback_rejects_typos_and_non_functions():
    with pytest.raises(TypeError, match="unknown hook 'on_epoch_ends'"):
        LambdaCallback(on_epoch_ends=print)
    with pytest.raises(TypeError, match=r"on_epoch_end must be a function, got str. Hint: on_epoch_end=lambda epoch"):
        LambdaCallback(on_epoch_end="print")


# History and CallbackList

def scripted_fit(callback_list, epochs=2, steps=3):
    """What fit does: batch losses 1.0, 0.9, … and epoch logs from them."""
    callback_list.on_train_begin()
    losses = iter(np.linspace(1.0, 0.5, epochs * steps))
    for epoch in range(epochs):
        callback_list.on_epoch_begin(epoch)
        seen = []
        for batch in range(steps):
            callback_list.on_train_batch_begin(batch)
            seen.append(float(next(losses)))
            callback_list.on_train_batch_end(batch, {"loss": np.mean(seen), "accuracy": 0.8,
                                                     "batch_loss": seen[-1]})
        callback_list.on_epoch_end(epoch, {"loss": np.mean(seen), "accuracy": 0.8, "val_loss": np.float32(0.75),
                                           "val_accuracy": 0.7, "learning_rate": 0.1})
    callback_list.on_train_end({"loss": np.mean(seen)})


def test_history_records_epochs_and_iterations():
    model = FakeModel()
    params = {"epochs": 2, "steps": 3, "verbose": 0}
    callback_list = CallbackList([], add_history=True, model=model, params=params)
    scripted_fit(callback_list)
    history = callback_list.history
    assert model.history is history and history.model is model and history.params == params
    assert list(history.history) == ["loss", "accuracy", "val_loss", "val_accuracy", "learning_rate",
                                      "iteration_loss"]
    assert all(len(values) == 2 for values in history.history.values())  # one row per epoch
    assert history.epoch == [0, 1]
    np.testing.assert_allclose(history.history["iteration_loss"], [[1.0, 0.9, 0.8], [0.7, 0.6, 0.5]], rtol=1e-12)
    assert history.iteration_losses() == pytest.approx([1.0, 0.9, 0.8, 0.7, 0.6, 0.5])
    assert history.history["loss"] == pytest.approx([0.9, 0.6])
    assert history.history["val_loss"] == [0.75, 0.75] and all(type(v) is float for v in history.history["val_loss"])


def test_history_reused_keeps_its_lists_like_keras():
    history = History()
    callback_list = CallbackList([history])
    scripted_fit(callback_list, epochs=1)
    scripted_fit(callback_list, epochs=1)
    assert history.epoch == [0] and len(history.history["loss"]) == 2 and len(history.history["iteration_loss"]) == 2


def test_callback_list_forwards_every_hook_in_order():
    first, second = Recorder(), Recorder()
    callback_list = CallbackList([first, second])
    for name in HOOKS:
        if "batch" in name or "epoch" in name:
            getattr(callback_list, name)(3, {"x": 1})
        else:
            getattr(callback_list, name)({"x": 1})
    expected = [(name, (3, {"x": 1.0}) if ("batch" in name or "epoch" in name) else ({"x": 1.0},)) for name in HOOKS]
    assert first.calls == expected and second.calls == expected


def test_callback_list_defaults_model_and_params():
    progbar, user = ProgbarLogger(), Recorder()
    model, params = FakeModel(), {"epochs": 3, "steps": 4, "verbose": 1}
    callback_list = CallbackList([user, progbar], add_history=True, add_progbar=True, model=model, params=params)
    assert callback_list.callbacks[:2] == [user, progbar] and isinstance(callback_list.callbacks[2], History)
    assert len(callback_list.callbacks) == 3 and callback_list.progbar is progbar
    assert all(c.model is model and c.params == params for c in callback_list.callbacks)
    assert [type(c) for c in CallbackList(add_progbar=True).callbacks] == [ProgbarLogger]
    assert CallbackList().callbacks == []
    late = Recorder()
    callback_list.append(late)
    assert late.model is model and late.params is params and callback_list.callbacks[-1] is late


def test_callback_list_logs_are_plain_floats_and_shared_by_one_call():
    seen = []
    writer = LambdaCallback(on_epoch_end=lambda epoch, logs: logs.update(extra=1.0))
    reader = LambdaCallback(on_epoch_end=lambda epoch, logs: seen.append(dict(logs)))
    logs = {"loss": np.float32(0.5), "acc": mldlab.tensor(0.25), "n": np.int64(3), "array": np.array(2.0),
            "lists": [1.0, 2.0], "flag": True, "name": "sgd"}
    CallbackList([writer, reader]).on_epoch_end(0, logs)
    assert seen == [{"loss": 0.5, "acc": 0.25, "n": 3.0, "array": 2.0, "lists": [1.0, 2.0], "flag": True,
                     "name": "sgd", "extra": 1.0}]
    assert all(type(seen[0][key]) is float for key in ("loss", "acc", "n", "array"))
    assert "extra" not in logs  # the training loop's dict is not changed


def test_callback_list_rejects_non_callbacks():
    with pytest.raises(TypeError, match=r"got function. Hint: .*LambdaCallback\(on_epoch_end="):
        CallbackList([lambda epoch, logs: None])
    mldlab.set_language("ko")
    with pytest.raises(TypeError, match="Callback 객체"):
        CallbackList([EarlyStopping(), "EarlyStopping"])


# ProgbarLogger

def progbar_fit(verbose, epochs=2, steps=3, **options):
    out = io.StringIO()
    callback_list = CallbackList([ProgbarLogger(file=out, **options)],
                                 params={"epochs": epochs, "steps": steps, "verbose": verbose})
    scripted_fit(callback_list, epochs=epochs, steps=steps)
    return out.getvalue()


def test_progbar_verbose_2_one_line_per_epoch():
    assert progbar_fit(2) == (
        "Epoch 1/2 - loss: 0.9000 - accuracy: 0.8000 - val_loss: 0.7500 - val_accuracy: 0.7000 - "
        "learning_rate: 0.1000\n"
        "Epoch 2/2 - loss: 0.6000 - accuracy: 0.8000 - val_loss: 0.7500 - val_accuracy: 0.7000 - "
        "learning_rate: 0.1000\n")
    mldlab.set_language("ko")
    assert progbar_fit(2, epochs=1).startswith("에포크 1/1 - loss: 0.7500 - accuracy: 0.8000 - val_loss")


def test_progbar_verbose_1_draws_a_bar_per_epoch():
    text = progbar_fit(1)
    lines = [line.split("\r")[-1] for line in text.strip("\n").split("\n")]
    assert len(lines) == 2
    for epoch, line in enumerate(lines, start=1):
        assert line.startswith(f"Epoch {epoch}/2: 100%") and "3/3" in line
        assert "loss: " in line and "accuracy: 0.8000 - val_loss: 0.7500" in line and "batch_loss" not in line
    assert "loss: 0.6000" in lines[1]
    assert progbar_fit("auto").count("Epoch") >= 2
    assert progbar_fit(0) == ""
    mldlab.set_language("ko")
    assert "에포크 1/2" in progbar_fit(1) and "배치" in progbar_fit(1)


def test_progbar_evaluate_and_predict():
    out = io.StringIO()
    progbar = ProgbarLogger(file=out)
    progbar.set_params({"epochs": 1, "steps": 2, "verbose": 2})
    progbar.on_test_begin()
    progbar.on_test_batch_end(0, {"loss": 0.4})
    progbar.on_test_batch_end(1, {"loss": 0.3})
    progbar.on_test_end({"loss": 0.3, "accuracy": 0.00012})
    progbar.on_predict_begin()
    progbar.on_predict_batch_end(0, {"outputs": np.zeros(3)})
    progbar.on_predict_end()
    progbar.on_train_begin()  # inside fit, validation is silent
    progbar.on_test_begin()
    progbar.on_test_end({"loss": 0.9})
    assert out.getvalue() == "Evaluate - loss: 0.3000 - accuracy: 1.2000e-04\n"
    out = io.StringIO()
    progbar = ProgbarLogger(file=out)
    progbar.set_params({"epochs": 1, "steps": 2, "verbose": 1})
    progbar.on_predict_begin()
    progbar.on_predict_batch_end(0)
    progbar.on_predict_batch_end(1)
    progbar.on_predict_end()
    assert out.getvalue().split("\r")[-1].startswith("Predict: 100%")


def test_progbar_writes_to_stdout_by_default(capsys):
    progbar = ProgbarLogger()
    progbar.set_params({"epochs": 1, "steps": None, "verbose": 2})
    progbar.on_epoch_begin(0)
    progbar.on_epoch_end(0, {"loss": float("nan"), "val_loss": 0.0})
    assert capsys.readouterr().out == "Epoch 1/1 - loss: nan - val_loss: 0.0000e+00\n"


class _Recorder(Callback):
    """Every hook called, with its batch number and the keys of its logs."""

    def __init__(self):
        super().__init__()
        self.calls = []

    def __getattribute__(self, name):
        if name.startswith("on_"):
            def record(*args):
                logs = args[-1] if args and isinstance(args[-1], dict) else {}
                self.calls.append((name, *[a for a in args if isinstance(a, int)], tuple(logs)))
            return record
        return super().__getattribute__(name)


def test_evaluate_and_predict_call_their_hooks_as_keras_does(keras):
    from mldlab import nn
    from mldlab.train import Model

    X, y = np.ones((5, 2), np.float32), np.array([0, 1, 0, 1, 1])
    model = Model(nn.Linear(2, 1))
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])
    ours = _Recorder()
    model.evaluate(X, y, batch_size=2, verbose=0, callbacks=[ours])
    outputs = []
    model.predict(X, batch_size=2, callbacks=[LambdaCallback(
        on_predict_batch_end=lambda batch, logs: outputs.append(logs["outputs"]))])
    recorder = _Recorder()
    model.predict(X, batch_size=2, callbacks=[recorder])

    theirs = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1, activation="sigmoid")])
    theirs.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])
    keras_calls = []

    class KerasRecorder(keras.callbacks.Callback):
        def __getattribute__(self, name):
            if name.startswith("on_") and (name.startswith("on_test") or name.startswith("on_predict")):
                def record(*args, logs=None):
                    keras_calls.append((name, *[a for a in args if isinstance(a, int)]))
                return record
            return super().__getattribute__(name)

    theirs.evaluate(X, y, batch_size=2, verbose=0, callbacks=[KerasRecorder()])
    theirs.predict(X, batch_size=2, verbose=0, callbacks=[KerasRecorder()])
    assert [call[:-1] for call in ours.calls + recorder.calls] == keras_calls
    assert ours.calls[-2] == ("on_test_batch_end", 2, ("loss", "accuracy"))
    assert [o.shape for o in outputs] == [(2, 1), (2, 1), (1, 1)]
    np.testing.assert_array_equal(np.concatenate(outputs), model.predict(X))


def test_fit_validation_calls_the_test_hooks_like_keras(keras):
    from mldlab import nn
    from mldlab.train import Model

    X, y = np.ones((6, 2), np.float32), np.array([0, 1, 0, 1, 1, 0])
    model = Model(nn.Linear(2, 1))
    model.compile(optimizer="sgd", loss="binary_crossentropy")
    ours = _Recorder()
    model.fit(X, y, batch_size=2, epochs=2, verbose=0, validation_data=(X[:3], y[:3]), callbacks=[ours])
    theirs = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1, activation="sigmoid")])
    theirs.compile(optimizer="sgd", loss="binary_crossentropy")
    keras_calls = []

    class KerasRecorder(keras.callbacks.Callback):
        def __getattribute__(self, name):
            if name.startswith("on_") and name not in ("on_batch_begin", "on_batch_end"):
                def record(*args, logs=None):
                    keras_calls.append((name, *[a for a in args if isinstance(a, int)]))
                return record
            return super().__getattribute__(name)

    theirs.fit(X, y, batch_size=2, epochs=2, verbose=0, validation_data=(X[:3], y[:3]), callbacks=[KerasRecorder()])
    assert [call[:-1] for call in ours.calls] == keras_calls
    assert [call[0] for call in ours.calls].count("on_test_batch_end") == 4
    out = io.StringIO()
    model.fit(X, y, batch_size=2, epochs=1, verbose=2, validation_data=(X[:3], y[:3]),
              callbacks=[ProgbarLogger(file=out)])
    assert out.getvalue().count("\n") == 1 and "val_loss" in out.getvalue()  # validation draws no bar of its own


def test_evaluate_verbose_draws_the_evaluate_line(capsys):
    from mldlab import nn
    from mldlab.train import Model

    model = Model(nn.Linear(2, 1))
    model.compile(optimizer="sgd", loss="mse")
    model.evaluate(np.ones((3, 2)), np.ones(3), verbose=2)
    assert capsys.readouterr().out.startswith("Evaluate - loss: ")


@pytest.mark.parametrize("make, english, korean", [
    (lambda: EarlyStopping(min_delta=float("nan")), r"EarlyStopping: min_delta must be a finite number, got nan",
     "유한한 수"),
    (lambda: EarlyStopping(baseline="0.5"), r"baseline must be a finite number, got '0.5'", "유한한 수"),
    (lambda: EarlyStopping(monitor=None), r"monitor must be the name of a value in the logs", "monitor는"),
    (lambda: ReduceLROnPlateau(min_lr=-1), r"ReduceLROnPlateau: min_lr must be a finite number >= 0, got -1",
     "0 이상의 유한한 수"),
    (lambda: EarlyStopping(min_delta=float("inf")), "min_delta must be a finite number, got inf", "유한한 수"),
])
def test_monitor_options_that_would_make_every_comparison_false(make, english, korean):
    with pytest.raises((ValueError, TypeError), match=english):
        make()
    mldlab.set_language("ko")
    with pytest.raises((ValueError, TypeError), match=korean):
        make()
