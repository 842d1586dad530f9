"""The training workflow's speed: ``Model.fit`` against a bare loop, and a digits MLP against scikit-learn and PyTorch.

    python benchmarks/bench_training.py
    python benchmarks/bench_training.py --quick

1. fit overhead: ``Model.fit`` on the playground net (2-8-8-1 tanh, BCE, SGD, batch 10, 1,000 points, shuffled
   each epoch) against the same epoch written as a bare mldlab loop. Target: ratio <= 1.15.
2. digits: a 64-128-10 ReLU MLP, Adam lr 1e-3, batch 32, 50 epochs, on scikit-learn's digits (1,347 training
   images after a 75/25 split): mldlab ``fit`` against scikit-learn's ``MLPClassifier`` with the same architecture
   and settings (no L2 penalty, no early stopping, all 50 epochs) and against a PyTorch loop. Time per epoch and
   test accuracy side by side. Target: mldlab / scikit-learn <= 1.0.

Like bench_engine.py: 2 threads, float32 for mldlab and PyTorch (scikit-learn's MLP computes in the input's
dtype, given float32 too), medians of repeats with the contenders taking turns; restarts itself without
OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE.
"""

import argparse
import warnings

import numpy as np
from bench_engine import THREADS, _limit_threads, _race, _restart_without_openblas_overrides


def playground_data(n: int = 1000):
    rng = np.random.default_rng(0)
    X = rng.standard_normal((n, 2)).astype(np.float32)
    y = (X[:, 0] * X[:, 1] > 0).astype(np.float32)
    return X, y


def _playground_network():
    from mldlab import nn

    return nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 8), nn.Tanh(), nn.Linear(8, 1))


def fit_epoch(X, y):
    """One epoch of ``Model.fit`` (no metrics, silent)."""
    import mldlab

    mldlab.manual_seed(0)
    net = _playground_network()
    model = mldlab.Model(net)
    model.compile(optimizer=mldlab.optim.SGD(net.parameters(), lr=0.1), loss=mldlab.nn.BCEWithLogitsLoss())
    return lambda: model.fit(X, y, batch_size=10, epochs=1, verbose=0)


def bare_epoch(X, y):
    """The same epoch by hand: shuffle, slice, forward, loss, backward, step."""
    import mldlab
    from mldlab.tensor import Tensor

    mldlab.manual_seed(0)
    net = _playground_network()
    optimizer = mldlab.optim.SGD(net.parameters(), lr=0.1)
    loss_fn = mldlab.nn.BCEWithLogitsLoss()
    Y = y.reshape(-1, 1)
    rng = np.random.default_rng(0)

    def epoch():
        order = rng.permutation(len(X))
        for start in range(0, len(X), 10):
            rows = order[start : start + 10]
            loss = loss_fn(net(Tensor._make(X[rows])), Tensor._make(Y[rows]))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()

    return epoch


def digits_data():
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    X, y = load_digits(return_X_y=True)
    X = (X / 16.0).astype(np.float32)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
    return X_train, y_train, X_test, y_test


def mldlab_digits(X_train, y_train, X_test, y_test, epochs: int):
    import mldlab
    from mldlab import nn

    def run():
        mldlab.manual_seed(0)
        model = mldlab.Model(nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 10)))
        model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
        model.fit(X_train, y_train, batch_size=32, epochs=epochs, verbose=0)
        return model.evaluate(X_test, y_test, verbose=0)[1]

    return run


def sklearn_digits(X_train, y_train, X_test, y_test, epochs: int):
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    def run():
        model = MLPClassifier(hidden_layer_sizes=(128,), activation="relu", solver="adam", learning_rate_init=1e-3,
                              batch_size=32, max_iter=epochs, alpha=0.0, shuffle=True, tol=0.0,
                              n_iter_no_change=epochs + 1, random_state=0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            model.fit(X_train, y_train)
        return model.score(X_test, y_test)

    return run


def torch_digits(X_train, y_train, X_test, y_test, epochs: int):
    import torch

    torch.set_num_threads(THREADS)
    X, Y = torch.from_numpy(X_train), torch.from_numpy(y_train)

    def run():
        torch.manual_seed(0)
        model = torch.nn.Sequential(torch.nn.Linear(64, 128), torch.nn.ReLU(), torch.nn.Linear(128, 10))
        optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
        loss_fn = torch.nn.CrossEntropyLoss()
        generator = torch.Generator().manual_seed(0)
        for _ in range(epochs):
            order = torch.randperm(len(X), generator=generator)
            for start in range(0, len(X), 32):
                rows = order[start : start + 32]
                optimizer.zero_grad()
                loss = loss_fn(model(X[rows]), Y[rows])
                loss.backward()
                optimizer.step()
        with torch.no_grad():
            return (model(torch.from_numpy(X_test)).argmax(1).numpy() == y_test).mean()

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--keep-openblas-env", action="store_true", help="keep OPENBLAS_CORETYPE/L2_SIZE")
    args = parser.parse_args()
    print(f"threads: {THREADS}; NumPy BLAS: {_limit_threads()}")

    X, y = playground_data()
    repeats = 5 if args.quick else 21
    times = _race({"fit": fit_epoch(X, y), "bare": bare_epoch(X, y)}, repeats)
    fit_time, bare_time = times["fit"], times["bare"]
    print("\nfit overhead, playground net (2-8-8-1 tanh, BCE, SGD, batch 10, 1,000 points), one epoch (median):")
    print(f"  Model.fit        {fit_time * 1000:7.2f} ms")
    print(f"  bare loop        {bare_time * 1000:7.2f} ms")
    print(f"  ratio fit / bare: {fit_time / bare_time:.3f}   (target <= 1.15)")

    epochs = 50
    data = digits_data()
    print(f"\ndigits MLP 64-128-10 ReLU, Adam lr 1e-3, batch 32, {epochs} epochs ({len(data[0])} training images):")
    runs = {name: make(*data, epochs) for name, make in
            (("mldlab fit", mldlab_digits), ("scikit-learn", sklearn_digits), ("PyTorch loop", torch_digits))}
    accuracies = {name: run() for name, run in runs.items()}
    results = _race(runs, 1 if args.quick else 3)
    for name, seconds in results.items():
        print(f"  {name:14s} {seconds / epochs * 1000:7.2f} ms an epoch   test accuracy {accuracies[name]:.3f}")
    print(f"  ratio mldlab / scikit-learn: {results['mldlab fit'] / results['scikit-learn']:.3f}   (target <= 1.0)")
    print(f"  ratio mldlab / PyTorch:      {results['mldlab fit'] / results['PyTorch loop']:.3f}")


if __name__ == "__main__":
    _restart_without_openblas_overrides()
    main()
