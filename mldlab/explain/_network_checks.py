"""What the training doctor can see in the network itself, given a few samples: dead ReLU units and vanishing
gradients (the causes of a loss that barely moves which the learning curve alone cannot show).

    dead unit         a ReLU unit whose z ≤ 0 for every sample: output 0, gradient 0, it never learns again
    vanishing         ‖∂J/∂W⁽¹⁾‖ ≪ ‖∂J/∂W⁽ᴸ⁾‖: the product of many small local derivatives (σ′ ≤ 1/4) reaching
                      the first layer is tiny, so the first layers barely learn
"""

from mldlab import nn
from mldlab.explain._model import evaluation, inputs, module_of
from mldlab.grad_mode import no_grad

DEAD_SHARE = 0.5  # a ReLU layer with at least this share of dead units is reported
VANISHING = 1e-3  # first layer's gradient norm / last layer's below which gradients vanish


def dead_units(model, x) -> tuple:
    """([{step, dead, units}] for each ReLU layer of a Sequential network with at least ``DEAD_SHARE`` dead
    units, the number of samples looked at)."""
    module = module_of("explain.diagnose", model)
    X = inputs("explain.diagnose", module, x)
    if not isinstance(module, nn.Sequential):
        return [], len(X)
    found = []
    with evaluation(module), no_grad():
        h = X
        for step, layer in enumerate(module, start=1):
            h = layer(h)
            if isinstance(layer, nn.ReLU):
                dead = (h.numpy() <= 0).reshape(len(X), -1).all(axis=0)
                if dead.mean() >= DEAD_SHARE:
                    found.append({"step": step, "dead": int(dead.sum()), "units": int(dead.size)})
    return found, len(X)


def vanishing(layers: list) -> dict | None:
    """The first and last layers' gradient norms (from ``backprop``'s summary) when the first is tiny beside the
    last, else None."""
    if len(layers) < 2:
        return None
    first, last = layers[0]["grad_norm"], layers[-1]["grad_norm"]
    if last > 0 and first < VANISHING * last:
        return {"first": first, "last": last, "ratio": first / last, "layers": len(layers)}
    return None

