"""MiniBatchKMeans beside scikit-learn's: the same learning rule (per-centre counts), the same quality on digits and
blobs, partial_fit, and the stopping rules."""

import numpy as np
import pytest

from mldlab.data import load_digits
from mldlab.ml import KMeans, MiniBatchKMeans
from mldlab.ml._kmeans_minibatch import minibatch_step


@pytest.fixture(scope="module")
def digits():
    return load_digits()[0].astype(np.float64)


@pytest.fixture(scope="module")
def blobs():
    rng = np.random.default_rng(0)
    centres = rng.normal(size=(8, 5)) * 10
    return np.vstack([c + rng.normal(size=(1500, 5)) for c in centres])


def test_one_step_is_sklearns_update(sklearn):
    """The update rule, checked on one batch against scikit-learn's own step (same centres, counts, batch)."""
    import sklearn.cluster._kmeans as skk

    rng = np.random.default_rng(3)
    Xb = rng.normal(size=(50, 4))
    w = rng.uniform(0.5, 2, size=50)
    centers = rng.normal(size=(5, 4))
    counts = np.array([0.0, 3.0, 10.0, 1.5, 7.0])
    ours_counts, theirs_counts, theirs_new = counts.copy(), counts.copy(), np.empty_like(centers)
    J, ours_new = minibatch_step(Xb, w, centers, ours_counts, rng, False, 0.01)
    theirs_J = skk._mini_batch_step(Xb, w, centers, theirs_new, theirs_counts, np.random.RandomState(0))
    np.testing.assert_allclose(ours_new, theirs_new, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(ours_counts, theirs_counts)
    assert J == pytest.approx(theirs_J, rel=1e-12)


@pytest.mark.parametrize("name, k, batch_size", [("digits", 10, 1024), ("blobs", 8, 256)])
def test_inertia_as_good_as_sklearns(sklearn, digits, blobs, name, k, batch_size):
    import sklearn.cluster  # noqa: F401

    X = digits if name == "digits" else blobs
    ours = [MiniBatchKMeans(k, batch_size=batch_size, random_state=s).fit(X).inertia_ for s in range(5)]
    theirs = [sklearn.cluster.MiniBatchKMeans(k, batch_size=batch_size, random_state=s).fit(X).inertia_
              for s in range(5)]
    assert np.median(ours) == pytest.approx(np.median(theirs), rel=0.03)


def test_fit_attributes_and_stopping(blobs):
    model = MiniBatchKMeans(8, batch_size=256, random_state=0).fit(blobs)
    assert model.labels_.dtype == np.int32 and model.labels_.shape == (len(blobs),)
    np.testing.assert_array_equal(model.labels_, model.predict(blobs))
    assert model.inertia_ == pytest.approx(-model.score(blobs))
    assert model.n_steps_ < (100 * len(blobs)) // 256  # max_no_improvement stopped it early
    assert model.n_iter_ == int(np.ceil(model.n_steps_ * 256 / len(blobs)))
    full = KMeans(8, random_state=0).fit(blobs)
    assert model.inertia_ <= full.inertia_ * 1.05
    fixed = MiniBatchKMeans(8, batch_size=256, max_no_improvement=None, max_iter=2, random_state=0).fit(blobs)
    assert fixed.n_steps_ == (2 * len(blobs)) // 256
    no_labels = MiniBatchKMeans(8, batch_size=256, compute_labels=False, random_state=0).fit(blobs)
    assert not hasattr(no_labels, "labels_") and no_labels.inertia_ > 0
    f32 = MiniBatchKMeans(8, batch_size=256, random_state=0).fit(blobs.astype(np.float32))
    assert f32.cluster_centers_.dtype == np.float32


def test_partial_fit_learns_from_parts(blobs):
    rng = np.random.default_rng(0)
    order = rng.permutation(len(blobs))
    model = MiniBatchKMeans(8, random_state=0)
    for _ in range(3):
        for start in range(0, len(blobs), 500):
            model.partial_fit(blobs[order[start:start + 500]])
    assert model.n_steps_ == 3 * len(range(0, len(blobs), 500))
    assert model.labels_.shape == (500,)
    assert -model.score(blobs) <= KMeans(8, random_state=0).fit(blobs).inertia_ * 1.1


def test_sample_weight_draws_the_batches(sklearn):
    X = np.array([[0.0], [1.0], [10.0], [11.0]])
    model = MiniBatchKMeans(1, batch_size=2, random_state=0).fit(X, sample_weight=[1, 1, 0, 0])
    assert model.cluster_centers_[0, 0] <= 1.0  # the points of weight 0 are never drawn
