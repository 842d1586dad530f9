"""``nn.init`` against its formulas and PyTorch's gains and fans, and ``Linear``'s default initialisation."""

import math

import numpy as np
import pytest

import mldlab
import mldlab.nn
from mldlab import nn
from mldlab.nn import init

SHAPE = (400, 500)  # (out, in): fan_in = 500, fan_out = 400
FAN_IN, FAN_OUT = 500, 400

NONLINEARITIES = ["linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d",
                  "sigmoid", "tanh", "relu", "leaky_relu", "selu"]


@pytest.mark.parametrize("name", NONLINEARITIES)
def test_calculate_gain_equals_torch(torch, name):
    assert init.calculate_gain(name) == torch.nn.init.calculate_gain(name)


@pytest.mark.parametrize("param", [None, 0, 0.2, 1, 3])
def test_leaky_relu_gain_equals_torch(torch, param):
    assert init.calculate_gain("leaky_relu", param) == torch.nn.init.calculate_gain("leaky_relu", param)
    assert init.calculate_gain("leaky_relu", param) == math.sqrt(2 / (1 + (0.01 if param is None else param) ** 2))


def test_calculate_gain_errors(torch):
    with pytest.raises(ValueError):
        torch.nn.init.calculate_gain("softplus")
    with pytest.raises(ValueError, match=r"unsupported nonlinearity 'softplus'. Expected one of linear, .*selu"):
        init.calculate_gain("softplus")
    for param in (True, "0.1"):
        with pytest.raises(ValueError, match="negative_slope .* is not a valid number"):
            init.calculate_gain("leaky_relu", param)


@pytest.mark.parametrize("shape", [(3, 5), (2, 3, 5), (4, 3, 2, 2)])
def test_fans_equal_torch(torch, shape):
    ours = init._calculate_fan_in_and_fan_out(mldlab.zeros(*shape))
    assert ours == torch.nn.init._calculate_fan_in_and_fan_out(torch.zeros(*shape))


def stats(tensor):
    values = tensor.detach().numpy()
    return values.min(), values.max(), values.mean(), values.std()


def test_uniform_and_normal_fill_in_place():
    w = mldlab.empty(*SHAPE)
    array = w._data
    assert init.uniform_(w, -2.0, 3.0) is w and w._data is array
    low, high, mean, std = stats(w)
    assert -2.0 <= low < -1.99 and 2.99 < high < 3.0
    assert abs(mean - 0.5) < 0.02 and abs(std - 5 / math.sqrt(12)) < 0.01
    assert init.normal_(w, mean=1.0, std=0.5) is w
    _, _, mean, std = stats(w)
    assert abs(mean - 1.0) < 0.005 and abs(std - 0.5) < 0.005


def test_constant_zeros_ones():
    w = mldlab.empty(3, 4, dtype=mldlab.float64)
    for function, value in ((lambda t: init.constant_(t, 0.25), 0.25), (init.zeros_, 0.0), (init.ones_, 1.0)):
        assert function(w) is w
        np.testing.assert_array_equal(w.numpy(), np.full((3, 4), value))
        assert w.dtype == mldlab.float64


@pytest.mark.parametrize("gain", [1.0, 5 / 3])
def test_xavier_uniform_bound(gain):
    w = init.xavier_uniform_(mldlab.empty(*SHAPE), gain=gain)
    bound = gain * math.sqrt(6 / (FAN_IN + FAN_OUT))
    low, high, mean, std = stats(w)
    assert -bound <= low < -0.99 * bound and 0.99 * bound < high <= bound
    assert abs(mean) < 0.01 * bound and abs(std - bound / math.sqrt(3)) < 0.01 * bound


@pytest.mark.parametrize("gain", [1.0, math.sqrt(2)])
def test_xavier_normal_std(gain):
    _, _, mean, std = stats(init.xavier_normal_(mldlab.empty(*SHAPE), gain=gain))
    expected = gain * math.sqrt(2 / (FAN_IN + FAN_OUT))
    assert abs(mean) < 0.01 * expected and abs(std - expected) < 0.01 * expected


@pytest.mark.parametrize("mode, fan", [("fan_in", FAN_IN), ("fan_out", FAN_OUT)])
@pytest.mark.parametrize("nonlinearity, a", [("leaky_relu", 0), ("leaky_relu", math.sqrt(5)), ("relu", 0), ("tanh", 0)])
def test_kaiming_uniform_bound(mode, fan, nonlinearity, a):
    w = init.kaiming_uniform_(mldlab.empty(*SHAPE), a=a, mode=mode, nonlinearity=nonlinearity)
    bound = init.calculate_gain(nonlinearity, a) * math.sqrt(3 / fan)
    low, high, mean, std = stats(w)
    assert -bound <= low < -0.99 * bound and 0.99 * bound < high <= bound
    assert abs(std - bound / math.sqrt(3)) < 0.01 * bound


@pytest.mark.parametrize("mode, fan", [("fan_in", FAN_IN), ("fan_out", FAN_OUT)])
@pytest.mark.parametrize("nonlinearity, a", [("leaky_relu", 0.2), ("relu", 0), ("selu", 0)])
def test_kaiming_normal_std(mode, fan, nonlinearity, a):
    _, _, mean, std = stats(init.kaiming_normal_(mldlab.empty(*SHAPE), a=a, mode=mode, nonlinearity=nonlinearity))
    expected = init.calculate_gain(nonlinearity, a) / math.sqrt(fan)
    assert abs(mean) < 0.01 * expected and abs(std - expected) < 0.01 * expected


def test_initialisers_record_no_graph_on_parameters():
    w = nn.Parameter(mldlab.zeros(4, 3, dtype=mldlab.float64))
    for fill in (init.uniform_, init.normal_, init.xavier_uniform_, init.xavier_normal_, init.kaiming_uniform_,
                 init.kaiming_normal_, init.zeros_, init.ones_, lambda t: init.constant_(t, 2.0)):
        assert fill(w) is w
        assert w.is_leaf and w.grad_fn is None and w.requires_grad and w.dtype == mldlab.float64


def test_generator_and_seed_make_initialisation_reproducible():
    for fill in (init.uniform_, init.normal_, init.xavier_uniform_, init.kaiming_normal_):
        a = fill(mldlab.empty(5, 4), generator=mldlab.Generator(7)).numpy()
        b = fill(mldlab.empty(5, 4), generator=mldlab.Generator(7)).numpy()
        np.testing.assert_array_equal(a, b)
        mldlab.manual_seed(1)
        c = fill(mldlab.empty(5, 4)).numpy()
        mldlab.manual_seed(1)
        np.testing.assert_array_equal(fill(mldlab.empty(5, 4)).numpy(), c)
        assert not np.array_equal(a, c)


def test_init_errors():
    with pytest.raises(ValueError, match=r"mode must be 'fan_in' or 'fan_out', got 'fan_avg'"):
        init.kaiming_uniform_(mldlab.empty(3, 4), mode="fan_avg")
    with pytest.raises(ValueError, match=r"at least 2 dimensions, got shape \(5,\)"):
        init.xavier_uniform_(mldlab.empty(5))
    with pytest.warns(UserWarning, match="no elements"):
        init.kaiming_uniform_(mldlab.empty(0, 3))
    with pytest.raises(TypeError, match="expected a Tensor"):
        init.uniform_(np.zeros(3))
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="2차원 이상"):
        init.kaiming_normal_(mldlab.empty(5))


@pytest.mark.parametrize("in_features, out_features", [(50, 30), (2, 200), (400, 1)])
def test_linear_default_init_bounds(torch, in_features, out_features):
    bound = 1 / math.sqrt(in_features)
    weights, biases = [], []
    for _ in range(20):
        layer = nn.Linear(in_features, out_features)
        weights.append(layer.weight.detach().numpy())
        biases.append(layer.bias.detach().numpy())
    weights, biases = np.concatenate([w.ravel() for w in weights]), np.concatenate(biases)
    theirs = torch.nn.Linear(in_features, out_features).weight.detach().numpy()
    for values in (weights, biases, theirs):
        assert values.min() >= -bound and values.max() <= bound
    assert weights.max() > 0.95 * bound and weights.min() < -0.95 * bound
    assert abs(weights.std() - bound / math.sqrt(3)) < 0.05 * bound  # U(−b, b) has std b/√3


def test_linear_with_no_inputs_has_zero_bias():
    with pytest.warns(UserWarning, match="no elements"):  # PyTorch warns too
        layer = nn.Linear(0, 3)
    assert layer.weight.shape == (3, 0)
    np.testing.assert_array_equal(layer.bias.detach().numpy(), np.zeros(3, np.float32))
