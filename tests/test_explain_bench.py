"""benchmarks/bench_teaching.py stays runnable: each explain timing's call runs once (no timing here)."""

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_teaching.py"
_spec = importlib.util.spec_from_file_location("bench_teaching", _PATH)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


EXPLAIN = [timing for timing in bench.TIMINGS if timing[0].startswith("explain.")]


@pytest.mark.parametrize(("name", "target", "setup"), EXPLAIN, ids=[t[0] for t in EXPLAIN])
def test_each_explain_timing_runs(name, target, setup):
    assert target is None or target > 0
    assert setup()() is not None
