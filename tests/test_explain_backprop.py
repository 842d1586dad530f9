"""explain.backprop: the sum over paths of the products of local derivatives equals autograd's gradient."""

import numpy as np
import pytest

import mldlab
from mldlab import explain, nn
from mldlab.explain import _graph

ACTIVATIONS = {"sigmoid": nn.Sigmoid, "tanh": nn.Tanh, "relu": nn.ReLU, "leaky_relu": lambda: nn.LeakyReLU(0.1)}


def _network(sizes, activation, last=None):
    layers = []
    for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
        layers.append(nn.Linear(a, b))
        if i < len(sizes) - 2:
            layers.append(ACTIVATIONS[activation]())
    if last is not None:
        layers.append(last)
    return nn.Sequential(*layers).double()


def _data(n, inputs, outputs, kind, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n, inputs))
    if kind == "binary":
        y = rng.integers(0, 2, (n, outputs)).astype(float)
    elif kind == "classes":
        y = rng.integers(0, outputs, n)
    else:
        y = rng.standard_normal((n, outputs))
    return X, y


def _autograd(net, X, y, loss_fn):
    """∂J/∂θ by the engine's own backward, computed apart from explain."""
    net.zero_grad()
    out = net(mldlab.tensor(X))
    target = mldlab.tensor(y)
    loss_fn(out, target).backward()
    return {name: p.grad.numpy().copy() for name, p in net.named_parameters()}


CASES = [  # (sizes, loss, last layer, target kind)
    ([2, 1], "bce", nn.Sigmoid(), "binary"),
    ([2, 1], "mse", None, "regression"),
    ([3, 4, 1], "bce_logits", None, "binary"),
    ([2, 3, 2], "mse", None, "regression"),
    ([2, 3, 3], "cross_entropy", None, "classes"),
    ([2, 3, 2, 1], "bce", nn.Sigmoid(), "binary"),
    ([3, 2, 3, 3], "cross_entropy", None, "classes"),
    ([2, 3, 2, 3], "mse", nn.Softmax(dim=1), "regression"),
]
LOSSES = {"bce": nn.BCELoss, "mse": nn.MSELoss, "bce_logits": nn.BCEWithLogitsLoss,
          "cross_entropy": nn.CrossEntropyLoss}


@pytest.mark.parametrize("activation", sorted(ACTIVATIONS))
@pytest.mark.parametrize(("sizes", "loss", "last", "kind"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_sum_over_paths_equals_autograd(sizes, loss, last, kind, activation):
    mldlab.manual_seed(1)
    net = _network(sizes, activation, last)
    X, y = _data(3, sizes[0], sizes[-1], kind)
    loss_fn = LOSSES[loss]()
    expected = _autograd(net, X, y, loss_fn)
    result = explain.backprop(net, X, y, loss_fn)
    assert result.mode == "paths" and result.matches_autograd
    assert len(result.weights) == sum(p.numel() for p in net.parameters())
    for weight in result.weights:
        want = expected[weight["parameter"]][tuple(weight["index"])]
        assert weight["gradient"] == pytest.approx(want, rel=1e-9, abs=1e-12)
        for path in weight["paths"]:
            assert path["product"] == pytest.approx(np.prod([f["value"] for f in path["factors"]]))


def test_paths_follow_the_slide_chain():
    """A 2-2-1 network, one sample: w⁽¹⁾₁,₁ has exactly one path, through z₁,₁, a₁,₁ and ŷ."""
    net = _network([2, 2, 1], "sigmoid", nn.Sigmoid())
    result = explain.backprop(net, [[-1.0, 2.0]], [1.0], "bce")
    first = result.weights[0]
    assert first["symbol"] == "w⁽¹⁾₁,₁"
    assert [f["symbol"] for f in first["paths"][0]["factors"]] == [
        "∂J/∂ŷ", "∂ŷ/∂z₂,₁", "∂z₂,₁/∂a₁,₁", "∂a₁,₁/∂z₁,₁", "∂z₁,₁/∂w⁽¹⁾₁,₁"]
    assert first["paths"][0]["factors"][-1]["value"] == -1.0            # ∂z/∂w = x₁
    assert first["paths"][0]["factors"][2]["rule"] == "w⁽²⁾₁,₁"         # ∂z₂,₁/∂a₁,₁ = w⁽²⁾₁,₁
    w2 = net[2].weight.detach().numpy()[0, 0]
    assert first["paths"][0]["factors"][2]["value"] == pytest.approx(w2)


def test_paths_multiply_through_layers_and_samples():
    """A weight of layer 1 in a 2-3-4-1 network reaches J through each of the 4 units of layer 2, per sample."""
    net = _network([2, 3, 4, 1], "tanh")
    result = explain.backprop(net, np.ones((2, 2)), [[1.0], [0.0]], "mse")
    counts = {w["layer"]: len(w["paths"]) for w in result.weights}
    assert counts == {1: 2 * 4, 2: 2, 3: 2}


def test_a_wrong_local_derivative_is_caught(monkeypatch):
    """The comparison with autograd can fail: a sigmoid derivative off by 10 % is flagged."""
    real = _graph.local

    def wrong(node):
        edges = real(node)
        if node.op == "sigmoid":
            edges = [[(t, i, 1.1 * v, r) for t, i, v, r in row] for row in edges]
        return edges

    monkeypatch.setattr(_graph, "local", wrong)
    net = _network([2, 2, 1], "sigmoid")
    result = explain.backprop(net, [[1.0, 2.0]], [1.0], "mse")
    assert not result.matches_autograd
    assert result.max_difference > 0


def test_unknown_op_gives_the_layer_summary_only():
    class Doubled(nn.Module):
        def __init__(self):
            super().__init__()
            self.linear = nn.Linear(2, 1)

        def forward(self, x):
            return self.linear(x) * 2.0

    result = explain.backprop(Doubled(), [[1.0, 2.0]], [0.5], "mse")
    assert result.mode == "layers" and result.weights == [] and result.unknown_ops == ["mul"]
    assert result.layers[0]["weight"] == "linear.weight"
    assert "mul" in str(result)


def test_large_networks_get_the_summary_and_detail_can_force_paths():
    mldlab.manual_seed(0)
    net = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 16), nn.ReLU(), nn.Linear(16, 1))
    X = np.random.default_rng(0).standard_normal((30, 4)).astype(np.float32)
    y = np.zeros(30, dtype=np.float32)
    result = explain.backprop(net, X, y, "mse")
    assert result.mode == "layers" and result.n_paths > explain.backprop.__globals__["MAX_PATHS"]
    assert [layer["shape"] for layer in result.layers] == [[16, 4], [16, 16], [1, 16]]
    grads = _autograd(net, X, y.reshape(-1, 1), nn.MSELoss())
    for layer in result.layers:
        assert layer["grad_norm"] == pytest.approx(np.linalg.norm(grads[layer["weight"]]), rel=1e-5)
    small = explain.backprop(net, X[:1], y[:1], "mse", detail="paths")
    assert small.mode == "paths" and small.matches_autograd
    assert explain.backprop(net, X[:1], y[:1], "mse", detail="layers").mode == "layers"


def test_the_network_is_left_as_it_was():
    net = nn.Sequential(nn.Linear(2, 3), nn.Dropout(0.5), nn.Linear(3, 1))
    net[0].weight.grad = mldlab.ones(3, 2)
    result = explain.backprop(net, [[1.0, 2.0]], [1.0], "mse")
    assert result.matches_autograd                       # dropout is off while explaining
    assert net.training and net[1].training
    assert net[0].weight.grad.tolist() == [[1.0, 1.0]] * 3 and net[2].weight.grad is None


def test_compiled_model_and_errors():
    model = mldlab.Model(nn.Sequential(nn.Linear(2, 1), nn.Sigmoid()))
    model.compile(optimizer="sgd", loss="binary_crossentropy")
    assert explain.backprop(model, [1.0, 2.0], [1]).loss == "binary_cross_entropy"
    with pytest.raises(ValueError, match="which loss"):
        explain.backprop(model.module, [1.0, 2.0], [1])
    with pytest.raises(TypeError, match="expected a network"):
        explain.backprop("net", [1.0, 2.0], [1], "mse")
    with pytest.raises(ValueError, match="2 samples but y has 1"):
        explain.backprop(model, [[1.0, 2.0], [0.0, 1.0]], [1], "mse")
    with pytest.raises(ValueError, match="detail must be"):
        explain.backprop(model, [1.0, 2.0], [1], "mse", detail="all")


@pytest.mark.parametrize(("activation", "units", "loss", "y"), [
    ("sigmoid", 1, "bce", [[1.0], [0.0]]), ("softmax", 3, "cross_entropy", [2, 0]), (None, 2, "mse", [[1.0, 0.0]] * 2)])
def test_keras_dense_layers_x_k_plus_b(activation, units, loss, y):
    """The slide's Keras code: Dense computes z = x K + b with its kernel K = Wᵀ."""
    from mldlab import keras

    mldlab.manual_seed(0)
    model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(3, activation="tanh"),
                              keras.layers.Dense(units, activation=activation)])
    X = np.array([[1.0, 2.0], [-0.5, 0.3]], dtype=np.float32)
    result = explain.backprop(model, X, y, loss)
    assert result.mode == "paths" and result.matches_autograd and result.unknown_ops == []
    assert len(result.weights) == 3 * 2 + 3 + 3 * units + units
    names = [layer["weight"] for layer in result.layers]        # Keras numbers its layers: dense, dense_1, …
    assert len(names) == 2 and all(name.endswith(".kernel") for name in names)
    first = result.weights[0]
    assert first["symbol"] == "w⁽¹⁾₁,₁" and first["parameter"] == names[0] and first["index"] == [0, 0]
    assert first["paths"][0]["factors"][-1]["symbol"].endswith("₁,₁⁽¹⁾/∂w⁽¹⁾₁,₁")
    assert first["paths"][0]["factors"][-1]["value"] == X[0, 0]
    assert result.weights[1]["symbol"] == "w⁽¹⁾₁,₂" and result.weights[1]["index"] == [0, 1]   # K[0, 1] = w₁,₂
    from_input_2 = result.weights[3]                                                           # K[1, 0] = w₂,₁
    assert from_input_2["symbol"] == "w⁽¹⁾₂,₁" and from_input_2["paths"][0]["factors"][-1]["value"] == X[0, 1]


def test_hand_written_x_w_plus_b():
    """z = x @ W + b written by hand (matmul, then add): the weights are named as the slide names them."""

    class ByHand(nn.Module):
        def __init__(self):
            super().__init__()
            self.W = nn.Parameter(mldlab.tensor([[0.5, -1.0], [2.0, 0.25]], dtype=mldlab.float64))
            self.b = nn.Parameter(mldlab.tensor([0.1, -0.2], dtype=mldlab.float64))

        def forward(self, x):
            return (x @ self.W + self.b).sigmoid()

    result = explain.backprop(ByHand(), [[1.0, 3.0]], [[1.0, 0.0]], "mse")
    assert result.mode == "paths" and result.matches_autograd
    assert [w["symbol"] for w in result.weights] == ["w⁽¹⁾₁,₁", "w⁽¹⁾₁,₂", "w⁽¹⁾₂,₁", "w⁽¹⁾₂,₂", "w⁽¹⁾₀,₁",
                                                     "w⁽¹⁾₀,₂"]
    chain = [f["symbol"] for f in result.weights[2]["paths"][0]["factors"]]
    assert chain == ["∂J/∂ŷ₁", "∂ŷ₁/∂z₁,₁", "∂z₁,₁/∂s₁,₁", "∂s₁,₁/∂w⁽¹⁾₂,₁"]
    assert result.weights[2]["paths"][0]["factors"][-1]["value"] == 3.0
