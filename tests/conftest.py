"""Shared test fixtures.

``torch`` gives the PyTorch module for side-by-side checks. When PyTorch is missing the test is skipped on a
developer's machine, but fails in CI (``CI`` set), so the comparisons can never silently stop running.
"""

import os

import numpy as np
import pytest

import mldlab


def _import_torch():
    try:
        import torch
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("PyTorch is not installed, but CI is set: the comparisons with PyTorch must run in CI")
        pytest.skip("PyTorch is not installed (pip install torch==2.13.0)")
    torch.set_num_threads(1)
    return torch


@pytest.fixture(scope="session")
def torch():
    return _import_torch()


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
