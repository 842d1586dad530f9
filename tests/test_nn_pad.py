"""F.pad (every mode, negative pads) and F.interpolate (nearest) against PyTorch: values, gradients, errors."""

import numpy as np
import pytest

import mldlab
import mldlab.nn.functional as F

PADS = [
    ("constant", (2, 3, 4), (1, 2)),
    ("constant", (2, 3, 4), (-1, 2, 0, 3, 1, 1)),
    ("constant", (5,), (-2, -3)),
    ("reflect", (3, 5), (2, 4)),
    ("reflect", (2, 3, 4, 5), (-1, 3, 2, 1)),
    ("reflect", (2, 3, 4, 5, 6), (1, 2, 3, 0, 2, 2)),
    ("replicate", (2, 3, 5), (4, -2)),
    ("replicate", (3, 4, 5), (1, 6, 2, 0)),
    ("replicate", (1, 2, 3, 3, 2), (1, 1, 2, 2, 3, 3)),
    ("circular", (2, 3, 5), (5, 2)),
    ("circular", (2, 2, 4, 5), (-1, 3, 2, -1)),
    ("circular", (3, 3, 4), (0, 0, 3, 1)),
]


@pytest.mark.parametrize("dtype, rtol", [("float64", 1e-12), ("float32", 1e-6)])
@pytest.mark.parametrize("case", range(len(PADS)))
def test_pad_matches_torch(torch, rng, case, dtype, rtol):
    mode, shape, pad = PADS[case]
    x = rng.standard_normal(shape).astype(dtype)
    value = 0.5 if mode == "constant" else None
    tx, mx = torch.tensor(x, requires_grad=True), mldlab.tensor(x, requires_grad=True)
    expected = torch.nn.functional.pad(tx, pad, mode=mode, value=value)
    got = F.pad(mx, pad, mode=mode, value=value)
    assert got.shape == tuple(expected.shape) and got.dtype == np.dtype(dtype)
    np.testing.assert_array_equal(got.detach().numpy(), expected.detach().numpy())
    g = rng.standard_normal(got.shape).astype(dtype)
    expected.backward(torch.tensor(g))
    got.backward(mldlab.tensor(g))
    np.testing.assert_allclose(mx.grad.numpy(), tx.grad.numpy(), rtol=rtol, atol=rtol)


def test_pad_frozen_rows():
    row = mldlab.tensor([[1.0, 2.0, 3.0, 4.0]])
    assert F.pad(row, (2, 2)).tolist() == [[0, 0, 1, 2, 3, 4, 0, 0]]
    assert F.pad(row, (2, 2), mode="reflect").tolist() == [[3, 2, 1, 2, 3, 4, 3, 2]]
    assert F.pad(row, (2, 2), mode="replicate").tolist() == [[1, 1, 1, 2, 3, 4, 4, 4]]
    assert F.pad(row, (2, 2), mode="circular").tolist() == [[3, 4, 1, 2, 3, 4, 1, 2]]
    ints = F.pad(mldlab.tensor([[1, 2]]), (1, 0), value=7)
    assert ints.tolist() == [[7, 1, 2]] and ints.dtype == mldlab.int64


def test_pad_gradient_counts_the_copies():
    """Each input collects the gradient of every copy of it: with ∂J/∂out = 1, the number of copies."""
    x = mldlab.tensor([[1.0, 2.0, 3.0, 4.0]], requires_grad=True)
    F.pad(x, (2, 2), mode="replicate").sum().backward()
    assert x.grad.tolist() == [[3, 1, 1, 3]]
    x.grad = None
    F.pad(x, (2, 2), mode="reflect").sum().backward()
    assert x.grad.tolist() == [[1, 3, 3, 1]]
    assert F.pad(x, (1, 1))._op == "constant_pad_nd" and F.pad(x, (1, 1), mode="reflect")._op == "reflection_pad1d"


PAD_ERRORS = [
    (lambda f, x: f.pad(x, (1, 1, 1)), RuntimeError, "even number of values", "짝수"),
    (lambda f, x: f.pad(x, (1.0, 1)), TypeError, "pad must be a tuple of whole numbers", "정수"),
    (lambda f, x: f.pad(x, (1, 1), mode="mirror"), NotImplementedError, "mode 'mirror' is not a padding mode",
     "constant, reflect"),
    (lambda f, x: f.pad(x, (1, 1), mode="reflect", value=2.0), RuntimeError, "takes no fill value", "value=2.0"),
    (lambda f, x: f.pad(x, (1,) * 10), RuntimeError, "pad has 10 values.*only 4 axes", "4개"),
    (lambda f, x: f.pad(x, (1, 1), mode="replicate"), NotImplementedError,
     "2 pad values is not supported for an input with 4 dimensions", "4차원"),
    (lambda f, x: f.pad(x, (4, 0, 0, 0), mode="reflect"), RuntimeError,
     r"reflect padding \(4, 0\) on axis 3.*at most 3", "최대 3"),
    (lambda f, x: f.pad(x, (0, 0, 4, 0), mode="circular"), RuntimeError, r"wrap around more than once.*at most 3",
     "최대 3"),
    (lambda f, x: f.pad(x, (-3, -2)), RuntimeError, r"removes more than all of axis 3", "축 3"),
    (lambda f, x: f.pad(np.zeros((2, 2)), (1, 1)), TypeError, "must be a Tensor", "Tensor"),
]


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("case", range(len(PAD_ERRORS)))
def test_pad_errors(torch, case, language):
    make, error, english, korean = PAD_ERRORS[case]
    if case < 9:  # the same mistake makes PyTorch raise the same kind of error
        with pytest.raises(error):
            make(torch.nn.functional, torch.zeros(1, 2, 3, 4))
    mldlab.set_language(language)
    with pytest.raises(error, match=english if language == "en" else korean):
        make(F, mldlab.zeros(1, 2, 3, 4))


RESIZES = [
    ((1, 2, 5), {"size": 3}),
    ((1, 2, 5), {"scale_factor": 1.7}),
    ((2, 1, 7, 5), {"scale_factor": (0.6, 2.3)}),
    ((2, 1, 7, 5), {"size": (13, 4)}),
    ((1, 1, 3, 3, 3), {"scale_factor": 2}),
    ((1, 1, 9), {"scale_factor": 1.3, "recompute_scale_factor": True}),
    ((1, 3, 10, 6), {"scale_factor": 0.3}),
    ((1, 1, 4, 4), {"size": 4}),
]


@pytest.mark.parametrize("case", range(len(RESIZES)))
def test_interpolate_nearest_matches_torch(torch, rng, case):
    shape, options = RESIZES[case]
    x = rng.standard_normal(shape)
    tx, mx = torch.tensor(x, requires_grad=True), mldlab.tensor(x, requires_grad=True)
    expected, got = torch.nn.functional.interpolate(tx, **options), F.interpolate(mx, **options)
    np.testing.assert_array_equal(got.detach().numpy(), expected.detach().numpy())
    g = rng.standard_normal(got.shape)
    expected.backward(torch.tensor(g))
    got.backward(mldlab.tensor(g))
    np.testing.assert_allclose(mx.grad.numpy(), tx.grad.numpy(), rtol=1e-12, atol=1e-12)


def test_interpolate_frozen_and_errors():
    x = mldlab.tensor([[[[1.0, 2.0], [3.0, 4.0]]]])
    assert F.interpolate(x, scale_factor=2).tolist() == [[[[1, 1, 2, 2], [1, 1, 2, 2], [3, 3, 4, 4], [3, 3, 4, 4]]]]
    with pytest.raises(NotImplementedError, match="only mode='nearest'"):
        F.interpolate(x, size=3, mode="bilinear")
    with pytest.raises(ValueError, match="exactly one of size"):
        F.interpolate(x)
    with pytest.raises(ValueError, match=r"size=\(3, 3, 3\) does not fit"):
        F.interpolate(x, size=(3, 3, 3))
    with pytest.raises(RuntimeError, match=r"would have shape \(0, 0\)"):
        F.interpolate(x, scale_factor=0.2)
    with pytest.raises(NotImplementedError, match=r"got shape \(2, 2\)"):
        F.interpolate(x[0, 0], size=3)
    with pytest.raises(ValueError, match="align_corners cannot be used"):
        F.interpolate(x, size=3, align_corners=True)
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="하나만"):
        F.interpolate(x, size=3, scale_factor=2)
