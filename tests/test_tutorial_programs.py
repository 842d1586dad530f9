"""Programs written the way PyTorch tutorials, Dive into Deep Learning, micrograd-style demos and courses write them
run on mldlab with only the import changed.

Each program is one function taking the library as ``torch`` (so the *same source* runs as ``program(torch, ...)``
and ``program(mldlab, ...)``) and returning what it computed. Inside a function ``from torch import nn`` would
import PyTorch itself whatever ``torch`` names, so the programs reach ``nn``, ``F``, ``optim`` and
``torch.utils.data`` as attributes; the file-level imports are the one line a program changes.

Random numbers differ between the two libraries, so the starting weights and the data are passed in as NumPy
arrays and copied into each library's tensors. The results must agree to a relative 1e-5 in float32 and 1e-10 in
float64.
"""

import numpy as np
import pytest

import mldlab

FLOAT32, FLOAT64 = 1e-5, 1e-10


def _close(ours, theirs, rtol: float, what: str = "") -> None:
    ours, theirs = np.asarray(ours, dtype=np.float64), np.asarray(theirs, dtype=np.float64)
    assert ours.shape == theirs.shape, what
    scale = max(np.max(np.abs(theirs), initial=0.0), 1e-30)
    assert np.max(np.abs(ours - theirs), initial=0.0) <= rtol * scale, f"{what}: {ours} != {theirs}"


def _same_results(ours: dict, theirs: dict, rtol: float) -> None:
    assert ours.keys() == theirs.keys()
    for key in ours:
        if isinstance(theirs[key], (bool, str, int)) and not isinstance(theirs[key], float):
            assert ours[key] == theirs[key], key
        else:
            _close(ours[key], theirs[key], rtol, key)


def _classes(n=120, n_features=4, n_classes=3, seed=0, dtype=np.float32):
    rng = np.random.default_rng(seed)
    centers = rng.normal(0, 2, (n_classes, n_features))
    y = rng.integers(0, n_classes, n)
    X = centers[y] + rng.normal(0, 1, (n, n_features))
    return X.astype(dtype), y


def _uniform(shape, bound, seed, dtype=np.float32):
    return np.random.default_rng(seed).uniform(-bound, bound, shape).astype(dtype)


def linear_regression_from_scratch(torch, features, labels, w0):
    """D2L, 3.2: a data iterator, a model, a squared loss and minibatch SGD, all by hand, in float64."""

    def data_iter(batch_size, features, labels):
        num_examples = len(features)
        indices = list(range(num_examples))
        for i in range(0, num_examples, batch_size):
            batch_indices = torch.tensor(indices[i : min(i + batch_size, num_examples)])
            yield features[batch_indices], labels[batch_indices]

    def linreg(X, w, b):
        return torch.matmul(X, w) + b

    def squared_loss(y_hat, y):
        return (y_hat - y.reshape(y_hat.shape)) ** 2 / 2

    def sgd(params, lr, batch_size):
        with torch.no_grad():
            for param in params:
                param -= lr * param.grad / batch_size
                param.grad.zero_()

    features, labels = torch.from_numpy(features), torch.from_numpy(labels)
    w = torch.tensor(w0, requires_grad=True)
    b = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    lr, num_epochs, batch_size = 0.03, 3, 10
    epoch_losses = []
    for epoch in range(num_epochs):  # noqa: B007 (as the book writes it)
        for X, y in data_iter(batch_size, features, labels):
            l = squared_loss(linreg(X, w, b), y)  # noqa: E741
            l.sum().backward()
            sgd([w, b], lr, batch_size)
        with torch.no_grad():
            train_l = squared_loss(linreg(features, w, b), labels)
            epoch_losses.append(float(train_l.mean()))
    return {"losses": epoch_losses, "w": w.detach().numpy().copy(), "b": b.item(),
            "w_error": (torch.tensor([2.0, -3.4], dtype=torch.float64) - w.reshape(-1)).abs().max().item()}


def softmax_regression_with_loaders(torch, X_np, y_np, W0, b0):
    """A softmax regression on synthetic data: TensorDataset, random_split with a generator, DataLoader,
    CrossEntropyLoss, SGD, and accuracy with ``(pred.argmax(1) == y).float().mean()``."""
    nn = torch.nn

    dataset = torch.utils.data.TensorDataset(torch.tensor(X_np, dtype=torch.float32), torch.from_numpy(y_np))
    train_set, val_set = torch.utils.data.random_split(dataset, [0.75, 0.25],
                                                       generator=torch.Generator().manual_seed(0))
    train_loader = torch.utils.data.DataLoader(train_set, batch_size=16, shuffle=False, num_workers=0,
                                               pin_memory=False)
    val_loader = torch.utils.data.DataLoader(val_set, batch_size=64)
    model = nn.Linear(4, 3)
    with torch.no_grad():
        model.weight.copy_(torch.tensor(W0))
        model.bias.copy_(torch.tensor(b0))
    loss_fn = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    history = []
    for epoch in range(5):  # noqa: B007
        for xb, yb in train_loader:
            loss = loss_fn(model(xb), yb)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        correct, total = 0.0, 0
        with torch.no_grad():
            for xb, yb in val_loader:
                pred = model(xb)
                correct += (pred.argmax(1) == yb).float().sum().item()
                total += yb.numel()
        history.append((loss.item(), correct / total))
    return {"history": history, "weight": model.weight.detach().numpy().copy(),
            "sizes": (len(train_set), len(val_set))}


def mlp_with_momentum_and_milestones(torch, X_np, y_np, init):
    """The classic training loop: a Module with F.relu and dropout, SGD(momentum=0.9), MultiStepLR,
    model.train()/model.eval(), torch.no_grad(), zero_grad(set_to_none=True)."""
    nn, optim, F = torch.nn, torch.optim, torch.nn.functional

    device = "cuda" if torch.cuda.is_available() else "cpu"

    class MLP(nn.Module):
        def __init__(self, n_in, n_hidden, n_out):
            super().__init__()
            self.hidden = nn.Linear(n_in, n_hidden)
            self.out = nn.Linear(n_hidden, n_out)

        def forward(self, x):
            x = F.relu(self.hidden(torch.flatten(x, 1)))
            x = F.dropout(x, p=0.5, training=False)
            return self.out(x)

    model = MLP(4, 16, 3).to(device)
    model.load_state_dict({k: torch.tensor(v) for k, v in init.items()})
    X = torch.tensor(X_np, dtype=torch.float32).to(device)
    y = torch.tensor(y_np, dtype=torch.long).to(device)
    optimizer = optim.SGD(model.parameters(), lr=0.05, momentum=0.9, weight_decay=1e-4)
    scheduler = optim.lr_scheduler.MultiStepLR(optimizer, milestones=[4, 8], gamma=0.5)
    losses, lrs = [], []
    for epoch in range(10):  # noqa: B007
        model.train()
        for i in range(0, len(X), 20):
            optimizer.zero_grad(set_to_none=True)
            loss = F.cross_entropy(model(X[i : i + 20]), y[i : i + 20])
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        scheduler.step()
        lrs.append(scheduler.get_last_lr()[0])
    model.eval()
    with torch.no_grad():
        logits = model(X)
        values, predicted = torch.max(logits, 1)
        accuracy = (predicted == y).sum().item() / y.size(0)
    n_params = sum(p.numel() for p in model.parameters() if p.requires_grad)
    return {"losses": losses, "lrs": lrs, "accuracy": accuracy, "n_params": n_params,
            "max_logit": values.detach().cpu().numpy(), "probs": F.softmax(logits, dim=1).numpy()}


def adam_one_cycle_with_clipping(torch, X_np, y_np, init):
    """A regression network trained with Adam, OneCycleLR stepped every batch and clip_grad_norm_."""
    nn = torch.nn
    model = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 1))
    for p, value in zip(model.parameters(), init, strict=True):
        p.data = torch.tensor(value)
    X, y = torch.tensor(X_np), torch.tensor(y_np).unsqueeze(1)
    loss_fn = nn.MSELoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    epochs, steps_per_epoch = 6, 4
    scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=0.05, epochs=epochs,
                                                    steps_per_epoch=steps_per_epoch)
    losses, norms, betas = [], [], []
    for epoch in range(epochs):  # noqa: B007
        for step in range(steps_per_epoch):
            xb, yb = X[step * 10 : (step + 1) * 10], y[step * 10 : (step + 1) * 10]
            optimizer.zero_grad()
            loss = loss_fn(model(xb), yb)
            loss.backward()
            norms.append(nn.utils.clip_grad_norm_(model.parameters(), max_norm=0.5).item())
            optimizer.step()
            scheduler.step()
            losses.append(loss.item())
            betas.append(optimizer.param_groups[0]["betas"][0])
    return {"losses": losses, "norms": norms, "betas": betas,
            "weights": torch.cat([p.detach().reshape(-1) for p in model.parameters()]).numpy()}


def save_and_load_state_dict(torch, path, X_np, init):
    """torch.save(model.state_dict(), path), then torch.load(path, weights_only=True, map_location='cpu')
    into a fresh model, which must predict the same."""
    nn = torch.nn

    class TinyNet(nn.Module):
        def __init__(self):
            super().__init__()
            self.layers = nn.Sequential(nn.Linear(4, 5), nn.ReLU(), nn.Linear(5, 2))

        def forward(self, x):
            return torch.sigmoid(self.layers(x))

    model = TinyNet()
    model.load_state_dict({name: torch.from_numpy(value) for name, value in init.items()})
    torch.save(model.state_dict(), path)
    restored = TinyNet()
    restored.load_state_dict(torch.load(path, weights_only=True, map_location="cpu"))
    restored.eval()
    X = torch.tensor(X_np)
    with torch.inference_mode():
        before, after = model(X), restored(X)
    keys = list(restored.state_dict().keys())
    return {"same": bool(torch.equal(before, after)), "after": after.numpy(), "keys": ",".join(keys),
            "shapes": str([tuple(v.shape) for v in restored.state_dict().values()])}


def lazy_linear_model(torch, X_np, y_np, weights):
    """nn.LazyLinear layers learn their inputs from a dry run; then the weights are set and trained."""
    nn = torch.nn
    model = nn.Sequential(nn.LazyLinear(6), nn.ReLU(), nn.LazyLinear(3))
    X, y = torch.tensor(X_np), torch.tensor(y_np)
    before = repr(model[0])
    model(X[:1])  # the dry run that fixes in_features
    after = repr(model[0])
    with torch.no_grad():
        for p, value in zip(model.parameters(), weights, strict=True):
            p.copy_(torch.tensor(value))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
    loss_fn = nn.CrossEntropyLoss(label_smoothing=0.1)
    losses = []
    for _ in range(30):
        optimizer.zero_grad()
        loss = loss_fn(model(X), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return {"losses": losses, "before": before, "after": after,
            "in_features": model[2].in_features}


def one_hot_topk_sort(torch, scores_np, labels_np):
    """One-hot targets, top-k predictions and sorting, as in a course's 'evaluate a classifier' notebook."""
    F = torch.nn.functional

    scores = torch.tensor(scores_np, requires_grad=True)
    labels = torch.from_numpy(labels_np)
    targets = F.one_hot(labels, num_classes=5).float()
    probabilities = F.softmax(scores, dim=-1)
    loss = F.mse_loss(probabilities, targets)
    top_values, top_indices = torch.topk(probabilities, k=2, dim=1)
    top2_correct = (top_indices == labels.view(-1, 1)).any(dim=1).float().mean()
    ranked, order = torch.sort(probabilities[:, 0], descending=True)
    best_first = torch.argsort(scores.detach(), dim=1, descending=True)[:, 0]
    (top_values.sum() + ranked[:3].sum() + loss).backward()
    return {"loss": loss.item(), "top2": top2_correct.item(), "order": order.numpy().copy(),
            "best_first": best_first.numpy().copy(), "grad": scores.grad.numpy().copy(),
            "rounded": torch.round(probabilities, decimals=2).detach().numpy(),
            "one_hot_sum": int(targets.sum().item()), "dtype": str(F.one_hot(labels).dtype)}


def micrograd_style_neuron(torch, x_np, w_np, b_np, target_np):
    """A micrograd-style demo: a neuron tanh(w·x + b), a list of parameters updated by hand with p.data,
    gradients reset with p.grad = None, and an @torch.no_grad() evaluation helper."""
    x = torch.tensor(x_np).double()
    w = torch.tensor(w_np).double()
    w.requires_grad = True
    b = torch.Tensor([b_np]).double()
    b.requires_grad = True
    parameters = [w, b]
    target = torch.tensor(target_np, dtype=torch.float64)

    @torch.no_grad()
    def evaluate():
        return ((torch.tanh(x @ w + b) - target) ** 2).sum().item()

    history = []
    for step in range(20):
        out = torch.tanh(x @ w + b)
        loss = ((out - target) ** 2).sum()
        for p in parameters:
            p.grad = None
        loss.backward()
        learning_rate = 0.1 - 0.09 * step / 20
        for p in parameters:
            p.data += -learning_rate * p.grad
        history.append(evaluate())
    return {"history": history, "w": w.detach().numpy().copy(), "b": b.item(), "grad_is_leaf": w.is_leaf,
            "requires_grad_after": evaluate() == evaluate()}


def custom_dataset_with_warm_restarts(torch, X_np, y_np, init):
    """A Dataset subclass read by a DataLoader through default_collate, nn.init on the biases, model.apply,
    a SubsetRandomSampler-free sequential loop and CosineAnnealingWarmRestarts stepped with fractional epochs."""
    nn = torch.nn
    DataLoader, Dataset = torch.utils.data.DataLoader, torch.utils.data.Dataset

    class PointsDataset(Dataset):
        def __init__(self, X, y):
            self.X, self.y = X, y

        def __len__(self):
            return len(self.y)

        def __getitem__(self, idx):
            return torch.tensor(self.X[idx], dtype=torch.float32), int(self.y[idx])

    def init_weights(m):
        if isinstance(m, nn.Linear):
            nn.init.constant_(m.bias, 0.01)

    model = nn.Sequential(nn.Flatten(), nn.Linear(4, 8), nn.LeakyReLU(0.1), nn.Linear(8, 3))
    model.apply(init_weights)
    with torch.no_grad():
        model[1].weight.copy_(torch.tensor(init[0]))
        model[3].weight.copy_(torch.tensor(init[1]))
    loader = DataLoader(PointsDataset(X_np, y_np), batch_size=24, drop_last=True)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.5, nesterov=True)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(optimizer, T_0=2, T_mult=2, eta_min=0.001)
    criterion = nn.CrossEntropyLoss()
    iters = len(loader)
    losses, lrs = [], []
    for epoch in range(6):
        for i, (inputs, labels) in enumerate(loader):
            optimizer.zero_grad()
            loss = criterion(model(inputs), labels)
            loss.backward()
            optimizer.step()
            scheduler.step(epoch + i / iters)
            losses.append(loss.item())
            lrs.append(scheduler.get_last_lr()[0])
    first_batch = next(iter(loader))
    return {"losses": losses, "lrs": lrs, "n_batches": iters, "label_dtype": str(first_batch[1].dtype),
            "bias": model[3].bias.detach().numpy().copy()}


def logistic_regression_with_bce(torch, X_np, y_np, w_np):
    """Binary classification the course way: nn.Parameter in a Module, BCEWithLogitsLoss, torch.sigmoid for
    probabilities, torch.where for labels, accuracy and a stack/cat of predictions."""
    nn = torch.nn

    class LogisticRegression(nn.Module):
        def __init__(self, w):
            super().__init__()
            self.w = nn.Parameter(torch.tensor(w))
            self.b = nn.Parameter(torch.zeros(1))

        def forward(self, x):
            return (x @ self.w + self.b).squeeze(-1)

    model = LogisticRegression(w_np)
    X = torch.tensor(X_np)
    y = torch.tensor(y_np, dtype=torch.float32)
    optimizer = torch.optim.RMSprop(model.parameters(), lr=0.01)
    criterion = nn.BCEWithLogitsLoss()
    losses = []
    for _ in range(40):
        optimizer.zero_grad()
        loss = criterion(model(X), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    with torch.no_grad():
        probabilities = torch.sigmoid(model(X))
        predicted = torch.where(probabilities > 0.5, 1.0, 0.0)
        accuracy = (predicted == y).float().mean().item()
        table = torch.stack([probabilities, predicted], dim=1)
        both = torch.cat([probabilities, predicted])
    return {"losses": losses, "accuracy": accuracy, "table": table.numpy(), "both": both.numpy(),
            "w": model.w.detach().numpy().copy()}


def q_learning_step(torch, states_np, actions_np, rewards_np, init):
    """The DQN tutorial's update: Q(s, a) with gather, targets from the next states' max under no_grad, a
    Huber-free squared TD error, masked terminal states, discounted returns with cumsum, minibatches by chunk."""
    nn = torch.nn
    policy = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2))
    policy.load_state_dict({k: torch.tensor(v) for k, v in init.items()})
    optimizer = torch.optim.AdamW(policy.parameters(), lr=1e-3, amsgrad=False)
    states, next_states = torch.tensor(states_np[:-1]), torch.tensor(states_np[1:])
    actions = torch.tensor(actions_np).unsqueeze(1)
    rewards = torch.tensor(rewards_np)
    done = torch.zeros(len(rewards), dtype=torch.bool)
    done[-1] = True
    gamma, losses = 0.9, []
    for batch in zip(states.chunk(4), next_states.chunk(4), actions.chunk(4), rewards.chunk(4), done.chunk(4),
                     strict=True):
        s, s_next, a, r, d = batch
        q = policy(s).gather(1, a).squeeze(1)
        with torch.no_grad():
            next_q = policy(s_next).max(1).values.masked_fill(d, 0.0)
        target = r + gamma * next_q
        loss = ((q - target) ** 2).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    discounts = gamma ** torch.arange(len(rewards), dtype=torch.float32)
    returns = (rewards * discounts).flip(0).cumsum(0).flip(0) / discounts
    return {"losses": losses, "returns": returns.numpy(), "q": policy(states).detach().numpy()}


def test_linear_regression_from_scratch(torch):
    rng = np.random.default_rng(0)
    features = rng.normal(0, 1, (1000, 2))
    labels = (features @ np.array([2.0, -3.4]) + 4.2 + rng.normal(0, 0.01, 1000)).reshape(-1, 1)
    w0 = rng.normal(0, 0.01, (2, 1))
    ours = linear_regression_from_scratch(mldlab, features, labels, w0)
    theirs = linear_regression_from_scratch(torch, features, labels, w0)
    _same_results(ours, theirs, FLOAT64)
    assert ours["losses"][-1] < 1e-3 and ours["w_error"] < 0.05


def test_softmax_regression_with_random_split_and_loaders(torch):
    X, y = _classes(n=120)
    W0, b0 = _uniform((3, 4), 0.5, 1), _uniform(3, 0.5, 2)
    # random_split draws its permutation from each library's own generator, so the two runs would train on
    # different samples. The same rows are put where each library's permutation will pick them: both train
    # on X[torch_order[:90]] in the same order, and the whole pipeline (random_split, Subset, DataLoader)
    # still runs as written.
    torch_order = torch.randperm(120, generator=torch.Generator().manual_seed(0)).numpy()
    our_order = mldlab.Generator(0).numpy.permutation(120)  # what mldlab's random_split draws for this seed
    placed = np.empty(120, dtype=np.int64)
    placed[our_order] = torch_order
    ours = softmax_regression_with_loaders(mldlab, X[placed], y[placed], W0, b0)
    theirs = softmax_regression_with_loaders(torch, X, y, W0, b0)
    _same_results(ours, theirs, FLOAT32)
    assert ours["sizes"] == (90, 30) and ours["history"][-1][1] > 0.8


def _mlp_init():
    return {"hidden.weight": _uniform((16, 4), 0.5, 3), "hidden.bias": _uniform(16, 0.5, 4),
            "out.weight": _uniform((3, 16), 0.25, 5), "out.bias": _uniform(3, 0.25, 6)}


def test_mlp_with_momentum_and_milestones(torch):
    X, y = _classes(n=100, seed=1)
    ours = mlp_with_momentum_and_milestones(mldlab, X, y, _mlp_init())
    theirs = mlp_with_momentum_and_milestones(torch, X, y, _mlp_init())
    _same_results(ours, theirs, FLOAT32)
    assert ours["lrs"][-1] == 0.0125 and ours["n_params"] == 4 * 16 + 16 + 16 * 3 + 3


def test_adam_one_cycle_with_gradient_clipping(torch):
    rng = np.random.default_rng(2)
    X = rng.normal(size=(40, 3)).astype(np.float32)
    y = np.sin(X @ np.array([1.0, -2.0, 0.5])).astype(np.float32)
    init = [_uniform((8, 3), 0.5, 7), _uniform(8, 0.5, 8), _uniform((1, 8), 0.35, 9), _uniform(1, 0.35, 10)]
    ours = adam_one_cycle_with_clipping(mldlab, X, y, init)
    theirs = adam_one_cycle_with_clipping(torch, X, y, init)
    _same_results(ours, theirs, FLOAT32)
    assert max(ours["norms"]) > 0.5  # clipping did act
    assert ours["losses"][-1] < ours["losses"][0]


def test_save_and_load_a_state_dict(torch, tmp_path):
    X = np.random.default_rng(3).normal(size=(6, 4)).astype(np.float32)
    init = {"layers.0.weight": _uniform((5, 4), 0.5, 11), "layers.0.bias": _uniform(5, 0.5, 12),
            "layers.2.weight": _uniform((2, 5), 0.5, 13), "layers.2.bias": _uniform(2, 0.5, 14)}
    ours = save_and_load_state_dict(mldlab, tmp_path / "model.pt", X, init)
    theirs = save_and_load_state_dict(torch, tmp_path / "model_torch.pt", X, init)
    _same_results(ours, theirs, FLOAT32)
    assert ours["same"] is True


def test_lazy_linear_model(torch):
    X, y = _classes(n=60, seed=4)
    weights = [_uniform((6, 4), 0.5, 15), _uniform(6, 0.5, 16), _uniform((3, 6), 0.4, 17), _uniform(3, 0.4, 18)]
    ours = lazy_linear_model(mldlab, X, y, weights)
    theirs = lazy_linear_model(torch, X, y, weights)
    _same_results(ours, theirs, FLOAT32)
    assert ours["after"] == "Linear(in_features=4, out_features=6, bias=True)"


def test_one_hot_topk_and_sort(torch):
    rng = np.random.default_rng(5)
    scores = rng.normal(size=(8, 5)).astype(np.float32)
    labels = rng.integers(0, 5, 8)
    ours = one_hot_topk_sort(mldlab, scores, labels)
    theirs = one_hot_topk_sort(torch, scores, labels)
    ours["dtype"], theirs["dtype"] = ours["dtype"].replace("mldlab.", ""), theirs["dtype"].replace("torch.", "")
    _same_results(ours, theirs, FLOAT32)


def test_micrograd_style_neuron(torch):
    rng = np.random.default_rng(6)
    x, w, target = rng.normal(size=(4, 3)), rng.normal(size=3), np.array([1.0, -1.0, -1.0, 1.0])
    ours = micrograd_style_neuron(mldlab, x, w, 0.1, target)
    theirs = micrograd_style_neuron(torch, x, w, 0.1, target)
    _same_results(ours, theirs, FLOAT64)
    assert ours["history"][-1] < ours["history"][0]


def test_custom_dataset_with_warm_restarts(torch):
    X, y = _classes(n=96, seed=7)
    init = [_uniform((8, 4), 0.5, 19), _uniform((3, 8), 0.35, 20)]
    ours = custom_dataset_with_warm_restarts(mldlab, X, y, init)
    theirs = custom_dataset_with_warm_restarts(torch, X, y, init)
    theirs["label_dtype"] = theirs["label_dtype"].replace("torch.", "")
    _same_results(ours, theirs, FLOAT32)
    assert ours["n_batches"] == 4 and ours["label_dtype"] == "int64"


def test_logistic_regression_with_bce(torch):
    X, y = _classes(n=80, n_classes=2, seed=8)
    w = _uniform(4, 0.3, 21)
    ours = logistic_regression_with_bce(mldlab, X, y, w)
    theirs = logistic_regression_with_bce(torch, X, y, w)
    _same_results(ours, theirs, FLOAT32)
    assert ours["accuracy"] > 0.8


def test_q_learning_step(torch):
    rng = np.random.default_rng(9)
    states = rng.normal(size=(33, 4)).astype(np.float32)
    actions, rewards = rng.integers(0, 2, 32), rng.normal(size=32).astype(np.float32)
    init = {"0.weight": _uniform((16, 4), 0.5, 22), "0.bias": _uniform(16, 0.5, 23),
            "2.weight": _uniform((2, 16), 0.25, 24), "2.bias": _uniform(2, 0.25, 25)}
    ours = q_learning_step(mldlab, states, actions, rewards, init)
    theirs = q_learning_step(torch, states, actions, rewards, init)
    _same_results(ours, theirs, FLOAT32)


def test_imports_as_a_pytorch_program_writes_them():
    """``import mldlab as torch`` and the usual ``from``-imports give the same objects as mldlab's own names."""
    import mldlab as torch
    import mldlab.nn.functional as F
    from mldlab import nn, optim
    from mldlab.utils.data import DataLoader, TensorDataset, random_split

    assert torch.utils.data.DataLoader is DataLoader and torch.utils.data.random_split is random_split
    assert torch.utils.data.TensorDataset is TensorDataset
    assert F.relu is torch.nn.functional.relu and nn.Linear is torch.nn.Linear and optim.Adam is torch.optim.Adam
    assert torch.optim.lr_scheduler.OneCycleLR.__name__ == "OneCycleLR"
    assert torch.nn.utils.clip_grad_norm_.__name__ == "clip_grad_norm_"


@pytest.mark.parametrize("program", [linear_regression_from_scratch, softmax_regression_with_loaders,
                                     mlp_with_momentum_and_milestones, adam_one_cycle_with_clipping,
                                     save_and_load_state_dict, lazy_linear_model, one_hot_topk_sort,
                                     micrograd_style_neuron, custom_dataset_with_warm_restarts,
                                     logistic_regression_with_bce, q_learning_step])
def test_programs_name_no_mldlab(program):
    """The programs are PyTorch code: their source never mentions mldlab."""
    import inspect

    assert "mldlab" not in inspect.getsource(program)
