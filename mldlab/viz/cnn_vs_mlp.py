"""A CNN next to an MLP on the same images: the loss and the test accuracy per epoch, and what each costs in weights.

An MLP flattens the image into one long vector: every pixel gets its own weight in every unit, and a stroke moved
by one pixel is a different input. A CNN slides small kernels over the image: the same few weights at every
position (weight sharing), so it can do with fewer parameters and finds a pattern wherever it is. The figure
trains both the same way (Adam with its learning rate falling along half a cosine, the same epochs, batches and
split) and draws, per epoch::

    loss           J = −(1/n) Σ log p̂(yᵢ | xᵢ)      on the training (—) and the test (- -) images
    test accuracy  (1/n_test) Σ [ŷᵢ = yᵢ]

with each network's number of parameters in the legend. With the defaults (the 8 × 8 digits, seed 0) the CNN
(1,898 weights) ends at 98.9 % test accuracy and the MLP (4,810 weights) at 96.9 %.
"""

import math

import numpy as np

from mldlab import nn, optim
from mldlab.data import load_digit_images, train_test_split
from mldlab.i18n import message
from mldlab.train import Model
from mldlab.train.callbacks import LearningRateScheduler
from mldlab.train.examples import mlp_for_images
from mldlab.viz import _cnn, _style, _training
from mldlab.viz.history import _records

COLOURS = {"CNN": _style.BLUE, "MLP": _style.ORANGE}


def n_parameters(module: nn.Module) -> int:
    """The number of trainable numbers: Σ over the parameters of their sizes."""
    return sum(p.numel() for p in module.parameters() if p.requires_grad)


def default_cnn(channels: int, height: int, width: int, n_classes: int) -> nn.Sequential:
    """Conv(3 × 3, 8) → ReLU → MaxPool(2) → Conv(3 × 3, 16) → ReLU → MaxPool(2) → Flatten → Linear."""
    return nn.Sequential(nn.Conv2d(channels, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
                         nn.Linear(16 * (height // 4) * (width // 4), n_classes))


def _fit(module: nn.Module, data: tuple, epochs: int, batch_size: int, lr: float) -> dict:
    """Adam from ``lr``, ηₑ = lr · ½(1 + cos(π·e / epochs)) in epoch e, cross-entropy on the logits."""
    X_train, X_test, y_train, y_test = data
    model = Model(module)
    model.compile(optimizer=optim.Adam(module.parameters(), lr=lr), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    cosine = LearningRateScheduler(lambda epoch: lr * 0.5 * (1 + math.cos(math.pi * epoch / epochs)))
    return model.fit(X_train, y_train, batch_size=batch_size, epochs=epochs, validation_data=(X_test, y_test),
                     callbacks=[cosine], verbose=0).history


def _history_of(value, op: str) -> dict:
    try:
        records = _records(value)
    except TypeError:
        records = None
    if not isinstance(records, dict) or not records.get("loss") or not records.get("val_accuracy"):
        raise ValueError(message("viz_cnn_history", op=op, type=type(value).__name__))
    return records


def cnn_vs_mlp(cnn=None, mlp=None, X=None, y=None, *, histories=None, epochs: int = 10, batch_size: int = 16,
               lr: float = 0.01, test_size: float = 0.2, seed: int = 0, lang: str | None = None):
    """Training curves of a CNN and an MLP on the same images, with their parameter counts.

    Parameters
    ----------
    cnn, mlp : nn.Module or Model, optional
        The two networks. Unless ``histories`` is given they are trained here, in place, on the same split
        (default: a small CNN, Conv(3 × 3, 8)–ReLU–MaxPool(2) and Conv(3 × 3, 16)–ReLU–MaxPool(2) then Linear, and
        ``mlp_for_images`` with one hidden layer of 64, made from ``seed``). With ``histories`` they only give the
        parameter counts.
    X, y : array-like of shape (N, C, H, W) and (N,), optional
        Images and class labels (default: ``load_digit_images()``, the 8 × 8 digits).
    histories : (History, History), optional
        What ``fit`` returned for the CNN and for the MLP (or their ``.history`` dicts, or the fitted Models), with
        ``val_accuracy``: drawn as they are, nothing is trained.
    epochs, batch_size, lr : default 10, 16 and 0.01
        The training of both: Adam, its learning rate falling from ``lr`` along half a cosine.
    test_size : float, default 0.2
        The share of the images kept aside for the test curves (stratified by class).
    seed : int, default 0
        The split, the default networks' weights and the shuffles.
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.histories`` maps 'CNN' and 'MLP' to their records (``loss``, ``val_loss``, ``val_accuracy`` per
        epoch), ``fig.n_parameters`` to their parameter counts (None when not known).

    Examples
    --------
    >>> from mldlab import viz
    >>> cnn = {"loss": [1.2, 0.4, 0.2], "val_loss": [0.9, 0.4, 0.3], "val_accuracy": [0.7, 0.9, 0.95]}
    >>> mlp = {"loss": [1.0, 0.5, 0.3], "val_loss": [0.8, 0.5, 0.4], "val_accuracy": [0.8, 0.88, 0.9]}
    >>> fig = viz.cnn_vs_mlp(histories=(cnn, mlp), lang="ko")
    >>> fig.axes[1].get_title()
    '테스트 정확도'
    """
    with _style.speaking(lang):
        op = "cnn_vs_mlp"
        networks = {"CNN": cnn, "MLP": mlp}
        for name, value in networks.items():
            if value is not None:
                networks[name] = _cnn.module_of(value, op)
        if histories is not None:
            if not isinstance(histories, (tuple, list)) or len(histories) != 2:
                raise ValueError(message("viz_cnn_histories", op=op, type=type(histories).__name__))
            records = {name: _history_of(h, op) for name, h in zip(networks, histories)}
        else:
            for name, value in (("epochs", epochs), ("batch_size", batch_size)):
                if not isinstance(value, (int, np.integer)) or isinstance(value, bool) or value < 1:
                    raise ValueError(message("viz_cnn_positive_int", op=op, name=name, value=repr(value)))
            records = _train(networks, X, y, epochs, batch_size, lr, test_size, seed, op)
        counts = {name: None if module is None else n_parameters(module) for name, module in networks.items()}
        return _draw(records, counts)


def _train(networks: dict, X, y, epochs, batch_size, lr, test_size, seed, op: str) -> dict:
    if X is None:
        X, y = load_digit_images()
    X = np.asarray(X, dtype=np.float32)
    if X.ndim != 4 or y is None or len(y) != len(X):
        raise ValueError(message("viz_cnn_images", op=op, shape=np.shape(X), n=None if y is None else len(y)))
    y = np.asarray(y, dtype=np.int64)
    data = train_test_split(X, y, test_size=test_size, stratify=y, seed=seed)
    shape = (*X.shape[1:], int(y.max()) + 1)
    records = {}
    with _training.seeded(seed):
        if networks["CNN"] is None:
            networks["CNN"] = default_cnn(*shape)
        if networks["MLP"] is None:
            networks["MLP"] = mlp_for_images(X.shape[1:], (64,), shape[-1])
        for name in networks:
            records[name] = _fit(networks[name], data, epochs, batch_size, lr)
    return records


def _draw(records: dict, counts: dict):
    fig, axes = _style.figure(1, 2, figsize=(15, 6))
    left, right = axes[0]
    for name, history in records.items():
        colour, epochs = COLOURS[name], np.arange(1, len(history["loss"]) + 1)
        label = name if counts[name] is None else message("viz_cnn_with_parameters", name=name, n=f"{counts[name]:,}")
        left.plot(epochs, history["loss"], color=colour, linewidth=_style.LINE, marker="o", gid=f"loss:{name}",
                  label=message("viz_cnn_train_curve", name=label))
        if history.get("val_loss"):
            left.plot(epochs, history["val_loss"], color=colour, linewidth=_style.LINE, linestyle="--",
                      gid=f"val_loss:{name}", label=message("viz_cnn_test_curve", name=name))
        accuracy = history["val_accuracy"]
        right.plot(epochs, accuracy, color=colour, linewidth=_style.LINE, marker="o", gid=f"val_accuracy:{name}",
                   label=message("viz_cnn_final_accuracy", name=label, accuracy=f"{accuracy[-1]:.3f}"))
    _style.decorate(left, message("viz_history_loss"), message("viz_history_epoch"), message("viz_cnn_loss_axis"))
    _style.decorate(right, message("viz_cnn_test_accuracy"), message("viz_history_epoch"),
                    message("viz_cnn_test_accuracy"))
    _style.legend(left, loc="upper right")
    _style.legend(right, loc="lower right")
    fig.suptitle(message("viz_cnn_vs_mlp_title"), fontsize=_style.TITLE)
    fig.histories, fig.n_parameters = records, counts
    return _style.finish(fig)
