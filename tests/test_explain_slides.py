"""explain.perceptron, activation, loss and forward: the slides' numbers, and the engine's."""

import json

import numpy as np
import pytest

import mldlab
from mldlab import explain, nn
from mldlab.nn import functional as F


def test_perceptron_holds_the_slides_numbers():
    result = explain.perceptron()                       # w0 = 1, w = [3, −2], x = [−1, 2]
    assert [t["product"] for t in result.terms] == [-3.0, -4.0]
    assert result.z == -6.0
    assert result.y_hat == pytest.approx(1 / (1 + np.exp(6)), rel=1e-15)
    assert round(result.y_hat, 3) == 0.002              # the slide: g(−6) ≈ 0.002
    assert result.threshold == 0.5 and result.side == -1
    assert result.line == "1 + 3x₁ − 2x₂ = 0"
    text = str(result)
    assert "1 + (−1)·3 + 2·(−2)" in text and "σ(−6) = 0.002473" in text and "z < 0" in text


@pytest.mark.parametrize(("x", "side"), [([1.0, 2.0], 0), ([2.0, 0.0], 1), ([-1.0, 2.0], -1)])
def test_perceptron_sides_of_the_line(x, side):
    result = explain.perceptron(x=x)
    assert result.side == side
    assert result.y_hat == pytest.approx(1 / (1 + np.exp(-result.z)))


def test_perceptron_with_other_activations_and_errors():
    assert explain.perceptron(activation="relu").y_hat == 0.0
    assert explain.perceptron(activation="tanh").y_hat == pytest.approx(np.tanh(-6))
    assert explain.perceptron(w0=0, w=[1, 1, 1], x=[1, 2, 3], activation="linear").z == 6.0
    with pytest.raises(ValueError, match="w has 2 weights but x has 3 inputs"):
        explain.perceptron(x=[1, 2, 3])
    with pytest.raises(ValueError, match="unknown activation 'softplus'"):
        explain.perceptron(activation="softplus")
    with pytest.raises(TypeError, match="must be numbers"):
        explain.perceptron(w=["a", "b"])


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "relu", "leaky_relu", "linear"])
def test_activation_values_and_derivatives(name, torch):
    z = np.array([-3.0, -0.5, 0.5, 3.0])
    result = explain.activation(name, points=z)
    t = torch.tensor(z, requires_grad=True)
    g = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu,
         "leaky_relu": torch.nn.functional.leaky_relu, "linear": lambda v: v * 1.0}[name](t)
    g.sum().backward()
    assert [p["g"] for p in result.points] == pytest.approx(g.detach().numpy().tolist(), rel=1e-12)
    assert [p["dg"] for p in result.points] == pytest.approx(t.grad.numpy().tolist(), rel=1e-12)
    assert result.derivative in str(result)


def test_activation_notes_from_the_slides():
    assert "probabilit" in str(explain.activation("sigmoid"))
    assert "centred" in str(explain.activation("tanh"))
    assert "dead" in str(explain.activation("relu"))
    assert "확률" in str(explain.activation("sigmoid", lang="ko"))
    with pytest.raises(TypeError, match="points must be a list of numbers"):
        explain.activation("relu", points="abc")


@pytest.mark.parametrize(("name", "y_true", "y_pred", "reference"), [
    ("bce", [1.0, 0.0, 1.0], [0.9, 0.2, 0.6], lambda y, p: F.binary_cross_entropy(p, y)),
    ("binary_crossentropy", [[1.0], [0.0]], [[0.7], [0.1]], lambda y, p: F.binary_cross_entropy(p, y)),
    ("mse", [3.0, -0.5, 2.0], [2.5, 0.0, 2.0], lambda y, p: F.mse_loss(p, y)),
    ("cross_entropy", [0, 2], [[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]],
     lambda y, p: F.nll_loss(p.log(), y.long())),
    ("categorical_crossentropy", [[1.0, 0.0], [0.0, 1.0]], [[0.6, 0.4], [0.3, 0.7]],
     lambda y, p: F.cross_entropy(p.log(), y)),
])
def test_loss_equals_the_engines_loss(name, y_true, y_pred, reference):
    result = explain.loss(name, y_true, y_pred)
    expected = reference(mldlab.tensor(y_true, dtype=mldlab.float64), mldlab.tensor(y_pred, dtype=mldlab.float64))
    assert result.risk == pytest.approx(expected.item(), rel=1e-12)
    assert result.risk == pytest.approx(np.mean([s["loss"] for s in result.samples]))


def test_loss_plugs_in_the_numbers_and_checks_its_input():
    text = str(explain.loss("bce", [1, 0], [0.9, 0.2]))
    assert "−[1·log(0.9) + 0·log(0.1)] = 0.1054" in text and "(0.1054 + 0.2231)/2 = 0.1643" in text
    assert len(str(explain.loss("mse", np.zeros(50), np.ones(50))).splitlines()) < 20     # long data summarised
    with pytest.raises(ValueError, match="Hint: pass σ"):
        explain.loss("bce", [1], [2.5])
    with pytest.raises(ValueError, match="sum to 1"):
        explain.loss("cross_entropy", [0], [[0.5, 0.9]])
    with pytest.raises(ValueError, match="class index 0 … 1"):
        explain.loss("cross_entropy", [3], [[0.5, 0.5]])
    with pytest.raises(ValueError, match="unknown loss 'hinge'"):
        explain.loss("hinge", [1], [1])
    with pytest.raises(ValueError, match="shape"):
        explain.loss("mse", [1, 2], [1, 2, 3])


def test_forward_layer_by_layer():
    mldlab.manual_seed(0)
    net = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1), nn.Sigmoid())
    x = np.array([[0.5, -1.0], [2.0, 1.0]], dtype=np.float32)
    result = explain.forward(net, x)
    assert [s["layer"] for s in result.steps] == ["Linear(2 → 3)", "ReLU", "Linear(3 → 1)", "Sigmoid"]
    assert [s["symbol"] for s in result.steps] == ["z₁", "a₁", "z₂", "a₂"]
    assert [s["shape"] for s in result.steps] == [[2, 3], [2, 3], [2, 1], [2, 1]]
    h = x
    for step, layer in zip(result.steps, net):
        h = layer(mldlab.tensor(h)).detach().numpy()
        np.testing.assert_allclose(step["values"], h, rtol=1e-6)
    assert result.steps[1]["zeros"] == int((np.asarray(result.steps[1]["values"]) == 0).sum())
    assert "ŷ⁽²⁾" in str(result)


def test_forward_summarises_large_layers_and_walks_other_modules():
    net = nn.Sequential(nn.Linear(4, 64), nn.Tanh())
    result = explain.forward(net, np.ones((3, 4), dtype=np.float32))
    assert result.steps[0]["values"] is None and result.steps[0]["summary"]["shape"] == [3, 64]
    assert "192 values" in str(result)

    class Custom(nn.Module):
        def __init__(self):
            super().__init__()
            self.linear = nn.Linear(2, 2)

        def forward(self, x):
            return self.linear(x).tanh()

    steps = explain.forward(Custom(), [1.0, 2.0]).steps
    assert [(s["layer"], s["symbol"]) for s in steps] == [("linear", "z₁"), ("tanh", "a₁")]


def test_results_are_plain_json_text_and_markdown():
    net = nn.Sequential(nn.Linear(2, 2), nn.Sigmoid(), nn.Linear(2, 1))
    history = {"loss": [1.0, float("nan")]}
    results = [explain.perceptron(), explain.activation("tanh"), explain.loss("mse", [1], [2]),
               explain.forward(net, [1.0, 2.0]), explain.backprop(net, [1.0, 2.0], [1.0], "mse"),
               explain.gradient_step(net, mldlab.optim.Adam(net.parameters()), [1.0, 2.0], [1.0], "mse"),
               explain.diagnose(history)]
    for result in results:
        data = result.to_dict()
        assert data["kind"] == result.kind
        assert json.loads(json.dumps(data, allow_nan=False)) == data
        markdown = result._repr_markdown_()
        assert markdown.startswith("**") and "$" in markdown or result.kind == "diagnose"
        assert str(result) == repr(result)
        assert any("\uac00" <= ch <= "\ud7a3" for ch in str(type(result)(**{
            **{f: getattr(result, f) for f in result.__dataclass_fields__}, "lang": "ko"})))


def test_language_in_force_at_printing_unless_fixed():
    result, fixed = explain.perceptron(), explain.perceptron(lang="ko")
    assert str(result).startswith("Perceptron") and str(fixed).startswith("퍼셉트론")
    mldlab.set_language("ko")
    assert str(result).startswith("퍼셉트론")
    with mldlab.i18n.language("en"):
        assert str(fixed).startswith("퍼셉트론") and str(result).startswith("Perceptron")
    with pytest.raises(ValueError, match="'fr'"):
        explain.perceptron(lang="fr")
