"""PyTorch programs in the style of teaching material run on mldlab with only their import lines changed.

Each program below is a function that imports PyTorch the way tutorials do (``import torch``, ``from torch import
nn``, ``import torch.nn.functional as F``, ``from torch.utils.data import DataLoader``). The test runs it as
written, then runs the *same source* with only the import lines rewritten (``import mldlab as torch``, ``from
mldlab import nn``, ``import mldlab.nn.functional as F``, ``from mldlab.utils.data import ...``), and compares what
the two runs return. Data and starting weights come from NumPy, since the two libraries draw different random
numbers. Tolerance: relative 1e-5 in float32, 1e-10 in float64.
"""

import inspect
import re
import textwrap

import numpy as np
import pytest

FLOAT32, FLOAT64 = 1e-5, 1e-10


def _swap_imports(source: str) -> str:
    """The program with every import of torch turned into the same import of mldlab; nothing else changes."""
    def swap(match):
        indent, line = match.group(1), match.group(2)
        if line == "import torch":
            return indent + "import mldlab as torch"
        return indent + re.sub(r"^(from|import) torch\b", r"\1 mldlab", line)

    swapped = re.sub(r"^( *)((?:from|import) torch\b.*)$", swap, source, flags=re.MULTILINE)
    assert not re.search(r"^ *(from|import) torch\b", swapped, flags=re.MULTILINE)
    return swapped


def _run_both(program, *args):
    """(what the program returns on mldlab, on PyTorch)."""
    theirs = program(*args)
    namespace = dict(program.__globals__)
    exec(compile(_swap_imports(textwrap.dedent(inspect.getsource(program))), "<mldlab program>", "exec"), namespace)
    return namespace[program.__name__](*args), theirs


def _same(ours: dict, theirs: dict, rtol: float) -> None:
    assert ours.keys() == theirs.keys()
    for key, theirs_value in theirs.items():
        value = ours[key]
        if isinstance(theirs_value, str):  # mldlab's dtypes print as NumPy's (int64), PyTorch's as torch.int64
            assert value.replace("mldlab.", "") == theirs_value.replace("torch.", ""), key
        elif isinstance(theirs_value, (bool, int)) and not isinstance(theirs_value, float):
            assert value == theirs_value and type(value) is type(theirs_value), key
        else:
            a, b = np.asarray(value, dtype=np.float64), np.asarray(theirs_value, dtype=np.float64)
            assert a.shape == b.shape, key
            scale = max(np.max(np.abs(b), initial=0.0), 1e-30)
            assert np.max(np.abs(a - b), initial=0.0) <= rtol * scale, f"{key}: {a} != {b}"


def _uniform(shape, bound, seed, dtype=np.float32):
    return np.random.default_rng(seed).uniform(-bound, bound, shape).astype(dtype)


def tensor_manipulation_tour(a_np, b_np):
    """A "tensors" notebook: shapes, joining and splitting, picking and writing by index, reductions, products."""
    import torch

    a, b = torch.from_numpy(a_np), torch.tensor(b_np)  # (2, 3, 4) and (4, 5)
    r = {"view": a.view(6, 4).numpy().copy(), "permute": a.permute(2, 0, 1).contiguous().numpy().copy(),
         "transpose": a.transpose(0, 1).numpy().copy(), "t": b.t().numpy().copy(),
         "unsqueeze": tuple(a.unsqueeze(1).shape), "squeeze": tuple(torch.zeros(1, 3, 1).squeeze().shape),
         "expand": torch.tensor([[1.0], [2.0]]).expand(2, 3).numpy().copy(),
         "repeat": torch.tensor([1, 2]).repeat(2, 3).numpy().copy(),
         "cat": torch.cat((a, a), dim=2).numpy().copy(), "stack": torch.stack([b, b], dim=-1).numpy().copy(),
         "chunk": [c.shape[1] for c in b.chunk(2, dim=1)], "split": [c.shape[0] for c in b.split([1, 3], dim=0)]}
    r["gather"] = b.gather(1, torch.tensor([[0, 2], [1, 0], [3, 3], [2, 1]])).numpy().copy()
    one_hot = torch.zeros(3, 5)
    one_hot.scatter_(1, torch.tensor([[0], [2], [4]]), 1.0)
    r["scatter_"] = one_hot.numpy().copy()
    r["scatter_src"] = torch.zeros(2, 4).scatter(1, torch.tensor([[1, 3], [0, 2]]),
                                                 torch.tensor([[5.0, 6.0], [7.0, 8.0]])).numpy().copy()
    counts = torch.zeros(5).scatter_add_(0, torch.tensor([0, 1, 1, 4]), torch.ones(4))
    r["scatter_add_"] = counts.numpy().copy()
    r["index_select"] = torch.index_select(b, 0, torch.tensor([3, 0])).numpy().copy()
    masked = b.clone()
    masked.masked_fill_(masked < 0, 0.0)
    r["masked_fill_"] = masked.numpy().copy()
    r["where"] = torch.where(b > 0, b, torch.zeros_like(b)).numpy().copy()
    rows, cols = torch.where(b > 1)
    r["where_positions"], r["nonzero"] = (rows.tolist(), cols.tolist()), (b > 0.5).nonzero().tolist()
    r["causal_mask"], r["triu"] = torch.tril(torch.ones(4, 4)).numpy(), b.triu(1).numpy()
    r["clamp"] = b.clamp(min=-0.5, max=0.5).numpy().copy()
    r["argmax"] = b.argmax().item()
    values, indices = b.max(dim=0)
    r["max_values"], r["max_indices"] = values.numpy().copy(), indices.numpy().copy()
    top_values, top_indices = b.topk(2)
    r["topk"], r["topk_indices"] = top_values.numpy().copy(), top_indices.numpy().copy()
    r["sort"] = torch.sort(b, dim=0, descending=True).values.numpy().copy()
    r["cumsum"] = b.cumsum(dim=1).numpy().copy()
    r["prod"], r["prod_dim"] = b.prod().item(), b.prod(1).numpy().copy()
    r["int_prod"] = torch.arange(1, 6).prod().item()
    r["norm"], r["norm_dim"] = b.norm().item(), b.norm(dim=1).numpy().copy()
    r["einsum"] = torch.einsum("ijk,kl->ijl", a, b).numpy().copy()
    r["einsum_implicit"] = torch.einsum("ij,jk", a[0], b).numpy().copy()
    r["matmul"] = torch.matmul(a, b).numpy().copy()
    r["bmm"] = torch.bmm(a, a.transpose(1, 2)).numpy().copy()
    r["bmm_method"] = a.bmm(a.transpose(1, 2)).sum().item()
    r["outer"] = torch.outer(torch.arange(3.0), torch.arange(4.0)).numpy().copy()
    r["mv"] = torch.mv(b.t(), b[:, 0]).numpy().copy()
    r["dot"] = torch.dot(b[0], b[1]).item()
    r["std"], r["var"] = b.std().item(), b.var(dim=0).numpy().copy()
    r["int_division"] = (torch.arange(7) // 2).tolist()
    r["true_division"] = (torch.arange(4) / 2).tolist()
    r["sum_dtype"] = str(torch.tensor([1, 2, 3]).sum().dtype)
    r["item_type"] = type(b[0, 0].item()).__name__
    mask = b > 0
    r["boolean_index"] = b[mask].numpy().copy()
    c = b.clone()
    c[c < 0] = 0.0
    c[torch.arange(4), torch.tensor([0, 1, 2, 3])] = -1.0
    r["index_assign"] = c.numpy().copy()
    return r


def scalar_autograd_like_micrograd():
    """micrograd's test expression with PyTorch scalars: a chain of +, *, **, relu and /, with in-place +=."""
    import torch

    a = torch.tensor([-4.0], dtype=torch.double, requires_grad=True)
    b = torch.tensor([2.0], dtype=torch.double, requires_grad=True)
    c = a + b
    d = a * b + b**3
    c = c + c + 1
    c = c + 1 + c + (-a)
    d = d + d * 2 + (b + a).relu()
    d = d + 3 * d + (b - a).relu()
    e = c - d
    f = e**2
    g = f / 2.0
    g = g + 10.0 / f
    g.backward()
    h = torch.tensor(0.5, dtype=torch.float64, requires_grad=True)
    k = torch.tanh(h * 3).exp() * torch.sigmoid(h) - torch.log(h + 1)
    k.retain_grad()
    (k * k).backward()
    return {"g": g.item(), "a.grad": a.grad.item(), "b.grad": b.grad.item(), "h.grad": h.grad.item(),
            "k.grad": k.grad.item(), "leaf": a.is_leaf and not g.is_leaf}


def cs231n_two_layer_net(X_np, y_np, W1_np, W2_np):
    """A CS231n-style two-layer net written out: the softmax loss by hand with a stable shift, L2 regularisation,
    plain SGD with ``p -= lr * p.grad`` under no_grad, a decaying learning rate, and train accuracy per epoch."""
    import torch

    X, y = torch.tensor(X_np, dtype=torch.float64), torch.tensor(y_np)
    W1 = torch.tensor(W1_np, requires_grad=True)
    b1 = torch.zeros(W1_np.shape[1], dtype=torch.float64, requires_grad=True)
    W2 = torch.tensor(W2_np, requires_grad=True)
    b2 = torch.zeros(W2_np.shape[1], dtype=torch.float64, requires_grad=True)
    params, reg, lr, N = [W1, b1, W2, b2], 1e-3, 0.5, X.shape[0]
    losses, accuracies = [], []
    for epoch in range(8):  # noqa: B007 (as courses write it)
        hidden = torch.clamp(X @ W1 + b1, min=0)  # ReLU
        scores = hidden @ W2 + b2
        scores = scores - scores.max(dim=1, keepdim=True).values
        log_probs = scores - torch.log(torch.exp(scores).sum(dim=1, keepdim=True))
        data_loss = -log_probs[torch.arange(N), y].mean()
        loss = data_loss + 0.5 * reg * ((W1 * W1).sum() + (W2 * W2).sum())
        loss.backward()
        with torch.no_grad():
            for p in params:
                p -= lr * p.grad
                p.grad.zero_()
        lr *= 0.95
        losses.append(loss.item())
        predicted = torch.argmax(scores, dim=1)
        accuracies.append((predicted == y).double().mean().item())
    return {"losses": losses, "accuracies": accuracies, "W2": W2.detach().numpy().copy(), "lr": lr}


def d2l_weight_decay_and_dropout(X_np, y_np, keep_np, init):
    """D2L 3.7 and 5.6: an L2 penalty added by hand, then the same as SGD's weight_decay on the weights only
    (parameter groups), and dropout from scratch with a mask drawn beforehand."""
    import torch
    from torch import nn

    X, y = torch.tensor(X_np), torch.tensor(y_np).reshape(-1, 1)

    def l2_penalty(w):
        return torch.sum(w.pow(2)) / 2

    def dropout_layer(H, dropout, keep):
        assert 0 <= dropout <= 1
        if dropout == 1:
            return torch.zeros_like(H)
        mask = (keep > dropout).float()
        return mask * H / (1.0 - dropout)

    w = torch.tensor(init["w"], requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    lambd, lr, by_hand = 3.0, 0.01, []
    for _ in range(10):
        loss = ((X @ w + b - y) ** 2 / 2).mean() + lambd * l2_penalty(w)
        loss.backward()
        with torch.no_grad():
            for param in (w, b):
                param -= lr * param.grad
                param.grad.zero_()
        by_hand.append(loss.item())

    net = nn.Sequential(nn.Linear(X.shape[1], 1))
    with torch.no_grad():
        net[0].weight.copy_(torch.tensor(init["w"]).T)
        net[0].bias.fill_(0.0)
    trainer = torch.optim.SGD([{"params": net[0].weight, "weight_decay": lambd}, {"params": net[0].bias}], lr=lr)
    with_decay = []
    for _ in range(10):
        trainer.zero_grad()
        loss = nn.MSELoss()(net(X), y) / 2
        loss.backward()
        trainer.step()
        with_decay.append(loss.item())
    keep = torch.tensor(keep_np)
    hidden = torch.relu(X @ torch.tensor(init["hidden"]))
    return {"by_hand": by_hand, "w": w.detach().numpy().copy(), "with_decay": with_decay,
            "w_decay": net[0].weight.detach().numpy().copy(),
            "dropout_0": dropout_layer(hidden, 0.0, keep).numpy(),
            "dropout_half": dropout_layer(hidden, 0.5, keep).numpy(),
            "dropout_1": dropout_layer(hidden, 1.0, keep).numpy()}


def losses_side_by_side(logits_np, labels_np, soft_np, target_np):
    """Every loss a course uses, with the options tutorials pass, each one's value and gradient."""
    import torch
    import torch.nn.functional as F
    from torch import nn

    labels, target = torch.from_numpy(labels_np), torch.tensor(target_np)
    ignored = labels.clone()
    ignored[0] = -100
    weight = torch.tensor([1.0, 2.0, 0.5, 1.5])
    binary = (target > 0).float()
    losses = {
        "ce": lambda z: nn.CrossEntropyLoss()(z, labels),
        "ce_smoothing": lambda z: nn.CrossEntropyLoss(label_smoothing=0.2)(z, labels),
        "ce_ignore": lambda z: nn.CrossEntropyLoss(ignore_index=-100)(z, ignored),
        "ce_weight_smoothing_ignore": lambda z: nn.CrossEntropyLoss(weight=weight, ignore_index=-100,
                                                                    label_smoothing=0.1)(z, ignored),
        "ce_none": lambda z: (nn.CrossEntropyLoss(reduction="none")(z, labels) * torch.arange(6.0)).sum(),
        "ce_soft_targets": lambda z: F.cross_entropy(z, F.softmax(torch.tensor(soft_np), dim=1)),
        "nll": lambda z: nn.NLLLoss()(F.log_softmax(z, dim=1), labels),
        "nll_weight": lambda z: F.nll_loss(torch.log_softmax(z, 1), labels, weight=weight),
        "mse": lambda z: nn.MSELoss()(z, target),
        "l1_sum": lambda z: nn.L1Loss(reduction="sum")(z, target),
        "smooth_l1": lambda z: nn.SmoothL1Loss()(z, target),
        "smooth_l1_beta": lambda z: F.smooth_l1_loss(z, target, beta=0.5),
        "huber": lambda z: nn.HuberLoss(delta=0.7)(z, target),
        "huber_sum": lambda z: F.huber_loss(z, target, reduction="sum", delta=2.0),
        "bce": lambda z: nn.BCELoss()(torch.sigmoid(z), binary),
        "bce_logits_pos_weight": lambda z: nn.BCEWithLogitsLoss(pos_weight=torch.tensor([1.0, 2.0, 3.0, 0.5]))(
            z, binary),
    }
    results = {}
    for name, loss_fn in losses.items():
        z = torch.tensor(logits_np, requires_grad=True)
        loss = loss_fn(z)
        loss.backward()
        results[name], results[name + " grad"] = loss.item(), z.grad.numpy().copy()
    return results


def optimizers_and_schedulers(X_np, y_np, init):
    """The same small regression trained by each optimizer, then by SGD under each scheduler, with param groups
    and an optimizer state_dict round trip."""
    import torch
    from torch import nn, optim

    X, y = torch.tensor(X_np), torch.tensor(y_np)

    def make_model():
        model = nn.Sequential(nn.Linear(3, 5), nn.Tanh(), nn.Linear(5, 1))
        model.load_state_dict({k: torch.tensor(v) for k, v in init.items()})
        return model

    def train(model, optimizer, scheduler=None, epochs=8):
        losses, lrs = [], []
        for epoch in range(epochs):
            optimizer.zero_grad()
            loss = nn.functional.mse_loss(model(X).squeeze(1), y)
            loss.backward()
            optimizer.step()
            if isinstance(scheduler, optim.lr_scheduler.ReduceLROnPlateau):
                scheduler.step(1.0 if epoch > 2 else loss.item())  # a validation loss that stops improving
            elif scheduler is not None:
                scheduler.step()
            losses.append(loss.item())
            lrs.append(optimizer.param_groups[0]["lr"])
        return losses, lrs

    optimizers = {
        "sgd_nesterov_wd": lambda p: optim.SGD(p, lr=0.05, momentum=0.9, nesterov=True, weight_decay=1e-3),
        "sgd_dampening": lambda p: optim.SGD(p, lr=0.05, momentum=0.9, dampening=0.1),
        "adam": lambda p: optim.Adam(p, lr=0.01),
        "adam_amsgrad_wd": lambda p: optim.Adam(p, lr=0.01, weight_decay=0.01, amsgrad=True),
        "adamw": lambda p: optim.AdamW(p, lr=0.01, betas=(0.8, 0.99), weight_decay=0.1, eps=1e-6),
        "rmsprop": lambda p: optim.RMSprop(p, lr=0.01),
        "rmsprop_centered": lambda p: optim.RMSprop(p, lr=0.01, alpha=0.9, momentum=0.5, centered=True),
        "adagrad": lambda p: optim.Adagrad(p, lr=0.1, lr_decay=0.01, initial_accumulator_value=0.1),
    }
    results = {}
    for name, make in optimizers.items():
        model = make_model()
        results[name] = train(model, make(model.parameters()))[0]
    schedulers = {
        "step": lambda o: optim.lr_scheduler.StepLR(o, step_size=3, gamma=0.5),
        "exponential": lambda o: optim.lr_scheduler.ExponentialLR(o, gamma=0.9),
        "cosine": lambda o: optim.lr_scheduler.CosineAnnealingLR(o, T_max=5, eta_min=0.001),
        "plateau": lambda o: optim.lr_scheduler.ReduceLROnPlateau(o, mode="min", factor=0.5, patience=1),
        "lambda": lambda o: optim.lr_scheduler.LambdaLR(o, lr_lambda=lambda epoch: 1 / (1 + epoch)),
    }
    for name, make in schedulers.items():
        model = make_model()
        optimizer = optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
        results[name + " losses"], results[name + " lrs"] = train(model, optimizer, make(optimizer), epochs=10)
    model = make_model()
    groups = [{"params": model[0].parameters()}, {"params": model[2].parameters(), "lr": 0.01}]
    optimizer = optim.SGD(groups, lr=0.1, momentum=0.9)
    train(model, optimizer, epochs=3)
    state = optimizer.state_dict()
    again = optim.SGD([{"params": model[0].parameters()}, {"params": model[2].parameters(), "lr": 0.5}], lr=0.1,
                      momentum=0.9)
    again.load_state_dict(state)
    results["after load"] = train(model, again, epochs=2)[0]
    results["group lrs"] = [g["lr"] for g in again.param_groups]
    return results


def module_containers_and_state_dict(X_np, init, path):
    """A Module built from ModuleList, ModuleDict, ParameterList, a registered buffer and a bare Parameter;
    named_parameters, train/eval with Dropout and BatchNorm1d, freezing, apply, and torch.save/torch.load."""
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    class Block(nn.Module):
        def __init__(self, n_in, n_out):
            super().__init__()
            self.lin = nn.Linear(n_in, n_out)
            self.bn = nn.BatchNorm1d(n_out)
            self.drop = nn.Dropout(0.5)

        def forward(self, x):
            return self.drop(F.relu(self.bn(self.lin(x))))

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.blocks = nn.ModuleList([Block(4, 6), Block(6, 6)])
            self.heads = nn.ModuleDict({"a": nn.Linear(6, 2), "b": nn.Linear(6, 3)})
            self.scales = nn.ParameterList([nn.Parameter(torch.ones(2)), nn.Parameter(torch.ones(3))])
            self.register_buffer("offset", torch.zeros(6))
            self.register_buffer("scratch", torch.ones(1), persistent=False)
            self.temperature = nn.Parameter(torch.tensor(1.0))

        def forward(self, x):
            for block in self.blocks:
                x = block(x)
            x = x + self.offset
            return {k: self.heads[k](x) * s / self.temperature for k, s in zip(self.heads, self.scales)}

    net = Net()
    r = {"names": ",".join(name for name, _ in net.named_parameters()),
         "shapes": str([tuple(p.shape) for p in net.parameters()]),
         "state_dict": ",".join(net.state_dict().keys()), "buffers": ",".join(n for n, _ in net.named_buffers()),
         "modules": ",".join(n for n, _ in net.named_modules()), "n_params": sum(p.numel() for p in net.parameters()),
         "heads": ",".join(net.heads.keys()), "head_b": repr(net.heads["b"]), "n_scales": len(net.scales),
         "get_parameter": str(tuple(net.get_parameter("heads.a.weight").shape))}
    state = net.state_dict()
    state.update({k: torch.tensor(v) for k, v in init.items()})
    r["matched"] = str(net.load_state_dict(state))
    X = torch.tensor(X_np)
    optimizer = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9)
    net.train()
    for block in net.blocks:
        block.drop.p = 0.0  # no random masks, so both libraries train alike
    for _ in range(3):
        out = net(X)
        loss = out["a"].pow(2).mean() + out["b"].abs().mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    r["running_mean"] = net.blocks[0].bn.running_mean.numpy().copy()
    r["running_var"] = net.blocks[1].bn.running_var.numpy().copy()
    r["batches_tracked"] = net.blocks[0].bn.num_batches_tracked.item()
    r["scales"] = torch.cat(list(net.scales)).detach().numpy().copy()
    net.eval()
    r["eval_dropout"] = net.blocks[1].drop.training
    with torch.no_grad():
        out = net(X)
    r["eval_a"], r["eval_b"] = out["a"].numpy().copy(), out["b"].numpy().copy()
    torch.save(net.state_dict(), path)
    restored = Net()
    restored.load_state_dict(torch.load(path))
    restored.eval()
    with torch.no_grad():
        r["restored"] = bool(torch.allclose(restored(X)["b"], out["b"]))
    for p in restored.blocks.parameters():
        p.requires_grad = False
    r["trainable"] = sum(p.numel() for p in restored.parameters() if p.requires_grad)
    dropout = nn.Dropout(0.25)
    r["dropout_values"] = sorted({round(v, 4) for v in dropout(torch.ones(1000)).tolist()})
    r["dropout_eval"] = dropout.eval()(torch.ones(3)).tolist()

    def init_weights(m):
        if isinstance(m, nn.Linear):
            nn.init.ones_(m.weight)
            nn.init.zeros_(m.bias)

    net.apply(init_weights)
    r["after_apply"] = net.heads["a"].weight.sum().item()
    return r


def dataset_loader_and_split(X_np, y_np):
    """A map-style Dataset returning dicts and NumPy pairs, TensorDataset, Subset, random_split, DataLoader with
    drop_last, a collate_fn, and a shuffling generator."""
    import numpy as np
    import torch
    from torch.utils.data import DataLoader, Dataset, Subset, TensorDataset, random_split

    class Squares(Dataset):
        def __init__(self, n):
            self.x = torch.arange(n, dtype=torch.float32)

        def __len__(self):
            return len(self.x)

        def __getitem__(self, i):
            return {"x": self.x[i], "y": self.x[i] ** 2, "i": i}

    class Pairs(Dataset):
        def __len__(self):
            return 5

        def __getitem__(self, i):
            return np.array([i, i + 1], dtype=np.float32), i % 2

    def collate(batch):
        xs, ys = zip(*batch)
        return torch.tensor(np.stack(xs)), torch.tensor(ys)

    batches = list(DataLoader(Squares(10), batch_size=4))
    data = TensorDataset(torch.tensor(X_np), torch.tensor(y_np))
    parts = random_split(data, [5, 3, 2], generator=torch.Generator().manual_seed(42))
    pairs_x, pairs_y = next(iter(DataLoader(Pairs(), batch_size=5)))
    collated_x, _ = next(iter(DataLoader(Pairs(), batch_size=2, collate_fn=collate)))
    generator = torch.Generator()
    generator.manual_seed(0)
    shuffled = DataLoader(data, batch_size=4, shuffle=True, generator=generator)
    return {"keys": ",".join(batches[0].keys()), "x": batches[0]["x"].numpy().copy(), "i": batches[-1]["i"].tolist(),
            "y_last": batches[-1]["y"].numpy().copy(), "i_dtype": str(batches[0]["i"].dtype),
            "len": len(DataLoader(Squares(10), batch_size=4)),
            "len_drop_last": len(DataLoader(Squares(10), batch_size=4, drop_last=True)),
            "first": data[0][0].numpy().copy(), "split": [len(p) for p in parts],
            "subset": Subset(data, [1, 3, 5])[1][0].numpy().copy(),
            "batch_sizes": [xb.shape[0] for xb, _ in DataLoader(data, batch_size=3)],
            "pairs_x": pairs_x.numpy().copy(), "pairs_dtype": str(pairs_x.dtype), "pairs_y": pairs_y.tolist(),
            "pairs_y_dtype": str(pairs_y.dtype), "collate_fn": collated_x.numpy().copy(),
            "shuffled_total": sum(len(xb) for xb, _ in shuffled)}


def test_tensor_manipulation_tour():
    rng = np.random.default_rng(0)
    ours, theirs = _run_both(tensor_manipulation_tour, rng.normal(size=(2, 3, 4)).astype(np.float32),
                             rng.normal(size=(4, 5)).astype(np.float32))
    _same(ours, theirs, FLOAT32)


def test_scalar_autograd_like_micrograd():
    ours, theirs = _run_both(scalar_autograd_like_micrograd)
    _same(ours, theirs, FLOAT64)
    assert ours["a.grad"] == pytest.approx(138.8338, abs=1e-4)  # micrograd's own check
    assert ours["b.grad"] == pytest.approx(645.5773, abs=1e-4)


def test_cs231n_two_layer_net():
    rng = np.random.default_rng(1)
    centers = rng.normal(0, 2, (3, 4))
    y = rng.integers(0, 3, 60)
    X = centers[y] + rng.normal(0, 1, (60, 4))
    ours, theirs = _run_both(cs231n_two_layer_net, X, y, 0.3 * rng.normal(size=(4, 10)), 0.3 * rng.normal(size=(10, 3)))
    _same(ours, theirs, FLOAT64)
    assert ours["losses"][-1] < ours["losses"][0] and ours["accuracies"][-1] > 0.7


def test_d2l_weight_decay_and_dropout():
    rng = np.random.default_rng(2)
    X = rng.normal(size=(20, 5)).astype(np.float32)
    y = (X @ np.full(5, 0.01) + 0.05).astype(np.float32)
    init = {"w": _uniform((5, 1), 0.5, 3), "hidden": _uniform((5, 4), 0.5, 4)}
    ours, theirs = _run_both(d2l_weight_decay_and_dropout, X, y, rng.random((20, 4)).astype(np.float32), init)
    _same(ours, theirs, FLOAT32)
    np.testing.assert_allclose(ours["w"], ours["w_decay"].T, rtol=1e-5)  # the penalty is weight decay


def test_losses_side_by_side():
    rng = np.random.default_rng(3)
    ours, theirs = _run_both(losses_side_by_side, rng.normal(size=(6, 4)).astype(np.float32),
                             rng.integers(0, 4, 6), rng.normal(size=(6, 4)).astype(np.float32),
                             rng.normal(size=(6, 4)).astype(np.float32))
    _same(ours, theirs, FLOAT32)


def test_optimizers_and_schedulers():
    rng = np.random.default_rng(4)
    X = rng.normal(size=(16, 3)).astype(np.float32)
    y = np.sin(X.sum(1)).astype(np.float32)
    init = {"0.weight": _uniform((5, 3), 0.5, 1), "0.bias": _uniform(5, 0.5, 2), "2.weight": _uniform((1, 5), 0.5, 3),
            "2.bias": _uniform(1, 0.5, 4)}
    ours, theirs = _run_both(optimizers_and_schedulers, X, y, init)
    _same(ours, theirs, 2e-5)  # eight float32 steps of Adam and RMSprop drift a little further apart


def test_module_containers_and_state_dict(tmp_path):
    X = np.random.default_rng(5).normal(size=(8, 4)).astype(np.float32)
    init = {"blocks.0.lin.weight": _uniform((6, 4), 0.5, 1), "blocks.1.lin.weight": _uniform((6, 6), 0.5, 3),
            "heads.a.weight": _uniform((2, 6), 0.5, 5), "heads.b.weight": _uniform((3, 6), 0.5, 7),
            "blocks.0.lin.bias": _uniform(6, 0.5, 2), "blocks.1.lin.bias": _uniform(6, 0.5, 4),
            "heads.a.bias": _uniform(2, 0.5, 6), "heads.b.bias": _uniform(3, 0.5, 8)}
    ours, theirs = _run_both(module_containers_and_state_dict, X, init, tmp_path / "net.pt")
    _same(ours, theirs, FLOAT32)
    assert "offset" in ours["state_dict"] and "scratch" not in ours["state_dict"]


def test_dataset_loader_and_split():
    rng = np.random.default_rng(6)
    ours, theirs = _run_both(dataset_loader_and_split, rng.normal(size=(10, 3)).astype(np.float32),
                             rng.integers(0, 2, 10))
    _same(ours, theirs, FLOAT32)


def test_import_lines_are_all_that_changes():
    source = textwrap.dedent(inspect.getsource(module_containers_and_state_dict))
    swapped = _swap_imports(source)
    changed = [(a, b) for a, b in zip(source.splitlines(), swapped.splitlines()) if a != b]
    assert [b.strip() for _, b in changed] == ["import mldlab as torch", "import mldlab.nn as nn",
                                              "import mldlab.nn.functional as F"]


@pytest.mark.parametrize("make, error, text", [
    (lambda lib: lib.einsum("ij,jk->ik", lib.ones(2, 3), lib.ones(4, 2)), RuntimeError, "does not fit 2 operand"),
    (lambda lib: lib.zeros(3).index_select(0, lib.tensor([5])), IndexError, "index 5 is out of range"),
    (lambda lib: lib.zeros(3, 2).scatter(1, lib.tensor([[1.0]]), 1.0), RuntimeError, "int64 tensor"),
    (lambda lib: lib.zeros(3, 2).scatter_(1, lib.tensor([[2]]), 1.0), RuntimeError, "index 2 is out of range"),
    (lambda lib: lib.zeros(3, requires_grad=True).masked_fill_(lib.tensor([True, False, True]), 1.0), RuntimeError,
     "changed in place"),
    (lambda lib: lib.nn.functional.smooth_l1_loss(lib.ones(2), lib.zeros(2), beta=-1.0), RuntimeError, "beta"),
    (lambda lib: lib.nn.HuberLoss(delta=0.0)(lib.ones(2), lib.zeros(2)), RuntimeError, "delta must be > 0"),
    (lambda lib: lib.nn.ModuleDict({"a": lib.nn.ReLU()})["b"], KeyError, "no entry named 'b'"),
    (lambda lib: lib.nn.ParameterList([lib.nn.Parameter(lib.ones(1))])[3], IndexError, "out of range"),
])
def test_new_pieces_fail_as_torch_with_a_clear_message(torch, make, error, text):
    import mldlab

    with pytest.raises(error):
        make(torch)
    with pytest.raises(error, match=text):
        make(mldlab)
    mldlab.set_language("ko")
    with pytest.raises(error, match="[\uac00-\ud7a3]"):
        make(mldlab)


def test_einsum_refuses_a_gradient_through_a_diagonal_and_computes_its_value(torch):
    import mldlab

    x = mldlab.tensor(np.arange(9.0).reshape(3, 3), requires_grad=True)
    assert mldlab.einsum("ii", x).item() == torch.einsum("ii", torch.arange(9.0).reshape(3, 3)).item() == 12.0
    with pytest.raises(RuntimeError, match="no gradient through a letter repeated"):
        mldlab.einsum("ii->i", x).sum().backward()
