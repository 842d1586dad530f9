"""RNN, LSTM, GRU and their cells against PyTorch: values and gradients (input, initial states, every parameter)
over a matrix of options, with PyTorch's weights copied into ours; dropout between layers; frozen values."""

import numpy as np
import pytest

import mldlab
from mldlab import nn

KINDS = {"RNN": ("RNN", {}), "RNN_relu": ("RNN", {"nonlinearity": "relu"}), "LSTM": ("LSTM", {}),
         "GRU": ("GRU", {})}
# (num_layers, bidirectional, batch_first, initial states given, batch size or None for one sequence, steps)
OPTIONS = [(1, False, False, True, 3, 7), (1, False, False, False, 3, 7), (1, True, False, True, 3, 5),
           (2, False, False, True, 3, 5), (2, True, False, True, 3, 4), (2, True, True, False, 3, 4),
           (1, False, True, True, 1, 6), (2, True, True, True, 1, 3), (1, False, False, True, None, 5),
           (2, True, False, True, None, 4), (2, False, True, False, None, 3), (1, True, True, True, 2, 1)]
TOLERANCE = {"float64": 1e-10, "float32": 1e-5}


def copy_weights(torch, ours, theirs) -> None:
    """PyTorch's weights into ours, by name (the names and shapes must be the same)."""
    theirs_named = dict(theirs.named_parameters())
    assert [name for name, _ in ours.named_parameters()] == list(theirs_named)
    with mldlab.no_grad():
        for name, parameter in ours.named_parameters():
            parameter.copy_(mldlab.tensor(theirs_named[name].detach().numpy()))


def pair(torch, cls: str, dtype: str, *args, **options):
    theirs = getattr(torch.nn, cls)(*args, **options).to(getattr(torch, dtype))
    ours = getattr(nn, cls)(*args, **options, dtype=dtype)
    copy_weights(torch, ours, theirs)
    return ours, theirs


def assert_close(ours, theirs, dtype: str, what: str) -> None:
    theirs = theirs.detach().numpy() if hasattr(theirs, "detach") else theirs
    assert ours.shape == theirs.shape, what
    tol = TOLERANCE[dtype]
    np.testing.assert_allclose(ours.detach().numpy(), theirs, rtol=tol, atol=tol * max(1.0, np.abs(theirs).max()),
                               err_msg=what)


def run_both(torch, ours, theirs, dtype: str, x: np.ndarray, states: list | None, lstm_like: bool):
    """Forward both, backward a random weighting of every result; compare results and all gradients."""
    libraries = {}
    for lib, layer in ((mldlab, ours), (torch, theirs)):
        leaves = [lib.tensor(a, requires_grad=True) for a in [x] + (states or [])]
        hx = None if states is None else (tuple(leaves[1:]) if lstm_like else leaves[1])
        result = layer(leaves[0], hx) if hx is not None else layer(leaves[0])
        outputs = [result[0], *result[1]] if isinstance(result, tuple) and isinstance(result[1], tuple) else \
            list(result) if isinstance(result, tuple) else [result]
        rng = np.random.default_rng(1)
        loss = sum((out * lib.tensor(rng.standard_normal(tuple(out.shape)).astype(dtype))).sum() for out in outputs)
        loss.backward()
        libraries[lib.__name__] = (outputs, leaves)
    (outs, leaves), (touts, tleaves) = libraries["mldlab"], libraries["torch"]
    for k, (a, b) in enumerate(zip(outs, touts, strict=True)):
        assert_close(a, b, dtype, f"result {k}")
    for k, (a, b) in enumerate(zip(leaves, tleaves, strict=True)):
        assert_close(a.grad, b.grad, dtype, f"gradient of input {k}")
    for (name, a), b in zip(ours.named_parameters(), theirs.parameters(), strict=True):
        assert_close(a.grad, b.grad, dtype, f"gradient of {name}")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: "L{}-bi{:d}-bf{:d}-hx{:d}-N{}-T{}".format(*o))
def test_layer_matches_torch_float64(torch, kind, options):
    num_layers, bidirectional, batch_first, given, batch, steps = options
    cls, extra = KINDS[kind]
    input_size, hidden_size = 3, 5
    ours, theirs = pair(torch, cls, "float64", input_size, hidden_size, num_layers=num_layers,
                        bidirectional=bidirectional, batch_first=batch_first, **extra)
    rng = np.random.default_rng(0)
    x_shape = (steps, input_size) if batch is None else (batch, steps, input_size) if batch_first else \
        (steps, batch, input_size)
    rows = num_layers * (2 if bidirectional else 1)
    state_shape = (rows, hidden_size) if batch is None else (rows, batch, hidden_size)
    states = [rng.standard_normal(state_shape) for _ in range(2 if cls == "LSTM" else 1)] if given else None
    run_both(torch, ours, theirs, "float64", rng.standard_normal(x_shape), states, cls == "LSTM")


@pytest.mark.parametrize("kind", KINDS)
def test_layer_matches_torch_float32(torch, kind):
    cls, extra = KINDS[kind]
    ours, theirs = pair(torch, cls, "float32", 4, 6, num_layers=2, bidirectional=True, **extra)
    rng = np.random.default_rng(2)
    states = [rng.standard_normal((4, 3, 6)).astype("float32") for _ in range(2 if cls == "LSTM" else 1)]
    run_both(torch, ours, theirs, "float32", rng.standard_normal((9, 3, 4)).astype("float32"), states, cls == "LSTM")


@pytest.mark.parametrize("options", [{"proj_size": 2}, {"proj_size": 3, "num_layers": 2, "bidirectional": True},
                                     {"bias": False, "num_layers": 2}], ids=["proj", "proj-L2-bi", "no-bias"])
def test_lstm_projection_and_no_bias_match_torch(torch, options):
    ours, theirs = pair(torch, "LSTM", "float64", 3, 5, **options)
    rng = np.random.default_rng(3)
    rows = options.get("num_layers", 1) * (2 if options.get("bidirectional") else 1)
    states = [rng.standard_normal((rows, 2, options.get("proj_size") or 5)), rng.standard_normal((rows, 2, 5))]
    run_both(torch, ours, theirs, "float64", rng.standard_normal((4, 2, 3)), states, True)


@pytest.mark.parametrize("cls", ["RNN", "GRU"])
def test_no_bias_matches_torch(torch, cls):
    ours, theirs = pair(torch, cls, "float64", 3, 4, bias=False, bidirectional=True)
    assert "bias_ih_l0" not in dict(ours.named_parameters())
    rng = np.random.default_rng(4)
    run_both(torch, ours, theirs, "float64", rng.standard_normal((5, 2, 3)), [rng.standard_normal((2, 2, 4))], False)


CELLS = {"RNNCell": {}, "RNNCell_relu": {"nonlinearity": "relu"}, "LSTMCell": {}, "GRUCell": {},
         "GRUCell_no_bias": {"bias": False}}


@pytest.mark.parametrize("kind", CELLS)
@pytest.mark.parametrize("batch", [2, 1, None])
@pytest.mark.parametrize("given", [True, False])
def test_cell_matches_torch(torch, kind, batch, given):
    cls = kind.split("_")[0]
    ours, theirs = pair(torch, cls, "float64", 3, 5, **CELLS[kind])
    rng = np.random.default_rng(5)
    x = rng.standard_normal((3,) if batch is None else (batch, 3))
    state_shape = (5,) if batch is None else (batch, 5)
    states = [rng.standard_normal(state_shape) for _ in range(2 if cls == "LSTMCell" else 1)] if given else None
    run_both(torch, ours, theirs, "float64", x, states, cls == "LSTMCell")


def test_cell_steps_equal_the_layer(torch):
    """A loop of LSTMCell steps with the layer's weights gives the layer's outputs (the same equations)."""
    layer = nn.LSTM(3, 4, dtype="float64")
    cell = nn.LSTMCell(3, 4, dtype="float64")
    cell.load_state_dict({name.removesuffix("_l0"): value for name, value in layer.state_dict().items()})
    x = mldlab.randn(6, 2, 3, dtype=mldlab.float64)
    output, (h_n, c_n) = layer(x)
    state = None
    for t in range(6):
        state = cell(x[t], state)
        np.testing.assert_allclose(state[0].detach().numpy(), output[t].detach().numpy(), rtol=1e-14, atol=1e-15)
    np.testing.assert_allclose(state[1].detach().numpy(), c_n[0].detach().numpy(), rtol=1e-14, atol=1e-15)


def test_parameters_shapes_and_initialisation_as_torch(torch):
    for cls, gates in (("RNN", 1), ("LSTM", 4), ("GRU", 3)):
        ours = getattr(nn, cls)(8, 64, num_layers=2, bidirectional=True)
        theirs = getattr(torch.nn, cls)(8, 64, num_layers=2, bidirectional=True)
        assert [(n, tuple(p.shape)) for n, p in ours.named_parameters()] == \
            [(n, tuple(p.shape)) for n, p in theirs.named_parameters()]
        assert ours.weight_ih_l1_reverse.shape == (gates * 64, 128) and ours.weight_ih_l0.dtype == mldlab.float32
        assert repr(ours) == repr(theirs)
        for p in ours.parameters():  # U(−1/√H, 1/√H) = U(−0.125, 0.125), spread over the whole range
            values = np.abs(p.detach().numpy())
            assert values.max() <= 0.125 and abs(values.mean() - 0.0625) < 0.01
    for cls, options in (("RNNCell", {"nonlinearity": "relu"}), ("LSTMCell", {"bias": False}), ("GRUCell", {})):
        ours, theirs = getattr(nn, cls)(3, 5, **options), getattr(torch.nn, cls)(3, 5, **options)
        assert repr(ours) == repr(theirs)
        assert [(n, tuple(p.shape)) for n, p in ours.named_parameters()] == \
            [(n, tuple(p.shape)) for n, p in theirs.named_parameters()]
        assert (ours.bias_ih is None) == (theirs.bias_ih is None)


def test_dropout_between_layers(torch):
    """Dropout acts on each layer's output but the last's, in training only, with the layer's generator."""
    ours, theirs = pair(torch, "LSTM", "float64", 3, 4, num_layers=2, dropout=1.0, bidirectional=True)
    rng = np.random.default_rng(6)
    x = rng.standard_normal((5, 2, 3))
    # p = 1 zeroes every input of the second layer, in both libraries alike
    run_both(torch, ours.train(), theirs.train(), "float64", x, None, True)
    ours.eval(), theirs.eval()
    run_both(torch, ours, theirs, "float64", x, None, True)  # evaluation: no dropout at all

    layer = nn.GRU(3, 4, num_layers=2, dropout=0.5, dtype="float64", generator=mldlab.Generator(7))
    first, second = nn.GRU(3, 4, dtype="float64"), nn.GRU(4, 4, dtype="float64")
    weights = layer.state_dict()
    first.load_state_dict({k: v for k, v in weights.items() if k.endswith("l0")})
    second.load_state_dict({k.replace("l1", "l0"): v for k, v in weights.items() if k.endswith("l1")})
    xt = mldlab.tensor(x)
    dropped = nn.functional.dropout(first(xt)[0], 0.5, generator=mldlab.Generator(7))
    assert 0.3 < float((dropped == 0).float().mean()) < 0.7
    np.testing.assert_array_equal(layer(xt)[0].detach().numpy(), second(dropped)[0].detach().numpy())
    layer.eval()
    np.testing.assert_array_equal(layer(xt)[0].detach().numpy(), second(first(xt)[0])[0].detach().numpy())
    train = nn.GRU(3, 4, num_layers=2, dropout=0.5).train()
    mldlab.manual_seed(3)
    a = train(mldlab.tensor(x, dtype=mldlab.float32))[0]
    mldlab.manual_seed(3)
    assert bool((train(mldlab.tensor(x, dtype=mldlab.float32))[0] == a).all())  # this thread's default generator


def test_frozen_values():
    """Values computed once with PyTorch 2.13 (weights 0.1 · sin(1 … n) in parameter order, input cos(1 … n))."""
    expected = {"RNN": [0.03356771088, 0.02128998432], "LSTM": [-0.05113839757, -0.08767919678],
                "GRU": [0.06181196655, 0.02585071824]}
    for cls, values in expected.items():
        layer = getattr(nn, cls)(2, 3, dtype="float64")
        with mldlab.no_grad():
            start = 1
            for p in layer.parameters():
                p.copy_(mldlab.tensor(0.1 * np.sin(np.arange(start, start + p.numel())).reshape(p.shape)))
                start += p.numel()
        x = mldlab.tensor(np.cos(np.arange(1, 9)).reshape(4, 1, 2))
        output, _ = layer(x)
        np.testing.assert_allclose(output.detach().numpy()[-1, 0, :2], values, rtol=1e-9)
