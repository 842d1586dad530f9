"""A 2-8-8-1 tanh network learns two moons (1,000 points, noise 0.2) with each optimizer: ≥ 96% test accuracy."""

import numpy as np
import pytest

import mldlab
from mldlab import nn, optim
from mldlab.data import moons, train_test_split

OPTIMIZERS = {
    "SGD": (optim.SGD, {"lr": 0.1, "momentum": 0.9}, 60),
    "Adam": (optim.Adam, {"lr": 0.01}, 60),
    "AdamW": (optim.AdamW, {"lr": 0.01}, 60),
    "Adagrad": (optim.Adagrad, {"lr": 0.1}, 60),
    "Adadelta": (optim.Adadelta, {"lr": 1.0}, 80),
    "RMSprop": (optim.RMSprop, {"lr": 0.01}, 60),
}


def _train(optimizer_class, options, epochs, seed=0):
    mldlab.manual_seed(seed)
    X, y = moons(n_samples=1000, noise=0.2, seed=seed)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, seed=seed)
    model = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 8), nn.Tanh(), nn.Linear(8, 1))
    optimizer = optimizer_class(model.parameters(), **options)
    loss_fn = nn.BCEWithLogitsLoss()
    inputs, targets = mldlab.tensor(X_train), mldlab.tensor(y_train, dtype=mldlab.float32).reshape(-1, 1)
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        order = rng.permutation(len(X_train))
        for start in range(0, len(order), 10):
            rows = order[start : start + 10]
            optimizer.zero_grad()
            loss = loss_fn(model(inputs[rows]), targets[rows])
            loss.backward()
            optimizer.step()
    with mldlab.no_grad():
        predicted = (model(mldlab.tensor(X_test)).reshape(-1) > 0).long()
    return (predicted == mldlab.tensor(y_test)).float().mean().item()


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_each_optimizer_learns_two_moons(name):
    optimizer_class, options, epochs = OPTIMIZERS[name]
    accuracy = _train(optimizer_class, options, epochs)
    assert accuracy >= 0.96, f"{name}: test accuracy {accuracy:.3f}"


def test_same_seed_same_result():
    first = _train(optim.Adam, {"lr": 0.01}, 2, seed=3)
    second = _train(optim.Adam, {"lr": 0.01}, 2, seed=3)
    assert first == second
