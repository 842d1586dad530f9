"""Model.fit keeps Keras's books: the same network, weights, data and optimizer give the same epoch losses.

Keras 3 runs on its PyTorch backend here. With shuffle=False the batches are the same, so every number must agree
up to float32 rounding: the epoch loss (a sample-weighted mean of batch losses), the validation split (the last
rows), val_loss, and the weights after training.
"""

import numpy as np
import pytest

import mldlab
from mldlab import nn
from mldlab.interop import keras_weights

pytestmark = pytest.mark.filterwarnings("ignore:__array__ implementation doesn't accept a copy:DeprecationWarning")


@pytest.mark.parametrize("batch_size", [10, 32])
def test_fit_matches_keras_fit(keras, batch_size):
    rng = np.random.default_rng(0)
    X = rng.standard_normal((203, 2)).astype(np.float32)  # 203: the last batch is short
    y = (X[:, 0] * X[:, 1] > 0).astype(np.float32)
    net = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1))
    ours = mldlab.Model(net)
    ours.compile(optimizer=mldlab.optim.SGD(net.parameters(), lr=0.1), loss=nn.BCEWithLogitsLoss())

    theirs = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(8, activation="tanh"),
                               keras.layers.Dense(1)])
    theirs.set_weights(keras_weights(net))
    theirs.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1),
                   loss=keras.losses.BinaryCrossentropy(from_logits=True))

    options = {"batch_size": batch_size, "epochs": 4, "validation_split": 0.2, "shuffle": False, "verbose": 0}
    mine = ours.fit(X, y, **options).history
    reference = theirs.fit(X, y.reshape(-1, 1), **options).history
    np.testing.assert_allclose(mine["loss"], reference["loss"], rtol=1e-5)
    np.testing.assert_allclose(mine["val_loss"], reference["val_loss"], rtol=1e-5)
    for a, b in zip(ours.get_weights(), keras_weights(net)):
        np.testing.assert_array_equal(a, np.asarray(b).T if a.ndim == 2 else b)
    for a, b in zip(keras_weights(net), theirs.get_weights()):
        np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-6)
    assert ours.evaluate(X, y, verbose=0) == pytest.approx(theirs.evaluate(X, y.reshape(-1, 1), verbose=0), rel=1e-5)
