"""Code written for PyTorch, the way tutorials and course labs write it, runs with mldlab in place of torch.

Each function below is ordinary PyTorch code that takes the library as its argument (``torch``). It runs once with
PyTorch and once with mldlab, from the same data and initial weights, and the results must agree.
"""

import numpy as np
import pytest

import mldlab


def classifier_tutorial(torch, X_np, y_np, init):
    """The classic: a Module subclass, F.relu, CrossEntropyLoss, SGD with momentum, an accuracy loop."""
    nn = torch.nn
    F = torch.nn.functional
    optim = torch.optim
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc1 = nn.Linear(4, 16)
            self.fc2 = nn.Linear(16, 3)
            self.dropout = nn.Dropout(0.0)

        def forward(self, x):
            x = x.view(-1, 4)
            x = F.relu(self.fc1(x))
            x = self.dropout(x)
            return self.fc2(x)

    model = Net().to(device)
    model.load_state_dict({name: torch.tensor(value) for name, value in init.items()})
    criterion = nn.CrossEntropyLoss()
    optimizer = optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    X = torch.tensor(X_np, dtype=torch.float32).to(device)
    y = torch.tensor(y_np).long().to(device)

    losses = []
    for epoch in range(15):  # noqa: B007 (as tutorials write it)
        model.train()
        running_loss = 0.0
        for i in range(0, len(X), 16):
            inputs, labels = X[i : i + 16], y[i : i + 16]
            optimizer.zero_grad()
            outputs = model(inputs)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
        losses.append(running_loss)

    model.eval()
    with torch.no_grad():
        outputs = model(X)
        _, predicted = torch.max(outputs, 1)
        correct = (predicted == y).sum().item()
        total = y.size(0)
        also_predicted = outputs.argmax(dim=1)
    n_params = sum(p.numel() for p in model.parameters() if p.requires_grad)
    probabilities = F.softmax(outputs, dim=1)
    return {
        "losses": losses,
        "accuracy": correct / total,
        "same_argmax": bool((also_predicted == predicted).all()),
        "n_params": n_params,
        "fc1": model.fc1.weight.detach().numpy().copy(),
        "probabilities": probabilities.numpy(),
    }


def regression_from_scratch(torch, X_np, y_np, w_np):
    """Linear regression with hand-written gradient descent: W ← W − η ∂J/∂W under no_grad."""
    X = torch.from_numpy(X_np)
    y = torch.from_numpy(y_np)
    w = torch.tensor(w_np, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    lr = 0.1
    history = []
    for epoch in range(50):  # noqa: B007
        y_pred = X @ w + b
        loss = ((y_pred - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
            b -= lr * b.grad
            w.grad.zero_()
            b.grad.zero_()
        history.append(loss.item())
    return {"history": history, "w": w.detach().numpy().copy(), "b": b.item()}


def everyday_basics(torch):
    """Small things every tutorial uses."""
    x = torch.linspace(-3, 3, 7)
    y = torch.sin(x) ** 2 + torch.cos(x).pow(2)
    t = torch.arange(12).reshape(3, 4)
    labels = torch.tensor([0, 2, 1])
    one_hot = torch.zeros(3, 3)
    one_hot[torch.arange(3), labels] = 1
    logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0], [0.0, 1.0, 0.0]])
    return {
        "sin2+cos2": y.numpy().copy(),
        "numel": t.numel(),
        "float_mean": t.float().mean().item(),
        "sum_dim": t.sum(dim=1).tolist(),
        "long": (x * 2).long().tolist(),
        "one_hot": one_hot.numpy().copy(),
        "acc": (logits.argmax(1) == labels).float().mean().item(),
        "sigmoid": torch.sigmoid(torch.tensor([-6.0, 0.0, 6.0])).tolist(),
        "shape": tuple(torch.ones(2, 3).unsqueeze(0).shape),
        "size1": torch.ones(2, 3).size(1),
    }


@pytest.fixture
def iris_like():
    rng = np.random.default_rng(0)
    centers = np.array([[5.0, 3.4, 1.5, 0.2], [5.9, 2.8, 4.3, 1.3], [6.6, 3.0, 5.6, 2.0]])
    y = rng.integers(0, 3, 120)
    X = centers[y] + rng.normal(0, 0.3, (120, 4))
    X = (X - X.mean(0)) / X.std(0)
    return X.astype(np.float32), y


def _init_weights():
    rng = np.random.default_rng(1)
    return {
        "fc1.weight": rng.uniform(-0.5, 0.5, (16, 4)).astype(np.float32),
        "fc1.bias": rng.uniform(-0.5, 0.5, 16).astype(np.float32),
        "fc2.weight": rng.uniform(-0.25, 0.25, (3, 16)).astype(np.float32),
        "fc2.bias": rng.uniform(-0.25, 0.25, 3).astype(np.float32),
    }


def test_classifier_tutorial_runs_and_matches(torch, iris_like):
    X, y = iris_like
    ours = classifier_tutorial(mldlab, X, y, _init_weights())
    theirs = classifier_tutorial(torch, X, y, _init_weights())
    assert ours["n_params"] == theirs["n_params"] == 4 * 16 + 16 + 16 * 3 + 3
    np.testing.assert_allclose(ours["losses"], theirs["losses"], rtol=2e-4)
    np.testing.assert_allclose(ours["fc1"], theirs["fc1"], rtol=1e-3, atol=1e-5)
    np.testing.assert_allclose(ours["probabilities"], theirs["probabilities"], rtol=1e-3, atol=1e-5)
    assert ours["accuracy"] == theirs["accuracy"] >= 0.9
    assert ours["same_argmax"] and theirs["same_argmax"]


def test_regression_from_scratch_matches(torch):
    rng = np.random.default_rng(2)
    X = rng.normal(size=(64, 3)).astype(np.float32)
    y = (X @ np.array([[1.5], [-2.0], [0.5]]) + 0.3).astype(np.float32)
    w = rng.normal(size=(3, 1)).astype(np.float32)
    ours = regression_from_scratch(mldlab, X, y, w)
    theirs = regression_from_scratch(torch, X, y, w)
    np.testing.assert_allclose(ours["history"], theirs["history"], rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(ours["w"], theirs["w"], rtol=1e-5)
    assert ours["b"] == pytest.approx(theirs["b"], rel=1e-5)
    assert ours["history"][-1] < 1e-3


def test_everyday_basics_match(torch):
    ours, theirs = everyday_basics(mldlab), everyday_basics(torch)
    assert ours.keys() == theirs.keys()
    for key in ours:
        np.testing.assert_allclose(np.asarray(ours[key], dtype=float), np.asarray(theirs[key], dtype=float),
                                   rtol=1e-6, atol=1e-7, err_msg=key)


def test_cuda_device_is_refused_clearly():
    with pytest.raises(ValueError, match="CPU"):
        mldlab.tensor([1.0]).to("cuda")
    with pytest.raises(ValueError, match="CPU"):
        mldlab.device("cuda")


def test_legacy_tensor_constructor_matches_torch(torch):
    cases = [
        lambda lib: lib.Tensor([1, 2]),
        lambda lib: lib.Tensor(np.array([1, 2])),
        lambda lib: lib.Tensor(np.array([1.0, 2.0])),
        lambda lib: lib.Tensor(2, 3),
        lambda lib: lib.Tensor(lib.tensor([1, 2])),
        lambda lib: lib.Tensor([[1.5, 2], [3, 4]]),
    ]
    for make in cases:
        ours, theirs = make(mldlab), make(torch)
        assert ours.shape == tuple(theirs.shape)
        assert str(ours.dtype) == str(theirs.dtype).replace("torch.", "")
        if theirs.numel() and make is not cases[3]:  # Tensor(2, 3) is uninitialised in PyTorch
            np.testing.assert_array_equal(ours.numpy(), theirs.numpy())
    with pytest.raises(TypeError, match="expected sizes"):
        mldlab.Tensor([1.0], [2.0])
