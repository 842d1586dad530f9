"""mldlab.data's image sets: the digits as (N, 1, 8, 8) images, and the generated 28×28 shapes."""

import numpy as np
import pytest

import mldlab
from mldlab.data import SHAPES28_CLASS_NAMES, load_digit_images, load_digits, shapes28, shapes28_class_names
from mldlab.i18n import language


def test_digit_images_are_the_digits_scaled_to_one():
    X, y = load_digit_images()
    flat, labels = load_digits()
    assert X.shape == (1797, 1, 8, 8) and X.dtype == np.float32 and y.dtype == np.int64
    assert float(X.min()) == 0.0 and float(X.max()) == 1.0
    np.testing.assert_array_equal(X.reshape(1797, 64) * 16, flat)
    np.testing.assert_array_equal(y, labels)
    np.testing.assert_array_equal(X[5, 0, 2], flat[5, 16:24] / 16)  # row 2 of image 5: pixels 16 … 23
    assert load_digit_images(return_names=True)[2] == [str(k) for k in range(10)]


def test_digit_images_refuse_a_non_bool_return_names():
    with pytest.raises(TypeError, match=r"return_names must be True or False, got 'yes'"):
        load_digit_images(return_names="yes")


@pytest.fixture(scope="module")
def shapes():
    return shapes28(n_samples=300, seed=3)


def test_shapes28_shapes_types_and_range(shapes):
    X, y = shapes
    assert X.shape == (300, 1, 28, 28) and X.dtype == np.float32 and y.dtype == np.int64
    assert 0.0 <= float(X.min()) and float(X.max()) <= 1.0
    assert set(y.tolist()) == set(range(10))


def test_shapes28_is_balanced_and_shuffled(shapes):
    _, y = shapes
    assert np.bincount(y).tolist() == [30] * 10
    assert np.bincount(shapes28(n_samples=23, seed=0)[1]).tolist() == [3, 3, 3] + [2] * 7
    assert not np.all(np.diff(y) >= 0)  # not ordered by class


def test_shapes28_repeats_with_a_seed_and_differs_without():
    X1, y1 = shapes28(n_samples=20, seed=5)
    X2, y2 = shapes28(n_samples=20, seed=5)
    np.testing.assert_array_equal(X1, X2)
    np.testing.assert_array_equal(y1, y2)
    assert not np.array_equal(shapes28(n_samples=20, seed=6)[0], X1)
    mldlab.manual_seed(11)
    a = shapes28(n_samples=20)[0]
    mldlab.manual_seed(11)
    np.testing.assert_array_equal(shapes28(n_samples=20)[0], a)


def test_shapes28_with_a_seed_leaves_the_thread_generator_alone():
    mldlab.manual_seed(4)
    expected = mldlab.rand(3).numpy()
    mldlab.manual_seed(4)
    shapes28(n_samples=10, seed=1)
    np.testing.assert_array_equal(mldlab.rand(3).numpy(), expected)


def test_shapes28_without_noise_draws_soft_edges_on_white_paper():
    X, y = shapes28(n_samples=50, noise=0.0, seed=0)
    ink = X.reshape(50, -1)
    assert np.all(ink.max(axis=1) >= 0.7)  # every picture has a stroke at full darkness a ≥ 0.7
    assert np.all((ink == 0).mean(axis=1) > 0.5)  # mostly white paper
    assert np.all(((ink > 0) & (ink < ink.max(axis=1, keepdims=True))).sum(axis=1) > 5)  # anti-aliased edges
    discs, lines = ink[y == 6].sum(axis=1), ink[y == 3].sum(axis=1)
    assert discs.min() > lines.max() * 0.5  # a filled disc has more ink than one thin stroke


def test_shapes28_places_and_turns_each_shape_differently():
    X, y = shapes28(n_samples=40, noise=0.0, seed=2)
    centres = np.array([np.argwhere(picture > 0).mean(axis=0) for picture in X[:, 0]])
    assert np.ptp(centres, axis=0).min() > 6  # moved around, not all in the middle
    lines = X[y == 3, 0]
    assert not np.allclose(lines[0], lines[1])


def test_shapes28_class_names_in_both_languages():
    assert SHAPES28_CLASS_NAMES["en"][:3] == ["circle", "square", "triangle"]
    assert SHAPES28_CLASS_NAMES["ko"][6] == "채운 원"
    for lang in ("en", "ko"):
        names = shapes28_class_names(lang)
        assert len(set(names)) == 10 and names == SHAPES28_CLASS_NAMES[lang]
    with language("ko"):
        assert shapes28_class_names() == SHAPES28_CLASS_NAMES["ko"]
    with pytest.raises(ValueError, match="language"):
        shapes28_class_names("fr")


@pytest.mark.parametrize(("kwargs", "match"), [
    ({"n_samples": 5}, r"at least 10 \(one per class\), got 5"),
    ({"n_samples": 20.0}, r"n_samples must be a whole number >= 2, got 20.0"),
    ({"noise": -0.1}, r"noise must be a number >= 0, got -0.1"),
])
def test_shapes28_refuses_bad_arguments(kwargs, match):
    with pytest.raises(ValueError, match=match):
        shapes28(**kwargs)


def test_shapes28_errors_in_korean():
    with language("ko"), pytest.raises(ValueError, match="클래스마다"):
        shapes28(n_samples=3)
    with pytest.raises(TypeError, match="seed must be a whole number"):
        shapes28(n_samples=10, seed=-1)
