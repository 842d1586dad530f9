"""Layers, activations, dropout and ``nn.functional`` against PyTorch: values, gradients, reprs and errors."""

import warnings

import numpy as np
import pytest

import mldlab
import mldlab.nn
import mldlab.nn.functional as F
from mldlab import nn

DTYPES = [np.float64, np.float32]


def assert_close(ours, theirs, name=""):
    """Values (tensors of either library) agree: max |a − b| ≤ tol · max |b|, with tol by dtype."""
    a, b = ours.detach().numpy(), theirs.detach().numpy()
    assert a.shape == b.shape, f"{name}: shape {a.shape} vs {b.shape}"
    assert a.dtype == b.dtype, f"{name}: dtype {a.dtype} vs {b.dtype}"
    tol = 1e-10 if b.dtype == np.float64 else 1e-5
    scale = max(float(np.max(np.abs(b))), 1e-30) if b.size else 1.0
    error = float(np.max(np.abs(a - b))) if b.size else 0.0
    assert error <= tol * scale, f"{name}: max difference {error:.3g}, allowed {tol * scale:.3g}"


def copy_parameters(ours, theirs):
    """Give the mldlab module the PyTorch module's weights (and check the names line up)."""
    pairs = list(zip(ours.named_parameters(), theirs.named_parameters(), strict=True))
    for (name, mine), (torch_name, other) in pairs:
        assert name == torch_name
        with mldlab.no_grad():
            mine.copy_(mldlab.tensor(other.detach().numpy()))


def forward_backward(lib, layer, x, upstream, dtype):
    """Run ``layer`` on x in one library; return the output, ∂J/∂x and ∂J/∂(each parameter)."""
    x_in = lib.tensor(x.astype(dtype), requires_grad=True)
    out = layer(x_in)
    out.backward(lib.tensor(upstream(out.shape).astype(dtype)))
    return [out, x_in.grad] + [p.grad for p in layer.parameters()]


def compare_layer(torch, build, x, dtype):
    ours, theirs = build(mldlab), build(torch)
    if dtype == np.float64:
        ours, theirs = ours.double(), theirs.double()
    copy_parameters(ours, theirs)
    results = []
    for lib, layer in ((mldlab, ours), (torch, theirs)):
        rng = np.random.default_rng(11)
        results.append(forward_backward(lib, layer, x, lambda shape, r=rng: r.normal(size=tuple(shape)), dtype))
    assert len(results[0]) == len(results[1])
    for i, (a, b) in enumerate(zip(*results, strict=True)):
        assert_close(a, b, f"{build(torch)} result {i}")
        assert a.dtype == np.dtype(dtype)


@pytest.mark.parametrize("dtype", DTYPES, ids=["float64", "float32"])
@pytest.mark.parametrize("bias", [True, False])
@pytest.mark.parametrize("shape", [(3,), (5, 3), (2, 5, 3)])
def test_linear_matches_torch(torch, dtype, bias, shape):
    x = np.random.default_rng(0).normal(size=shape)
    compare_layer(torch, lambda lib: lib.nn.Linear(3, 4, bias=bias), x, dtype)


LAYERS = {
    "Sigmoid": lambda lib: lib.nn.Sigmoid(),
    "Tanh": lambda lib: lib.nn.Tanh(),
    "ReLU": lambda lib: lib.nn.ReLU(),
    "LeakyReLU": lambda lib: lib.nn.LeakyReLU(),
    "LeakyReLU(0.2)": lambda lib: lib.nn.LeakyReLU(negative_slope=0.2),
    "Softmax(0)": lambda lib: lib.nn.Softmax(dim=0),
    "Softmax(1)": lambda lib: lib.nn.Softmax(dim=1),
    "Softmax(-1)": lambda lib: lib.nn.Softmax(dim=-1),
    "LogSoftmax(1)": lambda lib: lib.nn.LogSoftmax(dim=1),
    "LogSoftmax(-1)": lambda lib: lib.nn.LogSoftmax(dim=-1),
    "Identity": lambda lib: lib.nn.Identity(),
    "Flatten": lambda lib: lib.nn.Flatten(),
    "Flatten(0)": lambda lib: lib.nn.Flatten(0),
    "Flatten(0,1)": lambda lib: lib.nn.Flatten(0, 1),
    "Flatten(1,2)": lambda lib: lib.nn.Flatten(start_dim=1, end_dim=2),
    "Dropout.eval": lambda lib: lib.nn.Dropout(0.4).eval(),
    "Dropout(0)": lambda lib: lib.nn.Dropout(0.0),
}


@pytest.mark.parametrize("dtype", DTYPES, ids=["float64", "float32"])
@pytest.mark.parametrize("name", list(LAYERS))
def test_layer_matches_torch(torch, name, dtype):
    x = np.random.default_rng(1).normal(scale=2.0, size=(3, 4, 2, 2))
    compare_layer(torch, LAYERS[name], x, dtype)


def network(lib):
    return lib.nn.Sequential(
        lib.nn.Linear(2, 8), lib.nn.Tanh(),
        lib.nn.Linear(8, 8), lib.nn.ReLU(), lib.nn.Dropout(0.3),
        lib.nn.Linear(8, 8), lib.nn.LeakyReLU(0.1),
        lib.nn.Linear(8, 1), lib.nn.Sigmoid(),
    ).eval()


@pytest.mark.parametrize("dtype", DTYPES, ids=["float64", "float32"])
def test_deep_network_with_loss_matches_torch(torch, dtype):
    rng = np.random.default_rng(2)
    x, y = rng.normal(size=(10, 2)), rng.integers(0, 2, size=(10, 1)).astype(float)
    models = [network(mldlab), network(torch)]
    if dtype == np.float64:
        models = [m.double() for m in models]
    copy_parameters(*models)
    results = []
    for lib, model in zip((mldlab, torch), models, strict=True):
        loss = lib.nn.BCELoss()(model(lib.tensor(x.astype(dtype))), lib.tensor(y.astype(dtype)))
        loss.backward()
        results.append([loss] + [p.grad for p in model.parameters()])
    for a, b in zip(*results, strict=True):
        assert_close(a, b)


FUNCTIONS = {
    "linear": lambda lib, x: lib.nn.functional.linear(x, lib.tensor(np.arange(8.0).reshape(4, 2) / 7, dtype=x.dtype),
                                                      lib.tensor([0.5, -0.5, 1.0, 0.0], dtype=x.dtype)),
    "sigmoid": lambda lib, x: lib.nn.functional.sigmoid(x),
    "tanh": lambda lib, x: lib.nn.functional.tanh(x),
    "relu": lambda lib, x: lib.nn.functional.relu(x),
    "leaky_relu": lambda lib, x: lib.nn.functional.leaky_relu(x, 0.3),
    "softmax": lambda lib, x: lib.nn.functional.softmax(x, dim=1),
    "log_softmax": lambda lib, x: lib.nn.functional.log_softmax(x, dim=-1),
    "softmax_dtype": lambda lib, x: lib.nn.functional.softmax(x, dim=0, dtype=lib.float64),
    "dropout_eval": lambda lib, x: lib.nn.functional.dropout(x, 0.5, training=False),
}


@pytest.mark.parametrize("dtype", DTYPES, ids=["float64", "float32"])
@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_functional_matches_torch(torch, name, dtype):
    x = np.random.default_rng(4).normal(size=(5, 2))
    upstream = np.random.default_rng(5).normal(size=(5, 4) if name == "linear" else (5, 2))
    results = []
    for lib in (mldlab, torch):
        x_in = lib.tensor(x.astype(dtype), requires_grad=True)
        out = FUNCTIONS[name](lib, x_in)
        out.backward(lib.tensor(upstream.astype(out.detach().numpy().dtype)))
        results.append((out, x_in.grad))
    for a, b in zip(*results, strict=True):
        assert_close(a, b, name)


@pytest.mark.parametrize("shape", [(4,), (3, 4), (2, 3, 4), (2, 3, 4, 5)])
def test_softmax_without_dim_warns_and_picks_torchs_axis(torch, shape):
    x = np.random.default_rng(6).normal(size=shape)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = [torch.nn.Softmax()(torch.tensor(x)), torch.nn.functional.log_softmax(torch.tensor(x))]
    with pytest.warns(UserWarning, match="no dim given"):
        ours = nn.Softmax()(mldlab.tensor(x))
    assert_close(ours, expected[0])
    with pytest.warns(UserWarning, match="pass dim explicitly"):
        ours = F.log_softmax(mldlab.tensor(x))
    assert_close(ours, expected[1])


def test_linear_creates_weights_at_construction():
    layer = nn.Linear(3, 4)
    assert layer.weight.shape == (4, 3) and layer.bias.shape == (4,)
    assert layer.weight.dtype == mldlab.float32 and layer.weight.requires_grad
    assert isinstance(layer.weight, nn.Parameter) and layer.weight.is_leaf
    assert (layer.in_features, layer.out_features) == (3, 4)
    double = nn.Linear(3, 4, dtype=mldlab.float64)
    assert double.weight.dtype == mldlab.float64 and double.bias.dtype == mldlab.float64
    no_bias = nn.Linear(3, 4, bias=False)
    assert no_bias.bias is None
    assert [name for name, _ in no_bias.named_parameters()] == ["weight"]
    assert "bias" in no_bias._parameters
    before = layer.weight.detach().numpy().copy()
    layer.reset_parameters()
    assert not np.array_equal(before, layer.weight.detach().numpy())


def test_linear_shape_error_says_what_expected_and_hint():
    layer = nn.Linear(3, 4)
    with pytest.raises(ValueError) as error:
        layer(mldlab.randn(8, 5))
    assert str(error.value).startswith("Linear(3 → 4) expected input with last dimension 3, got shape (8, 5).")
    assert "Hint" in str(error.value)
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match=r"Linear\(3 → 4\)의 입력은 마지막 차원이 3이어야"):
        layer(mldlab.randn(8, 5))


def test_linear_refuses_float64_input_to_float32_weights_as_torch_does(torch):
    import numpy as np

    data = np.ones((2, 3))  # NumPy's float64, the usual slip
    with pytest.raises(RuntimeError):
        torch.nn.Linear(3, 4)(torch.tensor(data))
    layer = nn.Linear(3, 4)
    with pytest.raises(TypeError) as error:
        layer(mldlab.tensor(data))
    assert "mldlab.float64" in str(error.value) and "x.float()" in str(error.value)
    assert layer(mldlab.tensor(data).float()).dtype == mldlab.float32
    assert layer.double()(mldlab.tensor(data)).dtype == mldlab.float64


@pytest.mark.parametrize(
    "build",
    [
        lambda lib: lib.nn.Linear(2, 8),
        lambda lib: lib.nn.Linear(3, 1, bias=False),
        lambda lib: lib.nn.Sigmoid(),
        lambda lib: lib.nn.Tanh(),
        lambda lib: lib.nn.ReLU(),
        lambda lib: lib.nn.ReLU(inplace=True),
        lambda lib: lib.nn.LeakyReLU(),
        lambda lib: lib.nn.LeakyReLU(0.2, inplace=True),
        lambda lib: lib.nn.Softmax(dim=1),
        lambda lib: lib.nn.Softmax(),
        lambda lib: lib.nn.LogSoftmax(dim=-1),
        lambda lib: lib.nn.Dropout(),
        lambda lib: lib.nn.Dropout(0.2),
        lambda lib: lib.nn.Flatten(),
        lambda lib: lib.nn.Flatten(0, 2),
        lambda lib: lib.nn.Identity(),
        lambda lib: lib.nn.Identity(54, unused="argument"),
    ],
)
def test_layer_repr_matches_torch(torch, build):
    assert repr(build(mldlab)) == repr(build(torch))


@pytest.mark.parametrize("p", [0.1, 0.5, 0.8])
def test_dropout_keeps_one_minus_p_and_scales(p):
    x = mldlab.ones(400_000)
    y = nn.Dropout(p)(x).numpy()
    kept = y != 0
    assert abs(kept.mean() - (1 - p)) < 0.005
    np.testing.assert_array_equal(y[kept], np.float32(1 / (1 - p)))
    assert abs(y.mean() - 1) < 0.02  # inverted dropout keeps the expected value
    assert y.dtype == np.float32


@pytest.mark.parametrize("dtype", [mldlab.float32, mldlab.float64])
def test_dropout_gradient_uses_the_same_mask(dtype):
    x = mldlab.randn(50, 40, dtype=dtype, requires_grad=True)
    y = nn.Dropout(0.3)(x)
    g = np.random.default_rng(0).normal(size=(50, 40)).astype(dtype)
    y.backward(mldlab.tensor(g))
    mask = y.detach().numpy() != 0
    assert 0 < mask.mean() < 1
    np.testing.assert_allclose(y.detach().numpy(), x.detach().numpy() * mask / 0.7, rtol=1e-6)
    np.testing.assert_allclose(x.grad.numpy(), g * mask / 0.7, rtol=1e-6)
    assert y.dtype == dtype and x.grad.dtype == dtype


def test_dropout_eval_mode_is_identity_and_train_mode_is_not():
    x = mldlab.randn(20, 10, requires_grad=True)
    drop = nn.Dropout(0.5)
    assert drop.training
    drop.eval()
    y = drop(x)
    np.testing.assert_array_equal(y.detach().numpy(), x.detach().numpy())
    y.sum().backward()
    np.testing.assert_array_equal(x.grad.numpy(), np.ones((20, 10), np.float32))
    drop.train()
    assert not np.array_equal(drop(x).detach().numpy(), x.detach().numpy())
    np.testing.assert_array_equal(F.dropout(x, 0.5, training=False).detach().numpy(), x.detach().numpy())


def test_dropout_is_reproducible_from_the_seed():
    x = mldlab.ones(1000)
    drop = nn.Dropout(0.5)
    mldlab.manual_seed(3)
    first = drop(x).numpy()
    mldlab.manual_seed(3)
    np.testing.assert_array_equal(drop(x).numpy(), first)
    mldlab.manual_seed(4)
    assert not np.array_equal(drop(x).numpy(), first)
    a = nn.Dropout(0.5, generator=mldlab.Generator(9))(x).numpy()
    b = F.dropout(x, 0.5, generator=mldlab.Generator(9)).numpy()
    np.testing.assert_array_equal(a, b)


def test_dropout_extremes():
    x = mldlab.randn(30, requires_grad=True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        y = F.dropout(x, p=1.0)
        y.sum().backward()
    np.testing.assert_array_equal(y.detach().numpy(), np.zeros(30, np.float32))
    np.testing.assert_array_equal(x.grad.numpy(), np.zeros(30, np.float32))
    np.testing.assert_array_equal(F.dropout(x, p=0.0).detach().numpy(), x.detach().numpy())


@pytest.mark.parametrize("p", [1.5, -0.1])
def test_dropout_probability_is_validated(p):
    with pytest.raises(ValueError, match=rf"Dropout: p \(the probability of dropping a unit\) must be between 0 and 1, "
                                         rf"got {p}"):
        nn.Dropout(p)
    with pytest.raises(ValueError, match=rf"dropout: .*got {p}"):
        F.dropout(mldlab.ones(3), p)
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="0과 1 사이"):
        nn.Dropout(p)


def test_flatten_shapes():
    x = mldlab.zeros(32, 1, 28, 28)
    assert nn.Flatten()(x).shape == (32, 784)
    assert nn.Flatten(0)(x).shape == (32 * 784,)
    assert nn.Flatten(2, 3)(x).shape == (32, 1, 784)
