"""mldlab against PyTorch on the session-4 convolutional networks, side by side in one run.

    python benchmarks/bench_cnn.py            # both networks, one training epoch each
    python benchmarks/bench_cnn.py --quick    # fewer repeats
    python benchmarks/bench_cnn.py --threads 1   # one thread each: steadier on a busy (shared) machine

Digits CNN: Conv2d(1, 16, 3, padding=1) → ReLU → MaxPool2d(2) → Conv2d(16, 32, 3, padding=1) → ReLU → MaxPool2d(2)
→ Flatten → Linear(128, 64) → ReLU → Linear(64, 10), on the 1,437 training images of scikit-learn's 8×8 digits.
LeNet-5: Conv2d(1, 6, 5, padding=2) → ReLU → MaxPool2d(2) → Conv2d(6, 16, 5) → ReLU → MaxPool2d(2) → Flatten →
Linear(400, 120) → ReLU → Linear(120, 84) → ReLU → Linear(84, 10), on 2,000 random 28×28 images (the values do not
change the time). Both: cross-entropy, Adam (lr 1e-3), float32, forward + backward + step for every batch.

Both libraries get 2 threads (``--threads``), the same data and the same initial weights. They take turns, round after
round; the time printed is the best epoch of the repeats (the machine is shared, so the best is the least
disturbed), with the median beside it. The ratio is mldlab / PyTorch: below 1 means mldlab is faster.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_engine  # noqa: E402

DIGITS_CNN = [("Conv2d", (1, 16, 3), {"padding": 1}), ("ReLU",), ("MaxPool2d", (2,)),
              ("Conv2d", (16, 32, 3), {"padding": 1}), ("ReLU",), ("MaxPool2d", (2,)), ("Flatten",),
              ("Linear", (128, 64)), ("ReLU",), ("Linear", (64, 10))]
LENET5 = [("Conv2d", (1, 6, 5), {"padding": 2}), ("ReLU",), ("MaxPool2d", (2,)), ("Conv2d", (6, 16, 5)), ("ReLU",),
          ("MaxPool2d", (2,)), ("Flatten",), ("Linear", (400, 120)), ("ReLU",), ("Linear", (120, 84)), ("ReLU",),
          ("Linear", (84, 10))]


def build(lib, layers):
    """The network of ``layers`` ((class name, args, kwargs) triples) in ``lib`` (mldlab or torch)."""
    return lib.nn.Sequential(*(getattr(lib.nn, name)(*(spec[0] if spec else ()), **(spec[1] if len(spec) > 1 else {}))
                               for name, *spec in layers))


def initial_weights(layers, seed: int = 0) -> list:
    """One set of starting weights (PyTorch's ranges, drawn by NumPy) that every contender copies."""
    torch_model = build(_torch(), layers)
    rng = np.random.default_rng(seed)
    weights = []
    for p in torch_model.parameters():
        fan_in = int(np.prod(p.shape[1:])) if p.dim() > 1 else p.shape[0]
        bound = 1 / np.sqrt(fan_in)
        weights.append(rng.uniform(-bound, bound, tuple(p.shape)).astype(np.float32))
    return weights


def framework_epoch(lib, layers, X, y, batch_size: int, weights):
    """One epoch of mini-batch training with Adam, written once for both libraries."""
    model = build(lib, layers)
    with lib.no_grad():
        for p, w in zip(model.parameters(), weights, strict=True):
            p.copy_(lib.from_numpy(w))
    loss_fn = lib.nn.CrossEntropyLoss()
    optimizer = lib.optim.Adam(model.parameters(), lr=1e-3)
    inputs, targets = lib.from_numpy(X), lib.from_numpy(y)

    def epoch():
        for start in range(0, len(X), batch_size):
            optimizer.zero_grad()
            loss = loss_fn(model(inputs[start : start + batch_size]), targets[start : start + batch_size])
            loss.backward()
            optimizer.step()
        return loss.item()

    return epoch


def _torch():
    import torch

    torch.set_num_threads(bench_engine.THREADS)
    return torch


def contenders(layers, X, y, batch_size: int) -> dict:
    import mldlab

    weights = initial_weights(layers)
    return {"mldlab": framework_epoch(mldlab, layers, X, y, batch_size, weights),
            "PyTorch": framework_epoch(_torch(), layers, X, y, batch_size, weights)}


def digits_data():
    from sklearn.datasets import load_digits

    digits = load_digits()
    X = (digits.images / 16).astype(np.float32)[:, None]
    return X[:1437], digits.target[:1437].astype(np.int64)


def lenet_data(n: int = 2000):
    rng = np.random.default_rng(0)
    return rng.random((n, 1, 28, 28), dtype=np.float32), rng.integers(0, 10, n)


def race(epochs: dict, repeats: int) -> dict:
    """(best, median) epoch time of each contender; they take turns so that a change in the machine's speed
    touches all of them alike."""
    for epoch in epochs.values():
        epoch()  # warm-up
    times = {name: [] for name in epochs}
    for _ in range(repeats):
        for name, epoch in epochs.items():
            start = time.perf_counter()
            epoch()
            times[name].append(time.perf_counter() - start)
    return {name: (min(values), statistics.median(values)) for name, values in times.items()}


def report(title: str, times: dict, target: float) -> None:
    print(f"\n{title}, one epoch (best / median):")
    for name, (best, median) in times.items():
        print(f"  {name:8s} {best * 1000:8.1f} ms  {median * 1000:8.1f} ms")
    ratio = times["mldlab"][0] / times["PyTorch"][0]
    print(f"  ratio mldlab / PyTorch: {ratio:.3f}   (target <= {target})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--keep-openblas-env", action="store_true", help="keep OPENBLAS_CORETYPE/L2_SIZE")
    parser.add_argument("--only", choices=["digits", "lenet"], help="run one benchmark")
    parser.add_argument("--threads", type=int, default=bench_engine.THREADS,
                        help="threads for both libraries (1 gives steadier times on a busy machine)")
    args = parser.parse_args()
    bench_engine.THREADS = args.threads
    print(f"threads: {args.threads}; NumPy BLAS: {bench_engine._limit_threads()}")
    torch = _torch()
    print(f"NumPy {np.__version__}, PyTorch {torch.__version__}")
    if args.only in (None, "digits"):
        X, y = digits_data()
        times = race(contenders(DIGITS_CNN, X, y, 32), 3 if args.quick else 15)
        report("digits CNN (8×8, 1,437 images, batch 32, Adam)", times, 1.0)
    if args.only in (None, "lenet"):
        X, y = lenet_data()
        times = race(contenders(LENET5, X, y, 64), 2 if args.quick else 9)
        report("LeNet-5 (28×28, 2,000 images, batch 64, Adam)", times, 1.5)


if __name__ == "__main__":
    bench_engine._restart_without_openblas_overrides()
    main()
