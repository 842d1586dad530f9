"""explain.gradient_step: the terms of each optimizer's rule, and the new weights equal to optimizer.step()'s."""

import numpy as np
import pytest

import mldlab
from mldlab import explain, nn, optim

OPTIMIZERS = [
    ("SGD", optim.SGD, {"lr": 0.1}),
    ("SGD", optim.SGD, {"lr": 0.1, "momentum": 0.9, "dampening": 0.1, "weight_decay": 0.01}),
    ("SGD", optim.SGD, {"lr": 0.05, "momentum": 0.9, "nesterov": True, "maximize": True}),
    ("Adam", optim.Adam, {"lr": 0.01}),
    ("Adam", optim.Adam, {"lr": 0.01, "weight_decay": 0.1, "amsgrad": True}),
    ("AdamW", optim.AdamW, {"lr": 0.01, "weight_decay": 0.1}),
    ("Adagrad", optim.Adagrad, {"lr": 0.1, "lr_decay": 0.01, "initial_accumulator_value": 0.1}),
    ("Adadelta", optim.Adadelta, {"lr": 1.0, "rho": 0.8, "weight_decay": 0.01}),
    ("RMSprop", optim.RMSprop, {"lr": 0.01}),
    ("RMSprop", optim.RMSprop, {"lr": 0.01, "momentum": 0.5, "centered": True, "weight_decay": 0.01}),
]


def _net(seed=0):
    mldlab.manual_seed(seed)
    return nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 1)).double()


@pytest.mark.parametrize(("name", "cls", "options"), OPTIMIZERS, ids=[f"{n}-{i}" for i, (n, _, _) in
                                                                     enumerate(OPTIMIZERS)])
def test_each_step_equals_optimizer_step(name, cls, options):
    """Three explained steps on one network, three plain steps on its twin: the same weights after each."""
    net, twin = _net(), _net()
    explained, plain = cls(net.parameters(), **options), cls(twin.parameters(), **options)
    X = np.array([[1.0, 2.0], [0.5, -1.0], [-1.5, 0.3]])
    y = np.array([1.0, 0.0, 1.0])
    loss_fn = nn.BCEWithLogitsLoss()
    for _ in range(3):
        result = explain.gradient_step(net, explained, X, y, loss_fn)
        plain.zero_grad()
        loss_fn(twin(mldlab.tensor(X)), mldlab.tensor(y.reshape(-1, 1))).backward()
        plain.step()
        assert result.optimizer == name and result.matches
        for entry, p in zip(result.parameters, twin.parameters()):
            np.testing.assert_allclose(entry["theta_new"], p.detach().numpy(), rtol=1e-12, atol=1e-14)
            np.testing.assert_array_equal(entry["theta_after"], p.detach().numpy())
    if name == "Adam":
        m = next(t for t in result.parameters[0]["terms"] if t["formula"].startswith("m̂"))
        assert "t = 3" in m["formula"]
        np.testing.assert_allclose(m["value"] * (1 - 0.9**3), explained.state[net[0].weight]["exp_avg"].numpy())


def test_plain_sgd_is_the_slide_rule():
    """W ← W − η ∂J/∂W, with the numbers of a one-weight regression."""
    net = nn.Linear(1, 1, bias=False).double()
    with mldlab.no_grad():
        net.weight.fill_(0.5)
    result = explain.gradient_step(net, optim.SGD(net.parameters(), lr=0.1), [[2.0]], [3.0], "mse")
    entry = result.parameters[0]
    assert result.loss == 4.0 and entry["grad"].tolist() == [[-8.0]]
    assert [t["formula"] for t in entry["terms"]] == ["θ ← θ − η·∂J/∂θ"]
    assert entry["theta_new"].tolist() == [[1.3]] == net.weight.tolist()


def test_a_wrong_rule_is_caught(monkeypatch):
    from mldlab.explain import _rules

    monkeypatch.setattr(_rules, "sgd", lambda theta, g, state, group: ([], theta - 2 * group["lr"] * g))
    net = _net()
    result = explain.gradient_step(net, optim.SGD(net.parameters(), lr=0.1), [[1.0, 2.0]], [1.0], "bce")
    assert not result.matches


def test_compiled_model_and_errors():
    model = mldlab.Model(nn.Sequential(nn.Linear(2, 1)))
    model.compile(optimizer="adam", loss="mse")
    result = explain.gradient_step(model, None, [[1.0, 2.0]], [0.5])
    assert result.optimizer == "Adam" and result.matches and result.options["lr"] == 0.001
    with pytest.raises(TypeError, match="expected an optimizer"):
        explain.gradient_step(model.module, None, [[1.0, 2.0]], [0.5], "mse")


def test_keras_optimizers_are_shown_but_not_rewritten():
    """Keras's optimizers follow Keras's formulas: the step is shown (θ before and after), no rule is claimed."""
    from mldlab import keras

    model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer="adam", loss="binary_crossentropy")
    before = [p.detach().numpy().copy() for p in model.module.parameters()]
    result = explain.gradient_step(model, None, [[1.0, 2.0]], [1.0])
    assert result.optimizer == "Adam" and not result.explained and result.parameters[0]["terms"] == []
    assert "not written out" in str(result)
    assert not np.array_equal(before[0], next(iter(model.module.parameters())).detach().numpy())
