"""The data-set registry: one table of names that the command line and the lab share."""

import numpy as np
import pytest

from mldlab.data import registry


@pytest.mark.parametrize("name", [name for name in registry.NAMES if registry.is_generated(name)])
def test_every_generated_set_comes_with_its_task_and_names(name):
    X, y, feature_names, class_names = registry.get(name, n_samples=40, seed=3)
    assert X.shape == (40, len(feature_names)) and y.shape == (40,)
    task = registry.task(name)
    if task == "regression":
        assert class_names is None and y.dtype.kind == "f"
    else:
        assert y.dtype == np.int64 and len(class_names) == int(y.max()) + 1 >= 2
        assert (len(class_names) == 2) == (task == "binary")
    again = registry.get(name, n_samples=40, seed=3)
    np.testing.assert_array_equal(X, again[0])


def test_noise_and_samples_reach_the_generator():
    X, _, _, _ = registry.get("moons", n_samples=7, noise=0.0, seed=0)
    assert len(X) == 7
    assert not np.array_equal(X, registry.get("moons", n_samples=7, noise=0.3, seed=0)[0])


def test_real_tables_are_fixed(skm):
    X, y, features, classes = registry.get("iris")
    assert X.shape == (150, 4) and classes == ["setosa", "versicolor", "virginica"]
    with pytest.raises(ValueError, match="iris is a fixed table of real data"):
        registry.get("iris", n_samples=10)


def test_unknown_names_list_the_known_ones():
    with pytest.raises(ValueError, match="no data set called 'mnist'. Expected one of: breast_cancer, circles"):
        registry.get("mnist")
    with pytest.raises(ValueError, match="no data set called"):
        registry.task("mnist")
