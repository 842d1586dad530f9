"""mldlab.Model: compile, fit, evaluate, predict, summary, weights, divergence, reproducibility."""

import numpy as np
import pytest

import mldlab
from mldlab import nn, optim
from mldlab.data import moons, train_test_split
from mldlab.data.split import split_validation
from mldlab.train import Model, TrainingDiverged
from mldlab.train.callbacks import EarlyStopping


def _moons_model(hidden=8, activation=nn.Tanh):
    return Model(nn.Sequential(nn.Linear(2, hidden), activation(), nn.Linear(hidden, hidden), activation(),
                               nn.Linear(hidden, 1)))


def _moons(seed=0, n=1000):
    X, y = moons(n_samples=n, noise=0.2, seed=seed)
    return train_test_split(X, y, test_size=0.2, stratify=y, seed=seed)


def test_fit_learns_moons_to_96_percent():
    mldlab.manual_seed(0)
    X_train, X_test, y_train, y_test = _moons()
    model = _moons_model()
    model.compile(optimizer=optim.Adam(model.module.parameters(), lr=0.01), loss="binary_crossentropy",
                  metrics=["accuracy"])
    history = model.fit(X_train, y_train, batch_size=10, epochs=60, verbose=0, validation_split=0.2)
    loss, accuracy = model.evaluate(X_test, y_test, verbose=0)
    assert accuracy >= 0.96, accuracy
    assert history.history["loss"][-1] < history.history["loss"][0] / 2
    assert set(history.history) >= {"loss", "accuracy", "val_loss", "val_accuracy", "learning_rate", "iteration_loss"}
    assert len(history.history["loss"]) == 60


def test_fit_learns_digits_with_a_64_128_10_mlp():
    from mldlab.data import load_digits

    mldlab.manual_seed(0)
    X, y = load_digits()
    X = X / 16.0
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, seed=0)
    model = Model(nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 10)))
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(X_train, y_train, batch_size=32, epochs=30, verbose=0)
    result = model.evaluate(X_test, y_test, verbose=0, return_dict=True)
    assert result["accuracy"] >= 0.95, result


def test_fit_learns_pass_exam():
    from mldlab.data import StandardScaler, pass_exam

    mldlab.manual_seed(0)
    X, y = pass_exam(n_samples=400, seed=0)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, seed=0)
    scaler = StandardScaler().fit(X_train)
    model = Model(nn.Sequential(nn.Linear(2, 1), nn.Sigmoid()))  # the slide's perceptron
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])
    model.fit(scaler.transform(X_train), y_train, batch_size=10, epochs=40, verbose=0)
    _, accuracy = model.evaluate(scaler.transform(X_test), y_test, verbose=0)
    assert accuracy >= 0.8, accuracy


def test_iteration_losses_are_kept_per_epoch():
    X_train, _, y_train, _ = _moons(n=200)
    model = _moons_model()
    model.compile(optimizer="sgd", loss="binary_crossentropy")
    history = model.fit(X_train, y_train, batch_size=32, epochs=3, verbose=0)
    per_epoch = history.history["iteration_loss"]
    assert [len(losses) for losses in per_epoch] == [5, 5, 5]  # 160 samples / 32 = 5 iterations an epoch
    flat = history.iteration_losses()
    assert len(flat) == 15
    # the epoch loss is the sample-weighted mean of its iterations (the last batch holds 32 too)
    assert history.history["loss"][0] == pytest.approx(np.mean(per_epoch[0]), rel=1e-6)


def test_same_seed_gives_bit_identical_runs():
    def run():
        mldlab.manual_seed(7)
        X_train, _, y_train, _ = _moons(n=200)
        model = Model(nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Dropout(0.2), nn.Linear(8, 1)))
        model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
        history = model.fit(X_train, y_train, batch_size=10, epochs=3, verbose=0, validation_split=0.1)
        return history.history, model.get_weights()

    first, second = run(), run()
    assert first[0] == second[0]
    for a, b in zip(first[1], second[1]):
        np.testing.assert_array_equal(a, b)


def test_validation_split_keeps_the_last_rows_out():
    X = np.arange(20, dtype=np.float32).reshape(10, 2)
    y = np.arange(10, dtype=np.float32)
    X_train, Y_train, X_val, Y_val = split_validation(X, y, 0.3)
    assert Y_val.tolist() == [7, 8, 9] and len(X_train) == 7


def test_divergence_stops_with_the_learning_rate_in_the_message():
    from mldlab.data import StandardScaler, linear

    mldlab.manual_seed(0)
    X, y = linear(n_samples=200, n_features=3, noise=0.1, seed=0)
    X = StandardScaler().fit_transform(X)
    y = (y - y.mean()) / y.std()
    model = Model(nn.Sequential(nn.Linear(3, 16), nn.Tanh(), nn.Linear(16, 1)))
    model.compile(optimizer=optim.SGD(model.module.parameters(), lr=10), loss="mse")
    with pytest.raises(TrainingDiverged) as error:
        model.fit(X, y, batch_size=16, epochs=50, verbose=0)
    text = str(error.value)
    assert "learning rate is 10" in text and "too large" in text
    assert error.value.learning_rate == 10
    assert error.value.epoch >= 1 and error.value.iteration >= 1
    assert error.value.last_finite_loss is None or np.isfinite(error.value.last_finite_loss)
    assert all(np.all(np.isfinite(w)) for w in model.get_weights())  # the bad step was never taken


def test_divergence_can_be_recorded_instead_and_speaks_korean():
    X = np.random.default_rng(0).normal(size=(64, 2)).astype(np.float32)
    y = (X @ np.array([3.0, -2.0]) * 10).astype(np.float32)
    model = Model(nn.Sequential(nn.Linear(2, 8), nn.Linear(8, 1)))
    model.compile(optimizer=optim.SGD(model.module.parameters(), lr=5.0), loss="mse")
    mldlab.set_language("ko")
    history = model.fit(X, y, batch_size=8, epochs=20, verbose=0, on_divergence="stop")
    assert history.diverged is not None
    assert "학습률" in history.diverged["message"] and "발산" in history.diverged["message"]
    assert len(history.history.get("loss", [])) == history.diverged["epoch"] - 1
    assert all(np.isfinite(history.history.get("loss", [])))


def test_early_stopping_restores_the_best_weights():
    mldlab.manual_seed(0)
    X_train, _, y_train, _ = _moons(n=300)
    model = _moons_model()
    model.compile(optimizer="adam", loss="binary_crossentropy")
    stopper = EarlyStopping(monitor="val_loss", patience=2, restore_best_weights=True)
    history = model.fit(X_train, y_train, batch_size=10, epochs=40, verbose=0, validation_split=0.25,
                        callbacks=[stopper])
    best = int(np.argmin(history.history["val_loss"]))
    X_val, y_val = X_train[-60:], y_train[-60:]  # validation_split keeps the last 25% of 240 rows
    assert model.evaluate(X_val, y_val, verbose=0) == pytest.approx(history.history["val_loss"][best], rel=1e-5)


def test_evaluate_predict_and_losses_by_last_layer():
    X = np.random.default_rng(1).normal(size=(50, 4)).astype(np.float32)
    y = np.random.default_rng(2).integers(0, 3, 50)
    logits = Model(nn.Sequential(nn.Linear(4, 3)))
    logits.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    probabilities = Model(nn.Sequential(nn.Linear(4, 3), nn.Softmax(dim=1)))
    probabilities.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    probabilities.set_weights(logits.get_weights())
    a = logits.evaluate(X, y, verbose=0)
    b = probabilities.evaluate(X, y, verbose=0)
    assert a == pytest.approx(b, rel=1e-5)  # the same J(W), from logits or from probabilities
    one_hot = Model(nn.Sequential(nn.Linear(4, 3)))
    one_hot.compile(optimizer="sgd", loss="categorical_crossentropy")
    one_hot.set_weights(logits.get_weights())
    assert one_hot.evaluate(X, np.eye(3)[y], verbose=0) == pytest.approx(a[0], rel=1e-5)
    assert one_hot.evaluate(X, y, verbose=0) == pytest.approx(a[0], rel=1e-5)  # labels one-hot encoded for it
    out = logits.predict(X, batch_size=7)
    assert out.shape == (50, 3) and out.dtype == np.float32


def test_fit_accepts_a_dataloader():
    from mldlab.data import DataLoader, TensorDataset

    X_train, _, y_train, _ = _moons(n=200)
    loader = DataLoader(TensorDataset(X_train, y_train), batch_size=16, shuffle=True, seed=0)
    model = _moons_model()
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    history = model.fit(loader, epochs=2, verbose=0)
    assert len(history.history["iteration_loss"][0]) == len(loader)


def test_summary_counts_parameters_and_shapes():
    model = Model(nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1)))
    text = model.summary(print_fn=None)
    assert "(None, 8)" in text and "(None, 1)" in text
    assert "24" in text and "9" in text and "Total params: 33" in text
    mldlab.set_language("ko")
    assert "전체 매개변수: 33" in model.summary(print_fn=None)


def test_weights_round_trip_and_errors(tmp_path):
    model = _moons_model()
    weights = model.get_weights()
    assert [w.shape for w in weights] == [(8, 2), (8,), (8, 8), (8,), (1, 8), (1,)]
    other = _moons_model()
    other.set_weights(weights)
    for a, b in zip(other.get_weights(), weights):
        np.testing.assert_array_equal(a, b)
    with pytest.raises(ValueError, match="expected 6 arrays"):
        other.set_weights(weights[:2])
    with pytest.raises(ValueError, match=r"shape \(2, 8\), expected \(8, 2\)"):
        other.set_weights([weights[0].T] + weights[1:])
    model.save_weights(tmp_path / "w.npz")
    fresh = _moons_model()
    fresh.load_weights(tmp_path / "w.npz")
    for a, b in zip(fresh.get_weights(), weights):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("call, text", [
    (lambda m: m.fit(np.zeros((4, 2)), np.zeros(4)), "not compiled"),
    (lambda m: m.compile(loss="cross_entropy_please"), "unknown loss 'cross_entropy_please'"),
    (lambda m: m.compile(optimizer="adamax", loss="mse"), "unknown optimizer 'adamax'"),
])
def test_clear_errors_before_compiling(call, text):
    with pytest.raises((ValueError, RuntimeError), match=text):
        call(_moons_model())


@pytest.mark.parametrize("kwargs, text", [
    ({"epochs": 0}, "epochs must be a whole number >= 1"),
    ({"batch_size": -3}, "batch_size must be a whole number >= 1"),
    ({"validation_split": 1.5}, "validation_split must be a fraction"),
    ({"verbose": 3}, "verbose must be"),
    ({"on_divergence": "ignore"}, "on_divergence must be"),
])
def test_clear_errors_for_bad_fit_arguments(kwargs, text):
    model = _moons_model()
    model.compile(optimizer="sgd", loss="binary_crossentropy")
    with pytest.raises(ValueError, match=text):
        model.fit(np.zeros((10, 2)), np.zeros(10), **kwargs)


def test_mismatched_lengths_and_class_targets():
    model = Model(nn.Linear(2, 3))
    model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy")
    with pytest.raises(ValueError, match="x has 10 samples but y has 9"):
        model.fit(np.zeros((10, 2)), np.zeros(9), verbose=0)
    with pytest.raises(ValueError, match="class labels"):
        model.fit(np.zeros((3, 2)), np.array([0.5, 1.0, 2.0]), verbose=0)


def test_compile_refuses_an_optimizer_of_other_parameters():
    model = _moons_model()
    other = nn.Linear(2, 2)
    with pytest.raises(ValueError, match="does not hold this model's parameters"):
        model.compile(optimizer=optim.SGD(other.parameters(), lr=0.1), loss="mse")


def test_checkpointing_a_model_of_ones_own_class_fails_before_training(tmp_path):
    from mldlab.train.callbacks import ModelCheckpoint

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc = nn.Linear(2, 1)

        def forward(self, x):
            return self.fc(x)

    model = Model(Net())
    model.compile(optimizer="sgd", loss="binary_crossentropy")
    X, y = moons(n_samples=40, seed=0)
    with pytest.raises(TypeError, match="save only the weights"):
        model.fit(X, y, epochs=1, verbose=0, callbacks=[ModelCheckpoint(str(tmp_path / "m.npz"))])
    assert model.history.history == {}  # nothing was trained
    model.fit(X, y, epochs=1, verbose=0,
              callbacks=[ModelCheckpoint(str(tmp_path / "w.npz"), save_weights_only=True, monitor="loss")])
    assert (tmp_path / "w.npz").exists()
