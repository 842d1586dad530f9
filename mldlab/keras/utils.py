"""``to_categorical``: class indices → one-hot rows, for ``categorical_crossentropy``; and ``set_random_seed``.

    y = [0, 2, 1]  →  [[1, 0, 0],
                       [0, 0, 1],
                       [0, 1, 0]]

Examples
--------
>>> from mldlab.keras.utils import to_categorical
>>> to_categorical([0, 2, 1])
array([[1., 0., 0.],
       [0., 0., 1.],
       [0., 1., 0.]])
"""

import numbers

import numpy as np

from mldlab import _random
from mldlab.i18n import message


def set_random_seed(seed: int) -> None:
    """Seed mldlab's random stream (weights, shuffling, dropout), as ``keras.utils.set_random_seed`` does."""
    _random.manual_seed(seed)


def to_categorical(x, num_classes=None) -> np.ndarray:
    """One row per label with a 1 in the label's column (float64, as Keras returns on NumPy input).

    Parameters
    ----------
    x : array-like of whole numbers 0 … C−1
        Class indices; a trailing axis of size 1 is dropped, as in Keras.
    num_classes : int, optional
        C; default: the largest label + 1.
    """
    labels = np.asarray(getattr(x, "_data", x))
    if labels.ndim > 1 and labels.shape[-1] == 1:
        labels = labels[..., 0]
    if labels.dtype.kind == "f" and np.all(np.isfinite(labels)) and np.all(labels == np.round(labels)):
        labels = labels.astype(np.int64)
    if labels.dtype.kind not in "iu" or (labels.size and labels.min() < 0):
        raise ValueError(message("keras_to_categorical_labels", value=repr(labels.ravel()[:5].tolist())))
    if num_classes is None:
        num_classes = int(labels.max()) + 1 if labels.size else 0
    elif isinstance(num_classes, bool) or not isinstance(num_classes, numbers.Integral) or num_classes < 1:
        raise ValueError(message("keras_to_categorical_classes", value=repr(num_classes)))
    if labels.size and labels.max() >= num_classes:
        raise ValueError(message("keras_to_categorical_range", largest=int(labels.max()), n=num_classes))
    return np.eye(num_classes)[labels]
