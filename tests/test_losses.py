"""The losses against PyTorch (values and gradients, every option and reduction), against finite differences,
at logits of ±1000, and their error messages."""

import warnings
import zlib

import numpy as np
import pytest

import mldlab
import mldlab.nn
import mldlab.nn.functional as F

N, C, D = 7, 4, 3
REDUCTIONS = ["mean", "sum", "none"]
DTYPES = [np.float64, np.float32]


def assert_close(ours, theirs, name=""):
    """Values (tensors of either library) agree: max |a − b| ≤ tol · max |b|, with tol by dtype."""
    a, b = ours.detach().numpy(), theirs.detach().numpy()
    assert a.shape == b.shape, f"{name}: shape {a.shape} vs {b.shape}"
    assert a.dtype == b.dtype, f"{name}: dtype {a.dtype} vs {b.dtype}"
    assert np.all(np.isfinite(a)) and np.all(np.isfinite(b)), name
    tol = 1e-10 if b.dtype == np.float64 else 1e-5
    scale = max(float(np.max(np.abs(b))), 1e-30) if b.size else 1.0
    error = float(np.max(np.abs(a - b))) if b.size else 0.0
    assert error <= tol * scale, f"{name}: max difference {error:.3g}, allowed {tol * scale:.3g}"


# (functional name, module name or None, options, kind of input/target)
CASES = [
    ("mse_loss", "MSELoss", {}, "real"),
    ("mse_loss", None, {"weight": "elem"}, "real"),
    ("l1_loss", "L1Loss", {}, "real"),
    ("l1_loss", None, {"weight": "elem"}, "real"),
    ("binary_cross_entropy", "BCELoss", {}, "prob"),
    ("binary_cross_entropy", "BCELoss", {"weight": "last"}, "prob"),
    ("binary_cross_entropy", "BCELoss", {"weight": "elem"}, "prob_column"),
    ("binary_cross_entropy_with_logits", "BCEWithLogitsLoss", {}, "logit"),
    ("binary_cross_entropy_with_logits", "BCEWithLogitsLoss", {"weight": "last"}, "logit"),
    ("binary_cross_entropy_with_logits", "BCEWithLogitsLoss", {"pos_weight": "last"}, "logit"),
    ("binary_cross_entropy_with_logits", "BCEWithLogitsLoss", {"weight": "elem", "pos_weight": "last"}, "logit"),
    ("cross_entropy", "CrossEntropyLoss", {}, "class"),
    ("cross_entropy", "CrossEntropyLoss", {}, "class_ignored"),
    ("cross_entropy", "CrossEntropyLoss", {"weight": "class"}, "class"),
    ("cross_entropy", "CrossEntropyLoss", {"ignore_index": 1}, "class"),
    ("cross_entropy", "CrossEntropyLoss", {"label_smoothing": 0.15}, "class"),
    ("cross_entropy", "CrossEntropyLoss", {"weight": "class", "ignore_index": 2, "label_smoothing": 0.3}, "class"),
    ("cross_entropy", "CrossEntropyLoss", {"weight": "class", "label_smoothing": 0.1}, "class_ignored"),
    ("cross_entropy", "CrossEntropyLoss", {"weight": "class", "label_smoothing": 0.2}, "class_1d"),
    ("cross_entropy", "CrossEntropyLoss", {"weight": "class", "ignore_index": 0, "label_smoothing": 0.2}, "class_nd"),
    ("cross_entropy", "CrossEntropyLoss", {}, "probs"),
    ("cross_entropy", "CrossEntropyLoss", {"weight": "class", "label_smoothing": 0.25}, "probs"),
    ("cross_entropy", "CrossEntropyLoss", {"label_smoothing": 0.1}, "probs_nd"),
    ("nll_loss", "NLLLoss", {}, "logprob"),
    ("nll_loss", "NLLLoss", {"weight": "class", "ignore_index": 3}, "logprob"),
    ("nll_loss", "NLLLoss", {"weight": "class"}, "logprob_nd"),
    ("nll_loss", "NLLLoss", {}, "logprob_1d"),
]


def case_id(case):
    name, _, options, kind = case
    return f"{name}-{kind}-" + "-".join(f"{k}={v}" for k, v in options.items())


def make_data(kind, options, rng):
    """Input and target arrays (float64, or int64 class indices) and the option arrays for one case."""
    if kind == "real":
        x = rng.normal(size=(N, D))
        t = x + rng.choice([-1.0, 1.0], size=x.shape) * rng.uniform(0.1, 1.0, size=x.shape)  # never |x − t| ≈ 0
    elif kind in ("prob", "prob_column"):
        x = rng.uniform(0.05, 0.95, size=(N, D) if kind == "prob" else (N, 1))
        t = rng.uniform(0.0, 1.0, size=x.shape)
    elif kind == "logit":
        x = rng.normal(scale=3.0, size=(N, D))
        t = rng.uniform(0.0, 1.0, size=x.shape)
    elif kind in ("class", "class_ignored"):
        x = rng.normal(scale=2.0, size=(N, C))
        t = rng.integers(0, C, size=N)
        t[0] = options.get("ignore_index", 1)
        if kind == "class_ignored":
            t[[1, 4]] = -100
    elif kind == "class_1d":
        x, t = rng.normal(size=C), np.array(2)
    elif kind == "class_nd":
        x, t = rng.normal(size=(2, C, 3, 2)), rng.integers(0, C, size=(2, 3, 2))
    elif kind in ("probs", "probs_nd"):
        x = rng.normal(size=(N, C) if kind == "probs" else (2, C, 3))
        e = np.exp(rng.normal(size=x.shape))
        t = e / e.sum(axis=1, keepdims=True)
    elif kind in ("logprob", "logprob_nd", "logprob_1d"):
        shape = {"logprob": (N, C), "logprob_nd": (2, C, 5), "logprob_1d": (C,)}[kind]
        z = rng.normal(size=shape)
        axis = 0 if kind == "logprob_1d" else 1
        x = z - np.log(np.exp(z).sum(axis=axis, keepdims=True))
        t = rng.integers(0, C, size=shape[:1] + shape[2:] if len(shape) > 1 else ())
        if "ignore_index" in options and t.ndim:
            t[0] = options["ignore_index"]
    arrays = {}
    for key in ("weight", "pos_weight"):
        spec = options.get(key)
        if spec is not None:
            shape = {"elem": x.shape, "last": x.shape[-1:], "class": (C,)}[spec]
            arrays[key] = rng.uniform(0.5, 2.0, size=shape)
    return x, t, arrays


def run(lib, case, reduction, dtype, data, upstream, use_module=False):
    """Loss and gradients of one case in one library (the APIs match, so the same code drives both)."""
    name, module_name, options, kind = case
    x, t, arrays = data
    x_in = lib.tensor(x.astype(dtype), requires_grad=True)
    float_target = t.dtype.kind == "f"
    t_in = lib.tensor(t.astype(dtype), requires_grad=True) if float_target else lib.tensor(t)
    kwargs = {k: v for k, v in options.items() if k not in arrays}
    kwargs.update({k: lib.tensor(v.astype(dtype)) for k, v in arrays.items()})
    if use_module:
        loss = getattr(lib.nn, module_name)(reduction=reduction, **kwargs)(x_in, t_in)
    else:
        loss = getattr(lib.nn.functional, name)(x_in, t_in, reduction=reduction, **kwargs)
    if reduction == "none":
        loss.backward(lib.tensor(upstream(loss.shape).astype(dtype)))
    else:
        loss.backward()
    return loss, x_in.grad, (t_in.grad if float_target else None)


@pytest.mark.parametrize("dtype", DTYPES, ids=["float64", "float32"])
@pytest.mark.parametrize("reduction", REDUCTIONS)
@pytest.mark.parametrize("case", CASES, ids=[case_id(c) for c in CASES])
def test_loss_matches_torch(torch, case, reduction, dtype):
    rng = np.random.default_rng(zlib.crc32(case_id(case).encode()))
    data = make_data(case[3], case[2], rng)
    g = np.random.default_rng(7)

    def upstream(shape):
        return g.uniform(0.5, 1.5, size=tuple(shape))

    ours = run(mldlab, case, reduction, dtype, data, upstream)
    g = np.random.default_rng(7)
    theirs = run(torch, case, reduction, dtype, data, upstream)
    for label, a, b in zip(("loss", "input grad", "target grad"), ours, theirs, strict=True):
        if b is None:
            assert a is None, label
        else:
            assert_close(a, b, f"{case_id(case)} {reduction} {label}")
    if case[1] is not None:
        g = np.random.default_rng(7)
        via_module = run(mldlab, case, reduction, dtype, data, upstream, use_module=True)
        assert_close(via_module[0], theirs[0], "module")
        assert_close(via_module[1], theirs[1], "module grad")


@pytest.mark.parametrize("case", CASES, ids=[case_id(c) for c in CASES])
def test_loss_is_one_fused_node(case):
    data = make_data(case[3], case[2], np.random.default_rng(0))
    x = mldlab.tensor(data[0].astype(np.float32), requires_grad=True)
    t = mldlab.tensor(data[1].astype(np.float32) if data[1].dtype.kind == "f" else data[1])
    options = {k: v for k, v in case[2].items() if k not in data[2]}
    options.update({k: mldlab.tensor(v.astype(np.float32)) for k, v in data[2].items()})
    loss = getattr(F, case[0])(x, t, **options)
    assert loss.op == case[0]
    assert loss.inputs[0] is x
    assert loss.dtype == mldlab.float32
    loss.backward()
    assert x.grad.dtype == mldlab.float32


def numerical_gradient(f, array, h=1e-6):
    grad = np.zeros_like(array)
    for index in np.ndindex(array.shape):
        old = array[index]
        array[index] = old + h
        up = f()
        array[index] = old - h
        down = f()
        array[index] = old
        grad[index] = (up - down) / (2 * h)
    return grad


@pytest.mark.parametrize("reduction", REDUCTIONS)
@pytest.mark.parametrize("case", CASES, ids=[case_id(c) for c in CASES])
def test_loss_gradient_matches_finite_differences(case, reduction):
    name, _, options, kind = case
    x, t, arrays = make_data(kind, options, np.random.default_rng(3))
    kwargs = {k: v for k, v in options.items() if k not in arrays}
    kwargs.update({k: mldlab.tensor(v) for k, v in arrays.items()})
    function = getattr(F, name)
    float_target = t.dtype.kind == "f"
    x_in = mldlab.tensor(x, requires_grad=True)
    t_in = mldlab.tensor(t, requires_grad=float_target)
    loss = function(x_in, t_in, reduction=reduction, **kwargs)
    upstream = np.random.default_rng(5).uniform(0.5, 1.5, size=loss.shape)
    (loss * mldlab.tensor(upstream)).sum().backward()

    x_data, t_data = x_in.detach().numpy(), t_in.detach().numpy()

    def objective():
        value = function(mldlab.tensor(x_data), mldlab.tensor(t_data), reduction=reduction, **kwargs)
        return float((value.numpy() * upstream).sum())

    expected = numerical_gradient(objective, x_data)
    np.testing.assert_allclose(x_in.grad.numpy(), expected, rtol=1e-6, atol=1e-7 * np.abs(expected).max())
    if float_target:
        expected = numerical_gradient(objective, t_data)
        np.testing.assert_allclose(t_in.grad.numpy(), expected, rtol=1e-6, atol=1e-7 * np.abs(expected).max())


def both(torch, f, x, t, dtype=np.float64, **options):
    results = []
    for lib in (mldlab, torch):
        x_in = lib.tensor(np.asarray(x, dtype), requires_grad=True)
        t_in = lib.tensor(np.asarray(t, dtype if np.asarray(t).dtype.kind == "f" else np.int64))
        kwargs = {k: lib.tensor(np.asarray(v, dtype)) if isinstance(v, (list, np.ndarray)) else v
                  for k, v in options.items()}
        loss = getattr(lib.nn.functional, f)(x_in, t_in, **kwargs)
        loss.sum().backward()
        results.append((loss, x_in.grad))
    return results


@pytest.mark.parametrize("dtype", DTYPES, ids=["float64", "float32"])
@pytest.mark.parametrize("reduction", REDUCTIONS)
def test_logits_of_1000_stay_finite(torch, dtype, reduction):
    z = [[1000.0, -1000.0, 0.5], [-1000.0, 1000.0, -0.5]]
    y = [[1.0, 0.0, 1.0], [1.0, 0.0, 0.0]]
    cases = [
        ("binary_cross_entropy_with_logits", z, y, {}),
        ("binary_cross_entropy_with_logits", z, y, {"pos_weight": [2.0, 0.5, 3.0], "weight": [1.0, 2.0, 0.5]}),
        ("cross_entropy", z, [0, 0], {}),
        ("cross_entropy", z, [1, 2], {"weight": [1.0, 2.0, 0.5], "label_smoothing": 0.2}),
        ("cross_entropy", z, [[0.0, 1.0, 0.0], [0.5, 0.0, 0.5]], {}),
        ("binary_cross_entropy", [[1.0, 0.0, 0.5], [0.0, 1.0, 1.0]], y, {}),  # σ(±1000) is exactly 0 or 1
    ]
    for f, x, t, options in cases:
        (ours, ours_grad), (theirs, theirs_grad) = both(torch, f, x, t, dtype, reduction=reduction, **options)
        assert_close(ours, theirs, f)
        assert_close(ours_grad, theirs_grad, f + " grad")


def test_sigmoid_then_bce_at_1000_matches_torch(torch):
    results = []
    for lib in (mldlab, torch):
        z = lib.tensor([[1000.0], [-1000.0], [3.0]], dtype=lib.float64, requires_grad=True)
        loss = lib.nn.BCELoss()(lib.nn.Sigmoid()(z), lib.tensor([[0.0], [1.0], [1.0]], dtype=lib.float64))
        loss.backward()
        results.append((loss, z.grad))
    assert results[0][0].item() == pytest.approx((200 + np.log1p(np.exp(-3.0))) / 3, rel=1e-12)  # logs clamped at −100
    assert_close(results[0][0], results[1][0])
    assert_close(results[0][1], results[1][1])


def test_bce_clamps_each_log_at_minus_100(torch):
    (ours, grad), (theirs, torch_grad) = both(torch, "binary_cross_entropy", [0.0, 1.0, 1e-50], [0.3, 0.6, 0.2],
                                              reduction="none")
    np.testing.assert_array_equal(ours.detach().numpy(), [30.0, 40.0, 20.0])
    assert_close(ours, theirs)
    assert_close(grad, torch_grad)  # (x − y) / max(x(1 − x), 1e-12)


@pytest.mark.parametrize("name, options", [
    ("cross_entropy", {}),
    ("cross_entropy", {"label_smoothing": 0.1}),
    ("cross_entropy", {"weight": [1.0, 2.0, 0.5, 1.0], "label_smoothing": 0.1}),
    ("nll_loss", {}),
    ("nll_loss", {"weight": [1.0, 2.0, 0.5, 1.0]}),
])
def test_all_ignored_gives_nan_and_no_gradient_like_torch(torch, name, options):
    for reduction in REDUCTIONS:
        values = []
        for lib in (mldlab, torch):
            x = lib.tensor(np.random.default_rng(0).normal(size=(3, C)), requires_grad=True)
            kwargs = {k: lib.tensor(v, dtype=lib.float64) if isinstance(v, list) else v for k, v in options.items()}
            loss = getattr(lib.nn.functional, name)(x, lib.tensor(np.full(3, -100)), reduction=reduction, **kwargs)
            loss.sum().backward()
            values.append((loss.detach().numpy(), x.grad.numpy()))
        np.testing.assert_array_equal(values[0][0], values[1][0])
        np.testing.assert_array_equal(values[0][1], values[1][1])


def test_empty_inputs_give_nan_like_torch():
    assert np.isnan(F.mse_loss(mldlab.zeros(0), mldlab.zeros(0)).item())
    assert np.isnan(F.binary_cross_entropy(mldlab.zeros(0), mldlab.zeros(0)).item())
    assert F.cross_entropy(mldlab.zeros(0, 3), mldlab.zeros(0, dtype=mldlab.int64), reduction="sum").item() == 0


def test_uint8_class_targets_work_like_torch(torch):
    x = np.random.default_rng(0).normal(size=(5, 3))
    t = np.array([0, 2, 1, 1, 0], dtype=np.uint8)
    ours = F.cross_entropy(mldlab.tensor(x), mldlab.tensor(t))
    theirs = torch.nn.functional.cross_entropy(torch.tensor(x), torch.tensor(t))
    assert_close(ours, theirs)


def test_regression_promotes_dtypes_like_torch(torch):
    x = np.random.default_rng(0).normal(size=(4, 2))
    for target in (x.astype(np.float64) + 1, np.ones((4, 2), np.int64)):
        ours = F.mse_loss(mldlab.tensor(x.astype(np.float32)), mldlab.tensor(target))
        theirs = torch.nn.functional.mse_loss(torch.tensor(x.astype(np.float32)), torch.tensor(target))
        assert_close(ours, theirs)


def test_mse_broadcasting_warns_and_matches_torch(torch):
    x = np.random.default_rng(0).normal(size=(5, 1))
    y = np.random.default_rng(1).normal(size=5)
    with pytest.warns(UserWarning, match=r"\(5,\).*\(5, 1\).*\(5, 5\)") as record:
        ours = F.mse_loss(mldlab.tensor(x), mldlab.tensor(y))
    assert "reshape(-1, 1)" in str(record[0].message)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs = torch.nn.functional.mse_loss(torch.tensor(x), torch.tensor(y))
    assert_close(ours, theirs)


def test_loss_module_reprs_and_state_dicts_match_torch(torch):
    for build in (
        lambda lib: lib.nn.MSELoss(),
        lambda lib: lib.nn.L1Loss(reduction="sum"),
        lambda lib: lib.nn.BCELoss(weight=lib.ones(3)),
        lambda lib: lib.nn.BCEWithLogitsLoss(pos_weight=lib.ones(3)),
        lambda lib: lib.nn.CrossEntropyLoss(weight=lib.ones(3), label_smoothing=0.1),
        lambda lib: lib.nn.NLLLoss(),
    ):
        ours, theirs = build(mldlab), build(torch)
        assert repr(ours) == repr(theirs)
        assert list(ours.state_dict()) == list(theirs.state_dict())
        assert ours.reduction == theirs.reduction


def test_bce_column_against_flat_target_is_an_error_like_torch(torch):
    with pytest.raises(ValueError):
        torch.nn.BCELoss()(torch.rand(5, 1), torch.rand(5))
    for loss in (mldlab.nn.BCELoss(), mldlab.nn.BCEWithLogitsLoss()):
        with pytest.raises(ValueError) as error:
            loss(mldlab.rand(5, 1), mldlab.rand(5))
        text = str(error.value)
        assert "(5,)" in text and "(5, 1)" in text and "target.reshape(-1, 1)" in text
    with pytest.raises(ValueError, match=r"target\.reshape\(-1\)"):
        F.binary_cross_entropy(mldlab.rand(5), mldlab.rand(5, 1))


def test_bce_input_outside_0_1_is_an_error_like_torch(torch):
    with pytest.raises(RuntimeError):
        torch.nn.functional.binary_cross_entropy(torch.tensor([0.5, 1.5]), torch.tensor([0.0, 1.0]))
    for reduction in REDUCTIONS:
        with pytest.raises(ValueError, match=r"from -0\.5 to 0\.5.*BCEWithLogitsLoss"):
            F.binary_cross_entropy(mldlab.tensor([0.5, -0.5]), mldlab.tensor([0.0, 1.0]), reduction=reduction)
    with pytest.raises(ValueError, match="between 0 and 1"):
        F.binary_cross_entropy(mldlab.tensor([0.5, float("nan")]), mldlab.tensor([0.0, 1.0]))


def test_bce_target_dtype_must_match_like_torch(torch):
    with pytest.raises(RuntimeError):
        torch.nn.functional.binary_cross_entropy(torch.rand(3), torch.rand(3, dtype=torch.float64))
    with pytest.raises(TypeError, match=r"mldlab\.float64.*mldlab\.float32.*target\.float\(\)"):
        F.binary_cross_entropy(mldlab.rand(3), mldlab.rand(3, dtype=mldlab.float64))
    with pytest.raises(TypeError, match=r"mldlab\.int64"):
        F.binary_cross_entropy(mldlab.rand(3), mldlab.tensor([0, 1, 1]))
    with pytest.raises(TypeError, match=r"input must be floating point"):
        F.binary_cross_entropy(mldlab.tensor([0, 1]), mldlab.tensor([0, 1]))
    with pytest.raises(TypeError, match=r"target\.float\(\)"):
        F.binary_cross_entropy_with_logits(mldlab.rand(3), mldlab.tensor([0, 1, 1]))


def test_cross_entropy_float_class_targets_are_an_error(torch):
    with pytest.raises(RuntimeError):
        torch.nn.functional.cross_entropy(torch.rand(4, 3), torch.tensor([0.0, 1.0, 2.0, 1.0]))
    with pytest.raises(TypeError) as error:
        F.cross_entropy(mldlab.rand(4, 3), mldlab.tensor([0.0, 1.0, 2.0, 1.0]))
    text = str(error.value)
    assert "(4,)" in text and "mldlab.float32" in text and "target.long()" in text and "(4, 3)" in text
    with pytest.raises(TypeError, match=r"long\(\)"):
        F.nll_loss(mldlab.rand(4, 3), mldlab.tensor([0, 1, 2, 1], dtype=mldlab.int32))


def test_cross_entropy_integer_probabilities_are_an_error(torch):
    with pytest.raises(RuntimeError):
        torch.nn.functional.cross_entropy(torch.rand(4, 3), torch.ones(4, 3, dtype=torch.long))
    with pytest.raises(TypeError, match=r"class probabilities.*mldlab\.int64.*\(4,\).*target\.float\(\)"):
        F.cross_entropy(mldlab.rand(4, 3), mldlab.ones(4, 3, dtype=mldlab.int64))


@pytest.mark.parametrize("bad", [3, -1, 7])
def test_class_index_out_of_range_names_value_and_classes(torch, bad):
    with pytest.raises(IndexError):
        torch.nn.functional.cross_entropy(torch.rand(4, 3), torch.tensor([0, 1, bad, 1]))
    for f in (F.cross_entropy, F.nll_loss):
        with pytest.raises(IndexError, match=rf"class index {bad}, but the input has 3 classes.*0 to 2"):
            f(mldlab.rand(4, 3), mldlab.tensor([0, 1, bad, 1]))
    with pytest.raises(IndexError, match=rf"class index {bad}"):  # also with an ignore_index inside the range
        F.cross_entropy(mldlab.rand(4, 3), mldlab.tensor([0, 1, bad, 1]), ignore_index=1)


def test_class_target_shape_errors():
    with pytest.raises(ValueError) as error:
        F.cross_entropy(mldlab.rand(4, 3), mldlab.tensor([0, 1, 1]))
    text = str(error.value)
    assert "(3,)" in text and "(4, 3)" in text and "(4,)" in text
    with pytest.raises(ValueError, match=r"target\.reshape\(-1\)"):
        F.cross_entropy(mldlab.rand(4, 3), mldlab.tensor([[0], [1], [1], [2]]))
    with pytest.raises(ValueError, match=r"\(2, 4\)"):
        F.nll_loss(mldlab.rand(2, 3, 4), mldlab.tensor(np.zeros((2, 5), np.int64)))
    with pytest.raises(ValueError, match="class dimension"):
        F.cross_entropy(mldlab.tensor(1.0), mldlab.tensor(0))


def test_option_errors():
    x, t = mldlab.rand(4, 3), mldlab.tensor([0, 1, 2, 1])
    for f in (F.mse_loss, F.l1_loss, F.binary_cross_entropy, F.binary_cross_entropy_with_logits):
        with pytest.raises(ValueError, match=r"reduction must be 'mean', 'sum' or 'none', got 'avg'"):
            f(x, x, reduction="avg")
    with pytest.raises(ValueError, match="reduction"):
        F.cross_entropy(x, t, reduction="average")
    for loss in ("MSELoss", "L1Loss", "BCELoss", "BCEWithLogitsLoss", "CrossEntropyLoss", "NLLLoss"):
        with pytest.raises(ValueError, match=f"{loss}: reduction"):
            getattr(mldlab.nn, loss)(reduction="avg")
    for smoothing in (1.5, -0.1):
        with pytest.raises(ValueError, match=rf"label_smoothing must be between 0\.0 and 1\.0, got {smoothing}"):
            F.cross_entropy(x, t, label_smoothing=smoothing)
    with pytest.raises(ValueError, match=r"one number per class \(3\), got shape \(4,\)"):
        F.cross_entropy(x, t, weight=mldlab.ones(4))
    with pytest.raises(ValueError, match="ignore_index=1 only works with class-index targets"):
        F.cross_entropy(x, x, ignore_index=1)
    with pytest.raises(ValueError, match=r"weight of shape \(5, 1\) cannot be broadcast to the input's shape \(4, 3\)"):
        F.binary_cross_entropy(x, x, weight=mldlab.ones(5, 1))
    with pytest.raises(ValueError, match=r"pos_weight of shape \(4,\)"):
        F.binary_cross_entropy_with_logits(x, x, pos_weight=mldlab.ones(4))
    with pytest.raises(ValueError, match=r"weight must have the input's shape \(4, 3\), got \(3,\)"):
        F.mse_loss(x, x, weight=mldlab.ones(3))
    with pytest.raises(TypeError, match=r"target must be a Tensor, got list"):
        F.mse_loss(x, [1.0, 2.0])
    with pytest.raises(TypeError, match=r"input must be floating point, got mldlab\.int64"):
        F.mse_loss(mldlab.tensor([1, 2]), mldlab.tensor([1, 2]))


def test_loss_errors_in_korean():
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="모양"):
        mldlab.nn.BCELoss()(mldlab.rand(5, 1), mldlab.rand(5))
    with pytest.raises(IndexError, match="클래스 번호 5"):
        F.cross_entropy(mldlab.rand(2, 3), mldlab.tensor([0, 5]))
    with pytest.raises(TypeError, match=r"정수\(int64\)"):
        F.cross_entropy(mldlab.rand(2, 3), mldlab.tensor([0.0, 1.0]))
