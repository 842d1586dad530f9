"""benchmarks/bench_cnn.py's contenders compute the same training run (speed lives in benchmarks/, never here)."""

import importlib.util
import sys
from pathlib import Path

import pytest

_DIR = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(_DIR))
    try:
        spec = importlib.util.spec_from_file_location("bench_cnn", _DIR / "bench_cnn.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(_DIR))


@pytest.fixture
def one_thread(torch, bench, monkeypatch):
    """One thread for both libraries: small matrices gain nothing from two, and lose much on a busy machine."""
    from threadpoolctl import threadpool_limits

    before = torch.get_num_threads()
    monkeypatch.setattr(bench.bench_engine, "THREADS", 1)
    with threadpool_limits(1):
        yield
    torch.set_num_threads(before)


@pytest.mark.parametrize("network", ["digits", "lenet"])
def test_contenders_train_identically(torch, bench, network, one_thread):
    X, y = bench.lenet_data(128)
    if network == "digits":  # the 8×8 images' values do not matter here (scikit-learn's digits take seconds to load)
        X = X[:, :, ::3, ::3][:, :, :8, :8].copy()
    layers, batch = (bench.DIGITS_CNN, 32) if network == "digits" else (bench.LENET5, 64)
    assert X.shape[1:] == ((1, 8, 8) if network == "digits" else (1, 28, 28)) and X.dtype == "float32"
    runs = bench.contenders(layers, X, y, batch)
    for _ in range(2):
        assert runs["mldlab"]() == pytest.approx(runs["PyTorch"](), rel=1e-4)
