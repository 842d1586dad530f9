"""mldlab.data's sequence sets: sine waves (predict the next value) and the adding problem (a long memory)."""

import numpy as np
import pytest

import mldlab
from mldlab.data import adding_problem, sine_sequences
from mldlab.i18n import language


def test_sine_sequences_shapes_and_the_next_value():
    X, y = sine_sequences(n_samples=50, seq_len=12, noise=0.0, seed=0)
    assert X.shape == (50, 12, 1) and y.shape == (50, 1) and X.dtype == y.dtype == np.float32
    x = X[:, :, 0].astype(np.float64)
    # a sine wave obeys x_{t+1} = 2cos(ω)·x_t − x_{t−1}; read 2cos(ω) from the sequence, predict the next value
    two_cos = ((x[:, 2:] + x[:, :-2]) * x[:, 1:-1]).sum(axis=1) / (x[:, 1:-1] ** 2).sum(axis=1)
    np.testing.assert_allclose(two_cos * x[:, -1] - x[:, -2], y[:, 0], atol=1e-5)
    assert np.all((two_cos / 2 <= np.cos(0.1) + 1e-6) & (two_cos / 2 >= np.cos(0.5) - 1e-6))  # ω in [0.1, 0.5]


def test_sine_sequences_noise_is_on_the_inputs_only():
    clean_X, clean_y = sine_sequences(n_samples=200, seq_len=8, noise=0.0, seed=1)
    X, y = sine_sequences(n_samples=200, seq_len=8, noise=0.2, seed=1)
    np.testing.assert_array_equal(y, clean_y)  # the target is the wave itself
    assert abs(float(np.std(X - clean_X)) - 0.2) < 0.02


def test_adding_problem_markers_and_sum():
    X, y = adding_problem(n_samples=300, seq_len=10, seed=0)
    assert X.shape == (300, 10, 2) and y.shape == (300, 1) and X.dtype == y.dtype == np.float32
    numbers, markers = X[:, :, 0], X[:, :, 1]
    assert np.all((numbers >= 0) & (numbers < 1))
    assert set(np.unique(markers).tolist()) == {0.0, 1.0}
    assert np.all(markers[:, :5].sum(axis=1) == 1) and np.all(markers[:, 5:].sum(axis=1) == 1)
    np.testing.assert_allclose((numbers * markers).sum(axis=1), y[:, 0], rtol=1e-6)
    assert set(np.argmax(markers[:, :5], axis=1).tolist()) == set(range(5))  # every early step gets marked
    assert abs(float(np.var(y)) - 2 / 12) < 0.04  # why guessing 1 gives a mean squared error of about 0.167


def test_adding_problem_shortest_sequence():
    X, _ = adding_problem(n_samples=5, seq_len=2, seed=0)
    np.testing.assert_array_equal(X[:, :, 1], np.ones((5, 2)))


@pytest.mark.parametrize("make", [sine_sequences, adding_problem])
def test_sequences_repeat_with_a_seed(make):
    a, b = make(n_samples=10, seed=3), make(n_samples=10, seed=3)
    np.testing.assert_array_equal(a[0], b[0])
    np.testing.assert_array_equal(a[1], b[1])
    assert not np.array_equal(make(n_samples=10, seed=4)[0], a[0])
    mldlab.manual_seed(9)
    c = make(n_samples=10)
    mldlab.manual_seed(9)
    np.testing.assert_array_equal(make(n_samples=10)[0], c[0])


@pytest.mark.parametrize(("make", "kwargs", "match"), [
    (sine_sequences, {"seq_len": 1}, r"sine_sequences: seq_len must be a whole number >= 2, got 1"),
    (sine_sequences, {"seq_len": 3.5}, r"seq_len must be a whole number >= 2, got 3.5"),
    (sine_sequences, {"noise": float("nan")}, r"noise must be a number >= 0, got nan"),
    (sine_sequences, {"n_samples": 0}, r"n_samples must be a whole number >= 2, got 0"),
    (adding_problem, {"seq_len": True}, r"adding_problem: seq_len must be a whole number >= 2, got True"),
    (adding_problem, {"n_samples": "100"}, r"n_samples must be a whole number >= 2, got '100'"),
])
def test_sequences_refuse_bad_arguments(make, kwargs, match):
    with pytest.raises(ValueError, match=match):
        make(**kwargs)


def test_sequence_errors_in_korean():
    with language("ko"), pytest.raises(ValueError, match="seq_len는 2 이상의 정수여야"):
        adding_problem(seq_len=0)
