"""mldlab.data.TensorDataset and DataLoader: PyTorch's batching, one fancy index per tensor per batch."""

import numpy as np
import pytest

import mldlab
from mldlab.data import DataLoader, Dataset, TensorDataset, default_collate


def numbered(n=10):
    """X whose first column is the row number, so every batch shows which rows it holds."""
    X = np.stack([np.arange(n), np.arange(n) * 10], axis=1).astype(np.float32)
    return TensorDataset(X, np.arange(n) % 3)


def rows(batches):
    return [xb._data[:, 0].astype(int).tolist() for xb, _ in batches]


def test_tensor_dataset_items_lengths_and_dtypes():
    dataset = TensorDataset(mldlab.tensor([[1.0, 2.0], [3.0, 4.0]]), np.array([0, 1]), [0.5, 1.5])
    assert len(dataset) == 2
    x, y, w = dataset[1]
    assert isinstance(x, mldlab.Tensor) and x.tolist() == [3.0, 4.0] and y.item() == 1 and w.item() == 1.5
    assert [t.dtype for t in dataset.tensors] == [np.float32, np.int64, np.float32]
    assert [t.dtype for t in dataset[0]] == [np.float32, np.int64, np.float32]
    assert dataset[np.array([1, 0])][0].tolist() == [[3, 4], [1, 2]]


def test_tensor_dataset_errors_in_both_languages():
    cases = [
        (lambda: TensorDataset(np.zeros((3, 2)), np.zeros(4)), r"same size in the first dimension \(one row per "
         r"sample\), got shapes \(3, 2\), \(4,\)", "첫 번째 차원 크기"),
        (lambda: TensorDataset(), "give at least one tensor", "텐서를 하나 이상"),
        (lambda: TensorDataset(mldlab.tensor(1.0)), "needs a first dimension", "첫 번째 차원"),
    ]
    for call, english, korean in cases:
        mldlab.set_language("en")
        with pytest.raises(ValueError, match=english):
            call()
        mldlab.set_language("ko")
        with pytest.raises(ValueError, match=korean):
            call()


@pytest.mark.parametrize("n, batch_size, drop_last, sizes", [
    (10, 3, False, [3, 3, 3, 1]),
    (10, 3, True, [3, 3, 3]),
    (9, 3, True, [3, 3, 3]),
    (10, 20, False, [10]),
    (10, 20, True, []),
    (10, 1, False, [1] * 10),
])
def test_batch_sizes_and_len(n, batch_size, drop_last, sizes):
    loader = DataLoader(numbered(n), batch_size=batch_size, drop_last=drop_last)
    assert len(loader) == len(sizes)
    assert [len(xb) for xb, _ in loader] == sizes


def test_unshuffled_batches_are_in_order_with_the_dataset_dtypes():
    batches = list(DataLoader(numbered(7), batch_size=3))
    assert rows(batches) == [[0, 1, 2], [3, 4, 5], [6]]
    xb, yb = batches[1]
    assert isinstance(batches[1], list) and xb.dtype == np.float32 and yb.dtype == np.int64
    assert xb.tolist() == [[3, 30], [4, 40], [5, 50]] and yb.tolist() == [0, 1, 2]


def test_shuffled_epochs_cover_every_row_once_and_differ():
    loader = DataLoader(numbered(50), batch_size=8, shuffle=True, seed=0)
    epochs = [sum(rows(loader), []) for _ in range(3)]
    for order in epochs:
        assert sorted(order) == list(range(50))
    assert epochs[0] != epochs[1] != epochs[2] and epochs[0] != list(range(50))
    xb, yb = next(iter(loader))
    np.testing.assert_array_equal(xb._data[:, 0].astype(int) % 3, yb._data)  # rows stay paired


def test_shuffled_drop_last_leaves_out_only_the_short_batch():
    loader = DataLoader(numbered(10), batch_size=4, shuffle=True, drop_last=True, seed=1)
    seen = sum(rows(loader), [])
    assert len(seen) == 8 and len(set(seen)) == 8


def test_seed_makes_the_epochs_repeat():
    a = DataLoader(numbered(30), batch_size=7, shuffle=True, seed=5)
    b = DataLoader(numbered(30), batch_size=7, shuffle=True, seed=5)
    c = DataLoader(numbered(30), batch_size=7, shuffle=True, seed=6)
    assert [rows(a) for _ in range(3)] == [rows(b) for _ in range(3)]
    assert rows(a) != rows(c)


def test_global_seed_and_generator():
    loader = DataLoader(numbered(30), batch_size=7, shuffle=True)
    mldlab.manual_seed(3)
    first = [rows(loader), rows(loader)]
    mldlab.manual_seed(3)
    assert [rows(loader), rows(loader)] == first and first[0] != first[1]
    g1, g2 = mldlab.Generator(9), mldlab.Generator(9)
    a = DataLoader(numbered(30), batch_size=7, shuffle=True, generator=g1)
    b = DataLoader(numbered(30), batch_size=7, shuffle=True, generator=g2)
    assert rows(a) == rows(b)
    mldlab.manual_seed(3)
    rows(a)  # draws from its own generator, not from the global one
    assert rows(loader) == first[0]


def test_batches_do_not_require_grad_and_are_copies():
    X = mldlab.randn(6, 2, requires_grad=True)
    dataset = TensorDataset(X, mldlab.zeros(6))
    for xb, _ in DataLoader(dataset, batch_size=4):
        assert not xb.requires_grad and xb._op is None
        xb._data[:] = 99.0
    assert (X._data != 99.0).all()  # changing a batch leaves the data set alone, as in PyTorch


def test_a_tensor_dataset_is_batched_without_reading_samples(monkeypatch):
    def one_by_one(self, index):
        raise AssertionError("DataLoader read a TensorDataset sample by sample")

    monkeypatch.setattr(TensorDataset, "__getitem__", one_by_one)
    assert rows(DataLoader(numbered(6), batch_size=4, shuffle=True, seed=0)) != []


class Squares(Dataset):
    """A map-style data set that is not a TensorDataset: sample i is (array [i, i²], label i mod 2)."""

    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        return np.array([i, i * i], dtype=np.float32), i % 2


def test_map_style_dataset_goes_through_collate():
    batches = list(DataLoader(Squares(5), batch_size=2))
    assert len(batches) == 3
    xb, yb = batches[1]
    assert xb.tolist() == [[2, 4], [3, 9]] and xb.dtype == np.float32
    assert yb.tolist() == [0, 1] and yb.dtype == np.int64
    loader = DataLoader(Squares(9), batch_size=4, shuffle=True, seed=2)
    assert sorted(sum((xb._data[:, 0].astype(int).tolist() for xb, _ in loader), [])) == list(range(9))


def test_collate_fn_is_used():
    loader = DataLoader(numbered(4), batch_size=2, collate_fn=lambda samples: len(samples))
    assert list(loader) == [2, 2]


def test_same_batches_as_pytorch_without_shuffle(torch):
    X = np.random.default_rng(0).normal(size=(23, 3)).astype(np.float32)
    y = np.arange(23) % 4
    for batch_size, drop_last in [(5, False), (5, True), (23, False), (1, False)]:
        ours = DataLoader(TensorDataset(X, y), batch_size=batch_size, drop_last=drop_last)
        theirs = torch.utils.data.DataLoader(
            torch.utils.data.TensorDataset(torch.from_numpy(X), torch.from_numpy(y)),
            batch_size=batch_size,
            drop_last=drop_last,
        )
        assert len(ours) == len(theirs)
        pairs = list(zip(ours, theirs, strict=True))
        assert len(pairs) == len(theirs)
        for batch, reference in pairs:
            assert type(batch) is type(reference) is list
            for a, b in zip(batch, reference, strict=True):
                assert str(a.dtype) == str(b.dtype).replace("torch.", "")
                np.testing.assert_array_equal(a._data, b.numpy())


def test_same_collate_as_pytorch_for_a_map_style_dataset(torch):
    ours = list(DataLoader(Squares(7), batch_size=3))
    theirs = list(torch.utils.data.DataLoader(Squares(7), batch_size=3))
    for (xb, yb), (xt, yt) in zip(ours, theirs, strict=True):
        np.testing.assert_array_equal(xb._data, xt.numpy())
        np.testing.assert_array_equal(yb._data, yt.numpy())
        assert str(yb.dtype) == str(yt.dtype).replace("torch.", "")
    samples = [{"x": 1.5, "label": "cat", "pair": (1, 2.0)}, {"x": 2.5, "label": "dog", "pair": (3, 4.0)}]
    batch, reference = default_collate(samples), torch.utils.data.default_collate(samples)
    assert batch["label"] == reference["label"] == ["cat", "dog"]
    assert str(batch["x"].dtype) == str(reference["x"].dtype).replace("torch.", "") == "float64"
    for a, b in zip(batch["pair"], reference["pair"], strict=True):
        assert a.tolist() == b.tolist() and str(a.dtype) == str(b.dtype).replace("torch.", "")


@pytest.mark.parametrize("call, error, english, korean", [
    (lambda: DataLoader(numbered(), batch_size=0), ValueError, "batch_size must be a whole number >= 1, got 0",
     "batch_size는 1 이상의 정수"),
    (lambda: DataLoader(numbered(), batch_size=2.0), ValueError, "batch_size must be", "batch_size는"),
    (lambda: DataLoader(np.float32(3.0)), TypeError, "needs __len__ and __getitem__, got float32.*TensorDataset",
     "__len__과 __getitem__이 필요한데"),
    (lambda: DataLoader(numbered(), seed=1, generator=mldlab.Generator(1)), ValueError, "seed or generator, not both",
     "하나만"),
    (lambda: DataLoader(numbered(), generator=np.random.default_rng(0)), TypeError, "must be an mldlab.Generator",
     "mldlab.Generator여야"),
    (lambda: DataLoader(numbered(), seed="a"), TypeError, "seed must be a whole number", "seed는"),
    (lambda: list(DataLoader([object(), object()], batch_size=2)), TypeError, "cannot stack samples of type object",
     "쌓을 수 없습니다"),
    (lambda: default_collate([(1, 2), (1,)]), RuntimeError, "different numbers of elements", "원소 개수"),
    (lambda: Dataset()[0], NotImplementedError, "needs a __getitem__", "__getitem__ 메서드"),
    (lambda: len(Dataset()), NotImplementedError, "needs a __len__", "__len__ 메서드"),
])
def test_loader_errors_in_both_languages(call, error, english, korean):
    with pytest.raises(error, match=english):
        call()
    mldlab.set_language("ko")
    with pytest.raises(error, match=korean):
        call()


def test_reprs():
    assert repr(numbered(4)) == "TensorDataset(4 samples: (4, 2) float32, (4,) int64)"
    assert repr(DataLoader(numbered(10), batch_size=4)) == (
        "DataLoader(10 samples, batch_size=4, shuffle=False, drop_last=False: 3 batches)")


def _lengths(parts):
    return [len(part) for part in parts]


@pytest.mark.parametrize("n, lengths", [
    (10, [0.8, 0.2]),
    (10, [0.3, 0.3, 0.4]),
    (11, [0.5, 0.5]),
    (7, [0.1, 0.1, 0.8]),
    (100, [0.7, 0.15, 0.15]),
    (23, [1 / 3, 1 / 3, 1 / 3]),
    (10, [3, 7]),
    (5, [5, 0]),
    (3, [0.1, 0.9]),
])
def test_random_split_lengths_match_torch(torch, n, lengths):
    """Counts, or fractions turned into counts with PyTorch's round robin for the remainder."""
    ours = mldlab.utils.data.random_split(numbered(n), lengths, generator=mldlab.Generator(0))
    theirs = torch.utils.data.random_split(range(n), lengths, generator=torch.Generator().manual_seed(0))
    assert _lengths(ours) == _lengths(theirs)
    rows_seen = sorted(int(x[0].item()) for part in ours for x, _ in (part[i] for i in range(len(part))))
    assert rows_seen == list(range(n))  # every sample in exactly one part


def test_random_split_generator_repeats_and_global_seed():
    a = mldlab.utils.data.random_split(numbered(20), [0.5, 0.5], generator=mldlab.Generator(3))
    b = mldlab.utils.data.random_split(numbered(20), [0.5, 0.5], generator=mldlab.Generator(3))
    assert a[0].indices == b[0].indices and a[1].indices == b[1].indices
    mldlab.manual_seed(5)
    c = mldlab.utils.data.random_split(numbered(20), [10, 10])
    mldlab.manual_seed(5)
    assert mldlab.utils.data.random_split(numbered(20), [10, 10])[0].indices == c[0].indices


def test_random_split_errors_like_torch(torch):
    for lengths, text in (([3, 3], "add up to 6, but the data set has 10 samples"), ([1.2, -0.2], "index 0 is 1.2")):
        with pytest.raises(ValueError):
            torch.utils.data.random_split(range(10), lengths)
        with pytest.raises(ValueError, match=text):
            mldlab.utils.data.random_split(numbered(10), lengths)
    with pytest.warns(UserWarning) as record:
        parts = mldlab.utils.data.random_split(numbered(3), [0.9, 0.1, 0.0])
    assert _lengths(parts) == [3, 0, 0]
    assert [str(w.message) for w in record] == [f"random_split: the part at index {i} gets 0 samples (an empty data "
                                                "set)." for i in (1, 2)]


def test_subset_and_loader_over_it(torch):
    """A Subset reads through to its data set; a DataLoader batches it like any other data set."""
    X = np.arange(20, dtype=np.float32).reshape(10, 2)
    y = np.arange(10) % 3
    indices = [7, 2, 9, 0, 4]
    batches = {}
    for lib in (mldlab, torch):
        subset = lib.utils.data.Subset(lib.utils.data.TensorDataset(lib.tensor(X), lib.tensor(y)), indices)
        assert len(subset) == 5 and subset[1][0].tolist() == [4.0, 5.0]
        batches[lib] = [(xb.numpy().copy(), yb.numpy().copy()) for xb, yb in
                        lib.utils.data.DataLoader(subset, batch_size=2)]
    for (ours_x, ours_y), (theirs_x, theirs_y) in zip(batches[mldlab], batches[torch], strict=True):
        np.testing.assert_array_equal(ours_x, theirs_x)
        np.testing.assert_array_equal(ours_y, theirs_y)
    assert repr(mldlab.utils.data.Subset(numbered(10), [1, 2])) == "Subset(2 of 10 samples)"


def test_samplers_as_torch(torch):
    data = list(range(10))
    for lib in (mldlab, torch):
        u = lib.utils.data
        assert list(u.SequentialSampler(data)) == data and len(u.SequentialSampler(data)) == 10
        assert list(u.BatchSampler(u.SequentialSampler(data), 4, drop_last=False)) == [[0, 1, 2, 3], [4, 5, 6, 7],
                                                                                        [8, 9]]
        assert list(u.BatchSampler(range(10), 4, drop_last=True)) == [[0, 1, 2, 3], [4, 5, 6, 7]]
        assert len(u.BatchSampler(range(10), 4, drop_last=False)) == 3
        assert sorted(u.RandomSampler(data)) == data and len(u.RandomSampler(data)) == 10
        drawn = list(u.RandomSampler(data, replacement=True, num_samples=25))
        assert len(drawn) == 25 and set(drawn) <= set(data)
        longer = list(u.RandomSampler(data, num_samples=25))
        assert sorted(longer[:10]) == data and sorted(longer[10:20]) == data
        assert sorted(u.SubsetRandomSampler([3, 5, 7])) == [3, 5, 7]
        with pytest.raises(ValueError):
            u.RandomSampler([])
        with pytest.raises(TypeError):
            u.RandomSampler(data, replacement=1)
        with pytest.raises(ValueError):
            u.BatchSampler(data, 0, False)


def test_loader_honours_sampler_batch_sampler_drop_last_and_generator():
    u = mldlab.utils.data
    dataset = numbered(10)
    loader = u.DataLoader(dataset, batch_size=3, sampler=u.SubsetRandomSampler([1, 3, 5, 7, 9]), drop_last=True)
    seen = rows(loader)
    assert len(loader) == 1 and len(seen) == 1 and len(seen[0]) == 3 and set(seen[0]) <= {1, 3, 5, 7, 9}
    loader = u.DataLoader(dataset, batch_sampler=[[9, 0], [5]])
    assert rows(loader) == [[9, 0], [5]] and loader.batch_size is None
    a = u.DataLoader(dataset, batch_size=4, shuffle=True, generator=mldlab.Generator(7))
    b = u.DataLoader(dataset, batch_size=4, shuffle=True, generator=mldlab.Generator(7))
    assert rows(a) == rows(b) and rows(a) != rows(b)[::-1]
    assert sorted(sum(rows(a), [])) == list(range(10))
    tolerated = u.DataLoader(dataset, batch_size=4, num_workers=2, pin_memory=True, persistent_workers=True,
                             worker_init_fn=print, prefetch_factor=4, timeout=5, drop_last=True)
    assert rows(tolerated) == [[0, 1, 2, 3], [4, 5, 6, 7]]


@pytest.mark.parametrize("options, text", [
    ({"sampler": [0, 1], "shuffle": True}, "sampler and shuffle=True cannot be used together"),
    ({"batch_sampler": [[0]], "batch_size": 2}, "batch_sampler already makes the batches"),
    ({"batch_sampler": [[0]], "drop_last": True}, "batch_sampler already makes the batches"),
    ({"num_workers": -1}, "num_workers must be >= 0"),
    ({"timeout": -1}, "timeout must be >= 0"),
    ({"prefetch_factor": 2}, "only applies with num_workers > 0"),
    ({"num_workers": 1, "prefetch_factor": -1}, "prefetch_factor must be >= 0"),
    ({"persistent_workers": True}, "needs num_workers > 0"),
])
def test_loader_option_errors_as_torch(torch, options, text):
    with pytest.raises(ValueError):
        torch.utils.data.DataLoader(torch.utils.data.TensorDataset(torch.zeros(4)), **options)
    with pytest.raises(ValueError, match=text):
        DataLoader(numbered(4), **options)
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="[가-힣]"):
        DataLoader(numbered(4), **options)


def test_torch_utils_data_paths_exist():
    import mldlab as torch_like
    from mldlab.utils.data import DataLoader as FromUtils

    assert torch_like.utils.data.DataLoader is FromUtils is DataLoader
    assert torch_like.utils.data.TensorDataset is TensorDataset and torch_like.utils.data.Dataset is Dataset
    assert torch_like.utils.data.default_collate is default_collate
