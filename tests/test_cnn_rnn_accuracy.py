"""Issue 12's accuracy evidence: the example networks of ``mldlab.train.examples`` learn, on mldlab's engine.

- the digits CNN: at least 97 % of the 360 held-out digits right;
- LeNet-5 on shapes28: at least 95 % of the held-out pictures right after five epochs, clearly more than a
  network of Linear layers with more weights on the same split;
- a char-RNN (LSTM) on the bundled English text: its loss on the held-out end of the text at least 0.8 nats per
  character below the unigram baseline H = −Σ p_c ln p_c (the best a model blind to the context can do).

Every accuracy and loss is counted again here from the model's own outputs, not read from the training's history.
"""

import importlib
import threading

import numpy as np
import pytest

import mldlab
from mldlab import nn
from mldlab.data import CharTokenizer, char_sequences, load_digit_images
from mldlab.train.examples import (
    CharRNN,
    digits_cnn,
    lenet5,
    mlp_for_images,
    shapes_cnn,
    train_char_rnn,
    train_digits_cnn,
    train_shapes_cnn,
)


@pytest.fixture(scope="module", autouse=True)
def _one_blas_thread():
    """One BLAS thread while the networks train (as conftest's trained_* fixtures): their small matrix products gain
    nothing from more, and on a shared machine two BLAS threads waiting for each other made training 10× slower."""
    with importlib.import_module("threadpoolctl").threadpool_limits(limits=1, user_api="blas"):
        yield


UNIGRAM_MARGIN = 0.8  # nats per character: "well below" the unigram baseline (about 2.95 on the English text)


def _accuracy(model, X, y) -> float:
    with mldlab.no_grad():
        return float(np.mean(model(mldlab.tensor(X)).numpy().argmax(axis=1) == y))


def test_digits_cnn_is_the_issue_network():
    layers = [type(layer).__name__ for layer in digits_cnn()]
    assert layers == ["Conv2d", "ReLU", "MaxPool2d", "Conv2d", "ReLU", "MaxPool2d", "Flatten", "Linear", "ReLU",
                      "Linear"]
    assert [(c.in_channels, c.out_channels, c.kernel_size, c.padding) for c in digits_cnn()[0:4:3]] == [
        (1, 16, (3, 3), (1, 1)), (16, 32, (3, 3), (1, 1))]


def test_digits_cnn_reaches_97_percent(trained_digits_cnn):
    result = trained_digits_cnn
    assert not result.model.training
    assert result.X_test.shape == (360, 1, 8, 8) and len(result.X_train) + len(result.X_test) == 1797
    assert np.bincount(result.y_test).min() >= 35  # stratified: 35 or 36 of each digit
    accuracy = _accuracy(result.model, result.X_test, result.y_test)
    assert accuracy == pytest.approx(result.test_accuracy)
    assert accuracy >= 0.97, f"digits CNN test accuracy {accuracy:.3f}"
    assert result.history["loss"][-1] < result.history["loss"][0] / 5
    assert _accuracy(result.model, result.X_train, result.y_train) >= accuracy - 0.01


def test_the_split_holds_out_digits_the_network_never_trained_on(trained_digits_cnn):
    X, _ = load_digit_images()
    rows = {row.tobytes(): i for i, row in enumerate(X.reshape(len(X), -1))}
    train = {rows[x.tobytes()] for x in trained_digits_cnn.X_train.reshape(-1, 64)}
    test = {rows[x.tobytes()] for x in trained_digits_cnn.X_test.reshape(-1, 64)}
    assert not train & test


@pytest.fixture(scope="module")
def shapes_runs():
    """LeNet-5 and a network of Linear layers (101,770 weights, LeNet-5 has 61,706), each trained for 5 epochs on
    the same 1200 training pictures of shapes28; tested on the same 300."""
    options = {"epochs": 5, "n_samples": 1500, "seed": 0}
    return train_shapes_cnn(**options), train_shapes_cnn(build=lambda: mlp_for_images((1, 28, 28), (128,)), **options)


def test_lenet5_reaches_95_percent_on_shapes28(shapes_runs):
    lenet, _ = shapes_runs
    assert [type(layer).__name__ for layer in lenet.model].count("Conv2d") == 2
    accuracy = _accuracy(lenet.model, lenet.X_test, lenet.y_test)
    assert accuracy == pytest.approx(lenet.test_accuracy)
    assert accuracy >= 0.95, f"LeNet-5 on shapes28: test accuracy {accuracy:.3f}"


def test_convolutions_beat_linear_layers_on_shapes28(shapes_runs):
    lenet, mlp = shapes_runs
    np.testing.assert_array_equal(lenet.X_test, mlp.X_test)
    assert sum(p.numel() for p in mlp.model.parameters()) > sum(p.numel() for p in lenet.model.parameters())
    assert lenet.test_accuracy >= mlp.test_accuracy + 0.03, (lenet.test_accuracy, mlp.test_accuracy)


def test_char_rnn_loss_falls_well_below_the_unigram_baseline(trained_char_rnn):
    result = trained_char_rnn
    train_text, test_text = result.train_text, result.test_text
    assert train_text + test_text == mldlab.data.load_text("en") and len(test_text) > 400
    counts = np.unique(list(train_text), return_counts=True)[1]
    p = counts / counts.sum()
    assert result.unigram_loss == pytest.approx(-(p * np.log(p)).sum())  # H = −Σ p_c ln p_c ≈ 2.95 nats
    X, Y = char_sequences(result.tokenizer.encode(test_text), 32)
    with mldlab.no_grad():
        logits, _ = result.model(mldlab.tensor(X))
    z = logits.numpy().astype(np.float64)
    log_p = z - z.max(axis=-1, keepdims=True)
    log_p -= np.log(np.exp(log_p).sum(axis=-1, keepdims=True))
    loss = -np.take_along_axis(log_p, Y[..., None], axis=-1).mean()  # −1/(N·T) Σ log p(x_{t+1} | x_≤t)
    assert loss == pytest.approx(result.test_loss, rel=1e-5)
    assert loss <= result.unigram_loss - UNIGRAM_MARGIN, f"test loss {loss:.3f}, unigram {result.unigram_loss:.3f}"
    assert result.history["loss"][-1] < result.history["loss"][0]


def test_char_rnn_samples_are_repeatable_text_of_its_characters(trained_char_rnn):
    model, tokenizer = trained_char_rnn.model, trained_char_rnn.tokenizer
    text = model.sample(tokenizer, "The ", 60, temperature=0.8, generator=mldlab.Generator(1))
    assert text.startswith("The ") and len(text) == 64 and set(text) <= set(tokenizer.chars)
    assert model.sample(tokenizer, "The ", 60, temperature=0.8, generator=mldlab.Generator(1)) == text
    assert " the " in model.sample(tokenizer, "The ", 300, temperature=0.5, generator=mldlab.Generator(2))
    assert not model.training


def test_sample_refuses_bad_arguments(trained_char_rnn):
    model, tokenizer = trained_char_rnn.model, trained_char_rnn.tokenizer
    with pytest.raises(ValueError, match="temperature must be a number > 0, got 0"):
        model.sample(tokenizer, "The", 5, temperature=0)
    with pytest.raises(ValueError, match="start must be a non-empty string"):
        model.sample(tokenizer, "", 5)
    with pytest.raises(ValueError, match="length must be a whole number >= 0, got -1"):
        model.sample(tokenizer, "The", -1)
    with pytest.raises(ValueError, match="not in the vocabulary"):
        model.sample(tokenizer, "가", 5)
    with pytest.raises(TypeError, match="generator must be a mldlab.Generator or None, got int"):
        model.sample(tokenizer, "The", 5, generator=0)
    assert model.sample(tokenizer, "The", 0) == "The"


@pytest.mark.parametrize(("cell", "state_kind"), [("lstm", tuple), ("gru", mldlab.Tensor), ("rnn", mldlab.Tensor)])
def test_char_rnn_cells(cell, state_kind):
    model = CharRNN(vocab_size=7, embedding_dim=4, hidden_size=5, cell=cell)
    logits, state = model(mldlab.tensor([[0, 1, 2], [3, 4, 5]]))
    assert logits.shape == (2, 3, 7) and isinstance(state, state_kind)
    first = tuple(s[:, :1] for s in state) if cell == "lstm" else state[:, :1]  # the first sequence's state
    step, _ = model(mldlab.tensor([[3]]), first)
    assert step.shape == (1, 1, 7)
    with pytest.raises(ValueError, match=r"cell must be one of lstm, gru, rnn, got 'LSTM'"):
        CharRNN(7, cell="LSTM")


def test_trainings_repeat_with_their_seed_even_in_another_thread():
    first = train_digits_cnn(epochs=1, seed=4, build=mlp_for_images)
    results = []

    def other():
        mldlab.manual_seed(123)  # this thread's default generator: the training must not draw from it
        results.append(train_digits_cnn(epochs=1, seed=4, build=mlp_for_images))

    thread = threading.Thread(target=other)
    thread.start()
    mldlab.rand(1000)  # draws in this thread meanwhile
    thread.join()
    assert first.history == results[0].history
    for a, b in zip(first.model.parameters(), results[0].model.parameters()):
        np.testing.assert_array_equal(a.detach().numpy(), b.detach().numpy())
    a = train_char_rnn("ko", "gru", epochs=1, seq_len=16, hidden_size=8, seed=1)
    b = train_char_rnn("ko", "gru", epochs=1, seq_len=16, hidden_size=8, seed=1)
    assert a.history == b.history and a.tokenizer.chars == CharTokenizer(mldlab.data.load_text("ko")).chars


def test_untrained_networks_and_their_sizes():
    sizes = {"digits_cnn": 13706, "shapes_cnn": 52138, "lenet5": 61706}
    for build, image in ((digits_cnn, (2, 1, 8, 8)), (shapes_cnn, (2, 1, 28, 28)), (lenet5, (2, 1, 28, 28))):
        net = build()
        assert net(mldlab.zeros(*image)).shape == (2, 10)
        assert sum(p.numel() for p in net.parameters()) == sizes[build.__name__]
    assert sum(p.numel() for p in mlp_for_images().parameters()) == 4810


@pytest.mark.parametrize("shape", [(1, 0, 8), 64, (), (1, 8.0, 8)])
def test_mlp_for_images_refuses_a_bad_shape(shape):
    with pytest.raises(ValueError, match="image_shape must be a tuple of whole numbers"):
        mlp_for_images(shape)


def test_training_errors():
    with pytest.raises(TypeError, match="build must be a function that returns an nn.Module"):
        train_digits_cnn(epochs=1, build=lambda: "digits_cnn")
    with pytest.raises(ValueError, match=r"test_size must be a fraction in \(0, 1\), got 1.5"):
        train_char_rnn(test_size=1.5)
    with pytest.raises(ValueError, match="lang must be one of en, ko"):
        train_char_rnn("fr")
    with pytest.raises(ValueError, match="epochs"):
        train_char_rnn(epochs=0)
    assert isinstance(train_digits_cnn(epochs=1, build=lambda: nn.Sequential(nn.Flatten(), nn.Linear(64, 10))).model,
                      nn.Sequential)
