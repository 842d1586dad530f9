"""t-SNE's optimiser: gradient descent with momentum and a gain for each coordinate (Jacobs 1988), as
scikit-learn's ``_gradient_descent``.

With g = ∂KL/∂Y of (8), the step Δ (zero at first) and the gains γ (one at first), each iteration::

    (9)  γ ← γ + 0.2 where Δ·g < 0 (the gradient turned: speed up),  γ ← 0.8·γ elsewhere;  γ ← max(γ, min_gain)
    (10) Δ ← μ·Δ − η·(γ ∘ g)                                μ: momentum, η: learning rate
    (11) Y ← Y + Δ

Every ``n_iter_check`` iterations (50) KL is measured: the descent stops when KL has not improved for more than
``n_iter_without_progress`` iterations, or when ‖γ ∘ g‖ ≤ ``min_grad_norm``.
"""

import numpy as np

from mldlab.i18n import message


def gradient_descent(objective, Y0: np.ndarray, it: int, max_iter: int, *, n_iter_check: int,
                     n_iter_without_progress: int, momentum: float, learning_rate, min_gain: float = 0.01,
                     min_grad_norm: float, verbose: int = 0) -> tuple[np.ndarray, float, int]:
    """Iterations ``it`` … ``max_iter − 1`` of (9)–(11) from ``Y0``; returns Y, the last KL measured and the last
    iteration.

    ``objective(Y, compute_error)`` returns (KL or NaN, g). KL is measured at the checks and at the last
    iteration only.
    """
    Y = Y0.copy()
    update = np.zeros_like(Y)
    gains = np.ones_like(Y)
    error = best_error = np.finfo(float).max
    best_iter = i = it
    for i in range(it, max_iter):
        check = (i + 1) % n_iter_check == 0
        error, grad = objective(Y, check or i == max_iter - 1)
        turned = update * grad < 0.0
        gains[turned] += 0.2  # (9)
        gains[~turned] *= 0.8
        np.clip(gains, min_gain, np.inf, out=gains)
        grad *= gains
        update = momentum * update - learning_rate * grad  # (10)
        Y += update  # (11)
        if not check:
            continue
        grad_norm = float(np.linalg.norm(grad.ravel()))
        if verbose >= 2:
            print(message("tsne_iteration", iteration=i + 1, error=error, grad_norm=grad_norm))
        if error < best_error:
            best_error, best_iter = error, i
        elif i - best_iter > n_iter_without_progress:
            if verbose >= 2:
                print(message("tsne_no_progress", iteration=i + 1, n_iter=n_iter_without_progress))
            break
        if grad_norm <= min_grad_norm:
            if verbose >= 2:
                print(message("tsne_small_gradient", iteration=i + 1, grad_norm=grad_norm))
            break
    return Y, error, i
