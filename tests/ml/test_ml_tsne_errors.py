"""t-SNE and trustworthiness: bad input gets a clear error in both languages, the contract's rules hold, and the
progress messages speak the learner's language."""

import numpy as np
import pytest

import mldlab
from mldlab.exceptions import NotFittedError
from mldlab.ml import TSNE, check_is_fitted, trustworthiness
from mldlab.ml import estimator_checks as checks

X = np.random.default_rng(0).normal(size=(40, 4))


@pytest.mark.parametrize(("params", "words"), [
    ({"perplexity": 40}, r"perplexity \(40\) must be less than the number of samples \(40\)"),
    ({"perplexity": 0}, "perplexity must be a number > 0"),
    ({"n_components": 0}, "n_components must be a whole number >= 1"),
    ({"early_exaggeration": 0.5}, "early_exaggeration must be a number >= 1"),
    ({"learning_rate": "fast"}, "learning_rate must be 'auto' or a number > 0, got 'fast'"),
    ({"learning_rate": -1.0}, "learning_rate must be 'auto' or a number > 0"),
    ({"max_iter": 100}, "max_iter must be a whole number >= 250, got 100"),
    ({"n_iter_without_progress": -2}, "n_iter_without_progress must be a whole number >= -1"),
    ({"min_grad_norm": -1e-7}, "min_grad_norm must be a number >= 0"),
    ({"metric": "chebyshev"}, "metric must be one of"),
    ({"metric_params": {"p": 3}}, "metric_params must be None"),
    ({"init": "spectral"}, "init must be one of"),
    ({"init": np.zeros((40, 3))}, r"init has shape \(40, 3\), but \(40, 2\) was expected"),
    ({"init": np.full((40, 2), np.nan)}, "nan"),
    ({"verbose": -1}, "verbose must be a whole number >= 0"),
    ({"random_state": "seed"}, "random_state must be None"),
    ({"method": "fft"}, "method must be one of"),
    ({"angle": 1.5}, "angle must be a number between 0 and 1, got 1.5"),
    ({"n_jobs": "all"}, "n_jobs must be None, -1 \\(one thread per CPU\\) or a whole number >= 1"),
    ({"n_jobs": 0}, "n_jobs must be None, -1"),
    ({"n_components": 4}, "method='barnes_hut' makes maps of at most 3 dimensions"),
    ({"metric": "precomputed"}, "init='pca' cannot be used with metric='precomputed'"),
])
def test_bad_parameters_say_what_and_why(params, words):
    with pytest.raises(ValueError, match=words):
        TSNE(**{"perplexity": 5, **params}).fit(X)


def test_bad_data_say_what_and_why():
    with pytest.raises(ValueError, match="at least 2 samples"):
        TSNE(perplexity=0.5).fit(X[:1])
    with pytest.raises(ValueError, match=r"square matrix of distances .* got shape \(40, 4\)"):
        TSNE(metric="precomputed", init="random", perplexity=5).fit(np.abs(X))
    with pytest.raises(ValueError, match=r"cannot be negative, got X\[0, 1\] = -1.0"):
        TSNE(metric="precomputed", init="random", perplexity=5).fit(-np.ones((40, 40)) + np.eye(40))
    with pytest.raises(ValueError, match="1-D"):
        TSNE().fit(X[:, 0])
    with pytest.raises(ValueError, match="n_neighbors must be a whole number >= 1 and less than n_samples / 2"):
        trustworthiness(X, X[:, :2], n_neighbors=20)
    with pytest.raises(ValueError, match="X has 40 samples but X_embedded has 39 rows"):
        trustworthiness(X, X[1:, :2])
    with pytest.raises(ValueError, match="metric must be one of"):
        trustworthiness(X, X[:, :2], metric="hamming")


def test_errors_and_progress_speak_korean(capsys):
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="샘플 수"):
        TSNE(perplexity=40).fit(X)
    with pytest.raises(ValueError, match="지도"):
        trustworthiness(X, X[1:, :2])
    TSNE(perplexity=5, max_iter=300, verbose=2, random_state=0).fit(X)
    out = capsys.readouterr().out
    assert "[t-SNE] 반복 50: KL = " in out and "초기 과장으로 250번 반복한 뒤 KL 발산" in out
    mldlab.set_language("en")
    TSNE(perplexity=5, max_iter=300, verbose=1, random_state=0).fit(X)
    out = capsys.readouterr().out
    assert "KL divergence after 250 iterations with early exaggeration" in out and "Iteration" not in out


def test_the_contract_holds():
    """Rules 1–12 of ``check_estimator`` but the 7th, whose reference output (``predict``, ``transform`` or
    ``labels_``) t-SNE has none of: its map is ``fit_transform``'s, checked here for the same rule."""
    tsne = TSNE(perplexity=5, max_iter=250)
    data, _ = checks._data(tsne)
    for check in checks.CHECKS:
        if check is not checks.check_deterministic:
            check("TSNE", tsne, data, None)
    first, second = (TSNE(perplexity=5, max_iter=250, random_state=0).fit_transform(data) for _ in range(2))
    assert np.array_equal(first, second) and first.shape == (45, 2)
    assert not hasattr(tsne, "transform") and not hasattr(tsne, "embedding_")
    with pytest.raises(NotFittedError):
        check_is_fitted(tsne)
