"""The hand-off of convolution, pooling, normalisation, embedding and recurrent networks: ``to_torch`` /
``from_torch``, and the generated PyTorch and Keras code, run and compared (Keras 3 on its PyTorch backend)."""

import os

os.environ.setdefault("KERAS_BACKEND", "torch")  # before keras is imported anywhere in this module

import numpy as np  # noqa: E402
import pytest  # noqa: E402

import mldlab  # noqa: E402
from mldlab import nn  # noqa: E402
from mldlab.interop import from_torch, keras_weights, to_keras_code, to_pytorch_code, to_torch  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::UserWarning")


def _cnn():
    return nn.Sequential(nn.Conv2d(2, 4, 3, padding=1), nn.BatchNorm2d(4), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Conv2d(4, 3, 2, stride=2, padding=(1, 0), bias=False), nn.AvgPool2d(2, stride=1, padding=1),
                         nn.Flatten(), nn.Dropout(0.1), nn.Linear(36, 5), nn.Softmax(dim=1))


def _float64():
    f64 = mldlab.float64
    return nn.Sequential(nn.Conv2d(1, 2, 3, dtype=f64), nn.BatchNorm2d(2, dtype=f64), nn.Tanh(), nn.Flatten(),
                         nn.Linear(32, 1, dtype=f64))


# name: (the network, the PyTorch-layout input shape, ids?, Keras input from x, PyTorch's output from the tuple)
ARCHITECTURES = {
    "cnn": (_cnn, (3, 2, 8, 8), False, lambda x: x.transpose(0, 2, 3, 1), None),
    "conv1d": (lambda: nn.Sequential(nn.Conv1d(3, 4, 3, padding="same", dilation=2), nn.ReLU(), nn.MaxPool1d(2),
                                     nn.Flatten(), nn.BatchNorm1d(12), nn.Linear(12, 2)),
               (3, 3, 6), False, lambda x: x.transpose(0, 2, 1), None),
    "unflatten_groups": (lambda: nn.Sequential(nn.Linear(4, 32), nn.Unflatten(1, (2, 4, 4)),
                                               nn.Conv2d(2, 4, 3, groups=2), nn.AdaptiveAvgPool2d(1), nn.Flatten(),
                                               nn.Linear(4, 2)), (3, 4), False, lambda x: x, None),
    "lstm_bidirectional": (lambda: nn.Sequential(nn.Linear(3, 3), nn.LSTM(3, 4, num_layers=2, batch_first=True,
                                                                          dropout=0.3, bidirectional=True)),
                           (2, 5, 3), False, lambda x: x, lambda y: y[0]),
    "gru_time_first": (lambda: nn.Sequential(nn.Embedding(10, 3), nn.LayerNorm(3), nn.GRU(3, 4)),
                       (5, 2), True, lambda x: x.T, lambda y: y[0].transpose(0, 1)),
    "rnn_relu": (lambda: nn.RNN(3, 4, nonlinearity="relu", batch_first=True, bias=False), (2, 5, 3), False,
                 lambda x: x, lambda y: y[0]),
    "float64": (_float64, (2, 1, 6, 6), False, lambda x: x.transpose(0, 2, 3, 1), None),
}
KERAS_INPUT_SHAPES = {"cnn": (2, 8, 8), "conv1d": (3, 6), "lstm_bidirectional": (None, 3), "float64": (1, 6, 6)}


def build(name, mode="eval"):
    """The network, with BatchNorm statistics moved by one training batch, in ``mode``, and an input batch."""
    make, shape, ids, _, _ = ARCHITECTURES[name]
    mldlab.manual_seed(len(name))
    model = make()
    rng = np.random.default_rng(len(name))
    x = rng.integers(0, 10, shape) if ids else rng.normal(size=shape).astype(next(model.parameters()).dtype)
    with mldlab.no_grad():
        model.train()(mldlab.tensor(x))
    return (model.eval() if mode == "eval" else model), x


def output(name, y):
    select = ARCHITECTURES[name][4]
    return (select(y) if select else y).detach().numpy()


def tolerance(x):
    return 1e-12 if x.dtype == np.float64 else 1e-6


def torch_tensors(torch, model):
    return {key: torch.from_numpy(value.numpy().copy()) for key, value in model.state_dict().items()}


@pytest.mark.parametrize("name", ARCHITECTURES)
def test_to_torch_and_back_give_the_same_network(torch, name):
    model, x = build(name)
    converted = to_torch(model)
    assert list(converted.state_dict()) == list(model.state_dict())
    for key, value in converted.state_dict().items():  # buffers too: running statistics, num_batches_tracked
        np.testing.assert_array_equal(value.numpy(), model.state_dict()[key].numpy(), err_msg=key)
    expected = output(name, model(mldlab.tensor(x)))
    np.testing.assert_allclose(output(name, converted(torch.from_numpy(x))), expected, rtol=0, atol=tolerance(x))
    back = from_torch(converted)
    assert repr(back) == repr(model)
    np.testing.assert_allclose(output(name, back(mldlab.tensor(x))), expected, rtol=0, atol=tolerance(x))
    training, _ = build(name, mode="train")
    assert all(m.training for m in to_torch(training).modules()) and all(m.training for m in from_torch(
        to_torch(training)).modules())


def test_every_other_new_layer_goes_to_torch_and_back(torch):
    """Cells and the remaining pools, one by one (a Sequential of them describes them; it is not run as a chain)."""
    layers = nn.Sequential(nn.RNNCell(3, 4, nonlinearity="relu"), nn.LSTMCell(3, 4, bias=False), nn.GRUCell(3, 4),
                           nn.AvgPool1d(2, stride=1, padding=1, count_include_pad=False), nn.AdaptiveAvgPool1d(3),
                           nn.AdaptiveMaxPool2d((2, 1)), nn.MaxPool1d(3, stride=2, dilation=2, ceil_mode=True))
    converted = to_torch(layers)
    back = from_torch(converted)
    assert repr(back) == repr(layers) and list(converted.state_dict()) == list(layers.state_dict())
    rng = np.random.default_rng(5)
    for index, ours in enumerate(layers):
        x = rng.normal(size=(2, 3) if index < 3 else (2, 3, 7) if index != 5 else (2, 3, 5, 4)).astype(np.float32)
        mine, theirs, again = ours(mldlab.tensor(x)), converted[index](torch.from_numpy(x)), back[index](
            mldlab.tensor(x))
        for a, b, c in zip(*(_tuple(y) for y in (mine, theirs, again))):
            np.testing.assert_allclose(b.detach().numpy(), a.detach().numpy(), rtol=1e-5, atol=1e-6)
            np.testing.assert_array_equal(c.detach().numpy(), a.detach().numpy())
    assert "nn.LSTMCell(3, 4, bias=False)" in to_pytorch_code(layers)


def _tuple(y):
    return y if isinstance(y, tuple) else (y,)


def test_from_torch_on_networks_written_in_pytorch(torch):
    torch.manual_seed(0)
    cnn = torch.nn.Sequential(torch.nn.Conv2d(1, 3, 3, padding="same"), torch.nn.BatchNorm2d(3), torch.nn.ReLU(),
                              torch.nn.MaxPool2d(2), torch.nn.Flatten(), torch.nn.Linear(12, 2))
    x = torch.randn(4, 1, 4, 4)
    cnn(x)  # a training step's statistics
    for mode in (True, False):
        cnn.train(mode)
        ours = from_torch(cnn)
        assert ours.training is mode and ours[1].num_batches_tracked.item() == cnn[1].num_batches_tracked.item()
        np.testing.assert_array_equal(ours[1].running_var.numpy(), cnn[1].running_var.numpy())
        np.testing.assert_allclose(ours(mldlab.tensor(x.numpy())).detach().numpy(), cnn(x).detach().numpy(),
                                   rtol=1e-5, atol=1e-6)
    lstm = torch.nn.LSTM(2, 3, num_layers=2, bidirectional=True)
    seq = torch.randn(5, 2, 2)
    reference, (h, c) = lstm(seq)
    mine, (h_mine, c_mine) = from_torch(lstm)(mldlab.tensor(seq.numpy()))
    for a, b in ((mine, reference), (h_mine, h), (c_mine, c)):
        np.testing.assert_allclose(a.detach().numpy(), b.detach().numpy(), rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("name", ARCHITECTURES)
def test_generated_pytorch_code_builds_the_same_network(torch, name):
    model, x = build(name)
    namespace = {}
    code = to_pytorch_code(model, name="built")
    exec(code, namespace)
    built = namespace["built"]
    assert repr(built) == repr(to_torch(model))
    assert list(built.state_dict()) == list(model.state_dict())
    built.load_state_dict(torch_tensors(torch, model))
    expected = output(name, model(mldlab.tensor(x)))
    np.testing.assert_allclose(output(name, built.eval()(torch.from_numpy(x))), expected, rtol=0, atol=tolerance(x))


def test_pytorch_code_text():
    assert to_pytorch_code(_cnn()).splitlines()[3:8] == [
        "model = nn.Sequential(",
        "    nn.Conv2d(2, 4, 3, padding=1),",
        "    nn.BatchNorm2d(4),",
        "    nn.ReLU(),",
        "    nn.MaxPool2d(2, stride=2),",
    ]
    assert "nn.LSTM(3, 4, num_layers=2, batch_first=True, dropout=0.3, bidirectional=True)" in to_pytorch_code(
        ARCHITECTURES["lstm_bidirectional"][0]())


@pytest.mark.parametrize("name", ARCHITECTURES)
def test_generated_keras_code_computes_the_same_outputs(keras, name):
    model, x = build(name)
    shape = KERAS_INPUT_SHAPES.get(name)
    namespace = {}
    exec(to_keras_code(model, name="built", input_shape=shape), namespace)
    built = namespace["built"]
    built.set_weights(keras_weights(model, input_shape=shape))
    expected = output(name, model(mldlab.tensor(x)))
    predicted = built.predict(ARCHITECTURES[name][3](x), verbose=0)
    assert predicted.dtype == expected.dtype
    np.testing.assert_allclose(predicted, expected, atol=1e-5, rtol=0)
    if shape is None or name == "lstm_bidirectional":
        for a, b in zip(keras_weights(model), keras_weights(model, input_shape=shape)):
            np.testing.assert_array_equal(a, b)


def test_keras_code_text():
    code = to_keras_code(_cnn(), input_shape=(2, 8, 8))
    assert ("    keras.Input(shape=(8, 8, 2)),\n"
            '    layers.Conv2D(4, 3, padding="same"),\n'
            "    layers.BatchNormalization(momentum=0.9, epsilon=1e-05),\n"
            '    layers.Activation("relu"),\n'
            "    layers.MaxPooling2D(2),\n"
            "    layers.ZeroPadding2D(padding=(1, 0)),\n"
            "    layers.Conv2D(3, 2, strides=2, use_bias=False),\n"
            "    layers.ZeroPadding2D(padding=1),\n"
            "    layers.AveragePooling2D(2, strides=1),\n"
            "    layers.Flatten(),\n") in code
    assert "x.transpose(0, 2, 3, 1)" in code and code.endswith("# model.set_weights(mldlab.interop.keras_weights("
                                                             "mldlab_model))\n")
    lenet = nn.Sequential(nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(6, 16, 5), nn.Tanh())
    assert ('layers.Conv2D(6, 5, activation="relu", padding="same"),\n    layers.MaxPooling2D(2),\n'
            '    layers.Conv2D(16, 5, activation="tanh"),\n') in to_keras_code(lenet, input_shape=(1, 28, 28))
    rnn = to_keras_code(ARCHITECTURES["gru_time_first"][0]())
    assert "keras.Input(shape=(None,))" in rnn and "layers.GRU(4, return_sequences=True)" in rnn
    assert "batch_first=False" in rnn and "x.transpose(1, 0, 2)" in rnn


def test_what_keras_cannot_express():
    cases = [
        (nn.Sequential(nn.LSTMCell(2, 3)), (2,), "one time step"),
        (nn.Sequential(nn.Conv2d(1, 1, 3, padding=1, padding_mode="reflect")), (1, 5, 5), "padding_mode='reflect'"),
        (nn.Sequential(nn.Conv2d(1, 1, 3), nn.MaxPool2d(2, padding=1)), (1, 6, 6), r"'1' \(MaxPool2d\)"),
        (nn.Sequential(nn.Conv2d(1, 1, 3), nn.AdaptiveAvgPool2d(2)), (1, 6, 6), "output_size=2"),
        (nn.Sequential(nn.GRU(2, 3, batch_first=True), nn.Linear(3, 1)), (4, 2), "recurrent layer must come last"),
        (nn.Sequential(nn.LSTM(2, 3, proj_size=2)), (4, 2), "proj_size=2"),
        (nn.Sequential(nn.Embedding(5, 2, max_norm=1.0)), (3,), "max_norm"),
        (nn.Sequential(nn.Conv2d(1, 1, 3), nn.AvgPool2d(2, ceil_mode=True)), (1, 6, 6), "ceil_mode"),
    ]
    for model, shape, pattern in cases:
        with pytest.raises(ValueError, match="to_keras_code: Keras has no layer for .*" + pattern):
            to_keras_code(model, input_shape=shape)
    with pytest.raises(ValueError, match="Expected input_shape"):
        to_keras_code(nn.Sequential(nn.Conv2d(1, 2, 3)))
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="해당하는 Keras 층이 없습니다.*한 시점만"):
        to_keras_code(nn.GRUCell(2, 3), input_shape=(2,))
