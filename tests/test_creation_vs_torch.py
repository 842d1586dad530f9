"""Making tensors as PyTorch code does: the keyword forms of the creation functions, ``linspace`` to the last bit,
``normal`` in all its forms, the legacy ``FloatTensor`` family, and the CPU stand-ins for devices."""

import numpy as np
import pytest

import mldlab


def _same(ours, theirs):
    assert ours.shape == tuple(theirs.shape)
    assert str(ours.dtype) == str(theirs.dtype).replace("torch.", "")
    assert ours.requires_grad == theirs.requires_grad
    np.testing.assert_array_equal(ours.detach().numpy(), theirs.detach().numpy())


KEYWORD_FORMS = [
    lambda lib: lib.zeros(size=(2, 3)),
    lambda lib: lib.zeros([2, 3], dtype=lib.int64),
    lambda lib: lib.ones(size=[4]),
    lambda lib: lib.ones(()),
    lambda lib: lib.zeros([]),
    lambda lib: lib.empty(size=(0, 3)).shape and lib.zeros(0, 3),
    lambda lib: lib.full((2, 2), 1.5),
    lambda lib: lib.full(size=(2,), fill_value=True),
    lambda lib: lib.full(fill_value=3, size=[3]),
    lambda lib: lib.arange(end=5),
    lambda lib: lib.arange(start=1, end=5, step=2),
    lambda lib: lib.arange(0, 1, 0.25),
    lambda lib: lib.arange(5.0),
    lambda lib: lib.arange(start=-1.0, end=1.0, step=0.5, dtype=lib.float64),
    lambda lib: lib.linspace(start=0, end=1, steps=5),
    lambda lib: lib.linspace(0, 10, 5, dtype=lib.int64),
    lambda lib: lib.linspace(-7, 7, 4, dtype=lib.int32),
    lambda lib: lib.eye(3, 2),
    lambda lib: lib.zeros_like(lib.ones(2, 3), dtype=lib.int64),
    lambda lib: lib.full_like(lib.ones(2), 7.0),
    lambda lib: lib.zeros_like(lib.ones(2, 3), device="cpu", requires_grad=True),
    lambda lib: lib.ones_like(lib.ones(2, 3), dtype=lib.float64, device="cpu"),
    lambda lib: lib.full_like(lib.ones(2), fill_value=2.0, device="cpu", requires_grad=True),
    lambda lib: lib.empty_like(lib.ones(2, 3)).zero_(),
    lambda lib: lib.tensor(data=[1.0], dtype=lib.float32, device="cpu", requires_grad=True),
    lambda lib: lib.as_tensor([1.0, 2.0], dtype=lib.float64, device="cpu"),
    lambda lib: lib.eye(n=2, m=3, dtype=lib.float64, requires_grad=True),
    lambda lib: lib.linspace(0, 1, 5, requires_grad=True, device="cpu"),
    lambda lib: lib.arange(0.0, 1.0, 0.25, requires_grad=True),
    lambda lib: lib.zeros(lib.ones(2, 3).shape),
    lambda lib: lib.ones(lib.ones(2, 3).size(), device=lib.device("cpu")),
    lambda lib: lib.ones(2).new_zeros((2, 3)),
    lambda lib: lib.ones(2, dtype=lib.float64).new_ones(3),
    lambda lib: lib.ones(2).new_tensor([1, 2]),
    lambda lib: lib.ones(2).new_full((2,), 3.0, requires_grad=True),
    lambda lib: lib.tensor([1, 2]).new_empty(2).zero_(),
]


@pytest.mark.parametrize("make", KEYWORD_FORMS)
def test_keyword_forms_match_torch(torch, make):
    _same(make(mldlab), make(torch))


RANDOM_FORMS = [
    (lambda lib: lib.rand(size=(2, 3)), (2, 3), "float32"),
    (lambda lib: lib.rand(2, 3, dtype=lib.float64, requires_grad=True), (2, 3), "float64"),
    (lambda lib: lib.randn(2, 3, dtype=lib.float64, generator=lib.Generator().manual_seed(1)), (2, 3), "float64"),
    (lambda lib: lib.randn(size=[4], requires_grad=True), (4,), "float32"),
    (lambda lib: lib.randint(3, 10, (2,)), (2,), "int64"),
    (lambda lib: lib.randint(10, (2, 2)), (2, 2), "int64"),
    (lambda lib: lib.randint(high=10, size=(3,)), (3,), "int64"),
    (lambda lib: lib.randint(low=2, high=10, size=(3,), dtype=lib.int32), (3,), "int32"),
    (lambda lib: lib.normal(2.0, 3.0, size=(2, 3)), (2, 3), "float32"),
    (lambda lib: lib.normal(0.0, 1.0, (4,), dtype=lib.float64, requires_grad=True), (4,), "float64"),
    (lambda lib: lib.normal(lib.zeros(3, dtype=lib.float64)), (3,), "float64"),
    (lambda lib: lib.normal(mean=lib.zeros(2, 1), std=lib.ones(3)), (2, 3), "float32"),
    (lambda lib: lib.normal(1.0, lib.ones(2, 2)), (2, 2), "float32"),
    (lambda lib: lib.normal(lib.zeros(4), 2.0, generator=lib.Generator().manual_seed(0)), (4,), "float32"),
    (lambda lib: lib.rand_like(lib.ones(2, 3), device="cpu"), (2, 3), "float32"),
    (lambda lib: lib.randn_like(lib.ones(2, 3), dtype=lib.float64, device="cpu", requires_grad=True), (2, 3),
     "float64"),
    (lambda lib: lib.randint_like(lib.ones(2, 3), 10), (2, 3), "float32"),
    (lambda lib: lib.randint_like(lib.ones(2, dtype=lib.int32), 2, 10), (2,), "int32"),
    (lambda lib: lib.randint_like(lib.ones(4), low=2, high=10, dtype=lib.int64), (4,), "int64"),
    (lambda lib: lib.randperm(5, generator=lib.Generator().manual_seed(0), device="cpu"), (5,), "int64"),
    (lambda lib: lib.randint(0, 5, (3,), generator=lib.Generator().manual_seed(0), device="cpu"), (3,), "int64"),
]


@pytest.mark.parametrize(("make", "shape", "dtype"), RANDOM_FORMS)
def test_random_forms_have_torchs_shapes_and_dtypes(torch, make, shape, dtype):
    ours, theirs = make(mldlab), make(torch)
    assert ours.shape == tuple(theirs.shape) == shape
    assert str(ours.dtype) == str(theirs.dtype).replace("torch.", "") == dtype
    assert ours.requires_grad == theirs.requires_grad


def test_normal_statistics_and_its_zero_gradient(torch):
    x = mldlab.normal(2.0, 3.0, size=(200_000,), dtype=mldlab.float64, generator=mldlab.Generator(0))
    assert abs(x.mean().item() - 2.0) < 0.03 and abs(x.std().item() - 3.0) < 0.03
    per_element = mldlab.normal(mldlab.tensor([0.0, 100.0]).expand(50_000, 2), mldlab.tensor([1.0, 0.0]))
    assert per_element[:, 1].eq(100.0).all() and abs(per_element[:, 0].std().item() - 1) < 0.02
    for lib in (mldlab, torch):  # a sample stays in the graph, with ∂/∂mean = ∂/∂std = 0 (PyTorch's rule)
        mean = lib.tensor([0.0, 1.0], requires_grad=True)
        std = lib.tensor([1.0, 2.0], requires_grad=True)
        lib.normal(mean, std).sum().backward()
        assert mean.grad.tolist() == std.grad.tolist() == [0.0, 0.0]


def test_normal_and_creation_errors_like_torch(torch):
    cases = [
        (lambda lib: lib.normal(0.0, 1.0), TypeError, "needs a size"),
        (lambda lib: lib.normal(0.0, -1.0, (2,)), RuntimeError, "std must be >= 0, got -1.0"),
        (lambda lib: lib.normal(lib.zeros(2), lib.tensor([1.0, -1.0])), RuntimeError, "std must be >= 0"),
        (lambda lib: lib.zeros(2, size=(2,)), TypeError, "shape was given twice"),
        (lambda lib: lib.arange(step=2), TypeError, "needs at least end"),
    ]
    for make, error, text in cases:
        with pytest.raises(error):
            make(torch)
        with pytest.raises(error, match=text):
            make(mldlab)
    mldlab.set_language("ko")
    with pytest.raises(RuntimeError, match="표준편차"):
        mldlab.normal(0.0, -1.0, (2,))


def _linspace_cases():
    rng = np.random.default_rng(0)
    cases = [(-2, 3, 7), (0, 1, 5), (1, -1, 21), (0.1, 0.7, 13), (-10, 10, 1000), (3, 3, 5), (0, 1, 1), (0, 1, 0),
             (0, 1, 2), (-1e-3, 1e-3, 33), (1e4, 1e4 + 1, 17), (-2.5, 7.25, 64), (0, 2 * np.pi, 100)]
    for _ in range(300):
        start, end = rng.normal(0, 10, 2) * 10.0 ** rng.integers(-3, 4, 2)
        cases.append((float(start), float(end), int(rng.integers(2, 300))))
    for _ in range(100):
        cases.append((int(rng.integers(-50, 50)), int(rng.integers(-50, 50)), int(rng.integers(2, 100))))
    return cases


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_linspace_gives_torchs_values_to_the_last_bit(torch, dtype):
    """PyTorch counts up from start in the first half and down from end in the second, with fused
    multiply-adds: 400 (start, end, steps) must agree exactly, not just to a tolerance."""
    mismatches = []
    for start, end, steps in _linspace_cases():
        ours = mldlab.linspace(start, end, steps, dtype=getattr(mldlab, dtype)).numpy()
        theirs = torch.linspace(start, end, steps, dtype=getattr(torch, dtype)).numpy()
        if not np.array_equal(ours, theirs):
            mismatches.append((start, end, steps))
    assert not mismatches, mismatches[:5]


def test_linspace_frozen_float32_values():
    """The two values that a plain start + i·h gets one ulp off (found against PyTorch 2.13)."""
    values = mldlab.linspace(-2, 3, 7).numpy()
    assert values[2] == np.float32(-0.33333337) and values[3] == np.float32(0.50000006)
    assert values[0] == -2 and values[-1] == 3


def test_legacy_tensor_types_match_torch(torch):
    makes = [
        lambda lib: lib.FloatTensor([1, 2]),
        lambda lib: lib.FloatTensor(2, 3).zero_(),
        lambda lib: lib.FloatTensor(np.array([1, 2])),
        lambda lib: lib.DoubleTensor([[1.5, 2]]),
        lambda lib: lib.LongTensor([1.7, -2.2]),
        lambda lib: lib.IntTensor([1, 2]),
        lambda lib: lib.BoolTensor([1, 0, 2]),
        lambda lib: lib.FloatTensor(),
        lambda lib: lib.LongTensor(lib.tensor([3, 4])),
        lambda lib: lib.tensor([1, 2]).type(lib.FloatTensor),
        lambda lib: lib.tensor([1.7, 2.2]).type(lib.LongTensor),
    ]
    for make in makes:
        _same(make(mldlab), make(torch))
    for lib in (mldlab, torch):
        assert isinstance(lib.tensor([1.0]), lib.FloatTensor) and not isinstance(lib.tensor([1.0]), lib.LongTensor)
        assert isinstance(lib.tensor([1]), lib.LongTensor) and not isinstance([1.0], lib.FloatTensor)
        t = lib.tensor([1.0, 2.0])
        assert lib.FloatTensor(t) is t or lib is torch  # the same tensor (torch returns an alias)
        with pytest.raises(TypeError):
            lib.LongTensor(lib.tensor([1.5]))
    with pytest.raises(TypeError, match="LongTensor.*mldlab.float32"):
        mldlab.LongTensor(mldlab.tensor([1.5]))


def test_accelerator_and_default_device_as_torch_on_a_cpu(torch):
    for lib in (mldlab, torch):
        assert lib.accelerator.is_available() is False
        assert lib.accelerator.current_accelerator() is None
        assert lib.accelerator.device_count() == 0
        try:
            assert lib.set_default_device("cpu") is None
            assert lib.get_default_device() == lib.device("cpu")
            device = lib.accelerator.current_accelerator() if lib.accelerator.is_available() else "cpu"
            assert lib.ones(2).to(device).device == lib.device("cpu")
        finally:  # torch's default device stays a global mode (it changed later tests' l1_loss with weights)
            lib.set_default_device(None)
    with pytest.raises(ValueError, match="runs on the CPU"):
        mldlab.set_default_device("cuda")
    with pytest.raises(ValueError, match="runs on the CPU"):
        mldlab.set_default_device("mps:0")


def test_variable_as_torch(torch):
    for lib in (mldlab, torch):
        t = lib.tensor([1.0, 2.0])
        v = lib.autograd.Variable(t, requires_grad=True)
        assert v is not t and v.requires_grad and v.is_leaf and not t.requires_grad
        (v * v).sum().backward()
        assert v.grad.tolist() == [2.0, 4.0]
        assert not lib.autograd.Variable(t).requires_grad


def test_load_accepts_torchs_keywords(tmp_path):
    path = tmp_path / "weights.mldlab"
    mldlab.save({"w": mldlab.ones(2)}, path)
    loaded = mldlab.load(path, weights_only=True, map_location="cpu")
    assert loaded["w"].tolist() == [1.0, 1.0]
    assert mldlab.load(path, map_location=mldlab.device("cpu"), weights_only=False)["w"].tolist() == [1.0, 1.0]
    assert mldlab.load(path, "cpu")["w"].tolist() == [1.0, 1.0]  # torch.load(f, map_location, ...): the same order
    assert mldlab.load(path, lambda storage, location: storage, mmap=True)["w"].tolist() == [1.0, 1.0]
    with pytest.raises(ValueError, match="runs on the CPU"):
        mldlab.load(path, map_location="cuda:0")


def test_load_takes_torchs_arguments_in_torchs_order(torch):
    import inspect

    ours = list(inspect.signature(mldlab.load).parameters.values())
    theirs = list(inspect.signature(torch.load).parameters.values())
    assert [p.name for p in ours[1:3]] == [p.name for p in theirs[1:3]] == ["map_location", "pickle_module"]
    assert {p.name for p in ours if p.kind is p.KEYWORD_ONLY} >= {"weights_only", "mmap"}
    assert {p.name for p in theirs if p.kind is p.KEYWORD_ONLY} >= {"weights_only", "mmap"}


@pytest.mark.parametrize("make", [
    lambda lib: lib.zeros(2, device="cuda"),
    lambda lib: lib.tensor([1.0], device="cuda"),
    lambda lib: lib.randn(2, device="cuda:0"),
    lambda lib: lib.randint(0, 3, (2,), device="mps"),
    lambda lib: lib.ones_like(lib.ones(2), device="cuda"),
    lambda lib: lib.arange(3, device="cuda"),
])
def test_a_gpu_device_is_refused_clearly(make):
    """PyTorch without a GPU refuses these too (with a different error); mldlab says it runs on the CPU."""
    with pytest.raises(ValueError, match="runs on the CPU"):
        make(mldlab)


def test_randint_like_values():
    x = mldlab.randint_like(mldlab.ones(1000), 3, 6, generator=mldlab.Generator(0))
    assert x.dtype == mldlab.float32 and set(x.tolist()) == {3.0, 4.0, 5.0}
