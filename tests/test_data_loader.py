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
