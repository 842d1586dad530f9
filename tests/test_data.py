"""mldlab.data: the moons generator and train_test_split."""

import numpy as np
import pytest

import mldlab
from mldlab.data import moons, train_test_split


def test_moons_shape_classes_and_seed():
    X, y = moons(n_samples=101, noise=0.1, seed=5)
    assert X.shape == (101, 2) and X.dtype == np.float32 and y.dtype == np.int64
    assert (y == 0).sum() == 50 and (y == 1).sum() == 51
    X2, _ = moons(n_samples=101, noise=0.1, seed=5)
    np.testing.assert_array_equal(X, X2)
    clean, labels = moons(n_samples=200, noise=0.0)
    upper = clean[labels == 0]
    np.testing.assert_allclose(np.hypot(upper[:, 0], upper[:, 1]), 1.0, rtol=1e-6)  # on the unit circle


def test_moons_uses_the_global_seed_without_a_seed():
    mldlab.manual_seed(3)
    a, _ = moons(20)
    mldlab.manual_seed(3)
    b, _ = moons(20)
    np.testing.assert_array_equal(a, b)


def test_train_test_split_sizes_and_no_overlap():
    X, y = np.arange(200).reshape(100, 2), np.arange(100) % 4
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, seed=1)
    assert len(X_test) == 25 and len(X_train) == 75
    assert set(X_train[:, 0]).isdisjoint(X_test[:, 0])
    np.testing.assert_array_equal(X_train[:, 0] // 2 % 4, y_train)  # rows stay paired
    assert len(train_test_split(X, test_size=10, seed=0)[1]) == 10


def test_stratified_split_keeps_class_shares():
    y = np.array([0] * 80 + [1] * 20)
    _, _, y_train, y_test = train_test_split(np.zeros((100, 1)), y, test_size=0.2, stratify=y, seed=0)
    assert (y_test == 1).sum() == 4 and (y_train == 1).sum() == 16


def test_unshuffled_split_takes_the_last_rows():
    _, test = train_test_split(np.arange(10), test_size=0.3, shuffle=False)
    assert test.tolist() == [7, 8, 9]


@pytest.mark.parametrize("call, english, korean", [
    (lambda: moons(1), "n_samples must be a whole number >= 2", "n_samples는 2 이상의 정수"),
    (lambda: moons(10, noise=-1), "noise must be a number >= 0", "noise는 0 이상의 숫자"),
    (lambda: train_test_split(np.zeros(3), np.zeros(4)), "same number of rows", "행 수가 같아야"),
    (lambda: train_test_split(np.zeros(10), test_size=1.5), "test_size must be a fraction", "test_size는"),
    (lambda: train_test_split(), "give at least one array", "배열을 하나 이상"),
    (lambda: mldlab.manual_seed(1.5), "seed must be a whole number", "seed는 정수"),
])
def test_errors_in_both_languages(call, english, korean):
    with pytest.raises((ValueError, TypeError), match=english):
        call()
    mldlab.set_language("ko")
    with pytest.raises((ValueError, TypeError), match=korean):
        call()
