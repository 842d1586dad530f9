"""The playground's seven input features, made from the two coordinates of a point (TensorFlow Playground's set).

    x1, x2, x1², x2², x1·x2, sin x1, sin x2

A network that gets x1² and x2² can draw a circle with a single neuron; one that gets only x1 and x2 needs a
hidden layer for it. The features are computed from the *standardised* coordinates (see ``dataset``), so they
have the same scale whatever the data set.

Examples
--------
>>> import numpy as np
>>> transform(np.array([[1.0, 2.0], [-1.0, 0.5]]), ["x1", "x1^2", "x1x2"]).tolist()
[[1.0, 1.0, 2.0], [-1.0, 1.0, -0.5]]
"""

import numpy as np

FEATURES = {
    "x1": lambda x1, x2: x1,
    "x2": lambda x1, x2: x2,
    "x1^2": lambda x1, x2: x1 * x1,
    "x2^2": lambda x1, x2: x2 * x2,
    "x1x2": lambda x1, x2: x1 * x2,
    "sin_x1": lambda x1, x2: np.sin(x1),
    "sin_x2": lambda x1, x2: np.sin(x2),
}
"""name → the feature as a function of the coordinates x1, x2 (arrays)."""

ONE_D_FEATURES = ("x1", "x1^2", "sin_x1")
"""The features of a data set with one input coordinate."""

LABELS = {"x1": "x₁", "x2": "x₂", "x1^2": "x₁²", "x2^2": "x₂²", "x1x2": "x₁x₂", "sin_x1": "sin x₁",
          "sin_x2": "sin x₂"}
"""How each feature is written on the page."""


def transform(X: np.ndarray, features: list) -> np.ndarray:
    """The feature matrix (n, len(features)), float32, of points X (n, 1) or (n, 2) in standardised coordinates.

    With one coordinate only the features of x1 exist (``ONE_D_FEATURES``; the Setup's check makes sure).
    """
    x1 = X[:, 0]
    x2 = X[:, 1] if X.shape[1] > 1 else np.zeros_like(x1)
    return np.stack([FEATURES[name](x1, x2) for name in features], axis=1).astype(np.float32)
