"""Full-batch gradient descent, stochastic gradient descent and mini-batches on one problem.

The slides' three algorithms differ only in how many samples B each gradient is averaged over::

    ∂J/∂W ≈ 1/B Σₖ ∂Jₖ(W)/∂W   over a batch of B samples,   then W ← W − η ∂J/∂W

    full batch (GD)   B = n: exact gradient, one update per epoch, slow per update ("효율성이 떨어짐")
    SGD               B = 1: n noisy updates per epoch ("확률적이지만 빠르게")
    mini-batch        1 < B < n: the usual compromise

and the words: epoch = one pass over the whole data set, batch = the part of it used for one update,
iteration = one update (one batch). With n samples and batch size B, an epoch has ⌈n / B⌉ iterations.
"""

import time

import numpy as np

from mldlab import nn, optim
from mldlab.data import StandardScaler, pass_exam
from mldlab.i18n import message
from mldlab.train import Model
from mldlab.viz import _style, _training


def batch_sizes(*, n_samples: int = 128, batch_size: int = 16, epochs: int = 10, lr: float = 0.1, seed: int = 0,
                lang: str | None = None):
    """The same perceptron trained with B = n (GD), B = 1 (SGD) and B = ``batch_size``: loss per iteration, loss
    per epoch, and the cost of an epoch.

    Parameters
    ----------
    n_samples : int, default 128
        Samples n of the "will I pass this class?" data (standardised).
    batch_size : int, default 16
        B of the mini-batch run.
    epochs : int, default 10
        Epochs of each run.
    lr : float, default 0.1
        η of plain SGD, the same for the three runs.
    seed : int, default 0
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.histories`` maps each B to its ``History``; in the first panel the line of batch size B has gid
        ``'iterations:B'``.

    Examples
    --------
    >>> fig = batch_sizes(n_samples=32, epochs=2, lang="en")
    >>> {b: len(h.iteration_losses()) for b, h in fig.histories.items()}
    {32: 2, 1: 64, 16: 4}
    """
    X, y = pass_exam(n_samples=n_samples, seed=seed)
    X = StandardScaler().fit_transform(X)
    runs = ((n_samples, _style.BLUE), (1, _style.RED), (batch_size, _style.GREEN))
    with _style.speaking(lang):
        names = {n_samples: message("viz_batch_gd", n=n_samples), 1: message("viz_batch_sgd"),
                 batch_size: message("viz_batch_mini", b=batch_size)}
        fig, axes = _style.figure(1, 3, figsize=(20, 6.8))
        ax_iter, ax_epoch, ax_cost = axes.ravel()
        fig.histories, seconds = {}, {}
        for b, colour in runs:
            with _training.seeded(seed):
                net = nn.Sequential(nn.Linear(2, 1))
                model = Model(net)
                model.compile(optimizer=optim.SGD(net.parameters(), lr=lr), loss="binary_crossentropy")
                started = time.perf_counter()
                history = model.fit(X, y, batch_size=b, epochs=epochs, verbose=0)
                seconds[b] = (time.perf_counter() - started) / epochs
            fig.histories[b] = history
            losses = history.iteration_losses()
            ax_iter.plot(np.arange(1, len(losses) + 1), losses, color=colour, linewidth=1 if b == 1 else 2.5,
                         marker="o" if b == n_samples else None, alpha=0.6 if b == 1 else 1.0,
                         zorder=1 if b == 1 else 3, gid=f"iterations:{b}", label=names[b])
            ax_epoch.plot(np.arange(1, epochs + 1), history.history["loss"], color=colour, marker="o",
                          linewidth=_style.LINE, gid=f"epochs:{b}", label=names[b])
        ax_iter.set_xscale("log")
        _style.decorate(ax_iter, message("viz_batch_iter_title"), message("viz_batch_iteration"),
                        message("viz_batch_batch_loss"))
        _style.legend(ax_iter, loc="lower left")
        _style.decorate(ax_epoch, message("viz_batch_epoch_title"), message("viz_history_epoch"),
                        message("viz_history_loss"))
        _style.legend(ax_epoch, loc="upper right")
        order = [b for b, _ in runs]
        per_epoch = [-(-n_samples // b) for b in order]
        bars = ax_cost.bar([names[b] for b in order], per_epoch, color=[c for _, c in runs], gid="iterations_per_epoch")
        for bar, b, count in zip(bars, order, per_epoch):
            ax_cost.text(bar.get_x() + bar.get_width() / 2, count, message("viz_batch_cost", k=count,
                                                                             ms=1000 * seconds[b]),
                         ha="center", va="bottom", fontsize=_style.NOTE)
        ax_cost.set_yscale("log")
        ax_cost.set_ylim(0.5, n_samples * 4)
        ax_cost.tick_params(axis="x", labelrotation=10)
        _style.decorate(ax_cost, message("viz_batch_cost_title"), None, message("viz_batch_updates"))
        fig.suptitle(message("viz_batch_words", n=n_samples, b=batch_size, k=-(-n_samples // batch_size)),
                     fontsize=_style.LABEL)
        return _style.finish(fig)
