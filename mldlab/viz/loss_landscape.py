"""The loss landscape around a trained network, after Li et al. (2017), "Visualizing the loss landscape of neural
nets" (the slides' "고차원 손실함수 → 저차원").

J(W) lives in as many dimensions as the network has weights; to see it, walk from the trained weights W* along
random directions and compute the model's own loss on its data::

    (1) δ, η ~ N(0, 1), the shapes of the weights
    (2) filter normalisation: for every unit i of every layer, δᵢ ← δᵢ / ‖δᵢ‖ · ‖W*ᵢ‖ (the same for η);
        biases get no direction (δ = 0), as in the paper
    (3) 1-D:  f(α) = J(W* + α·δ)
    (4) 2-D:  f(α, β) = J(W* + α·δ + β·η), drawn as contours and as a surface

Filter normalisation makes a step of α = 1 as large, for every unit, as that unit's own weights, so pictures of
different networks can be compared. The centre f(0, 0) is exactly the model's loss.
"""

import numpy as np

from mldlab import _random
from mldlab.i18n import message
from mldlab.train import Model
from mldlab.viz import _style


def _directions(weights, rng: np.random.Generator):
    """A random filter-normalised direction, one array per weight array (zeros for biases)."""
    out = []
    for w in weights:
        if w.ndim < 2:
            out.append(np.zeros_like(w))  # (2) biases: no direction
            continue
        d = rng.standard_normal(w.shape)  # (1)
        rows = w.reshape(w.shape[0], -1)
        scale = np.linalg.norm(rows, axis=1) / (np.linalg.norm(d.reshape(w.shape[0], -1), axis=1) + 1e-10)
        out.append((d.reshape(w.shape[0], -1) * scale[:, None]).reshape(w.shape))  # (2)
    return out


def landscape(model: Model, X, y, span: float, resolution: int, seed: int) -> dict:
    """The 1-D and 2-D loss values around the model's weights (which are put back afterwards)."""
    centre = model.get_weights()
    rng = _random.Generator(seed).numpy
    delta, eta = _directions(centre, rng), _directions(centre, rng)

    def loss_at(a: float, b: float) -> float:
        model.set_weights([w + a * d + b * e for w, d, e in zip(centre, delta, eta)])
        result = model.evaluate(X, y, batch_size=len(X), verbose=0)
        return float(result[0] if isinstance(result, list) else result)

    alphas = np.linspace(-span, span, 2 * resolution - 1)
    grid = np.linspace(-span, span, resolution)
    try:
        line = np.array([loss_at(a, 0.0) for a in alphas])  # (3)
        surface = np.array([[loss_at(a, b) for a in grid] for b in grid])  # (4), rows: β, columns: α
    finally:
        model.set_weights(centre)
    return {"alphas": alphas, "line": line, "grid": grid, "surface": surface,
            "centre": float(surface[resolution // 2, resolution // 2])}


def loss_landscape(model, X, y, *, loss=None, span: float = 1.0, resolution: int = 21, seed: int = 0,
                   lang: str | None = None):
    """The loss around ``model``'s weights along random filter-normalised directions: a 1-D curve, contours, a surface.

    Parameters
    ----------
    model : Model or nn.Module
        A compiled ``Model`` (its loss is used), or a network together with ``loss``.
    X, y : array-like
        The data the loss is computed on (e.g. the training data).
    loss : str or loss object, optional
        The loss, for an ``nn.Module`` (as in ``compile``: ``'binary_crossentropy'``, ``nn.MSELoss()``, …).
    span : float, default 1.0
        α and β go from −span to span.
    resolution : int, default 21
        Grid points along each direction (odd, so that the centre is on the grid).
    seed : int, default 0
        Seed of the random directions.
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.landscape`` holds the values (``'alphas'``, ``'line'``, ``'grid'``, ``'surface'``, ``'centre'``).

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn
    >>> from mldlab.data import xor
    >>> X, y = xor(n_samples=40, seed=0)
    >>> model = mldlab.Model(nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1)))
    >>> model.compile(optimizer="adam", loss="binary_crossentropy")
    >>> fig = loss_landscape(model, X, y, resolution=5, lang="en")
    >>> abs(fig.landscape["centre"] - model.evaluate(X, y, verbose=0)) < 1e-6
    True
    """
    if not isinstance(model, Model):
        network, model = model, Model(model)
        model.compile(optimizer="sgd", loss=loss if loss is not None else _missing_loss(network))
    resolution = resolution + 1 - resolution % 2
    values = landscape(model, X, y, span, resolution, seed)
    with _style.speaking(lang):
        fig = _style.blank(figsize=(19, 6))
        ax_line = fig.add_subplot(1, 3, 1)
        ax_map = fig.add_subplot(1, 3, 2)
        ax_3d = fig.add_subplot(1, 3, 3, projection="3d")
        ax_line.plot(values["alphas"], values["line"], color=_style.BLUE, linewidth=_style.LINE, gid="interpolation",
                     label="J(W* + α·δ)")
        ax_line.plot([0], [values["centre"]], marker="*", markersize=20, color=_style.RED, markeredgecolor="black",
                     linestyle="", gid="centre", label=message("viz_landscape_trained", loss=values["centre"]))
        _style.decorate(ax_line, message("viz_landscape_line_title"), "α", message("viz_history_loss"))
        _style.legend(ax_line, loc="upper center")
        A, B = np.meshgrid(values["grid"], values["grid"])
        filled = ax_map.contourf(A, B, values["surface"], levels=20, cmap="viridis")
        ax_map.contour(A, B, values["surface"], levels=20, colors="white", linewidths=0.5)
        fig.colorbar(filled, ax=ax_map).set_label(message("viz_history_loss"), fontsize=_style.LABEL)
        ax_map.plot([0], [0], marker="*", markersize=20, color=_style.RED, markeredgecolor="black", linestyle="",
                    label=message("viz_landscape_trained", loss=values["centre"]))
        _style.decorate(ax_map, message("viz_landscape_map_title"), "α (δ)", "β (η)")
        _style.legend(ax_map, loc="upper right")
        ax_3d.plot_surface(A, B, values["surface"], cmap="viridis", linewidth=0, antialiased=True)
        ax_3d.set_title(message("viz_landscape_surface_title"), fontsize=_style.TITLE)
        ax_3d.set_xlabel("α", fontsize=_style.LABEL)
        ax_3d.set_ylabel("β", fontsize=_style.LABEL)
        ax_3d.set_zlabel("J", fontsize=_style.LABEL)
        ax_3d.set_box_aspect(None, zoom=0.85)  # room for the axis labels
        ax_3d.set_xticks([-span, 0, span])
        ax_3d.set_yticks([-span, 0, span])
        fig.suptitle(message("viz_landscape_suptitle"), fontsize=_style.TITLE + 1)
        fig.landscape = values
        return _style.finish(fig)


def _missing_loss(network):
    raise ValueError(message("viz_landscape_loss", type=type(network).__name__))
