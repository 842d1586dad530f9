"""Recurrent layers against PyTorch, side by side in one run: an epoch of sequence regression.

    python benchmarks/bench_rnn.py               # LSTM, GRU and RNN rows, 7 rounds each
    python benchmarks/bench_rnn.py --repeats 15
    python benchmarks/bench_rnn.py --quick       # a few seconds: checks that the script still works

The network: a recurrent layer (input_size 8, hidden_size 64, batch_first) and a Linear head on the last output
(64 → 1); MSE loss, Adam (lr 1e-3), batches of 32 sequences of 64 steps, an epoch of 30 batches (forward,
backward and optimizer step), float32, 2 threads (``--threads``), the same data and the same initial weights for
both libraries. The issue's target: the LSTM epoch at most 2× PyTorch's.

The libraries take turns round after round (which one goes first alternates), and each row shows the best of the
rounds for each (the machine is shared: the best is the least disturbed) and the ratio mldlab / PyTorch, with the
median ratio of the rounds beside it. The CPU's name and the load average are printed before and after.
On a machine busy with other work, compare with ``--threads 1`` too: the per-step products are small, and a
second thread mostly waits for a core (in both libraries; their 2-thread times then grow tenfold or more).

Like bench_engine.py, the script restarts itself once without OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE.
"""

import argparse
import time

import numpy as np
from bench_engine import THREADS, _restart_without_openblas_overrides
from bench_long import machine

INPUT_SIZE, HIDDEN_SIZE, STEPS, BATCH_SIZE, BATCHES = 8, 64, 64, 32, 30


def sequences(batches: int = BATCHES, steps: int = STEPS, seed: int = 0) -> tuple:
    """``batches · 32`` noisy sequences of ``steps`` steps (8 features) and a target that needs the whole sequence:
    a weighted sum of the first feature over time."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((batches * BATCH_SIZE, steps, INPUT_SIZE)).astype(np.float32)
    y = (X[:, :, 0] * np.linspace(0.0, 1.0, steps)).sum(axis=1, keepdims=True) / np.sqrt(steps)
    return X, y.astype(np.float32)


def framework_epoch(lib, cell: str, X, y, weights: dict):
    """One epoch of mini-batch training, written once for both libraries (``lib`` is mldlab or torch)."""
    nn = lib.nn
    recurrent = getattr(nn, cell)(INPUT_SIZE, HIDDEN_SIZE, batch_first=True)
    head = nn.Linear(HIDDEN_SIZE, 1)
    parameters = dict(recurrent.named_parameters())
    parameters.update({f"head.{name}": p for name, p in head.named_parameters()})
    with lib.no_grad():
        for name, p in parameters.items():
            p.copy_(lib.from_numpy(weights[cell][name]))
    optimizer = lib.optim.Adam(list(parameters.values()), lr=1e-3)
    loss_fn = nn.MSELoss()
    inputs, targets = lib.from_numpy(X), lib.from_numpy(y)

    def epoch():
        total = 0.0
        for start in range(0, len(X), BATCH_SIZE):
            x, target = inputs[start:start + BATCH_SIZE], targets[start:start + BATCH_SIZE]
            optimizer.zero_grad()
            output, _ = recurrent(x)
            loss = loss_fn(head(output[:, -1]), target)
            loss.backward()
            optimizer.step()
            total += loss.item()
        return total

    return epoch


def initial_weights(seed: int = 1) -> dict:
    """PyTorch-style U(−1/√H, 1/√H) weights for each layer kind, with PyTorch's names, shared by both libraries."""
    rng = np.random.default_rng(seed)
    gates = {"LSTM": 4, "GRU": 3, "RNN": 1}
    weights = {}
    for cell, k in gates.items():
        bound = 1 / np.sqrt(HIDDEN_SIZE)
        shapes = {"weight_ih_l0": (k * HIDDEN_SIZE, INPUT_SIZE), "weight_hh_l0": (k * HIDDEN_SIZE, HIDDEN_SIZE),
                  "bias_ih_l0": (k * HIDDEN_SIZE,), "bias_hh_l0": (k * HIDDEN_SIZE,), "head.weight": (1, HIDDEN_SIZE),
                  "head.bias": (1,)}
        weights[cell] = {name: rng.uniform(-bound, bound, shape).astype(np.float32) for name, shape in shapes.items()}
    return weights


def limit_threads(threads: int) -> str:
    """Both libraries on ``threads`` threads: NumPy's BLAS (through threadpoolctl) and PyTorch's."""
    import torch
    from threadpoolctl import threadpool_info, threadpool_limits

    threadpool_limits(threads)
    torch.set_num_threads(threads)
    return "; ".join(f"{i['internal_api']} {i.get('version')} ({i['num_threads']} threads)" for i in threadpool_info()
                     if i["user_api"] == "blas")


def contenders(cell: str, X, y) -> dict:
    import torch

    import mldlab

    weights = initial_weights()
    return {"mldlab": framework_epoch(mldlab, cell, X, y, weights), "PyTorch": framework_epoch(torch, cell, X, y,
                                                                                               weights)}


def race(cell: str, X, y, repeats: int) -> dict:
    """Each library's epoch times, the two taking turns (the first alternates); a warm-up epoch first."""
    runs = contenders(cell, X, y)
    for epoch in runs.values():
        epoch()
    times = {name: [] for name in runs}
    for i in range(repeats):
        for name in list(runs) if i % 2 == 0 else list(runs)[::-1]:
            start = time.perf_counter()
            runs[name]()
            times[name].append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="2 rounds of 3 batches: checks the script runs")
    parser.add_argument("--threads", type=int, default=THREADS, help=f"threads of each library (default {THREADS})")
    parser.add_argument("--keep-openblas-env", action="store_true", help="keep OPENBLAS_CORETYPE/L2_SIZE")
    args = parser.parse_args()
    print(f"threads: {args.threads}; NumPy BLAS: {limit_threads(args.threads)}")
    print(machine())
    batches, repeats = (3, 2) if args.quick else (BATCHES, args.repeats)
    X, y = sequences(batches)
    print(f"recurrent layer ({INPUT_SIZE} → {HIDDEN_SIZE}, batch_first) + Linear head on the last output, MSE, Adam; "
          f"{batches} batches of {BATCH_SIZE} sequences of {STEPS} steps, float32; best of {repeats} rounds:")
    print(f"{'layer':>6} {'mldlab s':>9} {'PyTorch s':>10} {'ratio':>6} {'median ratio':>13}")
    for cell in ("LSTM", "GRU", "RNN"):
        times = race(cell, X, y, repeats)
        ours, theirs = min(times["mldlab"]), min(times["PyTorch"])
        median = np.median(np.array(times["mldlab"]) / np.array(times["PyTorch"]))
        target = "   (target <= 2)" if cell == "LSTM" else ""
        print(f"{cell:>6} {ours:9.3f} {theirs:10.3f} {ours / theirs:6.2f} {median:13.2f}{target}", flush=True)
    print(machine())


if __name__ == "__main__":
    _restart_without_openblas_overrides()
    main()
