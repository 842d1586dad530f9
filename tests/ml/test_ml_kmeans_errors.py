"""Bad input to k-means gets a clear message in English and Korean, not a NumPy traceback."""

import numpy as np
import pytest

import mldlab
from mldlab.exceptions import NotFittedError
from mldlab.ml import KMeans, MiniBatchKMeans, kmeans_plusplus, kmeans_steps, lloyd_step

X = np.array([[0.0, 0.0], [0.0, 1.0], [5.0, 5.0], [5.0, 6.0]])


@pytest.mark.parametrize("Model", [KMeans, MiniBatchKMeans])
@pytest.mark.parametrize("params, match", [
    ({"n_clusters": 5}, r"n_clusters=5 is more than the number of samples \(4\).*n_clusters ≤ 4"),
    ({"n_clusters": 0}, "n_clusters must be a whole number >= 1, got 0"),
    ({"n_clusters": 2.5}, "n_clusters must be a whole number >= 1, got 2.5"),
    ({"init": "kmeans"}, "init must be 'k-means\\+\\+', 'random', an array.*got 'kmeans'"),
    ({"init": None}, "init must be .* got None"),
    ({"n_clusters": 2, "init": np.zeros((3, 2))}, r"shape \(3, 2\), but 2 centres of 2 features.*\(2, 2\)"),
    ({"n_clusters": 2, "init": np.zeros((2, 3))}, r"shape \(2, 3\), but 2 centres of 2 features"),
    ({"n_clusters": 2, "init": [[0.0, np.nan], [1.0, 1.0]]}, r"init\[0, 1\] = nan"),
    ({"n_clusters": 2, "init": lambda X, k, random_state: X[:1]}, r"shape \(1, 2\), but 2 centres"),
    ({"n_init": 0}, "n_init must be 'auto' or a whole number ≥ 1.*got 0"),
    ({"n_init": "best"}, "n_init must be 'auto' or a whole number ≥ 1.*got 'best'"),
    ({"max_iter": 0}, "max_iter must be a whole number >= 1, got 0"),
    ({"tol": -1.0}, "tol must be a number >= 0, got -1.0"),
    ({"random_state": "seed"}, "random_state"),
])
def test_bad_parameters(Model, params, match):
    params = {"n_clusters": 2, **params}
    with pytest.raises(ValueError, match=match):
        Model(**params).fit(X)


@pytest.mark.parametrize("params, match", [
    ({"algorithm": "full"}, "algorithm"),
])
def test_bad_kmeans_only_parameters(params, match):
    with pytest.raises(ValueError, match=match):
        KMeans(2, **params).fit(X)


@pytest.mark.parametrize("params, match", [
    ({"batch_size": 0}, "batch_size must be a whole number >= 1, got 0"),
    ({"reassignment_ratio": -0.5}, "reassignment_ratio must be a number >= 0, got -0.5"),
    ({"max_no_improvement": -1}, "max_no_improvement must be a whole number >= 0, got -1"),
    ({"init_size": 0}, "init_size must be a whole number >= 1, got 0"),
])
def test_bad_minibatch_parameters(params, match):
    with pytest.raises(ValueError, match=match):
        MiniBatchKMeans(2, **params).fit(X)


def test_bad_data_and_weights():
    with pytest.raises(ValueError, match="1-D"):
        KMeans(2).fit(X[:, 0])
    with pytest.raises(ValueError, match=r"X\[1, 0\] = nan"):
        KMeans(2).fit([[0.0, 1.0], [np.nan, 2.0], [3.0, 3.0]])
    with pytest.raises(ValueError, match="sample_weight"):
        KMeans(2).fit(X, sample_weight=[1.0, 2.0])
    with pytest.raises(ValueError, match="sample_weight"):
        KMeans(2).fit(X, sample_weight=[1.0, -2.0, 1.0, 1.0])


def test_before_fit_and_wrong_number_of_features():
    for method in ("predict", "transform", "score"):
        with pytest.raises(NotFittedError):
            getattr(KMeans(2), method)(X)
    model = KMeans(2, random_state=0).fit(X)
    with pytest.raises(ValueError, match="X has 3 features, but KMeans was fitted with 2"):
        model.predict(np.zeros((2, 3)))
    part = MiniBatchKMeans(2, random_state=0).partial_fit(X)
    with pytest.raises(ValueError, match="X has 3 features, but MiniBatchKMeans was fitted with 2"):
        part.partial_fit(np.zeros((4, 3)))


def test_warnings():
    with pytest.warns(RuntimeWarning, match="starts once from them instead of n_init=3"):
        KMeans(2, init=X[:2], n_init=3).fit(X)
    with pytest.warns(RuntimeWarning, match="init_size=1 should be at least n_clusters=2"):
        MiniBatchKMeans(2, init_size=1, random_state=0).fit(X)


def test_functions():
    with pytest.raises(ValueError, match="x_squared_norms has 2 values, but X has 4 samples"):
        kmeans_plusplus(X, 2, x_squared_norms=[1.0, 2.0])
    with pytest.raises(ValueError, match="n_local_trials must be a whole number >= 1, got 0"):
        kmeans_plusplus(X, 2, n_local_trials=0)
    with pytest.raises(ValueError, match="n_clusters=5 is more than the number of samples"):
        kmeans_plusplus(X, 5)
    with pytest.raises(ValueError, match=r"shape \(2, 3\)"):
        lloyd_step(X, np.zeros((2, 3)))
    with pytest.raises(ValueError, match=r"shape \(2,\)"):
        kmeans_steps(X, np.zeros(2))
    with pytest.raises(ValueError, match="max_iter must be a whole number >= 1"):
        kmeans_steps(X, X[:2], max_iter=0)


def test_messages_in_korean():
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="샘플 수\\(4\\)보다 많습니다"):
        KMeans(5).fit(X)
    with pytest.raises(ValueError, match="초기 중심의 모양이"):
        KMeans(2, init=np.zeros((3, 2))).fit(X)
    with pytest.raises(ValueError, match="n_init은 'auto' 또는 1 이상의 정수"):
        KMeans(2, n_init=0).fit(X)
