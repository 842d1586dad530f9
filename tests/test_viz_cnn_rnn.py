"""The numbers behind the RNN figures and the CNN-vs-MLP curves: hidden states are PyTorch's, the LSTM's gates are
recomputed from PyTorch's weights as PyTorch's own cell computes them, ‖∂L/∂hₜ‖ is PyTorch's with retain_grad,
the training curves are the histories; both languages fit on the figure; clear errors."""

import numpy as np
import pytest
from test_viz_cnn import _by_gid, assert_texts_fit

import mldlab
from mldlab import nn, viz
from mldlab.data import CharTokenizer, adding_problem, load_digit_images


def _torch_twin(torch, layer, kind: str):
    """The same recurrent layer (or cell) in PyTorch, float64, with mldlab's weights."""
    options = {"batch_first": layer.batch_first} if hasattr(layer, "batch_first") else {}
    if hasattr(layer, "num_layers"):
        options.update(num_layers=layer.num_layers, bidirectional=layer.bidirectional)
    twin = getattr(torch.nn, kind)(layer.input_size, layer.hidden_size, **options).double()
    twin.load_state_dict({k: torch.tensor(v.detach().numpy().astype(np.float64))
                          for k, v in layer.state_dict().items()})
    return twin


@pytest.fixture(scope="module")
def sequence():
    return np.random.default_rng(0).normal(size=(7, 3))


@pytest.mark.parametrize("kind", ["RNN", "LSTM", "GRU", "RNNCell", "GRUCell", "LSTMCell"])
def test_unrolled_hidden_states_are_pytorchs(torch, sequence, kind):
    mldlab.manual_seed(1)
    layer = getattr(nn, kind)(3, 5)
    fig = viz.unrolled_rnn(layer, sequence, max_steps=5, lang="en")
    twin = _torch_twin(torch, layer, kind)
    x = torch.tensor(sequence)
    if kind.endswith("Cell"):
        state, expected = None, []
        for x_t in x:
            state = twin(x_t[None], state)
            expected.append((state[0] if isinstance(state, tuple) else state)[0].detach().numpy())
        expected = np.array(expected)
    else:
        expected = twin(x[:, None])[0][:, 0].detach().numpy()
    np.testing.assert_allclose(fig.hidden, expected, rtol=1e-5, atol=1e-6)  # float32 layer
    shown = np.asarray(_by_gid(fig, "hidden").get_array())
    assert shown.shape == (5, 6) and fig.steps == 5
    np.testing.assert_array_equal(shown[:, 0], 0)  # h₀
    np.testing.assert_array_equal(shown[:, 1:], fig.hidden[:5].T)
    texts = {t.get_gid(): t.get_text() for t in fig.axes[0].texts}
    assert texts["h:5"] == "h₅" and texts["x:2"].splitlines() == ["x₂", *(f"{v:.2g}" for v in sequence[1])]
    assert "the first 5 of 7 steps" in fig._suptitle.get_text()


def test_unrolled_char_model_through_its_embedding_and_a_tokenizer(torch):
    tokenizer = CharTokenizer("hello world")
    mldlab.manual_seed(2)
    model = nn.Sequential(nn.Embedding(tokenizer.vocab_size, 4), nn.LSTM(4, 6, batch_first=True))
    fig = viz.unrolled_rnn(mldlab.Model(model), "hello wor", tokenizer=tokenizer, lang="ko")
    ids = torch.tensor(tokenizer.encode("hello wor"))
    embedded = torch.nn.functional.embedding(ids, torch.tensor(model[0].weight.detach().numpy()).double())
    expected = _torch_twin(torch, model[1], "LSTM")(embedded[None])[0][0].detach().numpy()
    np.testing.assert_allclose(fig.hidden, expected, rtol=1e-5, atol=1e-6)
    texts = {t.get_gid(): t.get_text() for t in fig.axes[0].texts}
    assert texts["x:1"] == "x₁\nh" and texts["x:6"] == "x₆\n␣"
    assert fig._suptitle.get_text().startswith("시간에 따라 펼친 LSTM")
    assert fig.axes[1].get_xlabel() == "시간 단계 t"


def test_unrolled_errors(sequence):
    rnn = nn.RNN(3, 4)
    with pytest.raises(ValueError, match=r"one sequence of shape \(T, 3\)"):
        viz.unrolled_rnn(rnn, sequence[:, :2])
    with pytest.raises(ValueError, match="tokenizer"):
        viz.unrolled_rnn(rnn, "hello")
    with pytest.raises(ValueError, match="순환 층"):
        viz.unrolled_rnn(nn.Sequential(nn.Linear(3, 2)), sequence, lang="ko")
    with pytest.raises(ValueError, match="max_steps must be a whole number of at least 1"):
        viz.unrolled_rnn(rnn, sequence, max_steps=0)
    with pytest.raises(ValueError, match=r"one label per step \(7\), got 2"):
        viz.unrolled_rnn(rnn, sequence, labels=["a", "b"])


def _torch_gates(torch, twin, x, suffix=""):
    """i, f, g, o, c, h per step from PyTorch's weights with PyTorch's LSTMCell carrying (h, c)."""
    H = twin.hidden_size
    W_ih, W_hh = getattr(twin, "weight_ih_l0" + suffix), getattr(twin, "weight_hh_l0" + suffix)
    b = getattr(twin, "bias_ih_l0" + suffix) + getattr(twin, "bias_hh_l0" + suffix)
    cell = torch.nn.LSTMCell(twin.input_size, H).double()
    cell.load_state_dict({"weight_ih": W_ih, "weight_hh": W_hh, "bias_ih": getattr(twin, "bias_ih_l0" + suffix),
                          "bias_hh": getattr(twin, "bias_hh_l0" + suffix)})
    h, c = torch.zeros(1, H, dtype=torch.float64), torch.zeros(1, H, dtype=torch.float64)
    out = {k: [] for k in "ifgoch"}
    for x_t in x:
        i, f, g, o = (x_t @ W_ih.T + h[0] @ W_hh.T + b).chunk(4)
        h, c = cell(x_t[None], (h, c))
        for k, v in zip("ifgoch", (i.sigmoid(), f.sigmoid(), g.tanh(), o.sigmoid(), c[0], h[0])):
            out[k].append(v.detach().numpy())
    return {k: np.array(v) for k, v in out.items()}


def test_lstm_gates_are_pytorchs(torch, sequence):
    mldlab.manual_seed(4)
    lstm = nn.LSTM(3, 5).double()
    fig = viz.lstm_gates(lstm, sequence, lang="en")
    twin = _torch_twin(torch, lstm, "LSTM")
    expected = _torch_gates(torch, twin, torch.tensor(sequence))
    for k in "ifgoch":
        np.testing.assert_allclose(fig.gates[k], expected[k], rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(fig.gates["h"], twin(torch.tensor(sequence)[:, None])[0][:, 0].detach().numpy(),
                               rtol=1e-10, atol=1e-12)
    for k in "ifgoch":
        np.testing.assert_array_equal(_by_gid(fig, f"gate:{k}").get_array(), fig.gates[k].T)
    assert _by_gid(fig, "gate:f").get_clim() == (0, 1) and _by_gid(fig, "gate:h").get_clim() == (-1, 1)
    assert [ax.get_title().split(" ")[0] for ax in fig.axes[:6]] == ["input", "forget", "new", "output", "cell",
                                                                    "hidden"]


def test_lstm_gates_of_the_second_layer_of_a_bidirectional_lstm(torch, sequence):
    mldlab.manual_seed(5)
    lstm = nn.LSTM(3, 4, num_layers=2, bidirectional=True, batch_first=True)
    fig = viz.lstm_gates(lstm, sequence, layer=1)
    out = _torch_twin(torch, lstm, "LSTM")(torch.tensor(sequence)[None])[0][0].detach().numpy()
    np.testing.assert_allclose(fig.gates["h"], out[:, :4], rtol=1e-5, atol=1e-6)  # the forward direction
    cell = nn.LSTMCell(3, 4)
    assert viz.lstm_gates(cell, sequence).gates["c"].shape == (7, 4)


def test_lstm_gates_errors(sequence):
    with pytest.raises(ValueError, match="from 0 to 1 − 1, got 1"):
        viz.lstm_gates(nn.LSTM(3, 4), sequence, layer=1)
    with pytest.raises(ValueError, match=r"has no recurrent layer \(LSTM, LSTMCell\)"):
        viz.lstm_gates(nn.Sequential(nn.Linear(3, 4)), sequence)
    with pytest.raises(ValueError, match="순환 층"):
        viz.lstm_gates(nn.Sequential(nn.GRU(3, 4)), sequence, lang="ko")


def _torch_norms(torch, layer, head, X, y):
    kind = type(layer).__name__
    cell = getattr(torch.nn, kind + "Cell")(layer.input_size, layer.hidden_size).double()
    cell.load_state_dict({k.removesuffix("_l0"): torch.tensor(v.detach().numpy().astype(np.float64))
                          for k, v in layer.state_dict().items()})
    linear = torch.nn.Linear(head.in_features, head.out_features).double()
    linear.load_state_dict({k: torch.tensor(v.detach().numpy().astype(np.float64))
                            for k, v in head.state_dict().items()})
    x = torch.tensor(X.astype(np.float64))
    h = torch.zeros(len(X), layer.hidden_size, dtype=torch.float64)
    state, hs = ((h, h.clone()) if kind == "LSTM" else h), []
    for t in range(X.shape[1]):
        state = cell(x[:, t], state)
        h = state[0] if isinstance(state, tuple) else state
        h.retain_grad()
        hs.append(h)
    ((linear(h) - torch.tensor(y.astype(np.float64))) ** 2).mean().backward()
    return np.array([float(h.grad.norm()) for h in hs])


def test_gradient_norms_are_pytorchs_and_vanish_only_in_the_rnn(torch):
    X, y = adding_problem(n_samples=6, seq_len=40, seed=3)
    mldlab.manual_seed(6)
    rnn, lstm, gru = nn.RNN(2, 6, batch_first=True), nn.LSTM(2, 6), nn.GRU(2, 6)
    heads = [nn.Linear(6, 1) for _ in range(3)]
    fig = viz.gradient_norms_over_time({"rnn": (rnn, heads[0]), "lstm": (lstm, heads[1]), "gru": (gru, heads[2])},
                                       X, y, lang="en")
    for (label, values), layer, head in zip(fig.norms.items(), (rnn, lstm, gru), heads):
        np.testing.assert_allclose(values, _torch_norms(torch, layer, head, X, y), rtol=1e-9)
        line = [line for line in fig.axes[0].lines if line.get_gid() == label][0]
        np.testing.assert_array_equal(line.get_ydata(), values[values > 0])
    fig = viz.gradient_norms_over_time(seq_len=60, n_samples=8, hidden_size=8, lang="ko")
    rnn, lstm = fig.norms.values()
    assert rnn[0] / rnn[-1] < 1e-12 and lstm[0] / lstm[-1] > 1e-4
    assert list(fig.norms)[1] == "LSTM (망각 편향 +3)" and fig.axes[0].get_yscale() == "log"
    assert fig.axes[0].get_xlabel() == "시간 단계 t"


def test_gradient_norms_errors():
    X, y = adding_problem(n_samples=4, seq_len=5, seed=0)
    with pytest.raises(ValueError, match="one-layer, one-direction recurrent layers"):
        viz.gradient_norms_over_time([nn.RNN(2, 3, num_layers=2)], X, y)
    with pytest.raises(ValueError, match=r"LSTM takes 3 numbers per step but X has shape \(4, 5, 2\)"):
        viz.gradient_norms_over_time(nn.LSTM(3, 3), X, y)
    with pytest.raises(ValueError, match=r"expected X of shape \(N, T, features\)"):
        viz.gradient_norms_over_time(nn.RNN(2, 3), X[0], y)


def test_cnn_vs_mlp_draws_the_histories_with_the_parameter_counts(torch):
    cnn = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.Flatten(), nn.Linear(144, 10))
    mlp = nn.Sequential(nn.Flatten(), nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
    records = ({"loss": [1.0, 0.5], "val_loss": [0.9, 0.6], "val_accuracy": [0.8, 0.9]},
               {"loss": [1.1, 0.7], "val_accuracy": [0.7, 0.8]})
    fig = viz.cnn_vs_mlp(cnn, mlp, histories=records, lang="en")
    twin = torch.nn.Sequential(torch.nn.Conv2d(1, 4, 3), torch.nn.ReLU(), torch.nn.Flatten(), torch.nn.Linear(144, 10))
    assert fig.n_parameters == {"CNN": sum(p.numel() for p in twin.parameters()), "MLP": 64 * 32 + 32 + 330}
    left, right = fig.axes
    lines = {line.get_gid(): line for line in left.lines + right.lines}
    assert sorted(lines) == ["loss:CNN", "loss:MLP", "val_accuracy:CNN", "val_accuracy:MLP", "val_loss:CNN"]
    np.testing.assert_array_equal(lines["val_accuracy:MLP"].get_ydata(), [0.7, 0.8])
    assert lines["loss:CNN"].get_label() == "CNN, 1,490 parameters: training"
    assert lines["val_accuracy:MLP"].get_label() == "MLP, 2,410 parameters: last 0.800"


def test_cnn_vs_mlp_trains_both_on_the_same_images():
    X, y = load_digit_images()
    fig = viz.cnn_vs_mlp(X=X[:150], y=y[:150], epochs=2, batch_size=50, lang="ko")
    for records in fig.histories.values():
        assert len(records["loss"]) == len(records["val_accuracy"]) == 2
        assert all(0 <= a <= 1 for a in records["val_accuracy"])
    assert fig.n_parameters["CNN"] < fig.n_parameters["MLP"]
    assert fig.axes[1].get_title() == "테스트 정확도"


def test_cnn_vs_mlp_errors():
    with pytest.raises(ValueError, match="a pair"):
        viz.cnn_vs_mlp(histories={"loss": [1.0]})
    with pytest.raises(ValueError, match="'val_accuracy'"):
        viz.cnn_vs_mlp(histories=({"loss": [1.0]}, {"loss": [1.0], "val_accuracy": [0.5]}))
    with pytest.raises(ValueError, match=r"\(N, C, H, W\)"):
        viz.cnn_vs_mlp(X=np.zeros((10, 64)), y=np.zeros(10))
    with pytest.raises(ValueError, match="epochs은\\(는\\) 1 이상의 정수"):
        viz.cnn_vs_mlp(epochs=0, lang="ko")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_rnn_figures_fit_their_texts_in_both_languages(lang):
    tokenizer = CharTokenizer("hello world")
    mldlab.manual_seed(7)
    model = nn.Sequential(nn.Embedding(tokenizer.vocab_size, 4), nn.LSTM(4, 8))
    history = {"loss": [1.0, 0.5, 0.3], "val_loss": [0.9, 0.6, 0.5], "val_accuracy": [0.8, 0.9, 0.93]}
    figures = [viz.unrolled_rnn(model, "hello world", tokenizer=tokenizer, lang=lang),
               viz.lstm_gates(model, "hello world", tokenizer=tokenizer, lang=lang),
               viz.gradient_norms_over_time(seq_len=20, n_samples=4, hidden_size=4, lang=lang),
               viz.cnn_vs_mlp(nn.Sequential(nn.Flatten(), nn.Linear(4, 2)), None, histories=(history, history),
                              lang=lang)]
    for fig in figures:
        assert_texts_fit(fig)
        hangul = any("\uac00" <= ch <= "\ud7a3" for t in fig.findobj(lambda a: hasattr(a, "get_text"))
                     for ch in t.get_text())
        assert hangul == (lang == "ko")
