"""Every error the engine raises: it names the op, shows what it got and what it expected, reads in English
and in Korean, and hides NumPy's own wording and traceback (the exception is raised ``from None``)."""

import re

import pytest

import mldlab

NUMPY_WORDING = re.compile(
    r"operands could not|numpy\.|dtype\(|ufunc|ndarray|non-broadcastable|out of bounds for axis|"
    r"-dimensional|Integers to negative|boolean index did not",
    re.IGNORECASE,
)
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _leaf():
    return mldlab.tensor([1.0, 2.0, 3.0], requires_grad=True)


def _backward_twice():
    loss = (_leaf() * 2).sum()
    loss.backward()
    loss.backward()


def _in_place_on_leaf():
    w = _leaf()
    w -= 0.1


def _setitem_on_leaf():
    w = _leaf()
    w[0] = 0.0


A, B = mldlab.ones(2, 3), mldlab.ones(4)

# name, the failing code, exception type, words every language shows (op, shapes, numbers), English words
CASES = [
    ("add_broadcast", lambda: A + B, ValueError, ["add", "(2, 3)", "(4,)"], "cannot be broadcast"),
    ("sub_broadcast", lambda: A - B, ValueError, ["sub", "(2, 3)", "(4,)"], "cannot be broadcast"),
    ("mul_broadcast", lambda: B * A, ValueError, ["mul", "(4,)", "(2, 3)"], "cannot be broadcast"),
    ("div_broadcast", lambda: A / B, ValueError, ["div", "(2, 3)", "(4,)"], "cannot be broadcast"),
    ("pow_broadcast", lambda: A**B, ValueError, ["pow", "(2, 3)", "(4,)"], "cannot be broadcast"),
    ("maximum_broadcast", lambda: mldlab.maximum(A, B), ValueError, ["maximum", "(2, 3)", "(4,)"], "broadcast"),
    ("compare_broadcast", lambda: A < B, ValueError, ["less", "(2, 3)", "(4,)"], "cannot be broadcast"),
    ("where_broadcast", lambda: mldlab.where(A > 0, A, B), ValueError, ["where", "(2, 3)", "(4,)"], "broadcast"),
    (
        "in_place_broadcast",
        lambda: mldlab.ones(3).add_(mldlab.ones(2)),
        ValueError,
        ["add_", "(3,)", "(2,)"],
        "broadcast",
    ),
    (
        "matmul_inner",
        lambda: A @ mldlab.ones(2, 5),
        ValueError,
        ["matmul", "(2, 3)", "(2, 5)", "3 ≠ 2"],
        "cannot be multiplied",
    ),
    ("matmul_vector", lambda: mldlab.ones(3) @ mldlab.ones(4), ValueError, ["matmul", "(3,)", "(4,)"], "multiplied"),
    (
        "matmul_batch",
        lambda: mldlab.ones(2, 3, 4) @ mldlab.ones(3, 4, 5),
        ValueError,
        ["matmul", "(2, 3, 4)", "(3, 4, 5)"],
        "batch",
    ),
    ("matmul_0d", lambda: mldlab.tensor(2.0) @ A, RuntimeError, ["matmul", "()", "(2, 3)"], "at least 1 dimension"),
    ("reshape", lambda: A.reshape(4, 2), RuntimeError, ["reshape", "(4, 2)", "(2, 3)", "6"], "invalid"),
    ("view", lambda: A.view(-1, 4), RuntimeError, ["view", "(-1, 4)", "(2, 3)"], "invalid"),
    ("dim_sum", lambda: A.sum(dim=2), IndexError, ["sum", "2", "-2", "1"], "out of range"),
    ("dim_softmax", lambda: A.softmax(dim=-3), IndexError, ["softmax", "-3"], "out of range"),
    ("dim_max", lambda: A.max(dim=5), IndexError, ["max", "5"], "out of range"),
    ("dim_transpose", lambda: A.transpose(0, 2), IndexError, ["transpose", "2"], "out of range"),
    ("dim_cat", lambda: mldlab.cat([A, A], dim=3), IndexError, ["cat", "3"], "out of range"),
    ("cat_shapes", lambda: mldlab.cat([A, B]), ValueError, ["cat", "(2, 3)", "(4,)"], "do not fit"),
    ("backward_non_scalar", lambda: (_leaf() * 2).backward(), RuntimeError, ["backward()", "(3,)"], "single number"),
    (
        "backward_gradient_shape",
        lambda: (_leaf() * 2).backward(mldlab.ones(2)),
        RuntimeError,
        ["backward()", "(2,)", "(3,)"],
        "expected",
    ),
    ("backward_twice", _backward_twice, RuntimeError, ["backward()", "retain_graph=True"], "second time"),
    (
        "backward_no_grad",
        lambda: A.sum().backward(),
        RuntimeError,
        ["backward()", "requires_grad=True"],
        "does not require grad",
    ),
    (
        "requires_grad_int",
        lambda: mldlab.tensor([1, 2], requires_grad=True),
        RuntimeError,
        ["mldlab.int64"],
        "floating-point",
    ),
    (
        "requires_grad_int_method",
        lambda: mldlab.arange(3).requires_grad_(),
        RuntimeError,
        ["mldlab.int64"],
        "floating-point",
    ),
    ("item_many", lambda: A.item(), ValueError, ["item()", "(2, 3)", "6"], "exactly one element"),
    ("numpy_requires_grad", lambda: _leaf().numpy(), RuntimeError, ["numpy()", "detach()"], "requires grad"),
    ("in_place_leaf", _in_place_on_leaf, RuntimeError, ["sub", "mldlab.no_grad()"], "leaf"),
    ("setitem_leaf", _setitem_on_leaf, RuntimeError, ["setitem", "mldlab.no_grad()"], "leaf"),
    (
        "in_place_dtype",
        lambda: mldlab.tensor([1, 2]).add_(0.5),
        TypeError,
        ["mldlab.int64", "mldlab.float32"],
        "cannot be stored",
    ),
    ("sub_bool", lambda: 1 - mldlab.tensor([True, False]), RuntimeError, ["sub", "~mask"], "bool"),
    ("index_range", lambda: A[5], IndexError, ["5", "(2, 3)", "-2", "1"], "out of range"),
    ("index_too_many", lambda: A[0, 0, 0], IndexError, ["getitem", "(2, 3)", "3"], "dimension"),
    ("index_mask", lambda: A[mldlab.tensor([True, False, True])], IndexError, ["getitem", "(2, 3)", "3"], "mask"),
    ("index_float", lambda: A[mldlab.tensor([0.0])], IndexError, ["getitem", ".long()"], "integers"),
    ("pow_int_negative", lambda: mldlab.tensor([2]) ** -1, ValueError, ["pow", "x.float()"], "negative"),
    ("mean_int", lambda: mldlab.tensor([1, 2]).mean(), TypeError, ["mean()", "mldlab.int64"], "floating-point"),
    ("ragged", lambda: mldlab.tensor([[1, 2], [3]]), ValueError, ["tensor()", "[[1, 2], [3, 4]]"], "different"),
    ("permute", lambda: A.permute(0, 0), RuntimeError, ["permute", "(0, 0)"], "reordering"),
    ("expand", lambda: A.expand(3, 3), RuntimeError, ["expand", "(2, 3)", "(3, 3)"], "cannot be expanded"),
    (
        "bad_dtype",
        lambda: mldlab.zeros(2, dtype="complex64"),
        TypeError,
        ["complex64", "mldlab.float32"],
        "unsupported",
    ),
]


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize(("name", "code", "kind", "words", "english"), CASES, ids=[c[0] for c in CASES])
def test_error_message(name, code, kind, words, english, language):
    mldlab.set_language(language)
    with pytest.raises(kind) as caught:
        code()
    text = str(caught.value)
    for word in words:
        assert word in text, f"{word!r} missing from: {text}"
    if language == "en":
        assert english in text
        assert not HANGUL.search(text)
    else:
        assert HANGUL.search(text), f"not in Korean: {text}"
    assert not NUMPY_WORDING.search(text), f"NumPy's wording leaks: {text}"
    assert caught.value.__suppress_context__ or caught.value.__context__ is None, "NumPy's traceback would show"


def test_failed_ops_leave_tensors_unchanged():
    x = mldlab.ones(3)
    with pytest.raises(ValueError):
        x.add_(mldlab.ones(2))
    with pytest.raises(TypeError):
        mldlab.tensor([1, 2]).add_(0.5)
    assert x.tolist() == [1.0, 1.0, 1.0]


def test_set_language_rejects_unknown_languages():
    with pytest.raises(ValueError, match="'fr'"):
        mldlab.set_language("fr")
    assert mldlab.get_language() == "en"
