"""Two trainings at once in two threads give exactly what they give one after the other; messages per thread."""

import threading

import numpy as np
import pytest

import mldlab
from mldlab import _random, nn
from mldlab.data import DataLoader, TensorDataset, moons
from mldlab.i18n import get_language, language, message, set_language
from mldlab.train import Model


def _train(seed: int, generator=None, loader=False):
    """Seeded weights, Dropout, shuffled batches and a validation split: every use of randomness in fit."""
    if generator is None:
        mldlab.manual_seed(seed)
    X, y = moons(n_samples=120, noise=0.2, seed=seed)
    net = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Dropout(0.3), nn.Linear(16, 1))
    model = Model(net, generator=generator)
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    if loader:
        history = model.fit(DataLoader(TensorDataset(X, y), batch_size=8, shuffle=True), epochs=4, verbose=0)
    else:
        history = model.fit(X, y, batch_size=8, epochs=4, verbose=0, validation_split=0.2)
    return history.history, model.get_weights(), mldlab.rand(3).numpy()


def _in_threads(jobs):
    """Run the jobs at once (each twice over, interleaved), one thread each; return their results in order."""
    results = [None] * len(jobs)
    start = threading.Barrier(len(jobs))

    def run(i):
        start.wait()
        results[i] = jobs[i]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def _assert_same(a, b):
    assert a[0] == b[0]  # every number of the history, bit for bit
    for wa, wb in zip(a[1], b[1]):
        np.testing.assert_array_equal(wa, wb)
    np.testing.assert_array_equal(a[2], b[2])  # the threads' streams end in the same place too


@pytest.mark.parametrize("loader", [False, True])
def test_two_seeded_trainings_in_two_threads_equal_the_sequential_runs(loader):
    sequential = [_train(1, loader=loader), _train(2, loader=loader), _train(1, loader=loader)]
    threaded = _in_threads([lambda s=s: _train(s, loader=loader) for s in (1, 2, 1, 2)])
    _assert_same(threaded[0], sequential[0])
    _assert_same(threaded[1], sequential[1])
    _assert_same(threaded[2], sequential[2])
    _assert_same(threaded[3], sequential[1])
    assert threaded[0][0] != threaded[1][0]  # different seeds really differ


def test_a_model_generator_repeats_its_training_whatever_the_thread_does():
    def job(seed):
        mldlab.manual_seed(seed)  # weights from the thread's stream, fit's randomness from the generator
        return _train(0, generator=mldlab.Generator(5))[:2]

    first = job(3)
    _random.get_rng().random(1000)  # the thread's stream moves; fit does not care
    threaded = _in_threads([lambda: job(3), lambda: job(3)])
    for result in threaded:
        _assert_same((*result, np.zeros(0)), (*first, np.zeros(0)))
    _assert_same((*job(3), np.zeros(0)), (*first, np.zeros(0)))


def test_fit_with_a_generator_leaves_the_thread_stream_alone():
    mldlab.manual_seed(0)
    expected = mldlab.rand(4).numpy()
    mldlab.manual_seed(0)
    model = Model(nn.Sequential(nn.Dropout(0.5), nn.Linear(2, 1)), generator=mldlab.Generator(1))
    mldlab.manual_seed(0)  # after the weights were drawn
    model.compile(optimizer="sgd", loss="mse")
    model.fit(np.ones((10, 2)), np.ones(10), batch_size=3, epochs=2, verbose=0)
    np.testing.assert_array_equal(mldlab.rand(4).numpy(), expected)


def test_manual_seed_seeds_only_the_calling_thread():
    mldlab.manual_seed(123)
    seen = {}

    def other():
        seen["seed"] = mldlab.initial_seed()
        mldlab.manual_seed(7)  # must not touch the main thread's stream
        seen["draw"] = mldlab.rand(2).numpy()

    expected = mldlab.Generator(123)
    thread = threading.Thread(target=other)
    thread.start()
    thread.join()
    assert mldlab.initial_seed() == 123
    assert isinstance(seen["seed"], int) and seen["seed"] != 123  # a fresh seed from the operating system
    np.testing.assert_array_equal(mldlab.rand(3).numpy(), mldlab.rand(3, generator=expected).numpy())
    np.testing.assert_array_equal(seen["draw"], mldlab.rand(2, generator=mldlab.Generator(7)).numpy())


def test_new_threads_start_from_different_seeds():
    seeds = _in_threads([mldlab.initial_seed, mldlab.initial_seed, mldlab.initial_seed])
    assert len(set(seeds)) == 3


def test_default_generator_name_means_the_calling_threads_generator():
    mldlab.manual_seed(11)
    state = _random.default_generator.numpy.bit_generator.state  # as nn.config uses it
    assert _random.default_generator.initial_seed() == 11
    seen = _in_threads([lambda: _random.default_generator.numpy.bit_generator.state])
    assert seen[0] != state
    assert _random.default_generator.manual_seed(11).initial_seed() == 11
    assert isinstance(_random.default_generator, mldlab.Generator)


def test_generator_seed_is_checked_and_reported():
    assert mldlab.Generator(3).initial_seed() == 3
    assert isinstance(mldlab.Generator().initial_seed(), int)
    with pytest.raises(TypeError, match="seed must be a whole number"):
        mldlab.Generator(1.5)
    with pytest.raises(TypeError, match="seed must be a whole number"):
        mldlab.manual_seed("0")
    with pytest.raises(TypeError, match=r"generator must be an mldlab.Generator, got int"):
        Model(nn.Linear(1, 1), generator=0)


def test_language_blocks_are_per_thread_and_fall_back_to_the_process_default():
    set_language("en")
    barrier = threading.Barrier(2)
    seen = {}

    def user(lang):
        with language(lang):
            barrier.wait()  # both threads are inside their blocks now
            seen[lang] = (get_language(), message("fit_empty", op="fit"))
            barrier.wait()
        seen[lang + " after"] = get_language()

    threads = [threading.Thread(target=user, args=(lang,)) for lang in ("ko", "en")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen["ko"] == ("ko", "fit: 학습할 샘플이 없습니다(x의 행이 0개).")
    assert seen["en"] == ("en", "fit: there are no samples to train on (x has 0 rows).")
    assert seen["ko after"] == seen["en after"] == "en"


def test_language_block_wins_over_set_language_and_nests():
    set_language("ko")
    with language("en"):
        assert get_language() == "en"
        with language("ko"):
            assert get_language() == "ko"
        assert get_language() == "en"
        other = _in_threads([get_language])
        assert other == ["ko"]  # another thread sees the process default
    assert get_language() == "ko"
    with pytest.raises(ValueError, match="language must be one of"):
        with language("fr"):
            pass
    set_language("en")


def test_errors_in_a_thread_use_that_threads_language():
    def bad_fit(lang):
        with language(lang):
            model = Model(nn.Linear(2, 1))
            model.compile(optimizer="sgd", loss="mse")
            try:
                model.fit(np.ones((3, 2)), np.array([1.0, np.nan, 0.0]), verbose=0)
            except ValueError as error:
                return str(error)

    texts = _in_threads([lambda: bad_fit("ko"), lambda: bad_fit("en")])
    assert "유한한 수가 아닌 값" in texts[0] and "y[1] = nan" in texts[0]
    assert "not a finite number" in texts[1] and "y[1] = nan" in texts[1]
