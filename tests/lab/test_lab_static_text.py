"""The lab's static files: UI strings in both languages, every key the playground uses defined, vendored licences.

The strings of the pages live in ``mldlab/lab/static/text/<name>.{en,ko}.json`` (``en.json``/``ko.json`` for the
playground and the shared chrome); each English file must have a Korean twin with the same keys and the same
``{fields}``. The playground's JavaScript and HTML may only use keys that exist, including the keys it builds
from the server's choices (``act_<activation>``, ``opt_<optimizer>``, ``param_<hyper-parameter>`` ...).
"""

import json
import pathlib
import re

import pytest

from mldlab.lab import spec

STATIC = pathlib.Path(__file__).resolve().parents[2] / "mldlab" / "lab" / "static"
TEXT = STATIC / "text"
PLAYGROUND = STATIC / "playground"
VENDOR = STATIC / "vendor"
HANGUL = re.compile(r"[\uac00-\ud7a3]")
FIELD = re.compile(r"\{(\w+)\}")


def _load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def _pairs():
    return sorted(p for p in TEXT.glob("*.json") if p.stem == "en" or p.stem.endswith(".en"))


def _twin(path):
    return path.with_name(path.name[: -len("en.json")] + "ko.json")


def test_every_english_file_has_a_korean_twin_with_the_same_keys():
    pairs = _pairs()
    assert TEXT / "en.json" in pairs
    for en_path in pairs:
        en, ko = _load(en_path), _load(_twin(en_path))
        assert set(en) == set(ko), (en_path.name, sorted(set(en) ^ set(ko)))
        for key in en:
            assert isinstance(en[key], str) and en[key].strip(), (en_path.name, key)
            assert isinstance(ko[key], str) and ko[key].strip(), (_twin(en_path).name, key)
            assert sorted(FIELD.findall(en[key])) == sorted(FIELD.findall(ko[key])), (en_path.name, key)
            assert not HANGUL.search(en[key]), (en_path.name, key, en[key])


def test_korean_playground_text_is_korean():
    ko = _load(TEXT / "ko.json")
    words = [key for key, text in ko.items() if HANGUL.search(text)]
    assert len(words) > 0.8 * len(ko) - 20
    for key in ("play", "pause", "step", "reset", "epoch", "iteration", "train_loss", "test_loss", "learning_rate",
                "dataset", "features", "network", "diagnose"):
        assert HANGUL.search(ko[key]), key


def _used_keys():
    html = (PLAYGROUND / "index.html").read_text(encoding="utf-8")
    keys = set(re.findall(r'data-i18n(?:-[a-z-]+)?="([^"]+)"', html))
    for path in PLAYGROUND.glob("*.js"):
        keys |= set(re.findall(r'\bt\("([a-z0-9_]+)"', path.read_text(encoding="utf-8")))
    return keys


def test_every_key_the_playground_uses_exists():
    en = _load(TEXT / "en.json")
    keys = _used_keys()
    assert {"play", "pause", "step", "reset", "epoch", "iteration"} <= keys
    assert sorted(keys - set(en)) == []


def test_keys_built_from_the_servers_choices_exist():
    en = _load(TEXT / "en.json")
    built = {f"act_{name}" for name in spec.ACTIVATIONS}
    built |= {f"opt_{name}" for name in spec.OPTIMIZERS}
    built |= {f"param_{name}" for model in spec.OPTIMIZERS.values() for name in model.model_fields
              if name not in ("name", "betas")}  # betas are shown as β₁ and β₂
    built |= {f"param_{name}" for model in (spec.StepSchedule, spec.ExponentialSchedule, spec.CosineSchedule)
              for name in model.model_fields if name != "name"}
    built |= {f"schedule_{name}" for name in ("none", "step", "exponential", "cosine")}
    built |= {f"output_{name}" for name in spec.TASKS}
    built |= {f"loss_{name}" for losses in spec.TASKS.values() for name in losses}
    built |= {f"dataset_{name}" for name in spec.DATASETS + ("upload",)}
    controls = re.search(r"CONTROL_IDS = \[(.*?)\];", (PLAYGROUND / "controls.js").read_text(encoding="utf-8"), re.S)
    ids = re.findall(r'"([a-z0-9_]+)"', controls.group(1))
    assert "dataset" in ids and "learning_rate" in ids
    built |= {f"ctl_{name}" for name in ids}
    assert sorted(built - set(en)) == []


def test_control_ids_are_the_setup_keys_the_server_locks():
    controls = re.search(r"CONTROL_IDS = \[(.*?)\];", (PLAYGROUND / "controls.js").read_text(encoding="utf-8"), re.S)
    ids = set(re.findall(r'"([a-z0-9_]+)"', controls.group(1)))
    settings = set(spec.Setup.model_fields) - {"seed"}
    assert settings <= ids, sorted(settings - ids)
    html = (PLAYGROUND / "index.html").read_text(encoding="utf-8")
    on_page = set(re.findall(r'data-control="([^"]+)"', html))
    assert on_page <= ids, sorted(on_page - ids)


@pytest.mark.parametrize("folder", sorted(p.name for p in VENDOR.iterdir() if p.is_dir()))
def test_vendored_package_has_its_licence_and_is_listed(folder):
    licence = VENDOR / folder / "LICENSE"
    assert licence.is_file() and licence.stat().st_size > 500
    readme = (VENDOR / "README.md").read_text(encoding="utf-8")
    assert f"`{folder}/`" in readme
    name, version = folder.rsplit("-", 1)
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    assert version in readme


def test_vendor_holds_built_files_only_and_stays_small():
    files = [p for p in VENDOR.rglob("*") if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    assert total < 4_000_000, total
    allowed = {".js", ".css", ".woff2", ".md", ""}
    assert {p.suffix for p in files} <= allowed
    for needed in ("katex-0.16.47/katex.min.js", "katex-0.16.47/katex.min.css", "uplot-1.6.32/uPlot.iife.min.js",
                   "uplot-1.6.32/uPlot.min.css", "nanum-gothic-5.3.0/files/nanum-gothic-korean-400-normal.woff2"):
        assert (VENDOR / needed).is_file(), needed
    css = (STATIC / "common" / "lab.css").read_text(encoding="utf-8")
    for url in re.findall(r'url\("\.\./vendor/([^"]+)"\)', css):
        assert (VENDOR / url).is_file(), url
    katex_css = (VENDOR / "katex-0.16.47" / "katex.min.css").read_text(encoding="utf-8")
    for font in set(re.findall(r"url\(fonts/([^)]+\.woff2)\)", katex_css)):
        assert (VENDOR / "katex-0.16.47" / "fonts" / font).is_file(), font


def test_pages_load_only_files_that_exist():
    html = (PLAYGROUND / "index.html").read_text(encoding="utf-8")
    for url in re.findall(r'(?:src|href)="/static/([^"]+)"', html):
        assert (STATIC / url).is_file(), url
    for path in PLAYGROUND.glob("*.js"):
        for url in re.findall(r'from "/static/([^"]+)"', path.read_text(encoding="utf-8")):
            assert (STATIC / url).is_file(), (path.name, url)
        for url in re.findall(r'from "\./([^"]+)"', path.read_text(encoding="utf-8")):
            assert (PLAYGROUND / url).is_file(), (path.name, url)
