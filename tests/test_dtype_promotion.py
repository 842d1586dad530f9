"""Result dtypes follow PyTorch's type promotion, and creation functions PyTorch's default dtypes.

PyTorch's rule: the result takes the highest category (bool < integer < floating point) among the operands;
within it, tensors with dimensions decide before 0-dim tensors, and those before Python numbers.
"""

import operator

import numpy as np
import pytest

import mldlab

TENSOR_DTYPES = ["float32", "float64", "int64", "int32", "bool"]
SCALARS = {"py_bool": True, "py_int": 3, "py_float": 2.5}


def _make(lib, kind: str):
    """An operand of the given kind: a Python number, a 0-dim tensor or a tensor of shape (2,)."""
    if kind in SCALARS:
        return SCALARS[kind]
    shape, dtype = kind.split("_", 1)
    values = [True, False] if dtype == "bool" else [3, 2]
    value = values if shape == "vec" else values[0]
    return lib.tensor(value, dtype=getattr(lib, dtype))


KINDS = list(SCALARS) + [f"{s}_{d}" for s in ("zero", "vec") for d in TENSOR_DTYPES]
PAIRS = [(a, b) for a in KINDS for b in KINDS if not (a in SCALARS and b in SCALARS)]
OPERATORS = {
    "add": operator.add,
    "sub": operator.sub,
    "mul": operator.mul,
    "truediv": operator.truediv,
    "eq": operator.eq,
    "lt": operator.lt,
}


def _outcome(lib, op, a: str, b: str) -> str:
    try:
        result = op(_make(lib, a), _make(lib, b))
    except (RuntimeError, TypeError, ValueError):
        return "error"
    return str(result.dtype).replace("torch.", "")


@pytest.mark.parametrize("op_name", list(OPERATORS))
def test_binary_result_dtypes_match_torch(torch, op_name):
    op = OPERATORS[op_name]
    mismatches = []
    for a, b in PAIRS:
        ours, theirs = _outcome(mldlab, op, a, b), _outcome(torch, op, a, b)
        if ours != theirs:
            mismatches.append(f"{a} {op_name} {b}: mldlab {ours}, torch {theirs}")
    assert not mismatches, "\n".join(mismatches)
    assert len(PAIRS) == 13 * 13 - 9


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("vec_int64", "py_float", "float32"),  # a Python float meeting integers gives the default float
        ("vec_float32", "zero_float64", "float32"),  # a dimensioned tensor decides before a 0-dim one
        ("zero_float64", "vec_int64", "float64"),  # ... unless the 0-dim tensor is of a higher category
        ("vec_int32", "py_int", "int32"),
        ("vec_bool", "py_int", "int64"),
        ("vec_int64", "vec_int64", "float32"),  # true division of integers
    ],
)
def test_promotion_examples(a, b, expected):
    op = operator.truediv if expected == "float32" and a == b else operator.add
    assert _outcome(mldlab, op, a, b) == expected


def test_gradients_keep_each_inputs_dtype():
    """float32 + float64 computes in float64, but each .grad has the dtype of its own tensor."""
    a = mldlab.ones(3, requires_grad=True)
    b = mldlab.ones(3, dtype=mldlab.float64, requires_grad=True)
    (a * b).sum().backward()
    assert (a * b).dtype == mldlab.float64
    assert a.grad.dtype == mldlab.float32 and b.grad.dtype == mldlab.float64


CREATIONS = [
    ("tensor_floats", lambda lib: lib.tensor([1.0, 2.0])),
    ("tensor_float", lambda lib: lib.tensor(1.5)),
    ("tensor_ints", lambda lib: lib.tensor([1, 2])),
    ("tensor_int", lambda lib: lib.tensor(3)),
    ("tensor_bools", lambda lib: lib.tensor([True, False])),
    ("tensor_mixed", lambda lib: lib.tensor([1, 2.5])),
    ("tensor_int_bool", lambda lib: lib.tensor([1, True])),
    ("tensor_np_float64", lambda lib: lib.tensor(np.array([1.0, 2.0]))),
    ("tensor_np_float32", lambda lib: lib.tensor(np.array([1.0], dtype=np.float32))),
    ("tensor_np_int64", lambda lib: lib.tensor(np.array([1, 2]))),
    ("tensor_np_int32", lambda lib: lib.tensor(np.array([1, 2], dtype=np.int32))),
    ("tensor_np_bool", lambda lib: lib.tensor(np.array([True]))),
    ("tensor_np_scalar_float64", lambda lib: lib.tensor(np.float64(1.5))),
    ("tensor_np_scalar_float32", lambda lib: lib.tensor(np.float32(1.5))),
    ("tensor_np_scalar_int32", lambda lib: lib.tensor(np.int32(2))),
    ("tensor_list_np_float64", lambda lib: lib.tensor([np.float64(1.5), np.float64(2.0)])),
    ("tensor_list_python_and_np_float32", lambda lib: lib.tensor([1.5, np.float32(2.0)])),
    ("tensor_list_python_int_and_np_int32", lambda lib: lib.tensor([1, np.int32(2)])),
    ("tensor_dtype", lambda lib: lib.tensor([1, 2], dtype=lib.float64)),
    ("from_numpy", lambda lib: lib.from_numpy(np.array([1.0, 2.0]))),
    ("zeros", lambda lib: lib.zeros(2, 3)),
    ("ones", lambda lib: lib.ones((2,))),
    ("zeros_like_int", lambda lib: lib.zeros_like(lib.tensor([1, 2]))),
    ("ones_like_double", lambda lib: lib.ones_like(lib.zeros(2, dtype=lib.float64))),
    ("eye", lambda lib: lib.eye(3)),
    ("arange_int", lambda lib: lib.arange(5)),
    ("arange_ints", lambda lib: lib.arange(1, 7, 2)),
    ("arange_float", lambda lib: lib.arange(0.0, 1.0, 0.25)),
    ("arange_float_step", lambda lib: lib.arange(0, 3, 0.5)),
    ("arange_dtype", lambda lib: lib.arange(4, dtype=lib.float64)),
    ("linspace", lambda lib: lib.linspace(0, 1, 5)),
    ("linspace_ints", lambda lib: lib.linspace(-3, 3, 7)),
    ("full_int", lambda lib: lib.full((2, 2), 7)),
    ("full_float", lambda lib: lib.full((2, 2), 0.5)),
    ("full_bool", lambda lib: lib.full((2,), True)),
    ("rand", lambda lib: lib.rand(2, 3)),
    ("randn", lambda lib: lib.randn(2)),
    ("randint", lambda lib: lib.randint(0, 10, (3,))),
    ("sum_ints", lambda lib: lib.tensor([1, 2]).sum()),
    ("sum_bools", lambda lib: lib.tensor([True, False]).sum()),
    ("mean_float", lambda lib: lib.tensor([1.0, 2.0]).mean()),
    ("exp_ints", lambda lib: lib.tensor([1, 2]).exp()),
    ("float", lambda lib: lib.tensor([1, 2]).float()),
    ("long", lambda lib: lib.tensor([1.7, 2.2]).long()),
    ("argmax", lambda lib: lib.tensor([1.0, 3.0]).argmax()),
    ("comparison", lambda lib: lib.tensor([1.0, 3.0]) > 2),
    ("int_pow_int", lambda lib: lib.tensor([1, 2]) ** 2),
    ("int_pow_float", lambda lib: lib.tensor([1, 2]) ** 0.5),
    ("int_clamp_float", lambda lib: lib.tensor([1, 2]).clamp(min=1.5)),
]


@pytest.mark.parametrize(("name", "make"), CREATIONS, ids=[c[0] for c in CREATIONS])
def test_creation_default_dtype_matches_torch(torch, name, make):
    ours, theirs = make(mldlab), make(torch)
    assert str(ours.dtype) == str(theirs.dtype).replace("torch.", "")
    assert ours.shape == tuple(theirs.shape)
    if name not in ("rand", "randn", "randint"):
        np.testing.assert_allclose(ours.numpy().astype(float), theirs.numpy().astype(float), rtol=1e-7)


MIXED_OPS = [
    ("where_python_floats", lambda lib, c, i, f, d: lib.where(c, 1.0, 0.0)),
    ("where_python_ints", lambda lib, c, i, f, d: lib.where(c, 1, 0)),
    ("where_int_and_float", lambda lib, c, i, f, d: lib.where(c, i, 0.5)),
    ("where_float32_float64", lambda lib, c, i, f, d: lib.where(c, f, d)),
    ("cat_int_float", lambda lib, c, i, f, d: lib.cat([i, f])),
    ("stack_int_double", lambda lib, c, i, f, d: lib.stack([i, d])),
    ("maximum_int_float", lambda lib, c, i, f, d: lib.maximum(i, f)),
    ("matmul_float32_float64", lambda lib, c, i, f, d: f.double() @ d),
    ("pow_int_tensor_float_tensor", lambda lib, c, i, f, d: i**f),
    ("floordiv_float_int", lambda lib, c, i, f, d: f // i),
]


@pytest.mark.parametrize(("name", "fn"), MIXED_OPS, ids=[m[0] for m in MIXED_OPS])
def test_other_ops_promote_like_torch(torch, name, fn):
    results = []
    for lib in (mldlab, torch):
        operands = (
            lib.tensor([True, False]),
            lib.tensor([1, 2]),
            lib.tensor([1.5, 2.0]),
            lib.tensor([1.0, 2.0], dtype=lib.float64),
        )
        result = fn(lib, *operands)
        results.append((str(result.dtype).replace("torch.", ""), result.tolist()))
    assert results[0] == results[1]
