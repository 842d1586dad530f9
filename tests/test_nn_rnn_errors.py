"""Recurrent layers: clear errors in both languages, finite differences, and the round trips through files and
PyTorch (each layer carries its config)."""

import numpy as np
import pytest

import mldlab
from mldlab import nn
from mldlab.i18n import language
from mldlab.interop import from_torch, to_torch
from mldlab.nn.config import module_from_config, module_to_config


def korean(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def raises_in_both(error, fn, *english_parts):
    """``fn()`` raises ``error`` whose English text holds every part; the Korean text is Korean."""
    with pytest.raises(error) as english:
        fn()
    for part in english_parts:
        assert part in str(english.value), (part, str(english.value))
    with language("ko"), pytest.raises(error) as hangul:
        fn()
    assert korean(str(hangul.value)) and str(hangul.value) != str(english.value)


def test_constructor_errors():
    raises_in_both(ValueError, lambda: nn.RNN(3, 4, nonlinearity="sigmoid"), "RNN: unknown nonlinearity 'sigmoid'",
                   "'tanh' or 'relu'")
    raises_in_both(ValueError, lambda: nn.RNNCell(3, 4, nonlinearity="gelu"), "RNNCell", "'gelu'")
    for bad in (1.5, -0.1, True, "0.2"):
        raises_in_both(ValueError, lambda bad=bad: nn.LSTM(3, 4, num_layers=2, dropout=bad), "LSTM: dropout",
                       repr(bad))
    raises_in_both(ValueError, lambda: nn.LSTM(3, 4, proj_size=4), "proj_size", "hidden_size − 1 = 3", "got 4")
    raises_in_both(ValueError, lambda: nn.LSTM(3, 4, proj_size=-1), "got -1")
    raises_in_both(ValueError, lambda: nn.GRU(3, 0), "hidden_size")
    raises_in_both(TypeError, lambda: nn.GRU(3.5, 4), "input_size")
    raises_in_both(ValueError, lambda: nn.RNN(3, 4, num_layers=0), "num_layers")
    raises_in_both(TypeError, lambda: nn.LSTM(3, 4, bidirectional=1), "bidirectional")
    raises_in_both(TypeError, lambda: nn.LSTMCell(3, 4, bias="yes"), "bias")
    with pytest.warns(UserWarning, match="num_layers=1 it does nothing"):
        nn.GRU(3, 4, dropout=0.5)


def test_input_errors():
    lstm = nn.LSTM(8, 64)
    raises_in_both(RuntimeError, lambda: lstm(mldlab.randn(64, 32, 5)),
                   "LSTM(input_size=8, hidden_size=64) expected input of shape (L, N, 8), got (64, 32, 5)")
    raises_in_both(RuntimeError, lambda: nn.LSTM(8, 64, batch_first=True)(mldlab.randn(32, 64, 5)),
                   "expected input of shape (N, L, 8)", "batch_first=True")
    raises_in_both(RuntimeError, lambda: lstm(mldlab.randn(64, 5)), "expected input of shape (L, 8), got (64, 5)")
    raises_in_both(ValueError, lambda: lstm(mldlab.randn(2, 64, 32, 8)), "(L, N, 8)", "(L, 8)", "4 dimension(s)")
    raises_in_both(ValueError, lambda: lstm(mldlab.randn(8)), "1 dimension(s)")
    raises_in_both(ValueError, lambda: lstm(mldlab.randn(5, 2, 8, dtype=mldlab.float64)), "mldlab.float64",
                   "mldlab.float32")
    raises_in_both(RuntimeError, lambda: lstm(mldlab.randn(0, 2, 8)), "length 0")
    raises_in_both(TypeError, lambda: lstm(np.zeros((5, 2, 8), np.float32)), "input must be a tensor", "ndarray")


def test_initial_state_errors():
    x = mldlab.randn(5, 3, 4)
    lstm = nn.LSTM(4, 6, num_layers=2)
    raises_in_both(RuntimeError, lambda: lstm(x, (mldlab.zeros(1, 3, 6), mldlab.zeros(2, 3, 6))),
                   "h_0 of shape (2, 3, 6)", "got shape (1, 3, 6)")
    raises_in_both(RuntimeError, lambda: lstm(x, (mldlab.zeros(2, 3, 6), mldlab.zeros(2, 3))), "c_0", "(2, 3)")
    raises_in_both(TypeError, lambda: lstm(x, mldlab.zeros(2, 3, 6)), "pair of tensors (h_0, c_0)", "Tensor")
    raises_in_both(TypeError, lambda: lstm(x, (mldlab.zeros(2, 3, 6),)), "tuple(len=1)")
    raises_in_both(RuntimeError, lambda: nn.GRU(4, 6)(x[:, 0], mldlab.zeros(1, 3, 6)),
                   "h_0 of shape (1, 6)", "got shape (1, 3, 6)")
    raises_in_both(RuntimeError, lambda: nn.RNN(4, 6, bidirectional=True)(x, mldlab.zeros(1, 3, 6)),
                   "h_0 of shape (2, 3, 6)")
    raises_in_both(ValueError, lambda: nn.RNN(4, 6)(x, mldlab.zeros(1, 3, 6, dtype=mldlab.float64)),
                   "mldlab.float64")
    raises_in_both(TypeError, lambda: nn.RNN(4, 6)(x, [[0.0] * 6]), "h_0 must be a tensor")


def test_cell_errors():
    cell = nn.LSTMCell(3, 5)
    raises_in_both(RuntimeError, lambda: cell(mldlab.randn(2, 4)),
                   "LSTMCell(input_size=3, hidden_size=5) expected input of shape (N, 3), got (2, 4)")
    raises_in_both(ValueError, lambda: cell(mldlab.randn(2, 2, 3)), "(N, 3)", "(3,)")
    raises_in_both(RuntimeError, lambda: cell(mldlab.randn(2, 3), (mldlab.zeros(3, 5), mldlab.zeros(2, 5))),
                   "h of shape (2, 5)", "got shape (3, 5)")
    raises_in_both(TypeError, lambda: cell(mldlab.randn(2, 3), mldlab.zeros(2, 5)), "(h_0, c_0)")
    raises_in_both(RuntimeError, lambda: nn.GRUCell(3, 5)(mldlab.randn(3), mldlab.zeros(1, 5)),
                   "hx of shape (5,)")


def numeric_gradients(loss, arrays: list, eps: float = 1e-6) -> list:
    """Central differences (J(a + ε) − J(a − ε)) / 2ε for every element of every array (changed in place)."""
    grads = []
    for array in arrays:
        grad = np.zeros_like(array)
        for index in np.ndindex(array.shape):
            keep = array[index]
            array[index] = keep + eps
            plus = loss()
            array[index] = keep - eps
            minus = loss()
            array[index] = keep
            grad[index] = (plus - minus) / (2 * eps)
        grads.append(grad)
    return grads


@pytest.mark.parametrize("cls", ["RNN", "LSTM", "GRU"])
def test_gradients_match_finite_differences(cls):
    layer = getattr(nn, cls)(2, 2, num_layers=2, bidirectional=True, dtype="float64")
    rng = np.random.default_rng(0)
    x = mldlab.tensor(rng.standard_normal((3, 2, 2)), requires_grad=True)
    states = [mldlab.tensor(rng.standard_normal((4, 2, 2)), requires_grad=True)
              for _ in range(2 if cls == "LSTM" else 1)]
    hx = tuple(states) if cls == "LSTM" else states[0]
    weights = [rng.standard_normal(shape) for shape in ((3, 2, 4), (4, 2, 2), (4, 2, 2))]

    def loss():
        output, finals = layer(x, hx)
        finals = finals if isinstance(finals, tuple) else (finals,)
        return sum((t * mldlab.tensor(w)).sum() for t, w in zip((output, *finals), weights))

    loss().backward()
    leaves = [x, *states, *layer.parameters()]
    with mldlab.no_grad():
        numeric = numeric_gradients(lambda: float(loss().item()), [leaf._data for leaf in leaves])
    for leaf, expected in zip(leaves, numeric, strict=True):
        np.testing.assert_allclose(leaf.grad.numpy(), expected, rtol=1e-6, atol=1e-8)


LAYERS = [lambda: nn.LSTM(3, 4, num_layers=2, bidirectional=True, batch_first=True, dropout=0.25),
          lambda: nn.LSTM(3, 4, proj_size=2, bias=False, dtype=mldlab.float64),
          lambda: nn.GRU(3, 4, bias=False), lambda: nn.RNN(3, 4, nonlinearity="relu", num_layers=2),
          lambda: nn.RNNCell(3, 4, nonlinearity="relu"), lambda: nn.LSTMCell(3, 4), lambda: nn.GRUCell(3, 4)]
NAMES = ["LSTM", "LSTM-proj", "GRU", "RNN", "RNNCell", "LSTMCell", "GRUCell"]


def outputs(result):
    """The tensors a recurrent layer or cell returns, flattened."""
    if not isinstance(result, tuple):
        return [result]
    return [t for part in result for t in (part if isinstance(part, tuple) else (part,))]


@pytest.mark.parametrize("make", LAYERS, ids=NAMES)
def test_config_file_and_torch_round_trips(torch, make, tmp_path):
    layer = make().eval()
    x = mldlab.randn(5, 3, dtype=layer.weight_ih_l0.dtype if hasattr(layer, "weight_ih_l0") else mldlab.float32)
    rebuilt = module_from_config(module_to_config(layer))
    assert repr(rebuilt) == repr(layer) and rebuilt.get_config() == layer.get_config()
    mldlab.save(nn.Sequential(layer), tmp_path / "m.npz")
    loaded = mldlab.load(tmp_path / "m.npz")[0].eval()
    back = from_torch(to_torch(layer))
    theirs = to_torch(layer)
    expected = outputs(layer(x))
    for other in (loaded, back):
        assert type(other) is type(layer) and other.get_config() == layer.get_config()
        for a, b in zip(outputs(other(x)), expected, strict=True):
            np.testing.assert_array_equal(a.detach().numpy(), b.detach().numpy())
    with torch.no_grad():
        result = theirs(torch.from_numpy(x.numpy()))
    for a, b in zip(outputs(result), expected, strict=True):
        np.testing.assert_allclose(a.numpy(), b.detach().numpy(), rtol=1e-5, atol=1e-6)
