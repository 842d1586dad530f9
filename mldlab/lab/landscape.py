"""The loss landscape of the playground's network on a 2-D slice of weight space (Li et al., 2018).

The slides' "high-dimensional loss → low-dimensional picture": around the current weights θ, two random
directions d₁, d₂ span a plane, and the training loss is computed on an n×n grid of it:

    (1) d₁, d₂ ~ N(0, 1), the same shapes as the weights; drawn from ``Generator(seed)`` of the job's setup
        (so the same setup shows the same slice at every moment of training)
    (2) filter normalisation: each unit's row i of a weight matrix is rescaled to the norm of θ's row,
            d_i ← d_i / ‖d_i‖ · ‖θ_i‖,   and the biases are not moved (d = 0), as in the paper
    (3) f(α, β) = J_data(θ + α·d₁ + β·d₂) on the training points,   α, β ∈ [−span, span]

The centre f(0, 0) is the current training loss. Everything runs on a copy of the network, without gradients.

References
----------
H. Li, Z. Xu, G. Taylor, C. Studer, T. Goldstein. Visualizing the Loss Landscape of Neural Nets. NeurIPS 2018.

Examples
--------
>>> from mldlab.lab.job import Job
>>> from mldlab.lab.spec import Setup
>>> job = Job(Setup.defaults())
>>> view = landscape(job, n=5)
>>> len(view["values"]), view["center"] == view["values"][12]
(25, True)
"""

import numpy as np

from mldlab._random import Generator
from mldlab.creation import tensor
from mldlab.grad_mode import no_grad
from mldlab.i18n import message
from mldlab.lab.spec import SetupError

MAX_N, MAX_SPAN = 41, 10.0


def directions(job, parameters: list) -> tuple:
    """(1) and (2): the two filter-normalised directions, one array per parameter."""
    rng = Generator(job.setup.seed).numpy
    both = []
    for _ in range(2):
        d = []
        for p in parameters:
            theta = p.detach().numpy().astype(np.float64)
            if theta.ndim < 2:
                d.append(np.zeros_like(theta))
                continue
            r = rng.standard_normal(theta.shape)
            scale = np.linalg.norm(theta, axis=1, keepdims=True) / np.maximum(np.linalg.norm(r, axis=1,
                                                                                              keepdims=True), 1e-12)
            d.append(r * scale)
        both.append(d)
    return tuple(both)


def landscape(job, n: int = 21, span: float = 1.0) -> dict:
    """(3) on an n×n grid, n odd so that θ itself is the centre.

    Returns {"n", "span", "alphas", "values" (n·n, row-major: row i is β = alphas[i], column j is α = alphas[j]),
    "center", "min", "max", "loss"}; a value that is not finite is None.
    """
    if not isinstance(n, int) or isinstance(n, bool) or not 3 <= n <= MAX_N or n % 2 == 0:
        raise SetupError("landscape_n", "n", message("lab_landscape_n", value=repr(n), high=MAX_N))
    if not isinstance(span, (int, float)) or isinstance(span, bool) or not 0 < span <= MAX_SPAN:
        raise SetupError("landscape_span", "span", message("lab_landscape_span", value=repr(span), high=MAX_SPAN))
    network = job.copy_network()
    network.eval()
    parameters = list(network.parameters())
    theta = [p.detach().numpy().astype(np.float64) for p in parameters]
    d1, d2 = directions(job, parameters)
    X, y = job.data.x_train, job.data.y_train
    inputs, targets = job.inputs_of(X), job.targets_of(y)
    alphas = np.linspace(-span, span, n)
    alphas[n // 2] = 0.0  # the centre exactly (n is odd)
    values = np.empty((n, n))
    with no_grad(), np.errstate(all="ignore"):
        for i, beta in enumerate(alphas):
            for j, alpha in enumerate(alphas):
                for p, t, a, b in zip(parameters, theta, d1, d2):
                    p.copy_(tensor((t + alpha * a + beta * b).astype(np.float32)))
                values[i, j] = float(job.loss_fn(network(inputs), targets).item())
    finite = values[np.isfinite(values)]
    center = values[n // 2, n // 2]
    return {"n": n, "span": float(span), "alphas": np.round(alphas, 6).tolist(),
            "values": [_sig(v) for v in values.ravel()], "center": _sig(center),
            "min": _sig(finite.min()) if finite.size else None, "max": _sig(finite.max()) if finite.size else None,
            "loss": _sig(job.evaluate()["train_loss"])}


def _sig(value):
    if value is None or not np.isfinite(value):
        return None
    return float(f"{value:.6g}")
