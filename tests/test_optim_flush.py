"""The optimizers keep their states out of the subnormal floats, and this changes no result.

A state that decays (Adam's m ← β1·m + (1 − β1)·g once g stays 0) would end in the subnormal range below the
smallest normal float, where many CPUs are slow, and stay there. Here a linear model is trained on inputs
with features that are always 0, features that fall silent after a few steps (as the inputs of a dead ReLU
unit do) and features so small that their squared gradients underflow. The run is long enough for PyTorch's
states (and mldlab's, with the flush turned off) to hold subnormals; mldlab's must hold none, and the flush
must not change the weights. Side by side with PyTorch over 200 steps: tests/test_optim.py.
"""

import numpy as np
import pytest

import mldlab
from mldlab.optim import SGD, Adadelta, Adagrad, Adam, Optimizer, RMSprop
from mldlab.optim import optimizer as optimizer_module

SILENT_AFTER = 30  # steps after which the 'silent' features are 0
_rng = np.random.default_rng(0)
X = _rng.standard_normal((32, 12))
X[:, 0:3] = 0.0  # always 0, like the border of an MNIST image
X[:, 6:8] *= 1e-21  # gradients of 1e-21: their squares underflow in float32
Y = X @ _rng.standard_normal(12) + 0.1 * _rng.standard_normal(32)  # noisy: the mini-batch gradients never vanish

CASES = [
    ("SGD", {"lr": 0.05, "momentum": 0.9}),
    ("SGD", {"lr": 0.05, "momentum": 0.8, "nesterov": True}),
    ("Adam", {"lr": 0.01}),
    ("Adam", {"lr": 0.01, "betas": (0.8, 0.95), "amsgrad": True}),
    ("AdamW", {"lr": 0.01, "betas": (0.9, 0.95)}),
    ("Adagrad", {"lr": 0.1}),
    ("Adadelta", {"lr": 1.0}),
    ("RMSprop", {"lr": 0.01, "alpha": 0.9}),
    ("RMSprop", {"lr": 0.005, "alpha": 0.9, "momentum": 0.5, "centered": True}),
]
IDS = [f"{name}-{'-'.join(map(str, options.values()))}" for name, options in CASES]


def batch(step: int) -> tuple:
    """Mini-batch ``step`` (8 rows, in turn), with the silent features set to 0 after ``SILENT_AFTER`` steps."""
    rows = slice(8 * (step % 4), 8 * (step % 4) + 8)
    x = X[rows].copy()
    if step >= SILENT_AFTER:
        x[:, 3:8] = 0.0
    return x, Y[rows]


def train(lib, name, options, steps, dtype):
    """The weights and the optimizer after ``steps`` steps of least squares on the mini-batches."""
    w = lib.tensor(np.zeros(12), dtype=getattr(lib, dtype), requires_grad=True)
    optimizer = getattr(lib.optim, name)([w], **options)
    for step in range(steps):
        x, y = (lib.tensor(a, dtype=w.dtype) for a in batch(step))
        optimizer.zero_grad()
        ((x @ w - y) ** 2).mean().backward()
        optimizer.step()
    return w.detach().numpy().copy(), optimizer


def subnormals(optimizer) -> int:
    """How many entries of the optimizer's state arrays are subnormal (not 0, below the smallest normal float)."""
    count = 0
    for state in optimizer.state.values():
        for key, value in state.items():
            if key != "step":
                a = np.asarray(value)
                count += int(np.count_nonzero((np.abs(a) < np.finfo(a.dtype).tiny) & (a != 0)))
    return count


@pytest.mark.parametrize(("name", "options"), CASES, ids=IDS)
def test_no_subnormal_state_after_a_long_run(torch, name, options):
    _, optimizer = train(mldlab, name, options, 1500, "float32")
    _, reference = train(torch, name, options, 1500, "float32")
    assert subnormals(reference) > 0, "the run is too short to show subnormals in PyTorch's state"
    assert subnormals(optimizer) == 0


@pytest.mark.parametrize(("name", "options"), CASES, ids=IDS)
def test_the_flush_changes_no_result(monkeypatch, name, options):
    with_flush, optimizer = train(mldlab, name, options, 1500, "float32")
    monkeypatch.setattr(Optimizer, "_flush_tiny_states", lambda self: None)
    without_flush, unflushed = train(mldlab, name, options, 1500, "float32")
    assert subnormals(optimizer) == 0 < subnormals(unflushed)
    assert np.max(np.abs(with_flush - without_flush)) <= 1e-6 * np.max(np.abs(without_flush))


def test_float64_states_are_flushed_too_and_the_weights_match_torch(torch):
    options = {"lr": 0.05, "momentum": 0.6}  # fast decay: float64 subnormals (below 2.2e-308) within the run
    ours, optimizer = train(mldlab, "SGD", options, 2000, "float64")
    theirs, reference = train(torch, "SGD", options, 2000, "float64")
    assert subnormals(reference) > 0 and subnormals(optimizer) == 0
    assert np.max(np.abs(ours - theirs)) <= 1e-9 * np.max(np.abs(theirs))


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("decay", [0.01, 0.3, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 0.9999])
def test_no_value_decays_below_tiny_between_two_flushes(dtype, decay):
    threshold = optimizer_module._FLUSHED[np.dtype(dtype)]
    period = optimizer_module._flush_period(decay)
    value = np.nextafter(dtype(threshold), dtype(1))  # the smallest value the flush keeps
    for _ in range(period):
        value = dtype(value * dtype(decay))
    assert value >= np.finfo(dtype).tiny


def test_the_flush_period_follows_the_fastest_decay():
    w = mldlab.zeros(3, requires_grad=True)
    decays = [(Adam([w], betas=(0.9, 0.999)), 0.9), (Adam([w], betas=(0.99, 0.5)), 0.5), (SGD([w], momentum=0.7), 0.7),
              (RMSprop([w], alpha=0.99, momentum=0.8), 0.8), (RMSprop([w], alpha=0.9), 0.9),
              (Adadelta([w], rho=0.95), 0.95), (Adagrad([w]), 1.0)]
    for optimizer, decay in decays:
        assert optimizer._decay(optimizer.param_groups[0]) == decay, optimizer
    period = optimizer_module._flush_period
    assert period(0.9) == 105 and period(0.5) == 16 and period(0.0) == period(1.0) == period(1.5) == 1000


def test_float16_states_are_left_alone():
    w = mldlab.tensor([1.0, 2.0], dtype=mldlab.float16, requires_grad=True)
    optimizer = SGD([w], lr=0.1, momentum=0.5)
    w.grad = mldlab.tensor([1e-3, 0.0], dtype=mldlab.float16)
    for _ in range(17):  # a flush would come at step 16 (period 16 for μ = 0.5)
        optimizer.step()
    # 2¹⁶·tiny would be 4 in float16: a flush would erase every buffer value; none happens
    assert optimizer.state[w]["momentum_buffer"].tolist()[0] == pytest.approx(2e-3, rel=1e-2)
