"""What ``GET /api/config`` tells the page: the choices of every control, the presets, the limits, the languages.

The choices come from ``spec`` (the same models that check a setup), so the page never offers what the server
refuses: the data sets with their task, the features, the activations, each optimizer with its hyper-parameters
(PyTorch's names and defaults, with their ranges), the losses, the schedules.
"""

from pydantic import BaseModel, ConfigDict

from mldlab.i18n import LANGUAGES, language, message
from mldlab.lab import spec
from mldlab.lab._errors import LabError
from mldlab.lab.features import FEATURES


class RegenerateBody(BaseModel):
    """``POST /api/data/regenerate`` takes an empty object."""

    model_config = ConfigDict(extra="forbid")


def config(limits, lang: str | None, classroom: bool) -> dict:
    """The body of ``GET /api/config``."""
    return {
        "datasets": [_dataset(name) for name in spec.DATASETS],
        "features": list(FEATURES),
        "activations": list(spec.ACTIVATIONS),
        "outputs": {output: list(losses) for output, losses in spec.TASKS.items()},
        "losses": ["bce", "cross_entropy", "mse"],
        "optimizers": [{"name": name, "params": _params(model)} for name, model in spec.OPTIMIZERS.items()],
        "schedules": [{"name": model.model_fields["name"].annotation.__args__[0], "params": _params(model)}
                      for model in (spec.StepSchedule, spec.ExponentialSchedule, spec.CosineSchedule)],
        "setup": spec.Setup.defaults().model_dump(),
        "presets": _presets(),
        "limits": limits.model_dump(),
        "languages": list(LANGUAGES),
        "lang": lang,
        "classroom": classroom,
    }


def _dataset(name: str) -> dict:
    return {"name": name, "task": spec.task_of(name), "one_d": name in spec.ONE_D_DATASETS,
            "noise_max": spec.NOISE_MAX.get(name, 1.0)}


def _params(model) -> list:
    """Each hyper-parameter of ``model`` (not its name): {name, default, min, max, type}."""
    out = []
    for name, field in model.model_fields.items():
        if name == "name":
            continue
        bounds = {"min": None, "max": None}
        for rule in field.metadata:
            for attr, key in (("ge", "min"), ("gt", "min"), ("le", "max"), ("lt", "max")):
                if getattr(rule, attr, None) is not None:
                    bounds[key] = getattr(rule, attr)
        default = field.get_default(call_default_factory=True)
        out.append({"name": name, "default": list(default) if isinstance(default, tuple) else default, **bounds,
                    "type": type(default).__name__ if not isinstance(default, tuple) else "list"})
    return out


def _presets_module():
    """The presets (until ``presets.py`` lands, none)."""
    try:
        from mldlab.lab import presets
    except ImportError:
        return None
    return presets


def _presets() -> list:
    presets = _presets_module()
    out = []
    for name in presets.PRESETS if presets else ():
        titles = {}
        for lang in LANGUAGES:
            with language(lang):
                titles[f"title_{lang}"] = presets.title(name)
        out.append({"name": name, **titles})
    return out


def preset(name: str) -> dict:
    """``{"setup", "title", "description"}`` of a preset, in the request's language; 404 for an unknown one."""
    presets = _presets_module()
    if presets is None or name not in presets.PRESETS:
        raise LabError(404, "unknown_preset", message("server_unknown_preset", name=name[:40], allowed=", ".join(
            presets.PRESETS if presets else ())), "preset")
    return {"name": name, "setup": presets.setup(name).model_dump(), "title": presets.title(name),
            "description": presets.description(name)}
