"""Decision boundaries: where a model with two inputs says which class, and why a network needs activations.

A model with two inputs x₁, x₂ splits the plane into regions, one per class: ŷ is computed on a fine grid of points
and each point is coloured by its class, darker where the model is surer. For a binary model the boundary is the
line (or curve) ŷ = 0.5; the slide's perceptron draws a straight line, a network with non-linear activations any
curve ("비선형성은 임의로 복잡한 함수에 근사할 수 있게 해준다").
"""

import numpy as np

from mldlab.data import moons
from mldlab.i18n import message
from mldlab.viz import _style, _training
from mldlab.viz._predict import probabilities


def draw_boundary(ax, model, X_train, y_train, X_test=None, y_test=None, resolution: int = 200,
                  test_name: str | None = None) -> dict:
    """Colour ``ax`` by the model's class and draw the points; return the accuracy on each data set given.

    The second data set is called "test" unless ``test_name`` says otherwise (e.g. "validation")."""
    X_train, y_train = np.asarray(X_train, dtype=np.float64), np.asarray(y_train).astype(int).reshape(-1)
    shown = X_train if X_test is None else np.vstack([X_train, np.asarray(X_test, dtype=np.float64)])
    xx, yy = _style.grid_over(shown, resolution)
    P = probabilities(model, np.c_[xx.ravel(), yy.ravel()])
    n_classes = max(P.shape[1], int(y_train.max()) + 1)
    if P.shape[1] == 2:
        ax.contourf(xx, yy, P[:, 1].reshape(xx.shape), levels=np.linspace(0, 1, 11), cmap=_style.binary_cmap(),
                    alpha=0.55)
        ax.contour(xx, yy, P[:, 1].reshape(xx.shape), levels=[0.5], colors="black", linewidths=2)
    else:
        winner = P.argmax(axis=1).reshape(xx.shape)
        colours = np.array([_to_rgb(_style.CLASS_COLOURS[k % len(_style.CLASS_COLOURS)]) for k in range(n_classes)])
        sure = (P.max(axis=1).reshape(xx.shape) - 1 / n_classes) / (1 - 1 / n_classes)
        image = 1 - (0.25 + 0.4 * sure)[..., None] * (1 - colours[winner])
        ax.imshow(image, origin="lower", extent=(xx.min(), xx.max(), yy.min(), yy.max()), aspect="auto")
        ax.contour(xx, yy, winner, levels=np.arange(n_classes) + 0.5, colors="black", linewidths=1.5)
    scores = {"train": _draw_points(ax, model, X_train, y_train, n_classes, "o", message("viz_train"))}
    if X_test is not None:
        X_test, y_test = np.asarray(X_test, dtype=np.float64), np.asarray(y_test).astype(int).reshape(-1)
        scores["test"] = _draw_points(ax, model, X_test, y_test, n_classes, "^", test_name or message("viz_test"))
    ax.set_xlim(xx.min(), xx.max())
    ax.set_ylim(yy.min(), yy.max())
    return scores


def _to_rgb(colour: str) -> np.ndarray:
    return np.array([int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])


def _draw_points(ax, model, X, y, n_classes: int, marker: str, which: str) -> float:
    for k in range(n_classes):
        mine = y == k
        if mine.any():
            ax.scatter(X[mine, 0], X[mine, 1], s=45 if marker == "o" else 70, marker=marker,
                       color=_style.CLASS_COLOURS[k % len(_style.CLASS_COLOURS)], edgecolors="black", linewidths=0.8,
                       label=message("viz_class_points", k=k, which=which), zorder=3)
    return float((probabilities(model, X).argmax(axis=1) == y).mean())


def decision_boundary(model, X_train, y_train, X_test=None, y_test=None, *, resolution: int = 200,
                      feature_names=None, lang: str | None = None):
    """The regions where ``model`` predicts each class, with the training (●) and test (▲) points.

    Parameters
    ----------
    model : Model, nn.Module or estimator
        Any model with 2 inputs: an mldlab ``Model`` or ``nn.Module`` (one output: binary, sigmoid or logit;
        K outputs: K classes, softmax or logits), or an estimator with ``predict_proba`` or ``predict``.
    X_train, y_train : array-like of shape (n, 2) and (n,)
        Training points and their classes 0, 1, ….
    X_test, y_test : array-like, optional
        Test points, drawn as triangles.
    resolution : int, default 200
        Grid points along each axis.
    feature_names : (str, str), optional
        Axis labels (default x₁, x₂).
    lang : {'en', 'ko'}, optional
        Language of the texts (default: the language in force, ``mldlab.get_language()``).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> from mldlab import nn, viz
    >>> from mldlab.data import xor
    >>> X, y = xor(n_samples=40, seed=0)
    >>> fig = viz.decision_boundary(nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1)), X, y)
    >>> fig.axes[0].get_xlabel()
    'x₁'
    """
    with _style.speaking(lang):
        fig, ax = _style.figure(figsize=(8.5, 7))
        scores = draw_boundary(ax, model, X_train, y_train, X_test, y_test, resolution)
        title = message("viz_boundary_title", train=scores["train"]) if X_test is None else \
            message("viz_boundary_title_test", train=scores["train"], test=scores["test"])
        x1, x2 = feature_names or ("x₁", "x₂")
        _style.decorate(ax, title, x1, x2)
        _style.legend(ax, loc="best")
        return _style.finish(fig)


def nonlinearity(X=None, y=None, *, hidden: int = 16, activation: str = "tanh", epochs: int = 300, seed: int = 0,
                 lang: str | None = None):
    """The same data fitted by a linear model (a straight boundary) and by a network with activations (any curve).

    Left, the perceptron ŷ = σ(w₀ + xᵀw): whatever the training, its boundary is a straight line. Right, the
    network Linear(2, h) → g → Linear(h, h) → g → Linear(h, 1) with g = ``activation``, trained the same way
    (Adam, full batch): the activations let the boundary bend around the data.

    Parameters
    ----------
    X, y : array-like of shape (n, 2) and (n,), optional
        Binary data (default: 200 points of two moons, noise 0.15).
    hidden : int, default 16
        Units h in each of the network's two hidden layers.
    activation : {'tanh', 'relu', 'sigmoid'}, default 'tanh'
    epochs : int, default 300
        Full-batch epochs for each model.
    seed : int, default 0
        Seed of the data, the initial weights and the training.
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        Two panels; ``fig.scores`` holds the training accuracy of each model.

    Examples
    --------
    >>> from mldlab import viz
    >>> fig = viz.nonlinearity(epochs=100)
    >>> fig.scores["network"] > fig.scores["linear"]
    True
    """
    if X is None:
        X, y = moons(n_samples=200, noise=0.15, seed=seed)
    with _style.speaking(lang), _training.seeded(seed):
        fig, axes = _style.figure(1, 2, figsize=(15, 6.5))
        fig.scores = {}
        for ax, name, sizes in ((axes[0, 0], "linear", (2, 1)), (axes[0, 1], "network", (2, hidden, hidden, 1))):
            model = _training.compiled(_training.network(sizes, activation))
            model.fit(X, y, batch_size=len(X), epochs=epochs, verbose=0)
            fig.scores[name] = draw_boundary(ax, model, X, y, resolution=150)["train"]
            title = message("viz_nonlinearity_linear", accuracy=fig.scores[name]) if name == "linear" else \
                message("viz_nonlinearity_network", accuracy=fig.scores[name], activation=activation)
            _style.decorate(ax, title, "x₁", "x₂")
        _style.legend(axes[0, 0], loc="lower left")
        fig.suptitle(message("viz_nonlinearity_suptitle"), fontsize=_style.TITLE + 2)
        return _style.finish(fig)
