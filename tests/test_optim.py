"""Tests of ``mldlab.optim``: every optimizer stepped side by side with ``torch.optim``.

One small two-layer network, ŷ = tanh(x W1ᵀ + b1) W2ᵀ + b2 with J = mean((ŷ − y)²), is written once as a
function of the library (``mldlab`` or ``torch``), so the same code drives both. Each optimizer runs 200
mini-batch steps in float64 over a matrix of options that uses every option of every optimizer, and the
parameters must agree to 1e-9 (relative). Frozen reference values pin the numbers when PyTorch is absent.
"""

import ast
import copy
import inspect
import re

import numpy as np
import pytest

import mldlab
import mldlab.optim
from mldlab.optim import SGD, Adadelta, Adagrad, Adam, AdamW, Optimizer, RMSprop

# Deterministic data and weights (no random generator, so the frozen values never depend on one).
_t = np.linspace(-2.0, 2.0, 32)
X = np.stack([_t, np.cos(np.linspace(0.0, 7.0, 32))], axis=1)
Y = np.sin(2.0 * X[:, :1]) + 0.1 * X[:, 1:]
INIT = [
    0.8 * np.sin(1.3 * np.arange(16) + 0.5).reshape(8, 2),  # w1 (8×2)
    0.1 * np.cos(np.arange(8.0)),  # b1 (8)
    0.5 * np.cos(0.7 * np.arange(8) + 0.2).reshape(1, 8),  # w2 (1×8)
    np.array([0.05]),  # b2 (1)
]
BATCHES = [np.arange(8 * k, 8 * k + 8) for k in (0, 2, 1, 3)]  # mini-batches, in a fixed order

OPTIMIZERS = {"SGD": SGD, "Adam": Adam, "AdamW": AdamW, "Adagrad": Adagrad, "Adadelta": Adadelta, "RMSprop": RMSprop}


def make_params(lib, dtype="float64"):
    """w1, b1, w2, b2 as leaf tensors with requires_grad=True."""
    return [lib.tensor(a, dtype=getattr(lib, dtype), requires_grad=True) for a in INIT]


def loss_of(lib, params, step, sign=1.0):
    """J = mean((ŷ − y)²) on mini-batch ``step`` (times ``sign``: −1 turns minimizing into maximizing)."""
    w1, b1, w2, b2 = params
    rows = BATCHES[step % len(BATCHES)]
    x = lib.tensor(X[rows], dtype=w1.dtype)
    y = lib.tensor(Y[rows], dtype=w1.dtype)
    y_hat = (x @ w1.T + b1).tanh() @ w2.T + b2
    return sign * ((y_hat - y) ** 2).mean()


def train(lib, optimizer, params, steps, start=0, sign=1.0, set_to_none=True):
    for step in range(start, start + steps):
        optimizer.zero_grad(set_to_none=set_to_none)
        loss_of(lib, params, step, sign).backward()
        optimizer.step()


def run(lib, name, options, steps=200, dtype="float64"):
    """The parameters after ``steps`` steps of optimizer ``name`` with ``options``, as NumPy arrays."""
    params = make_params(lib, dtype)
    optimizer = getattr(lib.optim, name)(params, **options)
    train(lib, optimizer, params, steps, sign=-1.0 if options.get("maximize") else 1.0)
    return [p.detach().numpy().copy() for p in params]


def assert_close(ours, theirs, rtol=1e-9):
    """Each array equal to ``rtol`` relative to its largest entry."""
    assert len(ours) == len(theirs)
    for a, b in zip(ours, theirs, strict=True):
        assert a.shape == b.shape and a.dtype == b.dtype
        assert np.all(np.abs(b) < 100), "the reference run diverged: choose gentler options"
        scale = np.max(np.abs(b))
        assert np.max(np.abs(a - b)) <= rtol * scale, f"differ by {np.max(np.abs(a - b)) / scale:.2e} (relative)"


# With maximize=True the objective is −J, so the run still trains the network (and does not blow up).
CASES = [
    ("SGD", {}),
    ("SGD", {"lr": 0.1}),
    ("SGD", {"lr": 0.03, "momentum": 0.9}),
    ("SGD", {"lr": 0.1, "momentum": 0.9, "dampening": 0.5}),
    ("SGD", {"lr": 0.05, "momentum": 0.9, "nesterov": True}),
    ("SGD", {"lr": 0.1, "weight_decay": 0.05}),
    ("SGD", {"lr": 0.1, "maximize": True}),
    ("SGD", {"lr": 0.05, "momentum": 0.8, "dampening": 0.1, "weight_decay": 0.02, "maximize": True}),
    ("SGD", {"lr": 0.05, "momentum": 0.7, "nesterov": True, "weight_decay": 0.01}),
    ("Adam", {}),
    ("Adam", {"lr": 0.01}),
    ("Adam", {"lr": 0.01, "betas": (0.8, 0.99), "eps": 1e-6}),
    ("Adam", {"lr": 0.005, "betas": (0.3, 0.9)}),  # β1 < 0.5: the other branch of torch's lerp
    ("Adam", {"lr": 0.01, "amsgrad": True}),
    ("Adam", {"lr": 0.01, "weight_decay": 0.1}),
    ("Adam", {"lr": 0.01, "weight_decay": 0.1, "decoupled_weight_decay": True}),
    ("Adam", {"lr": 0.01, "maximize": True}),
    ("Adam", {"lr": 0.02, "betas": (0.5, 0.9), "eps": 1e-4, "weight_decay": 0.05, "amsgrad": True, "maximize": True}),
    ("AdamW", {}),
    ("AdamW", {"lr": 0.01}),
    ("AdamW", {"lr": 0.01, "weight_decay": 0.1, "amsgrad": True}),
    ("AdamW", {"lr": 0.01, "betas": (0.85, 0.95), "eps": 1e-7, "maximize": True}),
    ("Adagrad", {}),
    ("Adagrad", {"lr": 0.1}),
    ("Adagrad", {"lr": 0.1, "lr_decay": 0.01}),
    ("Adagrad", {"lr": 0.1, "weight_decay": 0.1}),
    ("Adagrad", {"lr": 0.1, "initial_accumulator_value": 0.5}),
    ("Adagrad", {"lr": 0.1, "eps": 1e-3}),
    ("Adagrad", {"lr": 0.1, "maximize": True}),
    ("Adagrad", {"lr": 0.2, "lr_decay": 0.05, "weight_decay": 0.01, "initial_accumulator_value": 0.1, "eps": 1e-6}),
    ("Adadelta", {}),
    ("Adadelta", {"lr": 0.5, "rho": 0.95}),
    ("Adadelta", {"eps": 1e-4}),
    ("Adadelta", {"weight_decay": 0.1}),
    ("Adadelta", {"maximize": True}),
    ("Adadelta", {"lr": 2.0, "rho": 0.8, "eps": 1e-5, "weight_decay": 0.01, "maximize": True}),
    ("RMSprop", {}),
    ("RMSprop", {"lr": 0.001}),
    ("RMSprop", {"alpha": 0.9}),
    ("RMSprop", {"alpha": 0.3, "eps": 1e-4}),
    ("RMSprop", {"weight_decay": 0.1}),
    ("RMSprop", {"lr": 0.001, "momentum": 0.9}),
    ("RMSprop", {"centered": True}),
    ("RMSprop", {"lr": 0.002, "centered": True, "momentum": 0.5}),
    ("RMSprop", {"maximize": True}),
    ("RMSprop", {"lr": 0.003, "alpha": 0.95, "eps": 1e-6, "weight_decay": 0.01, "momentum": 0.3, "maximize": True}),
]


def _case_id(case):
    name, options = case
    return name + "(" + ", ".join(f"{k}={v}" for k, v in options.items()) + ")"


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_matches_torch_for_200_steps(torch, case):
    name, options = case
    ours, theirs = run(mldlab, name, options), run(torch, name, options)
    assert max(np.max(np.abs(b - a)) for a, b in zip(ours, INIT, strict=True)) > 1e-4  # the weights did move
    assert_close(ours, theirs)


def test_every_option_of_every_optimizer_is_in_the_matrix():
    for name, cls in OPTIMIZERS.items():
        signature = inspect.signature(cls.__init__)
        for option, parameter in signature.parameters.items():
            if option in ("self", "params"):
                continue
            used = [opts[option] for n, opts in CASES if n == name and option in opts]
            assert any(value != parameter.default for value in used), f"{name}({option}=...) is never tested"


def test_defaults_match_torch(torch):
    for name, cls in OPTIMIZERS.items():
        ours = inspect.signature(cls.__init__).parameters
        theirs = inspect.signature(getattr(torch.optim, name).__init__).parameters
        for option, parameter in ours.items():
            if option not in ("self", "params"):
                assert parameter.default == theirs[option].default, f"{name}({option}=...)"


def test_documented_defaults():
    assert inspect.signature(SGD).parameters["lr"].default == 1e-3  # PyTorch 2.13's default
    assert inspect.signature(AdamW).parameters["weight_decay"].default == 1e-2
    assert inspect.signature(Adadelta).parameters["lr"].default == 1.0
    assert inspect.signature(RMSprop).parameters["lr"].default == 1e-2
    for name, cls in OPTIMIZERS.items():
        doc = cls.__doc__
        for option, parameter in inspect.signature(cls).parameters.items():
            if option == "params":
                continue
            entry = doc.index(f"\n    {option} : ")
            documented = re.search(r"\(default: (\(.*?\)|[^,)]+)", doc[entry:]).group(1)
            assert ast.literal_eval(documented) == parameter.default, f"{name}: {option}"


def test_maximize_of_minus_loss_equals_minimize():
    """maximize=True on −J takes the same steps as minimizing J."""
    for name, options in [("SGD", {"lr": 0.03, "momentum": 0.9}), ("Adam", {"lr": 0.01}), ("RMSprop", {})]:
        plain = run(mldlab, name, options, steps=30)
        flipped = run(mldlab, name, {**options, "maximize": True}, steps=30)
        assert_close(flipped, plain, rtol=1e-12)


def test_adamw_is_adam_with_decoupled_weight_decay():
    options = {"lr": 0.01, "weight_decay": 0.1}
    adamw = run(mldlab, "AdamW", options, steps=50)
    assert_close(adamw, run(mldlab, "Adam", {**options, "decoupled_weight_decay": True}, steps=50), rtol=0)
    assert not np.allclose(adamw[0], run(mldlab, "Adam", options, steps=50)[0])
    optimizer = AdamW(make_params(mldlab))
    optimizer.load_state_dict(Adam(make_params(mldlab)).state_dict())  # a dict saying decoupled_weight_decay=False
    assert optimizer.param_groups[0]["decoupled_weight_decay"] is True


# w1[0, 0], w1[5, 1], b1[3], w2[0, 6], b2[0] after 20 steps, computed once with torch 2.13 (float64).
FROZEN_STEPS = 20
FROZEN = [
    (
        "SGD",
        {"lr": 0.1, "momentum": 0.9, "dampening": 0.1, "weight_decay": 0.01},
        (0.4839758307554087, 0.18716964539423336, -0.1783990031309561, -0.1189709004483959, -0.443386095591764),
    ),
    (
        "SGD",
        {"lr": 0.05, "momentum": 0.9, "nesterov": True},
        (0.6190455446370553, 0.5075071908627783, -0.19287163372252955, -0.006745032996784234, -0.44773941965379843),
    ),
    (
        "Adam",
        {"lr": 0.01, "betas": (0.8, 0.99), "weight_decay": 0.1, "amsgrad": True},
        (0.39246363349889446, 0.49788451236965586, -0.0718474278583829, -0.1764719266031306, 0.01166896920791648),
    ),
    (
        "AdamW",
        {"lr": 0.01, "weight_decay": 0.1},
        (0.43326822894614697, 0.5558851279244457, -0.07890649863343108, -0.1787085911592435, 0.013529113852605483),
    ),
    (
        "Adagrad",
        {"lr": 0.1, "lr_decay": 0.01, "initial_accumulator_value": 0.1},
        (0.4324963404743716, 0.5675163000068133, -0.0890489749306869, -0.1398579809692648, -0.07119888957229278),
    ),
    (
        "Adadelta",
        {"rho": 0.95, "weight_decay": 0.01},
        (0.4119721172051321, 0.5989377375855608, -0.0844897617823215, -0.1648021400184337, 0.023301946320606337),
    ),
    (
        "RMSprop",
        {"lr": 0.002, "momentum": 0.5, "centered": True},
        (0.43644932607562575, 0.5598731416819371, -0.06294057320099997, -0.15671828975563498, -0.004535975422908404),
    ),
]


def _frozen_values(params):
    w1, b1, w2, b2 = params
    return (w1[0, 0], w1[5, 1], b1[3], w2[0, 6], b2[0])


@pytest.mark.parametrize("case", FROZEN, ids=[_case_id(c[:2]) for c in FROZEN])
def test_frozen_reference_values(case):
    name, options, expected = case
    values = _frozen_values(run(mldlab, name, options, steps=FROZEN_STEPS))
    np.testing.assert_allclose(values, expected, rtol=1e-10, atol=0)
    assert not np.allclose(values, _frozen_values(INIT), rtol=1e-3)  # the weights did move


def test_frozen_values_are_torchs(torch):
    for name, options, expected in FROZEN:
        np.testing.assert_allclose(_frozen_values(run(torch, name, options, steps=FROZEN_STEPS)), expected, rtol=1e-12)


def test_parameter_groups_with_their_own_options(torch):
    def build(lib):
        w1, b1, w2, b2 = params = make_params(lib)
        groups = [{"params": [w1, b1], "lr": 0.2}, {"params": [w2, b2], "lr": 0.01, "nesterov": True}]
        return params, lib.optim.SGD(groups, lr=0.1, momentum=0.9)

    (ours, our_opt), (theirs, their_opt) = build(mldlab), build(torch)
    assert [g["lr"] for g in our_opt.param_groups] == [0.2, 0.01]
    assert [g["momentum"] for g in our_opt.param_groups] == [0.9, 0.9]  # from the defaults
    assert [g["nesterov"] for g in our_opt.param_groups] == [False, True]
    train(mldlab, our_opt, ours, 100)
    train(torch, their_opt, theirs, 100)
    assert_close([p.detach().numpy() for p in ours], [p.detach().numpy() for p in theirs])


def test_add_param_group(torch):
    def build(lib):
        w1, b1, w2, b2 = params = make_params(lib)
        optimizer = lib.optim.Adam([w1, b1], lr=0.01)
        optimizer.add_param_group({"params": [w2, b2], "lr": 0.003, "amsgrad": True})
        return params, optimizer

    (ours, our_opt), (theirs, their_opt) = build(mldlab), build(torch)
    assert our_opt.param_groups[1]["betas"] == (0.9, 0.999) and our_opt.param_groups[1]["amsgrad"] is True
    train(mldlab, our_opt, ours, 100)
    train(torch, their_opt, theirs, 100)
    assert_close([p.detach().numpy() for p in ours], [p.detach().numpy() for p in theirs])


def test_generator_and_single_tensor_groups():
    w1, b1, w2, b2 = params = make_params(mldlab)
    optimizer = SGD((p for p in params), lr=0.1)
    assert all(a is b for a, b in zip(optimizer.param_groups[0]["params"], params, strict=True))
    optimizer = SGD([{"params": w1}, {"params": (b1, w2)}], lr=0.1)
    assert [len(g["params"]) for g in optimizer.param_groups] == [1, 2]


def test_parameters_without_grad_are_skipped(torch):
    def build(lib):
        params = make_params(lib)
        unused = lib.tensor([1.0, -2.0], dtype=lib.float64, requires_grad=True)
        return params, unused, lib.optim.Adam([*params, unused], lr=0.01, weight_decay=0.1)

    for lib in (mldlab, torch):
        params, unused, optimizer = build(lib)
        train(lib, optimizer, params, 5)
        assert unused.grad is None
        assert unused.tolist() == [1.0, -2.0]  # weight decay did not touch it either
        assert unused not in optimizer.state or len(optimizer.state[unused]) == 0
        assert optimizer.state[params[0]]["step"] == 5


@pytest.mark.parametrize("set_to_none", [True, False])
def test_zero_grad(torch, set_to_none):
    """An extra weight is used only in the first 3 steps. With set_to_none=True its grad is then None and it
    stops; with False its grad is 0 and momentum keeps moving it. Both as in PyTorch."""

    def final(lib):
        params = make_params(lib)
        extra = lib.tensor([0.5, -1.5], dtype=lib.float64, requires_grad=True)
        optimizer = lib.optim.SGD([*params, extra], lr=0.1, momentum=0.9)
        for step in range(10):
            optimizer.zero_grad(set_to_none=set_to_none)
            loss = loss_of(lib, params, step)
            if step < 3:
                loss = loss + (extra**2).sum()
            loss.backward()
            optimizer.step()
        return params, extra, optimizer

    params, extra, optimizer = final(mldlab)
    their_params, their_extra, _ = final(torch)
    assert_close(
        [p.detach().numpy() for p in [*params, extra]], [p.detach().numpy() for p in [*their_params, their_extra]]
    )

    grad = params[0].grad
    optimizer.zero_grad(set_to_none=set_to_none)
    if set_to_none:
        assert params[0].grad is None and extra.grad is None
    else:
        assert params[0].grad is grad and not params[0].grad.requires_grad
        assert np.all(params[0].grad.numpy() == 0) and np.all(extra.grad.numpy() == 0)


def test_zero_grad_flag_changes_the_result():
    def extra_after(set_to_none):
        extra = mldlab.tensor([0.5], dtype=mldlab.float64, requires_grad=True)
        optimizer = SGD([extra], lr=0.1, momentum=0.9)
        for step in range(6):
            optimizer.zero_grad(set_to_none=set_to_none)
            if step < 2:
                (extra**2).sum().backward()
            optimizer.step()
        return extra.item()

    assert extra_after(True) != extra_after(False)


def test_step_with_closure(torch):
    def go(lib):
        params = make_params(lib)
        optimizer = lib.optim.SGD(params, lr=0.05, momentum=0.5)
        losses = []
        for step in range(20):

            def closure():
                optimizer.zero_grad()
                loss = loss_of(lib, params, step)
                loss.backward()
                return loss

            with lib.no_grad():  # the closure still records its graph: step() turns gradients on for it
                losses.append(optimizer.step(closure).item())
        return params, losses

    (ours, our_losses), (theirs, their_losses) = go(mldlab), go(torch)
    np.testing.assert_allclose(our_losses, their_losses, rtol=1e-12)
    assert our_losses[16] < our_losses[0]  # the same mini-batch, 16 steps later
    assert_close([p.detach().numpy() for p in ours], [p.detach().numpy() for p in theirs])
    assert SGD(make_params(mldlab)).step() is None


def test_float32_stays_float32(torch):
    for name, options in [
        ("SGD", {"lr": 0.03, "momentum": 0.9, "weight_decay": 0.01}),
        ("Adam", {"lr": 0.01, "amsgrad": True, "weight_decay": 0.01}),
        ("AdamW", {"lr": 0.01}),
        ("Adagrad", {"lr": 0.1, "lr_decay": 0.01}),
        ("Adadelta", {"weight_decay": 0.01}),
        ("RMSprop", {"centered": True, "momentum": 0.5, "weight_decay": 0.01}),
    ]:
        params = make_params(mldlab, "float32")
        optimizer = getattr(mldlab.optim, name)(params, **options)
        train(mldlab, optimizer, params, 200)
        assert all(p.dtype == np.float32 for p in params), name
        for state in optimizer.state.values():
            for key, value in state.items():
                if key != "step":
                    assert value.dtype == np.float32, (name, key)
        ours = [p.detach().numpy() for p in params]
        assert_close(ours, run(torch, name, options, dtype="float32"), rtol=1e-4)


STATEFUL = [
    ("SGD", {"lr": 0.03, "momentum": 0.9, "dampening": 0.1}),
    ("SGD", {"lr": 0.1}),
    ("Adam", {"lr": 0.01, "amsgrad": True}),
    ("AdamW", {"lr": 0.01, "weight_decay": 0.1}),
    ("Adagrad", {"lr": 0.1, "lr_decay": 0.01}),
    ("Adadelta", {"rho": 0.95}),
    ("RMSprop", {"lr": 0.002, "momentum": 0.5, "centered": True}),
]


@pytest.mark.parametrize("case", STATEFUL, ids=[_case_id(c) for c in STATEFUL])
def test_state_dict_round_trip(torch, case):
    """Save after 80 steps, load into a fresh optimizer on copies of the weights, go on for 120 steps."""
    name, options = case
    params = make_params(mldlab)
    optimizer = getattr(mldlab.optim, name)(params, **options)
    train(mldlab, optimizer, params, 80)
    saved = copy.deepcopy(optimizer.state_dict())

    fresh_params = [mldlab.tensor(p.detach().numpy(), dtype=mldlab.float64, requires_grad=True) for p in params]
    fresh = getattr(mldlab.optim, name)(fresh_params, **options)
    fresh.load_state_dict(saved)
    for i, (p, q) in enumerate(zip(params, fresh_params, strict=True)):
        for key, value in fresh.state[q].items():
            if key != "step":
                assert not np.shares_memory(value.numpy(), saved["state"][i][key].numpy())
                assert not np.shares_memory(value.numpy(), optimizer.state[p][key].numpy())
    train(mldlab, fresh, fresh_params, 120, start=80)

    their_params = make_params(torch)
    their_opt = getattr(torch.optim, name)(their_params, **options)
    train(torch, their_opt, their_params, 80)
    theirs = their_opt.state_dict()
    assert_same_format(saved, theirs)
    train(torch, their_opt, their_params, 120, start=80)
    assert_close([p.detach().numpy() for p in fresh_params], [p.detach().numpy() for p in their_params])


TORCH_ONLY_OPTIONS = {"foreach", "fused", "differentiable", "capturable"}


def assert_same_format(ours, theirs):
    """Same state keys per parameter index (same values), same group options (ignoring torch's device flags)."""
    assert set(ours) == set(theirs) == {"state", "param_groups"}
    nonempty = {k: v for k, v in ours["state"].items() if v}
    assert set(nonempty) == set(theirs["state"])
    for index, state in theirs["state"].items():
        assert set(nonempty[index]) == set(state)
        for key, value in state.items():
            if key == "step":
                assert nonempty[index][key] == int(value.item())
            else:
                np.testing.assert_allclose(nonempty[index][key].numpy(), value.numpy(), rtol=1e-9, atol=1e-15)
    assert len(ours["param_groups"]) == len(theirs["param_groups"])
    for mine, group in zip(ours["param_groups"], theirs["param_groups"], strict=True):
        assert mine == {k: v for k, v in group.items() if k not in TORCH_ONLY_OPTIONS}


def test_state_dict_with_groups_and_names(torch):
    def build(lib):
        w1, b1, w2, b2 = make_params(lib)
        named = [{"params": [("W1", w1), ("b1", b1)]}, {"params": [("W2", w2), ("b2", b2)], "lr": 0.05}]
        optimizer = lib.optim.RMSprop(named, lr=0.01, momentum=0.9)
        train(lib, optimizer, [w1, b1, w2, b2], 10)
        return optimizer

    ours, theirs = build(mldlab).state_dict(), build(torch).state_dict()
    assert ours["param_groups"][1]["params"] == [2, 3]
    assert ours["param_groups"][1]["param_names"] == ["W2", "b2"]
    assert_same_format(ours, theirs)


def test_load_state_dict_takes_group_options_and_converts_dtype():
    params = make_params(mldlab)
    optimizer = Adam(params, lr=0.01)
    train(mldlab, optimizer, params, 3)
    saved = optimizer.state_dict()
    saved["param_groups"][0]["lr"] = 0.123
    params32 = make_params(mldlab, "float32")
    fresh = Adam(params32, lr=0.5)
    fresh.load_state_dict(saved)
    assert fresh.param_groups[0]["lr"] == 0.123
    assert fresh.param_groups[0]["params"][0] is params32[0]
    assert fresh.state[params32[0]]["exp_avg"].dtype == np.float32
    assert fresh.state[params32[0]]["step"] == 3


def test_adagrad_state_exists_from_the_start(torch):
    for lib in (mldlab, torch):
        params = make_params(lib)
        optimizer = lib.optim.Adagrad(params, initial_accumulator_value=0.25)
        state = optimizer.state[params[0]]
        assert float(state["step"]) == 0
        assert np.all(state["sum"].numpy() == 0.25)


def test_repr_matches_torch(torch):
    for name, options in [("SGD", {"lr": 0.1, "momentum": 0.9}), ("Adam", {}), ("RMSprop", {"centered": True})]:
        ours = repr(getattr(mldlab.optim, name)(make_params(mldlab), **options))
        theirs = repr(getattr(torch.optim, name)(make_params(torch), **options))
        theirs = "\n".join(line for line in theirs.splitlines() if line.strip().split(":")[0] not in TORCH_ONLY_OPTIONS)
        assert ours == theirs


def _ko(function, *args, **kwargs):
    """The message of the exception raised by ``function`` with Korean messages on."""
    mldlab.set_language("ko")
    try:
        with pytest.raises((ValueError, TypeError, KeyError)) as info:
            function(*args, **kwargs)
    finally:
        mldlab.set_language("en")
    return str(info.value)


def test_empty_parameter_list():
    with pytest.raises(ValueError, match=r"SGD: optimizer got an empty parameter list.*model\.parameters\(\)"):
        SGD([], lr=0.1)
    used_up = iter(make_params(mldlab))
    list(used_up)
    with pytest.raises(ValueError, match="empty parameter list.*only once"):
        Adam(used_up)
    assert "빈 파라미터 목록" in _ko(SGD, [], lr=0.1)


@pytest.mark.parametrize(
    ("cls", "options", "text"),
    [
        (SGD, {"lr": -0.1}, "SGD: lr must be >= 0, got -0.1"),
        (SGD, {"momentum": -0.5}, "SGD: momentum must be >= 0, got -0.5"),
        (SGD, {"weight_decay": -1e-4}, "SGD: weight_decay must be >= 0, got -0.0001"),
        (Adam, {"lr": -0.1}, "Adam: lr must be >= 0, got -0.1"),
        (Adam, {"eps": -1e-8}, "Adam: eps must be >= 0, got -1e-08"),
        (Adam, {"betas": (1.0, 0.999)}, "Adam: betas[0] must be in [0, 1), got 1.0"),
        (Adam, {"betas": (0.9, -0.1)}, "Adam: betas[1] must be in [0, 1), got -0.1"),
        (Adam, {"weight_decay": -0.1}, "Adam: weight_decay must be >= 0, got -0.1"),
        (AdamW, {"lr": float("nan")}, "AdamW: lr must be >= 0, got nan"),
        (AdamW, {"betas": (0.9, 1.5)}, "AdamW: betas[1] must be in [0, 1), got 1.5"),
        (Adagrad, {"lr": -1}, "Adagrad: lr must be >= 0, got -1"),
        (Adagrad, {"lr_decay": -0.1}, "Adagrad: lr_decay must be >= 0, got -0.1"),
        (Adagrad, {"weight_decay": -0.1}, "Adagrad: weight_decay must be >= 0, got -0.1"),
        (Adagrad, {"initial_accumulator_value": -0.1}, "Adagrad: initial_accumulator_value must be >= 0, got -0.1"),
        (Adagrad, {"eps": -0.1}, "Adagrad: eps must be >= 0, got -0.1"),
        (Adadelta, {"lr": -0.1}, "Adadelta: lr must be >= 0, got -0.1"),
        (Adadelta, {"rho": 1.1}, "Adadelta: rho must be in [0, 1], got 1.1"),
        (Adadelta, {"eps": -0.1}, "Adadelta: eps must be >= 0, got -0.1"),
        (Adadelta, {"weight_decay": -0.1}, "Adadelta: weight_decay must be >= 0, got -0.1"),
        (RMSprop, {"lr": -0.1}, "RMSprop: lr must be >= 0, got -0.1"),
        (RMSprop, {"alpha": -0.1}, "RMSprop: alpha must be >= 0, got -0.1"),
        (RMSprop, {"eps": -0.1}, "RMSprop: eps must be >= 0, got -0.1"),
        (RMSprop, {"momentum": -0.1}, "RMSprop: momentum must be >= 0, got -0.1"),
        (RMSprop, {"weight_decay": -0.1}, "RMSprop: weight_decay must be >= 0, got -0.1"),
    ],
)
def test_invalid_options(torch, cls, options, text):
    with pytest.raises(ValueError) as info:
        cls(make_params(mldlab), **options)
    assert str(info.value).startswith(text)
    with pytest.raises(ValueError):  # torch refuses the same values
        getattr(torch.optim, cls.__name__)(make_params(torch), **options)
    korean = _ko(cls, make_params(mldlab), **options)
    assert korean.startswith(cls.__name__ + ":") and "입니다" in korean


def test_valid_edge_values_are_accepted():
    params = make_params(mldlab)
    Adam(params, lr=0.0, betas=(0.0, 0.0), eps=0.0)
    Adadelta(params, rho=1.0)
    Adadelta(params, rho=0.0)
    RMSprop(params, alpha=2.0)  # like torch, no upper bound on alpha


def test_nesterov_needs_momentum_and_no_dampening():
    with pytest.raises(ValueError, match=r"SGD: nesterov=True requires momentum > 0 and dampening = 0, got momentum=0"):
        SGD(make_params(mldlab), lr=0.1, nesterov=True)
    with pytest.raises(ValueError, match="dampening=0.5"):
        SGD(make_params(mldlab), lr=0.1, momentum=0.9, dampening=0.5, nesterov=True)
    assert "nesterov=True에는" in _ko(SGD, make_params(mldlab), nesterov=True)


def test_bad_params():
    w1, b1, w2, b2 = make_params(mldlab)
    with pytest.raises(TypeError, match=r"got a single Tensor.*\[w\]"):
        SGD(w1)
    with pytest.raises(TypeError, match="can only optimize tensors, but one of the params is ndarray"):
        SGD([w1, np.zeros(3)])
    with pytest.raises(ValueError, match="can't optimize a non-leaf tensor.*'mul'"):
        SGD([w1 * 2])
    with pytest.raises(ValueError, match="more than one parameter group"):
        SGD([{"params": [w1, b1]}, {"params": [b1, w2]}])
    with pytest.raises(TypeError, match="ordered collection"):
        SGD([{"params": {w1, b1}}])
    with pytest.raises(TypeError, match="must be a dict"):
        SGD([{"params": [w1]}, [b1]])
    with pytest.raises(KeyError, match="needs a 'params' entry"):
        SGD([{"lr": 0.1}])
    with pytest.warns(UserWarning, match="more than once"):
        SGD([w1, w1])
    SGD([mldlab.zeros(3)])  # a tensor that does not require grad is accepted (as in torch): it never has a grad
    assert "둘 이상의 파라미터 그룹" in _ko(SGD, [{"params": [w1]}, {"params": [w1]}])
    assert "텐서만" in _ko(SGD, [3.0])


def test_load_state_dict_errors():
    w1, b1, w2, b2 = make_params(mldlab)
    saved = Adam([{"params": [w1, b1]}, {"params": [w2, b2]}]).state_dict()
    with pytest.raises(ValueError, match="has 2 parameter group.*this optimizer has 1"):
        Adam([w1, b1, w2, b2]).load_state_dict(saved)
    with pytest.raises(ValueError, match="group 1 of the state dict has 2 parameter.*group 1 has 1"):
        Adam([{"params": [w1, b1]}, {"params": [w2]}]).load_state_dict(saved)

    optimizer = Adam([w1, b1])
    (w1.sum() + b1.sum()).backward()
    optimizer.step()
    swapped = Adam([b1, w1])
    with pytest.raises(ValueError, match=r"state 'exp_avg' of parameter 0 has shape \(8, 2\).*shape \(8,\)"):
        swapped.load_state_dict(optimizer.state_dict())
    assert "그룹이 2개" in _ko(Adam([w1, b1, w2, b2]).load_state_dict, saved)


def test_optimizer_base_is_abstract():
    with pytest.raises(NotImplementedError):
        Optimizer(make_params(mldlab), {"lr": 0.1}).step()


def test_messages_exist_in_both_languages_with_the_same_placeholders():
    import pathlib
    import string

    from mldlab.i18n import MESSAGES
    from mldlab.i18n import optim as optim_messages

    for key, texts in optim_messages.MESSAGES.items():
        fields = [{f[1] for f in string.Formatter().parse(texts[lang]) if f[1]} for lang in ("en", "ko")]
        assert fields[0] == fields[1], key
    source = "".join(p.read_text() for p in pathlib.Path(mldlab.optim.__file__).parent.rglob("*.py"))
    used = set(re.findall(r'message\(\s*"(\w+)"', source))
    assert len(used) > 20 and used <= set(MESSAGES), used - set(MESSAGES)
