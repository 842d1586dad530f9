"""Batch normalisation against PyTorch: several training steps then evaluation, with the running statistics,
``num_batches_tracked`` and the gradients compared at each step, over momentum (and None), affine, bias,
track_running_stats, eps and input shapes; F.batch_norm, finite differences, frozen values, errors."""

import numpy as np
import pytest

import mldlab
import mldlab.nn.functional as F
from mldlab import nn

OPTIONS = [{}, {"momentum": None}, {"affine": False}, {"track_running_stats": False}, {"bias": False},
           {"momentum": 0.3, "eps": 1e-3}, {"momentum": None, "track_running_stats": False}]
LAYERS = [("BatchNorm1d", (5, 3)), ("BatchNorm1d", (4, 3, 6)), ("BatchNorm2d", (4, 3, 5, 3)),
          ("BatchNorm2d", (1, 3, 2, 2))]


def _close(ours, theirs, rtol):
    theirs = theirs.detach().numpy()
    ours = ours.detach().numpy()
    assert ours.shape == theirs.shape and ours.dtype == theirs.dtype
    np.testing.assert_allclose(ours, theirs, rtol=rtol, atol=rtol)


@pytest.mark.parametrize(("dtype", "rtol"), [("float64", 1e-10), ("float32", 1e-5)])
@pytest.mark.parametrize(("cls", "shape"), LAYERS)
@pytest.mark.parametrize("options", OPTIONS, ids=str)
def test_batch_norm_layers_step_like_torch(torch, cls, shape, options, dtype, rtol):
    rng = np.random.default_rng(11)
    ours = getattr(nn, cls)(3, dtype=getattr(mldlab, dtype), **options)
    theirs = getattr(torch.nn, cls)(3, dtype=getattr(torch, dtype), **options)
    assert repr(ours) == repr(theirs)
    if ours.weight is not None:
        gamma = rng.standard_normal(3) + 1
        ours.weight._data[...] = gamma
        theirs.weight.data.copy_(torch.tensor(gamma))
    for step in range(4):
        if step == 3:  # evaluation after three training steps: the running statistics, or the batch's if untracked
            ours.eval()
            theirs.eval()
        x = rng.standard_normal(shape) * 2 + 1
        a = mldlab.tensor(x, dtype=ours_dtype(dtype), requires_grad=True)
        b = torch.tensor(x, dtype=getattr(torch, dtype), requires_grad=True)
        y, y_t = ours(a), theirs(b)
        _close(y, y_t, rtol)
        g = rng.standard_normal(shape)
        y.backward(mldlab.tensor(g, dtype=a.dtype))
        y_t.backward(torch.tensor(g, dtype=b.dtype))
        _close(a.grad, b.grad, rtol)
        for name, p in theirs.named_parameters():
            _close(getattr(ours, name).grad, p.grad, rtol)
        state, state_t = ours.state_dict(), theirs.state_dict()
        assert list(state) == list(state_t)
        for key in state:
            _close(state[key], state_t[key], rtol)


def test_float32_large_batch_stays_within_1e5(torch):
    """Sums over 65,536 numbers per channel: accumulated in float64 as PyTorch does, float32 keeps its digits."""
    x = (np.random.default_rng(5).standard_normal((256, 2, 16, 16)) * 5 + 30).astype(np.float32)
    g = np.random.default_rng(6).standard_normal(x.shape).astype(np.float32)
    ours, theirs = nn.BatchNorm2d(2), torch.nn.BatchNorm2d(2)
    a, b = mldlab.tensor(x, requires_grad=True), torch.tensor(x, requires_grad=True)
    y, y_t = ours(a), theirs(b)
    y.backward(mldlab.tensor(g))
    y_t.backward(torch.tensor(g))
    for one, other in [(y, y_t), (a.grad, b.grad), (ours.weight.grad, theirs.weight.grad),
                       (ours.bias.grad, theirs.bias.grad), (ours.running_var, theirs.running_var)]:
        _close(one, other, 1e-5)


def ours_dtype(name):
    return getattr(mldlab, name)


def test_functional_batch_norm_matches_torch(torch):
    rng = np.random.default_rng(2)
    x, w, b = rng.standard_normal((6, 4, 3)), rng.standard_normal(4), rng.standard_normal(4)
    mean, var = rng.standard_normal(4), rng.random(4) + 0.5
    for training in (True, False):
        ours_stats = [mldlab.tensor(mean.copy()), mldlab.tensor(var.copy())]
        their_stats = [torch.tensor(mean.copy()), torch.tensor(var.copy())]
        args = [mldlab.tensor(v, requires_grad=True) for v in (x, w, b)]
        args_t = [torch.tensor(v, requires_grad=True) for v in (x, w, b)]
        y = F.batch_norm(args[0], *ours_stats, args[1], args[2], training, 0.2, 1e-4)
        y_t = torch.nn.functional.batch_norm(args_t[0], *their_stats, args_t[1], args_t[2], training, 0.2, 1e-4)
        _close(y, y_t, 1e-10)
        (y * y).sum().backward()
        (y_t * y_t).sum().backward()
        for one, other in zip(args + ours_stats, args_t + their_stats):
            _close(one if one.grad is None else one.grad, other if other.grad is None else other.grad, 1e-10)


@pytest.mark.parametrize("training", [True, False])
def test_batch_norm_gradient_matches_finite_differences(training):
    rng = np.random.default_rng(4)
    arrays = [rng.standard_normal((3, 2, 4)), rng.standard_normal(2), rng.standard_normal(2)]
    stats = (rng.standard_normal(2), rng.random(2) + 0.5)

    def f(x, w, b):
        return F.batch_norm(x, mldlab.tensor(stats[0]), mldlab.tensor(stats[1]), w, b, training, 0.1, 1e-5)

    weights = rng.standard_normal((3, 2, 4))
    inputs = [mldlab.tensor(a, requires_grad=True) for a in arrays]
    f(*inputs).backward(mldlab.tensor(weights))
    for k, array in enumerate(arrays):
        numeric = np.zeros(array.shape)
        for index in np.ndindex(array.shape):
            values = [mldlab.tensor(a.copy()) for a in arrays]
            values[k]._data[index] += 1e-6
            plus = float((f(*values).numpy() * weights).sum())
            values[k]._data[index] -= 2e-6
            minus = float((f(*values).numpy() * weights).sum())
            numeric[index] = (plus - minus) / 2e-6
        np.testing.assert_allclose(inputs[k].grad.numpy(), numeric, rtol=1e-5, atol=1e-7)


def test_frozen_values():
    bn = nn.BatchNorm1d(1, momentum=None)
    bn(mldlab.tensor([[1.0], [3.0]]))
    bn(mldlab.tensor([[0.0], [0.0], [6.0]]))
    # running_mean = mean of the batch means (2, 2); running_var = mean of the unbiased variances (2, 12)
    assert bn.running_mean.tolist() == [2.0] and bn.running_var.tolist() == [7.0]
    assert bn.num_batches_tracked.item() == 2 and bn.num_batches_tracked.dtype == mldlab.int64
    bn.eval()
    y = bn(mldlab.tensor([[2.0], [2.0 + 7.00001 ** 0.5]]))
    np.testing.assert_allclose(y.detach().numpy().ravel(), [0, 1], atol=1e-6)


def test_train_eval_and_state_dict_round_trip(torch, tmp_path):
    from mldlab.interop import from_torch, to_torch

    net = nn.Sequential(nn.BatchNorm2d(2, momentum=None), nn.Flatten(), nn.BatchNorm1d(8, affine=False))
    x = mldlab.randn(5, 2, 2, 2)
    net(x)
    net(x * 2)
    net.eval()
    mldlab.save(net, tmp_path / "bn.npz")
    loaded = mldlab.load(tmp_path / "bn.npz")
    for key, value in net.state_dict().items():
        np.testing.assert_array_equal(loaded.state_dict()[key].numpy(), value.numpy())
    assert not loaded[0].training
    np.testing.assert_array_equal(loaded(x).detach().numpy(), net(x).detach().numpy())
    theirs = to_torch(net)
    assert theirs[0].num_batches_tracked.item() == 2 and not theirs.training
    np.testing.assert_allclose(theirs(torch.tensor(x.numpy())).detach().numpy(), net(x).detach().numpy(), rtol=1e-6)
    back = from_torch(theirs)
    assert repr(back) == repr(net) and back[0].num_batches_tracked.item() == 2
    net.train()
    assert net[0].training and net[2].training


@pytest.mark.parametrize(("call", "error", "text"), [
    (lambda: nn.BatchNorm1d(3)(mldlab.zeros(1, 3)), ValueError, "more than 1 value per channel"),
    (lambda: nn.BatchNorm2d(3)(mldlab.zeros(1, 3, 1, 1)), ValueError, "more than 1 value per channel"),
    (lambda: nn.BatchNorm1d(3)(mldlab.zeros(2, 3, 4, 5)), ValueError, "(N, C) | (N, C, L)"),
    (lambda: nn.BatchNorm2d(3)(mldlab.zeros(2, 3, 4)), ValueError, "(N, C, H, W)"),
    (lambda: nn.BatchNorm2d(3)(mldlab.zeros(2, 4, 4, 4)), RuntimeError, "BatchNorm2d(4)"),
    (lambda: F.batch_norm(mldlab.zeros(2, 4), mldlab.zeros(3), mldlab.ones(3)), RuntimeError, "got (3,)"),
    (lambda: nn.BatchNorm1d(3)(mldlab.zeros(2, 3, dtype=mldlab.float64)), TypeError, "model.double()"),
    (lambda: F.batch_norm(mldlab.zeros(2, 3), None, None), RuntimeError, "running_mean"),
    (lambda: F.batch_norm(mldlab.zeros(2, 3, dtype=mldlab.int64), None, None, training=True), TypeError,
     "floating-point"),
    (lambda: nn.BatchNorm1d(0), ValueError, "num_features"),
    (lambda: nn.BatchNorm1d(3, momentum="0.1"), TypeError, "momentum"),
])
def test_errors_say_what_was_wrong_in_both_languages(call, error, text):
    with pytest.raises(error) as english:
        call()
    assert text in str(english.value)
    with mldlab.i18n.language("ko"), pytest.raises(error) as korean:
        call()
    assert str(korean.value) != str(english.value) and any("\uac00" <= c <= "\ud7a3" for c in str(korean.value))
