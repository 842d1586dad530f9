"""The presets: one playground setup for each picture of the slides, with a title and a one-line description.

=========================  =======================================================================================
name                       what it shows
=========================  =======================================================================================
``perceptron``             "will I pass?": one neuron ŷ = σ(w₀ + w₁x₁ + w₂x₂) draws the line that separates
``xor-no-hidden``          XOR with one neuron: no straight line separates it, at best 3 corners of 4 (≈ 75 %)
``xor-needs-hidden-layer`` XOR with one hidden layer of 4 tanh units: solved
``lr-too-small``           η = 0.0001: the loss barely moves
``lr-too-large``           η = 5: every step overshoots, the loss explodes (diverged)
``overfitting``            40 noisy points, three layers of 32 units: the test loss rises while the training
                           loss falls
``dropout``                the same with dropout 0.3 after each hidden layer
``early-stopping``         the same with patience 30: training stops near the lowest test loss
``spiral-softmax``         three spiral arms: softmax output and cross-entropy
``regression``             a sine curve: linear output and MSE
=========================  =======================================================================================

Examples
--------
>>> preset("xor-needs-hidden-layer").hidden[0].units
4
>>> [p["name"] for p in presets()][:3]
['perceptron', 'xor-no-hidden', 'xor-needs-hidden-layer']
"""

from mldlab.i18n import message
from mldlab.lab.spec import SetupError, validate_setup

_BIG = [{"units": 32, "activation": "relu"}] * 3
_OVERFIT = {"dataset": "moons", "n_samples": 40, "noise": 0.3, "test_ratio": 0.5, "hidden": _BIG,
            "optimizer": {"name": "adam"}, "learning_rate": 0.01, "batch_size": 10, "epochs": 1000}

PRESETS = {
    "perceptron": ({"dataset": "pass_exam", "noise": 1.0, "hidden": [], "learning_rate": 0.1, "epochs": 300},
                   lambda: message("lab_preset_perceptron"), lambda: message("lab_preset_perceptron_about")),
    "xor-no-hidden": ({"dataset": "xor", "noise": 0.15, "hidden": [], "learning_rate": 0.1, "epochs": 300},
                      lambda: message("lab_preset_xor_no_hidden"),
                      lambda: message("lab_preset_xor_no_hidden_about")),
    "xor-needs-hidden-layer": ({"dataset": "xor", "noise": 0.15, "hidden": [{"units": 4, "activation": "tanh"}],
                                "learning_rate": 0.3, "epochs": 300},
                               lambda: message("lab_preset_xor_hidden"),
                               lambda: message("lab_preset_xor_hidden_about")),
    "lr-too-small": ({"learning_rate": 0.0001, "epochs": 300},
                     lambda: message("lab_preset_lr_small"), lambda: message("lab_preset_lr_small_about")),
    "lr-too-large": ({"learning_rate": 5.0, "epochs": 300},
                     lambda: message("lab_preset_lr_large"), lambda: message("lab_preset_lr_large_about")),
    "overfitting": (_OVERFIT, lambda: message("lab_preset_overfitting"),
                    lambda: message("lab_preset_overfitting_about")),
    "dropout": ({**_OVERFIT, "dropout": 0.3}, lambda: message("lab_preset_dropout"),
                lambda: message("lab_preset_dropout_about")),
    "early-stopping": ({**_OVERFIT, "patience": 30}, lambda: message("lab_preset_early_stopping"),
                       lambda: message("lab_preset_early_stopping_about")),
    "spiral-softmax": ({"dataset": "spirals", "noise": 0.05, "n_samples": 450, "test_ratio": 0.3,
                        "hidden": [{"units": 16, "activation": "tanh"}] * 2, "optimizer": {"name": "adam"},
                        "learning_rate": 0.01, "epochs": 1000},
                       lambda: message("lab_preset_spiral"), lambda: message("lab_preset_spiral_about")),
    "regression": ({"dataset": "sine", "noise": 0.1, "n_samples": 100, "hidden": [{"units": 8, "activation": "tanh"}],
                    "optimizer": {"name": "adam"}, "learning_rate": 0.01, "epochs": 1000},
                   lambda: message("lab_preset_regression"), lambda: message("lab_preset_regression_about")),
}
"""name → (the changes to ``Setup.defaults()``, its title, its one-line description) in the language in force."""


def preset(name: str):
    """The ``Setup`` of preset ``name``."""
    if name not in PRESETS:
        raise SetupError("preset_unknown", "preset", message("lab_preset_unknown", name=repr(name)[:40],
                                                             names=", ".join(PRESETS)))
    return validate_setup(PRESETS[name][0])


def presets() -> list:
    """[{"name", "title", "description"}] of every preset, in the language in force."""
    return [{"name": name, "title": title(), "description": about()} for name, (_, title, about) in PRESETS.items()]


def describe(name: str) -> dict:
    """{"setup", "title", "description"} of preset ``name`` (what ``GET /api/presets/<name>`` answers)."""
    setup = preset(name)
    _, title, about = PRESETS[name]
    return {"setup": setup.model_dump(), "title": title(), "description": about()}
