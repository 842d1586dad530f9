"""The experiment lesson pages in Chromium: learning rate, optimizer race, batch size, overfitting, landscape.

Each page loads without console errors, draws what the server computed (a heatmap that is not blank, curves with
many points), answers a change of its controls, and switches language. Every test ends in the other language
than it started in, so the screenshots (tests/lab/screenshots/) show each page in Korean and in English.
"""

import re

import pytest

HANGUL = re.compile(r"[\uac00-\ud7a3]")
PAGES = ["learning-rate", "optimizers", "batch-size", "overfitting", "landscape"]

HEATMAP_SPREAD = """(root) => new Promise((resolve) => {
  const image = document.querySelector(root + " svg image");
  if (!image) { resolve(-1); return; }
  const picture = new Image();
  picture.onload = () => {
    const canvas = document.createElement("canvas");
    canvas.width = picture.width; canvas.height = picture.height;
    const ctx = canvas.getContext("2d");
    ctx.drawImage(picture, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const seen = new Set();
    for (let i = 0; i < data.length; i += 4) seen.add(data[i] + "," + data[i + 1] + "," + data[i + 2]);
    resolve(seen.size);
  };
  picture.src = image.getAttribute("href");
})"""

LONGEST_CURVE = """(root) => Math.max(0, ...[...document.querySelectorAll(root + " path.curve")]
  .map((p) => (p.getAttribute("d") || "").split(/[ML]/).length))"""


def open_page(page, lab_url, name, lang):
    page.goto(f"{lab_url}/lessons/{name}?lang={lang}")
    page.wait_for_function("() => document.querySelectorAll('svg.plot path.curve').length > 0")


def finish(page, lang):
    """Switch to ``lang``: the heading follows; no console error on the way."""
    page.select_option('[data-testid="language"]', lang)
    page.wait_for_function(f"() => document.documentElement.lang === '{lang}'")
    text = page.inner_text("h1")
    assert bool(HANGUL.search(text)) == (lang == "ko"), text
    assert page.errors == []


@pytest.mark.parametrize(("start", "end"), [("en", "ko"), ("ko", "en")])
def test_learning_rate(page, lab_url, start, end):
    open_page(page, lab_url, "learning-rate", start)
    page.wait_for_selector('[data-testid="verdict-2"]:not(:empty)')
    assert page.evaluate(LONGEST_CURVE, '[data-testid="surface-0"]') > 20
    verdict = page.inner_text('[data-testid="verdict-2"]')
    assert ("diverged" in verdict) if start == "en" else ("발산" in verdict)
    if start == "ko":  # the interactions once, in the English run; here the server's verdict follows the switch
        finish(page, end)
        page.wait_for_function("() => /diverged/.test(document.querySelector('[data-testid=verdict-2]').textContent)")
        return
    page.fill('[data-testid="lr-2"]', "0.3")
    page.dispatch_event('[data-testid="lr-2"]', "change")
    page.wait_for_function("() => !/diverged|발산/.test(document.querySelector('[data-testid=verdict-2]').textContent)")
    page.select_option('[data-testid="problem"]', "pass_exam")
    page.wait_for_selector('[data-testid="surface-0"] svg image')
    assert page.evaluate(HEATMAP_SPREAD, '[data-testid="surface-0"]') > 20
    finish(page, end)


@pytest.mark.parametrize(("start", "end"), [("en", "ko"), ("ko", "en")])
def test_optimizer_race(page, lab_url, start, end):
    open_page(page, lab_url, "optimizers", start)
    assert page.evaluate(HEATMAP_SPREAD, '[data-testid="map"]') > 20
    assert page.locator('[data-testid="rule-adam"] .katex').count() == 1
    assert "torch.optim.Adam(params, lr=0.001, betas=(0.9, 0.999), eps=1e-08" in page.inner_text(
        '[data-testid="rule-adam"]')
    if start == "ko":
        return finish(page, end)
    page.check('[data-testid="opt-nesterov"]')
    page.wait_for_selector('[data-testid="rule-nesterov"]')
    page.select_option('[data-testid="surface"]', "rosenbrock")
    page.wait_for_function("() => /\\(1\\s*-\\s*x\\)/.test(document.querySelector('[data-testid=surface-formula]')"
                           ".textContent.replace(/−/g, '-')) || document.querySelector('[data-testid=surface-formula]"
                           " .katex') !== null")
    page.wait_for_function("() => document.querySelector('[data-testid=final-adam]').textContent.includes('J =')")
    assert page.evaluate(LONGEST_CURVE, '[data-testid="map"]') > 20
    finish(page, end)


@pytest.mark.parametrize(("start", "end"), [("en", "ko"), ("ko", "en")])
def test_batch_size(page, lab_url, start, end):
    open_page(page, lab_url, "batch-size", start)
    assert page.inner_text('[data-testid="iterations-per-epoch-0"]') == "1"
    assert page.inner_text('[data-testid="iterations-per-epoch-1"]') == "100"
    assert page.inner_text('[data-testid="iterations-per-epoch-2"]') == "10"
    if start == "ko":
        return finish(page, end)
    page.fill('[data-testid="batch"]', "7")
    page.dispatch_event('[data-testid="batch"]', "change")
    page.wait_for_function("() => document.querySelector('[data-testid=iterations-per-epoch-2]').textContent === '15'")
    assert page.inner_text('[data-testid="iterations-2"]') == "75"  # 5 epochs × ⌈100/7⌉
    assert page.evaluate(HEATMAP_SPREAD, '[data-testid="map"]') > 20
    assert page.evaluate(LONGEST_CURVE, '[data-testid="per-iteration"]') > 400
    page.fill('[data-testid="batch"]', "500")
    page.dispatch_event('[data-testid="batch"]', "change")
    page.wait_for_selector('[data-testid="message"]:not(:empty)')
    assert "batch_sizes[2]" in page.inner_text('[data-testid="message"]')
    page.select_option('[data-testid="language"]', end)  # the error is asked again and shown in Korean
    page.wait_for_function("() => /[\uac00-\ud7a3]/.test(document.querySelector('[data-testid=message]').textContent)")
    page.wait_for_function(f"() => document.documentElement.lang === '{end}'")
    assert HANGUL.search(page.inner_text("h1"))
    assert [e for e in page.errors if "422" not in e] == []  # the refused requests are the point of this step


@pytest.mark.parametrize(("start", "end"), [("en", "ko"), ("ko", "en")])
def test_overfitting(page, lab_url, start, end):
    open_page(page, lab_url, "overfitting", start)
    for variant in ("plain", "dropout", "early_stopping"):
        page.wait_for_selector(f'[data-testid="boundary-{variant}"] svg image')
        assert page.evaluate(HEATMAP_SPREAD, f'[data-testid="boundary-{variant}"]') > 20
        assert page.evaluate(LONGEST_CURVE, f'[data-testid="curves-{variant}"]') > 10
    early = page.inner_text('[data-testid="final-early_stopping"]')
    assert ("restored" in early) if start == "en" else ("되돌렸습니다" in early)
    finish(page, end)


@pytest.mark.parametrize(("start", "end"), [("en", "ko"), ("ko", "en")])
def test_landscape(page, lab_url, start, end):
    open_page(page, lab_url, "landscape", start)
    assert page.evaluate(HEATMAP_SPREAD, '[data-testid="map"]') > 20
    assert float(page.inner_text('[data-testid="center-loss"]')) < 0.2
    assert page.locator('[data-testid="source"] option[value="playground"]').is_disabled()  # no session in this tab
    finish(page, end)


@pytest.mark.parametrize("name", PAGES)
def test_texts_in_both_languages_every_key_defined_and_used(name):
    import json
    import pathlib

    static = pathlib.Path(__file__).resolve().parents[2] / "mldlab" / "lab" / "static"
    folder = static / "lessons" / name
    texts = json.loads((folder / "text.json").read_text(encoding="utf-8"))
    assert set(texts) == {"en", "ko"} and texts["en"].keys() == texts["ko"].keys()
    for key, english in texts["en"].items():
        korean = texts["ko"][key]
        assert set(re.findall(r"\{(\w+)\}", english)) == set(re.findall(r"\{(\w+)\}", korean)), key
        assert HANGUL.search(korean) or korean == english, key
    code = (folder / "page.js").read_text(encoding="utf-8")
    html = (folder / "index.html").read_text(encoding="utf-8")
    known = texts["en"].keys() | json.loads((static / "lessons" / "common" / "text.json").read_text())["en"].keys()
    used = set(re.findall(r"\bt\(\"(\w+)\"", code)) | set(re.findall(r'data-i18n="(\w+)"', html))
    assert used <= known, sorted(used - known)
    prefixes = re.findall(r"\bt\(`(\w+?)_\$\{", code)
    literal = set(re.findall(r"\"(\w+)\"", code))
    unused = {k for k in texts["en"] if k not in used | literal and not any(k.startswith(p + "_") for p in prefixes)}
    assert unused == set(), sorted(unused)


def test_landscape_of_my_playground_model(page, lab_url):
    """A tab with a playground session shows that session's model (GET /api/landscape with its token)."""
    page.goto(f"{lab_url}/lessons/landscape?lang=en")
    page.wait_for_function("() => document.querySelectorAll('svg.plot path.curve').length > 0")
    token = page.evaluate("""async () => {
      const out = await (await fetch('/api/session', {method: 'POST', headers: {'Content-Type': 'application/json'},
                                                      body: '{}'})).json();
      sessionStorage.setItem('mldlab-lab-session', JSON.stringify(out));
      return out.session;
    }""")
    page.reload()
    page.wait_for_function("() => document.querySelector('[data-testid=source]').value === 'playground'"
                           " && document.querySelector('[data-testid=center-loss]').textContent !== ''")
    expected = page.request.get(f"{lab_url}/api/landscape?n=17&span=1", headers={"X-Lab-Session": token}).json()
    assert page.inner_text('[data-testid="center-loss"]') == f"{expected['center']:.4f}".rstrip("0").rstrip(".")
    assert "playground" in page.inner_text('[data-testid="model"]')
    assert page.evaluate(HEATMAP_SPREAD, '[data-testid="map"]') > 20
    assert page.errors == []
