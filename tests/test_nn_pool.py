"""Max pooling against PyTorch: values, flat indices and gradients over a matrix of options, ties (the gradient goes
to the first maximum only), NaN, finite differences, frozen values, the layers' config, errors in both languages."""

import numpy as np
import pytest

import mldlab
import mldlab.nn.functional as F
from mldlab import nn

# (shape, kernel_size, stride, padding, dilation, ceil_mode): odd sizes, batch 1, overlapping windows, partial windows
CASES_2D = [
    ((2, 3, 8, 8), 2, None, 0, 1, False),
    ((1, 2, 7, 5), 2, None, 0, 1, False),
    ((1, 2, 7, 5), 2, None, 0, 1, True),
    ((2, 1, 6, 7), 3, 1, 1, 1, False),
    ((2, 1, 6, 7), 3, 2, 1, 1, True),
    ((1, 2, 9, 8), (3, 2), (2, 1), (1, 0), (2, 1), False),
    ((1, 1, 10, 9), 3, 2, 1, 2, True),
    ((3, 2, 5, 6), (2, 3), (1, 2), (1, 1), 1, True),
    ((2, 7, 7), 2, None, 1, 1, False),  # unbatched (C, H, W)
    ((0, 2, 4, 4), 2, None, 0, 1, False),  # an empty batch
]
CASES_1D = [
    ((2, 3, 9), 2, None, 0, 1, False),
    ((2, 3, 9), 2, None, 0, 1, True),
    ((1, 2, 10), 3, 1, 1, 1, False),
    ((1, 2, 11), 3, 2, 1, 2, True),
    ((3, 8), 4, 3, 2, 1, True),  # unbatched (C, L)
]
DTYPES = [("float64", 1e-10), ("float32", 1e-5)]


def _close(ours, theirs, rtol):
    theirs = theirs.detach().numpy() if hasattr(theirs, "detach") else np.asarray(theirs)
    ours = ours.detach().numpy()
    assert ours.shape == theirs.shape and ours.dtype == theirs.dtype
    np.testing.assert_allclose(ours, theirs, rtol=rtol, atol=rtol)


def _side_by_side(torch, ours_fn, theirs_fn, x, dtype, rtol, with_indices=True):
    """Run one pooling on mldlab and on PyTorch; compare the values, the indices and the input's gradient."""
    a = mldlab.tensor(x, dtype=getattr(mldlab, dtype), requires_grad=True)
    b = torch.tensor(x, dtype=getattr(torch, dtype), requires_grad=True)
    out, out_t = ours_fn(a), theirs_fn(b)
    if with_indices:
        (out, idx), (out_t, idx_t) = out, out_t
        np.testing.assert_array_equal(idx.numpy(), idx_t.numpy())
        assert idx.dtype == mldlab.int64
    _close(out, out_t, rtol)
    g = np.random.default_rng(7).standard_normal(out_t.shape)
    out.backward(mldlab.tensor(g, dtype=a.dtype))
    out_t.backward(torch.tensor(g, dtype=b.dtype))
    _close(a.grad, b.grad, rtol)


@pytest.mark.parametrize(("dtype", "rtol"), DTYPES)
@pytest.mark.parametrize(("shape", "k", "s", "p", "d", "ceil"), CASES_2D)
def test_max_pool2d_matches_torch(torch, rng, shape, k, s, p, d, ceil, dtype, rtol):
    x = rng.integers(-2, 3, shape).astype(np.float64)  # few values: many ties inside the windows
    _side_by_side(torch, lambda t: F.max_pool2d(t, k, s, p, d, ceil, return_indices=True),
                  lambda t: torch.nn.functional.max_pool2d(t, k, s, p, d, ceil, return_indices=True), x, dtype, rtol)


@pytest.mark.parametrize(("dtype", "rtol"), DTYPES)
@pytest.mark.parametrize(("shape", "k", "s", "p", "d", "ceil"), CASES_1D)
def test_max_pool1d_matches_torch(torch, rng, shape, k, s, p, d, ceil, dtype, rtol):
    x = rng.integers(-2, 3, shape).astype(np.float64)
    _side_by_side(torch, lambda t: F.max_pool1d(t, k, s, p, d, ceil, return_indices=True),
                  lambda t: torch.nn.functional.max_pool1d(t, k, s, p, d, ceil, return_indices=True), x, dtype, rtol)


def test_max_pool2d_random_options_match_torch(torch):
    """Many random option sets (every window sees at least one input), distinct values and ties."""
    rng = np.random.default_rng(3)
    checked = 0
    while checked < 60:
        size = tuple(int(v) for v in rng.integers(1, 9, 2))
        k, s, d = (tuple(int(v) for v in rng.integers(1, 4, 2)) for _ in range(3))
        p = tuple(int(rng.integers(0, kk // 2 + 1)) for kk in k)
        ceil = bool(rng.integers(2))
        windows = [mldlab._ops._pool_util.output_size(n, *args, ceil) for n, *args in zip(size, k, s, p, d)]
        if min(windows) < 1 or any(all(not 0 <= o * ss - pp + j * dd < n for j in range(kk))
                                   for n, kk, ss, pp, dd, w in zip(size, k, s, p, d, windows) for o in range(w)):
            continue  # PyTorch refuses it, or a window lies wholly in the padding (PyTorch reads out of bounds)
        x = rng.integers(-1, 2, (2, 2) + size).astype(np.float64)
        _side_by_side(torch, lambda t: F.max_pool2d(t, k, s, p, d, ceil, return_indices=True),
                      lambda t: torch.nn.functional.max_pool2d(t, k, s, p, d, ceil, return_indices=True), x,
                      "float64", 1e-10)
        checked += 1


def test_ties_give_the_gradient_to_the_first_maximum_only():
    x = mldlab.zeros(1, 1, 2, 4, requires_grad=True)  # all zeros, as after a ReLU
    F.max_pool2d(x, 2).sum().backward()
    np.testing.assert_array_equal(x.grad.numpy()[0, 0], [[1, 0, 1, 0], [0, 0, 0, 0]])


def test_an_input_that_is_the_maximum_of_two_windows_gets_both_gradients():
    x = mldlab.tensor([[[0.0, 1.0, 5.0, 1.0, 0.0, 5.0, 5.0]]], requires_grad=True)
    y = F.max_pool1d(x, 3, stride=2)  # windows [0, 1, 5], [5, 1, 0], [0, 5, 5]
    np.testing.assert_array_equal(y.detach().numpy()[0, 0], [5, 5, 5])
    y.backward(mldlab.tensor([[[1.0, 10.0, 100.0]]]))
    np.testing.assert_array_equal(x.grad.numpy()[0, 0], [0, 0, 11, 0, 0, 100, 0])


def test_nan_is_the_maximum_and_the_last_nan_gets_the_gradient(torch):
    x = np.array([[[[1.0, np.nan], [np.nan, 0.0]]]])
    a = mldlab.tensor(x, requires_grad=True)
    y, idx = F.max_pool2d(a, 2, return_indices=True)
    assert np.isnan(y.item()) and idx.item() == 2 == torch.nn.functional.max_pool2d(
        torch.tensor(x), 2, return_indices=True)[1].item()
    y.sum().backward()
    np.testing.assert_array_equal(a.grad.numpy()[0, 0], [[0, 0], [1, 0]])


@pytest.mark.parametrize(("fn", "shape"), [
    (lambda t: F.max_pool2d(t, 3, 2, 1), (2, 2, 5, 6)),
    (lambda t: F.max_pool2d(t, (2, 3), 1, 0, (2, 1), True), (1, 2, 6, 5)),
    (lambda t: F.max_pool1d(t, 3, 2, 1, 1, True), (2, 2, 8)),
])
def test_max_pool_gradient_matches_finite_differences(fn, shape):
    x = np.random.default_rng(5).permutation(np.prod(shape)).reshape(shape) / 7.0  # distinct: no ties to break
    a = mldlab.tensor(x, requires_grad=True)
    w = np.random.default_rng(6).standard_normal(fn(a).shape)
    fn(a).backward(mldlab.tensor(w))
    numeric = np.zeros(shape)
    for index in np.ndindex(shape):
        step = np.zeros(shape)
        step[index] = 1e-6
        plus, minus = (float((fn(mldlab.tensor(x + sign * step)).numpy() * w).sum()) for sign in (1, -1))
        numeric[index] = (plus - minus) / 2e-6
    np.testing.assert_allclose(a.grad.numpy(), numeric, rtol=1e-6, atol=1e-8)


def test_frozen_values():
    x = mldlab.arange(20.0).reshape(1, 1, 4, 5)
    y, idx = F.max_pool2d(x, 2, ceil_mode=True, return_indices=True)
    assert y.tolist() == [[[[6.0, 8.0, 9.0], [16.0, 18.0, 19.0]]]]
    assert idx.tolist() == [[[[6, 8, 9], [16, 18, 19]]]]
    assert F.max_pool1d(mldlab.tensor([[3.0, -1.0, 4.0, 1.0, -5.0]]), 2, 1, 1).tolist() == [[3.0, 3.0, 4.0, 4.0, 1.0,
                                                                                            -5.0]]


def test_integer_input_is_pooled_as_in_torch(torch):
    x = np.arange(12).reshape(1, 3, 4) % 5
    ours = F.max_pool2d(mldlab.tensor(x), 2, padding=1)
    assert ours.dtype == mldlab.int64
    np.testing.assert_array_equal(ours.numpy(), torch.nn.functional.max_pool2d(torch.tensor(x), 2, padding=1).numpy())


@pytest.mark.parametrize(("cls", "args"), [
    ("MaxPool2d", dict(kernel_size=2)),
    ("MaxPool2d", dict(kernel_size=(3, 2), stride=1, padding=(1, 0), dilation=(1, 2), ceil_mode=True)),
    ("MaxPool1d", dict(kernel_size=3, stride=2, padding=1)),
])
def test_max_pool_layers_match_torch_and_round_trip(torch, tmp_path, cls, args):
    from mldlab.interop import from_torch, to_torch

    layer, theirs = getattr(nn, cls)(**args), getattr(torch.nn, cls)(**args)
    assert repr(layer) == repr(theirs)
    x = np.random.default_rng(0).standard_normal((2, 3, 9, 8) if cls == "MaxPool2d" else (2, 3, 9))
    _close(layer(mldlab.tensor(x)), theirs(torch.tensor(x)), 0)
    assert repr(to_torch(layer)) == repr(theirs) and repr(from_torch(theirs)) == repr(layer)
    mldlab.save(nn.Sequential(layer), tmp_path / "pool.npz")
    assert repr(mldlab.load(tmp_path / "pool.npz")[0]) == repr(layer)


def test_max_pool_layer_returns_indices_like_torch(torch):
    x = np.random.default_rng(1).standard_normal((1, 2, 4, 4))
    y, idx = nn.MaxPool2d(2, return_indices=True)(mldlab.tensor(x))
    y_t, idx_t = torch.nn.MaxPool2d(2, return_indices=True)(torch.tensor(x))
    np.testing.assert_array_equal(idx.numpy(), idx_t.numpy())
    _close(y, y_t, 0)


def test_a_float_or_bool_size_is_refused_even_after_the_same_int_size():
    x = mldlab.zeros(1, 1, 4, 4)
    F.max_pool2d(x, 2)  # the windows of this call are worked out once and remembered
    for size in (2.0, True, [2, 2.0]):
        with pytest.raises(TypeError, match="whole number"):
            F.max_pool2d(x, size)


@pytest.mark.parametrize(("call", "error", "text"), [
    (lambda: F.max_pool2d(mldlab.zeros(1, 1, 5, 5), 3, padding=2), RuntimeError, "at most half"),
    (lambda: F.max_pool2d(mldlab.zeros(1, 1, 5, 5), 6), RuntimeError, "too small"),
    (lambda: F.max_pool2d(mldlab.zeros(5, 5), 2), RuntimeError, "got shape (5, 5)"),
    (lambda: F.max_pool2d(mldlab.zeros(1, 1, 0, 4), 2), RuntimeError, "non-empty"),
    (lambda: F.max_pool2d(mldlab.zeros(1, 1, 4, 4), 2.5), TypeError, "whole number"),
    (lambda: F.max_pool2d(mldlab.zeros(1, 1, 4, 4), (2, 2, 2)), TypeError, "tuple of 2"),
    (lambda: F.max_pool2d(mldlab.zeros(1, 1, 4, 4), 2, stride=0), RuntimeError, "stride must be >= 1"),
    (lambda: F.max_pool2d(mldlab.zeros(1, 1, 4, 4), 2, padding=-1), RuntimeError, "padding must be >= 0"),
    (lambda: F.max_pool1d(mldlab.zeros(4), 2), RuntimeError, "max_pool1d"),
    (lambda: F.max_pool2d(np.zeros((1, 1, 4, 4)), 2), TypeError, "mldlab.tensor"),
    (lambda: nn.MaxPool2d(0), RuntimeError, "kernel_size must be >= 1"),
    (lambda: F.max_pool2d(mldlab.zeros(1, 1, 4, 4), 2, ceil_mode="yes"), TypeError, "True or False"),
    (lambda: nn.MaxPool2d(2, ceil_mode=1), TypeError, "True or False"),
])
def test_errors_say_what_was_wrong_in_both_languages(call, error, text):
    with pytest.raises(error, match=None) as english:
        call()
    assert text in str(english.value)
    with mldlab.i18n.language("ko"), pytest.raises(error) as korean:
        call()
    assert str(korean.value) != str(english.value) and any("\uac00" <= c <= "\ud7a3" for c in str(korean.value))
