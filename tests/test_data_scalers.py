"""mldlab.data.StandardScaler and MinMaxScaler: scikit-learn's numbers, statistics from training data only."""

import importlib
import os

import numpy as np
import pytest

import mldlab
from mldlab.data import MinMaxScaler, NotFittedError, StandardScaler, load_wine, train_test_split


@pytest.fixture(scope="module")
def preprocessing():
    """scikit-learn's scalers: skipped on a machine without it, but required in CI (as conftest's ``torch``)."""
    try:
        return importlib.import_module("sklearn.preprocessing")
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("scikit-learn is not installed, but CI is set: the comparisons must run in CI")
        pytest.skip("scikit-learn is not installed (pip install 'mldlab[sklearn]')")


def wine_split(dtype=np.float32):
    X, y = load_wine()
    X_train, X_test, _, _ = train_test_split(X.astype(dtype), y, test_size=0.3, seed=0)
    return X_train, X_test


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("options", [{}, {"with_mean": False}, {"with_std": False}])
def test_standard_scaler_equals_scikit_learn(preprocessing, dtype, options):
    X_train, X_test = wine_split(dtype)
    ours = StandardScaler(**options).fit(X_train)
    reference = preprocessing.StandardScaler(**options).fit(X_train)
    for name in ("mean_", "var_", "scale_"):
        if getattr(reference, name) is None:
            assert getattr(ours, name) is None
        else:
            np.testing.assert_allclose(getattr(ours, name), getattr(reference, name), rtol=1e-12)
            assert getattr(ours, name).dtype == getattr(reference, name).dtype
    assert ours.n_features_in_ == reference.n_features_in_ == 13
    assert ours.n_samples_seen_ == reference.n_samples_seen_ == len(X_train)
    for X in (X_train, X_test):  # the test data with the training statistics
        z, expected = ours.transform(X), reference.transform(X)
        assert z.dtype == expected.dtype == dtype
        np.testing.assert_allclose(z, expected, rtol=1e-6, atol=1e-6)
        np.testing.assert_allclose(ours.inverse_transform(z), reference.inverse_transform(expected), rtol=1e-6)
    np.testing.assert_array_equal(ours.fit_transform(X_train), ours.transform(X_train))


def test_standard_scaler_uses_only_the_training_statistics():
    X_train, X_test = wine_split()
    z_train = StandardScaler().fit_transform(X_train)
    np.testing.assert_allclose(z_train.mean(axis=0), 0, atol=1e-5)
    np.testing.assert_allclose(z_train.std(axis=0), 1, atol=1e-4)
    z_test = StandardScaler().fit(X_train).transform(X_test)
    assert np.abs(z_test.mean(axis=0)).max() > 1e-3  # not refitted on the test data
    np.testing.assert_allclose(z_test, (X_test - X_train.mean(0)) / X_train.std(0), rtol=1e-4, atol=1e-4)


def test_constant_feature_gets_scale_one(preprocessing):
    X = np.array([[1.0, 7.0], [3.0, 7.0], [5.0, 7.0]], dtype=np.float32)
    ours = StandardScaler().fit(X)
    assert ours.scale_[1] == 1.0 and ours.var_[1] == 0.0
    np.testing.assert_array_equal(ours.scale_, preprocessing.StandardScaler().fit(X).scale_)
    assert ours.transform(X)[:, 1].tolist() == [0, 0, 0]
    minmax = MinMaxScaler().fit(X)
    np.testing.assert_array_equal(minmax.transform(X), preprocessing.MinMaxScaler().fit_transform(X))


def test_tensors_in_tensors_out():
    X = mldlab.tensor([[1.0, 10.0], [3.0, 30.0], [5.0, 20.0]])
    scaler = StandardScaler().fit(X)
    z = scaler.transform(X)
    assert isinstance(z, mldlab.Tensor) and z.dtype == np.float32 and not z.requires_grad
    np.testing.assert_allclose(z._data, StandardScaler().fit_transform(X._data.copy()), rtol=1e-6)
    back = scaler.inverse_transform(z)
    assert isinstance(back, mldlab.Tensor)
    np.testing.assert_allclose(back._data, X._data, rtol=1e-6)
    m = MinMaxScaler().fit_transform(X)
    assert isinstance(m, mldlab.Tensor) and m.tolist() == [[0, 0], [0.5, 1], [1, 0.5]]


def test_input_is_not_changed_and_integers_become_float32():
    X = np.array([[1, 2], [3, 6]])
    z = StandardScaler().fit_transform(X)
    assert z.dtype == np.float32 and X.tolist() == [[1, 2], [3, 6]]
    X32 = np.array([[1, 2], [3, 6]], dtype=np.float32)
    StandardScaler().fit(X32).transform(X32)
    assert X32.tolist() == [[1, 2], [3, 6]]


@pytest.mark.parametrize("options", [{}, {"feature_range": (-1, 1)}, {"clip": True}])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_min_max_scaler_equals_scikit_learn(preprocessing, options, dtype):
    X_train, X_test = wine_split(dtype)
    ours = MinMaxScaler(**options).fit(X_train)
    reference = preprocessing.MinMaxScaler(**options).fit(X_train)
    for name in ("data_min_", "data_max_", "data_range_", "scale_", "min_"):
        np.testing.assert_allclose(getattr(ours, name), getattr(reference, name), rtol=1e-6)
        assert getattr(ours, name).dtype == getattr(reference, name).dtype
    for X in (X_train, X_test):
        z, expected = ours.transform(X), reference.transform(X)
        assert z.dtype == expected.dtype == dtype
        np.testing.assert_allclose(z, expected, rtol=1e-6, atol=1e-6)
        np.testing.assert_allclose(ours.inverse_transform(z), reference.inverse_transform(expected), rtol=1e-5)
    low, high = options.get("feature_range", (0, 1))
    z_test = ours.transform(X_test)
    inside = low <= z_test.min() and z_test.max() <= high  # some test wines lie beyond the training range
    assert inside == bool(options.get("clip"))


@pytest.mark.parametrize("call, error, english, korean", [
    (lambda: StandardScaler().transform(np.zeros((2, 2))), NotFittedError,
     r"StandardScaler is not fitted yet: call fit\(X_train\) first", "StandardScaler가 아직 학습"),
    (lambda: MinMaxScaler().inverse_transform(np.zeros((2, 2))), NotFittedError, "MinMaxScaler is not fitted yet",
     "MinMaxScaler가 아직"),
    (lambda: StandardScaler().fit(np.zeros((3, 2))).transform(np.zeros((3, 3))), ValueError,
     "StandardScaler was fitted on 2 features, got X with 3", "특성 2개로 학습"),
    (lambda: StandardScaler().fit(np.zeros(5)), ValueError, r"X must be 2-D \(samples × features\), got shape "
     r"\(5,\). Hint: X.reshape\(-1, 1\)", "X는 2차원"),
    (lambda: StandardScaler().fit(np.array([["a"]])), ValueError, r"X must hold numbers, .*X\[0, 0\] = 'a'",
     "숫자가 있어야"),
    (lambda: StandardScaler().fit(np.array([[1.0], [np.nan]])), ValueError,
     r"StandardScaler.fit: X contains a value that is not a finite number: X\[1, 0\] = nan", "NaN 또는 무한대"),
    (lambda: StandardScaler().fit([[1.0, 2.0], [3.0]]), ValueError, r"ragged list: .* \(2, 1\)", "길이가 다릅니다"),
    (lambda: StandardScaler().fit(None), TypeError, "X is None", "None입니다"),
    (lambda: StandardScaler().fit("data.csv"), TypeError, "X is the text 'data.csv'", "문자열"),
    (lambda: StandardScaler().fit([[1.0], [None]]), ValueError, r"X\[1, 0\] is None", "X\\[1, 0\\]"),
    (lambda: MinMaxScaler(feature_range=(0, "1")).fit(np.zeros((2, 2))), ValueError, "feature_range must be", "a < b"),
    (lambda: MinMaxScaler(feature_range=3).fit(np.zeros((2, 2))), ValueError, "feature_range must be", "a < b"),
    (lambda: MinMaxScaler().fit(np.array([[-3e38], [3e38]], np.float32)), ValueError,
     r"range max − min of feature 0 is too large for float32", "너무 큽니다"),
    (lambda: StandardScaler().fit(np.array([[0.0], [1e-30]], np.float32)).transform(np.array([[1e10]], np.float32)),
     ValueError, r"StandardScaler.transform: the result has values too large for float32: \[0, 0\] = inf",
     "나타낼 수 없을 만큼"),
    (lambda: StandardScaler().fit(np.zeros((0, 2))), ValueError, "no rows to learn from", "학습할 행이 없습니다"),
    (lambda: MinMaxScaler(feature_range=(1, 0)).fit(np.zeros((2, 2))), ValueError,
     r"feature_range must be \(a, b\) with a < b", "a < b인"),
])
def test_scaler_errors_in_both_languages(call, error, english, korean):
    with pytest.raises(error, match=english):
        call()
    mldlab.set_language("ko")
    with pytest.raises(error, match=korean):
        call()


def test_not_fitted_error_is_caught_like_scikit_learns():
    with pytest.raises(ValueError):
        StandardScaler().transform(np.zeros((1, 1)))
    with pytest.raises(AttributeError):
        StandardScaler().transform(np.zeros((1, 1)))


def test_reprs():
    assert repr(StandardScaler()) == "StandardScaler()"
    assert repr(StandardScaler(with_mean=False)) == "StandardScaler(with_mean=False)"
    assert repr(MinMaxScaler(feature_range=(-1, 1), clip=True)) == "MinMaxScaler(clip=True, feature_range=(-1, 1))"

