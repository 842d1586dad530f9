"""mldlab.data: the generators (their shared contract, then each generating rule) and train_test_split."""

import importlib
import os

import numpy as np
import pytest

import mldlab
from mldlab.data import (
    PASS_EXAM_CLASS_NAMES,
    PASS_EXAM_FEATURE_NAMES,
    circles,
    gaussians,
    linear,
    moons,
    pass_exam,
    polynomial,
    sine,
    spirals,
    train_test_split,
    xor,
)


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


CLASSIFIERS = {
    "pass_exam": lambda **kw: pass_exam(**kw),
    "xor": lambda **kw: xor(**kw),
    "moons": lambda **kw: moons(**kw),
    "circles": lambda **kw: circles(**kw),
    "spirals": lambda **kw: spirals(n_classes=3, **kw),
    "gaussians": lambda **kw: gaussians(**kw),
}
REGRESSIONS = {
    "linear": lambda **kw: linear(n_features=3, **kw),
    "polynomial": lambda **kw: polynomial(**kw),
    "sine": lambda **kw: sine(**kw),
}
GENERATORS = {**CLASSIFIERS, **REGRESSIONS}


@pytest.mark.parametrize("name", GENERATORS)
def test_generator_shapes_dtypes_and_seed(name):
    make = GENERATORS[name]
    X, y = make(n_samples=60, seed=7)
    assert X.ndim == 2 and len(X) == 60 and y.shape == (60,)
    assert X.dtype == np.float32
    assert y.dtype == (np.int64 if name in CLASSIFIERS else np.float32)
    X2, y2 = make(n_samples=60, seed=7)
    np.testing.assert_array_equal(X, X2)
    np.testing.assert_array_equal(y, y2)
    X3, _ = make(n_samples=60, seed=8)
    assert not np.array_equal(X, X3)


@pytest.mark.parametrize("name", GENERATORS)
def test_generator_uses_the_global_seed(name):
    make = GENERATORS[name]
    mldlab.manual_seed(11)
    a, ya = make(n_samples=40)
    b, _ = make(n_samples=40)  # the global generator moved on
    mldlab.manual_seed(11)
    c, yc = make(n_samples=40)
    np.testing.assert_array_equal(a, c)
    np.testing.assert_array_equal(ya, yc)
    assert not np.array_equal(a, b)


@pytest.mark.parametrize("make, k", [
    (lambda: xor(n_samples=200, seed=0), 2),
    (lambda: moons(n_samples=200, seed=0), 2),
    (lambda: circles(n_samples=200, seed=0), 2),
    (lambda: spirals(n_samples=200, n_classes=4, seed=0), 4),
    (lambda: gaussians(n_samples=200, n_classes=5, seed=0), 5),
    (lambda: gaussians(n_samples=203, n_classes=3, seed=0), 3),
])
def test_classes_are_balanced(make, k):
    _, y = make()
    counts = np.bincount(y, minlength=k)
    assert len(counts) == k and counts.max() - counts.min() <= 1


def test_xor_is_the_truth_table_plus_noise():
    X, y = xor(n_samples=400, noise=0.0, shuffle=False)
    assert set(map(tuple, X.tolist())) == {(0, 0), (0, 1), (1, 0), (1, 1)}
    np.testing.assert_array_equal(y, X[:, 0].astype(int) ^ X[:, 1].astype(int))
    noisy, y2 = xor(n_samples=4000, noise=0.15, seed=0, shuffle=False)
    np.testing.assert_array_equal(y, y2[:400])
    np.testing.assert_allclose((noisy - np.tile(X[:4], (1000, 1))).std(), 0.15, rtol=0.05)


@pytest.mark.parametrize("factor", [0.0, 0.3, 0.8])
def test_circles_radii(factor):
    X, y = circles(n_samples=101, noise=0.0, factor=factor)
    r = np.hypot(X[:, 0], X[:, 1])
    np.testing.assert_allclose(r[y == 0], 1.0, atol=1e-6)
    np.testing.assert_allclose(r[y == 1], factor, atol=1e-6)
    assert (y == 0).sum() == 50 and (y == 1).sum() == 51
    noisy, _ = circles(n_samples=2000, noise=0.05, seed=0, shuffle=False)
    assert abs(np.hypot(noisy[:1000, 0], noisy[:1000, 1]).mean() - 1) < 0.01


def test_moons_noise_zero_lower_arc():
    X, y = moons(n_samples=50, noise=0.0)
    lower = X[y == 1]
    np.testing.assert_allclose(np.hypot(lower[:, 0] - 1, lower[:, 1] - 0.5), 1.0, rtol=1e-6)


@pytest.mark.parametrize("k", [2, 3, 5])
def test_spirals_arms(k):
    X, y = spirals(n_samples=100 * k, n_classes=k, noise=0.0)
    r = np.hypot(X[:, 0], X[:, 1]).astype(np.float64)
    theta = np.arctan2(X[:, 1], X[:, 0]).astype(np.float64)
    offset = np.angle(np.exp(1j * (theta - 4 * r - 2 * np.pi * y / k)))  # (θ − 4r − 2πk/K) wrapped to (−π, π]
    np.testing.assert_allclose(offset, 0.0, atol=1e-5)
    for arm in range(k):
        np.testing.assert_allclose(np.sort(r[y == arm]), np.arange(1, 101) / 100, atol=1e-6)
    assert r.max() <= 1 + 1e-6


def test_gaussians_centres_spread_and_label_noise():
    X, y = gaussians(n_samples=6000, n_classes=3, cluster_std=0.5, seed=0)
    angles = 2 * np.pi * np.arange(3) / 3
    centres = 4 * np.stack([np.cos(angles), np.sin(angles)], axis=1)
    for k in range(3):
        np.testing.assert_allclose(X[y == k].mean(axis=0), centres[k], atol=0.05)
        np.testing.assert_allclose(X[y == k].std(axis=0), 0.5, rtol=0.05)
    _, noisy = gaussians(n_samples=6000, n_classes=3, cluster_std=0.5, noise=0.3, seed=0, shuffle=False)
    clean = np.repeat(np.arange(3), 2000)
    assert abs((noisy != clean).mean() - 0.3 * 2 / 3) < 0.02


def test_gaussians_with_given_centres_and_stds():
    centres = [[0, 0, 0], [10, 10, 10]]
    X, y = gaussians(n_samples=4000, centers=centres, cluster_std=[0.1, 2.0], seed=1)
    assert X.shape == (4000, 3) and set(y.tolist()) == {0, 1}
    np.testing.assert_allclose(X[y == 1].mean(axis=0), 10, atol=0.15)
    np.testing.assert_allclose([X[y == 0].std(), X[y == 1].std()], [0.1, 2.0], rtol=0.05)


@pytest.mark.parametrize("n_features", [1, 3])
def test_linear_coefficients_recovered_by_least_squares(n_features):
    X, y = linear(n_samples=200, n_features=n_features, noise=0.0, seed=0)
    design = np.column_stack([X, np.ones(len(X))]).astype(np.float64)
    solution = np.linalg.lstsq(design, y.astype(np.float64), rcond=None)[0]
    np.testing.assert_allclose(solution, [2, -3, 4][:n_features] + [1], atol=1e-5)
    assert X.min() >= -3 and X.max() <= 3


def test_linear_noise_and_own_coefficients():
    X, y = linear(n_samples=5000, coef=[0.5, -1.0], bias=-2.0, noise=0.7, seed=0)
    residual = y - (0.5 * X[:, 0] - X[:, 1] - 2.0)
    assert abs(residual.mean()) < 0.05 and abs(residual.std() - 0.7) < 0.03


@pytest.mark.parametrize("degree, coefficients", [
    (1, [1, 0]),
    (2, [1, 0, -2.25]),
    (3, [1, 0, -2.25, 0]),
])
def test_polynomial_documented_coefficients(degree, coefficients):
    X, y = polynomial(n_samples=100, degree=degree, noise=0.0, seed=0)
    assert X.shape == (100, 1) and X.min() >= -2 and X.max() <= 2
    fitted = np.polyfit(X[:, 0].astype(np.float64), y.astype(np.float64), degree)
    np.testing.assert_allclose(fitted, coefficients, atol=1e-4)


def test_polynomial_has_its_roots_inside_the_data():
    X, y = polynomial(n_samples=200, degree=5, noise=0.0, seed=0)
    fitted = np.polyfit(X[:, 0].astype(np.float64), y.astype(np.float64), 5)
    np.testing.assert_allclose(np.sort(np.roots(fitted).real), np.linspace(-1.5, 1.5, 5), atol=1e-3)


def test_sine_rule_and_noise():
    X, y = sine(n_samples=100, noise=0.0, seed=0)
    np.testing.assert_allclose(y, np.sin(X[:, 0]), atol=1e-6)
    assert X.min() >= 0 and X.max() < 2 * np.pi
    X, y = sine(n_samples=5000, noise=0.2, seed=0)
    assert abs((y - np.sin(X[:, 0])).std() - 0.2) < 0.01


def test_pass_exam_features_are_realistic():
    X, y = pass_exam(n_samples=2000, seed=0)
    lectures, hours = X[:, 0], X[:, 1]
    assert set(lectures.tolist()) == set(range(16))  # whole numbers 0–15, each one occurring
    assert hours.min() >= 0 and hours.max() <= 10 and len(np.unique(hours)) > 1900
    assert set(y.tolist()) == {0, 1} and 0.45 < y.mean() < 0.6


def test_pass_exam_rule_without_noise():
    X, y = pass_exam(n_samples=1000, noise=0.0, seed=3)
    z = X[:, 0].astype(np.float64) + 1.2 * X[:, 1] - 13
    np.testing.assert_array_equal(y, (z > 0).astype(np.int64))


def test_pass_exam_probabilities_follow_the_logistic_rule():
    X, y = pass_exam(n_samples=40000, noise=2.0, seed=1)
    z = X[:, 0].astype(np.float64) + 1.2 * X[:, 1] - 13
    for low in (-6, -2, 0, 2, 6):
        rows = (z >= low) & (z < low + 1)
        expected = (1 / (1 + np.exp(-z[rows] / 2.0))).mean()
        assert abs(y[rows].mean() - expected) < 0.03


@pytest.fixture
def logistic_regression():
    """scikit-learn's model: skipped on a machine without it, but required in CI (as conftest's ``torch``)."""
    try:
        return importlib.import_module("sklearn.linear_model").LogisticRegression
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("scikit-learn is not installed, but CI is set: this check must run in CI")
        pytest.skip("scikit-learn is not installed (pip install 'mldlab[sklearn]')")


def test_pass_exam_is_learnable_by_a_straight_line(logistic_regression):
    X, y = pass_exam(n_samples=1000, seed=0)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, seed=0)
    accuracy = logistic_regression().fit(X_train, y_train).score(X_test, y_test)
    assert 0.85 <= accuracy <= 0.97
    noisier = pass_exam(n_samples=1000, noise=3.0, seed=0)
    X_train, X_test, y_train, y_test = train_test_split(*noisier, test_size=0.3, seed=0)
    assert logistic_regression().fit(X_train, y_train).score(X_test, y_test) < accuracy


def test_pass_exam_names_in_both_languages():
    _, _, features, classes = pass_exam(n_samples=5, seed=0, return_names=True)
    assert features == ["lectures attended", "hours on final project"] and classes == ["fail", "pass"]
    mldlab.set_language("ko")
    _, _, features, classes = pass_exam(n_samples=5, seed=0, return_names=True)
    assert features == ["참석한 수업의 수", "과제를 위해 투자한 시간"] and classes == ["불합격", "합격"]
    assert PASS_EXAM_FEATURE_NAMES["ko"] == features and PASS_EXAM_CLASS_NAMES["en"] == ["fail", "pass"]


@pytest.mark.parametrize("call, english, korean", [
    (lambda: xor(1.5), "n_samples must be a whole number >= 2", "n_samples는 2 이상의 정수"),
    (lambda: pass_exam(0), "n_samples must be a whole number >= 2", "n_samples는 2 이상의 정수"),
    (lambda: pass_exam(10, noise=-0.5), "noise must be a number >= 0", "noise는 0 이상의 숫자"),
    (lambda: sine(10, noise="a"), "noise must be a number >= 0", "noise는 0 이상의 숫자"),
    (lambda: circles(10, factor=1.0), "factor .the inner radius. must be in", "factor\\(안쪽 원의 반지름\\)"),
    (lambda: spirals(10, n_classes=1), "n_classes must be a whole number >= 2", "n_classes는 2 이상의 정수"),
    (lambda: spirals(3, n_classes=4), "at least 4 .one per class", "적어도 4"),
    (lambda: gaussians(10, cluster_std=0), "cluster_std must be a number > 0", "cluster_std는 0보다 큰"),
    (lambda: gaussians(10, cluster_std=[1, 2]), "one number per class .3., got 2", "3개. 필요한데 2개"),
    (lambda: gaussians(10, centers=[[0, 0], [1, 1]], n_classes=3), "n_classes=3 but centers has 2 rows",
     "n_classes=3인데 centers는 2행"),
    (lambda: gaussians(10, centers=[1, 2]), "centers must be a 2-D array", "centers는 클래스마다"),
    (lambda: gaussians(10, noise=1.5), "share of labels replaced at random", "무작위로 바꿀 레이블의 비율"),
    (lambda: linear(10, n_features=0), "n_features must be a whole number >= 1", "n_features는 1 이상의 정수"),
    (lambda: linear(10, n_features=2, coef=[1, 2, 3]), "coef has 3 weights but n_features=2",
     "coef의 가중치는 3개인데"),
    (lambda: polynomial(10, degree=0), "degree must be a whole number >= 1", "degree는 1 이상의 정수"),
    (lambda: moons(10, seed=1.5), "seed must be a whole number >= 0 or None", "seed는 0 이상의 정수"),
])
def test_generator_errors_in_both_languages(call, english, korean):
    with pytest.raises((ValueError, TypeError), match=english):
        call()
    mldlab.set_language("ko")
    with pytest.raises((ValueError, TypeError), match=korean):
        call()


@pytest.mark.parametrize("make", [moons, circles, xor, spirals, gaussians])
def test_generators_shuffle_so_the_last_rows_hold_every_class(make):
    _, y = make(n_samples=400, seed=0)
    assert len(np.unique(y[-80:])) == len(np.unique(y))  # what fit's validation_split=0.2 keeps
    _, ordered = make(n_samples=400, seed=0, shuffle=False)
    assert np.all(np.diff(ordered) >= 0) or make is xor
    assert sorted(y.tolist()) == sorted(ordered.tolist())
