"""The benchmark's contenders compute the same training run (no timing here: speed lives in benchmarks/)."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_engine.py"
_spec = importlib.util.spec_from_file_location("bench_engine", _PATH)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


@pytest.mark.parametrize("case", ["playground", "mnist"])
def test_contenders_train_identically(torch, case):
    rng = np.random.default_rng(0)
    if case == "playground":
        X = rng.standard_normal((100, 2)).astype(np.float32)
        Y = (X[:, :1] * X[:, 1:] > 0).astype(np.float32)
        sizes, args = [2, 8, 8, 1], ("Tanh", "bce", "SGD", 0.1)
        batch = 10
    else:
        X = rng.random((256, 784), dtype=np.float32)
        Y = rng.integers(0, 10, 256)
        sizes, args = [784, 256, 128, 10], ("ReLU", "ce", "Adam", 1e-3)
        batch = 128
    weights = bench._initial_weights(sizes, rng)
    ours = bench.mldlab_epoch(sizes, *args, X, Y, batch, weights)
    theirs = bench.torch_epoch(sizes, *args, X, Y, batch, weights)
    for _ in range(2):
        assert ours() == pytest.approx(theirs(), rel=1e-4)
    if case == "playground":
        by_hand = bench.numpy_epoch(sizes, *args, X, Y, batch, weights)
        by_hand()  # runs, and is the same SGD step


def _load(name):
    import sys

    sys.path.insert(0, str(_PATH.parent))
    try:
        spec = importlib.util.spec_from_file_location(name, _PATH.parent / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(_PATH.parent))


def test_fit_and_bare_loop_contenders_run():
    training = _load("bench_training")
    X, y = training.playground_data(n=100)
    training.fit_epoch(X, y)()
    training.bare_epoch(X, y)()


def test_digits_contenders_agree_on_accuracy(torch):
    training = _load("bench_training")
    X_train, y_train, X_test, y_test = training.digits_data()
    accuracies = [make(X_train[:400], y_train[:400], X_test, y_test, 5)() for make in
                  (training.mldlab_digits, training.sklearn_digits, training.torch_digits)]
    assert min(accuracies) > 0.8 and max(accuracies) - min(accuracies) < 0.08, accuracies


def test_long_benchmark_contenders_train_identically_on_the_mnist_like_data(torch):
    long = _load("bench_long")
    X, y = long.mnist_like(n=256)
    assert np.all(X.reshape(-1, 28, 28)[:, :4] == 0) and np.all(X.reshape(-1, 28, 28)[:, :, -4:] == 0)
    assert X.reshape(-1, 28, 28)[:, 4:24, 4:24].min() > 0 and set(y) == set(range(10))
    runs = long.contenders(X, y)
    for _ in range(2):
        assert runs["mldlab"]() == pytest.approx(runs["PyTorch"](), rel=1e-4)
    assert long.subnormal_count([np.array([1e-39, 0.0, 1.0], np.float32), np.array([5e-324, 1e-300])]) == 2


def test_long_benchmark_quick_mode_runs(torch):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(_PATH.parent / "bench_long.py"), "--quick"], capture_output=True,
                          text=True, timeout=600, check=True)
    lines = done.stdout.splitlines()
    assert sum(line.split()[0] in ("1", "2") for line in lines if line.strip()) == 2, done.stdout
    assert any(line.startswith("growth mldlab") for line in lines), done.stdout
    assert any(line.startswith("ratio mldlab / PyTorch") for line in lines), done.stdout
