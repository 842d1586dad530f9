"""nn.Conv1d / nn.Conv2d: PyTorch's attributes, repr, initialisation and numbers (through from_torch, every padding
mode), save/load and the hand-off, and clear errors in both languages."""

import math

import numpy as np
import pytest

import mldlab
from mldlab import nn
from mldlab.interop import from_torch, to_torch

pytestmark = pytest.mark.filterwarnings("ignore:Using padding='same' with even kernel:UserWarning")  # torch's note

LAYERS = [
    ("Conv2d", (3, 4, 3), {}),
    ("Conv2d", (4, 6, (3, 2)), {"stride": (2, 1), "padding": (1, 2), "dilation": (1, 2), "groups": 2}),
    ("Conv2d", (2, 4, 4), {"padding": "same", "dilation": 2, "padding_mode": "reflect", "bias": False}),
    ("Conv2d", (2, 2, 3), {"padding": 2, "padding_mode": "replicate", "stride": 2}),
    ("Conv2d", (2, 4, 2), {"padding": "same", "padding_mode": "circular", "groups": 2}),
    ("Conv2d", (2, 3, 3), {"padding": "valid", "padding_mode": "reflect"}),
    ("Conv1d", (3, 6, 4), {"padding": "same", "dilation": 3, "groups": 3}),
    ("Conv1d", (2, 4, 3), {"padding": 2, "padding_mode": "circular", "stride": 3}),
    ("Conv1d", (2, 4, (2,)), {"padding": (1,), "padding_mode": "reflect", "bias": False}),
]


def _pair(torch, case, dtype="float64"):
    name, args, options = LAYERS[case]
    theirs = getattr(torch.nn, name)(*args, **options, dtype=getattr(torch, dtype))
    return from_torch(theirs), theirs


@pytest.mark.parametrize("case", range(len(LAYERS)))
def test_attributes_and_repr_are_pytorchs(torch, case):
    name, args, options = LAYERS[case]
    ours, theirs = getattr(nn, name)(*args, **options), getattr(torch.nn, name)(*args, **options)
    assert repr(ours) == repr(theirs)
    for attribute in ("in_channels", "out_channels", "kernel_size", "stride", "padding", "dilation", "groups",
                      "padding_mode"):
        assert getattr(ours, attribute) == getattr(theirs, attribute), attribute
    assert [(k, tuple(v.shape)) for k, v in ours.state_dict().items()] == \
        [(k, tuple(v.shape)) for k, v in theirs.state_dict().items()]


@pytest.mark.parametrize("dtype, rtol", [("float64", 1e-10), ("float32", 1e-5)])
@pytest.mark.parametrize("case", range(len(LAYERS)))
def test_forward_and_backward_match_torch(torch, rng, case, dtype, rtol):
    ours, theirs = _pair(torch, case, dtype)
    dims = 2 if LAYERS[case][0] == "Conv2d" else 1
    for shape in ((2, ours.in_channels) + (7, 9)[:dims], (ours.in_channels,) + (6,) * dims):  # batched, unbatched
        x = rng.standard_normal(shape).astype(dtype)
        tx, mx = torch.tensor(x, requires_grad=True), mldlab.tensor(x, requires_grad=True)
        expected, got = theirs(tx), ours(mx)
        np.testing.assert_allclose(got.detach().numpy(), expected.detach().numpy(), rtol=rtol, atol=rtol * 10)
        g = rng.standard_normal(tuple(expected.shape)).astype(dtype)
        expected.backward(torch.tensor(g))
        got.backward(mldlab.tensor(g))
        np.testing.assert_allclose(mx.grad.numpy(), tx.grad.numpy(), rtol=rtol, atol=rtol * 10)
        for (key, p), (_, q) in zip(ours.named_parameters(), theirs.named_parameters(), strict=True):
            np.testing.assert_allclose(p.grad.numpy(), q.grad.numpy(), rtol=rtol, atol=rtol * 100, err_msg=key)
            p.grad, q.grad = None, None


def test_initialisation_uses_the_convolution_fan(torch):
    """W and b ~ U(±1/√fan_in), fan_in = in_channels / groups · kH · kW, as PyTorch's reset_parameters."""
    from torch.nn.init import _calculate_fan_in_and_fan_out as torch_fans

    for shape in ((16, 3, 5, 5), (8, 2, 3, 1), (4, 6, 7)):
        w = mldlab.empty(*shape)
        assert nn.init._calculate_fan_in_and_fan_out(w) == torch_fans(torch.empty(shape))
    mldlab.manual_seed(0)
    conv = nn.Conv2d(8, 64, (3, 5), groups=4)
    bound = 1 / math.sqrt(8 // 4 * 3 * 5)
    for p in (conv.weight, conv.bias):
        values = p.detach().numpy()
        assert values.max() <= bound and values.min() >= -bound
        assert values.max() > 0.8 * bound and values.min() < -0.8 * bound  # fills the whole range
    assert conv.weight.shape == (64, 2, 3, 5)


def test_save_load_and_the_torch_hand_off(torch, tmp_path, rng):
    model = nn.Sequential(nn.Conv2d(1, 4, 3, padding="same", padding_mode="reflect"), nn.ReLU(),
                          nn.Conv2d(4, 2, (2, 3), stride=2, dilation=(1, 2), groups=2, bias=False), nn.Flatten(),
                          nn.Unflatten(1, (2, -1)), nn.Conv1d(2, 1, 3, padding=1, padding_mode="circular"))
    x = rng.standard_normal((2, 1, 9, 10)).astype("float32")
    expected = model(mldlab.tensor(x)).detach().numpy()
    mldlab.save(model, tmp_path / "cnn.npz")
    loaded = mldlab.load(tmp_path / "cnn.npz")
    assert repr(loaded) == repr(model)
    np.testing.assert_array_equal(loaded(mldlab.tensor(x)).detach().numpy(), expected)
    twin = to_torch(model)
    assert [repr(layer) for layer in twin[:4]] == [repr(layer) for layer in model[:4]]
    np.testing.assert_allclose(twin(torch.tensor(x)).detach().numpy(), expected, rtol=1e-5, atol=1e-6)
    back = from_torch(twin)
    np.testing.assert_allclose(back(mldlab.tensor(x)).detach().numpy(), expected, rtol=1e-5, atol=1e-6)


def test_unflatten_matches_torch(torch):
    x = np.arange(24.0).reshape(2, 12)
    for dim, sizes in ((1, (3, 4)), (-1, (2, -1, 3)), (0, (1, 2))):
        ours, theirs = nn.Unflatten(dim, sizes), torch.nn.Unflatten(dim, sizes)
        assert repr(ours) == repr(theirs)
        np.testing.assert_array_equal(ours(mldlab.tensor(x)).numpy(), theirs(torch.tensor(x)).numpy())
    with pytest.raises(RuntimeError, match=r"Unflatten\(dim=1, unflattened_size=\(5, 2\)\) cannot split axis 1"):
        nn.Unflatten(1, (5, 2))(mldlab.tensor(x))
    with pytest.raises(TypeError, match="unflattened_size must be"):
        nn.Unflatten(1, 12)


ERRORS = [
    (lambda: nn.Conv2d(3, 16, 3)(mldlab.zeros(8, 1, 28, 28)), RuntimeError,
     r"^Conv2d\(3 → 16, 3×3\) expected input of shape \(N, 3, H, W\) / \(3, H, W\) \(3 channels\), got shape "
     r"\(8, 1, 28, 28\) \(1 channels, groups=1\)\. Hint: in_channels", "채널 3개"),
    (lambda: nn.Conv2d(1, 4, 5, dilation=2)(mldlab.zeros(2, 1, 8, 8)), RuntimeError,
     r"Conv2d\(1 → 4, 5×5\): the input with its padding is \(8, 8\) per channel, smaller than the kernel \(5, 5\) "
     r"\(which spans \(9, 9\)", "커널"),
    (lambda: nn.Conv2d(4, 6, 3, groups=4), ValueError, "out_channels=6 cannot be split into groups=4", "groups=4"),
    (lambda: nn.Conv2d(3, 6, 3, groups=2), ValueError, "in_channels=3 cannot be split", "in_channels=3"),
    (lambda: mldlab.conv2d(mldlab.zeros(1, 3, 5, 5), mldlab.zeros(4, 1, 3, 3), groups=2), RuntimeError,
     r"\(N, 2, H, W\)", "채널 2개"),
    (lambda: nn.Conv2d(3, 6, 3, padding="full"), ValueError, "padding 'full' is not a padding PyTorch knows",
     "'valid'"),
    (lambda: mldlab.conv2d(mldlab.zeros(1, 3, 5, 5), mldlab.zeros(4, 3, 3, 3), padding="full"), RuntimeError,
     "padding 'full'", "'same'"),
    (lambda: nn.Conv2d(3, 6, 3, padding="same", stride=2), ValueError, "padding='same' cannot be used with stride",
     "stride=1"),
    (lambda: mldlab.conv1d(mldlab.zeros(1, 3, 5), mldlab.zeros(4, 3, 3), padding="same", stride=2), RuntimeError,
     r"conv1d: padding='same' cannot be used with stride=\(2,\)", "stride"),
    (lambda: nn.Conv2d(1, 4, 3)(mldlab.zeros(28, 28)), RuntimeError,
     r"expected input of shape \(N, 1, H, W\) / \(1, H, W\), got shape \(28, 28\) \(2 dimensions\).*unsqueeze",
     "unsqueeze"),
    (lambda: nn.Conv1d(1, 4, 3)(mldlab.zeros(2, 1, 5, 5)), RuntimeError, r"\(N, 1, L\) / \(1, L\)", "4차원"),
    (lambda: nn.Conv2d(3, 6, 3, padding_mode="mirror"), ValueError, "padding_mode 'mirror' is not", "zeros"),
    (lambda: nn.Conv2d(3, 6, (3, 3, 3)), ValueError, "kernel_size must be one whole number or 2", "2개"),
    (lambda: nn.Conv2d(3, 6, 0), ValueError, "kernel_size", "kernel_size"),
    (lambda: nn.Conv2d(3, 6, 3, stride=-1), ValueError, "stride", "stride"),
    (lambda: nn.Conv2d(1, 2, 3)(mldlab.zeros(1, 1, 5, 5, dtype=mldlab.float64)), TypeError,
     "got input of type mldlab.float64, but its weights are mldlab.float32", "float64"),
    (lambda: mldlab.conv2d(mldlab.zeros(1, 3, 5, 5), mldlab.zeros(4, 3, 3, 3), stride=(1, 1, 1)), RuntimeError,
     r"stride must be one whole number or 2", "stride=\\(1, 1, 1\\)"),
    (lambda: mldlab.conv2d(mldlab.zeros(1, 3, 5, 5), mldlab.zeros(4, 3, 3, 3), padding=-1), RuntimeError,
     "padding must be at least 0", "padding"),
    (lambda: mldlab.conv2d(mldlab.zeros(1, 3, 5, 5), mldlab.zeros(4, 3, 3, 3), mldlab.zeros(3)), RuntimeError,
     r"bias must have shape \(4,\)", "편향"),
    (lambda: mldlab.conv2d(mldlab.zeros(1, 4, 5, 5), mldlab.zeros(3, 2, 3, 3), groups=2), RuntimeError,
     "3 output channels cannot be split", "출력 채널 3개"),
    (lambda: mldlab.conv2d(np.zeros((1, 3, 5, 5)), mldlab.zeros(3, 3, 3, 3)), TypeError, "input must be a Tensor",
     "Tensor"),
    (lambda: mldlab.conv2d(mldlab.zeros(1, 3, 5, 5), mldlab.zeros(3, 3, 3)), RuntimeError,
     "the weight must have 4 dimensions", "4차원"),
]


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("case", range(len(ERRORS)))
def test_clear_errors(case, language):
    make, error, english, korean = ERRORS[case]
    mldlab.set_language(language)
    with pytest.raises(error, match=english if language == "en" else korean):
        make()


def test_errors_have_pytorchs_types(torch):
    """The same mistakes make PyTorch raise the same kinds of error."""
    for make, error, *_ in ERRORS[:2] + ERRORS[4:5] + ERRORS[6:7] + ERRORS[8:10]:
        with pytest.raises(error):
            make()
    with pytest.raises(RuntimeError):
        torch.nn.Conv2d(3, 16, 3)(torch.zeros(8, 1, 28, 28))
    with pytest.raises(ValueError):
        torch.nn.Conv2d(3, 6, 3, padding="same", stride=2)
    with pytest.raises(ValueError):
        torch.nn.Conv2d(4, 6, 3, groups=4)
