"""The hand-off: ``to_torch`` / ``from_torch`` and the generated PyTorch and Keras code, run and compared."""

import os
import sys
from collections import OrderedDict

os.environ["KERAS_BACKEND"] = "torch"  # before keras is imported anywhere in this module

import numpy as np  # noqa: E402
import pytest  # noqa: E402

import mldlab  # noqa: E402
from mldlab import nn  # noqa: E402
from mldlab.interop import from_torch, keras_weights, to_keras_code, to_pytorch_code, to_torch  # noqa: E402

pytestmark = [  # the "activation_first" network uses Softmax() without dim on purpose, as PyTorch allows
    pytest.mark.filterwarnings("ignore:Softmax. no dim given:UserWarning"),
    pytest.mark.filterwarnings("ignore:Implicit dimension choice for softmax:UserWarning"),
]


# name: (the mldlab network, the shape of a batch of inputs, input_shape for Keras or None)
ARCHITECTURES = {
    "tanh_sigmoid": (lambda: nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1), nn.Sigmoid()), (16, 2), None),
    "relu_dropout_softmax": (lambda: nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Dropout(0.3), nn.Linear(16, 3),
                                                   nn.Softmax(dim=1)), (16, 4), None),
    "flatten_leaky_logsoftmax": (lambda: nn.Sequential(nn.Flatten(), nn.Linear(12, 6), nn.LeakyReLU(0.1),
                                                       nn.Linear(6, 4), nn.LogSoftmax(dim=-1)), (8, 3, 4), (3, 4)),
    "named_nested": (lambda: nn.Sequential(OrderedDict([
        ("hidden", nn.Sequential(nn.Linear(3, 5), nn.Tanh())),
        ("out", nn.Linear(5, 2, bias=False)),
        ("same", nn.Identity()),
        ("act", nn.Sigmoid()),
    ])), (7, 3), None),
    "activation_first": (lambda: nn.Sequential(nn.ReLU(), nn.Linear(3, 4), nn.Dropout(0.5), nn.Tanh(),
                                               nn.LeakyReLU(), nn.Linear(4, 2), nn.Softmax()), (6, 3), None),
    "bare_linear": (lambda: nn.Linear(3, 2), (5, 3), None),
    "float64": (lambda: nn.Sequential(nn.Linear(3, 4, dtype=mldlab.float64), nn.Sigmoid(),
                                      nn.Linear(4, 1, dtype=mldlab.float64)), (5, 3), None),
}


def build(name):
    """The network in evaluation mode and a random input batch in its dtype."""
    make, shape, _ = ARCHITECTURES[name]
    model = make().eval()
    dtype = next(model.parameters()).dtype
    x = np.random.default_rng(len(name)).normal(size=shape).astype(dtype)
    return model, x


def tolerance(x):
    return 1e-6 if x.dtype == np.float32 else 1e-12


def torch_tensors(torch, model):
    return {key: torch.from_numpy(value.numpy().copy()) for key, value in model.state_dict().items()}


@pytest.mark.parametrize("name", ARCHITECTURES)
def test_to_torch_gives_the_same_network(torch, name):
    model, x = build(name)
    theirs = to_torch(model)
    assert list(theirs.state_dict()) == list(model.state_dict())
    for key, value in theirs.state_dict().items():
        assert value.numpy().dtype == model.state_dict()[key].dtype
        np.testing.assert_array_equal(value.numpy(), model.state_dict()[key].numpy())
    assert not any(m.training for m in theirs.modules())
    expected = model(mldlab.tensor(x)).detach().numpy()
    np.testing.assert_allclose(theirs(torch.from_numpy(x)).detach().numpy(), expected, atol=tolerance(x), rtol=0)


@pytest.mark.parametrize("name", ARCHITECTURES)
def test_from_torch_gives_the_same_network(torch, name):
    model, x = build(name)
    theirs = to_torch(model)
    with torch.no_grad():
        for p in theirs.parameters():
            p.mul_(-1.5)  # weights of PyTorch's own, so that the test sees them arrive
    back = from_torch(theirs)
    assert type(back) is type(model) and repr(back) == repr(model)
    assert not any(m.training for m in back.modules())
    expected = theirs(torch.from_numpy(x)).detach().numpy()
    np.testing.assert_allclose(back(mldlab.tensor(x)).detach().numpy(), expected, atol=tolerance(x), rtol=0)


def test_modes_are_copied_and_weights_are_copies(torch):
    model = nn.Sequential(nn.Linear(2, 3), nn.Dropout(0.5))
    model[1].eval()
    theirs = to_torch(model)
    assert [m.training for m in theirs.modules()] == [True, True, False]
    assert [m.training for m in from_torch(theirs).modules()] == [True, True, False]
    before = model[0].weight.detach().numpy().copy()
    with torch.no_grad():
        theirs[0].weight.add_(1.0)
    np.testing.assert_array_equal(model[0].weight.detach().numpy(), before)


def test_from_torch_on_a_network_written_in_pytorch(torch):
    torch.manual_seed(0)
    theirs = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Linear(8, 2),
                                 torch.nn.LogSoftmax(dim=1)).eval()
    ours = from_torch(theirs)
    x = np.random.default_rng(0).normal(size=(10, 4)).astype(np.float32)
    np.testing.assert_allclose(ours(mldlab.tensor(x)).detach().numpy(), theirs(torch.from_numpy(x)).detach().numpy(),
                               atol=1e-6, rtol=0)


def test_unsupported_layers_are_named(torch):
    class TorchNet(torch.nn.Module):
        def forward(self, x):
            return x

    cases = [
        (torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.Conv3d(1, 1, 3)), r"layer '1' \(Conv3d\)"),
        (torch.nn.Sequential(OrderedDict(body=torch.nn.Sequential(TorchNet()))), r"layer 'body\.0' \(TorchNet\)"),
        (torch.nn.PReLU(), r"layer PReLU\. Expected .*Identity.*Linear.*Sequential"),
    ]
    for module, pattern in cases:
        with pytest.raises(TypeError, match="from_torch: mldlab has no equivalent of the " + pattern):
            from_torch(module)
    with pytest.raises(TypeError, match=r"layer '0' \(Linear\) has weights of type torch\.bfloat16"):
        from_torch(torch.nn.Sequential(torch.nn.Linear(2, 2).to(torch.bfloat16)))
    with pytest.raises(TypeError, match="expected a torch.nn.Module, got .*Sequential.*to_torch"):
        from_torch(nn.Sequential(nn.Linear(2, 2)))
    with pytest.raises(TypeError, match="to_torch: expected an mldlab nn.Module, got torch.*from_torch"):
        to_torch(torch.nn.Linear(2, 2))
    mldlab.set_language("ko")
    with pytest.raises(TypeError, match="해당하는 mldlab 층이 없습니다"):
        from_torch(torch.nn.Conv3d(1, 1, 3))


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)

    def forward(self, x):
        return self.fc(x)


@pytest.mark.parametrize("convert", [to_torch, to_pytorch_code, to_keras_code, keras_weights])
def test_own_classes_are_refused_with_the_state_dict_hint(torch, convert):
    with pytest.raises(TypeError, match=convert.__name__ + r": cannot describe the layer '1' \(Net\).*state_dict"):
        convert(nn.Sequential(nn.Linear(2, 2), Net()))
    with pytest.raises(TypeError, match=r"ModuleList"):
        convert(nn.ModuleList([nn.Linear(2, 2)]))


def test_a_missing_torch_is_reported(monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)  # import torch now raises ImportError
    with pytest.raises(ImportError, match="to_torch needs PyTorch, which is not installed.*pip install torch"):
        to_torch(nn.Linear(2, 2))
    mldlab.set_language("ko")
    with pytest.raises(ImportError, match="from_torch에는 PyTorch가 필요한데"):
        from_torch(None)
    assert to_pytorch_code(nn.Linear(2, 2)).endswith("model = nn.Linear(2, 2)\n")  # needs no torch


def test_pytorch_code_text():
    model = nn.Sequential(OrderedDict([
        ("flat", nn.Flatten(start_dim=2)),
        ("block", nn.Sequential(nn.Linear(3, 4, bias=False, dtype=mldlab.float64), nn.ReLU(inplace=True))),
        ("층", nn.LeakyReLU()),
        ("drop", nn.Dropout(0.25)),
        ("p", nn.LogSoftmax(dim=-1)),
        ("q", nn.Softmax()),
        ("id", nn.Identity()),
        ("empty", nn.Sequential()),
    ]))
    assert to_pytorch_code(model, name="net") == (
        "from collections import OrderedDict\n"
        "\n"
        "import torch\n"
        "from torch import nn\n"
        "\n"
        "net = nn.Sequential(OrderedDict([\n"
        '    ("flat", nn.Flatten(start_dim=2)),\n'
        '    ("block", nn.Sequential(\n'
        "        nn.Linear(3, 4, bias=False, dtype=torch.float64),\n"
        "        nn.ReLU(inplace=True),\n"
        "    )),\n"
        '    ("층", nn.LeakyReLU(0.01)),\n'
        '    ("drop", nn.Dropout(0.25)),\n'
        '    ("p", nn.LogSoftmax(dim=-1)),\n'
        '    ("q", nn.Softmax()),\n'
        '    ("id", nn.Identity()),\n'
        '    ("empty", nn.Sequential()),\n'
        "]))\n"
    )
    for bad in ("my model", "class", "", 3):
        with pytest.raises(ValueError, match="name must be a Python variable name"):
            to_pytorch_code(model, name=bad)


@pytest.mark.parametrize("name", ARCHITECTURES)
def test_generated_pytorch_code_builds_the_same_network(torch, name):
    model, x = build(name)
    namespace = {}
    exec(to_pytorch_code(model, name="built"), namespace)
    built = namespace["built"]
    assert repr(built) == repr(to_torch(model))
    built.load_state_dict(torch_tensors(torch, model))
    built.eval()
    expected = model(mldlab.tensor(x)).detach().numpy()
    np.testing.assert_allclose(built(torch.from_numpy(x)).detach().numpy(), expected, atol=tolerance(x), rtol=0)


def test_keras_code_text():
    model = nn.Sequential(nn.Flatten(), nn.ReLU(), nn.Linear(12, 6, bias=False), nn.LeakyReLU(), nn.Dropout(0.5),
                          nn.Linear(6, 4), nn.Tanh(), nn.Sigmoid(), nn.Identity(), nn.Linear(4, 3), nn.LogSoftmax(1))
    code = to_keras_code(model, name="net", input_shape=[3, 4])
    assert code.startswith(
        "import keras\n"
        "from keras import layers\n"
        "\n"
        "net = keras.Sequential([\n"
        "    keras.Input(shape=(3, 4)),\n"
        "    layers.Flatten(),\n"
        '    layers.Activation("relu"),\n'
        "    layers.Dense(6, use_bias=False),\n"
        "    layers.LeakyReLU(negative_slope=0.01),\n"
        "    layers.Dropout(0.5),\n"
        '    layers.Dense(4, activation="tanh"),\n'
        '    layers.Activation("sigmoid"),\n'
        "    layers.Identity(),\n"
        '    layers.Dense(3, activation="log_softmax"),\n'
        "])\n"
        "\n"
        "# Weights: a Dense kernel is the Linear weight transposed, K = Wᵀ of shape (in, out)"
    )
    assert code.endswith("# net.set_weights(mldlab.interop.keras_weights(mldlab_model))\n")
    three_axes = nn.Sequential(nn.Linear(4, 4), nn.Softmax(dim=1), nn.Linear(4, 2), nn.Softmax(dim=2))
    assert "    layers.Dense(4),\n    layers.Softmax(axis=1),\n    layers.Dense(2, activation=\"softmax\"),\n" in (
        to_keras_code(three_axes, input_shape=(3, 4)))
    float64 = nn.Sequential(nn.Linear(2, 3, dtype=mldlab.float64), nn.ReLU(), nn.Dropout(0.1))
    assert ('keras.Input(shape=(2,), dtype="float64"),\n    layers.Dense(3, activation="relu", dtype="float64"),\n'
            '    layers.Dropout(0.1, dtype="float64"),\n') in to_keras_code(float64)


def test_what_keras_cannot_express():
    cases = [
        (nn.Sequential(nn.Flatten(start_dim=2), nn.Linear(4, 2)), (3, 4), r"Flatten keeps only the batch axis"),
        (nn.Sequential(nn.Linear(4, 2), nn.Softmax(dim=0)), None, r"'1' \(Softmax\).*axis 0, the batch axis"),
        (nn.Sequential(nn.Linear(4, 2), nn.Softmax()), (3, 4), r"axis 0, the batch axis"),  # PyTorch's dim for 3-d
        (nn.Sequential(nn.Linear(4, 2), nn.LogSoftmax(dim=1)), (3, 4), r"log_softmax only along the last axis"),
        (nn.Sequential(nn.Linear(4, 2), nn.Softmax(dim=3)), None, r"dim=3 does not exist for inputs with 2 axes"),
    ]
    for model, input_shape, pattern in cases:
        with pytest.raises(ValueError, match="to_keras_code: Keras has no layer for .*" + pattern):
            to_keras_code(model, input_shape=input_shape)
    mixed = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 2, dtype=mldlab.float64))
    with pytest.raises(ValueError, match=r"different dtypes \(float32, float64\).*model\.float\(\)"):
        to_keras_code(mixed)
    with pytest.raises(ValueError, match=r"Expected input_shape.*input_shape=\(28, 28\)"):
        to_keras_code(nn.Sequential(nn.Flatten(), nn.Linear(784, 10)))
    with pytest.raises(ValueError, match="Expected input_shape"):
        to_keras_code(nn.Sequential(nn.ReLU()))
    for bad in ((), (0, 2), "28", 28, (2.5,)):
        with pytest.raises(ValueError, match="input_shape must be a tuple of whole numbers > 0"):
            to_keras_code(nn.Linear(2, 2), input_shape=bad)
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="해당하는 Keras 층이 없습니다.*배치 축"):
        to_keras_code(nn.Sequential(nn.Linear(4, 2), nn.Softmax(dim=0)))


def test_keras_weights_are_the_transposed_kernels_and_biases():
    model = nn.Sequential(OrderedDict(a=nn.Sequential(nn.Linear(3, 4, bias=False), nn.Tanh()), b=nn.Linear(4, 2)))
    weights = keras_weights(model)
    assert [w.shape for w in weights] == [(3, 4), (4, 2), (2,)]
    np.testing.assert_array_equal(weights[0], model.a[0].weight.detach().numpy().T)
    np.testing.assert_array_equal(weights[1], model.b.weight.detach().numpy().T)
    np.testing.assert_array_equal(weights[2], model.b.bias.detach().numpy())
    assert all(w.flags.c_contiguous and w.dtype == np.float32 for w in weights)
    weights[2][0] = 99.0
    assert model.b.bias[0].item() != 99.0  # copies


@pytest.mark.filterwarnings("ignore:__array__ implementation doesn't accept a copy keyword:DeprecationWarning")
@pytest.mark.parametrize("name", ARCHITECTURES)
def test_generated_keras_code_computes_the_same_outputs(keras, name):
    model, x = build(name)
    namespace = {}
    exec(to_keras_code(model, name="built", input_shape=ARCHITECTURES[name][2]), namespace)
    built = namespace["built"]
    built.set_weights(keras_weights(model))
    expected = model(mldlab.tensor(x)).detach().numpy()
    called = built(x).detach().cpu().numpy()  # a torch tensor: Keras runs on its PyTorch backend here
    predicted = built.predict(x, verbose=0)
    assert called.dtype == predicted.dtype == x.dtype
    np.testing.assert_allclose(called, expected, atol=1e-5, rtol=0)
    np.testing.assert_allclose(predicted, expected, atol=1e-5, rtol=0)
