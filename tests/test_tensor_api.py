"""The Tensor API a PyTorch tutorial uses: creation, attributes, backward and its options, grad mode, in-place
updates, reprs, seeds and the graph that the teaching layer walks."""

import threading

import numpy as np
import pytest

import mldlab


@pytest.mark.parametrize(
    "make",
    [
        lambda lib: lib.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True),
        lambda lib: lib.tensor([1, 2, 3], dtype=lib.float64),
        lambda lib: lib.zeros(2, 3),
        lambda lib: lib.zeros((2, 3), dtype=lib.float64),
        lambda lib: lib.ones(4),
        lambda lib: lib.full((2, 2), 3.5),
        lambda lib: lib.arange(5),
        lambda lib: lib.arange(1.0, 2.0, 0.25),
        lambda lib: lib.arange(10, 0, -3),
        lambda lib: lib.linspace(-1, 1, 5),
        lambda lib: lib.linspace(0, 1, 1),
        lambda lib: lib.eye(3),
        lambda lib: lib.eye(2, 3),
        lambda lib: lib.zeros_like(lib.ones(2, 3, dtype=lib.float64)),
        lambda lib: lib.ones_like(lib.tensor([1, 2])),
        lambda lib: lib.ones(2, requires_grad=True),
    ],
)
def test_creation_matches_torch(torch, make):
    ours, theirs = make(mldlab), make(torch)
    assert ours.shape == tuple(theirs.shape)
    assert str(ours.dtype) == str(theirs.dtype).replace("torch.", "")
    assert ours.requires_grad == theirs.requires_grad
    np.testing.assert_allclose(ours.detach().numpy(), theirs.detach().numpy(), rtol=1e-7)


def test_random_creation():
    u = mldlab.rand(1000)
    assert u.shape == (1000,) and u.dtype == mldlab.float32
    assert 0 <= u.min().item() and u.max().item() < 1
    n = mldlab.randn(2, 500, dtype=mldlab.float64)
    assert n.dtype == mldlab.float64 and abs(n.mean().item()) < 0.15 and 0.85 < n.std().item() < 1.15
    k = mldlab.randint(0, 3, (200,))
    assert k.dtype == mldlab.int64 and set(k.tolist()) == {0, 1, 2}
    assert mldlab.randint(5, (2, 2)).shape == (2, 2)
    assert mldlab.randn(3, requires_grad=True).requires_grad


def test_manual_seed_repeats_random_numbers():
    mldlab.manual_seed(42)
    a = (mldlab.rand(3), mldlab.randn(2, 2), mldlab.randint(0, 100, (5,)))
    mldlab.manual_seed(42)
    b = (mldlab.rand(3), mldlab.randn(2, 2), mldlab.randint(0, 100, (5,)))
    for x, y in zip(a, b, strict=True):
        assert x.equal(y)
    mldlab.manual_seed(43)
    assert not mldlab.rand(3).equal(a[0])


def test_attributes():
    x = mldlab.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    assert x.shape == (2, 3) and x.size() == (2, 3) and x.size(1) == 3 and x.size(-2) == 2
    assert x.ndim == 2 and x.dim() == 2 and x.numel() == 6 and len(x) == 2
    assert x.dtype == mldlab.float32 and mldlab.float32 == np.float32
    assert x.T.shape == (3, 2) and x.T.tolist() == [[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]]
    assert x.tolist() == [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    assert x[1, 2].item() == 6.0 and isinstance(x[1, 2].item(), float)
    assert isinstance(mldlab.tensor(3).item(), int)
    assert isinstance(x.numpy(), np.ndarray) and x.numpy().dtype == np.float32
    assert not x.requires_grad and x.grad is None and x.is_leaf


def test_numpy_shares_memory_with_the_tensor():
    x = mldlab.zeros(3)
    x.numpy()[0] = 5.0
    assert x[0].item() == 5.0
    array = np.zeros(2)
    y = mldlab.from_numpy(array)
    array[1] = 7.0
    assert y.tolist() == [0.0, 7.0] and y.dtype == mldlab.float64


def test_requires_grad_():
    x = mldlab.ones(2)
    assert x.requires_grad_() is x and x.requires_grad
    x.requires_grad_(False)
    assert not x.requires_grad
    x.requires_grad = True
    assert (x * 2).requires_grad


def test_conversions_for_tutorial_code():
    labels = mldlab.tensor([0, 2, 1])
    scores = mldlab.tensor([[0.1, 0.2, 0.7], [0.9, 0.05, 0.05], [0.2, 0.5, 0.3]])
    predicted = scores.argmax(dim=1)
    assert predicted.dtype == mldlab.int64 and predicted.tolist() == [2, 0, 1]
    accuracy = (predicted == labels).float().mean()
    assert accuracy.dtype == mldlab.float32 and abs(accuracy.item() - 1 / 3) < 1e-7
    assert scores.long().dtype == mldlab.int64 and labels.float().dtype == mldlab.float32
    assert labels.double().dtype == mldlab.float64 and labels.to(mldlab.float32).dtype == mldlab.float32
    assert scores[mldlab.tensor([2, 0]), labels[:2]].tolist() == pytest.approx([0.2, 0.7])
    assert float(scores[0, 2]) == pytest.approx(0.7) and int(labels[1]) == 2
    assert scores.to("cpu") is scores and scores.cpu() is scores
    assert mldlab.sin(mldlab.tensor(0.0)).item() == 0.0 and mldlab.cos(mldlab.tensor(0.0)).item() == 1.0
    assert mldlab.pow(mldlab.tensor([2.0]), 3).item() == 8.0 and mldlab.tensor([3.0]).pow(2).item() == 9.0
    assert list(range(10))[mldlab.tensor(3)] == 3  # an integer tensor works as a Python index
    assert mldlab.ones(3, 4).mm(mldlab.ones(4, 2)).shape == (3, 2)
    assert mldlab.arange(4.0).square().tolist() == [0.0, 1.0, 4.0, 9.0]


def test_gradients_accumulate_over_backward_calls():
    w = mldlab.tensor([1.0, 2.0], requires_grad=True)
    (w * w).sum().backward()
    assert w.grad.tolist() == [2.0, 4.0]
    (3 * w).sum().backward()
    assert w.grad.tolist() == [5.0, 7.0]
    w.grad.zero_()
    (w * w).sum().backward()
    assert w.grad.tolist() == [2.0, 4.0]
    w.grad = None
    w.sum().backward()
    assert w.grad.tolist() == [1.0, 1.0]


def test_retain_graph_allows_a_second_backward():
    w = mldlab.tensor([1.0, -2.0], requires_grad=True)
    loss = (w.tanh() * w).sum()
    loss.backward(retain_graph=True)
    first = w.grad.numpy().copy()
    loss.backward()
    np.testing.assert_allclose(w.grad.numpy(), 2 * first)
    with pytest.raises(RuntimeError, match="second time"):
        loss.backward()


def test_second_backward_through_a_freed_graph_raises():
    w = mldlab.tensor([1.0, 2.0], requires_grad=True)
    loss = (w * 3).sum()
    loss.backward()
    with pytest.raises(RuntimeError, match=r"retain_graph=True"):
        loss.backward()
    assert w.grad.tolist() == [3.0, 3.0]  # the failed call changed nothing


def test_backward_with_a_gradient_for_non_scalars(torch):
    values = np.array([[1.0, -2.0], [0.5, 3.0]])
    seed = np.array([[1.0, 0.0], [2.0, -1.0]])
    grads = []
    for lib in (mldlab, torch):
        x = lib.tensor(values, requires_grad=True)
        y = x.sigmoid() * x
        y.backward(gradient=lib.tensor(seed))
        grads.append(x.grad.numpy())
    np.testing.assert_allclose(grads[0], grads[1], rtol=1e-12)
    x = mldlab.tensor(values, requires_grad=True)
    (x * 2).backward(seed)  # a NumPy array works too
    assert x.grad.tolist() == (2 * seed).tolist()


def test_non_leaf_grad_is_none_unless_retained():
    w = mldlab.tensor([1.0, 2.0], requires_grad=True)
    h = w * 2
    z = w * 3
    z.retain_grad()
    (h.sum() + (z * z).sum()).backward()
    assert h.grad is None and z.grad.tolist() == [6.0, 12.0]


def test_backward_on_a_leaf_and_on_shared_subexpressions():
    w = mldlab.tensor(2.0, requires_grad=True)
    w.backward()
    assert w.grad.item() == 1.0
    x = mldlab.tensor(3.0, requires_grad=True)
    h = x * x  # used twice: dJ/dx = 2·(2x)·... via both paths
    (h + h * h).backward()
    assert x.grad.item() == pytest.approx(2 * 3 + 4 * 27)


def test_detach_and_data_share_memory_and_leave_the_graph():
    w = mldlab.tensor([1.0, 2.0], requires_grad=True)
    d = w.detach()
    assert not d.requires_grad and d.grad_fn is None
    d[0] = 10.0
    assert w[0].item() == 10.0
    data = w.data
    assert not data.requires_grad
    data.mul_(2)
    assert w.tolist() == [20.0, 4.0]
    y = (w * w).detach()
    assert y.is_leaf and not y.requires_grad
    w.data = mldlab.tensor([1.0, 1.0])
    assert w.tolist() == [1.0, 1.0] and w.requires_grad


def test_no_grad_as_context_and_decorator():
    w = mldlab.tensor([1.0, 2.0], requires_grad=True)
    with mldlab.no_grad():
        assert not mldlab.is_grad_enabled()
        y = w * 2
    assert not y.requires_grad and y.grad_fn is None and mldlab.is_grad_enabled()

    @mldlab.no_grad()
    def predict(x):
        return x * 2

    @mldlab.no_grad
    def predict_bare(x):
        return x * 2

    assert not predict(w).requires_grad and not predict_bare(w).requires_grad
    assert mldlab.is_grad_enabled() and (w * 2).requires_grad


def test_enable_grad_and_set_grad_enabled():
    w = mldlab.tensor([1.0], requires_grad=True)
    with mldlab.no_grad():
        with mldlab.enable_grad():
            assert (w * 2).requires_grad
        assert not (w * 2).requires_grad
    with mldlab.set_grad_enabled(False):
        assert not (w * 2).requires_grad
    assert (w * 2).requires_grad

    @mldlab.set_grad_enabled(False)
    def evaluate(x):
        return x * 2

    assert mldlab.is_grad_enabled()  # decorating switched nothing
    assert not evaluate(w).requires_grad and mldlab.is_grad_enabled()
    mldlab.set_grad_enabled(False)
    assert not mldlab.is_grad_enabled()
    mldlab.set_grad_enabled(True)
    assert mldlab.is_grad_enabled()
    with mldlab.inference_mode():
        assert not (w * 2).requires_grad
        with mldlab.inference_mode(mode=False):
            assert (w * 2).requires_grad


def test_no_grad_is_per_thread():
    """One thread sits inside no_grad while another records a graph, at the same time."""
    barrier = threading.Barrier(2, timeout=10)
    w = mldlab.tensor([1.0, 2.0], requires_grad=True)
    results = {}

    def evaluating():
        with mldlab.no_grad():
            barrier.wait()  # 1: both threads are running, this one inside no_grad
            barrier.wait()  # 2: the other one has built its graph
            results["evaluating"] = (w * 2).requires_grad

    def training():
        barrier.wait()  # 1
        loss = (w * w).sum()
        results["training"] = loss.requires_grad
        grad = np.zeros(2)
        if loss.requires_grad:
            x = mldlab.tensor([1.0, 2.0], requires_grad=True)
            (x * x).sum().backward()
            grad = x.grad.numpy()
        results["grad"] = grad
        barrier.wait()  # 2

    threads = [threading.Thread(target=evaluating), threading.Thread(target=training)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results["evaluating"] is False
    assert results["training"] is True
    assert results["grad"].tolist() == [2.0, 4.0]
    assert mldlab.is_grad_enabled()


def test_hand_written_gradient_descent_on_the_slide_perceptron(torch):
    """ŷ = σ(w0 + xᵀw) with w0 = 1, w = [3, −2]: fit x = [−1, 2] to y = 1 with W ← W − η ∂J/∂W, side by side."""
    results = []
    for lib in (mldlab, torch):
        w0 = lib.tensor(1.0, requires_grad=True)
        w = lib.tensor([3.0, -2.0], requires_grad=True)
        x, y = lib.tensor([-1.0, 2.0]), lib.tensor(1.0)
        losses = []
        for _ in range(50):
            y_hat = (w0 + x @ w).sigmoid()
            loss = -(y * y_hat.log() + (1 - y) * (1 - y_hat).log())
            loss.backward()
            with lib.no_grad():
                w0 -= 0.5 * w0.grad
                w -= 0.5 * w.grad
            w0.grad.zero_()
            w.grad = None
            losses.append(loss.item())
        results.append((losses, w0.item(), w.tolist()))
    (losses, w0, w), (torch_losses, torch_w0, torch_w) = results
    assert losses[-1] < 0.05 < losses[0]
    np.testing.assert_allclose(losses, torch_losses, rtol=1e-5)
    np.testing.assert_allclose([w0, *w], [torch_w0, *torch_w], rtol=1e-5)


def test_in_place_on_a_leaf_needs_no_grad():
    w = mldlab.tensor([1.0, 2.0], requires_grad=True)
    with pytest.raises(RuntimeError, match="leaf"):
        w -= 0.1
    with pytest.raises(RuntimeError, match="leaf"):
        w.zero_()
    with mldlab.no_grad():
        w -= 0.5
        w *= 2
        w.add_(1)
    assert w.tolist() == [2.0, 4.0] and w.requires_grad and w.is_leaf


def test_in_place_on_plain_tensors():
    x = mldlab.zeros(2, 3)
    x[:, 1] = 1.0
    x[x == 0] = 2.0
    x += mldlab.tensor([1.0, 0.0, 0.0])
    assert x.tolist() == [[3.0, 1.0, 2.0], [3.0, 1.0, 2.0]]
    x.fill_(0.5).clamp_(max=0.25)
    assert x.tolist() == [[0.25] * 3] * 2


@pytest.mark.parametrize(
    "make",
    [
        lambda lib: lib.tensor([1.0, 2.0]),
        lambda lib: lib.tensor([1.5, -2.25]),
        lambda lib: lib.tensor(2.5),
        lambda lib: lib.tensor([[1, 2], [3, 4]]),
        lambda lib: lib.tensor([True, False]),
        lambda lib: lib.tensor([1e-5, 1.0]),
        lambda lib: lib.tensor([0.1, 2.0], dtype=lib.float64),
        lambda lib: lib.tensor([1.0, 2.0], requires_grad=True),
        lambda lib: lib.zeros(0),
        lambda lib: lib.arange(0, 1, 0.25),
    ],
)
def test_repr_matches_torch(torch, make):
    assert repr(make(mldlab)) == repr(make(torch)).replace("torch.", "mldlab.")


def test_repr_of_a_graph_node():
    y = mldlab.tensor([1.0, 2.0], requires_grad=True) * 2
    assert repr(y) == "tensor([2., 4.], grad_fn=<MulBackward>)"


def test_graph_exposes_ops_and_inputs():
    a = mldlab.tensor([1.0, 2.0], requires_grad=True)
    b = mldlab.tensor([3.0, 4.0], requires_grad=True)
    c = mldlab.tensor(0.5)
    product = a * b
    y = (product + c).sigmoid()
    assert y.op == "sigmoid" and y.grad_fn.op == "sigmoid" and y.grad_fn.name() == "SigmoidBackward"
    (total,) = y.inputs
    assert total.op == "add" and total.inputs[0] is product and total.inputs[1] is c
    assert product.op == "mul" and product.grad_fn.inputs == (a, b)
    assert [t is s for t, s in zip(product.inputs, (a, b), strict=True)] == [True, True]
    assert a.grad_fn is None and a.op is None and a.inputs == () and a.is_leaf and not product.is_leaf
    assert [f for f, _ in y.grad_fn.next_functions][0].op == "add"
    with mldlab.no_grad():
        assert (a * b).op is None


def test_integer_and_mask_operators_match_torch(torch):
    results = []
    for lib in (mldlab, torch):
        m, i = lib.tensor([True, False]), lib.tensor([3, 4])
        values = [7 // i, 7 % i, i // 2, i % 3, 7.5 // i, True & m, False | m, m ^ True, ~m, i & 1, 1 | i]
        results.append([(v.tolist(), str(v.dtype).replace("torch.", "")) for v in values])
    assert results[0] == results[1]


def test_leaf_gradients_never_share_memory():
    """The engine hands fresh arrays to .grad without copying; arrays reaching two tensors must be copied."""
    a = mldlab.tensor([1.0, 2.0], requires_grad=True)
    b = mldlab.tensor([3.0, 4.0], requires_grad=True)
    (a + b).sum().backward()  # add passes one gradient array to both inputs
    a.grad.zero_()
    assert b.grad.tolist() == [1.0, 1.0]
    c = mldlab.tensor([1.0, 2.0], requires_grad=True)
    d = c * 1.0
    seed = np.array([5.0, 6.0], dtype=np.float32)
    (c + d).backward(seed)  # the seed itself must not become c.grad
    seed[:] = 0
    assert c.grad.tolist() == [10.0, 12.0]
    e = mldlab.tensor([1.0], requires_grad=True)
    f = mldlab.tensor([1.0], requires_grad=True)
    (e.expand(3) + f.expand(3)).sum().backward()
    e.grad.zero_()
    assert f.grad.tolist() == [3.0]
