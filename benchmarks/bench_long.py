"""Speed that holds: the MNIST-size MLP trained for several epochs, epoch by epoch beside PyTorch.

    python benchmarks/bench_long.py               # 6 epochs of 60,000 samples
    python benchmarks/bench_long.py --epochs 10
    python benchmarks/bench_long.py --quick       # a few seconds: checks that the script still works
    python benchmarks/bench_long.py --no-flush    # without the optimizers' flush of tiny states (to measure it)

784-256-128-10 ReLU, cross-entropy, Adam (lr 1e-3), batch 128, float32, 2 threads, the same data and the same
initial weights for both libraries. The data look like MNIST where it matters for speed: 28×28 images whose
border (4 pixels wide) is always 0, the 20×20 inside a fixed random mix of one of 10 class patterns and noise,
learnable to about 99.5% training accuracy. Some ReLU units die on such data; their Adam moments then decay
towards 0 and, left alone, would sit in the subnormal range, which is slow on many CPUs.

The two libraries take turns, a sixteenth of an epoch each (which one goes first alternates), so that a change
in the machine's speed during the run (other load, clock; this VM's speed drifts within a second) touches both
alike; an epoch's time is the sum of its sixteen turns. (With whole epochs as turns the ratios of one run spread
from 0.63 to 0.98; with quarters from 0.66 to 0.92; with sixteenths from 0.67 to 0.76.) Before each turn the
script waits 0.15 s, untimed: after a product NumPy's OpenBLAS threads keep busy-waiting for 0.11 s, PyTorch's
OpenMP threads for 0.01 s (CPU time used during a sleep after a product), and a library that started at once
would share the cores with them (PyTorch ran 25% slower right after mldlab, mldlab 25% slower right after
PyTorch). Each line shows both epoch times, the ratio mldlab / PyTorch (target <= 0.8) and how many entries of
each optimizer's state are subnormal; the last lines show the growth of each library's epoch time, last epoch /
first epoch (target <= 1.25). A short warm-up on a separate network comes first, so that the first epoch is not
charged for loading code. The CPU's name and the load average are printed before and after the run: on a loaded
machine the times say little (NumPy's 2 BLAS threads suffer most when another process takes a core), so compare
ratios measured in one run.

Like bench_engine.py, the script restarts itself once without OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE.
"""

import argparse
import os
import platform
import time

import numpy as np
from bench_engine import (
    THREADS,
    _initial_weights,
    _limit_threads,
    _restart_without_openblas_overrides,
    mldlab_epoch,
    torch_epoch,
)

SIZES = [784, 256, 128, 10]
BATCH_SIZE = 128
TURNS = 16  # turns of each library per epoch
PAUSE = 0.15  # seconds before each turn: the other library's threads stop spinning (OpenBLAS's after 0.11 s)


def mnist_like(n: int = 60000, seed: int = 0) -> tuple:
    """``n`` 28×28 images (as 784 float32 columns) with a border of zeros, and their labels 0–9."""
    rng = np.random.default_rng(seed)
    patterns = rng.random((10, 20, 20), dtype=np.float32)
    y = rng.integers(0, 10, n)
    images = np.zeros((n, 28, 28), np.float32)
    images[:, 4:24, 4:24] = 0.2 * patterns[y] + 0.8 * rng.random((n, 20, 20), dtype=np.float32)
    return images.reshape(n, 784), y


def subnormal_count(arrays) -> int:
    """How many entries of ``arrays`` are subnormal: not 0, but smaller than the smallest normal float."""
    total = 0
    for a in arrays:
        a = np.asarray(a)
        total += int(np.count_nonzero((np.abs(a) < np.finfo(a.dtype).tiny) & (a != 0)))
    return total


def state_arrays(optimizer) -> list:
    """The arrays in an optimizer's state (mldlab's or PyTorch's), ``step`` counters left out."""
    return [np.asarray(value) for state in optimizer.state.values() for key, value in state.items() if key != "step"]


def contenders(X, Y) -> dict:
    """One epoch function per library, all starting from the same weights."""
    weights = _initial_weights(SIZES, np.random.default_rng(1))
    args = (SIZES, "ReLU", "ce", "Adam", 1e-3, X, Y, BATCH_SIZE, weights)
    return {"mldlab": mldlab_epoch(*args), "PyTorch": torch_epoch(*args)}


def race(X, Y, epochs: int) -> dict:
    """Each library's epoch times, printed as they come with the subnormal count of each optimizer's state."""
    for epoch in contenders(X[: 20 * BATCH_SIZE], Y[: 20 * BATCH_SIZE]).values():
        epoch()  # warm-up, on networks that are then thrown away
    runs = contenders(X, Y)
    times = {name: [] for name in runs}
    batches = -(-len(X) // BATCH_SIZE)
    turns = min(TURNS, batches)  # (--quick has 10 batches)
    bounds = np.linspace(0, batches, turns + 1).astype(int)  # the batches of each turn
    print(f"{'epoch':>5} {'mldlab s':>9} {'PyTorch s':>10} {'ratio':>6}   subnormals in state: mldlab  PyTorch")
    for i in range(epochs):
        spent = dict.fromkeys(runs, 0.0)
        for turn in range(turns):
            for name in list(runs) if (i * turns + turn) % 2 == 0 else list(runs)[::-1]:
                time.sleep(PAUSE)
                start = time.perf_counter()
                runs[name](bounds[turn], bounds[turn + 1])
                spent[name] += time.perf_counter() - start
        subnormals = {}
        for name in runs:
            times[name].append(spent[name])
            subnormals[name] = subnormal_count(state_arrays(runs[name].optimizer))
        ours, theirs = times["mldlab"][-1], times["PyTorch"][-1]
        print(f"{i + 1:>5} {ours:9.3f} {theirs:10.3f} {ours / theirs:6.3f}   "
              f"{subnormals['mldlab']:>14} {subnormals['PyTorch']:>8}", flush=True)
    return times


def machine() -> str:
    """The CPU's name and the load average: other work on the machine slows both libraries, BLAS the most."""
    name = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            name = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"CPU: {name}, {os.cpu_count()} cores; load average (1, 5, 15 min): {load}"


def summary(times: dict) -> None:
    ratios = np.array(times["mldlab"]) / np.array(times["PyTorch"])
    print(f"ratio mldlab / PyTorch: median {np.median(ratios):.3f}, worst {ratios.max():.3f}   (target <= 0.8)")
    for name, values in times.items():
        print(f"growth {name:8s} last / first epoch: {values[-1] / values[0]:.3f}   (target <= 1.25)")


def _without_flush() -> None:
    """Turn the optimizers' flush of tiny state values off in this process, to measure what it buys."""
    from mldlab.optim import optimizer

    optimizer.Optimizer._flush_tiny_states = lambda self: None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--quick", action="store_true", help="2 epochs of 1,280 samples: checks the script runs")
    parser.add_argument("--no-flush", action="store_true", help="turn the optimizers' flush of tiny states off")
    parser.add_argument("--keep-openblas-env", action="store_true", help="keep OPENBLAS_CORETYPE/L2_SIZE")
    args = parser.parse_args()
    print(f"threads: {THREADS}; NumPy BLAS: {_limit_threads()}")
    print(machine())
    if args.no_flush:
        _without_flush()
    n, epochs = (10 * BATCH_SIZE, 2) if args.quick else (60000, args.epochs)
    X, Y = mnist_like(n)
    print(f"MNIST-size MLP 784-256-128-10 ReLU, cross-entropy, Adam, batch {BATCH_SIZE}, {n:,} samples "
          f"(border of zeros), {epochs} epochs, float32{', flush off' if args.no_flush else ''}:")
    summary(race(X, Y, epochs))
    print(machine())


if __name__ == "__main__":
    _restart_without_openblas_overrides()
    main()
