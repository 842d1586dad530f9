"""Embedding against PyTorch: lookups and the table's gradient with padding_idx, max_norm (rows renormalised in place),
scale_grad_by_freq; N(0, 1) initialisation, from_pretrained, save/load and hand-off, index errors in both languages."""

import numpy as np
import pytest

import mldlab
import mldlab.nn.functional as F
from mldlab import nn

OPTIONS = [{}, {"padding_idx": 1}, {"padding_idx": -1}, {"scale_grad_by_freq": True}, {"max_norm": 1.0},
           {"max_norm": 0.5, "norm_type": 1.0}, {"padding_idx": 0, "scale_grad_by_freq": True, "max_norm": 2.0}]


@pytest.mark.parametrize(("dtype", "rtol"), [("float64", 1e-10), ("float32", 1e-5)])
@pytest.mark.parametrize("options", OPTIONS, ids=str)
def test_embedding_layer_matches_torch(torch, options, dtype, rtol):
    rng = np.random.default_rng(8)
    theirs = torch.nn.Embedding(6, 4, dtype=getattr(torch, dtype), **options)
    ours = nn.Embedding(6, 4, dtype=getattr(mldlab, dtype), **options)
    assert repr(ours) == repr(theirs) and ours.padding_idx == theirs.padding_idx
    ours.weight._data[...] = theirs.weight.detach().numpy() * 1.5  # some rows longer than max_norm
    theirs.weight.data.mul_(1.5)
    for shape in [(3, 5), (7,), ()]:
        ids = rng.integers(0, 6, shape)
        y, y_t = ours(mldlab.tensor(ids)), theirs(torch.tensor(ids))
        np.testing.assert_allclose(y.detach().numpy(), y_t.detach().numpy(), rtol=rtol, atol=rtol)
        g = rng.standard_normal(y_t.shape)
        y.backward(mldlab.tensor(g, dtype=y.dtype))
        y_t.backward(torch.tensor(g, dtype=y_t.dtype))
        np.testing.assert_allclose(ours.weight.grad.numpy(), theirs.weight.grad.numpy(), rtol=rtol, atol=rtol)
        np.testing.assert_allclose(ours.weight.detach().numpy(), theirs.weight.detach().numpy(), rtol=rtol,
                                   atol=rtol)  # max_norm rescaled the same rows in place


def test_functional_embedding_int32_indices_and_padding_gradient(torch):
    w = np.random.default_rng(0).standard_normal((5, 3))
    ids = np.array([[0, 2, 2], [4, 0, 1]], dtype=np.int32)
    a, b = mldlab.tensor(w, requires_grad=True), torch.tensor(w, requires_grad=True)
    y, y_t = F.embedding(mldlab.tensor(ids), a, padding_idx=2), torch.nn.functional.embedding(
        torch.tensor(ids), b, padding_idx=2)
    (y * y).sum().backward()
    (y_t * y_t).sum().backward()
    np.testing.assert_array_equal(y.detach().numpy(), y_t.detach().numpy())
    np.testing.assert_allclose(a.grad.numpy(), b.grad.numpy(), rtol=1e-12)
    assert not a.grad.numpy()[2].any()


def test_embedding_gradient_is_one_hot_times_the_output_gradient():
    """∂J/∂W = onehot(i)ᵀ · ∂J/∂y, the dense layer's rule (a finite-difference check of the same)."""
    w = np.random.default_rng(1).standard_normal((4, 2))
    ids = np.array([3, 0, 3, 1])
    g = np.random.default_rng(2).standard_normal((4, 2))
    table = mldlab.tensor(w, requires_grad=True)
    F.embedding(mldlab.tensor(ids), table).backward(mldlab.tensor(g))
    np.testing.assert_allclose(table.grad.numpy(), np.eye(4)[ids].T @ g, rtol=1e-12)
    numeric = np.zeros_like(w)
    for index in np.ndindex(w.shape):
        step = np.zeros_like(w)
        step[index] = 1e-6
        plus, minus = ((F.embedding(mldlab.tensor(ids), mldlab.tensor(w + s)).numpy() * g).sum() for s in (step, -step))
        numeric[index] = (plus - minus) / 2e-6
    np.testing.assert_allclose(table.grad.numpy(), numeric, rtol=1e-6, atol=1e-8)


def test_initialisation_padding_row_and_frozen_values():
    mldlab.manual_seed(0)
    emb = nn.Embedding(2000, 50, padding_idx=3)
    w = emb.weight.detach().numpy()
    assert not w[3].any() and abs(w.mean()) < 0.01 and abs(w.std() - 1) < 0.01
    table = mldlab.tensor([[3.0, 4.0], [0.3, 0.4], [6.0, 8.0]])
    F.embedding(mldlab.tensor([0, 1]), table, max_norm=1.0)  # row 0 (norm 5) rescaled to norm 1, row 2 unused
    np.testing.assert_allclose(table.numpy(), [[0.6, 0.8], [0.3, 0.4], [6.0, 8.0]], rtol=1e-6)


def test_from_pretrained_shares_and_freezes(torch):
    table = mldlab.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    emb = nn.Embedding.from_pretrained(table, padding_idx=1)
    theirs = torch.nn.Embedding.from_pretrained(torch.tensor(table.numpy()), padding_idx=1)
    assert repr(emb) == repr(theirs) and not emb.weight.requires_grad
    assert emb.weight.tolist() == theirs.weight.tolist()  # the padding row of a given table is not zeroed
    assert nn.Embedding.from_pretrained(table, freeze=False).weight.requires_grad


def test_save_load_and_hand_off(torch, tmp_path):
    from mldlab.interop import from_torch, to_torch

    net = nn.Sequential(nn.Embedding(7, 3, padding_idx=0, scale_grad_by_freq=True), nn.Flatten(), nn.Linear(6, 2))
    ids = mldlab.tensor([[1, 6], [0, 2]])
    mldlab.save(net, tmp_path / "emb.npz")
    loaded = mldlab.load(tmp_path / "emb.npz")
    assert repr(loaded) == repr(net)
    np.testing.assert_array_equal(loaded(ids).detach().numpy(), net(ids).detach().numpy())
    theirs = to_torch(net)
    np.testing.assert_allclose(theirs(torch.tensor(ids.numpy())).detach().numpy(), net(ids).detach().numpy(),
                               rtol=1e-5, atol=1e-6)
    assert repr(from_torch(theirs)) == repr(net)


@pytest.mark.parametrize(("call", "error", "text"), [
    (lambda: nn.Embedding(3, 2)(mldlab.tensor([3])), IndexError, "index 3 is out of range"),
    (lambda: nn.Embedding(3, 2)(mldlab.tensor([-1])), IndexError, "index -1 is out of range"),
    (lambda: nn.Embedding(3, 2)(mldlab.tensor([1.0])), RuntimeError, "int64 or int32"),
    (lambda: nn.Embedding(3, 2)([1]), TypeError, "must be a Tensor"),
    (lambda: nn.Embedding(3, 2, padding_idx=3), ValueError, "padding_idx"),
    (lambda: nn.Embedding(3, 2, max_norm=0), ValueError, "max_norm"),
    (lambda: nn.Embedding(3, 2, sparse=True), ValueError, "sparse"),
    (lambda: nn.Embedding(3, 2, _weight=mldlab.zeros(2, 2)), ValueError, "(3, 2)"),
    (lambda: nn.Embedding.from_pretrained(mldlab.zeros(3)), ValueError, "2-D"),
    (lambda: F.embedding(mldlab.tensor([0]), mldlab.zeros(3)), RuntimeError, "num_embeddings, embedding_dim"),
])
def test_errors_say_what_was_wrong_in_both_languages(call, error, text):
    with pytest.raises(error) as english:
        call()
    assert text in str(english.value)
    with mldlab.i18n.language("ko"), pytest.raises(error) as korean:
        call()
    assert str(korean.value) != str(english.value) and any("\uac00" <= c <= "\ud7a3" for c in str(korean.value))
