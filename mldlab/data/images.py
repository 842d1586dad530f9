"""Image data sets for convolutional networks, shaped (N, C, H, W) as PyTorch's ``Conv2d`` reads them.

- ``load_digit_images``: scikit-learn's 1797 handwritten digits as 8×8 images with one channel, pixels in [0, 1]
- ``shapes28``: a generated set of 28×28 pictures of 10 kinds of shapes and strokes (circle, square, triangle,
  line, cross, corner, disc, two parallel lines, arc, zigzag), each drawn at a random place, size, angle and
  stroke width, with noise: MNIST's size and its number of classes, without a download

Examples
--------
>>> from mldlab.data import load_digit_images, shapes28
>>> X, y = load_digit_images()
>>> X.shape, X.dtype, float(X.max())
((1797, 1, 8, 8), dtype('float32'), 1.0)
>>> X, y = shapes28(n_samples=20, seed=0)
>>> X.shape, sorted(set(y.tolist())) == list(range(10))
((20, 1, 28, 28), True)
"""

import numpy as np

from mldlab.data._checks import check_noise, check_samples, per_class, rng_for
from mldlab.data._shapes_draw import TEMPLATES, draw
from mldlab.data.real import load_digits
from mldlab.i18n import get_language, language, message


def shapes28_class_names(lang: str | None = None) -> list[str]:
    """The names of the 10 classes of ``shapes28`` in ``lang`` ('en' or 'ko'; default: the current language).

    Examples
    --------
    >>> shapes28_class_names("en")[:3], shapes28_class_names("ko")[:3]
    (['circle', 'square', 'triangle'], ['원', '정사각형', '삼각형'])
    """
    with language(lang or get_language()):
        return [
            message("seqdata_shape_circle"),
            message("seqdata_shape_square"),
            message("seqdata_shape_triangle"),
            message("seqdata_shape_line"),
            message("seqdata_shape_cross"),
            message("seqdata_shape_corner"),
            message("seqdata_shape_disc"),
            message("seqdata_shape_parallel"),
            message("seqdata_shape_arc"),
            message("seqdata_shape_zigzag"),
        ]


SHAPES28_CLASS_NAMES = {"en": shapes28_class_names("en"), "ko": shapes28_class_names("ko")}
"""The class names of ``shapes28`` in both languages: ``SHAPES28_CLASS_NAMES["ko"][y]``."""


def load_digit_images(return_names: bool = False):
    """Handwritten digits as images: 1797 pictures of 8×8 pixels, one channel, 10 classes.

    The same digits as ``load_digits`` (scikit-learn's copy of the UCI set), shaped for a convolutional network
    and scaled to [0, 1]::

        X[i, 0] = load_digits()[0][i].reshape(8, 8) / 16

    Parameters
    ----------
    return_names : bool, default False
        Also return the class names (``'0'`` … ``'9'``).

    Returns
    -------
    X : ndarray of shape (1797, 1, 8, 8), float32 in [0, 1]
        (samples, channels, height, width); 0 is white paper, 1 the darkest ink.
    y : ndarray of shape (1797,), int64, the digit 0–9
    class_names : list of str
        Only with ``return_names=True``.

    Examples
    --------
    >>> X, y, names = load_digit_images(return_names=True)
    >>> X[0, 0, 0].tolist(), int(y[0]), names[:3]
    ([0.0, 0.0, 0.3125, 0.8125, 0.5625, 0.0625, 0.0, 0.0], 0, ['0', '1', '2'])
    """
    if not isinstance(return_names, (bool, np.bool_)):
        raise TypeError(message("seqdata_return_names", op="load_digit_images", value=return_names))
    X, y = load_digits()
    X = (X / np.float32(16.0)).reshape(-1, 1, 8, 8)
    if return_names:
        return X, y, [str(k) for k in range(10)]
    return X, y


def shapes28(n_samples: int = 2000, noise: float = 0.1, seed: int | None = None):
    """Pictures of 28×28 pixels of 10 kinds of shapes and strokes, drawn afresh with anti-aliased pen strokes.

    The classes (``shapes28_class_names``): 0 circle, 1 square, 2 triangle, 3 line, 4 cross, 5 corner (two
    strokes meeting at a right angle), 6 disc (a filled circle), 7 two parallel lines, 8 arc (half a circle),
    9 zigzag. Generating rule, for each picture::

        (1) its class k: n_samples split evenly over the 10 classes (the first ones get one more), then shuffled
        (2) the shape of class k, a drawing in a unit circle, turned by a random angle θ ~ U[−20°, 20°],
            scaled to a radius s ~ U[8, 11.5] pixels and moved to a random centre where it fits in the picture
        (3) the ink at a pixel p = clip(w/2 + ½ − d(p), 0, 1), where d(p) is the distance from the pixel's centre
            to the nearest stroke and w ~ U[2, 3] the pen's width (a soft, anti-aliased edge)
        (4) the ink's darkness a ~ U[0.7, 1]; Gaussian noise N(0, noise²) on every pixel; clipped to [0, 1]

    Since the angle, size and place vary, the network has to learn what the shapes look like, not where
    they are: trained for five epochs on 1200 pictures, LeNet-5 gets about 98 % of 300 new pictures right, a
    network of ``Linear`` layers with more weights about 93 % (``tests/test_cnn_rnn_accuracy.py``).

    Parameters
    ----------
    n_samples : int, default 2000
        Number of pictures (at least 10, one per class).
    noise : float, default 0.1
        Standard deviation of the pixel noise.
    seed : int, optional
        Seed; without one this thread's seed (``mldlab.manual_seed``) is used.

    Returns
    -------
    X : ndarray of shape (n_samples, 1, 28, 28), float32 in [0, 1]
    y : ndarray of shape (n_samples,), int64 labels 0–9

    Examples
    --------
    >>> X, y = shapes28(n_samples=10, noise=0.0, seed=0)
    >>> X.shape, float(X.min()), float(X.max()) <= 1.0, sorted(y.tolist())
    ((10, 1, 28, 28), 0.0, True, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    """
    n = check_samples("shapes28", n_samples, at_least=len(TEMPLATES))
    noise = check_noise("shapes28", noise)
    rng = rng_for("shapes28", seed)
    y = np.repeat(np.arange(len(TEMPLATES)), per_class(n, len(TEMPLATES)))  # (1)
    rng.shuffle(y)
    X = np.empty((n, 28, 28))
    for k, template in enumerate(TEMPLATES):
        rows = np.flatnonzero(y == k)
        X[rows] = draw(template, len(rows), rng)  # (2), (3)
    X *= rng.uniform(0.7, 1.0, (n, 1, 1))  # (4)
    if noise:
        X += rng.normal(0.0, noise, X.shape)
    return np.clip(X, 0.0, 1.0).astype(np.float32)[:, None], y.astype(np.int64)
