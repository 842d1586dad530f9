"""The example networks of session 4, to build untrained or to train on mldlab's data in a few seconds.

=========================  ==========================================================================================
``digits_cnn()``           a small CNN for the 8×8 digits (``load_digit_images``): 13,706 weights
``shapes_cnn()``           the same two-convolution pattern for 28×28 pictures (``shapes28``)
``lenet5()``               LeNet-5 (LeCun et al., 1998) with ReLU and max pooling, for 28×28 pictures
``mlp_for_images(...)``    ``Linear`` layers on the flattened pixels: the CNN's rival in the comparison
``CharRNN``                Embedding → RNN, LSTM or GRU → Linear: a character-level language model
``train_digits_cnn(...)``  train ``digits_cnn`` (or another network) on the digits; a ``TrainedImageClassifier``
``train_shapes_cnn(...)``  train LeNet-5 (or another network) on ``shapes28``
``train_char_rnn(...)``    train a ``CharRNN`` on a bundled text (``load_text``); a ``TrainedCharRNN``
=========================  ==========================================================================================

Every training is repeated exactly by its ``seed``: the weights, the split and the shuffles all come from one
``mldlab.Generator(seed)`` of its own, so two trainings at once in two threads never change each other.

Examples
--------
>>> import mldlab
>>> from mldlab.train.examples import digits_cnn
>>> net = digits_cnn()
>>> net(mldlab.zeros(5, 1, 8, 8)).shape
(5, 10)
>>> sum(p.numel() for p in net.parameters())
13706
"""

import math
from dataclasses import dataclass

import numpy as np

from mldlab import _random, nn, optim
from mldlab.data.images import load_digit_images, shapes28
from mldlab.data.split import train_test_split
from mldlab.i18n import message
from mldlab.train._char_rnn import CharRNN, TrainedCharRNN, train_char_rnn
from mldlab.train.callbacks import LearningRateScheduler
from mldlab.train.model import Model

__all__ = ["digits_cnn", "shapes_cnn", "lenet5", "mlp_for_images", "CharRNN", "TrainedImageClassifier",
           "TrainedCharRNN", "train_digits_cnn", "train_shapes_cnn", "train_char_rnn"]


def digits_cnn() -> nn.Sequential:
    """A CNN for 8×8 digits: two 3×3 convolutions, each followed by ReLU and 2×2 max pooling, then two layers.

    Shapes for one image: (1, 8, 8) → conv → (16, 8, 8) → pool → (16, 4, 4) → conv → (32, 4, 4) → pool →
    (32, 2, 2) → flatten → 128 → 64 → 10 logits. ``benchmarks/bench_cnn.py`` times this same network.
    """
    return nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(128, 64), nn.ReLU(), nn.Linear(64, 10),
    )


def shapes_cnn() -> nn.Sequential:
    """``digits_cnn``'s pattern for 28×28 pictures, with fewer channels: (1, 28, 28) → (8, 14, 14) → (16, 7, 7)
    → 784 → 64 → 10 logits (52,138 weights)."""
    return nn.Sequential(
        nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(784, 64), nn.ReLU(), nn.Linear(64, 10),
    )


def lenet5() -> nn.Sequential:
    """LeNet-5 for 28×28 pictures, as it is taught today: ReLU for tanh, max pooling for LeCun's subsampling.

    (1, 28, 28) → conv 5×5, padding 2 → (6, 28, 28) → pool → (6, 14, 14) → conv 5×5 → (16, 10, 10) → pool →
    (16, 5, 5) → flatten → 400 → 120 → 84 → 10 logits (61,706 weights).

    References
    ----------
    Y. LeCun, L. Bottou, Y. Bengio and P. Haffner, "Gradient-based learning applied to document recognition",
    Proceedings of the IEEE 86(11), 1998.
    """
    return nn.Sequential(
        nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(400, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10),
    )


def mlp_for_images(image_shape=(1, 8, 8), hidden_sizes=(64,), num_classes: int = 10) -> nn.Sequential:
    """A network of ``Linear`` layers for images: Flatten, then Linear → ReLU for each hidden size, then Linear.

    It sees the pixels as one long list, so it must learn a shape again at every place it may appear: the
    rival that shows what convolutions buy. ``mlp_for_images()`` (8×8 digits, 64 hidden units) has 4,810
    weights; ``mlp_for_images((1, 28, 28), (128,))`` 101,770.

    Examples
    --------
    >>> mlp_for_images((1, 28, 28), (128,))
    Sequential(
      (0): Flatten(start_dim=1, end_dim=-1)
      (1): Linear(in_features=784, out_features=128, bias=True)
      (2): ReLU()
      (3): Linear(in_features=128, out_features=10, bias=True)
    )
    """
    if not (isinstance(image_shape, (tuple, list)) and image_shape
            and all(isinstance(n, (int, np.integer)) and not isinstance(n, bool) and n >= 1 for n in image_shape)):
        raise ValueError(message("seqdata_image_shape", value=image_shape))
    sizes = [int(np.prod(image_shape)), *hidden_sizes]
    layers = [nn.Flatten()]
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        layers += [nn.Linear(n_in, n_out), nn.ReLU()]
    return nn.Sequential(*layers, nn.Linear(sizes[-1], num_classes))


@dataclass(frozen=True, eq=False)
class TrainedImageClassifier:
    """The result of ``train_digits_cnn`` / ``train_shapes_cnn``.

    Attributes
    ----------
    model : nn.Module
        The trained network, in evaluation mode.
    history : dict of lists
        Per epoch, Keras's keys: ``loss`` and ``accuracy`` on the training part, ``val_loss`` and
        ``val_accuracy`` on the test part (measured after each epoch; nothing is chosen by it), and
        ``learning_rate``.
    test_accuracy : float
        The share of test images classified right after the last epoch.
    X_train, y_train, X_test, y_test : ndarray
        The split used (stratified: every class in the same proportion in both parts).
    """

    model: nn.Module
    history: dict
    test_accuracy: float
    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray


def _train_images(X, y, build, epochs, seed, batch_size, lr, test_size) -> TrainedImageClassifier:
    """Split, build the network from the seed, and train it with Adam and cross-entropy (Model.fit), the learning
    rate falling from lr to near 0 along half a cosine: ηₑ = lr · ½(1 + cos(π·e / epochs)) in epoch e = 0, 1, …"""
    generator = _random.Generator(seed)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=test_size, stratify=y, seed=seed)
    with _random.using_generator(generator):
        net = build()
    if not isinstance(net, nn.Module):
        raise TypeError(message("seqdata_build", type=type(net).__name__))
    model = Model(net, generator=generator)
    model.compile(optimizer=optim.Adam(net.parameters(), lr=lr), loss=nn.CrossEntropyLoss(), metrics=["accuracy"])
    cosine = LearningRateScheduler(lambda epoch: lr * 0.5 * (1 + math.cos(math.pi * epoch / epochs)))
    history = model.fit(X_train, y_train, batch_size=batch_size, epochs=epochs, validation_data=(X_test, y_test),
                        callbacks=[cosine], verbose=0)
    net.eval()
    keys = ("loss", "accuracy", "val_loss", "val_accuracy", "learning_rate")
    kept = {key: list(history.history[key]) for key in keys}
    return TrainedImageClassifier(net, kept, float(kept["val_accuracy"][-1]), X_train, y_train, X_test, y_test)


def train_digits_cnn(epochs: int = 10, *, seed: int = 0, build=digits_cnn, batch_size: int = 16, lr: float = 0.005,
                     test_size: float = 0.2) -> TrainedImageClassifier:
    """Train ``digits_cnn`` on the 8×8 digits: Adam, cross-entropy, mini-batches; a few seconds.

    Parameters
    ----------
    epochs : int, default 10
    seed : int, default 0
        The split, the first weights and the shuffles (one ``mldlab.Generator(seed)``).
    build : callable, default digits_cnn
        Builds the untrained network; e.g. ``mlp_for_images`` to train the rival on the same split.
    batch_size : int, default 16
    lr : float, default 0.005
        Adam's first learning rate.
    test_size : float, default 0.2
        The share of the 1797 digits held out for testing (360 with 0.2).

    Returns
    -------
    TrainedImageClassifier
        About 98 % test accuracy with the defaults.

    Examples
    --------
    >>> result = train_digits_cnn(epochs=1, build=mlp_for_images)     # the rival, for one quick epoch
    >>> result.X_test.shape, len(result.history["val_accuracy"]), result.test_accuracy > 0.8
    ((360, 1, 8, 8), 1, True)
    """
    X, y = load_digit_images()
    return _train_images(X, y, build, epochs, seed, batch_size, lr, test_size)


def train_shapes_cnn(epochs: int = 5, *, n_samples: int = 2000, noise: float = 0.1, seed: int = 0, build=lenet5,
                     batch_size: int = 32, lr: float = 0.005, test_size: float = 0.2) -> TrainedImageClassifier:
    """Train LeNet-5 on ``shapes28(n_samples, noise, seed)``: Adam, cross-entropy, mini-batches.

    Parameters are those of ``train_digits_cnn``, and ``n_samples`` and ``noise`` of ``shapes28`` (drawn from
    the same seed). ``build=shapes_cnn`` trains the 3×3 network instead, ``build=lambda: mlp_for_images((1, 28,
    28), (128,))`` the rival.

    Returns
    -------
    TrainedImageClassifier
        About 98 % test accuracy with the defaults.

    Examples
    --------
    >>> result = train_shapes_cnn(epochs=1, n_samples=50)
    >>> result.X_train.shape, result.history.keys()
    ((40, 1, 28, 28), dict_keys(['loss', 'accuracy', 'val_loss', 'val_accuracy', 'learning_rate']))
    """
    X, y = shapes28(n_samples=n_samples, noise=noise, seed=seed)
    return _train_images(X, y, build, epochs, seed, batch_size, lr, test_size)
