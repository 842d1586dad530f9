"""Every op against PyTorch: one function drives both libraries, values and gradients must agree.

Each case is ``(name, fn, shapes, domain)``: ``fn(lib, *inputs)`` is called once with mldlab tensors and once
with torch tensors made from the same random arrays. The output's values and dtype are compared, then
``backward(gradient)`` runs with the same random ∂J/∂out in both and the inputs' ``.grad`` are compared.
Tolerance: relative difference ≤ 1e-10 in float64 and ≤ 1e-5 in float32.
"""

import zlib

import numpy as np
import pytest

import mldlab
from mldlab._ops.activation import leaky_relu

TOLERANCE = {"float64": 1e-10, "float32": 1e-5}
POSITIVE = "positive"


def _leaky_relu(lib, x, negative_slope):
    if lib is mldlab:
        return leaky_relu(x, negative_slope)
    return lib.nn.functional.leaky_relu(x, negative_slope)


def _mask(lib, shape, seed=7):
    return lib.tensor(np.random.default_rng(seed).random(shape) > 0.5)


CASES = [
    ("add", lambda lib, a, b: a + b, [(3, 4), (3, 4)], None),
    ("add_broadcast", lambda lib, a, b: a + b, [(3, 1), (4,)], None),
    ("add_scalar_left", lambda lib, a: 2.5 + a, [(3, 4)], None),
    ("add_scalar_right", lambda lib, a: a + 2, [(3, 4)], None),
    ("add_0dim", lambda lib, a, b: lib.add(a, b), [(), (2, 3)], None),
    ("sub_broadcast", lambda lib, a, b: a - b, [(2, 3, 4), (3, 1)], None),
    ("sub_scalar_left", lambda lib, a: 1.5 - a, [(3, 4)], None),
    ("sub_scalar_right", lambda lib, a: a - 1, [(3, 4)], None),
    ("mul_broadcast", lambda lib, a, b: a * b, [(4, 1), (1, 5)], None),
    ("mul_scalar_both", lambda lib, a: 3 * a * -2.0, [(3, 4)], None),
    ("div", lambda lib, a, b: a / b, [(3, 4), (3, 4)], POSITIVE),
    ("div_broadcast", lambda lib, a, b: lib.div(a, b), [(2, 3), (3,)], POSITIVE),
    ("div_scalar_left", lambda lib, a: 2 / a, [(3, 4)], POSITIVE),
    ("div_scalar_right", lambda lib, a: a / 3, [(3, 4)], None),
    ("neg", lambda lib, a: -a, [(3, 4)], None),
    ("pow_int", lambda lib, a: a**2, [(3, 4)], None),
    ("pow_float", lambda lib, a: a**0.5, [(3, 4)], POSITIVE),
    ("pow_negative", lambda lib, a: a.pow(-1.5), [(3, 4)], POSITIVE),
    ("pow_tensor", lambda lib, a, b: a**b, [(3, 4), (4,)], POSITIVE),
    ("pow_scalar_base", lambda lib, a: 2**a, [(3, 4)], None),
    ("pow_function", lambda lib, a, b: lib.pow(a, b), [(2, 3), (2, 1)], POSITIVE),
    ("matmul_2d", lambda lib, a, b: a @ b, [(3, 4), (4, 5)], None),
    ("matmul_vv", lambda lib, a, b: a @ b, [(4,), (4,)], None),
    ("matmul_vm", lambda lib, a, b: a @ b, [(4,), (4, 5)], None),
    ("matmul_mv", lambda lib, a, b: lib.matmul(a, b), [(3, 4), (4,)], None),
    ("matmul_batched", lambda lib, a, b: a @ b, [(2, 3, 4), (2, 4, 5)], None),
    ("matmul_batch_broadcast", lambda lib, a, b: a @ b, [(2, 1, 3, 4), (5, 4, 2)], None),
    ("matmul_batch_matrix", lambda lib, a, b: a @ b, [(2, 3, 4), (4, 5)], None),
    ("matmul_matrix_batch", lambda lib, a, b: a @ b, [(3, 4), (2, 4, 5)], None),
    ("matmul_batch_vector", lambda lib, a, b: a @ b, [(2, 3, 4), (4,)], None),
    ("matmul_vector_batch", lambda lib, a, b: a @ b, [(4,), (2, 4, 5)], None),
    ("sum_all", lambda lib, a: a.sum(), [(3, 4)], None),
    ("sum_dim", lambda lib, a: a.sum(dim=1), [(3, 4)], None),
    ("sum_dims_keepdim", lambda lib, a: a.sum(dim=(0, 2), keepdim=True), [(2, 3, 4)], None),
    ("sum_function", lambda lib, a: lib.sum(a, -1), [(2, 3, 4)], None),
    ("mean_all", lambda lib, a: a.mean(), [(3, 4)], None),
    ("mean_dim", lambda lib, a: a.mean(dim=0), [(3, 4)], None),
    ("mean_dims_keepdim", lambda lib, a: lib.mean(a, dim=(1, 2), keepdim=True), [(2, 3, 4)], None),
    ("max_all", lambda lib, a: a.max(), [(3, 4)], None),
    ("max_dim", lambda lib, a: a.max(dim=1), [(3, 4)], None),
    ("max_dim_keepdim", lambda lib, a: lib.max(a, 0, keepdim=True), [(3, 4)], None),
    ("max_dim_negative", lambda lib, a: a.max(-1), [(2, 3, 4)], None),
    ("max_binary", lambda lib, a, b: lib.max(a, b), [(3, 4), (4,)], None),
    ("min_all", lambda lib, a: lib.min(a), [(3, 4)], None),
    ("min_dim", lambda lib, a: a.min(dim=0), [(3, 4)], None),
    ("min_dim_keepdim", lambda lib, a: a.min(2, keepdim=True), [(2, 3, 4)], None),
    ("amax", lambda lib, a: a.amax(dim=(0, 2)), [(2, 3, 4)], None),
    ("amin_keepdim", lambda lib, a: lib.amin(a, dim=1, keepdim=True), [(2, 3, 4)], None),
    ("argmax", lambda lib, a: a.argmax(dim=1), [(3, 4)], None),
    ("argmax_all", lambda lib, a: lib.argmax(a), [(3, 4)], None),
    ("argmin_keepdim", lambda lib, a: a.argmin(dim=0, keepdim=True), [(3, 4)], None),
    ("var_all", lambda lib, a: a.var(), [(3, 4)], None),
    ("var_dim", lambda lib, a: a.var(dim=1), [(3, 4)], None),
    ("var_dim_keepdim", lambda lib, a: a.var(dim=0, keepdim=True), [(3, 4)], None),
    ("var_biased", lambda lib, a: a.var(1, unbiased=False), [(3, 4)], None),
    ("var_correction", lambda lib, a: lib.var(a, dim=(0, 2), correction=0), [(2, 3, 4)], None),
    ("var_correction_2_keepdim", lambda lib, a: a.var(dim=-1, keepdim=True, correction=2), [(2, 3, 5)], None),
    ("std_all", lambda lib, a: a.std(), [(3, 4)], None),
    ("std_dim", lambda lib, a: a.std(dim=1), [(3, 4)], None),
    ("std_dim_keepdim", lambda lib, a: lib.std(a, dim=0, keepdim=True), [(3, 4)], None),
    ("std_biased", lambda lib, a: a.std(0, unbiased=False), [(3, 4)], None),
    ("std_correction", lambda lib, a: a.std(dim=(1, 2), correction=0, keepdim=True), [(2, 3, 4)], None),
    ("std_zero", lambda lib, a: (a - a.detach()).std(dim=1), [(3, 4)], None),
    ("reshape", lambda lib, a: a.reshape(4, 3), [(3, 4)], None),
    ("reshape_tuple", lambda lib, a: lib.reshape(a, (2, -1)), [(3, 4)], None),
    ("view", lambda lib, a: a.view(-1), [(3, 4)], None),
    ("flatten", lambda lib, a: a.flatten(), [(2, 3, 4)], None),
    ("flatten_from_1", lambda lib, a: lib.flatten(a, 1), [(2, 3, 4)], None),
    ("transpose", lambda lib, a: a.transpose(0, 2), [(2, 3, 4)], None),
    ("transpose_function", lambda lib, a: lib.transpose(a, -1, 0), [(3, 4)], None),
    ("T", lambda lib, a: a.T, [(3, 4)], None),
    ("t", lambda lib, a: a.t(), [(3, 4)], None),
    ("mT", lambda lib, a: a.mT, [(2, 3, 4)], None),
    ("permute", lambda lib, a: a.permute(2, 0, 1), [(2, 3, 4)], None),
    ("permute_function", lambda lib, a: lib.permute(a, (1, 2, 0)), [(2, 3, 4)], None),
    ("unsqueeze", lambda lib, a: a.unsqueeze(1), [(3, 4)], None),
    ("unsqueeze_last", lambda lib, a: lib.unsqueeze(a, -1), [(3, 4)], None),
    ("squeeze_all", lambda lib, a: a.squeeze(), [(3, 1, 4, 1)], None),
    ("squeeze_dim", lambda lib, a: lib.squeeze(a, 1), [(3, 1, 4, 1)], None),
    ("squeeze_not_one", lambda lib, a: a.squeeze(0), [(3, 1, 4)], None),
    ("expand", lambda lib, a: a.expand(2, 3, 4), [(3, 1)], None),
    ("expand_keep", lambda lib, a: a.expand(-1, 5), [(3, 1)], None),
    ("index_int", lambda lib, a: a[1], [(3, 4)], None),
    ("index_two_ints", lambda lib, a: a[1, 2], [(3, 4)], None),
    ("index_slice", lambda lib, a: a[:, 1:3], [(3, 4)], None),
    ("index_step_negative", lambda lib, a: a[::2, -1], [(3, 4)], None),
    ("index_ellipsis", lambda lib, a: a[..., 0], [(2, 3, 4)], None),
    ("index_none", lambda lib, a: a[None, 1], [(3, 4)], None),
    ("index_list", lambda lib, a: a[[0, 2]], [(3, 4)], None),
    ("index_repeated", lambda lib, a: a[lib.tensor([0, 2, 0, 0])], [(3, 4)], None),
    ("index_columns", lambda lib, a: a[:, [1, 3, 1]], [(3, 4)], None),
    ("index_pairs", lambda lib, a: a[[0, 1, 0], [2, 3, 2]], [(3, 4)], None),
    ("index_2d_array", lambda lib, a: a[lib.tensor([[0, 1], [1, 1]])], [(3, 4)], None),
    ("index_mask", lambda lib, a: a[_mask(lib, (3, 4))], [(3, 4)], None),
    ("index_row_mask", lambda lib, a: a[lib.tensor([True, False, True])], [(3, 4)], None),
    ("index_self_mask", lambda lib, a: a[a > 0], [(3, 4)], None),
    ("exp", lambda lib, a: a.exp(), [(3, 4)], None),
    ("log", lambda lib, a: lib.log(a), [(3, 4)], POSITIVE),
    ("sqrt", lambda lib, a: a.sqrt(), [(3, 4)], POSITIVE),
    ("abs", lambda lib, a: lib.abs(a), [(3, 4)], None),
    ("abs_builtin", lambda lib, a: abs(a), [(3, 4)], None),
    ("sin", lambda lib, a: lib.sin(a), [(3, 4)], None),
    ("cos", lambda lib, a: a.cos(), [(3, 4)], None),
    ("clamp", lambda lib, a: a.clamp(min=-0.75, max=0.75), [(3, 4)], None),
    ("clamp_min", lambda lib, a: lib.clamp(a, min=0), [(3, 4)], None),
    ("clamp_max", lambda lib, a: a.clamp(max=0.3), [(3, 4)], None),
    ("sigmoid", lambda lib, a: a.sigmoid(), [(3, 4)], None),
    ("sigmoid_large", lambda lib, a: lib.sigmoid(a * 40), [(3, 4)], None),
    ("tanh", lambda lib, a: lib.tanh(a), [(3, 4)], None),
    ("relu", lambda lib, a: a.relu(), [(3, 4)], None),
    ("relu_function", lambda lib, a: lib.relu(a), [(3, 4)], None),
    ("leaky_relu", lambda lib, a: _leaky_relu(lib, a, 0.1), [(3, 4)], None),
    ("softmax_0", lambda lib, a: a.softmax(0), [(3, 4)], None),
    ("softmax_1", lambda lib, a: lib.softmax(a, dim=1), [(3, 4)], None),
    ("softmax_last", lambda lib, a: a.softmax(dim=-1), [(2, 3, 4)], None),
    ("softmax_middle", lambda lib, a: lib.softmax(a * 30, 1), [(2, 3, 4)], None),
    ("log_softmax_0", lambda lib, a: a.log_softmax(0), [(2, 3, 4)], None),
    ("log_softmax_1", lambda lib, a: lib.log_softmax(a, dim=1), [(2, 3, 4)], None),
    ("log_softmax_2", lambda lib, a: a.log_softmax(dim=2), [(2, 3, 4)], None),
    ("log_softmax_large", lambda lib, a: lib.log_softmax(a * 100, dim=-1), [(3, 4)], None),
    ("maximum", lambda lib, a, b: lib.maximum(a, b), [(3, 4), (3, 4)], None),
    ("maximum_broadcast", lambda lib, a, b: a.maximum(b), [(3, 1), (4,)], None),
    ("maximum_tie", lambda lib, a: lib.maximum(a, a * 1), [(3, 4)], None),
    ("maximum_tie_two_inputs", lambda lib, a, b: lib.maximum(a - a.detach(), b - b.detach()), [(3, 4), (4,)], None),
    ("minimum_tie_two_inputs", lambda lib, a, b: lib.minimum(a - a.detach(), b - b.detach()), [(3, 4), (4,)], None),
    ("amax_ties", lambda lib, a: (a - a.detach()).amax(dim=1), [(3, 4)], None),
    ("minimum", lambda lib, a, b: lib.minimum(a, b), [(2, 3, 4), (3, 4)], None),
    ("where", lambda lib, a, b: lib.where(_mask(lib, (3, 4)), a, b), [(3, 4), (3, 4)], None),
    ("where_broadcast", lambda lib, a, b: lib.where(_mask(lib, (3, 1)), a, b), [(1, 4), (3, 4)], None),
    ("where_from_comparison", lambda lib, a, b: lib.where(a > b, a, b), [(3, 4), (4,)], None),
    ("where_scalar", lambda lib, a: lib.where(a > 0, a, 0.0), [(3, 4)], None),
    ("cat_0", lambda lib, a, b: lib.cat([a, b]), [(2, 4), (3, 4)], None),
    ("cat_1", lambda lib, a, b, c: lib.cat((a, b, c), dim=1), [(3, 1), (3, 4), (3, 2)], None),
    ("cat_last", lambda lib, a, b: lib.cat([a, b], dim=-1), [(2, 3, 4), (2, 3, 1)], None),
    ("stack_0", lambda lib, a, b: lib.stack([a, b]), [(3, 4), (3, 4)], None),
    ("stack_1", lambda lib, a, b, c: lib.stack((a, b, c), dim=1), [(3, 4), (3, 4), (3, 4)], None),
    ("stack_last", lambda lib, a, b: lib.stack([a, b], dim=-1), [(3, 4), (3, 4)], None),
    ("sort", lambda lib, a: lib.sort(a), [(3, 4)], None),
    ("sort_dim0_descending", lambda lib, a: a.sort(dim=0, descending=True), [(3, 4)], None),
    ("sort_axis", lambda lib, a: lib.sort(a, axis=1, stable=True), [(2, 3, 4)], None),
    ("sort_0dim", lambda lib, a: a.sort(), [()], None),
    ("argsort", lambda lib, a: a.argsort(dim=1, descending=True), [(3, 4)], None),
    ("argsort_function", lambda lib, a: lib.argsort(a, axis=0), [(3, 4)], None),
    ("msort", lambda lib, a: lib.msort(a), [(3, 4)], None),
    ("topk", lambda lib, a: a.topk(2), [(3, 4)], None),
    ("topk_smallest_dim0", lambda lib, a: lib.topk(a, 2, dim=0, largest=False), [(3, 4)], None),
    ("topk_all", lambda lib, a: lib.topk(a, 4, sorted=True), [(2, 3, 4)], None),
    ("topk_0dim", lambda lib, a: a.topk(1), [()], None),
    ("round", lambda lib, a: lib.round(a * 10), [(3, 4)], None),
    ("clip_function", lambda lib, a: lib.clip(a, -0.5, 0.5), [(3, 4)], None),
    ("floor", lambda lib, a: lib.floor(a * 3), [(3, 4)], None),
    ("ceil", lambda lib, a: (a * 3).ceil(), [(3, 4)], None),
    ("log1p", lambda lib, a: lib.log1p(a), [(3, 4)], POSITIVE),
    ("log1p_method", lambda lib, a: (a * 1e-6).log1p(), [(3, 4)], None),
    ("bmm", lambda lib, a, b: lib.bmm(a, b), [(2, 3, 4), (2, 4, 5)], None),
    ("all_any_functions", lambda lib, a: lib.stack([lib.all(a > 0, dim=1), lib.any(a > 0, 1)]), [(3, 4)], None),
    ("clip_method", lambda lib, a: a.clip(min=0.2), [(3, 4)], None),
    ("round_decimals", lambda lib, a: a.round(decimals=2), [(3, 4)], None),
    ("round_decimals_negative", lambda lib, a: lib.round(a * 1000, decimals=-2), [(3, 4)], None),
    ("sum_axis_keepdims", lambda lib, a: a.sum(axis=1, keepdims=True), [(3, 4)], None),
    ("mean_axis_function", lambda lib, a: lib.mean(a, axis=(0, 2), keepdims=True), [(2, 3, 4)], None),
    ("amax_axis", lambda lib, a: lib.amax(a, axis=0), [(3, 4)], None),
    ("amin_axis_keepdims", lambda lib, a: a.amin(axis=1, keepdims=True), [(3, 4)], None),
    ("max_axis", lambda lib, a: a.max(axis=1, keepdims=True), [(3, 4)], None),
    ("min_axis_function", lambda lib, a: lib.min(a, axis=0), [(3, 4)], None),
    ("std_axis", lambda lib, a: a.std(axis=0, keepdims=True), [(3, 4)], None),
    ("var_axis_function", lambda lib, a: lib.var(a, axis=1), [(3, 4)], None),
    ("argmax_axis", lambda lib, a: lib.argmax(a, axis=1, keepdims=True), [(3, 4)], None),
    ("argmin_axis", lambda lib, a: a.argmin(axis=0), [(3, 4)], None),
    ("softmax_axis", lambda lib, a: lib.softmax(a, axis=1), [(3, 4)], None),
    ("log_softmax_axis", lambda lib, a: a.log_softmax(axis=0), [(3, 4)], None),
    ("cat_axis", lambda lib, a, b: lib.cat([a, b], axis=1), [(3, 2), (3, 4)], None),
    ("stack_axis", lambda lib, a, b: lib.stack([a, b], axis=-1), [(3, 4), (3, 4)], None),
    ("squeeze_axis", lambda lib, a: a.squeeze(axis=1), [(3, 1, 4)], None),
    ("unsqueeze_axis", lambda lib, a: lib.unsqueeze(a, axis=0), [(3, 4)], None),
    ("all_axis_keepdims", lambda lib, a: (a > 0).all(axis=1, keepdims=True), [(3, 4)], None),
    ("any_axis", lambda lib, a: (a > 0).any(axis=0), [(3, 4)], None),
    ("tanh_times_sum", lambda lib, a, b: (lib.tanh(a) * b).sum(dim=1), [(3, 4), (3, 4)], None),
    ("mlp", lambda lib, x, w, b: (x @ w + b).relu().softmax(dim=1), [(5, 3), (3, 4), (4,)], None),
    ("reuse", lambda lib, a: a * a.exp() + a.sigmoid() * a - a.sum(), [(3, 4)], None),
    ("standardize", lambda lib, a: (a - a.mean(dim=0)) / a.std(dim=0), [(5, 3)], None),
    ("cross_entropy", lambda lib, z: -z.log_softmax(dim=1)[[0, 1, 2], [3, 0, 1]].mean(), [(3, 4)], None),
]


def _inputs(name: str, shapes, domain, dtype: str) -> list:
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    arrays = []
    for shape in shapes:
        if domain == POSITIVE:
            array = rng.uniform(0.5, 2.0, shape)
        else:  # at least 0.1 away from 0 (the kink of relu, abs, ...), no ties
            array = rng.uniform(0.1, 1.5, shape) * rng.choice([-1.0, 1.0], shape)
        arrays.append(array.astype(dtype))
    return arrays


def _outputs(result) -> list:
    """The output tensors: one, or (values, indices) for max/min with dim."""
    return list(result) if isinstance(result, tuple) else [result]


def _dtype_name(dtype) -> str:
    return str(dtype).replace("torch.", "")


def _assert_close(ours, theirs, tolerance: float, what: str) -> None:
    ours = np.asarray(ours, dtype=np.float64)
    theirs = np.asarray(theirs, dtype=np.float64)
    assert ours.shape == theirs.shape, f"{what}: shape {ours.shape} != torch {theirs.shape}"
    scale = max(np.max(np.abs(theirs), initial=0.0), 1e-30)
    difference = np.max(np.abs(ours - theirs), initial=0.0) / scale
    assert difference <= tolerance, f"{what}: relative difference {difference:.3g} > {tolerance}"


@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize(("name", "fn", "shapes", "domain"), CASES, ids=[case[0] for case in CASES])
def test_op_matches_torch(torch, name, fn, shapes, domain, dtype):
    tolerance = TOLERANCE[dtype]
    arrays = _inputs(name, shapes, domain, dtype)
    ours_in = [mldlab.tensor(a, requires_grad=True) for a in arrays]
    theirs_in = [torch.tensor(a, requires_grad=True) for a in arrays]

    ours = _outputs(fn(mldlab, *ours_in))
    theirs = _outputs(fn(torch, *theirs_in))
    assert len(ours) == len(theirs)
    for i, (o, t) in enumerate(zip(ours, theirs, strict=True)):
        assert isinstance(o, mldlab.Tensor)
        assert _dtype_name(o.dtype) == _dtype_name(t.dtype), f"output {i} dtype"
        assert o.shape == tuple(t.shape), f"output {i} shape"
        if o.dtype.kind == "f":
            _assert_close(o.detach().numpy(), t.detach().numpy(), tolerance, f"output {i} values")
        else:
            np.testing.assert_array_equal(o.numpy(), t.numpy())

    out, out_torch = ours[0], theirs[0]
    assert out.requires_grad == out_torch.requires_grad
    if not out_torch.requires_grad:
        return
    seed = np.random.default_rng(1).standard_normal(out.shape).astype(dtype)
    out.backward(mldlab.tensor(seed))
    out_torch.backward(torch.tensor(seed))
    for i, (o, t) in enumerate(zip(ours_in, theirs_in, strict=True)):
        if t.grad is None:
            assert o.grad is None or not np.any(o.grad.numpy()), f"input {i} should get no gradient"
            continue
        assert o.grad is not None, f"input {i} got no gradient"
        assert _dtype_name(o.grad.dtype) == _dtype_name(t.grad.dtype), f"input {i} grad dtype"
        _assert_close(o.grad.numpy(), t.grad.numpy(), tolerance, f"input {i} gradient")


def test_every_public_op_has_a_case():
    """The table covers the engine's ops by name, so a new op without a comparison is noticed."""
    covered = " ".join(case[0] for case in CASES)
    ops = """add sub mul div neg pow matmul sum mean max min amax amin var std reshape view flatten transpose
    permute unsqueeze squeeze expand index exp log sqrt abs sin cos clamp sigmoid tanh relu leaky_relu softmax
    log_softmax maximum minimum where cat stack argmax argmin sort argsort msort topk round""".split()
    for op in ops:
        assert op in covered, op


def test_axis_and_dim_together_is_an_error_as_in_torch(torch):
    for lib in (mldlab, torch):
        x = lib.ones(2, 3)
        with pytest.raises(TypeError):
            x.sum(dim=1, axis=1)
        with pytest.raises(TypeError):
            lib.mean(x, dim=0, keepdim=True, keepdims=True)
    with pytest.raises(TypeError, match="axis and dim mean the same thing"):
        mldlab.ones(2).sum(dim=0, axis=0)


def test_topk_and_round_errors_as_in_torch(torch):
    for lib in (mldlab, torch):
        with pytest.raises(RuntimeError):
            lib.ones(2, 3).topk(4)
    with pytest.raises(RuntimeError, match="topk: k = 4 is out of range: expected a whole number from 0 to 3"):
        mldlab.ones(2, 3).topk(4)
    with pytest.raises(TypeError, match="floating-point"):
        mldlab.tensor([1, 2]).round(decimals=1)
    assert mldlab.tensor([1, 2]).round().tolist() == torch.tensor([1, 2]).round().tolist()


def test_sort_puts_nan_last_and_keeps_ties_in_order(torch):
    """PyTorch's CPU sort is stable and counts NaN as the largest value (first when descending)."""
    data = np.array([[3.0, 1.0, np.nan, 1.0, 2.0, 3.0], [0.0, 0.0, 5.0, np.nan, 5.0, -1.0]], dtype=np.float32)
    for descending in (False, True):
        for dim in (0, 1):
            ours = mldlab.tensor(data).sort(dim=dim, descending=descending, stable=True)
            theirs = torch.tensor(data).sort(dim=dim, descending=descending, stable=True)
            np.testing.assert_array_equal(ours.values.numpy(), theirs.values.numpy())
            np.testing.assert_array_equal(ours.indices.numpy(), theirs.indices.numpy())
            np.testing.assert_array_equal(mldlab.tensor(data).argsort(dim=dim, descending=descending).numpy(),
                                          theirs.indices.numpy())


def test_round_halves_to_even_like_torch(torch):
    data = np.array([0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 1234.5678, 2.675, 1e-3, 12345678.0], np.float32)
    for decimals in (-3, -1, 0, 1, 2, 3, 5):
        for dtype in (np.float32, np.float64):
            ours = mldlab.round(mldlab.tensor(data.astype(dtype)), decimals=decimals).numpy()
            theirs = torch.round(torch.tensor(data.astype(dtype)), decimals=decimals).numpy()
            np.testing.assert_array_equal(ours, theirs, err_msg=f"decimals={decimals} {dtype}")


NORM_CASES = [
    ("norm", lambda lib, a: a.norm(), [(3, 4)], None),
    ("norm_dim", lambda lib, a: lib.norm(a, dim=1), [(3, 4)], None),
    ("norm_p1_keepdim", lambda lib, a: a.norm(p=1, dim=0, keepdim=True), [(3, 4)], None),
    ("norm_p3", lambda lib, a: lib.norm(a, p=3, dim=(0, 2)), [(2, 3, 4)], None),
    ("norm_inf", lambda lib, a: a.norm(p=float("inf"), dim=1), [(3, 4)], None),
    ("linalg_norm", lambda lib, a: lib.linalg.norm(a), [(3, 4)], None),
    ("linalg_vector_norm_ninf", lambda lib, a: lib.linalg.vector_norm(a, ord=-float("inf"), dim=-1), [(3, 4)], None),
    ("linalg_vector_norm_0", lambda lib, a: lib.linalg.vector_norm(a, ord=0), [(3, 4)], None),
    ("logsumexp", lambda lib, a: lib.logsumexp(a, dim=1), [(3, 4)], None),
    ("logsumexp_keepdim_axis", lambda lib, a: a.logsumexp(axis=(0, 2), keepdims=True), [(2, 3, 4)], None),
    ("logsumexp_large", lambda lib, a: lib.logsumexp(a * 500, 0), [(3, 4)], None),
]


@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize(("name", "fn", "shapes", "domain"), NORM_CASES, ids=[case[0] for case in NORM_CASES])
def test_norm_and_logsumexp_match_torch(torch, name, fn, shapes, domain, dtype):
    test_op_matches_torch(torch, name, fn, shapes, domain, dtype)


def test_small_functions_match_torch(torch):
    for lib in (mldlab, torch):
        x = lib.tensor([[-1.5, 0.0], [2.0, float("nan")]])
        assert lib.numel(x) == 4 and lib.is_tensor(x) and not lib.is_tensor([1.0])
        assert lib.is_floating_point(x) and x.is_floating_point() and not lib.tensor([1]).is_floating_point()
        assert str(lib.get_default_dtype()).replace("torch.", "") == "float32"
        assert lib.backends.mps.is_available() is False and lib.backends.cudnn.is_available() is False
        lib.backends.cudnn.deterministic, lib.backends.cudnn.benchmark = True, False
    for name in ("square", "sign", "isnan", "isfinite"):
        data = np.array([[-1.5, 0.0], [2.0, np.nan]], np.float32)
        ours, theirs = getattr(mldlab, name)(mldlab.tensor(data)), getattr(torch, name)(torch.tensor(data))
        np.testing.assert_array_equal(ours.numpy(), theirs.numpy(), err_msg=name)
    a, b = np.array([1.0, 2.0], np.float32), np.array([1.0, 2.000001], np.float32)
    for lib in (mldlab, torch):
        assert lib.allclose(lib.tensor(a), lib.tensor(b)) and not lib.equal(lib.tensor(a), lib.tensor(b))
        assert lib.equal(lib.tensor([1, 2]), lib.tensor([1.0, 2.0])) and not lib.equal(lib.ones(2), lib.ones(3))
    with pytest.raises(ValueError, match="order 'nuc' is not available"):
        mldlab.linalg.norm(mldlab.ones(2, 2), ord="nuc")


def _index(lib, rows):
    return lib.tensor(rows, dtype=lib.int64)


PIECE_CASES = [
    ("gather_dim1", lambda lib, a: a.gather(1, _index(lib, [[0, 0, 3], [1, 2, 1], [3, 3, 3]])), [(3, 4)], None),
    ("gather_dim0_smaller", lambda lib, a: lib.gather(a, 0, _index(lib, [[2, 0], [1, 1]])), [(3, 4)], None),
    ("gather_negative_dim", lambda lib, a: lib.gather(a, -1, _index(lib, [[[1], [0], [2]]] * 2)), [(2, 3, 4)],
     None),
    ("masked_fill", lambda lib, a: a.masked_fill(a > 0, -1.0), [(3, 4)], None),
    ("masked_fill_broadcast", lambda lib, a: lib.masked_fill(a, _mask(lib, (1, 4)), 0.5), [(3, 4)], None),
    ("masked_fill_inf", lambda lib, a: a.masked_fill(_mask(lib, (3, 4)), float("-inf")).softmax(dim=1), [(3, 4)],
     None),
    ("split_size", lambda lib, a: a.split(2)[1] * 2, [(5, 3)], None),
    ("split_sections", lambda lib, a: lib.split(a, [1, 3], dim=1)[1], [(2, 4)], None),
    ("chunk", lambda lib, a: lib.stack([c.sum() for c in a.chunk(3, dim=1)]), [(2, 7)], None),
    ("chunk_last", lambda lib, a: lib.chunk(a, 4)[-1], [(6, 2)], None),
    ("repeat", lambda lib, a: a.repeat(2, 3), [(2, 3)], None),
    ("repeat_new_axes", lambda lib, a: a.repeat(2, 1, 2), [(3,)], None),
    ("flip", lambda lib, a: a.flip(0), [(3, 4)], None),
    ("flip_function_dims", lambda lib, a: lib.flip(a, [0, 2]), [(2, 3, 4)], None),
    ("cumsum", lambda lib, a: a.cumsum(0), [(3, 4)], None),
    ("cumsum_function", lambda lib, a: lib.cumsum(a, dim=-1), [(2, 3, 4)], None),
    ("cumsum_axis", lambda lib, a: a.cumsum(axis=1), [(3, 4)], None),
    ("scatter_src", lambda lib, a, b: a.scatter(1, _index(lib, [[0, 3], [2, 1], [3, 3]]), b), [(3, 4), (3, 2)], None),
    ("scatter_value", lambda lib, a: lib.scatter(a, 0, _index(lib, [[1, 0, 2, 2]]), value=0.5), [(3, 4)], None),
    ("scatter_add", lambda lib, a, b: a.scatter_add(0, _index(lib, [[0, 1, 0], [0, 0, 2]]), b), [(3, 3), (2, 3)],
     None),
    ("index_select", lambda lib, a: a.index_select(1, _index(lib, [3, 0, 3])), [(2, 4, 2)], None),
    ("prod_all", lambda lib, a: a.prod(), [(2, 3)], None),
    ("prod_dim_zero", lambda lib, a: lib.prod(a.clamp(min=0), dim=1, keepdim=True), [(4, 3)], None),
    ("einsum_batched", lambda lib, a, b: lib.einsum("bij,bkj->bik", a, b), [(2, 3, 4), (2, 5, 4)], None),
    ("einsum_ellipsis_sum", lambda lib, a, b: lib.einsum("...j,jk->...", a, b), [(2, 3, 4), (4, 5)], None),
    ("outer", lambda lib, a, b: lib.outer(a, b), [(3,), (4,)], None),
    ("bmm", lambda lib, a, b: a.bmm(b), [(2, 3, 4), (2, 4, 2)], None),
    ("tril_causal_mask", lambda lib, a: a.masked_fill(lib.tril(lib.ones(4, 4)) == 0, float("-inf")).softmax(-1),
     [(2, 4, 4)], None),
    ("triu_offset", lambda lib, a: a.triu(1) + lib.tril(a, -2), [(3, 5)], None),
]


@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize(("name", "fn", "shapes", "domain"), PIECE_CASES, ids=[case[0] for case in PIECE_CASES])
def test_gather_split_repeat_cumsum_match_torch(torch, name, fn, shapes, domain, dtype):
    test_op_matches_torch(torch, name, fn, shapes, domain, dtype)


def test_pieces_on_integers_and_errors_as_torch(torch):
    for lib in (mldlab, torch):
        assert lib.tensor([1, 2, 3]).cumsum(0).tolist() == [1, 3, 6]
        assert str(lib.tensor([True, False]).cumsum(0).dtype).endswith("int64")
        assert [p.tolist() for p in lib.arange(6).chunk(4)] == [[0, 1], [2, 3], [4, 5]]
        assert lib.ones(3, dtype=lib.int64).masked_fill(lib.tensor([True, False, True]), 2.7).tolist() == [2, 1, 2]
        for bad in (lambda: lib.arange(4.0).reshape(2, 2).gather(1, lib.tensor([[0, 5]])),
                    lambda: lib.ones(3).masked_fill(lib.tensor([1, 0, 1]), 5.0),
                    lambda: lib.arange(5).split([2, 2]),
                    lambda: lib.ones(2, 3).repeat(2)):
            with pytest.raises(RuntimeError):
                bad()
    with pytest.raises(RuntimeError, match="index 5 is out of range for dimension 1 of size 2"):
        mldlab.arange(4.0).reshape(2, 2).gather(1, mldlab.tensor([[0, 5]]))
    with pytest.raises(RuntimeError, match="must be a bool tensor"):
        mldlab.ones(3).masked_fill(mldlab.tensor([1, 0, 1]), 5.0)
