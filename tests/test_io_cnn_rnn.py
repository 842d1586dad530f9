"""save → load of convolution, pooling, normalisation, embedding and recurrent networks: architecture, weights,
buffers (BatchNorm's running statistics and batch count), modes and frozen weights come back, and the outputs
are the same."""

import numpy as np
import pytest

import mldlab
from mldlab import keras as mk
from mldlab import nn
from mldlab.io import load, save

NETWORKS = {
    "cnn": (lambda: nn.Sequential(nn.Conv2d(1, 3, 3, padding="same", bias=False), nn.BatchNorm2d(3), nn.ReLU(),
                                  nn.MaxPool2d(2), nn.Identity(),
                                  nn.AvgPool2d(2, count_include_pad=False), nn.AdaptiveAvgPool2d((1, 1)),
                                  nn.Flatten(), nn.Unflatten(1, (3, 1)), nn.LayerNorm([3, 1]), nn.Flatten(),
                                  nn.BatchNorm1d(3, momentum=None), nn.Linear(3, 2)), (4, 1, 8, 8)),
    "conv1d": (lambda: nn.Sequential(nn.Conv1d(2, 4, 3, stride=2, dilation=1, groups=2, padding_mode="circular",
                                               padding=1), nn.MaxPool1d(2, ceil_mode=True), nn.AvgPool1d(1),
                                     nn.AdaptiveAvgPool1d(2), nn.Flatten()), (3, 2, 9)),
    "recurrent": (lambda: nn.Sequential(nn.Embedding(7, 3, padding_idx=0), nn.GRU(3, 4, num_layers=2, dropout=0.2,
                                                                                   bidirectional=True)), (5, 2)),
    "lstm": (lambda: nn.LSTM(2, 3, batch_first=True, proj_size=2, dtype=mldlab.float64), (2, 4, 2)),
    "cells": (lambda: nn.Sequential(nn.RNNCell(2, 3, nonlinearity="relu"), nn.LSTMCell(2, 3, bias=False),
                                     nn.GRUCell(2, 3)), None),
}


def _first(y):
    return y[0] if isinstance(y, tuple) else y


@pytest.mark.parametrize("name", NETWORKS)
def test_save_load_round_trip(tmp_path, name):
    make, shape = NETWORKS[name]
    model = make()
    if shape is not None:
        x = (np.random.default_rng(0).integers(0, 7, shape) if name == "recurrent"
             else np.random.default_rng(0).normal(size=shape).astype(next(model.parameters()).dtype))
        with mldlab.no_grad():
            model(mldlab.tensor(x))  # training mode: BatchNorm's statistics move
    first = next(model.parameters())
    first.requires_grad = False
    path = tmp_path / f"{name}.npz"
    save(model, path)
    again = load(path)
    assert repr(again) == repr(model) and again.training
    assert not next(again.parameters()).requires_grad
    state, loaded = model.state_dict(), again.state_dict()
    assert list(loaded) == list(state)
    for key in state:
        assert loaded[key].dtype == state[key].dtype, key
        np.testing.assert_array_equal(loaded[key].numpy(), state[key].numpy(), err_msg=key)
    if shape is not None:
        model.eval()
        again.eval()
        np.testing.assert_array_equal(_first(again(mldlab.tensor(x))).detach().numpy(),
                                      _first(model(mldlab.tensor(x))).detach().numpy())
    save(model.state_dict(), tmp_path / "weights.npz")
    fresh = make()
    fresh.load_state_dict(load(tmp_path / "weights.npz"))
    for key, value in fresh.state_dict().items():
        np.testing.assert_array_equal(value.numpy(), state[key].numpy(), err_msg=key)


def test_batch_norm_counts_survive_and_training_goes_on(tmp_path):
    model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 1))
    x = mldlab.randn(16, 3)
    for _ in range(3):
        model(x)
    save(model, tmp_path / "bn.npz")
    again = load(tmp_path / "bn.npz")
    assert again[1].num_batches_tracked.item() == 3 and again[1].num_batches_tracked.dtype == mldlab.int64
    model(x)
    again(x)
    np.testing.assert_array_equal(again[1].running_mean.numpy(), model[1].running_mean.numpy())


def test_keras_models_with_every_new_layer_round_trip(tmp_path):
    layers = mk.layers
    images = mk.Sequential([mk.Input(shape=(8, 8, 1)), layers.Conv2D(2, 3, padding="same", activation="relu"),
                            layers.BatchNormalization(momentum=0.5), layers.MaxPooling2D(),
                            layers.AveragePooling2D(2, padding="same"), layers.GlobalAveragePooling2D(),
                            layers.Dense(2)], name="images")
    words = mk.Sequential([mk.Input(shape=(6,)), layers.Embedding(9, 3), layers.Conv1D(4, 2, padding="causal"),
                           layers.MaxPooling1D(), layers.SimpleRNN(3, return_sequences=True),
                           layers.LSTM(3, return_sequences=True, go_backwards=True), layers.GRU(2, reset_after=False)],
                          name="words")
    rng = np.random.default_rng(1)
    for model, x in ((images, rng.normal(size=(5, 8, 8, 1)).astype(np.float32)), (words, rng.integers(0, 9, (5, 6)))):
        model.module.train()
        model(x)  # the moving statistics move
        model.save(tmp_path / f"{model.name}.npz")
        again = mk.models.load_model(tmp_path / f"{model.name}.npz")
        assert [layer.name for layer in again.layers] == [layer.name for layer in model.layers]
        for a, b in zip(again.get_weights(), model.get_weights(), strict=True):
            np.testing.assert_array_equal(a, b)
        np.testing.assert_array_equal(again.predict(x, verbose=0), model.predict(x, verbose=0))
