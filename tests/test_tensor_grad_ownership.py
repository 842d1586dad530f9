"""A leaf's ``.grad`` is its own array: writing into it changes nothing else.

``backward()`` takes the fused linear op's gradients as ``.grad`` without copying them (they are new products
that nothing else holds); every other gradient is copied. These tests write into each ``.grad`` and check that
no other gradient, input, weight or user array moved, and that the gradients stay right (beside PyTorch) with
broadcasting, views, expand and accumulation.
"""

import importlib
import itertools

import numpy as np
import pytest

import mldlab
from mldlab import nn
from mldlab.nn import functional as F

_tensor_module = importlib.import_module("mldlab.tensor")  # the module (mldlab.tensor is also a function)


def arrays_of(*tensors):
    """The data and gradient arrays of ``tensors`` (those that exist)."""
    out = []
    for t in tensors:
        out.append(t._data)
        if t.grad is not None:
            out.append(t.grad._data)
    return out


def assert_no_two_share_memory(arrays):
    for a, b in itertools.combinations(arrays, 2):
        assert not np.shares_memory(a, b)


def test_linear_gradients_are_owned_and_writing_into_one_moves_nothing_else(torch):
    rng = np.random.default_rng(0)
    x0, w0, b0 = rng.standard_normal((5, 3)), rng.standard_normal((4, 3)), rng.standard_normal(4)
    x, W, b = (mldlab.tensor(a.copy(), requires_grad=True) for a in (x0, w0, b0))
    out = F.linear(x, W, b)
    gradient = np.ones((5, 4))
    out.backward(gradient)
    assert_no_two_share_memory([*arrays_of(x, W, b, out), gradient])
    expected = {name: t.grad.numpy().copy() for name, t in (("x", x), ("W", W), ("b", b))}
    W.grad.zero_()
    x.grad.mul_(2.0)
    np.testing.assert_array_equal(b.grad.numpy(), expected["b"])
    np.testing.assert_array_equal(x.detach().numpy(), x0)
    np.testing.assert_array_equal(W.detach().numpy(), w0)
    np.testing.assert_array_equal(gradient, np.ones((5, 4)))
    tx, tW, tb = (torch.tensor(a, requires_grad=True) for a in (x0, w0, b0))
    torch.nn.functional.linear(tx, tW, tb).backward(torch.ones(5, 4, dtype=torch.float64))
    np.testing.assert_allclose(expected["W"], tW.grad.numpy(), rtol=1e-12)
    np.testing.assert_allclose(expected["x"], tx.grad.numpy(), rtol=1e-12)
    np.testing.assert_allclose(expected["b"], tb.grad.numpy(), rtol=1e-12)


def test_linear_of_a_weight_with_itself_adds_both_gradients(torch):
    """x and W the same tensor: the first gradient is taken, the second added into a new array."""
    w0 = np.random.default_rng(1).standard_normal((3, 3))
    W = mldlab.tensor(w0.copy(), requires_grad=True)
    (F.linear(W, W) ** 2).sum().backward()
    tW = torch.tensor(w0, requires_grad=True)
    (torch.nn.functional.linear(tW, tW) ** 2).sum().backward()
    np.testing.assert_allclose(W.grad.numpy(), tW.grad.numpy(), rtol=1e-12)
    assert not np.shares_memory(W.grad._data, W._data)


def test_gradients_accumulate_over_backward_calls_and_stay_owned(torch):
    rng = np.random.default_rng(2)
    x0 = rng.standard_normal((6, 3, 2))  # 3-d input: the op reshapes it to rows
    layer = nn.Linear(2, 4, dtype=mldlab.float64)
    w0, b0 = layer.weight.detach().numpy().copy(), layer.bias.detach().numpy().copy()
    x = mldlab.tensor(x0, requires_grad=True)
    loss = (layer(x) ** 2).mean()
    loss.backward(retain_graph=True)
    first = layer.weight.grad
    first_values = first.numpy().copy()
    loss.backward()
    assert layer.weight.grad is first
    t_layer = torch.nn.Linear(2, 4, dtype=torch.float64)
    with torch.no_grad():
        t_layer.weight.copy_(torch.tensor(w0))
        t_layer.bias.copy_(torch.tensor(b0))
    tx = torch.tensor(x0, requires_grad=True)
    t_loss = (t_layer(tx) ** 2).mean()
    t_loss.backward(retain_graph=True)
    np.testing.assert_allclose(first_values, t_layer.weight.grad.numpy(), rtol=1e-12)
    t_loss.backward()
    np.testing.assert_allclose(layer.weight.grad.numpy(), t_layer.weight.grad.numpy(), rtol=1e-12)
    np.testing.assert_allclose(layer.bias.grad.numpy(), t_layer.bias.grad.numpy(), rtol=1e-12)
    np.testing.assert_allclose(x.grad.numpy(), tx.grad.numpy(), rtol=1e-12)
    assert_no_two_share_memory(arrays_of(x, layer.weight, layer.bias))


def test_gradients_through_broadcasting_views_and_expand_are_copies(torch):
    rng = np.random.default_rng(3)
    a0, b0, c0 = rng.standard_normal((4, 3)), rng.standard_normal(3), rng.standard_normal((1, 3))
    a, b, c = (mldlab.tensor(v.copy(), requires_grad=True) for v in (a0, b0, c0))
    seed = np.arange(12.0).reshape(4, 3)
    # a + a: one array for both; b broadcast; c expanded; a view of a; a reshape of a
    out = a + a + b + c.expand(4, 3) + a[1:3].sum() + a.reshape(3, 4).T.T.reshape(4, 3) * 2
    out.backward(seed)
    assert_no_two_share_memory([*arrays_of(a, b, c, out), seed])
    expected = [t.grad.numpy().copy() for t in (a, b, c)]
    a.grad.fill_(7.0)
    b.grad.zero_()
    np.testing.assert_array_equal(c.grad.numpy(), expected[2])
    np.testing.assert_array_equal(seed, np.arange(12.0).reshape(4, 3))
    ta, tb, tc = (torch.tensor(v, requires_grad=True) for v in (a0, b0, c0))
    t_out = ta + ta + tb + tc.expand(4, 3) + ta[1:3].sum() + ta.reshape(3, 4).T.T.reshape(4, 3) * 2
    t_out.backward(torch.tensor(np.arange(12.0).reshape(4, 3)))
    for ours, theirs in zip(expected, (ta, tb, tc), strict=True):
        np.testing.assert_allclose(ours, theirs.grad.numpy(), rtol=1e-12)


def test_an_op_passing_one_array_to_two_leaves_gives_each_its_own_copy():
    """a + b hands the gradient it got (here the user's own array) to a and to b."""
    a, b = mldlab.zeros(2, 3, requires_grad=True), mldlab.zeros(2, 3, requires_grad=True)
    seed = np.full((2, 3), 5.0, np.float32)
    (a + b).backward(seed)
    assert_no_two_share_memory([*arrays_of(a, b), seed])
    a.grad.zero_()
    np.testing.assert_array_equal(b.grad.numpy(), seed)
    np.testing.assert_array_equal(seed, np.full((2, 3), 5.0, np.float32))


def test_backward_on_a_leaf_copies_the_given_gradient():
    x = mldlab.zeros(3, requires_grad=True)
    given = np.array([1.0, 2.0, 3.0], dtype=np.float32)
    x.backward(given)
    x.grad.zero_()
    np.testing.assert_array_equal(given, [1.0, 2.0, 3.0])


def test_an_optimizer_step_after_linear_leaves_the_graph_alone():
    """The taken gradient is what SGD reads; it must not be the array the next forward uses."""
    layer = nn.Linear(3, 2)
    x = mldlab.ones(4, 3)
    layer(x).sum().backward()
    grad_array = layer.weight.grad._data
    mldlab.optim.SGD(layer.parameters(), lr=0.5).step()
    assert not np.shares_memory(grad_array, layer.weight._data)
    np.testing.assert_array_equal(x.numpy(), np.ones((4, 3), np.float32))


@pytest.mark.parametrize(
    ("array", "fresh", "taken"),
    [
        (np.ones((2, 3)), True, True),
        (np.ones((2, 3)), False, False),  # an op that does not say its arrays are new
        (np.ones((2, 3), np.float32), True, False),  # another dtype: converted, so copied
        (np.ones((4, 3))[::2], True, False),  # a view
        (np.ones(6).reshape(2, 3), True, False),  # a view too
        (np.broadcast_to(np.ones(3), (2, 3)), True, False),  # read-only
    ],
)
def test_grad_array_takes_only_a_fresh_writeable_array_of_the_right_dtype(array, fresh, taken):
    result = _tensor_module._grad_array(array, np.dtype(np.float64), fresh)
    assert (result is array) == taken
    np.testing.assert_array_equal(result, array)
    assert result.dtype == np.float64 and result.flags.writeable
