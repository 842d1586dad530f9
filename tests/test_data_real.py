"""mldlab.data's real data sets: the same numbers as scikit-learn's bundled files, and a clear message without it."""

import importlib
import os
import sys

import numpy as np
import pytest

import mldlab
from mldlab import data


@pytest.fixture(scope="module")
def sklearn_datasets():
    """scikit-learn's loaders: skipped on a machine without it, but required in CI (as conftest's ``torch``)."""
    try:
        return importlib.import_module("sklearn.datasets")
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("scikit-learn is not installed, but CI is set: the comparisons must run in CI")
        pytest.skip("scikit-learn is not installed (pip install 'mldlab[sklearn]')")

LOADERS = {
    "load_iris": (150, 4, True),
    "load_wine": (178, 13, True),
    "load_breast_cancer": (569, 30, True),
    "load_digits": (1797, 64, True),
    "load_diabetes": (442, 10, False),
}


@pytest.mark.parametrize("name", LOADERS)
def test_real_data_equals_scikit_learn(name, sklearn_datasets):
    n, d, classification = LOADERS[name]
    X, y = getattr(data, name)()
    reference = getattr(sklearn_datasets, name)()
    assert X.shape == (n, d) and X.dtype == np.float32
    np.testing.assert_array_equal(X, reference.data.astype(np.float32))
    if classification:
        assert y.dtype == np.int64
        np.testing.assert_array_equal(y, reference.target)
    else:
        assert y.dtype == np.float32
        np.testing.assert_array_equal(y, reference.target.astype(np.float32))


@pytest.mark.parametrize("name", LOADERS)
def test_real_data_names(name, sklearn_datasets):
    _, _, classification = LOADERS[name]
    X, y, features, classes = getattr(data, name)(return_names=True)
    reference = getattr(sklearn_datasets, name)()
    assert features == list(reference.feature_names) and len(features) == X.shape[1]
    if classification:
        assert classes == [str(c) for c in reference.target_names] and len(classes) == y.max() + 1
    else:
        assert classes is None


def test_iris_and_breast_cancer_class_names(sklearn_datasets):
    assert data.load_iris(return_names=True)[3] == ["setosa", "versicolor", "virginica"]
    assert data.load_breast_cancer(return_names=True)[3] == ["malignant", "benign"]
    assert data.load_digits(return_names=True)[3] == [str(d) for d in range(10)]


@pytest.mark.parametrize("name", LOADERS)
def test_without_scikit_learn_the_message_names_the_extra(name, monkeypatch):
    monkeypatch.setitem(sys.modules, "sklearn.datasets", None)  # makes `import sklearn.datasets` fail
    with pytest.raises(ImportError, match=rf"{name} needs scikit-learn.*pip install 'mldlab\[sklearn\]'"):
        getattr(data, name)()
    mldlab.set_language("ko")
    with pytest.raises(ImportError, match=r"scikit-learn이 필요합니다.*pip install 'mldlab\[sklearn\]'"):
        getattr(data, name)()
