"""Average and adaptive pooling against PyTorch (values and gradients over a matrix of options: count_include_pad,
divisor_override, ceil_mode, odd sizes, batch 1, unbatched), finite differences, frozen values, the layers' reprs
and round trips, the top-level functions with PyTorch's argument orders, errors in both languages."""

import numpy as np
import pytest

import mldlab
import mldlab.nn.functional as F
from mldlab import nn

# (shape, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)
CASES_2D = [
    ((2, 3, 8, 8), 2, None, 0, False, True, None),
    ((1, 2, 7, 5), 3, 2, 1, True, True, None),
    ((1, 2, 7, 5), 3, 2, 1, True, False, None),
    ((2, 1, 6, 7), (2, 3), (1, 2), (1, 1), False, False, None),
    ((2, 1, 5, 5), 2, 2, 1, True, True, None),  # the ceil_mode window past the padding is not counted
    ((1, 1, 6, 6), 3, 1, 1, False, True, 4),
    ((3, 5, 5), 2, 1, 0, False, True, None),  # unbatched
]
CASES_1D = [((2, 3, 9), 2, None, 0, False, True), ((1, 2, 10), 3, 2, 1, True, False), ((3, 7), 4, 3, 2, True, True)]
ADAPTIVE = [((2, 3, 8, 8), 1), ((1, 2, 7, 5), (3, 2)), ((2, 1, 5, 9), (None, 4)), ((3, 6, 4), (4, 6)),
            ((1, 1, 3, 3), 5)]
DTYPES = [("float64", 1e-10), ("float32", 1e-5)]


def _side_by_side(torch, ours_fn, theirs_fn, x, dtype, rtol):
    a = mldlab.tensor(x, dtype=getattr(mldlab, dtype), requires_grad=True)
    b = torch.tensor(x, dtype=getattr(torch, dtype), requires_grad=True)
    out, out_t = ours_fn(a), theirs_fn(b)
    if isinstance(out, tuple):
        (out, idx), (out_t, idx_t) = out, out_t
        np.testing.assert_array_equal(idx.numpy(), idx_t.numpy())
    assert out.shape == tuple(out_t.shape) and out.dtype.name == dtype
    np.testing.assert_allclose(out.detach().numpy(), out_t.detach().numpy(), rtol=rtol, atol=rtol)
    g = np.random.default_rng(7).standard_normal(out_t.shape)
    out.backward(mldlab.tensor(g, dtype=a.dtype))
    out_t.backward(torch.tensor(g, dtype=b.dtype))
    np.testing.assert_allclose(a.grad.numpy(), b.grad.numpy(), rtol=rtol, atol=rtol)


@pytest.mark.parametrize(("dtype", "rtol"), DTYPES)
@pytest.mark.parametrize(("shape", "k", "s", "p", "ceil", "count", "divisor"), CASES_2D)
def test_avg_pool2d_matches_torch(torch, rng, shape, k, s, p, ceil, count, divisor, dtype, rtol):
    _side_by_side(torch, lambda t: F.avg_pool2d(t, k, s, p, ceil, count, divisor),
                  lambda t: torch.nn.functional.avg_pool2d(t, k, s, p, ceil, count, divisor),
                  rng.standard_normal(shape), dtype, rtol)


@pytest.mark.parametrize(("dtype", "rtol"), DTYPES)
@pytest.mark.parametrize(("shape", "k", "s", "p", "ceil", "count"), CASES_1D)
def test_avg_pool1d_matches_torch(torch, rng, shape, k, s, p, ceil, count, dtype, rtol):
    _side_by_side(torch, lambda t: F.avg_pool1d(t, k, s, p, ceil, count),
                  lambda t: torch.nn.functional.avg_pool1d(t, k, s, p, ceil, count), rng.standard_normal(shape),
                  dtype, rtol)


@pytest.mark.parametrize(("dtype", "rtol"), DTYPES)
@pytest.mark.parametrize(("shape", "size"), ADAPTIVE)
def test_adaptive_pools_match_torch(torch, rng, shape, size, dtype, rtol):
    x = rng.standard_normal(shape)
    _side_by_side(torch, lambda t: F.adaptive_avg_pool2d(t, size), lambda t: torch.nn.functional.adaptive_avg_pool2d(
        t, size), x, dtype, rtol)
    ties = np.round(x)  # ties, and windows that overlap when the sizes do not divide
    _side_by_side(torch, lambda t: F.adaptive_max_pool2d(t, size, True),
                  lambda t: torch.nn.functional.adaptive_max_pool2d(t, size, True), ties, dtype, rtol)
    rows = x.reshape(x.shape[:-2] + (-1,))
    width = size if isinstance(size, int) else size[1] or x.shape[-1]
    _side_by_side(torch, lambda t: F.adaptive_avg_pool1d(t, width),
                  lambda t: torch.nn.functional.adaptive_avg_pool1d(t, width), rows, dtype, rtol)


def test_random_avg_pool_options_match_torch(torch):
    rng = np.random.default_rng(3)
    for _ in range(40):
        size = tuple(int(v) for v in rng.integers(1, 9, 2))
        k, s = (tuple(int(v) for v in rng.integers(1, 4, 2)) for _ in range(2))
        p = tuple(int(rng.integers(0, kk // 2 + 1)) for kk in k)
        ceil, count = bool(rng.integers(2)), bool(rng.integers(2))
        divisor = [None, None, 3, -2][int(rng.integers(4))]
        if min(mldlab._ops._pool_util.output_size(n, kk, ss, pp, 1, ceil) for n, kk, ss, pp in zip(size, k, s, p)) < 1:
            continue
        _side_by_side(torch, lambda t: F.avg_pool2d(t, k, s, p, ceil, count, divisor),
                      lambda t: torch.nn.functional.avg_pool2d(t, k, s, p, ceil, count, divisor),
                      rng.standard_normal((2, 2) + size), "float64", 1e-10)


@pytest.mark.parametrize("fn", [
    lambda t: F.avg_pool2d(t, 3, 2, 1, True, False),
    lambda t: F.adaptive_avg_pool2d(t, (2, 3)),
    lambda t: F.adaptive_max_pool2d(t, (3, 2)),
    lambda t: F.avg_pool1d(t.reshape(2, 2, -1), 3, 2, 1),
])
def test_gradients_match_finite_differences(fn):
    shape = (2, 2, 5, 4)
    x = np.random.default_rng(5).permutation(80).reshape(shape) / 9.0
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
    x = mldlab.arange(16.0, dtype=mldlab.float64).reshape(1, 1, 4, 4)
    assert F.avg_pool2d(x, 3, 2, 1, count_include_pad=False).tolist() == [[[[2.5, 4.0], [8.5, 10.0]]]]
    np.testing.assert_allclose(F.avg_pool2d(x, 3, 2, 1).numpy(), [[[[10 / 9, 24 / 9], [51 / 9, 90 / 9]]]], rtol=1e-15)
    assert F.adaptive_avg_pool1d(mldlab.tensor([[0.0, 3.0, 6.0, 9.0, 12.0]]), 3).tolist() == [[1.5, 6.0, 10.5]]


@pytest.mark.parametrize(("cls", "args", "shape"), [
    ("AvgPool2d", dict(kernel_size=2), (2, 3, 6, 6)),
    ("AvgPool2d", dict(kernel_size=(3, 2), stride=1, padding=(1, 0), ceil_mode=True, count_include_pad=False,
                       divisor_override=3), (2, 3, 6, 6)),
    ("AvgPool1d", dict(kernel_size=3, stride=2, padding=1), (2, 3, 9)),
    ("AdaptiveAvgPool2d", dict(output_size=(None, 3)), (2, 3, 6, 7)),
    ("AdaptiveAvgPool1d", dict(output_size=4), (2, 3, 9)),
    ("AdaptiveMaxPool2d", dict(output_size=2), (2, 3, 5, 5)),
])
def test_layers_match_torch_and_round_trip(torch, tmp_path, cls, args, shape):
    from mldlab.interop import from_torch, to_torch

    layer, theirs = getattr(nn, cls)(**args), getattr(torch.nn, cls)(**args)
    assert repr(layer) == repr(theirs)
    x = np.random.default_rng(0).standard_normal(shape)
    np.testing.assert_allclose(layer(mldlab.tensor(x)).numpy(), theirs(torch.tensor(x)).numpy(), rtol=1e-12)
    assert repr(to_torch(layer)) == repr(theirs) and repr(from_torch(theirs)) == repr(layer)
    mldlab.save(nn.Sequential(layer), tmp_path / "pool.npz")
    assert repr(mldlab.load(tmp_path / "pool.npz")[0]) == repr(layer)


def test_top_level_functions_take_torchs_argument_orders(torch):
    x = np.random.default_rng(2).standard_normal((4, 3, 6, 6))
    w, b = np.random.default_rng(3).standard_normal((2, 3))
    ours = mldlab.batch_norm(mldlab.tensor(x), mldlab.tensor(w), mldlab.tensor(b), None, None, True, 0.1, 1e-5, True)
    theirs = torch.batch_norm(torch.tensor(x), torch.tensor(w), torch.tensor(b), None, None, True, 0.1, 1e-5, False)
    np.testing.assert_allclose(ours.numpy(), theirs.numpy(), rtol=1e-10)
    table, ids = np.random.default_rng(4).standard_normal((5, 2)), np.array([[4, 0], [1, 1]])
    np.testing.assert_array_equal(mldlab.embedding(mldlab.tensor(table), mldlab.tensor(ids)).numpy(),
                                  torch.embedding(torch.tensor(table), torch.tensor(ids)).numpy())
    for name, args in [("max_pool2d", (3, 2, 1)), ("max_pool1d", (3,)), ("avg_pool1d", (2, 1)),
                       ("adaptive_avg_pool1d", (4,)), ("layer_norm", ((6,),))]:
        data = x if name in ("max_pool2d", "layer_norm") else x[0]
        np.testing.assert_allclose(getattr(mldlab, name)(mldlab.tensor(data), *args).numpy(),
                                   getattr(torch, name)(torch.tensor(data), *args).numpy(), rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize(("call", "error", "text"), [
    (lambda: F.avg_pool2d(mldlab.zeros(1, 1, 4, 4), 3, padding=2), RuntimeError, "at most half"),
    (lambda: F.avg_pool2d(mldlab.zeros(1, 1, 4, 4, dtype=mldlab.int64), 2), TypeError, "floating-point"),
    (lambda: F.avg_pool2d(mldlab.zeros(1, 1, 4, 4), 2, divisor_override=0), RuntimeError, "divisor_override"),
    (lambda: F.adaptive_avg_pool2d(mldlab.zeros(1, 1, 4, 4), (2,)), TypeError, "tuple of 2"),
    (lambda: F.adaptive_avg_pool2d(mldlab.zeros(1, 1, 4, 4), 0), RuntimeError, ">= 1"),
    (lambda: nn.AvgPool2d(2, divisor_override=0), ValueError, "divisor_override"),
    (lambda: F.avg_pool1d(mldlab.zeros(1, 4), 2, count_include_pad=None), TypeError, "True or False"),
    (lambda: nn.AdaptiveAvgPool2d("7"), TypeError, "output_size"),
])
def test_errors_say_what_was_wrong_in_both_languages(call, error, text):
    with pytest.raises(error) as english:
        call()
    assert text in str(english.value)
    with mldlab.i18n.language("ko"), pytest.raises(error) as korean:
        call()
    assert str(korean.value) != str(english.value) and any("\uac00" <= c <= "\ud7a3" for c in str(korean.value))
