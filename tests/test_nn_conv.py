"""F.conv1d / F.conv2d against PyTorch (values and gradients) over a matrix of options, finite differences in
float64, and frozen values a teacher can check by hand."""

import numpy as np
import pytest

import mldlab
import mldlab.nn.functional as F

pytestmark = pytest.mark.filterwarnings("ignore:Using padding='same' with even kernel:UserWarning")  # torch's note

# (input shape, weight shape, options): strides, paddings ('same' with even kernels and dilation), dilations,
# groups, odd sizes, batch 1, unbatched input
CASES_2D = [
    ((2, 3, 7, 6), (4, 3, 3, 3), {}),
    ((1, 3, 7, 6), (4, 3, 3, 2), {"stride": (2, 1), "padding": (1, 2), "dilation": (2, 1)}),
    ((2, 3, 9, 8), (5, 3, 3, 3), {"stride": 3, "padding": 2}),
    ((2, 4, 7, 6), (6, 2, 3, 3), {"groups": 2, "padding": "same", "dilation": 2}),
    ((2, 4, 7, 6), (6, 2, 4, 2), {"groups": 2, "padding": "same", "dilation": (1, 3)}),
    ((2, 4, 6, 6), (4, 1, 2, 2), {"groups": 4, "padding": "same"}),
    ((2, 3, 5, 5), (2, 3, 5, 5), {"padding": "valid"}),
    ((4, 7, 6), (6, 2, 4, 2), {"groups": 2, "padding": 1}),
    ((1, 1, 1, 1), (3, 1, 1, 1), {}),
]
CASES_1D = [
    ((2, 3, 9), (4, 3, 3), {}),
    ((1, 4, 9), (6, 2, 4), {"groups": 2, "padding": "same", "dilation": 3}),
    ((4, 9), (6, 4, 3), {"stride": 2, "padding": 1}),
    ((2, 4, 10), (6, 4, 3), {"stride": (3,), "padding": "valid", "dilation": 2}),
]


def _arrays(rng, x_shape, w_shape, dtype):
    x = rng.standard_normal(x_shape).astype(dtype)
    w = rng.standard_normal(w_shape).astype(dtype)
    b = rng.standard_normal(w_shape[0]).astype(dtype)
    return x, w, b


def _compare(torch, ours, theirs, arrays, options, bias, dtype, rtol, rng):
    """One forward and backward in both libraries from the same numbers; values and all gradients compared."""
    x, w, b = arrays
    ts = [torch.tensor(a, requires_grad=True) for a in (x, w, b)]
    ms = [mldlab.tensor(a, requires_grad=True) for a in (x, w, b)]
    expected = theirs(ts[0], ts[1], ts[2] if bias else None, **options)
    got = ours(ms[0], ms[1], ms[2] if bias else None, **options)
    assert got.dtype == np.dtype(dtype) and got.shape == tuple(expected.shape)
    scale = np.abs(expected.detach().numpy()).max()
    np.testing.assert_allclose(got.detach().numpy(), expected.detach().numpy(), rtol=rtol, atol=rtol * scale)
    g = rng.standard_normal(tuple(expected.shape)).astype(dtype)
    expected.backward(torch.tensor(g))
    got.backward(mldlab.tensor(g))
    for m, t in list(zip(ms, ts))[: 3 if bias else 2]:
        want = t.grad.numpy()
        np.testing.assert_allclose(m.grad.numpy(), want, rtol=rtol, atol=rtol * np.abs(want).max())
    if not bias:
        assert ms[2].grad is None


@pytest.mark.parametrize("dtype, rtol", [("float64", 1e-10), ("float32", 1e-5)])
@pytest.mark.parametrize("case", range(len(CASES_2D)))
def test_conv2d_matches_torch(torch, rng, case, dtype, rtol):
    x_shape, w_shape, options = CASES_2D[case]
    arrays = _arrays(rng, x_shape, w_shape, dtype)
    for bias in (True, False):
        _compare(torch, F.conv2d, torch.nn.functional.conv2d, arrays, options, bias, dtype, rtol, rng)


@pytest.mark.parametrize("dtype, rtol", [("float64", 1e-10), ("float32", 1e-5)])
@pytest.mark.parametrize("case", range(len(CASES_1D)))
def test_conv1d_matches_torch(torch, rng, case, dtype, rtol):
    x_shape, w_shape, options = CASES_1D[case]
    arrays = _arrays(rng, x_shape, w_shape, dtype)
    for bias in (True, False):
        _compare(torch, F.conv1d, torch.nn.functional.conv1d, arrays, options, bias, dtype, rtol, rng)


def _numeric_gradient(f, arrays, k, eps=1e-6):
    numeric = np.zeros(arrays[k].shape)
    for index in np.ndindex(arrays[k].shape):
        values = [a.copy() for a in arrays]
        values[k][index] += eps
        plus = f(*values)
        values[k][index] -= 2 * eps
        numeric[index] = (plus - f(*values)) / (2 * eps)
    return numeric


@pytest.mark.parametrize("conv, x_shape, w_shape, options", [
    (F.conv2d, (2, 2, 5, 6), (4, 1, 2, 3), {"stride": (2, 1), "padding": "valid", "dilation": (1, 2), "groups": 2}),
    (F.conv2d, (2, 2, 4, 4), (2, 2, 2, 2), {"padding": "same", "dilation": (1, 1)}),
    (F.conv1d, (2, 2, 7), (3, 2, 3), {"stride": 2, "padding": 2}),
])
def test_gradients_match_central_differences(rng, conv, x_shape, w_shape, options):
    arrays = list(_arrays(rng, x_shape, w_shape, "float64"))
    out_shape = conv(*(mldlab.tensor(a) for a in arrays), **options).shape
    weights = rng.standard_normal(out_shape)

    def objective(x, w, b):
        return float((conv(mldlab.tensor(x), mldlab.tensor(w), mldlab.tensor(b), **options).numpy() * weights).sum())

    tensors = [mldlab.tensor(a, requires_grad=True) for a in arrays]
    conv(*tensors, **options).backward(mldlab.tensor(weights))
    for k, tensor in enumerate(tensors):
        np.testing.assert_allclose(tensor.grad.numpy(), _numeric_gradient(objective, arrays, k), rtol=1e-6,
                                   atol=1e-8)


def test_frozen_vertical_edge_kernel():
    """The Sobel-like kernel [[−1, 0, 1]] × 3 rows finds where a dark left half meets a bright right half."""
    image = mldlab.tensor([[[[0.0, 0.0, 0.0, 9.0, 9.0, 9.0]] * 4]])
    kernel = mldlab.tensor([[[[-1.0, 0.0, 1.0]] * 3]])
    out = F.conv2d(image, kernel, mldlab.tensor([0.5]))
    assert out.tolist() == [[[[0.5, 27.5, 27.5, 0.5]] * 2]]
    same = F.conv2d(image, kernel, padding="same")
    assert same.shape == (1, 1, 4, 6)
    assert same[0, 0, 1].tolist() == [0.0, 0.0, 27.0, 27.0, 0.0, -27.0]  # the right border meets the zero padding


def test_frozen_strided_dilated_values():
    x = mldlab.arange(25.0).reshape(1, 1, 5, 5)
    w = mldlab.tensor([[[[1.0, 2.0], [3.0, 4.0]]]])
    # taps two apart (dilation 2): 1·x[0,0] + 2·x[0,2] + 3·x[2,0] + 4·x[2,2] = 0 + 4 + 30 + 48 = 82; stride 2 moves
    # by two columns (each tap +2: +20) or two rows (each tap +10: +100)
    assert F.conv2d(x, w, stride=2, dilation=2).tolist() == [[[[82.0, 102.0], [182.0, 202.0]]]]


def test_top_level_functions_are_the_same_as_torch_has():
    assert mldlab.conv2d is F.conv2d and mldlab.conv1d is F.conv1d


def test_one_graph_node_per_convolution():
    x = mldlab.randn(2, 3, 5, 5)
    w = mldlab.randn(4, 3, 3, 3, requires_grad=True)
    b = mldlab.randn(4, requires_grad=True)
    out = F.conv2d(x, w, b, padding=1)
    assert out._op == "conv2d" and out._inputs == (x, w, b)
    assert out.grad_fn is not None and F.conv1d(mldlab.randn(1, 3, 5), w[:, :, 0], b)._op == "conv1d"
