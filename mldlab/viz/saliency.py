"""Saliency: which pixels the network's answer depends on most (Simonyan, Vedaldi and Zisserman, 2014).

For the class score s_k(x) (the network's output for class k, before softmax), one backward pass gives how much
the score changes when each pixel changes a little::

    (1) s_k = f(x)_k                              the score of the target class (default: the predicted one)
    (2) g = ∂s_k/∂x                               one backward pass from s_k down to the input
    (3) M(i, j) = max_c |g_c(i, j)|              the saliency map: the largest over the input channels

Bright pixels are those whose change would move the score most: usually the strokes that make the digit.
"""

import numpy as np

from mldlab.i18n import message
from mldlab.tensor import Tensor
from mldlab.viz import _cnn, _style


def _label(k: int, class_names) -> str:
    return str(class_names[k]) if class_names is not None else str(k)


def saliency(model, x, target=None, *, class_names=None, lang: str | None = None):
    """The image and its saliency map |∂s_target/∂x| side by side.

    Parameters
    ----------
    model : nn.Module or Model
        A classifier of images: ``model(x)`` gives one score (logit) per class, shape (1, K).
    x : array-like or Tensor of shape (H, W), (C, H, W) or (1, C, H, W)
        One image, as the network takes it.
    target : int, optional
        The class whose score is differentiated (default: the predicted class, argmax of the scores).
    class_names : list of str, optional
        Names of the K classes for the titles (default: their numbers).
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.saliency`` the map M (H, W), ``fig.gradient`` ∂s/∂x (C, H, W), ``fig.target``, ``fig.scores`` the
        K scores and ``fig.probabilities`` their softmax.

    Examples
    --------
    >>> import numpy as np
    >>> from mldlab import nn, viz
    >>> model = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.Flatten(), nn.Linear(144, 10))
    >>> fig = viz.saliency(model, np.random.rand(8, 8, 1).transpose(2, 0, 1), target=3, lang="ko")
    >>> fig.saliency.shape, fig.target
    ((8, 8), 3)
    >>> fig.axes[1].get_title().splitlines()[0]
    '돌출 맵 |∂s₃/∂x|'
    """
    with _style.speaking(lang):
        op = "saliency"
        module = _cnn.module_of(model, op)
        batch = _cnn.one_image(x, op, _cnn.dtype_of(module))
        image = Tensor(batch, dtype=batch.dtype, requires_grad=True)
        with _cnn.evaluating(module):
            scores = module(image)
        if scores.ndim != 2 or scores.shape[0] != 1:
            raise ValueError(message("viz_cnn_scores", op=op, shape=tuple(scores.shape)))
        values = scores.detach().numpy()[0].astype(np.float64)
        n_classes = len(values)
        if target is None:
            target = int(np.argmax(values))
        elif not isinstance(target, (int, np.integer)) or isinstance(target, bool) or not 0 <= target < n_classes:
            raise ValueError(message("viz_cnn_target", op=op, value=repr(target), n=n_classes))
        if class_names is not None and len(class_names) != n_classes:
            raise ValueError(message("viz_cnn_class_names", op=op, n=n_classes, got=len(class_names)))
        scores[0, int(target)].backward()  # (1), (2)
        gradient = image.grad.numpy()[0].astype(np.float64)
        saliency_map = np.abs(gradient).max(axis=0)  # (3)
        e = np.exp(values - values.max())
        probabilities = e / e.sum()
        fig, axes = _style.figure(1, 2, figsize=(11, 5.6))
        axes = axes[0]
        picture = _cnn.input_picture(batch[0])
        _cnn.show_image(axes[0], picture, "gray_r", float(picture.min()), float(picture.max()), gid="input")
        predicted = int(np.argmax(values))
        axes[0].set_title(message("viz_cnn_saliency_input", label=_label(predicted, class_names),
                                  p=f"{probabilities[predicted]:.2f}"), fontsize=_style.LABEL)
        shown = _cnn.show_image(axes[1], saliency_map, "magma", 0.0, float(saliency_map.max()) or 1.0,
                                gid="saliency")
        fig.colorbar(shown, ax=axes[1], shrink=0.85)
        axes[1].set_title(message("viz_cnn_saliency_map", k=_cnn.subscript(int(target)),
                                  label=_label(int(target), class_names)), fontsize=_style.LABEL)
        fig.suptitle(message("viz_cnn_saliency_title"), fontsize=_style.TITLE)
        fig.saliency, fig.gradient, fig.target = saliency_map, gradient, int(target)
        fig.scores, fig.probabilities = values, probabilities
        return _style.finish(fig)
