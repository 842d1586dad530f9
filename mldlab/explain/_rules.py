"""The update rule of each optimizer, written out term by term (the numbered lines of its docstring).

Each rule takes θ, the gradient g, the optimizer's state for θ before the step (empty before the first step)
and the options of θ's parameter group, and returns the terms [(formula, value)] in order and the new θ. Everything is
computed here in float64, so that ``gradient_step`` can check it against what ``optimizer.step()`` did.
"""

import numpy as np

from mldlab import optim
from mldlab.keras.optimizers.optimizer import KerasOptimizer


def _state(state: dict, key: str, like: np.ndarray, initial: float = 0.0) -> np.ndarray:
    """A state array as float64 (the value it starts from when the optimizer has none yet)."""
    value = state.get(key)
    return np.full_like(like, initial) if value is None else value.numpy().astype(float)


def _gradient(theta, g, group, terms):
    """(1) g ← −g with maximize, (2) g ← g + λθ with weight decay (L2 added to the gradient)."""
    if group.get("maximize"):
        g = -g
        terms.append(("g ← −∂J/∂θ", g))
    if group["weight_decay"] != 0 and not group.get("decoupled_weight_decay"):
        g = g + group["weight_decay"] * theta
        terms.append(("g ← g + λ·θ", g))
    return g


def sgd(theta, g, state, group):
    terms = []
    g = _gradient(theta, g, group, terms)
    mu, tau = group["momentum"], group["dampening"]
    if mu != 0:
        if state.get("momentum_buffer") is None:
            b = g.copy()
            terms.append(("b ← g", b))
        else:
            b = mu * _state(state, "momentum_buffer", theta) + (1 - tau) * g
            terms.append(("b ← μ·b + (1 − τ)·g", b))
        if group["nesterov"]:
            g = g + mu * b
            terms.append(("g ← g + μ·b", g))
        else:
            g = b
    new = theta - group["lr"] * g
    terms.append(("θ ← θ − η·g" if mu or group["weight_decay"] or group.get("maximize") else "θ ← θ − η·∂J/∂θ", new))
    return terms, new


def adam(theta, g, state, group):
    terms = []
    lr, (beta1, beta2), eps, lam = group["lr"], group["betas"], group["eps"], group["weight_decay"]
    t = int(state.get("step", 0)) + 1
    g = _gradient(theta, g, group, terms)
    if lam != 0 and group.get("decoupled_weight_decay"):
        theta = theta * (1 - lr * lam)
        terms.append(("θ ← θ − η·λ·θ", theta))
    m = beta1 * _state(state, "exp_avg", theta) + (1 - beta1) * g
    v = beta2 * _state(state, "exp_avg_sq", theta) + (1 - beta2) * g * g
    terms += [("m ← β₁·m + (1 − β₁)·g", m), ("v ← β₂·v + (1 − β₂)·g²", v)]
    m_hat = m / (1 - beta1**t)
    terms.append((f"m̂ = m/(1 − β₁ᵗ),  t = {t}", m_hat))
    if group["amsgrad"]:
        v = np.maximum(_state(state, "max_exp_avg_sq", theta), v)
        terms.append(("v_max ← max(v_max, v)", v))
    v_hat = v / (1 - beta2**t)
    terms.append(("v̂ = v/(1 − β₂ᵗ)", v_hat))
    new = theta - lr * m_hat / (np.sqrt(v_hat) + eps)
    terms.append(("θ ← θ − η·m̂/(√v̂ + ε)", new))
    return terms, new


def adagrad(theta, g, state, group):
    terms = []
    t = int(state.get("step", 0)) + 1
    g = _gradient(theta, g, group, terms)
    lr_t = group["lr"] / (1 + (t - 1) * group["lr_decay"])
    s = _state(state, "sum", theta, group["initial_accumulator_value"]) + g * g
    terms.append(("s ← s + g²", s))
    new = theta - lr_t * g / (np.sqrt(s) + group["eps"])
    terms.append((f"θ ← θ − η/(1 + (t − 1)·lr_decay)·g/(√s + ε),  t = {t}", new))
    return terms, new


def adadelta(theta, g, state, group):
    terms = []
    rho, eps = group["rho"], group["eps"]
    g = _gradient(theta, g, group, terms)
    v = rho * _state(state, "square_avg", theta) + (1 - rho) * g * g
    u = _state(state, "acc_delta", theta)
    delta = np.sqrt(u + eps) / np.sqrt(v + eps) * g
    terms += [("v ← ρ·v + (1 − ρ)·g²", v), ("Δ = √(u + ε)/√(v + ε)·g", delta),
              ("u ← ρ·u + (1 − ρ)·Δ²", rho * u + (1 - rho) * delta * delta)]
    new = theta - group["lr"] * delta
    terms.append(("θ ← θ − η·Δ", new))
    return terms, new


def rmsprop(theta, g, state, group):
    terms = []
    alpha, eps, mu = group["alpha"], group["eps"], group["momentum"]
    g = _gradient(theta, g, group, terms)
    v = alpha * _state(state, "square_avg", theta) + (1 - alpha) * g * g
    terms.append(("v ← α·v + (1 − α)·g²", v))
    if group["centered"]:
        g_avg = alpha * _state(state, "grad_avg", theta) + (1 - alpha) * g
        terms.append(("ḡ ← α·ḡ + (1 − α)·g", g_avg))
        denominator = np.sqrt(v - g_avg * g_avg) + eps
        terms.append(("√(v − ḡ²) + ε", denominator))
    else:
        denominator = np.sqrt(v) + eps
    if mu > 0:
        b = mu * _state(state, "momentum_buffer", theta) + g / denominator
        terms.append(("b ← μ·b + g/(√ṽ + ε)", b))
        new = theta - group["lr"] * b
        terms.append(("θ ← θ − η·b", new))
    else:
        new = theta - group["lr"] * g / denominator
        terms.append(("θ ← θ − η·g/(√v + ε)", new))
    return terms, new


def rule_of(optimizer):
    """(name, rule, options shown) of an optimizer, or None for one whose rule is not written out here (Keras's
    optimizers follow Keras's formulas, in ``mldlab.keras.optimizers``)."""
    if isinstance(optimizer, KerasOptimizer):
        return None
    if isinstance(optimizer, optim.Adam):
        return "AdamW" if isinstance(optimizer, optim.AdamW) else "Adam", adam, ("lr", "betas", "eps", "weight_decay")
    for cls, rule, options in ((optim.SGD, sgd, ("lr", "momentum", "dampening", "weight_decay")),
                               (optim.Adagrad, adagrad, ("lr", "lr_decay", "eps", "weight_decay")),
                               (optim.Adadelta, adadelta, ("lr", "rho", "eps", "weight_decay")),
                               (optim.RMSprop, rmsprop, ("lr", "alpha", "eps", "momentum", "weight_decay"))):
        if isinstance(optimizer, cls):
            return cls.__name__, rule, options
    return None
