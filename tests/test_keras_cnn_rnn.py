"""mldlab.keras's convolution, pooling, normalisation, embedding and recurrent layers against Keras 3 (PyTorch
backend), side by side: the same weights give the same outputs and gradients, the same ``fit`` history, the same
``summary``; then save → load, the hand-off to ``nn`` layers, and the bilingual errors."""

import numpy as np
import pytest

import mldlab
from mldlab import keras as mk
from mldlab.interop import to_pytorch_code, to_torch

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::UserWarning")

RNG = np.random.default_rng(0)
IMAGES = RNG.standard_normal((2, 7, 8, 4)).astype(np.float32)
SEQUENCES = RNG.standard_normal((3, 6, 4)).astype(np.float32)
IDS = RNG.integers(0, 10, (3, 5))

# name: (build(layers), input)
LAYERS = {
    "conv2d": (lambda L: L.Conv2D(6, 3, activation="relu"), IMAGES),
    "conv2d_same_strided": (lambda L: L.Conv2D(6, (3, 2), strides=2, padding="same", use_bias=False), IMAGES),
    "conv2d_even_same_dilated_groups": (lambda L: L.Conv2D(4, 4, padding="same", dilation_rate=(2, 1), groups=2),
                                        IMAGES),
    "conv1d_causal": (lambda L: L.Conv1D(5, 3, padding="causal", dilation_rate=2, activation="tanh"), SEQUENCES),
    "max_pooling2d": (lambda L: L.MaxPooling2D(), IMAGES),
    "max_pooling2d_same": (lambda L: L.MaxPooling2D(3, strides=2, padding="same"), IMAGES),
    "max_pooling1d": (lambda L: L.MaxPooling1D(3, strides=2, padding="same"), SEQUENCES),
    "average_pooling2d": (lambda L: L.AveragePooling2D((2, 3), strides=(1, 2)), IMAGES),
    "average_pooling2d_same": (lambda L: L.AveragePooling2D(3, padding="same"), IMAGES[:, :6, :6]),
    "global_average_pooling2d": (lambda L: L.GlobalAveragePooling2D(keepdims=True), IMAGES),
    "global_average_pooling1d": (lambda L: L.GlobalAveragePooling1D(), SEQUENCES),
    "batch_normalization": (lambda L: L.BatchNormalization(momentum=0.9), IMAGES),
    "batch_normalization_table": (lambda L: L.BatchNormalization(center=False, epsilon=0.01), SEQUENCES[:, 0]),
    "embedding": (lambda L: L.Embedding(10, 4), IDS),
    "reshape": (lambda L: L.Reshape((3, -1, 2)), SEQUENCES),
    "simple_rnn": (lambda L: L.SimpleRNN(5, activation="relu", return_sequences=True), SEQUENCES),
    "lstm": (lambda L: L.LSTM(5), SEQUENCES),
    "lstm_backwards_state": (lambda L: L.LSTM(5, go_backwards=True, return_sequences=True, return_state=True),
                             SEQUENCES),
    "gru": (lambda L: L.GRU(5, return_sequences=True), SEQUENCES),
    "gru_reset_before": (lambda L: L.GRU(5, reset_after=False, use_bias=True, return_state=True), SEQUENCES),
}


def _pair(keras, build, x):
    """The layer in Keras and in mldlab.keras, built for ``x``, with the same (perturbed) weights."""
    theirs, ours = build(keras.layers), build(mk.layers)
    theirs.build(x.shape)
    ours.build(x.shape)
    weights = [w + 0.1 * RNG.standard_normal(w.shape).astype(w.dtype) for w in theirs.get_weights()]
    if type(ours).__name__ == "BatchNormalization":
        weights[-1] = np.abs(weights[-1])  # a variance
    theirs.set_weights(weights)
    ours.set_weights(weights)
    return theirs, ours


def _outputs(y) -> list:
    return list(y) if isinstance(y, (list, tuple)) else [y]


@pytest.mark.parametrize("name", LAYERS)
def test_outputs_and_gradients_match_keras(keras, torch, name):
    build, x = LAYERS[name]
    theirs, ours = _pair(keras, build, x)
    assert [w.shape for w in ours.get_weights()] == [tuple(w.shape) for w in theirs.weights]
    expected_name = theirs.name.rsplit("_", 1)[0] if theirs.name[-1].isdigit() else theirs.name  # Keras: conv2d_3
    assert ours.name == expected_name
    floats = x.dtype.kind == "f"
    x_theirs = torch.tensor(x, requires_grad=floats)
    x_ours = mldlab.tensor(x, requires_grad=floats)
    training = name.startswith("batch")
    reference = _outputs(theirs(x_theirs, training=True) if training else theirs(x_theirs))
    mine = _outputs(ours.train(training)(x_ours))
    assert [tuple(o.shape) for o in mine] == [tuple(r.shape) for r in reference]
    assert ours.compute_output_shape((None, *x.shape[1:])) == theirs.compute_output_shape((None, *x.shape[1:]))
    seeds = [RNG.standard_normal(tuple(r.shape)).astype(np.float32) for r in reference]
    sum(((r * torch.from_numpy(s)).sum() for r, s in zip(reference, seeds))).backward()
    sum(((m * mldlab.tensor(s)).sum() for m, s in zip(mine, seeds))).backward()
    for r, m in zip(reference, mine):
        np.testing.assert_allclose(m.detach().numpy(), r.detach().numpy(), rtol=1e-5, atol=2e-6)
    if floats:
        np.testing.assert_allclose(x_ours.grad.numpy(), x_theirs.grad.numpy(), rtol=1e-4, atol=2e-6)
    for mine_w, their_w in zip(ours.trainable_weights, theirs.trainable_weights):
        np.testing.assert_allclose(mine_w.grad.numpy(), their_w.value.grad.numpy(), rtol=1e-4, atol=2e-6)
    for mine_w, their_w in zip(ours.get_weights(), theirs.get_weights()):  # moving statistics after training
        np.testing.assert_allclose(mine_w, their_w, rtol=1e-5, atol=1e-7)


@pytest.mark.parametrize("cell", ["SimpleRNN", "LSTM", "GRU"])
def test_initial_state_as_in_keras(keras, torch, cell):
    theirs, ours = _pair(keras, lambda L: getattr(L, cell)(5, return_state=True), SEQUENCES)
    states = [RNG.standard_normal((3, 5)).astype(np.float32) for _ in range(2 if cell == "LSTM" else 1)]
    reference = theirs(SEQUENCES, initial_state=[torch.from_numpy(h) for h in states])
    mine = ours(SEQUENCES, initial_state=states)
    for m, r in zip(mine, reference, strict=True):
        np.testing.assert_allclose(m.detach().numpy(), r.detach().numpy(), rtol=1e-5, atol=1e-6)
    with pytest.raises(ValueError, match="initial_state"):
        ours(SEQUENCES, initial_state=[np.zeros((3, 4))] * len(states))


def test_frozen_batch_normalization_uses_its_moving_statistics(keras):
    theirs, ours = _pair(keras, lambda L: L.BatchNormalization(), IMAGES)
    theirs.trainable = ours.trainable = False
    reference = theirs(IMAGES, training=True).detach().numpy()
    np.testing.assert_allclose(ours.train()(IMAGES).detach().numpy(), reference, rtol=1e-5, atol=1e-6)
    assert ours.count_params() == 4 * 4 and not ours.trainable_weights and len(ours.non_trainable_weights) == 4


def test_weights_start_as_in_keras():
    lstm = mk.layers.LSTM(8, input_shape=(5, 3))
    kernel, recurrent, bias = lstm.get_weights()
    np.testing.assert_allclose(recurrent @ recurrent.T, np.eye(8), atol=1e-5)  # orthogonal rows (8 × 32)
    assert np.abs(kernel).max() <= np.sqrt(6 / (3 + 32)) and list(bias) == [0] * 8 + [1] * 8 + [0] * 16
    assert not mk.layers.LSTM(4, unit_forget_bias=False, input_shape=(5, 3)).get_weights()[2].any()
    assert mk.layers.SimpleRNN(4, input_shape=(5, 3)).count_params() == 3 * 4 + 4 * 4 + 4
    assert mk.layers.GRU(4, input_shape=(5, 3)).bias.shape == (2, 12)
    bn = mk.layers.BatchNormalization(input_shape=(3,))
    assert [w.tolist() for w in bn.get_weights()] == [[1] * 3, [0] * 3, [0] * 3, [1] * 3]
    assert (bn.momentum, bn.epsilon) == (0.99, 1e-3)
    assert np.abs(mk.layers.Embedding(50, 4).get_weights()[0]).max() <= 0.05
    conv = mk.layers.Conv2D(8, 3, input_shape=(6, 6, 2))
    kernel, bias = conv.get_weights()
    assert np.abs(kernel).max() <= np.sqrt(6 / (9 * 2 + 9 * 8)) and not bias.any() and kernel.std() > 0.1


def _cnn(k):
    return k.Sequential([k.Input(shape=(6, 6, 1)), k.layers.Conv2D(3, 3, activation="relu"),
                         k.layers.BatchNormalization(), k.layers.MaxPooling2D(), k.layers.Flatten(),
                         k.layers.Dense(2, activation="softmax")])


def _rnn(k, cell):
    return k.Sequential([k.Input(shape=(5,)), k.layers.Embedding(6, 3), getattr(k.layers, cell)(4),
                         k.layers.Dense(1)])


@pytest.mark.parametrize("case", ["cnn", "LSTM", "GRU", "SimpleRNN"])
def test_fit_history_matches_keras(keras, case):
    rng = np.random.default_rng(1)
    if case == "cnn":
        X, y = rng.standard_normal((40, 6, 6, 1)).astype(np.float32), rng.integers(0, 2, 40)
        build, loss = _cnn, "sparse_categorical_crossentropy"
    else:
        X, y = rng.integers(0, 6, (40, 5)), rng.standard_normal(40).astype(np.float32)
        build, loss = (lambda k: _rnn(k, case)), "mse"
    theirs, ours = build(keras), build(mk)
    ours.set_weights(theirs.get_weights())
    theirs.compile(optimizer=keras.optimizers.Adam(0.01), loss=loss)
    ours.compile(optimizer=mk.optimizers.Adam(0.01), loss=loss)
    options = {"batch_size": 16, "epochs": 3, "validation_split": 0.25, "shuffle": False, "verbose": 0}
    mine, reference = ours.fit(X, y, **options).history, theirs.fit(X, y, **options).history
    for key in ("loss", "val_loss"):
        np.testing.assert_allclose(mine[key], reference[key], rtol=2e-5, err_msg=key)
    for a, b in zip(ours.get_weights(), theirs.get_weights()):
        np.testing.assert_allclose(a, b, rtol=1e-4, atol=2e-6)


def test_summary_matches_keras(keras, capsys):
    def build(k):
        return k.Sequential([k.Input(shape=(8, 8, 2)), k.layers.Conv2D(4, 3, padding="same"),
                             k.layers.BatchNormalization(), k.layers.MaxPooling2D(),
                             k.layers.GlobalAveragePooling2D(), k.layers.Dense(5)])

    def build_rnn(k):
        return k.Sequential([k.Input(shape=(None,)), k.layers.Embedding(10, 4),
                             k.layers.SimpleRNN(3, return_sequences=True), k.layers.LSTM(3, return_sequences=True),
                             k.layers.GRU(3)])
    for make in (build, build_rnn):
        theirs, ours = make(keras), make(mk)
        assert ours.count_params() == theirs.count_params()
        for line_length in (None, 60):
            ours.summary(line_length=line_length)
            text = capsys.readouterr().out
            theirs.summary(line_length=line_length)
            reference = capsys.readouterr().out
            for line, expected in zip(text.splitlines()[1:], reference.splitlines()[1:], strict=True):
                if line.startswith("│ "):  # Keras numbers layer names across models, mldlab per model
                    assert line.split("│")[2:] == expected.split("│")[2:]
                else:
                    assert line == expected
    assert "│ gru (GRU)" in text and " Total params: 220 (880.00 B)" in text


def test_config_save_load_and_hand_off(keras, torch, tmp_path):
    model = mk.Sequential([mk.Input(shape=(6, 6, 2)), mk.layers.Conv2D(3, 3, padding="same", activation="relu"),
                           mk.layers.BatchNormalization(), mk.layers.AveragePooling2D(),
                           mk.layers.Conv2D(4, 2, use_bias=False), mk.layers.Flatten(), mk.layers.Dropout(0.2),
                           mk.layers.Dense(3, activation="softmax")], name="cnn")
    X = np.random.default_rng(2).standard_normal((5, 6, 6, 2)).astype(np.float32)
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    model.fit(X, [0, 1, 2, 0, 1], epochs=2, verbose=0)  # moving statistics away from 0 and 1
    for ours, theirs in zip(model.layers, [keras.layers.Conv2D(3, 3), keras.layers.BatchNormalization()]):
        assert set(theirs.get_config()) - set(ours.get_config()) <= {
            "kernel_regularizer", "bias_regularizer", "activity_regularizer", "kernel_constraint",
            "bias_constraint", "beta_regularizer", "gamma_regularizer", "beta_constraint", "gamma_constraint",
            "synchronized", "renorm", "renorm_clipping", "renorm_momentum"}
    path = tmp_path / "cnn.npz"
    model.save(path)
    again = mk.models.load_model(path)
    np.testing.assert_array_equal(again.predict(X, verbose=0), model.predict(X, verbose=0))
    for a, b in zip(again.get_weights(), model.get_weights()):
        np.testing.assert_array_equal(a, b)
    net = to_torch(model.module).eval()
    np.testing.assert_allclose(net(torch.from_numpy(X.transpose(0, 3, 1, 2))).detach().numpy(),
                               model.predict(X, verbose=0), rtol=1e-5, atol=1e-7)
    namespace = {}
    exec(to_pytorch_code(model.module, name="built"), namespace)
    built = namespace["built"]
    built.load_state_dict(net.state_dict())
    np.testing.assert_allclose(built.eval()(torch.from_numpy(X.transpose(0, 3, 1, 2))).detach().numpy(),
                               model.predict(X, verbose=0), rtol=1e-5, atol=1e-7)


def test_a_reshaped_one_channel_image_hands_off(torch):
    model = mk.Sequential([mk.Input(shape=(16,)), mk.layers.Reshape((4, 4, 1)), mk.layers.Conv2D(2, 3),
                           mk.layers.Flatten(), mk.layers.Dense(3)])
    X = np.random.default_rng(4).standard_normal((5, 16)).astype(np.float32)
    np.testing.assert_allclose(to_torch(model.module)(torch.from_numpy(X)).detach().numpy(),
                               model.predict(X, verbose=0), rtol=1e-5, atol=1e-6)
    assert mldlab.tf.keras.layers.Conv2D is mk.layers.Conv2D and mldlab.tf.keras.layers.LSTM is mk.layers.LSTM


@pytest.mark.parametrize("cell", ["SimpleRNN", "LSTM", "GRU"])
def test_recurrent_models_save_and_hand_off(torch, tmp_path, cell):
    model = mk.Sequential([mk.Input(shape=(5,)), mk.layers.Embedding(6, 3),
                           getattr(mk.layers, cell)(4, return_sequences=True)])
    ids = np.random.default_rng(3).integers(0, 6, (2, 5))
    model.save(tmp_path / "rnn.npz")
    np.testing.assert_array_equal(mk.models.load_model(tmp_path / "rnn.npz").predict(ids, verbose=0),
                                  model.predict(ids, verbose=0))
    output, _ = to_torch(model.module)(torch.from_numpy(ids))
    np.testing.assert_allclose(output.detach().numpy(), model.predict(ids, verbose=0), rtol=1e-5, atol=1e-7)
    with pytest.raises(NotImplementedError, match="return_sequences=True"):
        to_torch(_rnn(mk, cell).module)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_bad_inputs_give_clear_bilingual_errors(language):
    mldlab.set_language(language)
    words = {"en": ["channels-last", "expected inputs (batch, time steps, 3)", "ids 0", "padding must be",
                    "Hint", "cannot be handed on"],
             "ko": ["채널이 마지막", "(배치, 시점, 3)", "id는 0", "padding은", "힌트", "넘길 수 없습니다"]}[language]
    with pytest.raises(ValueError, match=words[0]):
        mk.layers.Conv2D(2, 3, input_shape=(6, 6, 3))(np.zeros((1, 3, 6, 6)))
    with pytest.raises(ValueError, match=words[1].replace("(", r"\(").replace(")", r"\)")):
        mk.layers.LSTM(2, input_shape=(4, 3))(np.zeros((1, 4, 5)))
    with pytest.raises(ValueError, match=words[2]):
        mk.layers.Embedding(5, 2)(np.array([[1, 7]]))
    with pytest.raises(ValueError, match=words[3]):
        mk.layers.MaxPooling2D(padding="full")
    with pytest.raises(NotImplementedError, match=words[4]):
        mk.layers.MaxPooling2D(padding="same").to_nn()
    model = mk.Sequential([mk.Input(shape=(4,)), mk.layers.Dense(8), mk.layers.Reshape((2, 2, 2)),
                           mk.layers.Conv2D(2, 1)])
    with pytest.raises(NotImplementedError, match=words[5]):
        to_torch(model.module)
    with pytest.raises(ValueError, match="Reshape"):
        mk.layers.Reshape((4, 4))(np.zeros((2, 6)))
    with pytest.raises(TypeError):
        mk.layers.Embedding(5, 2)(np.array([[0.5, 1.0]]))
    with pytest.raises(NotImplementedError):
        mk.layers.LSTM(3, dropout=0.2)
    with pytest.raises(TypeError, match="stride.*strides"):
        mk.layers.Conv2D(3, 3, stride=2)
