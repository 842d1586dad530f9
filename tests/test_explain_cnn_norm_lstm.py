"""explain.batch_norm and explain.lstm_step: every number is PyTorch's (BatchNorm's output and running statistics in
both modes and with every option; each LSTM gate from torch's own ops, hₜ and cₜ from torch.nn.LSTM over stacked,
bidirectional, batch-first, unbatched and given-state cases), the layer is left as it was, and a small example is
worked out by hand."""

import json

import numpy as np
import pytest

import mldlab
from mldlab import explain, nn


def _copy_parameters(torch, ours, theirs):
    with torch.no_grad():
        for name, param in ours.named_parameters():
            getattr(theirs, name).copy_(torch.tensor(param.detach().numpy()))


@pytest.mark.parametrize("options", [dict(), dict(momentum=None), dict(momentum=0.3, eps=1e-3), dict(affine=False),
                                     dict(track_running_stats=False)])
@pytest.mark.parametrize("training", [True, False])
def test_batch_norm_1d_is_torchs(torch, options, training):
    rng = np.random.default_rng(0)
    layer, twin = nn.BatchNorm1d(3, **options), torch.nn.BatchNorm1d(3, **options)
    for _ in range(2):                                   # two batches first: running statistics away from 0 and 1
        batch = rng.normal(2.0, 3.0, size=(6, 3)).astype(np.float32)
        layer(mldlab.tensor(batch)), twin(torch.tensor(batch))
    if layer.affine:
        _copy_parameters(torch, layer, twin)
        with mldlab.no_grad():
            layer.weight.copy_(mldlab.tensor([1.5, -0.5, 2.0])), layer.bias.copy_(mldlab.tensor([0.1, 0.2, -0.3]))
        with torch.no_grad():
            twin.weight.copy_(torch.tensor([1.5, -0.5, 2.0])), twin.bias.copy_(torch.tensor([0.1, 0.2, -0.3]))
    layer.train(training), twin.train(training)
    state = {name: buffer.numpy().copy() for name, buffer in layer.named_buffers()}
    x = rng.normal(-1.0, 2.0, size=(5, 3)).astype(np.float32)
    for feature in range(3):
        result = explain.batch_norm(layer, x, feature=feature)
        assert result.matches and result.training == training
        assert {name: buffer.numpy().tolist() for name, buffer in layer.named_buffers()} == \
            {name: value.tolist() for name, value in state.items()}             # the layer is left as it was
    expected = twin(torch.tensor(x)).detach().numpy()
    np.testing.assert_allclose(result.y, expected[:, 2], rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(result.layer_y, expected[:, 2], rtol=1e-6, atol=1e-6)
    if training and twin.track_running_stats:
        assert result.after["running_mean"] == pytest.approx(twin.running_mean[2].item(), rel=1e-5)
        assert result.after["running_var"] == pytest.approx(twin.running_var[2].item(), rel=1e-5)
        assert result.after["num_batches_tracked"] == twin.num_batches_tracked.item() == 3
    else:
        assert result.after is None
    assert result.batch == (training or not twin.track_running_stats)


def test_batch_norm_2d_takes_every_place_of_the_map(torch):
    x = np.random.default_rng(1).normal(size=(4, 2, 3, 5))
    layer = nn.BatchNorm2d(2, dtype=mldlab.float64)
    result = explain.batch_norm(layer, x, feature=1)
    assert result.n == 4 * 3 * 5 and result.mean == pytest.approx(x[:, 1].mean(), rel=1e-12)
    assert result.var == pytest.approx(x[:, 1].var(), rel=1e-12)
    twin = torch.nn.BatchNorm2d(2, dtype=torch.float64)
    np.testing.assert_allclose(result.y, twin(torch.tensor(x)).detach().numpy()[:, 1].ravel(), rtol=1e-10)
    assert result.after["running_var"] == pytest.approx(twin.running_var[1].item(), rel=1e-12) and result.matches


def test_batch_norm_by_hand_and_in_korean():
    layer = nn.BatchNorm1d(1)
    result = explain.batch_norm(layer, [[1.0], [2.0], [3.0], [6.0]])
    assert (result.mean, result.var) == (3.0, 3.5)                # 12/4; (4 + 1 + 0 + 9)/4
    assert result.x_hat[0] == pytest.approx(-2 / np.sqrt(3.5 + 1e-5), rel=1e-6)
    assert result.after["running_mean"] == pytest.approx(0.3) and result.after["running_var"] == pytest.approx(
        0.9 + 0.1 * 14 / 3)
    layer.eval()
    evaluated = explain.batch_norm(layer, [[1.0], [2.0]], lang="ko")
    assert not evaluated.batch and evaluated.after is None and evaluated.mean == 0.0 and evaluated.var == 1.0
    text = str(evaluated)
    assert "평가 모드" in text and "이동 통계" in text and "✓" in text
    assert "Nothing is updated in evaluation mode" in str(explain.batch_norm(layer, [[1.0], [2.0]]))
    data = json.loads(json.dumps(result.to_dict(), allow_nan=False))
    assert data["kind"] == "batch_norm" and data["before"]["running_var"] == 1.0


def test_batch_norm_errors():
    with pytest.raises(TypeError, match="BatchNorm1d, BatchNorm2d.*got Linear"):
        explain.batch_norm(nn.Linear(2, 2), np.zeros((2, 2)))
    with pytest.raises(IndexError, match="feature=2 is out of range"):
        explain.batch_norm(nn.BatchNorm1d(2), np.ones((3, 2)), feature=2)
    with pytest.raises(TypeError, match="정수"):
        explain.batch_norm(nn.BatchNorm1d(2), np.ones((3, 2)), feature=0.5, lang="ko")


def _torch_gates(torch, twin, x_t, h, c, suffix="_l0"):
    """i, f, g, o, c', h' of one step from torch's own ops and the torch layer's weights."""
    F = torch.nn.functional
    z = F.linear(x_t, getattr(twin, "weight_ih" + suffix), getattr(twin, "bias_ih" + suffix)) + \
        F.linear(h, getattr(twin, "weight_hh" + suffix), getattr(twin, "bias_hh" + suffix))
    i, f, g, o = z.chunk(4)
    i, f, g, o = torch.sigmoid(i), torch.sigmoid(f), torch.tanh(g), torch.sigmoid(o)
    c = f * c + i * g
    return [i, f, g, o], c, o * torch.tanh(c)


@pytest.mark.parametrize("options", [dict(), dict(batch_first=True), dict(num_layers=2), dict(bidirectional=True),
                                     dict(num_layers=2, bidirectional=True, batch_first=True)])
@pytest.mark.parametrize("given_state", [False, True])
def test_lstm_step_every_gate_is_torchs(torch, options, given_state):
    rng = np.random.default_rng(2)
    layer = nn.LSTM(3, 4, dtype=mldlab.float64, **options)
    twin = torch.nn.LSTM(3, 4, dtype=torch.float64, **options)
    _copy_parameters(torch, layer, twin)
    layers = options.get("num_layers", 1) * (2 if options.get("bidirectional") else 1)
    x = rng.normal(size=(2, 5, 3) if options.get("batch_first") else (5, 2, 3))
    hx = (rng.normal(size=(layers, 2, 4)), rng.normal(size=(layers, 2, 4))) if given_state else None
    _, (h_n, c_n) = twin(torch.tensor(x), None if hx is None else tuple(torch.tensor(v) for v in hx))
    sequence = x if options.get("batch_first") else x.swapaxes(0, 1)
    zeros = torch.zeros(4, dtype=torch.float64)
    h, c = (torch.tensor(hx[0][0, 1]), torch.tensor(hx[1][0, 1])) if given_state else (zeros, zeros)
    for t in range(5):
        gates, c, h = _torch_gates(torch, twin, torch.tensor(sequence[1, t]), h, c)
        result = explain.lstm_step(layer, x, t=t, sample=1, hx=hx)
        assert result.matches
        for gate, value in zip(result.gates, gates):
            np.testing.assert_allclose(gate["value"], value.detach().numpy(), rtol=1e-12, atol=1e-14)
        np.testing.assert_allclose(result.c, c.detach().numpy(), rtol=1e-12, atol=1e-14)
        np.testing.assert_allclose(result.h, h.detach().numpy(), rtol=1e-12, atol=1e-14)
    if layers == 1:
        np.testing.assert_allclose(result.h, h_n[0, 1].detach().numpy(), rtol=1e-12)


def test_lstm_step_unbatched_float32_and_cell(torch):
    layer = nn.LSTM(2, 3)
    x = np.random.default_rng(3).normal(size=(6, 2)).astype(np.float32)
    result = explain.lstm_step(layer, x, t=5)
    twin = torch.nn.LSTM(2, 3)
    _copy_parameters(torch, layer, twin)
    out, _ = twin(torch.tensor(x))
    np.testing.assert_allclose(result.h, out[5].detach().numpy(), rtol=1e-5, atol=1e-6)
    assert result.matches and result.x == pytest.approx(x[5].tolist())
    cell, cell_twin = nn.LSTMCell(2, 3), torch.nn.LSTMCell(2, 3)
    _copy_parameters(torch, cell, cell_twin)
    h0, c0 = np.full((4, 3), 0.5, np.float32), np.full((4, 3), -0.25, np.float32)
    one = explain.lstm_step(cell, x[:4], sample=3, hx=(h0, c0))
    h, c = cell_twin(torch.tensor(x[:4]), (torch.tensor(h0), torch.tensor(c0)))
    np.testing.assert_allclose(one.h, h[3].detach().numpy(), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(one.c, c[3].detach().numpy(), rtol=1e-5, atol=1e-6)
    assert one.matches and one.h_prev == [0.5] * 3 and one.c_prev == [-0.25] * 3


def test_lstm_step_by_hand():
    lstm = nn.LSTM(input_size=1, hidden_size=1, dtype=mldlab.float64)
    with mldlab.no_grad():
        for p in lstm.parameters():
            p.fill_(0.5)
    result = explain.lstm_step(lstm, [[1.0], [2.0]], t=0)
    sigma, tanh = 1 / (1 + np.exp(-1.5)), np.tanh(1.5)       # z = 0.5·1 + 0.5 + 0.5·0 + 0.5 = 1.5 for every gate
    assert [g["z"] for g in result.gates] == [[1.5]] * 4
    assert [g["value"][0] for g in result.gates] == pytest.approx([sigma, sigma, tanh, sigma], rel=1e-15)
    assert result.c[0] == pytest.approx(sigma * tanh) and result.h[0] == pytest.approx(sigma * np.tanh(sigma * tanh))
    text = str(result)
    for expected in ("iₜ = σ(W_ii·xₜ + b_ii + W_hi·hₜ₋₁ + b_hi)", "z = 1 + 0.5 = 1.5,  σ(1.5) = 0.8176",
                     "cₜ = fₜ ⊙ cₜ₋₁ + iₜ ⊙ gₜ", "PyTorch's order i, f, g, o",
                     "The same as the layer's own hₜ and cₜ ✓"):
        assert expected in text
    korean = str(explain.lstm_step(lstm, [[1.0], [2.0]], t=1, lang="ko"))
    assert "망각 게이트" in korean and "✓" in korean
    data = json.loads(json.dumps(result.to_dict(), allow_nan=False))
    assert data["kind"] == "lstm_step" and [g["name"] for g in data["gates"]] == ["i", "f", "g", "o"]


def test_lstm_step_errors():
    lstm = nn.LSTM(2, 3)
    x = np.zeros((4, 2), np.float32)
    with pytest.raises(IndexError, match="t=4 is out of range: there are 4, numbered 0 to 3"):
        explain.lstm_step(lstm, x, t=4)
    with pytest.raises(IndexError, match="sample=1"):
        explain.lstm_step(lstm, x, sample=1)
    with pytest.raises(TypeError, match="LSTM, LSTMCell.*got GRU"):
        explain.lstm_step(nn.GRU(2, 3), x)
    with pytest.raises(TypeError, match="hx must be the pair"):
        explain.lstm_step(lstm, x, hx=np.zeros((1, 3)))
    with pytest.raises(TypeError, match="범위|정수"):
        explain.lstm_step(lstm, x, t="1", lang="ko")
