"""The numbers of the lesson pages perceptron, activations, losses, gradient-descent and backprop.

Each page posts its controls as a JSON object to ``/api/lessons/<page>`` and draws what comes back. Every number
is computed here by the engine: ``mldlab.explain`` (perceptron, activation, loss, forward, backprop,
gradient_step) and Tensor autograd with ``optim.SGD`` for gradient descent; the browser never recomputes one.

    perceptron         z = w₀ + x₁w₁ + x₂w₂,  ŷ = g(z), the line w₀ + w₁x₁ + w₂x₂ = 0 and ŷ over the plane
    activations        g(z) and g′(z) on a curve and at chosen points, the range, when to use it
    losses             ℒ(ŷ⁽ⁱ⁾, y⁽ⁱ⁾) for each sample and J(W) = 1/n Σᵢ ℒ⁽ⁱ⁾
    gradient-descent   w ← w − η ∂J/∂w, step by step, on J(w) = (w − 3)² or the bowl (w₁ − 3)² + 4(w₂ − 2)²
    backprop           ∂J/∂w as products of local derivatives along each path of a 2-2-1 (or 1-1-1) network

Bodies are validated strictly (``lesson_bodies``); a bad one gets ``{"error": {"code", "message", "field"}}`` in the
request's language (``?lang=``, then the header ``X-Lab-Lang``, then Accept-Language).
"""

import functools
import math

import numpy as np
from fastapi import APIRouter, Request

from mldlab import _dtype, nn, optim
from mldlab.creation import tensor
from mldlab.explain import activation, backprop, forward, gradient_step, loss, perceptron
from mldlab.explain.activation import values, when_to_use
from mldlab.grad_mode import no_grad
from mldlab.i18n import message
from mldlab.lab import lesson_bodies as bodies
from mldlab.lab._lesson_requests import answer

router = APIRouter()

EXTENT = bodies.EXTENT
GRID = 41
MAX_BODY = 16_384
_answer = functools.partial(answer, check=bodies.check, max_body=MAX_BODY, buckets_name="lesson_buckets")
"""Every page of this router is answered by ``_lesson_requests.answer`` with these bodies' checks."""
DIVERGED = 1e6
_ACTIVATIONS = {"sigmoid": nn.Sigmoid, "tanh": nn.Tanh, "relu": nn.ReLU}


def _round(value, digits: int = 6):
    """Numbers to ``digits`` significant digits, to keep the answers small (NaN and ±∞ become None)."""
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_round(v, digits) for v in value]
    value = float(value)
    return float(f"{value:.{digits}g}") if math.isfinite(value) else None


def _segment(w0: float, w1: float, w2: float) -> list | None:
    """The two ends of the line w₀ + w₁x₁ + w₂x₂ = 0 inside the square [−EXTENT, EXTENT]² (None if it misses)."""
    ends = []
    for edge in (-EXTENT, EXTENT):
        if w2 != 0:
            x2 = -(w0 + w1 * edge) / w2
            if -EXTENT <= x2 <= EXTENT:
                ends.append((edge, x2))
        if w1 != 0:
            x1 = -(w0 + w2 * edge) / w1
            if -EXTENT <= x1 <= EXTENT:
                ends.append((x1, edge))
    ends = sorted(set(ends))
    return [list(map(_round, ends[0])), list(map(_round, ends[-1]))] if len(ends) >= 2 else None


def _perceptron(body, lang: str) -> dict:
    result = perceptron(body.w0, [body.w1, body.w2], [body.x1, body.x2], body.activation, lang=lang)
    axis = np.linspace(-EXTENT, EXTENT, GRID)
    x1, x2 = np.meshgrid(axis, axis[::-1])                       # row 0 is the top of the plot (x₂ largest)
    plane = tensor(np.stack([x1.ravel(), x2.ravel()], axis=1), dtype=_dtype.float64)
    z = tensor(body.w0, dtype=_dtype.float64) + plane @ tensor([body.w1, body.w2], dtype=_dtype.float64)
    y_hat, _ = values(result.activation, z.numpy())
    return {"perceptron": result.to_dict(), "text": str(result), "line": _segment(body.w0, body.w1, body.w2),
            "grid": {"n": GRID, "extent": [-EXTENT, EXTENT, -EXTENT, EXTENT], "values": _round(y_hat, 4)}}


def _activation(body, lang: str) -> dict:
    """g, g′ at the chosen points and on a curve; the largest g′ and what it becomes after n layers (g′ⁿ)."""
    result = activation(body.name, body.points, lang=lang)
    curve = activation(body.name, np.linspace(-6.0, 6.0, 121), lang=lang).points
    peak = max(curve, key=lambda p: p["dg"])
    far = curve[-1]
    return {"activation": result.to_dict(), "text": str(result), "use": when_to_use(result.name),
            "curve": {key: _round([p[key] for p in curve]) for key in ("z", "g", "dg")},
            "vanishing": {"peak": peak["dg"], "peak_at": peak["z"], "far": far["dg"], "far_at": far["z"],
                          "layers": [{"n": n, "factor": _round(peak["dg"] ** n)} for n in (1, 2, 3, 5, 10)]}}


def _loss(body, lang: str) -> dict:
    """Each sample's term and J(W); for BCE and cross-entropy also ℒ as a function of the probability ŷ given to
    the true class (−log ŷ), and for BCE of the probability given to class 1 when y = 0 (−log(1 − ŷ))."""
    result = loss(body.name, body.y_true, body.y_pred, lang=lang)
    out = {"loss": result.to_dict(), "text": str(result), "curve": None}
    if result.name in ("bce", "cross_entropy"):
        p = np.linspace(0.01, 0.99, 99)
        ones = loss("bce", np.ones_like(p), p).samples
        zeros = loss("bce", np.zeros_like(p), p).samples
        out["curve"] = {"p": _round(p), "y1": _round([s["loss"] for s in ones]),
                        "y0": _round([s["loss"] for s in zeros])}
    return out


def _descend(body, lang: str) -> dict:
    """Steps of w ← w − η ∂J/∂w: ∂J/∂w from autograd (J.backward()), the update by ``optim.SGD``."""
    formula, minimum, J = bodies.FUNCTIONS[body.function]
    w = tensor(body.w, dtype=_dtype.float64, requires_grad=True)
    sgd = optim.SGD([w], lr=body.lr)
    steps, note = [], None
    for _ in range(body.steps):
        sgd.zero_grad()
        cost = J(w)
        cost.backward()
        before, grad = w.detach().numpy().copy(), w.grad.numpy().copy()
        sgd.step()
        after = w.detach().numpy().copy()
        with no_grad():
            cost_after = J(w).item()
        steps.append({"w": _round(before), "J": _round(cost.item()), "grad": _round(grad), "lr": body.lr,
                      "w_new": _round(after), "J_new": _round(cost_after)})
        if not (np.isfinite(after).all() and np.abs(after).max() <= DIVERGED):
            note = message("lessons_gd_diverged", limit=f"{DIVERGED:g}", lr=f"{body.lr:g}")
            break
    seen = np.array([s["w"] for s in steps] + [s["w_new"] for s in steps if s["w_new"][0] is not None], dtype=float)
    seen = seen[np.isfinite(seen).all(axis=1) & (np.abs(seen).max(axis=1) <= 50)]
    low = np.minimum(np.min(seen, axis=0, initial=0.0), np.array(minimum) - 4.0) - 1.0
    high = np.maximum(np.max(seen, axis=0, initial=0.0), np.array(minimum) + 4.0) + 1.0
    out = {"function": body.function, "formula": formula, "minimum": minimum, "steps": steps, "message": note}
    with no_grad():
        if len(minimum) == 1:
            axis = np.linspace(low[0], high[0], 121)
            out["curve"] = {"w": _round(axis), "J": _round(J(tensor(axis[:, None], dtype=_dtype.float64)).numpy())}
        else:
            a1, a2 = np.linspace(low[0], high[0], GRID), np.linspace(high[1], low[1], GRID)
            g1, g2 = np.meshgrid(a1, a2)
            grid = J(tensor(np.stack([g1.ravel(), g2.ravel()], axis=1), dtype=_dtype.float64)).numpy()
            out["grid"] = {"n": GRID, "extent": _round([low[0], high[0], low[1], high[1]]), "values": _round(grid, 4)}
    return out


def _network(body):
    hidden, inputs = len(body.b1), len(body.x)
    net = nn.Sequential(nn.Linear(inputs, hidden), _ACTIVATIONS[body.activation](), nn.Linear(hidden, 1),
                        nn.Sigmoid()).double()
    with no_grad():
        net[0].weight.copy_(tensor(body.w1, dtype=_dtype.float64))
        net[0].bias.copy_(tensor(body.b1, dtype=_dtype.float64))
        net[2].weight.copy_(tensor(body.w2, dtype=_dtype.float64))
        net[2].bias.copy_(tensor(body.b2, dtype=_dtype.float64))
    return net


def _backprop(body, lang: str) -> dict:
    """Forward values and ∂J/∂w along each path; with ``step``, first one update W ← W − η ∂J/∂W."""
    net = _network(body)
    out = {"step": None}
    if body.step:
        result = gradient_step(net, optim.SGD(net.parameters(), lr=body.lr), [body.x], [body.y], body.loss, lang=lang)
        out["step"] = result.to_dict()
        out["step_text"] = str(result)
    chain = backprop(net, [body.x], [body.y], body.loss, detail="paths", lang=lang)
    weights = {name: getattr(net[k], kind).detach().numpy().tolist()
               for name, k, kind in (("w1", 0, "weight"), ("b1", 0, "bias"), ("w2", 2, "weight"), ("b2", 2, "bias"))}
    out.update({"forward": forward(net, body.x, lang=lang).to_dict(), "backprop": chain.to_dict(), "text": str(chain),
                "weights": weights})
    return out


@router.post("/perceptron")
async def perceptron_lesson(request: Request):
    """z term by term, ŷ = g(z), the line and ŷ over the plane (the slide's numbers by default)."""
    return await _answer(request, bodies.Perceptron, _perceptron)


@router.post("/activations")
async def activations_lesson(request: Request):
    """g and g′: a curve, values at chosen points, the range, when to use it, how g′ shrinks through layers."""
    return await _answer(request, bodies.Activation, _activation)


@router.post("/losses")
async def losses_lesson(request: Request):
    """Each sample's loss term and the empirical risk J(W) = 1/n Σ ℒ."""
    return await _answer(request, bodies.Loss, _loss)


@router.post("/gradient-descent")
async def gradient_descent_lesson(request: Request):
    """Steps of gradient descent with their numbers, and the curve (1-D) or the grid of J (2-D) to draw them on."""
    return await _answer(request, bodies.Descent, _descend)


@router.post("/backprop")
async def backprop_lesson(request: Request):
    """The chain rule on a tiny network: forward values, local derivatives, ∂J/∂w per path; optionally a step."""
    return await _answer(request, bodies.Backprop, _backprop)
