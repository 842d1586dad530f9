"""``nn`` pieces that PyTorch programs use, side by side with PyTorch: ``F.one_hot``, ``nn.LazyLinear``, gradient
clipping, parameters as a vector, and the deprecated ``size_average``/``reduce`` arguments of every loss."""

import itertools
import math
import warnings

import numpy as np
import pytest

import mldlab
from mldlab import nn


def test_one_hot_matches_torch(torch):
    cases = [([0, 2, 1], -1), ([[0], [3]], 5), (2, 4), ([], 3), ([[1, 1], [0, 2]], 3), ([0, 0], 1)]
    for values, num_classes in cases:
        ours = nn.functional.one_hot(mldlab.tensor(values, dtype=mldlab.int64), num_classes)
        theirs = torch.nn.functional.one_hot(torch.tensor(values, dtype=torch.int64), num_classes)
        assert ours.shape == tuple(theirs.shape) and ours.dtype == mldlab.int64
        np.testing.assert_array_equal(ours.numpy(), theirs.numpy())


@pytest.mark.parametrize("make, text", [
    (lambda lib: lib.nn.functional.one_hot(lib.tensor([0.0, 1.0])), "int64 tensor"),
    (lambda lib: lib.nn.functional.one_hot(lib.tensor([1], dtype=lib.int32)), "int64 tensor"),
    (lambda lib: lib.nn.functional.one_hot(lib.tensor([-1, 0])), "must be >= 0, got -1"),
    (lambda lib: lib.nn.functional.one_hot(lib.tensor([0, 3]), 3), "smaller than num_classes = 3, got 3"),
    (lambda lib: lib.nn.functional.one_hot(lib.tensor([], dtype=lib.int64)), "empty tensor"),
])
def test_one_hot_errors_as_torch(torch, make, text):
    with pytest.raises(RuntimeError):
        make(torch)
    with pytest.raises(RuntimeError, match=text):
        make(mldlab)


def test_lazy_linear_as_torch(torch):
    reprs = {}
    for lib in (mldlab, torch):
        layer = lib.nn.LazyLinear(4)
        before = repr(layer)
        layer(lib.ones(2, 3))
        reprs[lib] = (before, repr(layer), type(layer).__name__, layer.in_features, tuple(layer.weight.shape))
        assert repr(lib.nn.LazyLinear(2, bias=False)) == "LazyLinear(in_features=0, out_features=2, bias=False)"
    assert reprs[mldlab] == reprs[torch] == ("LazyLinear(in_features=0, out_features=4, bias=True)",
                                             "Linear(in_features=3, out_features=4, bias=True)", "Linear", 3, (4, 3))


def test_lazy_linear_draws_as_linear_and_keeps_its_parameters():
    mldlab.manual_seed(3)
    lazy = nn.LazyLinear(5)
    weight, bias = lazy.weight, lazy.bias
    optimizer = mldlab.optim.SGD(lazy.parameters(), lr=0.1)  # made before the first call, as some tutorials do
    out = lazy(mldlab.ones(2, 3))
    mldlab.manual_seed(3)
    plain = nn.Linear(3, 5)
    assert lazy.weight is weight and lazy.bias is bias
    np.testing.assert_array_equal(lazy.weight.detach().numpy(), plain.weight.detach().numpy())
    np.testing.assert_array_equal(lazy.bias.detach().numpy(), plain.bias.detach().numpy())
    out.sum().backward()
    optimizer.step()
    np.testing.assert_allclose(lazy.bias.detach().numpy(), plain.bias.detach().numpy() - 0.1 * 2, rtol=1e-6)
    assert isinstance(lazy, nn.Linear) and type(lazy) is nn.Linear


def test_lazy_linear_config_and_save_load(tmp_path):
    from mldlab.nn.config import module_from_config, module_to_config

    assert nn.LazyLinear(4, bias=False).get_config() == {"out_features": 4, "bias": False}
    config = module_to_config(nn.Sequential(nn.LazyLinear(4), nn.ReLU()))
    rebuilt = module_from_config(config)
    assert repr(rebuilt[0]) == "LazyLinear(in_features=0, out_features=4, bias=True)"
    assert rebuilt(mldlab.ones(2, 7)).shape == (2, 4)
    model = nn.Sequential(nn.LazyLinear(2))
    model(mldlab.ones(1, 3))
    mldlab.save(model, tmp_path / "m.mldlab")
    assert mldlab.load(tmp_path / "m.mldlab")[0].weight.shape == (2, 3)


def _grads(lib, arrays):
    params = [lib.tensor(a, requires_grad=True) for a in arrays]
    for p, a in zip(params, arrays, strict=True):
        p.grad = lib.tensor(a * 3)
    return params


GRADIENTS = [np.random.default_rng(s).normal(size=shape).astype(np.float32) for s, shape in
             enumerate([(4, 3), (3,), (2, 2, 2)])]


@pytest.mark.parametrize("max_norm, norm_type", [(1.0, 2.0), (100.0, 2), (0.5, 1), (0.3, math.inf), (2.0, "inf"),
                                                 (1.0, 3.0), (0.1, 0.5)])
def test_clip_grad_norm_matches_torch(torch, max_norm, norm_type):
    results = {}
    for lib in (mldlab, torch):
        params = _grads(lib, GRADIENTS)
        total = lib.nn.utils.clip_grad_norm_((p for p in params), max_norm, norm_type=norm_type, foreach=None)
        results[lib] = (total, [p.grad.numpy().copy() for p in params])
    (ours, our_grads), (theirs, their_grads) = results[mldlab], results[torch]
    assert ours.shape == () and ours.dtype == mldlab.float32 and isinstance(ours, mldlab.Tensor)
    np.testing.assert_allclose(ours.item(), theirs.item(), rtol=1e-6)
    for o, t in zip(our_grads, their_grads, strict=True):
        np.testing.assert_allclose(o, t, rtol=1e-6, atol=1e-7)


def test_clip_grad_norm_edge_cases_as_torch(torch):
    for lib in (mldlab, torch):
        assert lib.nn.utils.clip_grad_norm_([lib.zeros(2, requires_grad=True)], 1.0).item() == 0.0  # no .grad
        single = _grads(lib, [np.array([3.0, 4.0], np.float32)])[0]
        assert lib.nn.utils.clip_grad_norm_(single, 5.0).item() == pytest.approx(15.0)
        bad = _grads(lib, [np.array([np.inf, 1.0], np.float32)])
        with pytest.raises(RuntimeError):
            lib.nn.utils.clip_grad_norm_(bad, 1.0, error_if_nonfinite=True)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            lib.nn.utils.clip_grad_norm_((p for p in []), 1.0)
        assert len(caught) == 1
    with pytest.raises(RuntimeError, match="NaN or infinite"):
        mldlab.nn.utils.clip_grad_norm_(_grads(mldlab, [np.array([np.nan], np.float32)]), 1.0,
                                        error_if_nonfinite=True)


def test_clip_grad_value_matches_torch(torch):
    results = []
    for lib in (mldlab, torch):
        params = _grads(lib, GRADIENTS)
        assert lib.nn.utils.clip_grad_value_(params, 1.5) is None
        results.append([p.grad.numpy().copy() for p in params])
    for o, t in zip(*results, strict=True):
        np.testing.assert_array_equal(o, t)


def test_parameters_as_a_vector_as_torch(torch):
    vectors = []
    for lib in (mldlab, torch):
        layer = lib.nn.Linear(3, 2)
        with lib.no_grad():
            layer.weight.copy_(lib.tensor(np.arange(6.0, dtype=np.float32).reshape(2, 3)))
            layer.bias.copy_(lib.tensor([7.0, 8.0]))
        vector = lib.nn.utils.parameters_to_vector(layer.parameters())
        (vector * lib.arange(8.0)).sum().backward()
        lib.nn.utils.vector_to_parameters(lib.arange(8.0) * 2, layer.parameters())
        vectors.append((vector.detach().numpy().copy(), layer.weight.grad.numpy().copy(),
                        layer.weight.detach().numpy().copy(), layer.bias.detach().numpy().copy()))
    for ours, theirs in zip(*vectors, strict=True):
        np.testing.assert_array_equal(ours, theirs)
    with pytest.raises(TypeError, match="expected a Tensor"):
        mldlab.nn.utils.vector_to_parameters([1.0], [])


LOSSES = {  # class name, functional name, (input, target) maker, extra positional args of the class
    "MSELoss": ("mse_loss", lambda lib: (lib.tensor([[0.5, 2.0], [1.0, -1.0]]), lib.tensor([[1.0, 0.0], [1.0, 1.0]]))),
    "L1Loss": ("l1_loss", lambda lib: (lib.tensor([0.5, 2.0, -3.0]), lib.tensor([1.0, 0.0, 1.0]))),
    "BCELoss": ("binary_cross_entropy", lambda lib: (lib.tensor([0.9, 0.2, 0.6]), lib.tensor([1.0, 0.0, 1.0]))),
    "BCEWithLogitsLoss": ("binary_cross_entropy_with_logits",
                          lambda lib: (lib.tensor([2.0, -1.0, 0.5]), lib.tensor([1.0, 0.0, 1.0]))),
    "CrossEntropyLoss": ("cross_entropy",
                         lambda lib: (lib.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]]), lib.tensor([0, 2]))),
    "NLLLoss": ("nll_loss", lambda lib: (lib.tensor([[-0.2, -1.5, -2.0], [-1.0, -0.7, -1.9]]), lib.tensor([1, 0]))),
}
LEGACY = list(itertools.product([None, True, False], [None, True, False]))


@pytest.mark.parametrize("name", LOSSES)
@pytest.mark.parametrize("size_average, reduce", LEGACY)
def test_legacy_reduction_arguments_as_torch(torch, name, size_average, reduce):
    """Each (size_average, reduce) gives PyTorch's reduction, with a warning exactly when either is given."""
    functional_name, make = LOSSES[name]
    results = {}
    for lib in (mldlab, torch):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            loss = getattr(lib.nn, name)(size_average=size_average, reduce=reduce, reduction="sum")
            by_class = loss(*make(lib))
            by_function = getattr(lib.nn.functional, functional_name)(*make(lib), size_average=size_average,
                                                                      reduce=reduce, reduction="sum")
        deprecations = [w for w in caught if "size_average" in str(w.message)]
        assert all(w.category is UserWarning for w in deprecations)
        results[lib] = (loss.reduction, by_class.detach().numpy(), by_function.detach().numpy(), len(deprecations))
    ours, theirs = results[mldlab], results[torch]
    assert ours[0] == theirs[0] and ours[3] == theirs[3] == (0 if size_average is None and reduce is None else 2)
    np.testing.assert_allclose(ours[1], theirs[1], rtol=1e-6)
    np.testing.assert_allclose(ours[2], theirs[2], rtol=1e-6)


def test_loss_positional_arguments_follow_torch(torch):
    """PyTorch's positional order: CrossEntropyLoss(weight, size_average, ignore_index, reduce, reduction, ...)."""
    for lib in (mldlab, torch):
        weight = lib.tensor([1.0, 2.0, 0.5])
        assert lib.nn.CrossEntropyLoss(weight, None, 1, None, "sum").ignore_index == 1
        assert lib.nn.NLLLoss(None, None, 2, None, "none").reduction == "none"
        assert lib.nn.MSELoss(None, None, "sum").reduction == "sum"
        assert lib.nn.BCEWithLogitsLoss(None, None, None, "none", lib.tensor([2.0])).reduction == "none"
        x, y = lib.tensor([[2.0, 0.5, -1.0]]), lib.tensor([2])
        assert lib.nn.functional.cross_entropy(x, y, weight, None, -100, None, "sum").item() == pytest.approx(
            lib.nn.functional.cross_entropy(x, y, weight=weight, reduction="sum").item())
    mldlab.set_language("ko")
    with pytest.warns(UserWarning, match="reduction='none'"):
        nn.MSELoss(reduce=False)


def _autograd_cases(lib):
    x = lib.tensor([1.0, -2.0, 0.5], dtype=lib.float64, requires_grad=True)
    w = lib.tensor([[0.3, -1.0, 2.0], [1.5, 0.2, -0.7]], dtype=lib.float64, requires_grad=True)
    unused = lib.tensor([1.0], dtype=lib.float64, requires_grad=True)
    h = lib.tanh(w @ x)
    results = {
        "one": lib.autograd.grad((h * h).sum(), x, retain_graph=True),
        "two": lib.autograd.grad(h.sum(), [x, w], retain_graph=True),
        "nonleaf": lib.autograd.grad((h**3).sum(), h, retain_graph=True),
        "vjp": lib.autograd.grad(h, w, grad_outputs=lib.tensor([1.0, -2.0], dtype=lib.float64), retain_graph=True),
        "outputs": lib.autograd.grad([h.sum(), (x**2).sum()], [x], retain_graph=True),
        "unused": lib.autograd.grad(h.sum(), [x, unused], allow_unused=True, retain_graph=True),
        "zeros": lib.autograd.grad(h.sum(), [unused, x], allow_unused=True, materialize_grads=True),
    }
    return results, (x, w)


def test_autograd_grad_matches_torch(torch):
    (ours, our_leaves), (theirs, their_leaves) = _autograd_cases(mldlab), _autograd_cases(torch)
    for key in theirs:
        assert isinstance(ours[key], tuple) and len(ours[key]) == len(theirs[key]), key
        for o, t in zip(ours[key], theirs[key], strict=True):
            if t is None:
                assert o is None, key
            else:
                np.testing.assert_allclose(o.numpy(), t.numpy(), rtol=1e-12, err_msg=key)
    for o, t in zip(our_leaves, their_leaves, strict=True):
        assert o.grad is None and t.grad is None  # grad() leaves .grad alone


def test_autograd_grad_keeps_existing_grads_and_frees_the_graph_as_torch(torch):
    for lib in (mldlab, torch):
        w = lib.tensor([1.0, 2.0], requires_grad=True)
        w.grad = lib.tensor([5.0, 5.0])
        y = (w * w).sum()
        assert lib.autograd.grad(y, w)[0].tolist() == [2.0, 4.0]
        assert w.grad.tolist() == [5.0, 5.0]
        with pytest.raises(RuntimeError):
            y.backward()  # the graph was freed (retain_graph defaults to False)
        with pytest.raises(RuntimeError):
            lib.autograd.grad((w * 2).sum(), [w, lib.ones(1, requires_grad=True)])
        with pytest.raises(RuntimeError):
            lib.autograd.grad((w * 2).sum(), lib.ones(2))
    with pytest.raises(NotImplementedError, match="gradients of gradients"):
        mldlab.autograd.grad((mldlab.ones(1, requires_grad=True) * 2).sum(), mldlab.ones(1, requires_grad=True),
                             create_graph=True)
    with pytest.raises(RuntimeError, match="allow_unused=True"):
        w = mldlab.ones(2, requires_grad=True)
        mldlab.autograd.grad((w * 2).sum(), [w, mldlab.ones(1, requires_grad=True)])
