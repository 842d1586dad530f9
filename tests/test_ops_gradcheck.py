"""Every op's gradient against central finite differences in float64.

For a scalar J = Σ w ⊙ f(x) with fixed random weights w, the engine's ∂J/∂x must match

    ∂J/∂xᵢ ≈ (J(x + εeᵢ) − J(x − εeᵢ)) / 2ε

for every element of every input. Broadcast shapes, Python numbers on either side, batched and vector
matrix products, and indexing that picks one element several times are all included.
"""

import zlib

import numpy as np
import pytest

import mldlab
from mldlab._ops.activation import leaky_relu
from mldlab._ops.linear import linear

POSITIVE = "positive"


def gradcheck(fn, *arrays, eps: float = 1e-6, rtol: float = 1e-6, atol: float = 1e-8, seed: int = 0) -> None:
    """Check ``fn``'s gradients (from ``backward``) against central differences, input by input."""
    inputs = [mldlab.tensor(a, dtype=mldlab.float64, requires_grad=True) for a in arrays]
    out = fn(*inputs)
    assert out.dtype == mldlab.float64
    weights = np.random.default_rng(seed).standard_normal(out.shape)

    def objective(values) -> float:
        with mldlab.no_grad():
            return float((fn(*[mldlab.tensor(v, dtype=mldlab.float64) for v in values]).numpy() * weights).sum())

    out.backward(mldlab.tensor(weights))
    for k, (tensor, array) in enumerate(zip(inputs, arrays, strict=True)):
        numeric = np.zeros(array.shape)
        for index in np.ndindex(array.shape):
            values = [np.array(a, dtype=np.float64) for a in arrays]
            values[k][index] += eps
            plus = objective(values)
            values[k][index] -= 2 * eps
            minus = objective(values)
            numeric[index] = (plus - minus) / (2 * eps)
        assert tensor.grad is not None, f"input {k} got no gradient"
        assert tensor.grad.shape == array.shape, f"input {k}: gradient shape {tensor.grad.shape} != {array.shape}"
        np.testing.assert_allclose(tensor.grad.numpy(), numeric, rtol=rtol, atol=atol, err_msg=f"input {k}")


CASES = [
    ("add", lambda a, b: a + b, [(3, 4), (3, 4)], None),
    ("add_broadcast", lambda a, b: a + b, [(3, 1), (4,)], None),
    ("add_0dim", lambda a, b: a + b, [(), (2, 3)], None),
    ("add_scalars", lambda a: 1.5 + a + 2, [(3, 4)], None),
    ("sub_broadcast", lambda a, b: a - b, [(2, 3, 4), (3, 1)], None),
    ("sub_scalars", lambda a: 1 - a - 0.5, [(3, 4)], None),
    ("mul_broadcast", lambda a, b: a * b, [(4, 1), (1, 5)], None),
    ("mul_scalars", lambda a: 3 * a * 0.5, [(3, 4)], None),
    ("mul_same", lambda a: a * a, [(3, 4)], None),
    ("div_broadcast", lambda a, b: a / b, [(2, 3), (3,)], POSITIVE),
    ("div_scalars", lambda a: 2 / a / 3, [(3, 4)], POSITIVE),
    ("neg", lambda a: -a, [(3, 4)], None),
    ("pow_int", lambda a: a**3, [(3, 4)], None),
    ("pow_float", lambda a: a**-0.5, [(3, 4)], POSITIVE),
    ("pow_tensor_exponent", lambda a, b: a**b, [(3, 4), (4,)], POSITIVE),
    ("pow_scalar_base", lambda a: 2.5**a, [(3, 4)], None),
    ("pow_method", lambda a, b: a.pow(b), [(2, 3), (2, 1)], POSITIVE),
    ("matmul", lambda a, b: a @ b, [(3, 4), (4, 2)], None),
    ("matmul_vector_vector", lambda a, b: a @ b, [(4,), (4,)], None),
    ("matmul_vector_matrix", lambda a, b: a @ b, [(4,), (4, 3)], None),
    ("matmul_matrix_vector", lambda a, b: a @ b, [(3, 4), (4,)], None),
    ("matmul_batched", lambda a, b: a @ b, [(2, 3, 4), (2, 4, 2)], None),
    ("matmul_broadcast_batch", lambda a, b: mldlab.matmul(a, b), [(2, 1, 3, 2), (3, 2, 2)], None),
    ("matmul_batch_matrix", lambda a, b: a @ b, [(2, 3, 4), (4, 2)], None),
    ("matmul_matrix_batch", lambda a, b: a @ b, [(3, 4), (2, 4, 2)], None),
    ("matmul_batch_vector", lambda a, b: a @ b, [(2, 3, 4), (4,)], None),
    ("matmul_vector_batch", lambda a, b: a @ b, [(4,), (2, 4, 3)], None),
    ("sum", lambda a: a.sum(), [(3, 4)], None),
    ("sum_dim", lambda a: a.sum(dim=1), [(3, 4)], None),
    ("sum_dims_keepdim", lambda a: a.sum(dim=(0, 2), keepdim=True), [(2, 3, 4)], None),
    ("mean", lambda a: a.mean(), [(3, 4)], None),
    ("mean_dim_keepdim", lambda a: a.mean(dim=-1, keepdim=True), [(3, 4)], None),
    ("max", lambda a: a.max(), [(3, 4)], None),
    ("max_dim", lambda a: a.max(dim=1).values, [(3, 4)], None),
    ("max_dim_keepdim", lambda a: a.max(dim=0, keepdim=True)[0], [(3, 4)], None),
    ("min", lambda a: mldlab.min(a), [(3, 4)], None),
    ("min_dim", lambda a: a.min(dim=-1).values, [(2, 3, 4)], None),
    ("amax", lambda a: a.amax(dim=(0, 2)), [(2, 3, 4)], None),
    ("amin", lambda a: mldlab.amin(a, dim=1, keepdim=True), [(3, 4)], None),
    ("var", lambda a: a.var(), [(3, 4)], None),
    ("var_dim", lambda a: a.var(dim=0), [(3, 4)], None),
    ("var_dim_keepdim_biased", lambda a: a.var(dim=1, keepdim=True, unbiased=False), [(3, 4)], None),
    ("var_correction", lambda a: a.var(dim=(0, 1), correction=2), [(3, 4, 2)], None),
    ("std", lambda a: a.std(), [(3, 4)], None),
    ("std_dim", lambda a: a.std(dim=1), [(3, 4)], None),
    ("std_dim_keepdim", lambda a: a.std(dim=0, keepdim=True, correction=0), [(3, 4)], None),
    ("reshape", lambda a: a.reshape(2, 6), [(3, 4)], None),
    ("view", lambda a: a.view(-1, 2), [(3, 4)], None),
    ("flatten", lambda a: a.flatten(1), [(2, 3, 4)], None),
    ("transpose", lambda a: a.transpose(0, 1) * mldlab.arange(3.0), [(3, 4)], None),
    ("T", lambda a: a.T @ a, [(3, 2)], None),
    ("permute", lambda a: a.permute(2, 0, 1), [(2, 3, 4)], None),
    ("unsqueeze", lambda a: a.unsqueeze(1) * mldlab.ones(3, 2, 4), [(3, 4)], None),
    ("squeeze", lambda a: a.squeeze(), [(3, 1, 4)], None),
    ("squeeze_dim", lambda a: a.squeeze(-1), [(3, 4, 1)], None),
    ("expand", lambda a: a.expand(2, 3, 4), [(3, 1)], None),
    ("index_int", lambda a: a[1], [(3, 4)], None),
    ("index_slices", lambda a: a[::2, 1:-1], [(3, 4)], None),
    ("index_repeated", lambda a: a[[0, 2, 0, 0]], [(3, 4)], None),
    ("index_repeated_pairs", lambda a: a[[1, 1, 0], [2, 2, 3]], [(3, 4)], None),
    ("index_tensor", lambda a: a[:, mldlab.tensor([3, 3, 1])], [(3, 4)], None),
    ("index_mask", lambda a: a[a > 0], [(3, 4)], None),
    ("index_row_mask", lambda a: a[mldlab.tensor([True, False, True])], [(3, 4)], None),
    ("exp", lambda a: a.exp(), [(3, 4)], None),
    ("log", lambda a: a.log(), [(3, 4)], POSITIVE),
    ("sqrt", lambda a: a.sqrt(), [(3, 4)], POSITIVE),
    ("abs", lambda a: a.abs(), [(3, 4)], None),
    ("sin", lambda a: a.sin(), [(3, 4)], None),
    ("cos", lambda a: mldlab.cos(a), [(3, 4)], None),
    ("clamp", lambda a: a.clamp(-0.75, 0.75), [(3, 4)], None),
    ("clamp_min", lambda a: a.clamp(min=0.0), [(3, 4)], None),
    ("sigmoid", lambda a: a.sigmoid(), [(3, 4)], None),
    ("tanh", lambda a: a.tanh(), [(3, 4)], None),
    ("relu", lambda a: a.relu(), [(3, 4)], None),
    ("leaky_relu", lambda a: leaky_relu(a, 0.2), [(3, 4)], None),
    ("softmax_0", lambda a: a.softmax(dim=0), [(3, 4)], None),
    ("softmax_1", lambda a: a.softmax(dim=1), [(3, 4)], None),
    ("log_softmax_0", lambda a: a.log_softmax(dim=0), [(3, 4)], None),
    ("log_softmax_last", lambda a: a.log_softmax(dim=-1), [(2, 3, 4)], None),
    ("maximum", lambda a, b: mldlab.maximum(a, b), [(3, 1), (4,)], None),
    ("minimum", lambda a, b: mldlab.minimum(a, b), [(3, 4), (3, 4)], None),
    ("where", lambda a, b: mldlab.where(a > b, a * 2, b), [(3, 1), (4,)], None),
    ("where_scalar", lambda a: mldlab.where(a > 0, a, 0.5), [(3, 4)], None),
    ("cat", lambda a, b: mldlab.cat([a, b, a], dim=1), [(3, 2), (3, 1)], None),
    ("stack", lambda a, b: mldlab.stack([a, b], dim=1), [(3, 2), (3, 2)], None),
    ("sort", lambda a: a.sort(dim=1).values, [(3, 4)], None),
    ("sort_descending_dim0", lambda a: mldlab.sort(a, dim=0, descending=True)[0], [(3, 4)], None),
    ("msort", lambda a: mldlab.msort(a), [(3, 4)], None),
    ("topk", lambda a: a.topk(2).values, [(3, 4)], None),
    ("topk_smallest_dim0", lambda a: mldlab.topk(a, 2, dim=0, largest=False).values, [(3, 4)], None),
    ("round", lambda a: mldlab.round(a, decimals=1) + a, [(3, 4)], None),
    ("floor_ceil", lambda a: mldlab.floor(a * 3) + (a * 3).ceil() + a, [(3, 4)], None),
    ("log1p", lambda a: a.log1p(), [(3, 4)], POSITIVE),
    ("norm", lambda a: a.norm(), [(3, 4)], None),
    ("norm_dim_p1", lambda a: mldlab.norm(a, p=1, dim=1), [(3, 4)], None),
    ("norm_p3_keepdim", lambda a: a.norm(p=3, dim=0, keepdim=True), [(3, 4)], None),
    ("norm_inf", lambda a: mldlab.linalg.vector_norm(a, ord=float("inf"), dim=(0, 1)), [(3, 4)], None),
    ("logsumexp", lambda a: mldlab.logsumexp(a, dim=1), [(3, 4)], None),
    ("logsumexp_all_keepdim", lambda a: a.logsumexp(dim=(0, 1), keepdim=True), [(3, 4)], None),
    ("gather", lambda a: a.gather(1, mldlab.tensor([[0, 0, 3], [2, 1, 2]])), [(2, 4)], None),
    ("masked_fill", lambda a: a.masked_fill(a > 0, 2.0) * a, [(3, 4)], None),
    ("split", lambda a: a.split([1, 2], dim=1)[1] * mldlab.split(a, 2)[0].sum(), [(3, 3)], None),
    ("repeat", lambda a: a.repeat(2, 1, 3), [(2, 3)], None),
    ("cumsum", lambda a: a.cumsum(dim=1), [(3, 4)], None),
    ("flip", lambda a: a.flip(0, 1) * mldlab.arange(4.0), [(3, 4)], None),
    ("linear", lambda x, w, b: linear(x, w, b), [(5, 3), (4, 3), (4,)], None),
    ("linear_no_bias", lambda x, w: linear(x, w), [(5, 3), (4, 3)], None),
    ("linear_batched", lambda x, w, b: linear(x, w, b), [(2, 5, 3), (4, 3), (4,)], None),
    ("linear_vector", lambda x, w, b: linear(x, w, b), [(3,), (4, 3), (4,)], None),
    (
        "mlp_loss",
        lambda x, w, b: (x @ w + b).tanh().log_softmax(dim=1)[[0, 1], [2, 0]].mean(),
        [(2, 3), (3, 4), (4,)],
        None,
    ),
]


def _inputs(name: str, shapes, domain) -> list:
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    if domain == POSITIVE:
        return [rng.uniform(0.5, 2.0, shape) for shape in shapes]
    # 0.1 or more away from 0 (the kink of relu, abs, ...) and no two elements equal (ties of max)
    return [np.asarray(rng.uniform(0.1, 1.5, shape) * rng.choice([-1.0, 1.0], shape)) for shape in shapes]


@pytest.mark.parametrize(("name", "fn", "shapes", "domain"), CASES, ids=[case[0] for case in CASES])
def test_gradient_matches_finite_differences(name, fn, shapes, domain):
    gradcheck(fn, *_inputs(name, shapes, domain))


def test_gradcheck_catches_a_wrong_gradient(monkeypatch):
    """The helper itself must fail on a wrong derivative (here tanh' = 1 − tanh instead of 1 − tanh²)."""
    from mldlab._ops import activation

    def wrong_tanh(z):
        t = np.tanh(z._data)
        return mldlab.Tensor._from_op(t, "tanh", (z,), lambda g: (g * (1 - t),))

    monkeypatch.setattr(activation, "tanh", wrong_tanh)
    with pytest.raises(AssertionError):
        gradcheck(lambda a: a.tanh(), np.array([0.5, -1.0, 2.0]))


def test_max_ties_share_the_gradient():
    """With ties, max() over everything splits the gradient equally (PyTorch's rule)."""
    x = mldlab.tensor([1.0, 3.0, 3.0, 2.0], requires_grad=True)
    x.max().backward()
    np.testing.assert_array_equal(x.grad.numpy(), [0.0, 0.5, 0.5, 0.0])
