"""What ``GET /api/config`` and ``GET /api/presets/<name>`` answer.

The choices come from ``spec.choices()`` (the same models that check a setup, so the page never offers what the
server refuses) and the presets from ``presets``; this adds the session limits of this server (tighter in a
classroom), the presets' titles in both languages, the languages and the server's default language.
"""

from pydantic import BaseModel, ConfigDict

from mldlab.i18n import LANGUAGES, language
from mldlab.lab import presets, spec
from mldlab.lab._errors import LabError


class RegenerateBody(BaseModel):
    """``POST /api/data/regenerate`` takes an empty object."""

    model_config = ConfigDict(extra="forbid")


def config(limits, lang: str | None, classroom: bool) -> dict:
    """The body of ``GET /api/config``."""
    titles = {}
    for each in LANGUAGES:
        with language(each):
            titles[each] = presets.presets()
    listed = [{**entry, **{f"title_{each}": titles[each][i]["title"] for each in LANGUAGES}}
              for i, entry in enumerate(presets.presets())]
    return {**spec.choices(), "presets": listed, "limits": limits.model_dump(), "languages": list(LANGUAGES),
            "lang": lang, "classroom": classroom}


def preset(name: str) -> dict:
    """``{"name", "setup", "title", "description"}`` of a preset in the request's language; 404 for an unknown one."""
    try:
        return {"name": name, **presets.describe(name)}
    except spec.SetupError as error:
        raise LabError(404, "unknown_preset", error.message, "preset") from None
