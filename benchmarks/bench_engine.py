"""mldlab against PyTorch on the networks lessons use, side by side in one run.

    python benchmarks/bench_engine.py            # both benchmarks
    python benchmarks/bench_engine.py --quick    # fewer repeats

Both libraries get 2 threads, float32, the same data and the same initial weights; each time is the median
of repeated epochs after a warm-up epoch. A hand-written NumPy loop (forward and backward by hand) is timed
too, as the floor an autograd engine on NumPy can approach. The ratio printed is mldlab / PyTorch: below 1
means mldlab is faster.

OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE, which this workplace sets for old OpenBLAS builds, slow a current
NumPy down; the script restarts itself once without them (pass --keep-openblas-env to keep them) and prints
which BLAS kernel NumPy runs.
"""

import argparse
import os
import statistics
import sys
import time

import numpy as np

THREADS = 2


def _restart_without_openblas_overrides() -> None:
    names = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
    if any(n in os.environ for n in names) and "--keep-openblas-env" not in sys.argv:
        env = {k: v for k, v in os.environ.items() if k not in names}
        os.execve(sys.executable, [sys.executable, *sys.argv], env)


def _limit_threads() -> str:
    os.environ.setdefault("OMP_NUM_THREADS", str(THREADS))
    try:
        from threadpoolctl import threadpool_info, threadpool_limits
    except ImportError:
        return "threadpoolctl not installed: NumPy's BLAS threads not limited (pip install threadpoolctl)"
    threadpool_limits(THREADS)
    blas = [f"{i['internal_api']} {i.get('version')} ({i.get('architecture')}, {i['num_threads']} threads)"
            for i in threadpool_info() if i["user_api"] == "blas"]
    return "; ".join(blas)


def _race(epochs: dict, repeats: int) -> dict:
    """Median time of each contender's epoch. The contenders take turns, round after round, so that a change in
    the machine's speed during the run (other load, clock) touches all of them alike."""
    for epoch in epochs.values():
        epoch()  # warm-up
    times = {name: [] for name in epochs}
    for _ in range(repeats):
        for name, epoch in epochs.items():
            start = time.perf_counter()
            epoch()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def _initial_weights(sizes, rng):
    """PyTorch-style U(−1/√in, 1/√in) weights and biases, shared by every contender."""
    weights = []
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        bound = 1 / np.sqrt(n_in)
        weights.append(rng.uniform(-bound, bound, (n_out, n_in)).astype(np.float32))
        weights.append(rng.uniform(-bound, bound, n_out).astype(np.float32))
    return weights


def framework_epoch(lib, sizes, activation, loss_name, optimizer_name, lr, X, Y, batch_size, weights):
    """One epoch of mini-batch training, written once for both libraries (``lib`` is mldlab or torch)."""
    nn, optim = lib.nn, lib.optim
    layers = []
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        layers += [nn.Linear(n_in, n_out), getattr(nn, activation)()]
    model = nn.Sequential(*layers[:-1])
    with lib.no_grad():
        for p, w in zip(model.parameters(), weights):
            p.copy_(lib.from_numpy(w))
    loss_fn = nn.BCEWithLogitsLoss() if loss_name == "bce" else nn.CrossEntropyLoss()
    optimizer = getattr(optim, optimizer_name)(model.parameters(), lr=lr)
    inputs, targets = lib.from_numpy(X), lib.from_numpy(Y)

    def epoch(first: int = 0, stop: int | None = None):
        """Train on the batches first, …, stop − 1 of the epoch (all of them by default)."""
        end = len(X) if stop is None else min(stop * batch_size, len(X))
        for start in range(first * batch_size, end, batch_size):
            x = inputs[start : start + batch_size]
            y = targets[start : start + batch_size]
            optimizer.zero_grad()
            loss = loss_fn(model(x), y)
            loss.backward()
            optimizer.step()
        return loss.item()

    epoch.optimizer = optimizer  # for bench_long.py, which looks into its state
    return epoch


def mldlab_epoch(*args):
    import mldlab

    return framework_epoch(mldlab, *args)


def torch_epoch(*args):
    import torch

    torch.set_num_threads(THREADS)
    return framework_epoch(torch, *args)


def numpy_epoch(sizes, activation, loss_name, optimizer_name, lr, X, Y, batch_size, weights):
    """Forward and backward written out by hand: no graph, no objects. SGD only."""
    params = [w.copy() for w in weights]
    act, dact = {
        "Tanh": (np.tanh, lambda h: 1 - h * h),
        "ReLU": (lambda z: np.maximum(z, 0), lambda h: h > 0),
    }[activation]

    def epoch():
        for start in range(0, len(X), batch_size):
            x = X[start : start + batch_size]
            y = Y[start : start + batch_size]
            hs = [x]
            for i in range(0, len(params) - 2, 2):
                hs.append(act(hs[-1] @ params[i].T + params[i + 1]))
            z = hs[-1] @ params[-2].T + params[-1]
            g = (1 / (1 + np.exp(-z)) - y) / len(x)
            for i in range(len(params) - 2, -1, -2):
                gw, gb = g.T @ hs[i // 2], g.sum(0)
                if i:
                    g = (g @ params[i]) * dact(hs[i // 2])
                params[i] -= lr * gw
                params[i + 1] -= lr * gb

    return epoch


def playground(repeats: int) -> dict:
    """2-8-8-1 tanh, BCE, SGD, batch 10, 1,000 points: the web lab's network."""
    rng = np.random.default_rng(0)
    X = rng.standard_normal((1000, 2)).astype(np.float32)
    Y = (X[:, :1] * X[:, 1:] > 0).astype(np.float32)
    sizes = [2, 8, 8, 1]
    weights = _initial_weights(sizes, rng)
    args = (sizes, "Tanh", "bce", "SGD", 0.1, X, Y, 10, weights)
    contenders = (("mldlab", mldlab_epoch), ("torch", torch_epoch), ("numpy by hand", numpy_epoch))
    return _race({name: make(*args) for name, make in contenders}, repeats)


def mnist_mlp(repeats: int) -> tuple:
    """784-256-128-10 ReLU, cross-entropy, Adam, batch 128, 60,000 synthetic samples."""
    rng = np.random.default_rng(0)
    X = rng.random((60000, 784), dtype=np.float32)
    Y = rng.integers(0, 10, 60000)
    sizes = [784, 256, 128, 10]
    weights = _initial_weights(sizes, rng)
    args = (sizes, "ReLU", "ce", "Adam", 1e-3, X, Y, 128, weights)
    times = _race({name: make(*args) for name, make in (("mldlab", mldlab_epoch), ("torch", torch_epoch))}, repeats)
    forward = 2 * sum(a * b for a, b in zip(sizes[:-1], sizes[1:])) * len(X)
    return times, 3 * forward  # forward + backward ≈ 3 × forward (the usual count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--keep-openblas-env", action="store_true", help="keep OPENBLAS_CORETYPE/L2_SIZE")
    parser.add_argument("--only", choices=["playground", "mnist"], help="run one benchmark")
    args = parser.parse_args()
    print(f"threads: {THREADS}; NumPy BLAS: {_limit_threads()}")
    import torch

    print(f"NumPy {np.__version__}, PyTorch {torch.__version__}")
    if args.only in (None, "playground"):
        times = playground(5 if args.quick else 21)
        print("\nplayground net 2-8-8-1 tanh, BCE, SGD, batch 10, 1,000 points, one epoch (median):")
        for name, t in times.items():
            print(f"  {name:14s} {t * 1000:8.2f} ms")
        print(f"  ratio mldlab / PyTorch: {times['mldlab'] / times['torch']:.3f}   (target <= 0.25)")
    if args.only in (None, "mnist"):
        times, flops = mnist_mlp(2 if args.quick else 5)
        print("\nMNIST-size MLP 784-256-128-10 ReLU, cross-entropy, Adam, batch 128, 60,000 samples, one epoch:")
        for name, t in times.items():
            print(f"  {name:14s} {t:8.3f} s   {flops / t / 1e9:6.1f} GFLOP/s  ({flops / 1e9:.1f} GFLOP an epoch)")
        print(f"  ratio mldlab / PyTorch: {times['mldlab'] / times['torch']:.3f}   (target <= 0.8)")


if __name__ == "__main__":
    _restart_without_openblas_overrides()
    main()
