"""Every formula the teaching layer writes renders in the lab's vendored KaTeX without an error.

The lab shows ``explain``'s formulas with KaTeX, which refuses some LaTeX that a Markdown viewer might let through
(``\\sqrt\\hat{v}`` needs braces: ``\\sqrt{\\hat{v}}``). So the formulas of every explanation, for every optimizer,
activation and loss, in both languages, go through ``katex.renderToString`` with ``throwOnError`` in Chromium.
"""

import pathlib

import pytest

import mldlab
from mldlab import explain, nn, optim
from mldlab.explain._result import Math

VENDOR = pathlib.Path(__file__).resolve().parents[2] / "mldlab" / "lab" / "static" / "vendor"
KATEX = next(d.name for d in VENDOR.iterdir() if d.name.startswith("katex"))
OPTIMIZERS = {
    "sgd": lambda p: optim.SGD(p, lr=0.1),
    "momentum": lambda p: optim.SGD(p, lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.01),
    "adagrad": lambda p: optim.Adagrad(p, lr=0.1, lr_decay=0.01),
    "adadelta": lambda p: optim.Adadelta(p),
    "rmsprop": lambda p: optim.RMSprop(p, centered=True, momentum=0.9),
    "rmsprop_plain": lambda p: optim.RMSprop(p),
    "adam": lambda p: optim.Adam(p, lr=0.01),
    "adamw": lambda p: optim.AdamW(p, lr=0.01, amsgrad=True),
}


def _formulas(result) -> list:
    """The LaTeX of every formula in ``result`` (what the lab hands to KaTeX)."""
    with result._language():
        lines = result._lines()
    return [part.latex for item in lines for part in item.parts if isinstance(part, Math)]


def _explanations(lang: str) -> list:
    mldlab.manual_seed(0)
    net = nn.Sequential(nn.Linear(2, 2), nn.Sigmoid(), nn.Linear(2, 1), nn.Sigmoid())
    x, y = mldlab.tensor([[4.0, 5.0], [1.0, -2.0]]), mldlab.tensor([[1.0], [0.0]])
    results = [explain.perceptron(lang=lang), explain.forward(net, x, lang=lang),
               explain.backprop(net, x[:1], y[:1], loss="bce", detail="paths", lang=lang)]
    for make in OPTIMIZERS.values():
        results.append(explain.gradient_step(net, make(net.parameters()), x, y, loss="bce", lang=lang))
    for name in ("sigmoid", "tanh", "relu", "leaky_relu", "linear"):
        results.append(explain.activation(name, lang=lang))
    results += [explain.loss("bce", [1, 0, 1], [0.1, 0.8, 0.6], lang=lang),
                explain.loss("mse", [3.0, 1.0], [2.5, 0.0], lang=lang),
                explain.loss("cross_entropy", [2, 0], [[0.1, 0.2, 0.7], [0.8, 0.1, 0.1]], lang=lang)]
    return [latex for result in results for latex in _formulas(result)]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_explain_formula_renders_in_katex(page, lab_url, lang):
    formulas = sorted(set(_explanations(lang)))
    assert len(formulas) > 40
    page.goto(lab_url + "/static/common/lab.css")
    page.add_script_tag(url=f"{lab_url}/static/vendor/{KATEX}/katex.min.js")
    failures = page.evaluate("""(formulas) => formulas.flatMap((f) => {
        try { katex.renderToString(f, {throwOnError: true}); return []; }
        catch (e) { return [f + '  →  ' + e.message]; } })""", formulas)
    assert failures == []
    assert page.errors == []

