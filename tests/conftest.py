"""Shared test fixtures.

``torch``, ``keras`` (Keras 3 on its PyTorch backend) and ``skm`` (``sklearn.metrics``) give the reference
libraries for side-by-side checks. When one is missing the test is skipped on a developer's machine, but fails in
CI (``CI`` set), so the comparisons can never silently stop running.
"""

import contextlib
import importlib
import os
import sys

import numpy as np
import pytest

import mldlab


def _require(name: str, install: str):
    """Import the reference library ``name``: skip without it locally, fail without it in CI."""
    try:
        return importlib.import_module(name)
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed, but CI is set: the comparisons with it must run in CI")
        pytest.skip(f"{name} is not installed ({install})")


@pytest.fixture(scope="session")
def torch():
    torch = _require("torch", "pip install torch==2.13.0")
    torch.set_num_threads(1)
    return torch


@pytest.fixture(scope="session")
def keras(torch):
    """Keras 3 on its PyTorch backend (the backend is chosen when keras is first imported)."""
    if "keras" not in sys.modules:
        os.environ["KERAS_BACKEND"] = "torch"
    keras = _require("keras", "pip install keras")
    assert keras.backend.backend() == "torch", "keras was imported with another backend before the tests"
    return keras


_SKLEARN_PARTS = ("cluster", "decomposition", "ensemble", "linear_model", "metrics", "mixture", "model_selection",
                  "neighbors", "pipeline", "preprocessing", "svm", "tree")


@pytest.fixture(scope="session")
def sklearn():
    """scikit-learn, the reference of ``mldlab.ml``, with the submodules the tests use imported."""
    module = _require("sklearn", "pip install scikit-learn")
    for part in _SKLEARN_PARTS:
        importlib.import_module(f"sklearn.{part}")
    return module


@pytest.fixture(scope="session")
def skm():
    """scikit-learn's metrics."""
    return _require("sklearn.metrics", "pip install scikit-learn")


@pytest.fixture(autouse=True)
def _english_and_seeded():
    """Every test starts with English messages and a fixed seed, and leaves them so."""
    mldlab.set_language("en")
    mldlab.manual_seed(0)
    yield
    mldlab.set_language("en")


@pytest.fixture
def rng():
    return np.random.default_rng(1234)


def _one_blas_thread():
    """One BLAS thread while an example network trains: its small matrix products gain nothing from more."""
    try:
        return importlib.import_module("threadpoolctl").threadpool_limits(limits=1, user_api="blas")
    except ImportError:
        return contextlib.nullcontext()


@pytest.fixture(scope="session")
def trained_digits_cnn():
    """``mldlab.train.examples.train_digits_cnn(seed=0)``, trained once per session (about 98 % test accuracy):
    a ``TrainedImageClassifier`` with ``.model`` (in eval mode), ``.history``, ``.test_accuracy`` and the split.
    Shared by many tests: read it, never train or change it (copy it with ``copy.deepcopy`` first)."""
    from mldlab.train.examples import train_digits_cnn

    with _one_blas_thread():
        return train_digits_cnn(seed=0)


@pytest.fixture(scope="session")
def trained_char_rnn():
    """``mldlab.train.examples.train_char_rnn('en', seed=0)``, trained once per session: a ``TrainedCharRNN``
    with ``.model`` (an LSTM ``CharRNN``, eval mode), ``.tokenizer``, ``.history``, ``.test_loss`` and
    ``.unigram_loss``. Shared by many tests: read it, never train or change it."""
    from mldlab.train.examples import train_char_rnn

    with _one_blas_thread():
        return train_char_rnn("en", seed=0)
