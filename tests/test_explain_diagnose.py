"""explain.diagnose, the training doctor: constructed learning curves, and real training runs for each case."""

import numpy as np
import pytest

import mldlab
from mldlab import explain, nn, optim
from mldlab.data import linear, moons, polynomial, xor
from mldlab.train.callbacks import History


def _codes(result):
    return [f["code"] for f in result.findings]


def _falling(n, start=1.0, end=0.1):
    return list(end + (start - end) * np.exp(-np.arange(n) / (n / 6)))


@pytest.mark.parametrize(("logs", "verdict"), [
    ({"loss": [0.7, 0.5, float("nan")]}, "diverged"),
    ({"loss": [0.7, 0.5, 0.4, 0.9, 3.0, 12.0]}, "diverged"),
    ({"loss": [0.7, 0.5]}, "too_short"),
    ({"loss": [0.693, 0.6929, 0.6931, 0.6928, 0.693]}, "barely_moved"),
    ({"loss": _falling(30), "val_loss": _falling(12, 1.0, 0.3) + list(0.3 + 0.02 * np.arange(1, 19))},
     "overfitting"),
    ({"loss": list(1.0 - 0.03 * np.arange(15))}, "underfitting"),
    ({"loss": _falling(20, 0.8, 0.69), "val_loss": _falling(20, 0.8, 0.7)}, "underfitting"),
    ({"loss": [1.0, 0.7, 0.9, 0.6, 0.85, 0.65, 0.9, 0.6, 0.8, 0.62]}, "noisy"),
    ({"loss": _falling(20), "val_loss": _falling(20, 1.0, 0.12)}, "healthy"),
])
def test_constructed_histories(logs, verdict):
    result = explain.diagnose(logs)
    assert result.verdict == verdict, str(result)


def test_evidence_names_epochs_and_numbers():
    val = _falling(12, 1.0, 0.3) + list(0.3 + 0.02 * np.arange(1, 19))
    result = explain.diagnose({"loss": _falling(30), "val_loss": val})
    evidence = result.findings[0]["evidence"]
    assert evidence["best_epoch"] == 12 and evidence["val_best"] == pytest.approx(min(val))
    assert evidence["val_last"] == pytest.approx(val[-1]) and evidence["epochs"] == 30
    text = str(result)
    assert "Overfitting from epoch 12 on" in text and "epoch 12" in text
    assert "12번째 에포크부터 과적합" in str(explain.diagnose({"loss": _falling(30), "val_loss": val}, lang="ko"))
    below = explain.diagnose({"loss": _falling(20, 1.0, 0.3), "val_loss": _falling(20, 0.9, 0.25)})
    assert _codes(below) == ["healthy", "val_below_train"] and below.findings[1]["evidence"]["below"] == 20


def test_bad_input():
    with pytest.raises(TypeError, match="expected the History"):
        explain.diagnose([0.5, 0.4])
    with pytest.raises(ValueError, match="no 'loss' values"):
        explain.diagnose({"val_loss": [1.0]})


def _fit(net, X, y, loss, optimizer, **options):
    model = mldlab.Model(net)
    model.compile(optimizer=optimizer, loss=loss, metrics=options.pop("metrics", None))
    return model.fit(X, y, verbose=0, **options)


def test_real_run_diverged():
    X, y = linear(n_samples=50, seed=0)
    net = nn.Linear(X.shape[1], 1)
    history = _fit(net, X * 10, y, "mse", optim.SGD(net.parameters(), lr=1.0), epochs=20, batch_size=10,
                   on_divergence="stop")
    result = explain.diagnose(history)
    assert result.verdict == "diverged"
    assert result.findings[0]["evidence"]["epoch"] == history.diverged["epoch"]
    assert result.findings[0]["evidence"]["learning_rate"] == 1.0


def test_real_run_barely_moved():
    X, y = moons(n_samples=100, seed=0)
    net = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1))
    history = _fit(net, X, y, "binary_crossentropy", optim.SGD(net.parameters(), lr=1e-5), epochs=20,
                   batch_size=20)
    result = explain.diagnose(history)
    assert result.verdict == "barely_moved" and result.findings[0]["evidence"]["learning_rate"] == 1e-5


def test_real_run_overfitting():
    X, y = polynomial(n_samples=40, noise=0.5, seed=0)
    net = nn.Sequential(nn.Linear(X.shape[1], 64), nn.Tanh(), nn.Linear(64, 64), nn.Tanh(), nn.Linear(64, 1))
    history = _fit(net, X, y, "mse", optim.Adam(net.parameters(), lr=0.01), epochs=300, batch_size=40,
                   validation_split=0.5)
    result = explain.diagnose(history)
    assert result.verdict == "overfitting"
    best = result.findings[0]["evidence"]["best_epoch"]
    assert history.history["val_loss"][best - 1] == min(history.history["val_loss"])


def test_real_run_underfitting_still_learning_and_too_simple():
    X, y = moons(n_samples=100, seed=0)
    net = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1))
    history = _fit(net, X, y, "binary_crossentropy", optim.SGD(net.parameters(), lr=0.02), epochs=15, batch_size=20)
    result = explain.diagnose(history)
    assert result.verdict == "underfitting" and result.findings[0]["evidence"]["still_falling"]
    X, y = xor(n_samples=200, seed=0)
    net = nn.Linear(2, 1)                         # a line cannot separate XOR
    history = _fit(net, X, y, "binary_crossentropy", optim.Adam(net.parameters(), lr=0.05), epochs=40,
                   batch_size=50, validation_split=0.25, metrics=["accuracy"])
    result = explain.diagnose(history)
    assert result.verdict == "underfitting" and not result.findings[0]["evidence"]["still_falling"]


def test_real_run_noisy():
    X, y = moons(n_samples=50, noise=0.4, seed=0)
    net = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 1))
    history = _fit(net, X, y, "binary_crossentropy", optim.SGD(net.parameters(), lr=2.0), epochs=20, batch_size=1)
    assert explain.diagnose(history).verdict == "noisy"


def test_real_run_dropout_and_healthy():
    X, y = moons(n_samples=200, noise=0.1, seed=0)
    net = nn.Sequential(nn.Linear(2, 32), nn.ReLU(), nn.Dropout(0.5), nn.Linear(32, 1))
    history = _fit(net, X, y, "binary_crossentropy", optim.Adam(net.parameters(), lr=0.01), epochs=40,
                   batch_size=20, validation_split=0.3)
    result = explain.diagnose(history)
    assert _codes(result) == ["healthy", "val_below_train"]
    assert result.findings[1]["evidence"]["dropout"] == 0.5 and "dropout (p = 0.5)" in str(result)
    net = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 1))
    history = _fit(net, X, y, "binary_crossentropy", optim.Adam(net.parameters(), lr=0.02), epochs=60,
                   batch_size=20, validation_split=0.3)
    assert isinstance(history, History) and _codes(explain.diagnose(history)) == ["healthy"]


def test_real_run_dead_relus_seen_inside_the_network():
    X, y = moons(n_samples=100, seed=0)
    net = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1))
    with mldlab.no_grad():
        net[0].bias.fill_(-10.0)                  # every unit starts (and stays) below 0
    history = _fit(net, X, y, "binary_crossentropy", optim.SGD(net.parameters(), lr=0.1), epochs=10, batch_size=20)
    assert _codes(explain.diagnose(history)) == ["barely_moved"]
    result = explain.diagnose(history, X)
    assert _codes(result) == ["barely_moved", "dead_relu"]
    assert result.findings[1]["evidence"] == {"layers": [{"step": 2, "dead": 8, "units": 8}], "samples": 100}
    assert "2: 8/8" in str(result)


def test_real_run_vanishing_gradients_seen_inside_the_network():
    X, y = moons(n_samples=60, seed=0)
    layers = [nn.Linear(2, 8), nn.Sigmoid()]
    for _ in range(6):
        layers += [nn.Linear(8, 8), nn.Sigmoid()]
    net = nn.Sequential(*layers, nn.Linear(8, 1))
    history = _fit(net, X, y, "binary_crossentropy", optim.SGD(net.parameters(), lr=0.01), epochs=5, batch_size=20)
    result = explain.diagnose(history, X, y)
    assert _codes(result) == ["barely_moved", "vanishing"]
    evidence = result.findings[1]["evidence"]
    assert evidence["layers"] == 8 and evidence["first"] < 1e-3 * evidence["last"]
    grads = explain.backprop(history.model, X, y, detail="layers").layers
    assert evidence["first"] == grads[0]["grad_norm"] and evidence["last"] == grads[-1]["grad_norm"]
    with pytest.raises(ValueError, match="pass the History that fit returned"):
        explain.diagnose(history.history, X)
