"""Regularisation: the same network with and without dropout and early stopping, side by side.

A large network trained long on few noisy points learns the noise: its training loss keeps falling while the
validation loss turns up, and its boundary bends around single points (과적합). Two of the slides' remedies:

* dropout ("확률적으로 은닉 뉴런의 활성화를 0으로"): while training, each hidden unit is switched off with
  probability p, so the network cannot rely on any one unit;
* early stopping ("과적합 이전에 멈추는 것"): stop when the validation loss has not improved for ``patience``
  epochs and go back to the weights of its best epoch.
"""

from mldlab.data import moons
from mldlab.i18n import message
from mldlab.train.callbacks import EarlyStopping
from mldlab.viz import _style, _training
from mldlab.viz.boundary import draw_boundary
from mldlab.viz.history import draw_curves


def regularization(*, hidden: int = 64, dropout: float = 0.3, patience: int = 30, epochs: int = 150, seed: int = 2,
                   lang: str | None = None):
    """Learning curves and decision boundaries of one network trained plainly and with dropout + early stopping.

    Parameters
    ----------
    hidden : int, default 64
        Units in each of the two hidden layers (ReLU).
    dropout : float, default 0.3
        Dropout probability p after each hidden layer of the regularised network.
    patience : int, default 30
        Early stopping's patience (monitoring ``val_loss``, best weights restored).
    epochs : int, default 150
        Full-batch epochs at most (Adam, lr 0.01).
    seed : int, default 2
        Seed of the data, the weights and the dropout masks. With 60 training points the validation accuracies
        vary from seed to seed by a few points; the validation *loss* tells the story every time.
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.histories`` holds the two ``History`` objects (plain, regularised); ``fig.early_stopping`` the
        callback; ``fig.scores`` the validation accuracy of each.

    Examples
    --------
    >>> fig = regularization(epochs=60, lang="en")
    >>> len(fig.histories["plain"].epoch)
    60
    """
    X, y = moons(n_samples=60, noise=0.35, seed=seed)
    X_val, y_val = moons(n_samples=200, noise=0.35, seed=seed + 1)
    with _style.speaking(lang):
        fig, axes = _style.figure(2, 2, figsize=(15, 12))
        fig.histories, fig.scores = {}, {}
        fig.early_stopping = EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)
        for column, name in enumerate(("plain", "regularised")):
            with _training.seeded(seed):
                regularised = name == "regularised"
                model = _training.compiled(_training.network((2, hidden, hidden, 1), "relu",
                                                             dropout if regularised else 0.0), lr=0.01)
                history = model.fit(X, y, batch_size=len(X), epochs=epochs, validation_data=(X_val, y_val),
                                    verbose=0, callbacks=[fig.early_stopping] if regularised else None)
            fig.histories[name] = history
            top, bottom = axes[0, column], axes[1, column]
            draw_curves(top, history.history, "loss",
                        fig.early_stopping.best_epoch if regularised else None,
                        fig.early_stopping.stopped_epoch if regularised else None)
            title = message("viz_reg_plain") if not regularised else message("viz_reg_regularised", p=dropout,
                                                                              patience=patience)
            _style.decorate(top, title, message("viz_history_epoch"), message("viz_history_loss"))
            _style.legend(top, loc="upper right")
            fig.scores[name] = draw_boundary(bottom, model, X, y, X_val, y_val, resolution=80,
                                             test_name=message("viz_history_validation"))["test"]
            _style.decorate(bottom, message("viz_reg_boundary", accuracy=fig.scores[name]), "x₁", "x₂")
        _style.legend(axes[1, 0], loc="lower left")
        top_limit = max(max(h.history["val_loss"]) for h in fig.histories.values())
        for ax in axes[0]:
            ax.set_ylim(0, min(top_limit * 1.05, 3))
            ax.set_xlim(0, len(fig.histories["plain"].epoch) + 1)
        return _style.finish(fig)
