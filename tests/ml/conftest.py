"""Fixtures of the classical-ML tests: one BLAS thread per test, and the data sets with fixed splits (the reference,
``sklearn``, is a fixture of tests/conftest.py: skipped on a developer's machine without it, failed in CI)."""

import importlib

import numpy as np
import pytest

from mldlab.data import (
    circles,
    gaussians,
    load_breast_cancer,
    load_diabetes,
    load_digits,
    load_iris,
    load_wine,
    moons,
    train_test_split,
)


@pytest.fixture(autouse=True)
def _one_blas_thread():
    """One BLAS thread per test: the small matrix products here gain nothing from more, and on a shared machine
    two threads waiting for each other made a 650 × 650 solve 10× slower."""
    try:
        threadpoolctl = importlib.import_module("threadpoolctl")
    except ImportError:
        yield
        return
    with threadpoolctl.threadpool_limits(limits=1, user_api="blas"):
        yield


CLASSIFICATION = {
    "iris": load_iris,
    "wine": load_wine,
    "breast_cancer": load_breast_cancer,
    "digits": load_digits,
    "moons": lambda: moons(n_samples=400, noise=0.3, seed=0),
    "circles": lambda: circles(n_samples=300, noise=0.1, seed=0),
    "gaussians": lambda: gaussians(n_samples=300, n_classes=3, seed=0),
}


@pytest.fixture(scope="session")
def ml_data():
    """``ml_data(name)``: the data set ``name`` as float64, split 75/25 (stratified for classes, seed 0), as
    ``X_train, X_test, y_train, y_test``; the same arrays go to mldlab and to scikit-learn."""
    cache = {}

    def get(name: str):
        if name not in cache:
            X, y = CLASSIFICATION[name]() if name in CLASSIFICATION else load_diabetes()
            stratify = y if name in CLASSIFICATION else None
            y = y if name in CLASSIFICATION else y.astype(np.float64)
            cache[name] = train_test_split(X.astype(np.float64), y, stratify=stratify, random_state=0)
        return [a.copy() for a in cache[name]]

    return get
