"""benchmarks/bench_rnn.py's two contenders compute the same training (no timing here: speed lives in benchmarks/)."""

import importlib.util
import sys
from pathlib import Path

import pytest

_DIR = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(_DIR))
    try:
        spec = importlib.util.spec_from_file_location("bench_rnn", _DIR / "bench_rnn.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(_DIR))


@pytest.mark.parametrize("cell", ["LSTM", "GRU", "RNN"])
def test_contenders_train_identically(torch, bench, cell):
    from threadpoolctl import threadpool_limits

    X, y = bench.sequences(batches=2, steps=16)
    runs = bench.contenders(cell, X, y)
    with threadpool_limits(1):  # small products: a second BLAS thread only waits on a busy machine
        for _ in range(2):
            assert runs["mldlab"]() == pytest.approx(runs["PyTorch"](), rel=1e-4)
