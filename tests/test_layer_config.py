"""Each layer carries its own description (get_config/from_config); save/load and the hand-off loop over layers."""

import os

import numpy as np
import pytest

import mldlab
from mldlab import nn
from mldlab.interop import from_torch, to_pytorch_code, to_torch
from mldlab.nn.config import LAYERS, check_rebuildable, module_from_config, module_to_config
from mldlab.nn.parameter import empty_weight, weight_budget

NN_LAYERS = {
    "Linear": lambda: nn.Linear(3, 2, bias=False, dtype=mldlab.float64),
    "Identity": lambda: nn.Identity(),
    "Flatten": lambda: nn.Flatten(0, 1),
    "Sigmoid": lambda: nn.Sigmoid(),
    "Tanh": lambda: nn.Tanh(),
    "ReLU": lambda: nn.ReLU(inplace=True),
    "LeakyReLU": lambda: nn.LeakyReLU(0.2),
    "Softmax": lambda: nn.Softmax(dim=-1),
    "LogSoftmax": lambda: nn.LogSoftmax(dim=1),
    "Dropout": lambda: nn.Dropout(0.3),
    "Sequential": lambda: nn.Sequential(nn.Linear(2, 2)),
}


@pytest.mark.parametrize("name", NN_LAYERS)
def test_every_layer_rebuilds_from_its_own_config(name):
    layer = NN_LAYERS[name]()
    assert LAYERS[name] is type(layer)
    rebuilt = type(layer).from_config(layer.get_config()) if name != "Sequential" else module_from_config(
        module_to_config(layer))
    assert repr(rebuilt) == repr(layer)
    assert rebuilt.get_config() == layer.get_config()
    assert {k: v.shape for k, v in rebuilt.state_dict().items()} == {k: v.shape for k, v in layer.state_dict().items()}


def test_the_registry_covers_every_public_nn_layer():
    public = {name for name in nn.__all__ if isinstance(getattr(nn, name), type)
              and issubclass(getattr(nn, name), nn.Module) and not name.endswith("Loss")}
    not_layers = {"Module", "ModuleList", "ModuleDict", "ParameterList", "ParameterDict"}  # containers, no forward
    assert public - not_layers <= set(LAYERS), public - not_layers - set(LAYERS)


def test_a_layer_used_twice_stays_one_layer_after_save_and_load(tmp_path):
    shared = nn.Linear(3, 3)
    model = nn.Sequential(shared, nn.Tanh(), shared)
    config = module_to_config(model)
    assert config["children"][2] == {"name": "2", "same_as": "0"}
    path = os.path.join(tmp_path, "tied.npz")
    mldlab.save(model, path)
    loaded = mldlab.load(path)
    assert loaded[0] is loaded[2]
    x = mldlab.randn(4, 3)
    np.testing.assert_array_equal(loaded(x).detach().numpy(), model(x).detach().numpy())
    assert len(list(loaded.parameters())) == 2


def test_a_parameter_shared_by_two_layers_stays_shared(tmp_path):
    model = nn.Sequential(nn.Linear(3, 3), nn.Tanh(), nn.Linear(3, 3))
    model[2].weight = model[0].weight
    assert module_to_config(model)["tied"] == [["2.weight", "0.weight"]]
    path = os.path.join(tmp_path, "tied.npz")
    mldlab.save(model, path)
    loaded = mldlab.load(path)
    assert loaded[2].weight is loaded[0].weight and loaded[2].bias is not loaded[0].bias
    bad = module_to_config(model)
    bad["tied"] = [["2.weight", "nothing"]]
    with pytest.raises(ValueError, match="'tied' entry must name two parameters"):
        module_from_config(bad)


def test_tied_layers_hand_off_to_pytorch(torch):
    shared = nn.Linear(3, 3)
    model = nn.Sequential(shared, nn.ReLU(), shared)
    theirs = to_torch(model)
    assert theirs[0] is theirs[2]
    x = np.random.default_rng(0).normal(size=(5, 3)).astype(np.float32)
    np.testing.assert_allclose(theirs(torch.from_numpy(x)).detach().numpy(),
                               model(mldlab.tensor(x)).detach().numpy(), rtol=1e-6)
    back = from_torch(theirs)
    assert back[0] is back[2]
    namespace = {}
    exec(to_pytorch_code(model), namespace)
    built = namespace["model"]
    assert built[0] is built[2] and isinstance(built[1], torch.nn.ReLU)


@pytest.mark.parametrize(("build", "error", "pattern", "korean"), [
    (lambda: nn.Linear("2", 3), TypeError, r"Linear: in_features must be a whole number >= 0, got '2' \(str\)",
     "정수여야"),
    (lambda: nn.Linear(2.5, 3), TypeError, r"in_features must be a whole number >= 0, got 2.5", "정수여야"),
    (lambda: nn.Linear(2, -1), ValueError, r"out_features must be >= 0, got -1", "0 이상이어야"),
    (lambda: nn.Linear(2, True), TypeError, r"out_features must be a whole number", "정수여야"),
    (lambda: nn.Linear(2, 3, bias="no"), TypeError, r"bias must be True or False, got 'no'", "True나 False"),
    (lambda: nn.Linear(2, 3, dtype=mldlab.int64), TypeError, r"dtype must be one of float16, float32, float64",
     "실수"),
    (lambda: nn.Dropout("0.5"), ValueError, r"Dropout: p .* between 0 and 1", "0과 1 사이"),
    (lambda: nn.LeakyReLU(float("nan")), TypeError, r"negative_slope must be a finite number, got nan", "유한한"),
    (lambda: nn.Softmax(dim=1.0), TypeError, r"dim must be a whole number .*got 1.0", "정수"),
    (lambda: nn.Flatten(start_dim=None), TypeError, r"start_dim must be a whole number", "정수"),
])
def test_bad_layer_arguments_are_named_in_both_languages(build, error, pattern, korean):
    with pytest.raises(error, match=pattern):
        build()
    mldlab.set_language("ko")
    try:
        with pytest.raises(error, match=korean):
            build()
    finally:
        mldlab.set_language("en")


def test_numpy_whole_numbers_are_accepted_as_sizes():
    layer = nn.Linear(np.int64(3), np.int32(2))
    assert layer.get_config()["in_features"] == 3 and type(layer.in_features) is int


def test_a_description_cannot_ask_for_more_weights_than_the_budget():
    config = {"class": "Linear", "args": {"in_features": 100_000, "out_features": 100_000}}
    with weight_budget(1_000_000), pytest.raises(ValueError, match=r"shape \(100000, 100000\).*more than the 1000000"):
        module_from_config(config)
    with weight_budget(500):
        empty_weight((10, 10), np.float32)
        with pytest.raises(ValueError, match="weights of shape"):
            empty_weight((10, 10), np.float32)
    assert empty_weight((1000, 1000), np.float32).shape == (1000, 1000)  # no budget outside the block


def test_a_layer_changed_after_construction_cannot_be_saved_whole():
    layer = nn.Linear(2, 3)
    layer.weight = nn.Parameter(mldlab.zeros(4, 2))
    with pytest.raises(TypeError, match=r"holds 'weight' as \(4, 2\) float32.*would hold \(3, 2\) float32"):
        check_rebuildable(layer, "mldlab.save")
    own = nn.Sequential(nn.Linear(2, 2))
    own[0].extra = nn.Parameter(mldlab.zeros(1))
    with pytest.raises(TypeError, match="holds 'extra'"):
        check_rebuildable(own, "mldlab.save")


def test_own_classes_say_how_to_save_them():
    class Net(nn.Module):
        def forward(self, x):
            return x

    with pytest.raises(TypeError, match=r"cannot describe the layer Net.*state_dict"):
        Net().get_config()
    with pytest.raises(TypeError, match=r"layer '1' \(Net\).*state_dict"):
        module_to_config(nn.Sequential(nn.Tanh(), Net()))
