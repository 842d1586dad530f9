"""Tests of ``mldlab.optim.lr_scheduler``: each scheduler side by side with PyTorch's for 200 epochs, and
ReduceLROnPlateau driven by scripted metric values."""

import copy
import inspect
import math

import numpy as np
import pytest

import mldlab
import mldlab.optim
from mldlab.optim.lr_scheduler import (
    CosineAnnealingLR,
    ExponentialLR,
    LRScheduler,
    OneCycleLR,
    ReduceLROnPlateau,
    StepLR,
)

LRS = (0.1, 0.03)  # two parameter groups with different learning rates


def make_optimizer(lib, lrs=LRS, optimizer="SGD"):
    groups = [{"params": [lib.zeros(3, requires_grad=True)], "lr": lr} for lr in lrs]
    return getattr(lib.optim, optimizer)(groups, lr=0.5)


def schedule(lib, name, options, epochs=200, lrs=LRS):
    """get_last_lr() and the groups' lrs at each epoch, stepping the optimizer then the scheduler."""
    optimizer = make_optimizer(lib, lrs)
    scheduler = getattr(lib.optim.lr_scheduler, name)(optimizer, **options)
    seen = []
    for _ in range(epochs):
        seen.append(list(scheduler.get_last_lr()))
        assert [g["lr"] for g in optimizer.param_groups] == seen[-1]
        optimizer.step()
        scheduler.step()
    return np.array(seen)


def assert_lrs_equal(ours, theirs):
    assert ours.shape == theirs.shape
    np.testing.assert_allclose(ours, theirs, rtol=1e-12, atol=1e-12 * max(LRS))


CASES = [
    ("StepLR", {"step_size": 7}),
    ("StepLR", {"step_size": 30, "gamma": 0.5}),
    ("ExponentialLR", {"gamma": 0.97}),
    ("CosineAnnealingLR", {"T_max": 30}),
    ("CosineAnnealingLR", {"T_max": 25, "eta_min": 0.01}),
    ("CosineAnnealingLR", {"T_max": 200, "eta_min": 1e-4}),
    ("MultiStepLR", {"milestones": [30, 80, 80, 150]}),
    ("MultiStepLR", {"milestones": (10, 20, 40), "gamma": 0.5}),
    ("LambdaLR", {"lr_lambda": lambda epoch: 0.95**epoch}),
    ("LambdaLR", {"lr_lambda": [lambda epoch: 1 / (epoch + 1), lambda epoch: min(1.0, (epoch + 1) / 10)]}),
    ("CosineAnnealingWarmRestarts", {"T_0": 10}),
    ("CosineAnnealingWarmRestarts", {"T_0": 5, "T_mult": 2, "eta_min": 0.001}),
    ("CosineAnnealingWarmRestarts", {"T_0": 3, "T_mult": 3}),
]
ONE_CYCLE = [
    {"max_lr": 1.0, "total_steps": 200},
    {"max_lr": [0.5, 0.2], "total_steps": 250, "anneal_strategy": "linear"},
    {"max_lr": 0.3, "epochs": 20, "steps_per_epoch": 10, "pct_start": 0.25, "div_factor": 10.0,
     "final_div_factor": 100.0},
    {"max_lr": 0.8, "total_steps": 200, "three_phase": True},
    {"max_lr": 0.8, "total_steps": 300, "three_phase": True, "anneal_strategy": "linear", "pct_start": 0.4},
    {"max_lr": 0.1, "total_steps": 200, "cycle_momentum": False},
    {"max_lr": 0.1, "total_steps": 201, "base_momentum": [0.8, 0.7], "max_momentum": 0.99},
]


@pytest.mark.parametrize("case", CASES, ids=[f"{n}{o}" for n, o in CASES])
def test_matches_torch_for_200_epochs(torch, case):
    name, options = case
    ours, theirs = schedule(mldlab, name, options), schedule(torch, name, options)
    assert len(np.unique(ours[:, 0])) > 3  # the lr did change
    assert_lrs_equal(ours, theirs)


def test_closed_forms():
    """Without other changes to the lr, the chained updates give the closed forms of the docstrings."""
    t = np.arange(200)[:, None]
    eta_0 = np.array(LRS)
    np.testing.assert_allclose(schedule(mldlab, "StepLR", {"step_size": 7, "gamma": 0.5}), eta_0 * 0.5 ** (t // 7))
    np.testing.assert_allclose(schedule(mldlab, "ExponentialLR", {"gamma": 0.97}), eta_0 * 0.97**t, rtol=1e-12)
    eta_min = 0.01
    cosine = eta_min + (eta_0 - eta_min) * (1 + np.cos(np.pi * t / 25)) / 2
    np.testing.assert_allclose(
        schedule(mldlab, "CosineAnnealingLR", {"T_max": 25, "eta_min": eta_min}), cosine, rtol=1e-9, atol=1e-12
    )


def test_cosine_frozen_values():
    lrs = schedule(mldlab, "CosineAnnealingLR", {"T_max": 4}, epochs=10, lrs=(1.0,))[:, 0]
    expected = [
        1.0,
        0.8535533905932737,
        0.5,
        0.14644660940672627,
        0.0,
        0.1464466094067262,
        0.5000000000000001,
        0.8535533905932742,
    ]
    assert list(lrs[:8]) == expected  # bit for bit: the same float operations as PyTorch


def test_initial_lr_and_base_lrs():
    optimizer = make_optimizer(mldlab)
    scheduler = StepLR(optimizer, step_size=2)
    assert [g["initial_lr"] for g in optimizer.param_groups] == list(LRS)
    assert scheduler.base_lrs == list(LRS)
    assert scheduler.last_epoch == 0
    assert scheduler.get_last_lr() == list(LRS)
    optimizer.param_groups[0]["initial_lr"] = 7.0  # an existing initial_lr is kept (setdefault), as in torch
    assert ExponentialLR(optimizer, gamma=0.5).base_lrs == [7.0, LRS[1]]


@pytest.mark.parametrize("case", CASES, ids=[f"{n}{o}" for n, o in CASES])
def test_resume_with_last_epoch(torch, case):
    """A scheduler made with last_epoch=k on an optimizer that has 'initial_lr' continues as PyTorch's does."""
    name, options = case

    def resumed(lib):
        optimizer = make_optimizer(lib)
        for group, lr in zip(optimizer.param_groups, (0.07, 0.02), strict=True):
            group["initial_lr"] = group["lr"]
            group["lr"] = lr
        scheduler = getattr(lib.optim.lr_scheduler, name)(optimizer, last_epoch=13, **options)
        seen = []
        for _ in range(60):
            seen.append(list(scheduler.get_last_lr()))
            optimizer.step()
            scheduler.step()
        return np.array(seen), scheduler.last_epoch

    (ours, our_epoch), (theirs, their_epoch) = resumed(mldlab), resumed(torch)
    assert our_epoch == their_epoch == 74  # 13, then 1 for the initial step, then 60
    assert_lrs_equal(ours, theirs)


@pytest.mark.parametrize("case", CASES, ids=[f"{n}{o}" for n, o in CASES])
def test_state_dict_round_trip(torch, case):
    """Save optimizer and scheduler after 50 epochs, load both into fresh ones, go on: same lrs as one run."""
    name, options = case
    optimizer = make_optimizer(mldlab)
    scheduler = getattr(mldlab.optim.lr_scheduler, name)(optimizer, **options)
    for _ in range(50):
        optimizer.step()
        scheduler.step()
    saved_optimizer, saved_scheduler = copy.deepcopy(optimizer.state_dict()), scheduler.state_dict()

    fresh_optimizer = make_optimizer(mldlab, lrs=(1.0, 1.0))
    fresh = getattr(mldlab.optim.lr_scheduler, name)(fresh_optimizer, **options)
    fresh_optimizer.load_state_dict(saved_optimizer)
    fresh.load_state_dict(saved_scheduler)
    assert fresh.last_epoch == 50 and fresh.base_lrs == list(LRS)
    assert fresh.base_lrs is not scheduler.base_lrs  # a copy
    seen = []
    for _ in range(150):
        seen.append(list(fresh.get_last_lr()))
        fresh_optimizer.step()
        fresh.step()
    assert_lrs_equal(np.array(seen), schedule(torch, name, options)[50:])

    their_optimizer = make_optimizer(torch)
    theirs = getattr(torch.optim.lr_scheduler, name)(their_optimizer, **options)
    for _ in range(50):
        their_optimizer.step()
        theirs.step()
    their_state = {k: v for k, v in theirs.state_dict().items() if k != "_get_lr_called_within_step"}
    assert saved_scheduler == their_state


def test_get_last_lr_returns_the_lrs_set():
    optimizer = make_optimizer(mldlab)
    scheduler = ExponentialLR(optimizer, gamma=0.5)
    optimizer.step()
    scheduler.step()
    assert scheduler.get_last_lr() == [0.05, 0.015]
    assert scheduler.last_epoch == 1


def test_scheduler_with_adam(torch):
    ours = schedule(mldlab, "CosineAnnealingLR", {"T_max": 10})
    optimizer = make_optimizer(mldlab, optimizer="Adam")
    scheduler = CosineAnnealingLR(optimizer, T_max=10)
    for epoch in range(30):
        assert scheduler.get_last_lr() == list(ours[epoch])
        optimizer.step()
        scheduler.step()


# A validation loss: improvements large and tiny (below the default threshold), ties and plateaus. In mode
# 'max' the tests feed its mirror image 2 − loss (an accuracy-like curve).
METRICS = [
    1.0, 0.9, 0.95, 0.9, 0.91, 0.92, 0.85, 0.8499, 0.86, 0.87, 0.88, 0.84, 0.9, 0.95, 0.96,
    0.7, 0.71, 0.72, 0.73, 0.74, 0.75, 0.69, 0.69, 0.6901, 0.6899, 0.5, 0.5, 0.5, 0.5, 0.5,
    0.498, 0.497, 0.496, 0.4955, 0.4955, 0.4955, 0.495, 0.3, 0.3, 0.3,
]  # fmt: skip

PLATEAU_CASES = [
    {},
    {"patience": 0},
    {"patience": 2},
    {"patience": 1, "factor": 0.5},
    {"patience": 1, "threshold": 0.05},
    {"patience": 1, "threshold_mode": "abs"},
    {"patience": 1, "threshold_mode": "abs", "threshold": 0.02},
    {"patience": 1, "threshold_mode": "abs", "threshold": 0.0},
    {"patience": 1, "cooldown": 2},
    {"patience": 0, "cooldown": 3, "factor": 0.5},
    {"patience": 0, "min_lr": 0.01},
    {"patience": 0, "min_lr": [0.02, 0.001], "factor": 0.3},
    {"patience": 0, "eps": 0.01},
    {"mode": "max", "patience": 1},
    {"mode": "max", "patience": 1, "threshold_mode": "abs", "threshold": 0.0},
    {"mode": "max", "patience": 0, "threshold_mode": "abs", "threshold": 0.01, "cooldown": 1},
    {"mode": "max", "patience": 2, "threshold": 0.1, "min_lr": 0.005, "factor": 0.2},
]


def plateau(lib, options, metrics=None):
    """lrs and the counters (best, num_bad_epochs, cooldown_counter, last_epoch) after each metric."""
    if metrics is None:
        metrics = [2 - m for m in METRICS] if options.get("mode") == "max" else METRICS
    optimizer = make_optimizer(lib)
    scheduler = lib.optim.lr_scheduler.ReduceLROnPlateau(optimizer, **options)
    seen = []
    for value in metrics:
        scheduler.step(value)
        lrs = scheduler.get_last_lr()
        assert lrs == [g["lr"] for g in optimizer.param_groups]
        seen.append((*lrs, scheduler.best, scheduler.num_bad_epochs, scheduler.cooldown_counter, scheduler.last_epoch))
    return np.array(seen)


@pytest.mark.parametrize("options", PLATEAU_CASES, ids=[str(o) for o in PLATEAU_CASES])
def test_plateau_matches_torch(torch, options):
    ours, theirs = plateau(mldlab, options), plateau(torch, options)
    np.testing.assert_array_equal(ours, theirs)


def test_plateau_cases_reduce_the_lr():
    for options in PLATEAU_CASES:
        if options:
            lrs = plateau(mldlab, options)[:, 0]
            assert lrs[-1] < LRS[0], options


def test_every_plateau_option_is_in_the_matrix():
    defaults = {
        "mode": "min",
        "factor": 0.1,
        "patience": 10,
        "threshold": 1e-4,
        "threshold_mode": "rel",
        "cooldown": 0,
        "min_lr": 0,
        "eps": 1e-8,
    }
    signature = inspect.signature(ReduceLROnPlateau).parameters
    assert {k: v.default for k, v in signature.items() if k != "optimizer"} == defaults
    for option, default in defaults.items():
        assert any(case.get(option, default) != default for case in PLATEAU_CASES), option


def test_plateau_pinned_sequence():
    """patience=1, factor=0.5, cooldown=1 on a short script, checked by hand."""
    optimizer = make_optimizer(mldlab, lrs=(1.0,))
    scheduler = ReduceLROnPlateau(optimizer, patience=1, factor=0.5, cooldown=1)
    lrs = []
    for value in [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.5, 0.6, 0.6, 0.6]:
        scheduler.step(value)
        lrs.append(scheduler.get_last_lr()[0])
    # epochs 2, 3 bad → 0.5 (2 > patience); 4 in the cooldown; 5, 6 bad → 0.25; 7 better (cooldown); 8, 9 bad → 0.125
    assert lrs == [1.0, 1.0, 0.5, 0.5, 0.5, 0.25, 0.25, 0.25, 0.125, 0.125]


def test_plateau_accepts_a_tensor_metric():
    optimizer = make_optimizer(mldlab)
    scheduler = ReduceLROnPlateau(optimizer, patience=0)
    scheduler.step(mldlab.tensor(1.0))
    scheduler.step(mldlab.tensor([2.0]))
    assert scheduler.get_last_lr() == pytest.approx([0.01, 0.003])


def test_plateau_state_dict_round_trip(torch):
    options = {"patience": 1, "cooldown": 2, "min_lr": [0.02, 0.001], "mode": "max", "threshold_mode": "abs"}
    metrics = [-m for m in METRICS]
    optimizer = make_optimizer(mldlab)
    scheduler = ReduceLROnPlateau(optimizer, **options)
    for value in metrics[:12]:
        scheduler.step(value)
    saved_optimizer, saved = copy.deepcopy(optimizer.state_dict()), scheduler.state_dict()
    assert set(saved) == set(torch.optim.lr_scheduler.ReduceLROnPlateau(make_optimizer(torch)).state_dict())

    fresh_optimizer = make_optimizer(mldlab)
    fresh = ReduceLROnPlateau(fresh_optimizer)  # other options: they all come from the state dict
    fresh_optimizer.load_state_dict(saved_optimizer)
    fresh.load_state_dict(saved)
    assert fresh.mode == "max" and fresh.mode_worse == -math.inf and fresh.min_lrs == [0.02, 0.001]
    seen = []
    for value in metrics[12:]:
        fresh.step(value)
        seen.append(fresh.get_last_lr())
    expected = plateau(torch, options, metrics)[12:, :2]
    np.testing.assert_array_equal(np.array(seen), expected)


def test_plateau_min_lr_follows_new_groups():
    optimizer = make_optimizer(mldlab)
    scheduler = ReduceLROnPlateau(optimizer, patience=0, min_lr=0.05)
    optimizer.add_param_group({"params": [mldlab.zeros(2, requires_grad=True)], "lr": 0.2})
    scheduler.step(1.0)
    scheduler.step(2.0)
    assert scheduler.get_last_lr() == [0.05, 0.03, 0.05]

    scheduler = ReduceLROnPlateau(optimizer, patience=0, min_lr=[0.0, 0.0, 0.0])
    optimizer.add_param_group({"params": [mldlab.zeros(2, requires_grad=True)], "lr": 0.2})
    scheduler.step(1.0)
    with pytest.raises(RuntimeError, match="now has 4 parameter group.*min_lr has 3 values"):
        scheduler.step(2.0)


def _ko(function, *args, **kwargs):
    mldlab.set_language("ko")
    try:
        with pytest.raises((ValueError, TypeError, KeyError)) as info:
            function(*args, **kwargs)
    finally:
        mldlab.set_language("en")
    return str(info.value)


def test_errors():
    optimizer = make_optimizer(mldlab)
    with pytest.raises(TypeError, match="StepLR: expected an optimizer from mldlab.optim, got list"):
        StepLR([0.1], step_size=3)
    with pytest.raises(TypeError, match="ReduceLROnPlateau: expected an optimizer"):
        ReduceLROnPlateau("SGD")
    with pytest.raises(ValueError, match="StepLR: step_size must be a positive integer, got 0"):
        StepLR(optimizer, step_size=0)
    with pytest.raises(ValueError, match="CosineAnnealingLR: T_max must be a positive integer, got 0"):
        CosineAnnealingLR(optimizer, T_max=0)
    with pytest.raises(KeyError, match=r"param_groups\[0\] has no 'initial_lr'.*last_epoch=5"):
        ExponentialLR(make_optimizer(mldlab), gamma=0.9, last_epoch=5)
    with pytest.raises(ValueError, match="factor must be < 1.0, got 1.5"):
        ReduceLROnPlateau(optimizer, factor=1.5)
    with pytest.raises(ValueError, match=r"mode must be one of \('min', 'max'\), got 'minimum'"):
        ReduceLROnPlateau(optimizer, mode="minimum")
    with pytest.raises(ValueError, match=r"threshold_mode must be one of \('rel', 'abs'\), got 'relative'"):
        ReduceLROnPlateau(optimizer, threshold_mode="relative")
    with pytest.raises(ValueError, match="expected 2 min_lr values.*got 3"):
        ReduceLROnPlateau(optimizer, min_lr=[0.1, 0.2, 0.3])
    with pytest.raises(NotImplementedError):
        LRScheduler(optimizer)

    assert "옵티마이저를 받아야" in _ko(StepLR, [0.1], step_size=3)
    assert "양의 정수" in _ko(StepLR, optimizer, step_size=0)
    assert "1.0보다 작아야" in _ko(ReduceLROnPlateau, optimizer, factor=2.0)
    assert "initial_lr" in _ko(ExponentialLR, make_optimizer(mldlab), gamma=0.9, last_epoch=5)


def test_torch_accepts_what_we_accept(torch):
    """The same valid inputs construct in both (our stricter checks only refuse what torch cannot run)."""
    for lib in (mldlab, torch):
        optimizer = make_optimizer(lib)
        lib.optim.lr_scheduler.StepLR(optimizer, step_size=1)
        lib.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=1)
        lib.optim.lr_scheduler.ReduceLROnPlateau(optimizer, factor=0.0, patience=0, min_lr=(0.1, 0.2))
    with pytest.raises(ZeroDivisionError):  # what our step_size check spares the learner
        scheduler = torch.optim.lr_scheduler.StepLR(make_optimizer(torch), step_size=0)
        scheduler.optimizer.step()
        scheduler.step()


def one_cycle(lib, options, optimizer="SGD", steps=200):
    """lr and momentum (SGD's momentum or Adam's β1) of each group at each of ``steps`` batches."""
    groups = [{"params": [lib.zeros(3, requires_grad=True)], "lr": lr} for lr in LRS]
    extra = {"momentum": 0.9} if optimizer == "SGD" else {}
    opt = getattr(lib.optim, optimizer)(groups, lr=0.5, **extra)
    scheduler = lib.optim.lr_scheduler.OneCycleLR(opt, **options)
    seen = []
    for _ in range(steps):
        momenta = [g["momentum"] if optimizer == "SGD" else g["betas"][0] for g in opt.param_groups]
        seen.append(list(scheduler.get_last_lr()) + momenta)
        assert [g["lr"] for g in opt.param_groups] == seen[-1][:2]
        opt.step()
        scheduler.step()
    return np.array(seen), scheduler


@pytest.mark.parametrize("optimizer", ["SGD", "Adam"])
@pytest.mark.parametrize("options", ONE_CYCLE, ids=[str(o) for o in ONE_CYCLE])
def test_one_cycle_matches_torch(torch, options, optimizer):
    (ours, scheduler), (theirs, their_scheduler) = one_cycle(mldlab, options, optimizer), one_cycle(torch, options,
                                                                                                     optimizer)
    assert len(np.unique(ours[:, 0])) > 100
    np.testing.assert_allclose(ours, theirs, rtol=1e-12, atol=1e-15)
    their_state = {k: v for k, v in their_scheduler.state_dict().items() if k != "_get_lr_called_within_step"}
    assert scheduler.state_dict() == their_state


def test_one_cycle_state_dict_round_trip_and_end(torch):
    options = {"max_lr": 1.0, "total_steps": 100, "three_phase": True}
    whole, _ = one_cycle(mldlab, options, steps=100)
    first, scheduler = one_cycle(mldlab, options, steps=40)
    state = scheduler.state_dict()
    groups = [{"params": [mldlab.zeros(3, requires_grad=True)], "lr": lr} for lr in LRS]
    optimizer = mldlab.optim.SGD(groups, lr=0.5, momentum=0.9)
    fresh = OneCycleLR(optimizer, **options)
    optimizer.load_state_dict(copy.deepcopy(scheduler.optimizer.state_dict()))
    fresh.load_state_dict(state)
    rest = []
    for _ in range(60):
        rest.append(fresh.get_last_lr() + [g["momentum"] for g in optimizer.param_groups])
        optimizer.step()
        fresh.step()
    np.testing.assert_array_equal(np.array(rest), whole[40:])
    for lib in (mldlab, torch):  # one step past the cycle's end is an error in both
        _, scheduler = one_cycle(lib, {"max_lr": 1.0, "total_steps": 10}, steps=10)
        with pytest.raises(ValueError):
            scheduler.step()
    with pytest.raises(ValueError, match="past the end of the cycle of 10 steps"):
        one_cycle(mldlab, {"max_lr": 1.0, "total_steps": 10}, steps=11)


@pytest.mark.parametrize("options", [
    {"T_0": 10},
    {"T_0": 5, "T_mult": 2, "eta_min": 0.001},
    {"T_0": 3, "T_mult": 3},
])
def test_warm_restarts_with_fractional_epochs(torch, options):
    """step(epoch + i / batches) every batch, as in PyTorch's documented loop, then interleaved whole epochs."""

    def run(lib):
        optimizer = make_optimizer(lib)
        scheduler = lib.optim.lr_scheduler.CosineAnnealingWarmRestarts(optimizer, **options)
        seen = []
        for epoch in range(40):
            for i in range(7):
                optimizer.step()
                scheduler.step(epoch + i / 7)
                seen.append(list(scheduler.get_last_lr()) + [scheduler.T_cur, scheduler.T_i, scheduler.last_epoch])
        scheduler.step(26)
        for _ in range(20):
            scheduler.step()
            seen.append(list(scheduler.get_last_lr()) + [scheduler.T_cur, scheduler.T_i, scheduler.last_epoch])
        return np.array(seen, dtype=float)

    np.testing.assert_allclose(run(mldlab), run(torch), rtol=1e-12, atol=1e-15)


def test_new_scheduler_errors(torch):
    optimizer = make_optimizer(mldlab)
    cases = [
        (lambda lib, o: lib.optim.lr_scheduler.CosineAnnealingWarmRestarts(o, T_0=0), ValueError, "T_0"),
        (lambda lib, o: lib.optim.lr_scheduler.CosineAnnealingWarmRestarts(o, T_0=2, T_mult=0), ValueError,
         "T_mult must be a whole number >= 1"),
        (lambda lib, o: lib.optim.lr_scheduler.CosineAnnealingWarmRestarts(o, T_0=2).step(-1), ValueError,
         "epoch must be >= 0"),
        (lambda lib, o: lib.optim.lr_scheduler.LambdaLR(o, [lambda e: 1.0]), ValueError,
         r"one lr_lambda per parameter group \(2\), got 1"),
        (lambda lib, o: lib.optim.lr_scheduler.OneCycleLR(o, max_lr=1.0), ValueError, "give total_steps"),
        (lambda lib, o: lib.optim.lr_scheduler.OneCycleLR(o, max_lr=1.0, total_steps=0), ValueError,
         "total_steps must be a positive integer"),
        (lambda lib, o: lib.optim.lr_scheduler.OneCycleLR(o, max_lr=1.0, epochs=2, steps_per_epoch=0), ValueError,
         "steps_per_epoch must be a positive integer"),
        (lambda lib, o: lib.optim.lr_scheduler.OneCycleLR(o, max_lr=1.0, total_steps=9, pct_start=1), ValueError,
         "pct_start must be a float between 0 and 1"),
        (lambda lib, o: lib.optim.lr_scheduler.OneCycleLR(o, max_lr=1.0, total_steps=9, anneal_strategy="cosine"),
         ValueError, "'cos' or 'linear'"),
        (lambda lib, o: lib.optim.lr_scheduler.OneCycleLR(o, max_lr=[1.0], total_steps=9), ValueError,
         r"one max_lr per parameter group \(2\), got 1"),
        (lambda lib, o: lib.optim.lr_scheduler.OneCycleLR(lib.optim.Adagrad(o.param_groups[0]["params"]),
                                                           max_lr=1.0, total_steps=9), ValueError,
         "momentum or betas"),
    ]
    for make, error, text in cases:
        with pytest.raises(error):
            make(torch, make_optimizer(torch))
        with pytest.raises(error, match=text):
            make(mldlab, optimizer)
    assert "양의 정수" in _ko(mldlab.optim.lr_scheduler.OneCycleLR, optimizer, max_lr=1.0, total_steps=-1)
