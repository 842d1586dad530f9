"""``explain.gradient_step``: one step of gradient descent, with numbers.

    (1) J(W) on the batch (x, y)
    (2) ∂J/∂W by backpropagation
    (3) W ← W − η ∂J/∂W              plain SGD, as on the slide
        or the optimizer's own rule: momentum b; Adam's m, v, m̂, v̂; Adagrad's sum s; RMSprop's v; …

The terms are computed here (``_rules``) from the optimizer's state before the step; then ``optimizer.step()``
runs for real, and the new weights it leaves must equal the ones computed (``matches``).
"""

import dataclasses

import numpy as np

from mldlab.explain import _rules
from mldlab.explain._format import num, shape, vector
from mldlab.explain._model import inputs, loss_function, module_of, targets
from mldlab.explain._result import Math, Result, heading, line
from mldlab.grad_mode import enable_grad
from mldlab.i18n import message
from mldlab.optim import Optimizer
from mldlab.train import Model

_SYMBOLS = {"lr": "η", "betas": "(β₁, β₂)", "eps": "ε", "weight_decay": "λ", "momentum": "μ", "dampening": "τ",
            "lr_decay": "lr_decay", "rho": "ρ", "alpha": "α"}


@dataclasses.dataclass(repr=False)
class GradientStepResult(Result):
    """One update: the ``loss`` before it, and per parameter θ, ∂J/∂θ, the rule's ``terms`` and the new θ."""

    optimizer: str
    explained: bool
    options: dict
    loss: float
    parameters: list
    matches: bool
    max_difference: float

    kind = "gradient_step"

    def _lines(self) -> list:
        options = ",  ".join(f"{_SYMBOLS[k]} = {_option(v)}" for k, v in self.options.items())
        lines = [heading(message("explain_step_title", optimizer=self.optimizer)),
                 line(Math(options)), line(Math(f"J(W) = {num(self.loss)}"))]
        if not self.explained:
            lines.append(line(message("explain_step_unknown")))
        for p in self.parameters:
            lines.append(line(f"{p['name']} {shape(p['shape'])}", depth=1))
            lines.append(line(Math(f"θ = {vector(p['theta'])},  ∂J/∂θ = {vector(p['grad'])}"), depth=2))
            for term in p["terms"]:
                lines.append(line(Math(f"{term['formula']}:  {vector(term['value'])}"), depth=2))
            mark = "✓" if p["matches"] else "✗"
            lines.append(line(message("explain_step_check"), Math(vector(p["theta_after"])), f" {mark}", depth=2))
        return lines


def _option(value) -> str:
    if isinstance(value, (tuple, list)):
        return "(" + ", ".join(num(v) for v in value) + ")"
    return num(value)


def gradient_step(model, optimizer, x, y, loss=None, *, lang: str | None = None) -> GradientStepResult:
    """One real step of ``optimizer`` on the batch ``(x, y)``, every term of its rule with numbers.

    Parameters
    ----------
    model : nn.Module or Model
        The network (used in its current mode). A compiled ``Model`` gives its loss, and its optimizer when
        ``optimizer`` is None.
    optimizer : Optimizer or None
        An optimizer over the network's parameters. Its ``step()`` is called: the weights change.
    x, y : array-like
        The batch and its targets.
    loss : str or loss object, optional
        'bce', 'mse', 'cross_entropy', a Keras name or an ``nn`` loss (default: the compiled model's).
    lang : {'en', 'ko'}, optional
        The language of the rendering.

    Returns
    -------
    GradientStepResult

    Examples
    --------
    >>> import mldlab
    >>> from mldlab import nn, optim
    >>> net = nn.Linear(1, 1, bias=False)
    >>> with mldlab.no_grad():
    ...     _ = net.weight.fill_(0.5)
    >>> step = gradient_step(net, optim.SGD(net.parameters(), lr=0.1), [[2.0]], [3.0], "mse")
    >>> print(step)                       # J = (0.5·2 − 3)² = 4,  ∂J/∂w = 2·(1 − 3)·2 = −8
    One step of SGD
    ───────────────
    η = 0.1,  μ = 0,  τ = 0,  λ = 0
    J(W) = 4
      weight (1, 1)
        θ = [0.5],  ∂J/∂θ = [−8]
        θ ← θ − η·∂J/∂θ:  [1.3]
        optimizer.step() gave: [1.3] ✓
    """
    op = "explain.gradient_step"
    module = module_of(op, model)
    if optimizer is None and isinstance(model, Model):
        optimizer = model.optimizer
    if not isinstance(optimizer, Optimizer):
        raise TypeError(message("explain_step_optimizer", op=op, type=type(optimizer).__name__))
    X = inputs(op, module, x)
    names = {id(p): name for name, p in module.named_parameters()}
    optimizer.zero_grad()
    with enable_grad():
        out = module(X)
        loss_fn, info = loss_function(op, model, module, loss, out)
        J = loss_fn(out, targets(op, y, out, loss_fn, info))
        J.backward()
    found = _rules.rule_of(optimizer)
    name, rule, shown = found if found else (type(optimizer).__name__, None, ("lr",))
    parameters = []
    for group in optimizer.param_groups:
        for p in group["params"]:
            if p.grad is None:
                continue
            theta, g = p.detach().numpy().astype(float), p.grad.numpy().astype(float)
            terms, new = rule(theta, g, optimizer.state.get(p, {}), group) if rule else ([], None)
            parameters.append({"name": names.get(id(p), "?"), "shape": list(p.shape), "theta": theta, "grad": g,
                               "terms": [{"formula": f, "value": v} for f, v in terms], "theta_new": new, "param": p})
    optimizer.step()
    rtol = 1e-9 if X.dtype == np.float64 else 1e-5
    differences = []
    for entry in parameters:
        after = entry.pop("param").detach().numpy().astype(float)
        entry["theta_after"] = after
        if entry["theta_new"] is None:
            entry["theta_new"], entry["matches"] = after, True
        else:
            scale = max(float(np.abs(entry["theta"]).max()), float(np.abs(after).max()), 1e-12)
            differences.append(float(np.abs(entry["theta_new"] - after).max()))
            entry["matches"] = bool(differences[-1] <= rtol * scale + 1e-12)
    options = {k: optimizer.param_groups[0][k] for k in shown if k in optimizer.param_groups[0]}
    return GradientStepResult(name, rule is not None, options, float(J.item()), parameters,
                              all(p["matches"] for p in parameters), max(differences, default=0.0), lang=lang)
