"""The slide's perceptron: ŷ = g(w0 + xᵀw) with w0 = 1, w = [3, −2], x = [−1, 2] and g = σ.

    z = 1 + 3·(−1) + (−2)·2 = −6,   ŷ = σ(−6) = 0.0024726231566347743
    ∂ŷ/∂w = σ'(z)·x,  ∂ŷ/∂w0 = σ'(z),  σ'(z) = σ(z)(1 − σ(z))

The decision line is where z = 0: 1 + 3x1 − 2x2 = 0. Points on one side give ŷ > 0.5, on the other ŷ < 0.5.
"""

import math

import numpy as np
import pytest

import mldlab

Y_HAT = 0.0024726231566347743  # σ(−6)


def _perceptron(dtype):
    w0 = mldlab.tensor(1.0, dtype=dtype, requires_grad=True)
    w = mldlab.tensor([3.0, -2.0], dtype=dtype, requires_grad=True)
    x = mldlab.tensor([-1.0, 2.0], dtype=dtype)
    y_hat = (w0 + x @ w).sigmoid()
    return w0, w, x, y_hat


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z))


@pytest.mark.parametrize(("dtype", "tolerance"), [(mldlab.float64, 1e-15), (mldlab.float32, 1e-7)])
def test_forward_value(dtype, tolerance):
    _, _, _, y_hat = _perceptron(dtype)
    assert y_hat.dtype == dtype and y_hat.shape == ()
    assert abs(y_hat.item() - Y_HAT) <= tolerance * Y_HAT
    assert abs(_sigmoid(-6) - Y_HAT) < 1e-18


@pytest.mark.parametrize(("dtype", "tolerance"), [(mldlab.float64, 1e-15), (mldlab.float32, 1e-6)])
def test_gradients_follow_the_formula(dtype, tolerance):
    w0, w, x, y_hat = _perceptron(dtype)
    y_hat.backward()
    derivative = Y_HAT * (1 - Y_HAT)  # σ'(−6) = σ(−6)(1 − σ(−6))
    expected = derivative * np.array([-1.0, 2.0])  # ∂ŷ/∂w = σ'(z)·x
    np.testing.assert_allclose(w.grad.numpy(), expected, rtol=tolerance)
    np.testing.assert_allclose(w0.grad.item(), derivative, rtol=tolerance)
    assert w.grad.dtype == dtype and x.grad is None


def test_step_by_step_graph():
    """z = w0 + xᵀw is an add of w0 and a matmul; ŷ is the sigmoid of z."""
    w0, w, x, y_hat = _perceptron(mldlab.float64)
    (z,) = y_hat.inputs
    assert y_hat.op == "sigmoid" and z.op == "add" and z.item() == -6.0
    assert z.inputs[0] is w0 and z.inputs[1].op == "matmul" and z.inputs[1].inputs == (x, w)


@pytest.mark.parametrize(
    ("point", "side"),
    [((0.0, 0.0), 1), ((1.0, 1.0), 1), ((0.0, 1.0), -1), ((-1.0, 2.0), -1), ((2.0, -1.0), 1), ((-3.0, -1.0), -1)],
)
def test_decision_line(point, side):
    """1 + 3x1 − 2x2 > 0 gives ŷ > 0.5; < 0 gives ŷ < 0.5."""
    x1, x2 = point
    assert np.sign(1 + 3 * x1 - 2 * x2) == side
    _, w, _, _ = _perceptron(mldlab.float64)
    y_hat = (1.0 + mldlab.tensor(point, dtype=mldlab.float64) @ w).sigmoid().item()
    assert (y_hat > 0.5) == (side > 0) and (y_hat < 0.5) == (side < 0)


def test_points_on_the_line_give_one_half():
    _, w, _, _ = _perceptron(mldlab.float64)
    x1 = mldlab.linspace(-2, 2, 5, dtype=mldlab.float64)
    on_line = mldlab.stack([x1, (1 + 3 * x1) / 2], dim=1)  # x2 = (1 + 3x1)/2
    y_hat = (1.0 + on_line @ w).sigmoid()
    np.testing.assert_allclose(y_hat.detach().numpy(), 0.5, atol=1e-15)
