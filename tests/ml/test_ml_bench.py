"""benchmarks/bench_ml.py runs: every row names a model of both libraries with options both accept, and a quick run
of a few rows prints the machine, the load and a table (no timing is checked here: speed lives in benchmarks/)."""

import importlib
import importlib.util
from pathlib import Path

import numpy as np
import pytest

import mldlab.ml

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_ml.py"
_spec = importlib.util.spec_from_file_location("bench_ml", _PATH)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


@pytest.mark.parametrize("case", bench.CASES, ids=[case[0] for case in bench.CASES])
def test_every_row_names_the_same_model_in_both_libraries(sklearn, case):
    name, ours, module, options, task, target = case
    if callable(options):  # options that depend on the data set (DBSCAN's ε)
        options = options(np.random.default_rng(0).normal(size=(50, 3)))
    mine = bench.models(getattr(mldlab.ml, ours), options)
    theirs = bench.models(getattr(importlib.import_module(f"sklearn.{module}"), ours), options)
    assert len(mine) == len(theirs) == (5 if options.get("random_state") is bench.SEEDS else 1)
    assert set(options) <= set(mine[0].get_params()) & set(theirs[0].get_params())
    seeds = [m.get_params().get("random_state") for m in mine]
    assert seeds == [m.get_params().get("random_state") for m in theirs] and bench.SEEDS not in seeds
    assert task in ("classes", "numbers") and (target is None or target > 0)


def test_quick_run_of_a_few_rows(sklearn, capsys):
    rows = bench.main(["--quick", "--only", "ridge,KNeighborsRegressor", "--threads", "1"])
    assert [(row[0], row[1]) for row in rows] == [(data, model) for data in ("digits", "synthetic 20000x20")
                                                  for model in ("KNeighborsRegressor(5)", "Ridge(alpha=1)")]
    assert all(row[2] > 0 and row[3] > 0 for row in rows)
    out = capsys.readouterr().out
    assert out.startswith("CPU: ") and "load average" in out and ("ok" in out or "MISSED" in out)
    with pytest.raises(SystemExit, match="no model matches"):
        bench.main(["--only", "perceptron"])
