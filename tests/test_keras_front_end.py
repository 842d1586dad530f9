"""mldlab.keras against Keras 3 (on its PyTorch backend), side by side.

The same model built in both from the same weights must give the same outputs, the same ``fit`` history epoch by
epoch (shuffle=False, so the batches are the same) for every optimizer class with default and non-default
options, and the same ``summary`` counts. Then: save → load, the hand-off to ``nn`` layers, and the bilingual
errors.
"""

import numpy as np
import pytest

import mldlab
from mldlab import keras as mk
from mldlab import nn

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::UserWarning")

OPTIMIZER_CASES = [
    ("SGD", {}),
    ("SGD", {"learning_rate": 0.1, "momentum": 0.9}),
    ("SGD", {"learning_rate": 0.1, "momentum": 0.9, "nesterov": True, "clipvalue": 0.05}),
    ("SGD", {"learning_rate": 0.1, "weight_decay": 0.05}),
    ("Adam", {}),
    ("Adam", {"learning_rate": 0.01, "beta_1": 0.8, "beta_2": 0.99, "epsilon": 1e-4, "amsgrad": True,
              "clipnorm": 0.1}),
    ("AdamW", {}),
    ("AdamW", {"learning_rate": 0.01, "weight_decay": 0.1}),
    ("RMSprop", {}),
    ("RMSprop", {"learning_rate": 0.01, "rho": 0.8, "momentum": 0.5, "centered": True, "global_clipnorm": 0.5}),
    ("Adagrad", {}),
    ("Adagrad", {"learning_rate": 0.05, "initial_accumulator_value": 0.5, "epsilon": 1e-3, "weight_decay": 0.01}),
    ("Adadelta", {}),
    ("Adadelta", {"learning_rate": 1.0, "rho": 0.9, "epsilon": 1e-6}),
]
FIT = {"batch_size": 16, "epochs": 5, "validation_split": 0.2, "shuffle": False, "verbose": 0}


def _data(n=203, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n, 2)).astype(np.float32)
    return X, (X[:, 0] * X[:, 1] > 0).astype(np.float32)


def _pair(keras, build):
    """The same architecture in Keras and in mldlab.keras, with Keras's starting weights copied over."""
    theirs, ours = build(keras), build(mk)
    ours.set_weights(theirs.get_weights())
    return theirs, ours


def _classifier(k):
    return k.Sequential([k.Input(shape=(2,)), k.layers.Dense(8, activation="tanh"),
                         k.layers.Dense(1, activation="sigmoid")])


def _assert_history(mine: dict, reference: dict, keys, rtol=1e-5):
    for key in keys:
        np.testing.assert_allclose(mine[key], reference[key], rtol=rtol, err_msg=key)


@pytest.mark.parametrize(("name", "options"), OPTIMIZER_CASES, ids=lambda v: str(v))
def test_fit_history_matches_keras_for_each_optimizer(keras, name, options):
    X, y = _data()
    theirs, ours = _pair(keras, _classifier)
    theirs.compile(optimizer=getattr(keras.optimizers, name)(**options), loss="binary_crossentropy",
                   metrics=["accuracy"])
    ours.compile(optimizer=getattr(mk.optimizers, name)(**options), loss="binary_crossentropy", metrics=["accuracy"])
    mine, reference = ours.fit(X, y, **FIT).history, theirs.fit(X, y, **FIT).history
    _assert_history(mine, reference, ["loss", "val_loss", "accuracy", "val_accuracy"])
    for a, b in zip(ours.get_weights(), theirs.get_weights()):
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=2e-6)


def test_pytorch_style_rmsprop_would_not_match_keras(keras):
    """The comparison above can fail: RMSprop with ε outside the root (PyTorch's rule) gives other numbers."""
    X, y = _data()
    theirs, ours = _pair(keras, _classifier)
    theirs.compile(optimizer=keras.optimizers.RMSprop(learning_rate=0.01, epsilon=1e-2), loss="binary_crossentropy")
    ours.compile(optimizer=mldlab.optim.RMSprop(ours.module.parameters(), lr=0.01, alpha=0.9, eps=1e-2),
                 loss="binary_crossentropy")
    mine, reference = ours.fit(X, y, **FIT).history, theirs.fit(X, y, **FIT).history
    assert np.max(np.abs(np.array(mine["loss"]) / np.array(reference["loss"]) - 1)) > 1e-4


@pytest.mark.parametrize("optimizer", ["adam", "sgd", "rmsprop", "adagrad", "adadelta", "adamw"])
def test_optimizer_names_use_keras_defaults(keras, optimizer):
    X, y = _data(120, seed=1)
    theirs, ours = _pair(keras, _classifier)
    theirs.compile(optimizer=optimizer, loss="binary_crossentropy")
    ours.compile(optimizer=optimizer, loss="binary_crossentropy")
    _assert_history(ours.fit(X, y, **FIT).history, theirs.fit(X, y, **FIT).history, ["loss", "val_loss"])
    reference = keras.optimizers.get(optimizer).get_config()
    for key, value in ours.optimizer.get_config().items():
        if key != "name":
            assert value == pytest.approx(reference[key]), key


def _softmax_net(k, units=3):
    return k.Sequential([k.Input(shape=(2,)), k.layers.Dense(6, activation="relu"), k.layers.Dropout(0.0),
                         k.layers.Dense(units, activation="softmax")])


def _logits_net(k):
    return k.Sequential([k.Input(shape=(2,)), k.layers.Dense(6, activation="elu", kernel_initializer="he_normal"),
                         k.layers.Dense(3)])


def _regression_net(k):
    return k.Sequential([k.Input(shape=(2,)), k.layers.Dense(5, activation="softplus"),
                         k.layers.Activation("swish"), k.layers.Dense(1, use_bias=False)])


@pytest.mark.parametrize("case", ["sparse", "categorical", "sparse_logits", "categorical_logits", "bce_logits",
                                  "mse", "mae"])
def test_fit_history_matches_keras_for_each_loss(keras, case):
    X, y = _data(150, seed=2)
    classes = (X[:, 0] > 0).astype(np.int64) + (X[:, 1] > 0.5)
    one_hot = np.eye(3, dtype=np.float32)[classes]
    target, metrics = {
        "sparse": (classes, ["accuracy"]), "categorical": (one_hot, ["accuracy"]),
        "sparse_logits": (classes, ["sparse_categorical_accuracy"]), "categorical_logits": (one_hot, []),
        "bce_logits": (y, ["accuracy"]), "mse": (X[:, :1] * X[:, 1:], ["mae"]), "mae": (X[:, 0] - X[:, 1], ["mse"]),
    }[case]
    build = {"sparse": _softmax_net, "categorical": _softmax_net, "sparse_logits": _logits_net,
             "categorical_logits": _logits_net, "bce_logits": lambda k: _softmax_net(k, units=1),
             "mse": _regression_net, "mae": _regression_net}[case]
    theirs, ours = _pair(keras, build)

    def loss(k):
        return {"sparse": "sparse_categorical_crossentropy", "categorical": "categorical_crossentropy",
                "sparse_logits": k.losses.SparseCategoricalCrossentropy(from_logits=True),
                "categorical_logits": k.losses.CategoricalCrossentropy(from_logits=True, label_smoothing=0.1),
                "bce_logits": k.losses.BinaryCrossentropy(from_logits=True), "mse": "mse",
                "mae": k.losses.MeanAbsoluteError()}[case]

    theirs.compile(optimizer=keras.optimizers.Adam(0.01), loss=loss(keras), metrics=metrics)
    ours.compile(optimizer=mk.optimizers.Adam(0.01), loss=loss(mk), metrics=metrics)
    mine, reference = ours.fit(X, target, **FIT).history, theirs.fit(X, target, **FIT).history
    keys = [key for key in reference if key != "learning_rate"]
    assert set(keys) <= set(mine)
    _assert_history(mine, reference, keys)
    np.testing.assert_allclose(ours.evaluate(X, target, verbose=0), theirs.evaluate(X, target, verbose=0), rtol=1e-5)


@pytest.mark.parametrize("activation", ["linear", "relu", "sigmoid", "tanh", "softmax", "log_softmax", "leaky_relu",
                                        "elu", "selu", "softplus", "softsign", "silu", "swish", "relu6",
                                        "hard_sigmoid", "exponential", "gelu", "mish", "log_sigmoid"])
def test_outputs_match_keras_for_each_activation(keras, activation):
    X = np.random.default_rng(3).standard_normal((17, 4)).astype(np.float32) * 3
    theirs, ours = _pair(keras, lambda k: k.Sequential([k.Input(shape=(4,)), k.layers.Dense(5, activation=activation,
                                                                                                bias_initializer="ones")]))
    np.testing.assert_allclose(ours.predict(X, verbose=0), theirs.predict(X, verbose=0), rtol=1e-5, atol=1e-6)
    z = keras.ops.convert_to_numpy(theirs.layers[0](X))
    np.testing.assert_allclose(ours.layers[0](X).detach().numpy(), z, rtol=1e-5, atol=1e-6)


def test_the_input_size_comes_from_the_first_call_as_in_keras(keras):
    X = np.random.default_rng(4).standard_normal((9, 3)).astype(np.float32)

    def build(k):
        return k.Sequential([k.layers.Dense(4, activation="relu"), k.layers.Flatten(), k.layers.Dense(2)],
                            name="deck")
    theirs, ours = build(keras), build(mk)
    assert not ours.built and ours.layers[0].kernel is None
    theirs.build((None, 3))
    ours.build((None, 3))
    ours.set_weights(theirs.get_weights())
    np.testing.assert_allclose(ours.predict(X, verbose=0), theirs.predict(X, verbose=0), rtol=1e-5, atol=1e-6)
    assert [w.shape for w in ours.get_weights()] == [w.shape for w in theirs.get_weights()]
    assert ours.layers[0].kernel.shape == (3, 4) and ours.layers[0].bias.shape == (4,)


def test_summary_counts_match_keras(keras, capsys):
    def build(k):
        model = k.Sequential(name="counts")
        model.add(k.Input(shape=(4, 5)))
        model.add(k.layers.Flatten())
        model.add(k.layers.Dense(16, activation="relu"))
        model.add(k.layers.Dropout(0.3))
        model.add(k.layers.Dense(3, use_bias=False))
        return model
    theirs, ours = build(keras), build(mk)
    assert ours.count_params() == theirs.count_params() == 20 * 16 + 16 + 16 * 3
    assert [layer.count_params() for layer in ours.layers] == [layer.count_params() for layer in theirs.layers]
    assert [layer.name for layer in ours.layers] == ["flatten", "dense", "dropout", "dense_1"]
    for line_length in (None, 52, 70):
        ours.summary(line_length=line_length)
        text = capsys.readouterr().out
        theirs.summary(line_length=line_length)
        reference = capsys.readouterr().out
        for line, expected in zip(text.splitlines(), reference.splitlines(), strict=True):
            if line.startswith("│ "):  # a layer's row: Keras numbers layer names across models, mldlab per model
                assert line.split("│")[2:] == expected.split("│")[2:]
            else:
                assert line == expected
    assert "│ dense (Dense)" in text and "(None, 16)" in text and "336" in text
    theirs.layers[1].trainable = False
    ours.layers[1].trainable = False
    ours.summary()
    text = capsys.readouterr().out
    theirs.summary()
    assert text.splitlines()[-3:] == capsys.readouterr().out.splitlines()[-3:]
    assert " Non-trainable params: 336 (1.31 KB)" in text


@pytest.mark.parametrize(("name", "options"), [
    ("Adam", {}), ("Adam", {"amsgrad": True}), ("SGD", {}), ("SGD", {"momentum": 0.9}),
    ("RMSprop", {"momentum": 0.5, "centered": True}), ("Adagrad", {}), ("Adadelta", {}), ("AdamW", {})])
def test_summary_counts_the_optimizer_after_training_as_keras(keras, capsys, name, options):
    X, y = _data(20)
    theirs, ours = _pair(keras, _classifier)
    for model, k in ((theirs, keras), (ours, mk)):
        model.compile(optimizer=getattr(k.optimizers, name)(**options), loss="binary_crossentropy")
        model.fit(X, y, epochs=1, verbose=0)
        model.summary(line_length=60)
    text, reference = capsys.readouterr().out.split('Model: "sequential')[1:]
    assert text.splitlines()[-4:] == reference.splitlines()[-4:]


def test_unbuilt_summary_shows_unbuilt_rows(capsys):
    mk.Sequential([mk.layers.Dense(8), mk.layers.Dense(2)]).summary(line_length=76)
    text = capsys.readouterr().out
    assert text.count("0 (unbuilt)") == 2 and " Total params: 0 (0.00 B)" in text


def test_layer_weights_and_config_use_keras_names_and_shapes(keras):
    theirs = keras.layers.Dense(3, activation="relu", name="hidden")
    ours = mk.layers.Dense(3, activation="relu", name="hidden")
    theirs.build((None, 2))
    ours.build((None, 2))
    ours.set_weights(theirs.get_weights())
    assert [w.shape for w in ours.get_weights()] == [(2, 3), (3,)]
    reference = theirs.get_config()
    config = ours.get_config()
    for key in ("name", "trainable", "units", "activation", "use_bias", "kernel_regularizer", "bias_constraint"):
        assert config[key] == reference[key], key
    assert config["kernel_initializer"]["class_name"] == reference["kernel_initializer"]["class_name"]
    assert mk.layers.Dropout(0.25, seed=3).get_config()["rate"] == keras.layers.Dropout(0.25).get_config()["rate"]


def test_initializers_have_keras_distributions():
    shape = (400, 300)
    for init, std in [(mk.initializers.GlorotUniform(), np.sqrt(2 / 700)), (mk.initializers.GlorotNormal(),
                      np.sqrt(2 / 700)), (mk.initializers.HeNormal(), np.sqrt(2 / 400)),
                      (mk.initializers.HeUniform(), np.sqrt(2 / 400)), (mk.initializers.RandomNormal(stddev=0.1), 0.1)]:
        values = init(shape).numpy()
        assert values.std() == pytest.approx(std, rel=0.02), type(init).__name__
    assert np.abs(mk.initializers.GlorotUniform()(shape).numpy()).max() <= np.sqrt(6 / 700)
    assert np.abs(mk.initializers.HeNormal()(shape).numpy()).max() <= 2 * np.sqrt(2 / 400) / 0.8796 + 1e-6
    seeded = mk.initializers.RandomUniform(-1, 1, seed=5)
    np.testing.assert_array_equal(seeded((3, 3)).numpy(), seeded((3, 3)).numpy())
    assert float(mk.initializers.Constant(0.5)((2,)).numpy().sum()) == 1.0
    assert mk.initializers.get({"class_name": "RandomNormal", "config": {"stddev": 0.2}}).stddev == 0.2


def test_keras_2_style_input_shape_and_input_dim(keras):
    X = np.ones((3, 2), np.float32)
    for first in (mk.layers.Dense(4, input_shape=(2,)), mk.layers.Dense(4, input_dim=2)):
        model = mk.Sequential([first, mk.layers.Dense(1)])
        assert model.built and model.count_params() == 17 and model.predict(X, verbose=0).shape == (3, 1)
    with pytest.raises(ValueError, match="input shape"):
        mk.layers.Dense(4, input_shape=(0,))


def test_dense_starts_as_keras_does():
    layer = mk.layers.Dense(50, input_shape=(40,))
    assert layer.built and np.all(layer.bias.detach().numpy() == 0)
    assert np.abs(layer.kernel.detach().numpy()).max() <= np.sqrt(6 / 90)
    mldlab.manual_seed(7)
    a = mk.layers.Dense(4)(np.ones((1, 3))).detach().numpy()
    mldlab.manual_seed(7)
    np.testing.assert_array_equal(a, mk.layers.Dense(4)(np.ones((1, 3))).detach().numpy())


def test_functions_and_objects_of_losses_match_keras(keras):
    rng = np.random.default_rng(5)
    p = rng.uniform(0.01, 0.99, (6, 3)).astype(np.float32)
    y = np.eye(3, dtype=np.float32)[[0, 2, 1, 1, 0, 2]]
    pairs = [("binary_crossentropy", y, p), ("categorical_crossentropy", y, p),
             ("sparse_categorical_crossentropy", np.array([0, 2, 1, 1, 0, 2]), p),
             ("mean_squared_error", y, p), ("mean_absolute_error", y, p)]
    for name, target, output in pairs:
        reference = keras.ops.convert_to_numpy(getattr(keras.losses, name)(target, output))
        np.testing.assert_allclose(getattr(mk.losses, name)(target, output).numpy(), reference, rtol=1e-5)
    z = rng.standard_normal((6, 1)).astype(np.float32) * 4
    for options in ({"from_logits": True}, {"from_logits": True, "label_smoothing": 0.2}):
        reference = keras.ops.convert_to_numpy(keras.losses.BinaryCrossentropy(**options)(y[:, :1], z))
        assert mk.losses.BinaryCrossentropy(**options)(y[:, :1], z).item() == pytest.approx(float(reference),
                                                                                            rel=1e-5)
    assert mk.losses.MeanSquaredError(reduction="sum")(y, p).item() == pytest.approx(
        float(keras.ops.convert_to_numpy(keras.losses.MeanSquaredError(reduction="sum")(y, p))), rel=1e-5)


def test_callbacks_work_on_a_keras_model(keras, tmp_path):
    X, y = _data(100, seed=6)
    model = _classifier(mk)
    model.compile(optimizer=mk.optimizers.SGD(0.5), loss="binary_crossentropy", metrics=["accuracy"])
    history = model.fit(X, y, epochs=30, validation_split=0.25, verbose=0, callbacks=[
        mk.callbacks.EarlyStopping(patience=2, restore_best_weights=True),
        mk.callbacks.LearningRateScheduler(lambda epoch, lr: lr * 0.9),
        mk.callbacks.CSVLogger(str(tmp_path / "log.csv"))])
    assert model.history is history and len(history.history["loss"]) <= 30
    assert history.history["learning_rate"][1] == pytest.approx(0.5 * 0.9 ** 2)
    assert model.optimizer.learning_rate == pytest.approx(history.history["learning_rate"][-1])
    assert (tmp_path / "log.csv").exists()
    np.testing.assert_array_equal(mk.utils.to_categorical([0, 2, 1]), keras.utils.to_categorical([0, 2, 1]))


def test_save_and_load_round_trip(tmp_path):
    X, y = _data(60, seed=7)
    model = mk.Sequential([mk.layers.Dense(6, activation="relu", kernel_initializer=mk.initializers.HeNormal(seed=1)),
                           mk.layers.Dropout(0.2, seed=4), mk.layers.Dense(1, activation="sigmoid")], name="passer")
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    model.fit(X, y, epochs=2, verbose=0)
    path = tmp_path / "passer.npz"
    model.save(path)
    module = mldlab.load(path)
    assert type(module).__name__ == "SequentialLayers" and module.name == "passer"
    np.testing.assert_array_equal(mldlab.Model(module).predict(X), model.predict(X, verbose=0))
    again = mk.models.load_model(path)
    assert again.name == "passer" and [layer.name for layer in again.layers] == ["dense", "dropout", "dense_1"]
    assert again.layers[1].rate == 0.2 and again.layers[1].seed == 4
    np.testing.assert_array_equal(again.predict(X, verbose=0), model.predict(X, verbose=0))
    for a, b in zip(again.get_weights(), model.get_weights()):
        np.testing.assert_array_equal(a, b)
    again.compile(optimizer="sgd", loss="binary_crossentropy")
    again.fit(X, y, epochs=1, verbose=0)
    mldlab.save(nn.Sequential(nn.Linear(2, 1)), tmp_path / "torch_style.npz")
    with pytest.raises(ValueError, match="not a Keras-style model"):
        mk.models.load_model(tmp_path / "torch_style.npz")


def test_custom_activation_cannot_be_saved(tmp_path):
    model = mk.Sequential([mk.Input(shape=(2,)), mk.layers.Dense(2, activation=lambda z: z * 2)])
    with pytest.raises(TypeError, match="activation function of your own"):
        model.save(tmp_path / "custom.npz")


def test_to_nn_hands_off_the_same_numbers():
    X = np.random.default_rng(8).standard_normal((5, 3)).astype(np.float32)
    for activation in ("linear", "relu", "sigmoid", "tanh", "softmax", "leaky_relu"):
        dense = mk.layers.Dense(4, activation=activation, input_shape=(3,))
        net = dense.to_nn()
        np.testing.assert_allclose(net(mldlab.tensor(X)).detach().numpy(), dense(X).detach().numpy(), rtol=1e-6)
        linear = net if isinstance(net, nn.Linear) else net[0]
        np.testing.assert_array_equal(linear.weight.detach().numpy(), dense.kernel.detach().numpy().T)
    assert isinstance(mk.layers.Dropout(0.3).to_nn(), nn.Dropout)
    assert isinstance(mk.layers.Activation("tanh").to_nn(), nn.Tanh)
    with pytest.raises(NotImplementedError, match="selu"):
        mk.layers.Dense(2, activation="selu", input_shape=(3,)).to_nn()


def test_optimizer_is_built_when_the_weights_exist():
    X, y = _data(40)
    optimizer = mk.optimizers.Adam()
    model = mk.Sequential([mk.layers.Dense(3, activation="tanh"), mk.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer=optimizer, loss="binary_crossentropy")
    assert model.optimizer is optimizer and not optimizer.built
    model.fit(X, y, epochs=1, verbose=0)
    assert optimizer.built and optimizer.iterations == 2 and isinstance(optimizer, mldlab.optim.Adam)
    other = mk.Sequential([mk.Input(shape=(2,)), mk.layers.Dense(1)])
    with pytest.raises(ValueError, match="does not hold this model"):
        other.compile(optimizer=optimizer, loss="mse")


@pytest.mark.parametrize("language", ["en", "ko"])
def test_bad_inputs_give_clear_bilingual_errors(language):
    mldlab.set_language(language)
    expected = {"en": ["does not know its input size", "Unknown activation", "Unknown initializer",
                       "does not support the Keras argument", "unknown argument", "rate", "expected inputs with"],
                "ko": ["입력 크기를", "알 수 없는 활성화 함수", "알 수 없는 초기화 방법", "지원하지 않습니다",
                       "알 수 없는 인자", "rate", "입력은 마지막 차원이"]}[language]
    unbuilt = mk.Sequential([mk.layers.Dense(8)])
    with pytest.raises(ValueError, match=expected[0]):
        unbuilt.build()
    with pytest.raises(ValueError, match="count_params"):
        unbuilt.count_params()
    with pytest.raises(ValueError, match=expected[1]) as error:
        mk.layers.Dense(2, activation="sigmod")
    assert "sigmoid" in str(error.value) and "relu" in str(error.value)
    with pytest.raises(ValueError, match=expected[2]) as error:
        mk.layers.Dense(2, kernel_initializer="xavier")
    assert "glorot_uniform" in str(error.value)
    with pytest.raises(NotImplementedError, match=expected[3]) as error:
        mk.layers.Dense(2, kernel_regularizer="l2")
    assert "kernel_regularizer='l2'" in str(error.value)
    with pytest.raises(NotImplementedError, match=expected[3]):
        mk.optimizers.Adam(use_ema=True)
    with pytest.raises(TypeError, match=expected[4]) as error:
        mk.layers.Dense(2, activaton="relu")
    assert "activation" in str(error.value)
    with pytest.raises(ValueError, match=expected[5]):
        mk.layers.Dropout(1.5)
    layer = mk.layers.Dense(2, input_shape=(3,))
    with pytest.raises(ValueError, match=expected[6]):
        layer(np.ones((4, 5)))
    with pytest.raises(ValueError):
        mk.optimizers.SGD(momentum=2.0)
    with pytest.raises(ValueError):
        mk.Sequential([mk.layers.Dense(1)]).compile(optimizer="adamm", loss="mse")
    with pytest.raises(NotImplementedError):
        mk.Sequential([mk.Input(shape=(2,)), mk.layers.Dense(1)]).compile(loss="mse", loss_weights=[1.0])
    with pytest.raises(TypeError):
        mk.layers.Dense(2)(mk.Input(shape=(2,)))


def test_a_keras_model_hands_off_to_pytorch(torch):
    X = np.random.default_rng(9).standard_normal((6, 2)).astype(np.float32)
    model = mk.Sequential([mk.Input(shape=(2,)), mk.layers.Dense(4, activation="relu"), mk.layers.Dropout(0.1),
                           mk.layers.Dense(3, activation="softmax")])
    net = mldlab.interop.to_torch(model.module).eval()
    np.testing.assert_allclose(net(torch.from_numpy(X)).detach().numpy(), model.predict(X, verbose=0), rtol=1e-5,
                               atol=1e-7)
    assert mldlab.tf.keras is mk and mldlab.keras is mk


def test_a_pytorch_style_optimizer_and_class_are_accepted():
    X, y = _data(40)
    model = _classifier(mk)
    model.compile(optimizer=mldlab.optim.SGD(model.module.parameters(), lr=0.1), loss="binary_crossentropy")
    assert model.fit(X, y, epochs=2, verbose=0).history["loss"][1] < model.history.history["loss"][0] + 1
    model = _classifier(mk)
    model.compile(optimizer=mldlab.optim.Adam, loss=mk.losses.binary_crossentropy, metrics=["accuracy"])
    assert isinstance(model.optimizer, mldlab.optim.Adam) and model.loss.name == "binary_crossentropy"


def test_dense_gradients_match_central_differences():
    """The Dense node's backward (∂J/∂X = g Kᵀ, ∂J/∂K = Xᵀ g, ∂J/∂b = Σ g) in float64, 3-d input included."""
    from mldlab.keras.layers.dense import dense

    rng = np.random.default_rng(10)
    for shape in ((4, 3), (2, 4, 3)):
        x = mldlab.tensor(rng.standard_normal(shape), dtype=mldlab.float64, requires_grad=True)
        k = mldlab.tensor(rng.standard_normal((3, 5)), dtype=mldlab.float64, requires_grad=True)
        b = mldlab.tensor(rng.standard_normal(5), dtype=mldlab.float64, requires_grad=True)
        weights = rng.standard_normal((*shape[:-1], 5))

        def loss(x=x, k=k, b=b, weights=weights):
            return (dense(x, k, b).tanh() * mldlab.tensor(weights)).sum()

        loss().backward()
        for t in (x, k, b):
            numeric = np.zeros(t.shape)
            for index in np.ndindex(t.shape):
                saved = t._data[index]
                t._data[index] = saved + 1e-6
                up = loss().item()
                t._data[index] = saved - 1e-6
                down = loss().item()
                t._data[index] = saved
                numeric[index] = (up - down) / 2e-6
            np.testing.assert_allclose(t.grad.numpy(), numeric, rtol=1e-6, atol=1e-8)
