"""The playground's "show the math" panel, computed by ``mldlab.explain`` with the job's current numbers.

    neuron      z = w₀ + Σᵢ xᵢwᵢ and a = g(z) of one unit for one point    (explain.forward, explain.perceptron)
    optimizer   the next update, every term of the optimizer's rule        (explain.gradient_step, on copies)
    diagnosis   what the curves so far say                                 (explain.diagnose)

Each answer holds the explanation's ``to_dict()`` (numbers), its Markdown rendering with the formulas in LaTeX
(``$…$``, for KaTeX) in the requested language, and a LaTeX string of the formula itself.
"""

import copy

import numpy as np

from mldlab import explain
from mldlab.i18n import message
from mldlab.lab.features import LABELS, transform
from mldlab.lab.spec import SetupError
from mldlab.train.callbacks import History

_G = {"relu": r"\mathrm{ReLU}", "tanh": r"\tanh", "sigmoid": r"\sigma", "leaky_relu": r"\mathrm{LeakyReLU}",
      "linear": r"\mathrm{id}"}
RULES = {
    "sgd": r"\theta \leftarrow \theta - \eta\, g",
    "momentum": r"b \leftarrow \mu b + (1-\tau) g,\quad \theta \leftarrow \theta - \eta\, b",
    "nesterov": r"b \leftarrow \mu b + g,\quad \theta \leftarrow \theta - \eta\,(g + \mu b)",
    "adagrad": r"s \leftarrow s + g^2,\quad \theta \leftarrow \theta - \tilde\eta\, \frac{g}{\sqrt{s} + \varepsilon}",
    "adadelta": r"v \leftarrow \rho v + (1-\rho) g^2,\quad \Delta\theta = \frac{\sqrt{u + \varepsilon}}"
                r"{\sqrt{v + \varepsilon}}\, g,\quad u \leftarrow \rho u + (1-\rho)\Delta\theta^2,\quad "
                r"\theta \leftarrow \theta - \eta\, \Delta\theta",
    "rmsprop": r"v \leftarrow \alpha v + (1-\alpha) g^2,\quad \theta \leftarrow \theta - \eta\, "
               r"\frac{g}{\sqrt{v} + \varepsilon}",
    "adam": r"m \leftarrow \beta_1 m + (1-\beta_1) g,\quad v \leftarrow \beta_2 v + (1-\beta_2) g^2,\quad "
            r"\hat m = \frac{m}{1-\beta_1^t},\quad \hat v = \frac{v}{1-\beta_2^t},\quad "
            r"\theta \leftarrow \theta - \eta\, \frac{\hat m}{\sqrt{\hat v} + \varepsilon}",
}
"""The update of each optimizer in LaTeX (PyTorch's algorithms; g = ∂J/∂θ, plus λθ with weight_decay)."""


def neuron_math(job, layer: int, unit: int, point=None, lang: str | None = None) -> dict:
    """Unit ``unit`` of layer ``layer`` (0 … number of hidden layers; the last is the output) at ``point``.

    ``point`` is [x1, x2] (or [x1]) in the data's coordinates; by default the first training point.
    """
    sizes = [layer_.units for layer_ in job.setup.hidden] + [job.n_outputs]
    if not _whole(layer) or not 0 <= layer < len(sizes):
        raise SetupError("math_layer", "layer", message("lab_math_layer", value=repr(layer), high=len(sizes) - 1))
    if not _whole(unit) or not 0 <= unit < sizes[layer]:
        raise SetupError("math_unit", "unit", message("lab_math_unit", value=repr(unit), layer=layer,
                                                      high=sizes[layer] - 1))
    x = job.data.x_train[0] if point is None else _point(point, job.data.inputs)
    features = transform(job.data.standardised(x[None, :]), job.setup.features)[0]
    forward = explain.forward(job.network, features.tolist(), lang=lang)
    linears = [i for i, step in enumerate(forward.steps) if step["layer"].startswith("Linear")]
    before = forward.steps[linears[layer] - 1]["values"][0] if layer else features.tolist()
    linear = [m for m in job.network if type(m).__name__ == "Linear"][layer]
    w = linear.weight.detach().numpy()[unit].astype(float)
    w0 = float(linear.bias.detach().numpy()[unit])
    name = job.setup.hidden[layer].activation if layer < len(job.setup.hidden) else \
        {"binary": "sigmoid"}.get(job.setup.output, "linear")
    result = explain.perceptron(w0, w.tolist(), before, activation=name, lang=lang)
    inputs = [LABELS[f] for f in job.setup.features] if layer == 0 else \
        [f"a^{{({layer})}}_{{{j + 1}}}" for j in range(len(before))]
    return {"layer": layer, "unit": unit, "point": [float(v) for v in x], "inputs": inputs,
            "activation": name, "softmax": job.setup.output == "multiclass" and layer == len(sizes) - 1,
            "neuron": result.to_dict(), "forward": forward.to_dict(), "markdown": result._repr_markdown_(),
            "latex": _neuron_latex(result, name, inputs if layer else [f"x_{{{j + 1}}}" for j in range(len(w))])}


def _neuron_latex(result, name: str, inputs: list) -> str:
    terms = " + ".join(f"({_n(t['x'])})({_n(t['w'])})" for t in result.terms)
    symbols = " + ".join(f"{x}\\,w_{{{i}}}" for i, x in enumerate(inputs, start=1))
    return (f"z = w_0 + {symbols} = {_n(result.w0)} + {terms} = {_n(result.z)},\\quad "
            f"a = g(z) = {_G[name]}({_n(result.z)}) = {_n(result.y_hat)}")


def optimizer_math(job, lang: str | None = None) -> dict:
    """The job's next iteration done by ``explain.gradient_step`` on copies of the network and optimizer.

    The batch is the one the job takes next (its permutation drawn from a copy of its generator at the start of
    an epoch). The L1/L2 terms of the loss (``l1``, ``l2``) are not in this step's J; ``penalty`` says so.
    """
    network, optimizer = copy.deepcopy((job.network, job.optimizer))
    index = job.next_batch()
    X, y = job.data.x_train[index], job.data.y_train[index]
    X = transform(job.data.standardised(X), job.setup.features)
    result = explain.gradient_step(network, optimizer, X, y, copy.deepcopy(job.loss_fn), lang=lang)
    return {"optimizer": job.setup.optimizer.name, "step": result.to_dict(), "markdown": result._repr_markdown_(),
            "latex": RULES[job.setup.optimizer.name], "batch": index.tolist(),
            "penalty": bool(job.setup.l1 or job.setup.l2)}


def diagnosis(job, lang: str | None = None) -> dict:
    """``explain.diagnose`` of the per-epoch curves (training loss, test loss as val_loss, accuracy, lr).

    A job stopped because its loss stayed far above where it started (finite, so the curves alone may not show
    it) gets the doctor's "diverged" finding first, with epoch 0 = the untrained network.
    """
    history = History()
    history.history = {"loss": [e["train_loss"] for e in job.history],
                       "val_loss": [e["test_loss"] for e in job.history],
                       "learning_rate": [e["learning_rate"] for e in job.history]}
    if job.setup.output != "regression":
        history.history["accuracy"] = [e["train_accuracy"] for e in job.history]
    record = job.divergence
    history.diverged = None
    if record is not None and not np.isfinite(record["loss"]):
        history.diverged = record
    if not job.history and history.diverged is None:
        raise SetupError("diagnosis_empty", None, message("lab_diagnosis_empty"))
    result = explain.diagnose(history, lang=lang)
    if record is not None and result.verdict != "diverged":
        rise = {"non_finite": False, "best_epoch": 0, "best": record["best"], "epoch": record["epoch"],
                "last": record["loss"], "learning_rate": record["learning_rate"]}
        result = explain.DiagnoseResult(result.epochs, "diverged", [{"code": "diverged", "evidence": rise}]
                                        + [f for f in result.findings if f["code"] != "healthy"], lang=lang)
    return {"diagnosis": result.to_dict(), "markdown": result._repr_markdown_(), "text": str(result)}


def _point(point, inputs: int) -> np.ndarray:
    ok = isinstance(point, (list, tuple)) and len(point) == inputs and all(
        isinstance(v, (int, float)) and not isinstance(v, bool) and np.isfinite(v) and abs(v) <= 1e6 for v in point)
    if not ok:
        raise SetupError("math_point", "point", message("lab_math_point", value=repr(point)[:60], inputs=inputs))
    return np.asarray(point, dtype=np.float64)


def _whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _n(value: float) -> str:
    return f"{value:.4g}".replace("e", r"\times 10^{") + ("}" if "e" in f"{value:.4g}" else "")
