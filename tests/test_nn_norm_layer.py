"""Layer normalisation against PyTorch over shapes and options, finite differences, frozen values, round trips,
errors in both languages."""

import numpy as np
import pytest

import mldlab
import mldlab.nn.functional as F
from mldlab import nn

SHAPES = [(4, (3, 4)), ((2, 3), (5, 2, 3)), (5, (2, 3, 5)), ((3,), (3,)), ([2, 4], (2, 4))]
OPTIONS = [{}, {"elementwise_affine": False}, {"bias": False}, {"eps": 1e-2}]


@pytest.mark.parametrize(("dtype", "rtol"), [("float64", 1e-10), ("float32", 1e-5)])
@pytest.mark.parametrize(("normalized_shape", "shape"), SHAPES)
def test_layer_norm_matches_torch(torch, normalized_shape, shape, dtype, rtol):
    rng = np.random.default_rng(9)
    for options in OPTIONS:
        ours = nn.LayerNorm(normalized_shape, dtype=getattr(mldlab, dtype), **options)
        theirs = torch.nn.LayerNorm(normalized_shape, dtype=getattr(torch, dtype), **options)
        assert repr(ours) == repr(theirs)
        for name, p in theirs.named_parameters():
            values = rng.standard_normal(tuple(p.shape))
            getattr(ours, name)._data[...] = values
            p.data.copy_(torch.tensor(values))
        x = rng.standard_normal(shape) * 3 + 1
        a = mldlab.tensor(x, dtype=getattr(mldlab, dtype), requires_grad=True)
        b = torch.tensor(x, dtype=getattr(torch, dtype), requires_grad=True)
        y, y_t = ours(a), theirs(b)
        g = rng.standard_normal(shape)
        y.backward(mldlab.tensor(g, dtype=a.dtype))
        y_t.backward(torch.tensor(g, dtype=b.dtype))
        pairs = [(y.detach(), y_t), (a.grad, b.grad)] + [(getattr(ours, n).grad, p.grad)
                                                          for n, p in theirs.named_parameters()]
        for one, other in pairs:
            assert one.dtype.name == dtype
            np.testing.assert_allclose(one.numpy(), other.detach().numpy(), rtol=rtol, atol=rtol)


def test_layer_norm_gradient_matches_finite_differences():
    rng = np.random.default_rng(4)
    arrays = [rng.standard_normal((3, 2, 4)), rng.standard_normal((2, 4)), rng.standard_normal((2, 4))]
    weights = rng.standard_normal((3, 2, 4))
    inputs = [mldlab.tensor(a, requires_grad=True) for a in arrays]
    F.layer_norm(inputs[0], (2, 4), inputs[1], inputs[2]).backward(mldlab.tensor(weights))
    for k, array in enumerate(arrays):
        numeric = np.zeros(array.shape)
        for index in np.ndindex(array.shape):
            values = [a.copy() for a in arrays]
            values[k][index] += 1e-6
            plus = (F.layer_norm(mldlab.tensor(values[0]), (2, 4), *map(mldlab.tensor, values[1:])).numpy() * weights)
            values[k][index] -= 2e-6
            minus = (F.layer_norm(mldlab.tensor(values[0]), (2, 4), *map(mldlab.tensor, values[1:])).numpy() * weights)
            numeric[index] = (plus.sum() - minus.sum()) / 2e-6
        np.testing.assert_allclose(inputs[k].grad.numpy(), numeric, rtol=1e-5, atol=1e-7)


def test_frozen_values_and_same_in_training_and_evaluation():
    ln = nn.LayerNorm(2, eps=0.0)
    x = mldlab.tensor([[1.0, 3.0], [-5.0, 5.0]])
    assert ln(x).tolist() == [[-1.0, 1.0], [-1.0, 1.0]]
    assert ln.eval()(x).tolist() == [[-1.0, 1.0], [-1.0, 1.0]]
    assert nn.LayerNorm(2)(mldlab.tensor([7.0, 7.0])).tolist() == [0.0, 0.0]  # σ² = 0: ε keeps it finite


def test_round_trips(torch, tmp_path):
    from mldlab.interop import from_torch, to_torch

    net = nn.Sequential(nn.Linear(3, 4), nn.LayerNorm(4, bias=False), nn.LayerNorm((4,), elementwise_affine=False))
    mldlab.save(net, tmp_path / "ln.npz")
    loaded = mldlab.load(tmp_path / "ln.npz")
    assert repr(loaded) == repr(net)
    x = mldlab.randn(2, 3)
    np.testing.assert_array_equal(loaded(x).detach().numpy(), net(x).detach().numpy())
    theirs = to_torch(net)
    np.testing.assert_allclose(theirs(torch.tensor(x.numpy())).detach().numpy(), net(x).detach().numpy(), atol=1e-5)
    assert repr(from_torch(theirs)) == repr(net)


@pytest.mark.parametrize(("call", "error", "text"), [
    (lambda: nn.LayerNorm(3)(mldlab.zeros(2, 4)), RuntimeError, "last dimensions are (3,)"),
    (lambda: F.layer_norm(mldlab.zeros(2, 3), (3,), mldlab.ones(4)), RuntimeError, "normalized_shape=(3,)"),
    (lambda: F.layer_norm(mldlab.zeros(2, 3, dtype=mldlab.int64), (3,)), TypeError, "floating-point"),
    (lambda: nn.LayerNorm(3)(mldlab.zeros(2, 3, dtype=mldlab.float64)), TypeError, "model.double()"),
    (lambda: nn.LayerNorm(0), TypeError, "normalized_shape"),
    (lambda: nn.LayerNorm("4"), TypeError, "normalized_shape"),
])
def test_errors_say_what_was_wrong_in_both_languages(call, error, text):
    with pytest.raises(error) as english:
        call()
    assert text in str(english.value)
    with mldlab.i18n.language("ko"), pytest.raises(error) as korean:
        call()
    assert str(korean.value) != str(english.value) and any("\uac00" <= c <= "\ud7a3" for c in str(korean.value))
