"""How fast the teaching layer answers: the web lab calls it on every click of a 'show the math' panel.

    python benchmarks/bench_teaching.py
    python benchmarks/bench_teaching.py --quick

Each entry of ``TIMINGS`` is (name, target in seconds, setup): ``setup()`` builds what is needed and returns
the call to time. The median of repeated calls is printed beside its target. Target for the explain layer:
``explain.backprop`` on the playground network 2-8-8-1 (every path of every weight) in under a second.
"""

import argparse
import statistics
import time

import numpy as np


def _playground(activation: str = "tanh"):
    from mldlab import nn

    act = {"tanh": nn.Tanh, "relu": nn.ReLU, "sigmoid": nn.Sigmoid}[activation]
    return nn.Sequential(nn.Linear(2, 8), act(), nn.Linear(8, 8), act(), nn.Linear(8, 1))


def _points(n: int):
    rng = np.random.default_rng(0)
    X = rng.standard_normal((n, 2)).astype(np.float32)
    return X, (X[:, 0] * X[:, 1] > 0).astype(np.float32)


def backprop_one_sample():
    """explain.backprop, 2-8-8-1 tanh, BCE with logits, one sample: every path (273 paths, 105 weights)."""
    import mldlab

    mldlab.manual_seed(0)
    net, (X, y) = _playground(), _points(1)
    return lambda: mldlab.explain.backprop(net, X, y, "bce")


def backprop_ten_samples():
    """The same on a batch of 10 samples (2,730 paths)."""
    import mldlab

    mldlab.manual_seed(0)
    net, (X, y) = _playground(), _points(10)
    return lambda: mldlab.explain.backprop(net, X, y, "bce")


def backprop_rendered():
    """explain.backprop on one sample, then its text and Markdown renderings and its JSON."""
    import json

    import mldlab

    mldlab.manual_seed(0)
    net, (X, y) = _playground(), _points(1)

    def run():
        result = mldlab.explain.backprop(net, X, y, "bce")
        return str(result), result._repr_markdown_(), json.dumps(result.to_dict())

    return run


def gradient_step_adam():
    """explain.gradient_step with Adam on the playground network, a batch of 10."""
    import mldlab

    mldlab.manual_seed(0)
    net, (X, y) = _playground(), _points(10)
    optimizer = mldlab.optim.Adam(net.parameters(), lr=0.01)
    return lambda: mldlab.explain.gradient_step(net, optimizer, X, y, "bce")


def forward_playground():
    """explain.forward on the playground network, a batch of 10."""
    import mldlab

    mldlab.manual_seed(0)
    net, (X, _) = _playground("relu"), _points(10)
    return lambda: mldlab.explain.forward(net, X)


def diagnose_history():
    """explain.diagnose on a 200-epoch history with validation."""
    import mldlab

    epochs = np.arange(200)
    logs = {"loss": list(0.1 + np.exp(-epochs / 30)), "val_loss": list(0.2 + np.exp(-epochs / 30) + 1e-3 * epochs)}
    return lambda: mldlab.explain.diagnose(logs)


def _viz(build):
    """The call to time for a figure: build it and draw it (the pixels of a PNG, without encoding the file)."""

    def run():
        build().canvas.draw()

    return run


def _viz_trained():
    """The lesson's trained network: 2-8-8-1 tanh on two moons, with validation data and early stopping."""
    import mldlab
    from mldlab.data import moons
    from mldlab.train.callbacks import EarlyStopping

    mldlab.manual_seed(0)
    X, y = moons(n_samples=80, noise=0.3, seed=0)
    X_val, y_val = moons(n_samples=60, noise=0.3, seed=1)
    net = _playground()
    model = mldlab.Model(net)
    model.compile(optimizer=mldlab.optim.Adam(net.parameters(), lr=0.03), loss="binary_crossentropy",
                  metrics=["accuracy"])
    stopper = EarlyStopping(monitor="val_loss", patience=3, restore_best_weights=True)
    history = model.fit(X, y, batch_size=20, epochs=40, validation_data=(X_val, y_val), callbacks=[stopper],
                        verbose=0)
    return model, history, stopper, (X, y, X_val, y_val)


def viz_without_data(name: str, lang: str = "ko"):
    """A figure that makes its own data (and trains its own models): mldlab.viz.<name>(lang=...)."""

    def setup():
        from mldlab import viz

        return _viz(lambda: getattr(viz, name)(lang=lang))

    return setup


def viz_decision_boundary():
    from mldlab import viz

    model, _, _, (X, y, X_val, y_val) = _viz_trained()
    return _viz(lambda: viz.decision_boundary(model, X, y, X_val, y_val, lang="ko"))


def viz_network():
    from mldlab import viz

    model = _viz_trained()[0]
    return _viz(lambda: viz.network(model, lang="ko"))


def viz_history():
    from mldlab import viz

    _, history, stopper, _ = _viz_trained()
    return _viz(lambda: viz.history(history, early_stopping=stopper, per_iteration=True, lang="ko"))


def viz_loss_landscape():
    from mldlab import viz

    model, _, _, (X, y, _, _) = _viz_trained()
    return _viz(lambda: viz.loss_landscape(model, X, y, lang="ko"))


# (name, target in seconds or None, setup): other parts of the teaching layer add their timings here.
TIMINGS = [
    ("explain.backprop 2-8-8-1, 1 sample", 1.0, backprop_one_sample),
    ("explain.backprop 2-8-8-1, 10 samples", None, backprop_ten_samples),
    ("explain.backprop 2-8-8-1, 1 sample + text, Markdown, JSON", None, backprop_rendered),
    ("explain.gradient_step Adam 2-8-8-1, batch 10", None, gradient_step_adam),
    ("explain.forward 2-8-8-1, batch 10", None, forward_playground),
    ("explain.diagnose 200 epochs", None, diagnose_history),
    ("viz.activations (Korean, drawn)", 1.0, viz_without_data("activations")),
    ("viz.perceptron", 1.0, viz_without_data("perceptron")),
    ("viz.nonlinearity (trains 2 models)", 1.0, viz_without_data("nonlinearity")),
    ("viz.decision_boundary 2-8-8-1, train + test", 1.0, viz_decision_boundary),
    ("viz.network 2-8-8-1", 1.0, viz_network),
    ("viz.history per epoch and iteration, early stopping", 1.0, viz_history),
    ("viz.learning_rates (trains 3 models)", 1.0, viz_without_data("learning_rates")),
    ("viz.optimizer_race 7 optimizers x 5 surfaces x 80 steps", 1.0, viz_without_data("optimizer_race")),
    ("viz.loss_landscape 2-8-8-1, 21 x 21 grid", 1.0, viz_loss_landscape),
    ("viz.batch_sizes (trains 3 models)", 1.0, viz_without_data("batch_sizes")),
    ("viz.capacity", 1.0, viz_without_data("capacity")),
    ("viz.regularization (trains 2 models)", 1.0, viz_without_data("regularization")),
]


def median_time(call, repeats: int) -> float:
    call()  # warm-up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    repeats = 3 if parser.parse_args().quick else 11
    print(f"{'timing':<60} {'median':>10} {'target':>8}")
    for name, target, setup in TIMINGS:
        seconds = median_time(setup(), repeats)
        verdict = "" if target is None else f"{target:>7.1f}s " + ("ok" if seconds < target else "SLOW")
        print(f"{name:<60} {seconds * 1000:>8.1f}ms {verdict}")


if __name__ == "__main__":
    main()
